use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(www_authenticate = "Bearer\nrealm")]
enum ApiError {
    /// Not found.
    #[code(40101, http = 401)]
    NotFound,
}

fn main() {}
