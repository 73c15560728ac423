use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(retired(40007, 40012..=40010))]
enum AuthError {
    /// Image captcha is invalid.
    #[code(40001)]
    InvalidCaptcha,
}

fn main() {}
