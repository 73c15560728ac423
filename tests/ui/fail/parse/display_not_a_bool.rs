use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(display = "no")]
enum ApiError {
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
