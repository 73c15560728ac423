use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(message = "code"))]
enum ApiError {
    /// System busy.
    #[code(-1)]
    Busy,
}

fn main() {}
