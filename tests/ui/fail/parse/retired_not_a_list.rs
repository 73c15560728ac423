use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(retired = 40007)]
enum ApiError {
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
