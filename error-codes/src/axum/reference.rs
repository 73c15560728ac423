//! [`reference`]: the catalogue's reference page, served.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::ErrorCatalog;
use crate::http::reference;

/// A handler that serves `C`'s reference page
/// ([`Catalogue::html`](crate::docs::Catalogue::html)) as
/// `text/html; charset=utf-8`: first shown in the language the request's
/// `Accept-Language` picks (as errors are translated), said in
/// `Content-Language`, with `Vary: Accept-Language` when the catalogue has
/// translations.
///
/// ```
/// # #[cfg(feature = "axum")] {
/// use error_codes::ErrorCatalog;
///
/// #[derive(Debug, ErrorCatalog)]
/// #[catalog(docs_url = "https://api.example.com/errors#{code}")]
/// enum ApiError {
///     /// Login session is missing or invalid.
///     #[code(40101, http = 401)]
///     Unauthorized,
/// }
///
/// let app: axum::Router = axum::Router::new()
///     .route("/errors", axum::routing::get(error_codes::axum::reference::<ApiError>));
/// # }
/// ```
pub async fn reference<C: ErrorCatalog>(headers: HeaderMap) -> Response {
    let accept_language = headers.get_all(header::ACCEPT_LANGUAGE).iter();
    let page = reference::page::<C>(accept_language.filter_map(|value| value.to_str().ok()));
    let mut response = page.body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(reference::CONTENT_TYPE),
    );
    if let Some(language) = page
        .language
        .and_then(|tag| HeaderValue::from_str(tag).ok())
    {
        headers.insert(header::CONTENT_LANGUAGE, language);
    }
    if page.varies {
        headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    response
}
