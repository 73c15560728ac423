use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(transparent, message = "Education platform error")]
    Edu(EduError),
}

fn main() {}
