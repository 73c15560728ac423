use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(cod = "errcode", message = "errmsg"))]
enum ApiError {
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
