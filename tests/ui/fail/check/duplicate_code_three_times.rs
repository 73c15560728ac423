use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(40001, message = "Image captcha is invalid.")]
    InvalidCaptcha,
    #[code(40001, message = "Captcha is required for this operation.")]
    CaptchaRequired,
    #[code(40001, message = "Email is already registered.")]
    EmailExists,
}

fn main() {}
