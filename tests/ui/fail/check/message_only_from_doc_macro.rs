use error_codes::ErrorCatalog;

// The whole doc comment is built by a macro: one error says so (not a
// second one saying the message is missing).
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[doc = concat!("Login session is missing", " or invalid.")]
    #[code(40101)]
    UnauthorizedSession,
}

fn main() {}
