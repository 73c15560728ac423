use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Login again.
    #[code(40101, colour = "red")]
    Unauthorized,
}

fn main() {}
