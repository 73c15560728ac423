use error_codes::ErrorCatalog;

// 40007 was published once, then retired: it must never mean anything else.
#[derive(Debug, ErrorCatalog)]
#[catalog(retired(40007, 40010..=40012))]
enum AuthError {
    /// Image captcha is invalid.
    #[code(40001)]
    InvalidCaptcha,
    /// Password too weak.
    #[code(40007)]
    WeakPassword,
}

fn main() {}
