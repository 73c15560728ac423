use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = "locales/table_header")]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101)]
    Unauthorized,
    /// The token has expired.
    #[code(40102)]
    TokenExpired,
}

fn main() {}
