use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(name = "ApiError")]
enum ApiError {
    /// Too many requests.
    #[code(42901, http = 429, retry_after = "30")]
    TooManyRequests,
}

fn main() {}
