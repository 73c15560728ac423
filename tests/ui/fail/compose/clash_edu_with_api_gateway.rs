use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(transparent)]
    Edu(EduError),
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

fn main() {}
