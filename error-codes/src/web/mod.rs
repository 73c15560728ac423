//! HTTP: status codes (feature `http`) and axum (feature `axum`).
//!
//! With `http`, [`ErrorCatalog::status_code`], [`Entry::status_code`] and
//! [`Module::status_code`] give [`http::StatusCode`]s.
//!
//! With `axum`, every catalogue is [`axum::response::IntoResponse`], so a
//! handler returns `Result<Json<User>, ApiError>` with no wrapper: the status
//! is [`ErrorCatalog::http_status`] (the entry's, else its module's, else
//! the catalogue's `http`), else 500, and the body is the catalogue's
//! [`Envelope`](crate::Envelope) as `application/json`. [`Envelope`](crate::Envelope) answers too (a success
//! with the success entry's status, else 200), and [`Problem`](crate::Problem) as
//! `application/problem+json` with its `status`.
//!
//! # Rejections in the catalogue's envelope
//!
//! What axum refuses before a handler runs answers in the same envelope,
//! with the status that says what went wrong. Mark the code of each with
//! `rejection = "..."` in its `#[code(...)]`:
//!
//! | `rejection =` | when | status |
//! |---|---|---|
//! | `"malformed-body"` | a JSON body that does not parse, or is not the handler's type | 400, 422 |
//! | `"content-type"` | a JSON body without `Content-Type: application/json` | 415 |
//! | `"unknown-route"` | no route for the path | 404 |
//!
//! Take bodies with [`Json<T, C>`] (axum's `Json`, rejecting with `C`'s
//! envelope; a `type Json<T> = error_codes::web::Json<T, ApiError>;` keeps
//! handlers short) and give the router [`not_found::<C>`](not_found) as its
//! fallback. The envelope carries the marked code and its message, and
//! axum's explanation as its `data`; without a marked code, the status is
//! the code and axum's explanation the message.
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! use error_codes::ErrorCatalog;
//!
//! #[derive(Debug, ErrorCatalog)]
//! enum ApiError {
//!     /// The request body is not valid.
//!     #[code(40000, http = 400, rejection = "malformed-body")]
//!     InvalidBody,
//!     /// Login session is missing or invalid.
//!     #[code(40101, http = 401)]
//!     Unauthorized,
//! }
//!
//! type Json<T> = error_codes::web::Json<T, ApiError>;
//!
//! async fn login(credentials: Json<serde_json::Value>) -> Result<axum::Json<u32>, ApiError> {
//!     let _user = credentials.get("user"); // `Json` derefs to the body
//!     Err(ApiError::Unauthorized)
//! }
//!
//! let app: axum::Router = axum::Router::new()
//!     .route("/login", axum::routing::post(login))
//!     .fallback(error_codes::web::not_found::<ApiError>);
//! # }
//! ```

#[cfg(feature = "http")]
use crate::{Entry, ErrorCatalog, Module};

/// The codes a catalogue answers rejections with: `#[code(..., rejection =
/// "...")]`; `None` where no code is marked. See the [module docs](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Rejections {
    /// `rejection = "malformed-body"`.
    pub malformed_body: Option<i64>,
    /// `rejection = "content-type"`.
    pub content_type: Option<i64>,
    /// `rejection = "unknown-route"`.
    pub unknown_route: Option<i64>,
}

impl Rejections {
    /// No code marked.
    pub const NONE: Self = Self {
        malformed_body: None,
        content_type: None,
        unknown_route: None,
    };

    /// Used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        malformed_body: Option<i64>,
        content_type: Option<i64>,
        unknown_route: Option<i64>,
    ) -> Self {
        Self {
            malformed_body,
            content_type,
            unknown_route,
        }
    }
}

#[cfg(feature = "http")]
fn status(code: Option<u16>) -> Option<http::StatusCode> {
    code.and_then(|code| http::StatusCode::from_u16(code).ok())
}

#[cfg(feature = "http")]
impl Entry {
    /// The entry's HTTP status as an [`http::StatusCode`] (feature `http`).
    #[must_use]
    pub fn status_code(&self) -> Option<http::StatusCode> {
        status(self.http)
    }
}

#[cfg(feature = "http")]
impl Module {
    /// The module's HTTP status as an [`http::StatusCode`] (feature `http`).
    #[must_use]
    pub fn status_code(&self) -> Option<http::StatusCode> {
        status(self.http)
    }
}

/// [`ErrorCatalog::status_code`]: the value's status, else 500.
#[cfg(feature = "http")]
pub(crate) fn status_code<C: ErrorCatalog>(value: &C) -> http::StatusCode {
    status(value.http_status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

#[cfg(feature = "axum")]
mod axum_impls;
#[cfg(feature = "axum")]
#[doc(hidden)]
pub use axum_impls::respond;
#[cfg(feature = "axum")]
pub use axum_impls::{Json, Rejection, not_found};
