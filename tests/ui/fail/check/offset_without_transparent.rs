use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Busy.
    #[code(1, offset = 1000)]
    Busy,
}

fn main() {}
