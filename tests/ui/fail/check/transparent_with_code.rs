use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(40001, transparent)]
    Edu(EduError),
}

fn main() {}
