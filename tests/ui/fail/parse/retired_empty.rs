use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(retired())]
enum AuthError {
    /// Image captcha is invalid.
    #[code(40001)]
    InvalidCaptcha,
}

fn main() {}
