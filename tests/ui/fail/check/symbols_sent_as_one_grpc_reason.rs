use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// The API call failed.
    #[code(400, symbol = "APIError")]
    ApiCall,
    /// The API gateway failed.
    #[code(502, symbol = "API_ERROR")]
    Gateway,
}

fn main() {}
