use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// The request body is not valid.
    #[code(40000, http = 400, rejection("malformed-body", "malformed-body"))]
    InvalidBody,
}

fn main() {}
