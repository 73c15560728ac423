//! The axum middleware [`localize`]: catalogue errors in the language the
//! request asks for.
//!
//! While the middleware polls its request, a catalogue value's answer
//! (a handler's `Err(error)`) is written once, in the language the request
//! asks for; the middleware then only says so in the headers. A response
//! built from an [`Envelope`](crate::Envelope)'s failure, a
//! [`Failure`](crate::Failure) or a [`Problem`](crate::Problem) carries,
//! as a response extension, what it was written from when its entry has
//! translations and its message is the catalogue's; the middleware writes
//! that body again with the translated message. Without the middleware,
//! nothing of this is done or kept: an answer costs what it costs without
//! translations.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::http::asked::{Localized, lending};
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
/// - loses a handler's `ETag` when its body is translated (the tag named
///   the declared language's bytes); a rewritten body (an envelope, a
///   failure or a problem the handler built) drops `Content-Length` too.
///
/// Left as the handler answered: a message the handler wrote itself
/// (`Failure::Known` with another message, a `Problem` with another
/// `detail`); every success, streamed through unbuffered. A catalogue
/// value is translated whatever layers sit between the handler and
/// `localize`; a body the middleware would rewrite is left alone when it
/// has a `Content-Encoding` (put `localize` inside compression:
/// `.layer(from_fn(localize)).layer(CompressionLayer::new())`, where the
/// later layer is the outer one). An error turned into a response on
/// another task than the request's (inside `tokio::spawn` or
/// `spawn_blocking`) is written where the middleware cannot lend it the
/// language, and stays in the declared one: return the error, and let the
/// handler's task turn it into the response.
pub async fn localize(request: Request, next: Next) -> Response {
    // The header's bytes are shared, not copied: each poll lends them.
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).cloned();
    let accept = accept.as_ref().and_then(|value| value.to_str().ok());
    let mut response = lending(accept, next.run(request)).await;
    if let Some(localized) = response.extensions_mut().remove::<Localized>() {
        // Written once, in the language asked: only the headers to say so.
        let headers = response.headers_mut();
        vary_on_accept_language(headers);
        content_language(headers, localized.language);
        if localized.translated {
            headers.remove(header::ETAG);
        }
        return response;
    }
    let Some(localizable) = response.extensions_mut().remove::<Localizable>() else {
        return response;
    };
    let headers = response.headers_mut();
    vary_on_accept_language(headers);
    if headers.contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let rewrite = localizable.rewrite(accept);
    content_language(headers, rewrite.language);
    let Some(body) = rewrite.body else {
        return response;
    };
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::ETAG);
    let (parts, _) = response.into_parts();
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// `Content-Language: tag`, when a language is said.
fn content_language(headers: &mut HeaderMap, tag: Option<&'static str>) {
    if let Some(tag) = tag.and_then(|tag| HeaderValue::from_str(tag).ok()) {
        headers.insert(header::CONTENT_LANGUAGE, tag);
    }
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
