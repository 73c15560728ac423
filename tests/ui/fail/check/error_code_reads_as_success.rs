use error_codes::ErrorCatalog;

// No entry is marked `success`, so the envelope answers success with 0:
// an error with code 0 would read back as a success.
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(0, message = "Unknown error")]
    Unknown,
    #[code(40101, message = "Login session is missing or invalid.")]
    UnauthorizedSession,
}

fn main() {}
