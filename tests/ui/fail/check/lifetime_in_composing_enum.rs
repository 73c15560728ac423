use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, ErrorCatalog)]
enum ApiError<'a> {
    /// Not found.
    #[code(90001)]
    NotFound { id: &'a str },
    #[code(transparent)]
    Edu(EduError),
}

fn main() {}
