use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// The request body is not valid.
    #[code(40000, rejection = "malformed-body")]
    InvalidBody,
    /// The request body is not JSON.
    #[code(40001, rejection = "malformed-body")]
    NotJson,
}

fn main() {}
