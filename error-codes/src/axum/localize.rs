//! The axum middleware [`localize`]: catalogue errors in the language the
//! request asks for.
//!
//! A catalogue error's response (an [`Envelope`](crate::Envelope)'s
//! failure, a [`Failure`](crate::Failure), a [`Problem`](crate::Problem))
//! carries, as a response extension, what it was written from when its
//! entry has translations and its message is the catalogue's; the
//! middleware writes the body again with the translated message.

use std::borrow::ToOwned;
use std::string::String;

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::http::localizable::{Localizable, varies_on_language};

/// An axum middleware (`axum::middleware::from_fn(error_codes::axum::localize)`)
/// that answers every catalogue error in the language the request's
/// `Accept-Language` asks for: the translation
/// [`Entry::translation_for`](crate::Entry::translation_for) picks (CLDR
/// matching, the catalogue's own [`LANGUAGE`](crate::ErrorCatalog::LANGUAGE)
/// among the candidates).
///
/// As HTTP caches expect (RFC 9110), an answer whose body depends on
/// `Accept-Language` (an error whose entry has translations):
///
/// - carries `Vary: Accept-Language`, added to the handler's `Vary`;
/// - says its language in `Content-Language`: the translation's tag, else
///   the catalogue's own language when it declares one (never a language
///   the text is not in);
/// - loses a handler's `ETag` when its body is rewritten (the tag named the
///   other language's bytes); `Content-Length` is dropped with it.
///
/// Left as the handler answered: a message the handler wrote itself
/// (`Failure::Known` with another message, a `Problem` with another
/// `detail`); a body with a `Content-Encoding` (put `localize` inside
/// compression: `.layer(from_fn(localize)).layer(CompressionLayer::new())`,
/// where the later layer is the outer one; the other order still answers
/// correctly, untranslated); every success, streamed through unbuffered.
pub async fn localize(request: Request, next: Next) -> Response {
    let accept = request.headers().get(header::ACCEPT_LANGUAGE);
    let accept: Option<String> = accept
        .and_then(|value| value.to_str().ok())
        .map(ToOwned::to_owned);
    let mut response = next.run(request).await;
    let Some(localizable) = response.extensions_mut().remove::<Localizable>() else {
        return response;
    };
    let headers = response.headers_mut();
    vary_on_accept_language(headers);
    if headers.contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let rewrite = localizable.rewrite(accept.as_deref());
    if let Some(tag) = rewrite
        .language
        .and_then(|tag| HeaderValue::from_str(tag).ok())
    {
        headers.insert(header::CONTENT_LANGUAGE, tag);
    }
    let Some(body) = rewrite.body else {
        return response;
    };
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::ETAG);
    let (parts, _) = response.into_parts();
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// `Vary: Accept-Language`, beside what `Vary` already names.
fn vary_on_accept_language(headers: &mut HeaderMap) {
    let values = headers.get_all(header::VARY).iter();
    let named = values
        .filter_map(|value| value.to_str().ok())
        .any(varies_on_language);
    if !named {
        headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
}
