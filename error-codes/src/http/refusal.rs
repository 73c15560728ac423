//! How a refusal is explained, in every framework: axum's wording, which
//! the other frameworks reproduce (a refusal's explanation is the `data`
//! of its envelope, or its message when no code is marked for its kind).
//! axum words its extractors' refusals itself (`body_text()`); these
//! reproduce that wording for the frameworks that do not.
#![cfg_attr(not(feature = "actix"), allow(dead_code))]

use std::format;
use std::string::String;

use core::fmt::Display;

use crate::rejection::RejectionKind;

/// `"unknown-route"`: `No route for GET /path`.
pub(crate) fn no_route(method: impl Display, path: &str) -> String {
    format!("No route for {method} {path}")
}

/// `"method-not-allowed"`: `DELETE is not allowed on /path`.
pub(crate) fn method_not_allowed(method: impl Display, path: &str) -> String {
    format!("{method} is not allowed on {path}")
}

/// `"content-type"`, `"body-too-large"`: the kind's fixed explanation.
pub(crate) fn fixed(kind: RejectionKind) -> String {
    String::from(kind.example_explanation())
}

/// `"content-type"` of a form: a body without `Content-Type:
/// application/x-www-form-urlencoded`.
pub(crate) fn not_a_form() -> String {
    String::from("Form requests must have `Content-Type: application/x-www-form-urlencoded`")
}

/// `"malformed-body"`, 422: a form body that is not the handler's type.
pub(crate) fn wrong_form(error: impl Display) -> String {
    format!("Failed to deserialize form body: {error}")
}

/// `"malformed-body"`, 400: JSON that does not parse.
pub(crate) fn not_json(error: impl Display) -> String {
    let prefix = RejectionKind::MalformedBody.example_explanation();
    format!("{prefix}: {error}")
}

/// `"malformed-body"`, 422: JSON that is not the handler's type.
pub(crate) fn wrong_type(error: impl Display) -> String {
    format!("Failed to deserialize the JSON body into the target type: {error}")
}

/// `"malformed-body"`, 400: a body that could not be read.
pub(crate) fn unreadable(error: impl Display) -> String {
    format!("Failed to buffer the request body: {error}")
}

/// `"malformed-query"`: a query string that is not the handler's type.
pub(crate) fn query(error: impl Display) -> String {
    let prefix = RejectionKind::MalformedQuery.example_explanation();
    format!("{prefix}: {error}")
}

/// `"malformed-path"`: path parameters that are not the handler's type.
pub(crate) fn path(error: impl Display) -> String {
    format!("Invalid URL: {error}")
}
