//! The axum middleware [`localize`]: catalogue errors in the language the
//! request asks for.
//!
//! A catalogue error's response (an [`Envelope`](crate::Envelope)'s
//! failure, a [`Failure`](crate::Failure), a [`Problem`](crate::Problem))
//! carries, as a response extension, what it was written from when its
//! entry has translations; the middleware writes the body again with the
//! translated message, and changes nothing else.

use std::borrow::ToOwned;
use std::string::String;

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::http::localizable::Localizable;

/// An axum middleware (`axum::middleware::from_fn(error_codes::axum::localize)`)
/// that answers every catalogue error in the language the request's
/// `Accept-Language` asks for: the translation [`locale::best`](crate::locale::best)
/// picks among the entry's (q-values weigh the ranges; `*` asks for any,
/// so the catalogue's own message; an ill-formed header is ignored), with
/// `Content-Language` set to the translation's tag. Status, code, data,
/// headers and everything else stay as the handler answered them; a
/// response without a translation for the request passes unchanged.
pub async fn localize(request: Request, next: Next) -> Response {
    let accept = request.headers().get(header::ACCEPT_LANGUAGE);
    let accept: Option<String> = accept
        .and_then(|value| value.to_str().ok())
        .map(ToOwned::to_owned);
    let response = next.run(request).await;
    let Some(accept) = accept else {
        return response;
    };
    let Some(localizable) = response.extensions().get::<Localizable>() else {
        return response;
    };
    let Some((tag, message)) = localizable.entry.translation_for(&accept) else {
        return response;
    };
    let body = axum::body::Body::from(localizable.with_message(message).body);
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Ok(tag) = HeaderValue::from_str(tag) {
        parts.headers.insert(header::CONTENT_LANGUAGE, tag);
    }
    Response::from_parts(parts, body)
}
