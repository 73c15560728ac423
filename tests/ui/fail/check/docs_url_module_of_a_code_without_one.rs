use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(
    docs_url = "https://example.com/errors/{module}/{code}",
    module(name = "auth", ranges(40100..=40199))
)]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101)]
    Unauthorized,
    /// The service is down.
    #[code(50301)]
    Unavailable,
}

fn main() {}
