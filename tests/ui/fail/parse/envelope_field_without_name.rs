use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(code = "errcode", message = ""))]
enum ApiError {
    /// System busy.
    #[code(-1)]
    Busy,
}

fn main() {}
