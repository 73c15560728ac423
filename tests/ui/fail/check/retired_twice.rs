use error_codes::ErrorCatalog;

// 40011 lies in the range already.
#[derive(Debug, ErrorCatalog)]
#[catalog(retired(40010..=40012, 40011))]
enum AuthError {
    /// Image captcha is invalid.
    #[code(40001)]
    InvalidCaptcha,
}

fn main() {}
