use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(ranges(40001..=40111)))]
enum ApiError {
    #[code(40001, message = "Image captcha is invalid.")]
    InvalidCaptcha,
}

fn main() {}
