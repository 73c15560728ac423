//! `#[deprecated]` variants: the code the derive generates names them in
//! its tables, matches and conversions, and raises no warning for it (the
//! user's own uses of them still warn). trybuild builds and runs it.
#![deny(warnings)]

use error_codes::ErrorCatalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(name = "auth", ranges(40100..=40199)))]
pub enum AuthError {
    /// Login again.
    #[code(40101, http = 401)]
    Unauthorized,
    /// Weak password.
    #[deprecated(note = "use 40101")]
    #[code(40102, http = 401)]
    WeakPassword,
}

#[derive(Debug, ErrorCatalog)]
pub enum ApiError {
    /// Internal error.
    #[code(50001, data)]
    #[deprecated = "answer 50002"]
    Internal { detail: String },
    #[deprecated]
    #[code(transparent)]
    Auth(AuthError),
}

fn main() {
    assert_eq!(AuthError::lookup(40102).unwrap().deprecated, Some("use 40101"));
    assert_eq!(ApiError::lookup(50001).unwrap().deprecated, Some("answer 50002"));
    assert!(AuthError::from_code(40102).is_some());
}
