use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum AuthError {
    /// Login session is missing or invalid.
    #[code(40101)]
    Unauthorized,
}

// A composition's files may translate its parts' codes; 90001 is no code of
// `Platform` nor of `AuthError`.
#[derive(Debug, ErrorCatalog)]
#[catalog(locales = "locales/stale_part")]
enum Platform {
    #[code(1, success, message = "ok")]
    Ok,
    #[code(transparent)]
    Auth(AuthError),
}

fn main() {}
