use error_codes::ErrorCatalog;

// Four different mistakes in one enum: all four are reported in one build.
#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "auth", ranges(40001..=40111)))]
enum ApiError {
    #[code(40001, htpp = 400, message = "Image captcha is invalid.")]
    InvalidCaptcha,
    #[code(40002)]
    CaptchaRequired,
    #[code(40001, message = "Email is already registered.")]
    EmailExists,
    #[code(40004, module = "auht", message = "Email verification code is invalid or expired.")]
    EmailCodeInvalid,
}

fn main() {}
