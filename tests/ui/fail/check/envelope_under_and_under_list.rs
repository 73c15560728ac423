use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(under = "error", under_list = "errors"))]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101, http = 401)]
    Unauthorized,
}

fn main() {}
