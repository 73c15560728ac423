use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(0, success, message = "ok", rejection = "unknown-route")]
    Ok,
}

fn main() {}
