//! A user's `forbid` compiles: the derive emits no `allow` that a
//! `forbid(deprecated)` or `forbid(unused)` would refuse (E0453, or a
//! future-incompatibility error), whatever the enum holds: a composition,
//! a data variant, a source, variants that all carry one.
#![forbid(deprecated, unused, unreachable_patterns)]

use error_codes::ErrorCatalog;
use error_codes::catalogues::edu::EduError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
pub enum AuthError {
    /// Login again.
    #[code(70101, http = 401)]
    Unauthorized,
}

#[derive(Debug, ErrorCatalog)]
pub enum ApiError {
    /// Internal error.
    #[code(90001, data)]
    Internal { detail: String },
    /// Upstream failed.
    #[code(90002)]
    Upstream {
        #[source]
        cause: std::io::Error,
    },
    #[code(transparent)]
    Auth(AuthError),
    #[code(transparent)]
    Edu(EduError),
}

/// Every variant carries data or a source: no catch-all arm is needed.
#[derive(Debug, ErrorCatalog)]
pub enum OnlyData {
    /// Internal error.
    #[code(1, data)]
    Internal { detail: String },
}

fn main() {
    assert_eq!(ApiError::Auth(AuthError::Unauthorized).code(), 70101);
    assert_eq!(OnlyData::Internal { detail: String::new() }.code(), 1);
    assert!(std::error::Error::source(&ApiError::Auth(AuthError::Unauthorized)).is_none());
}
