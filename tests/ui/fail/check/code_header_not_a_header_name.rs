use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(code_header = "x ms error"))]
enum ApiError {
    /// Not found.
    #[code(40401, http = 404)]
    NotFound,
}

fn main() {}
