use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(5, http = 400f32, message = "Busy")]
    Busy,
}

fn main() {}
