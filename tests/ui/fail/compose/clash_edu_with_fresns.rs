use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;
use error_codes::catalogues::fresns::FresnsError;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(transparent)]
    Edu(EduError),
    #[code(transparent)]
    Fresns(FresnsError),
    #[code(200, success, message = "OK")]
    Ok,
}

fn main() {}
