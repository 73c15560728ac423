use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101, docs_url = "https://example.com/errors/{code")]
    Unauthorized,
}

fn main() {}
