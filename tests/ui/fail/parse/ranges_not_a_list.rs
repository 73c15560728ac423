use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "auth", ranges = 40001))]
enum ApiError {
    #[code(40001, message = "Image captcha is invalid.")]
    InvalidCaptcha,
}

fn main() {}
