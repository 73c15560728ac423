use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "education", ranges(10000..=89999)))]
enum ApiError {
    #[code(transparent, module = "eduction")]
    Edu(EduError),
}

fn main() {}
