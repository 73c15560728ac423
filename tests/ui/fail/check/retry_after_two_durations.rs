use std::time::Duration;

use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(name = "ApiError")]
enum ApiError {
    /// Busy.
    #[code(50301, http = 503, data)]
    Busy { elapsed: Duration, wait: Duration },
}

fn main() {}
