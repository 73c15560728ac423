use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::catalogues::authing::AuthingError;
use error_codes::catalogues::rayvision::RayvisionError;

// No clash at this level: Authing and the gateway share no code.
#[derive(Debug, ErrorCatalog)]
enum Platform {
    #[code(transparent)]
    Identity(AuthingError),
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

// Rayvision declares 1000, as Authing does two levels down.
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(transparent)]
    Platform(Platform),
    #[code(transparent)]
    Render(RayvisionError),
}

fn main() {}
