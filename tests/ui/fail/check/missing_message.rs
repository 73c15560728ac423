use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(40101, http = 401)]
    UnauthorizedSession,
}

fn main() {}
