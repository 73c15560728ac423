use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Too many requests.
    #[code(42901, data)]
    Limited { n: u32 },
}

fn main() {}
