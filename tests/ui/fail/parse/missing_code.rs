use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(40101, message = "Login session is missing or invalid.")]
    UnauthorizedSession,
    /// API key is not provided.
    ApiKeyMissing,
}

fn main() {}
