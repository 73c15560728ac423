use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(name = "Api", http = 200, name = "Gateway")]
enum ApiError {
    /// Login again.
    #[code(40101)]
    Unauthorized,
}

fn main() {}
