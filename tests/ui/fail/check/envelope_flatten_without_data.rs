use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(flatten, without(data)))]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101, http = 401)]
    Unauthorized,
}

fn main() {}
