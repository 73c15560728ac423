use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(
    module(name = "auth", ranges(40001..=40111)),
    module(name = "gateway", ranges(40101..=40301)),
)]
enum ApiError {
    #[code(40102, module = "gatway", message = "API key is not provided.")]
    ApiKeyMissing,
}

fn main() {}
