use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = "locales/table_without_message")]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
