use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(transparent)]
    Upstream,
}

fn main() {}
