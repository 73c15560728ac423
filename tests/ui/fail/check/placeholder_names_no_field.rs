use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(42901, data, message = "Retry after {retry_in} seconds.")]
    Limited { retry_after: u32 },
}

fn main() {}
