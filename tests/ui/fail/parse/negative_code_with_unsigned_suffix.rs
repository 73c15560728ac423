use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(-1u32, message = "Busy")]
    Busy,
}

fn main() {}
