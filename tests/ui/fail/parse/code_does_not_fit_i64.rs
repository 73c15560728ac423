use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(9223372036854775808, message = "One past i64::MAX.")]
    TooLarge,
}

fn main() {}
