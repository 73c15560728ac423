use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[allow(non_snake_case)]
enum ApiError {
    /// Too many requests.
    #[code(42901, data)]
    Limited { retry_after: u32, retryAfter: u32 },
}

fn main() {}
