//! The `http` feature: `http::StatusCode` of a value, an entry and a module,
//! as the catalogue declares them.

use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;

#[derive(Debug, Clone, Copy, ErrorCatalog)]
#[catalog(module(name = "auth", ranges(1..=9), http = 401))]
enum ApiError {
    /// Inherits the module's status.
    #[code(1)]
    Unauthorized,
    /// Its own status.
    #[code(2, http = 429)]
    Limited,
    /// No status anywhere: 500 for a value, `None` for its entry.
    #[code(10)]
    Unknown,
}

#[test]
fn status_codes_of_values_entries_and_modules() {
    use http::StatusCode;
    assert_eq!(
        ApiError::Unauthorized.status_code(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        ApiError::Limited.status_code(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        ApiError::Unknown.status_code(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
    assert_eq!(ApiError::Unknown.entry().status_code(), None);
    assert_eq!(
        ApiError::Limited.entry().status_code(),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    assert_eq!(
        ApiError::modules()[0].status_code(),
        Some(StatusCode::UNAUTHORIZED)
    );
    for entry in ApiGatewayError::entries() {
        assert_eq!(entry.status_code().map(|s| s.as_u16()), entry.http);
    }
}
