use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(40101, message = 40101)]
    UnauthorizedSession,
}

fn main() {}
