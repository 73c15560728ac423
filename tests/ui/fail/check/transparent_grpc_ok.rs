use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(transparent, grpc = "OK")]
    Edu(EduError),
}

fn main() {}
