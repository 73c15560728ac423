use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(5f32, message = "Busy")]
    Busy,
}

fn main() {}
