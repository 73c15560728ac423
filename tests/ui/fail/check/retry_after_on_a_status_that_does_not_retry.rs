use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(name = "ApiError")]
enum ApiError {
    /// Not found.
    #[code(40401, http = 404, retry_after = 5)]
    NotFound,
}

fn main() {}
