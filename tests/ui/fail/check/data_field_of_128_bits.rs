use error_codes::ErrorCatalog;

type Counter = u128;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Too many requests.
    #[code(42901, data)]
    Limited { used: Counter },
}

fn main() {}
