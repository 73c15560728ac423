use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Per-second rate limit exceeded.
    #[code(42901, data)]
    RateLimited,
}

fn main() {}
