use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// API key is not provided.
    #[code(40102)]
    ApiKeyMissing,
    /// API key is missing from the header.
    #[code(40103, symbol = "API_KEY_MISSING")]
    HeaderKeyMissing,
}

fn main() {}
