use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "auth", ranges(10..=1)))]
enum ApiError {
    #[code(5, message = "Image captcha is invalid.")]
    InvalidCaptcha,
}

fn main() {}
