use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(crate = 5)]
enum ApiError {
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
