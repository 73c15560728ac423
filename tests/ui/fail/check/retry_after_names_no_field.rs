use std::time::Duration;

use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(name = "ApiError")]
enum ApiError {
    /// Too many requests.
    #[code(42901, http = 429, data, retry_after = delay)]
    TooManyRequests { wait: Duration },
}

fn main() {}
