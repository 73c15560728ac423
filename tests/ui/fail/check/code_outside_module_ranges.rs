use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "auth", ranges(40001..=40111, 50011)))]
enum ApiError {
    #[code(40001, message = "Image captcha is invalid.")]
    InvalidCaptcha,
    #[code(50012, module = "auth", message = "Failed to send verification email.")]
    EmailSendFailed,
}

fn main() {}
