//! Answers: `IntoResponse` for catalogues (through the derive),
//! [`Envelope`], [`Failure`] and [`Problem`], each written from the
//! framework-neutral answer of `crate::http`.

// A std module of a `#![no_std]` crate: what it takes of std's prelude.
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::http::answer::Answer;
use crate::http::asked;
use crate::http::localizable::Localizable;
use crate::{Envelope, ErrorCatalog, Failure, Problem};

/// The response of a catalogue value: what the derive's `IntoResponse`
/// calls.
#[doc(hidden)]
pub fn respond<C: ErrorCatalog>(error: C) -> Response {
    // With `localize` listening: written once, in the language asked.
    let (answered, localized) = asked::answer_of(&error);
    let mut response = answer(answered);
    if let Some(localized) = localized {
        response.extensions_mut().insert(localized);
    }
    response
}

/// A success answers with the success entry's status, else 200; a known
/// failure with its value's ([`ErrorCatalog::status_code`]); an unknown
/// code (relayed from a peer) with 500. The body is the envelope as JSON.
impl<C: ErrorCatalog, T: Serialize> IntoResponse for Envelope<C, T> {
    fn into_response(self) -> Response {
        with_extension(answer(Answer::envelope(&self)), || {
            Localizable::of_envelope(&self)
        })
    }
}

/// A failure as its envelope, with the status of [`Envelope`]'s answer.
impl<C: ErrorCatalog> IntoResponse for Failure<C> {
    fn into_response(self) -> Response {
        with_extension(answer(Answer::failure(&self)), || {
            Localizable::failure(&self)
        })
    }
}

/// `response` with what `localize` needs to write it again in another
/// language, when `localize` listens (else nothing is kept).
pub(super) fn with_extension(
    mut response: Response,
    localizable: impl FnOnce() -> Option<Localizable>,
) -> Response {
    if let Some(localizable) = asked::listening().then(localizable).flatten() {
        response.extensions_mut().insert(localizable);
    }
    response
}

/// An answer as an axum response.
pub(super) fn answer(answer: Answer) -> Response {
    answer.record();
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = HeaderValue::from_static(answer.content_type);
    let mut response = (status, answer.body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, content_type);
    for (name, value) in answer.headers {
        // Names and values the derive checked; a value that is still not
        // a header value is left out rather than panicking.
        let name = header::HeaderName::from_bytes(name.as_bytes());
        if let (Ok(name), Ok(value)) = (name, HeaderValue::try_from(value)) {
            headers.append(name, value);
        }
    }
    response
}

/// `application/problem+json`, with the problem's `status`.
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        with_extension(answer(Answer::problem(&self)), || {
            Localizable::problem(&self)
        })
    }
}
