use error_codes::ErrorCatalog;
use error_codes::catalogues::fresns::FresnsError;

// No entry of `ApiError` is marked `success`, so its envelopes answer success
// with 0, which `FresnsError::Successful` is: that error would read back as
// a success.
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(-1, message = "System busy")]
    Busy,
    #[code(transparent)]
    Social(FresnsError),
}

fn main() {}
