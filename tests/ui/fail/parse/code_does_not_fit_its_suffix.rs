use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(300u8, message = "Busy")]
    Busy,
}

fn main() {}
