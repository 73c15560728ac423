//! axum (feature `axum`): every catalogue answers handlers, and requests
//! refused before a handler runs answer in the catalogue's envelope.
//!
//! Every catalogue is [`axum::response::IntoResponse`], so a
//! handler returns `Result<Json<User>, ApiError>` with no wrapper: the status
//! is [`ErrorCatalog::http_status`](crate::ErrorCatalog::http_status) (the entry's, else its module's, else
//! the catalogue's `http`), else 500, and the body is the catalogue's
//! [`Envelope`](crate::Envelope) as `application/json`. [`Envelope`](crate::Envelope) answers too (a success
//! with the success entry's status, else 200), and [`Problem`](crate::Problem) as
//! `application/problem+json` with its `status`.
//!
//! # Rejections in the catalogue's envelope
//!
//! The kinds are the table of [`rejection`](crate::rejection).
//!
//! What axum refuses before a handler runs answers in the same envelope.
//! Mark the code of each kind with `rejection = "..."` in its
//! `#[code(...)]` (one code may answer several:
//! `rejection("malformed-body", "content-type")`):
//!
//! | `rejection =` | when | from | status without `http` |
//! |---|---|---|---|
//! | `"malformed-body"` | a JSON or form body that does not parse, or is not the handler's type | [`Json<T, C>`], [`Form<T, C>`] | 400, 422 |
//! | `"content-type"` | a JSON body without `Content-Type: application/json`, a form without `application/x-www-form-urlencoded` | [`Json<T, C>`], [`Form<T, C>`] | 415 |
//! | `"body-too-large"` | a body over the router's limit | [`Json<T, C>`], [`Form<T, C>`] | 413 |
//! | `"malformed-query"` | a query string that is not the handler's type | [`Query<T, C>`] | 400 |
//! | `"malformed-path"` | path parameters that are not the handler's type (invalid UTF-8 included) | [`Path<T, C>`] | 400 |
//! | `"unknown-route"` | no route for the path | [`not_found::<C>`](not_found) as the router's fallback | 404 |
//! | `"method-not-allowed"` | a route without the request's method | [`method_not_allowed::<C>`](method_not_allowed) as `method_not_allowed_fallback`, after the routes | 405 |
//!
//! The envelope carries the marked code and its message, and axum's
//! explanation as its `data`. The status is the code's own HTTP status (its
//! entry's `http`, as [`ErrorCatalog::http_status`](crate::ErrorCatalog::http_status) and the OpenAPI
//! document say) where it has one, else the kind's. A kind without a marked
//! code answers with [`fallback_code`](crate::http::fallback_code) of the status, the explanation as
//! the message. A composed catalogue's marks carry through composition,
//! shifted by its offset ([`Rejections`](crate::rejection::Rejections)). A variant that carries data, or
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
//! type Json<T> = error_codes::axum::Json<T, ApiError>;
//! type Path<T> = error_codes::axum::Path<T, ApiError>;
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
//!     .fallback(error_codes::axum::not_found::<ApiError>)
//!     .method_not_allowed_fallback(error_codes::axum::method_not_allowed::<ApiError>);
//! # }
//! ```

mod extract;
mod localize;
mod reference;
mod respond;

pub use extract::{Form, Json, Path, Query, Rejection, method_not_allowed, not_found};
pub use localize::localize;
pub use reference::reference;
#[doc(hidden)]
pub use respond::respond;

/// `IntoResponse` of a catalogue (through `__private::web_impls!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::axum::response::IntoResponse for $($ty)*
        where
            $($where)*
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::axum::respond(self)
            }
        }
    };
}
