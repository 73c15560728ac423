use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code = 40101]
    /// Login session is missing or invalid.
    UnauthorizedSession,
}

fn main() {}
