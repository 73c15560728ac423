use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(without(data)))]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101, http = 401)]
    Unauthorized,
    /// Slow down.
    #[code(42901, http = 429, data)]
    SlowDown { retry_after: u32 },
}

fn main() {}
