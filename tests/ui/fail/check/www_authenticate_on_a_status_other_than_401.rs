use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(name = "ApiError")]
enum ApiError {
    /// Not found.
    #[code(40401, http = 404, www_authenticate = "Bearer")]
    NotFound,
}

fn main() {}
