use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = "locales/placeholders")]
enum ApiError {
    #[code(42901, data, message = "Retry after {retry_after} seconds.")]
    Limited { retry_after: u32 },
}

fn main() {}
