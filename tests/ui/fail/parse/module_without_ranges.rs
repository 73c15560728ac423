use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "auth", title = "Auth"))]
enum ApiError {
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
