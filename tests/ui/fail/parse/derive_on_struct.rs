use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
struct ApiError {
    code: i64,
}

fn main() {}
