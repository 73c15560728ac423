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
//! What axum refuses before a handler runs answers in the same envelope.
//! Mark the code of each kind with `rejection = "..."` in its
//! `#[code(...)]` (one code may answer several:
//! `rejection("malformed-body", "content-type")`):
//!
//! | `rejection =` | when | from | status without `http` |
//! |---|---|---|---|
//! | `"malformed-body"` | a JSON body that does not parse, or is not the handler's type | [`Json<T, C>`] | 400, 422 |
//! | `"content-type"` | a JSON body without `Content-Type: application/json` | [`Json<T, C>`] | 415 |
//! | `"body-too-large"` | a body over the router's limit | [`Json<T, C>`] | 413 |
//! | `"malformed-query"` | a query string that is not the handler's type | [`Query<T, C>`] | 400 |
//! | `"malformed-path"` | path parameters that are not the handler's type (invalid UTF-8 included) | [`Path<T, C>`] | 400 |
//! | `"unknown-route"` | no route for the path | [`not_found::<C>`](not_found) as the router's fallback | 404 |
//! | `"method-not-allowed"` | a route without the request's method | [`method_not_allowed::<C>`](method_not_allowed) as `method_not_allowed_fallback`, after the routes | 405 |
//!
//! The envelope carries the marked code and its message, and axum's
//! explanation as its `data`. The status is the code's own HTTP status (its
//! entry's `http`, as [`ErrorCatalog::http_status`] and the OpenAPI
//! document say) where it has one, else the kind's. A kind without a marked
//! code answers with [`fallback_code`] of the status, the explanation as
//! the message. A composed catalogue's marks carry through composition,
//! shifted by its offset ([`Rejections`]). A variant that carries data, or
//! the success entry, cannot answer a rejection (a compile error).
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! use error_codes::ErrorCatalog;
//!
//! #[derive(Debug, ErrorCatalog)]
//! enum ApiError {
//!     /// The request is not valid.
//!     #[code(40000, http = 400, rejection("malformed-body", "content-type", "malformed-path"))]
//!     InvalidRequest,
//!     /// Login session is missing or invalid.
//!     #[code(40101, http = 401)]
//!     Unauthorized,
//!     /// No such endpoint.
//!     #[code(40400, http = 404, rejection("unknown-route", "method-not-allowed"))]
//!     NoSuchEndpoint,
//! }
//!
//! type Json<T> = error_codes::web::Json<T, ApiError>;
//! type Path<T> = error_codes::web::Path<T, ApiError>;
//!
//! async fn login(credentials: Json<serde_json::Value>) -> Result<Json<u32>, ApiError> {
//!     let _user = credentials.get("user"); // `Json` derefs to the body
//!     Err(ApiError::Unauthorized)
//! }
//!
//! async fn user(id: Path<u32>) -> Json<u32> {
//!     Json::from(id.into_inner()) // and answers as JSON
//! }
//!
//! let app: axum::Router = axum::Router::new()
//!     .route("/login", axum::routing::post(login))
//!     .route("/users/{id}", axum::routing::get(user))
//!     .fallback(error_codes::web::not_found::<ApiError>)
//!     .method_not_allowed_fallback(error_codes::web::method_not_allowed::<ApiError>);
//! # }
//! ```

#[cfg(feature = "http")]
use crate::{Entry, ErrorCatalog, Module};

/// What a request can be refused for before its handler runs: the kinds of
/// `#[code(..., rejection = "...")]`. See the [module docs](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RejectionKind {
    /// `"malformed-body"`: a JSON body that does not parse (400) or is not
    /// the handler's type (422).
    MalformedBody,
    /// `"content-type"`: a JSON body without `Content-Type: application/json` (415).
    ContentType,
    /// `"unknown-route"`: no route for the path (404).
    UnknownRoute,
    /// `"body-too-large"`: a body over the router's limit (413).
    BodyTooLarge,
    /// `"method-not-allowed"`: a route without that method (405).
    MethodNotAllowed,
    /// `"malformed-query"`: a query string that is not the handler's type (400).
    MalformedQuery,
    /// `"malformed-path"`: path parameters that are not the handler's type,
    /// invalid UTF-8 included (400).
    MalformedPath,
}

