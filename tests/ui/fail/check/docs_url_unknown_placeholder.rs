use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(docs_url = "https://example.com/errors/{symbol:camel}")]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
