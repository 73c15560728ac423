use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// The request body is not valid.
    #[code(40000, rejection = "malformed-body")]
    InvalidBody { field: String },
}

fn main() {}
