use error_codes::ErrorCatalog;

const UNAUTHORIZED: i64 = 40101;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(UNAUTHORIZED, message = "Login session is missing or invalid.")]
    UnauthorizedSession,
}

fn main() {
    let _ = UNAUTHORIZED;
}
