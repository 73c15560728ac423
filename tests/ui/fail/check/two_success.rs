use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(0, success, message = "ok")]
    Ok,
    #[code(200, success, message = "Request processed successfully.")]
    Success,
}

fn main() {}
