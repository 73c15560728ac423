use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(1, success, message = "OK")]
    Ok,
    #[code(transparent, offset = 9223372036854775000)]
    Gateway(ApiGatewayError),
}

fn main() {}
