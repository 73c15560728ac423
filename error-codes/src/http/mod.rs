//! HTTP, whatever the framework: statuses, and what every framework
//! answers.
//!
//! With the feature `http`, [`ErrorCatalog::status_code`],
//! [`Entry::status_code`] and [`Module::status_code`] give
//! [`http::StatusCode`]s.
//!
//! The framework modules ([`axum`], [`actix`])
//! write what this module decides: one code path (`answer.rs`) gives the
//! status, the content type and the bytes of every envelope, failure,
//! problem and refusal, and one (`refusal.rs`) words each refusal, so that
//! the frameworks answer alike, byte for byte. A refusal of a
//! [`RejectionKind`](crate::rejection::RejectionKind) that no code is
//! marked for answers with [`fallback_code`].
// The items these links name exist with a feature only; without it,
// each link leads to this page instead of being left unresolved. (The
// empty line ends the paragraph: a definition cannot interrupt one.)
#![doc = ""]
#![cfg_attr(
    feature = "http",
    doc = "[`ErrorCatalog::status_code`]: crate::ErrorCatalog::status_code"
)]
#![cfg_attr(not(feature = "http"), doc = "[`ErrorCatalog::status_code`]: #")]
#![cfg_attr(
    feature = "http",
    doc = "[`Entry::status_code`]: crate::Entry::status_code"
)]
#![cfg_attr(not(feature = "http"), doc = "[`Entry::status_code`]: #")]
#![cfg_attr(
    feature = "http",
    doc = "[`Module::status_code`]: crate::Module::status_code"
)]
#![cfg_attr(not(feature = "http"), doc = "[`Module::status_code`]: #")]
#![cfg_attr(feature = "http", doc = "[`http::StatusCode`]: ::http::StatusCode")]
#![cfg_attr(not(feature = "http"), doc = "[`http::StatusCode`]: #")]
#![cfg_attr(feature = "axum", doc = "[`axum`]: crate::axum")]
#![cfg_attr(not(feature = "axum"), doc = "[`axum`]: #")]
#![cfg_attr(feature = "actix", doc = "[`actix`]: crate::actix")]
#![cfg_attr(not(feature = "actix"), doc = "[`actix`]: #")]

#[cfg(feature = "__web")]
pub(crate) mod answer;
#[cfg(feature = "__web")]
pub(crate) mod asked;
#[cfg(feature = "__web")]
pub(crate) mod localizable;
#[cfg(feature = "__web")]
pub(crate) mod reference;
#[cfg(feature = "__web")]
pub(crate) mod refusal;

#[cfg(feature = "http")]
use crate::{Entry, ErrorCatalog, Module};

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
fn status(code: Option<u16>) -> Option<::http::StatusCode> {
    code.and_then(|code| ::http::StatusCode::from_u16(code).ok())
}

#[cfg(feature = "http")]
impl Entry {
    /// The entry's HTTP status as an [`http::StatusCode`] (feature `http`).
    #[must_use]
    pub fn status_code(&self) -> Option<::http::StatusCode> {
        status(self.http)
    }
}

#[cfg(feature = "http")]
impl Module {
    /// The module's HTTP status as an [`http::StatusCode`] (feature `http`).
    #[must_use]
    pub fn status_code(&self) -> Option<::http::StatusCode> {
        status(self.http)
    }
}

/// [`ErrorCatalog::status_code`]: the value's status, else 500.
#[cfg(feature = "http")]
pub(crate) fn status_code<C: ErrorCatalog>(value: &C) -> ::http::StatusCode {
    status(value.http_status()).unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
}
