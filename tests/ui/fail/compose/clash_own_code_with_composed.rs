use error_codes::ErrorCatalog;
use error_codes::catalogues::fresns::FresnsError;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Our own parameter check failed.
    #[code(30002)]
    BadParameter,
    #[code(transparent)]
    Fresns(FresnsError),
    #[code(200, success, message = "OK")]
    Ok,
}

fn main() {}