impl RejectionKind {
    /// Every kind, in the order of [`Rejections`]' table.
    pub const ALL: [Self; 7] = [
        Self::MalformedBody,
        Self::ContentType,
        Self::UnknownRoute,
        Self::BodyTooLarge,
        Self::MethodNotAllowed,
        Self::MalformedQuery,
        Self::MalformedPath,
    ];

    /// Its name in `rejection = "..."`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::MalformedBody => "malformed-body",
            Self::ContentType => "content-type",
            Self::UnknownRoute => "unknown-route",
            Self::BodyTooLarge => "body-too-large",
            Self::MethodNotAllowed => "method-not-allowed",
            Self::MalformedQuery => "malformed-query",
            Self::MalformedPath => "malformed-path",
        }
    }

    /// The HTTP statuses it answers with when its code declares none.
    #[must_use]
    pub const fn statuses(self) -> &'static [u16] {
        match self {
            Self::MalformedBody => &[400, 422],
            Self::ContentType => &[415],
            Self::UnknownRoute => &[404],
            Self::BodyTooLarge => &[413],
            Self::MethodNotAllowed => &[405],
            Self::MalformedQuery | Self::MalformedPath => &[400],
        }
    }

    /// The kind of a name of `rejection = "..."`.
    #[must_use]
    pub const fn from_name(name: &str) -> Option<Self> {
        let mut i = 0;
        while i < Self::ALL.len() {
            if str_eq(Self::ALL[i].name(), name) {
                return Some(Self::ALL[i]);
            }
            i += 1;
        }
        None
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// `a == b`, in const code.
pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The codes a catalogue answers rejections with: `#[code(..., rejection =
/// "...")]`, the enum's own marks first, then each composed catalogue's
/// (shifted by its offset). See the [module docs](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rejections {
    codes: [Option<i64>; 7],
}

impl Rejections {
    /// No code marked.
    pub const NONE: Self = Self { codes: [None; 7] };

    /// The code marked for `kind`, if any.
    #[must_use]
    pub const fn code(&self, kind: RejectionKind) -> Option<i64> {
        self.codes[kind.index()]
    }

    /// Used by the generated code: the codes in the order of
    /// [`RejectionKind::ALL`].
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(codes: [Option<i64>; 7]) -> Self {
        Self { codes }
    }

    /// Used by the generated code: these marks, and `other`'s where these
    /// have none.
    #[doc(hidden)]
    #[must_use]
    pub const fn or(mut self, other: Self) -> Self {
        let mut i = 0;
        while i < self.codes.len() {
            if self.codes[i].is_none() {
                self.codes[i] = other.codes[i];
            }
            i += 1;
        }
        self
    }

    /// Used by the composition: the codes shifted by `offset` (a code the
    /// offset moves out of `i64` is no code of the composition, nor a mark).
    #[doc(hidden)]
    #[must_use]
    pub const fn shifted(mut self, offset: i64) -> Self {
        let mut i = 0;
        while i < self.codes.len() {
            if let Some(code) = self.codes[i] {
                self.codes[i] = code.checked_add(offset);
            }
            i += 1;
        }
        self
    }
}

/// The code of a rejection whose kind no code is marked for: its HTTP
/// status (`415`), unless the catalogue declares or retired that number
/// (then a client would read it as a code of another meaning); then the
/// status negated (`-415`); and if that is taken too, `i64::MIN + status`.
#[must_use]
pub fn fallback_code<C: crate::ErrorCatalog>(status: u16) -> i64 {
    let status = i64::from(status);
    let taken = |code: i64| {
        C::lookup(code).is_some() || C::RETIRED.iter().any(|range| range.contains(code))
    };
    [status, -status]
        .into_iter()
        .find(|&code| !taken(code))
        .unwrap_or(i64::MIN + status)
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

#[cfg(any(feature = "axum", feature = "actix"))]
pub(crate) mod answer;
#[cfg(feature = "axum")]
mod axum_impls;
#[cfg(feature = "axum")]
mod localize;
#[cfg(feature = "axum")]
#[doc(hidden)]
pub use axum_impls::respond;
#[cfg(feature = "axum")]
pub use axum_impls::{Json, Path, Query, Rejection, method_not_allowed, not_found};
#[cfg(feature = "axum")]
pub use localize::localize;
