use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// The cat has no lives left.
    #[code(60409, symbol = "9LIVES")]
    OutOfLives,
}

fn main() {}
