use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "edu", ranges(10000..=59999)))]
enum ApiError {
    #[code(transparent, module = "edu")]
    Edu(EduError),
}

fn main() {}
