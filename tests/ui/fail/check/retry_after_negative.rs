use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(retry_after = -1)]
enum ApiError {
    /// Not found.
    #[code(42901, http = 429)]
    NotFound,
}

fn main() {}
