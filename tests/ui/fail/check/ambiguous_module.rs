use error_codes::ErrorCatalog;

// 40101 lies in both modules' ranges: the variant must name its module.
#[derive(Debug, ErrorCatalog)]
#[catalog(
    module(name = "auth", ranges(40001..=40111)),
    module(name = "gateway", ranges(40101..=40301)),
)]
enum ApiError {
    #[code(40101, message = "Login session is missing or invalid.")]
    UnauthorizedSession,
}

fn main() {}
