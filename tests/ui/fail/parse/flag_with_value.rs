use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(0, success = true, message = "ok")]
    Ok,
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
