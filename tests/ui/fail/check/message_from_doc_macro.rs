use error_codes::ErrorCatalog;

// The message would come from the doc comment, but part of it is built by a
// macro, which the derive cannot read.
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Login session is missing or invalid.
    #[doc = concat!("Since ", "v2.")]
    #[code(40101)]
    UnauthorizedSession,
}

fn main() {}
