use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(message = "Login session is missing or invalid.", 40101)]
    UnauthorizedSession,
}

fn main() {}
