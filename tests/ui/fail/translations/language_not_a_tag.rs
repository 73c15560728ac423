use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(language = "en_US")]
enum ApiError {
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
