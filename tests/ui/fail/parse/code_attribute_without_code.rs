use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(http = 401, message = "Login session is missing or invalid.")]
    UnauthorizedSession,
}

fn main() {}
