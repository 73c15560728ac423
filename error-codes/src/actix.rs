//! actix-web (feature `actix`): the same answers as the axum side.
//!
//! Every catalogue is [`actix_web::ResponseError`], so a handler returns
//! `Result<web::Json<User>, ApiError>`; [`Envelope`], [`Failure`](crate::Failure) and [`Problem`] are
//! [`actix_web::Responder`]s. Statuses, content types and bodies are the
//! axum answers' byte for byte: one code path decides them for both
//! frameworks.
//!
//! Requests refused before a handler runs answer in the catalogue's
//! envelope with the codes marked `rejection = "..."` (the kinds and
//! statuses of the [`rejection`](crate::rejection) table): [`json_config`],
//! [`form_config`], [`query_config`] and [`path_config`] are the
//! extractors' configurations,
//! [`not_found`] the app's default service, and the [`Refusals`] middleware
//! answers the 405 of a resource's method in the envelope, keeping
//! actix-web's `Allow` header. Register routes as resources
//! (`.service(web::resource("/login").route(web::post().to(login)))`):
//! `App::route` puts the method on the resource's guard, so another method
//! finds no resource, a 404.
//!
//! [`localize`] (`.wrap(actix_web::middleware::from_fn(actix::localize))`)
//! answers catalogue errors in the request's language, as the axum
//! middleware does: the same matching, `Vary`, `Content-Language` and
//! bytes (`tests/actix_server.rs` compares them).
//!
//! HEAD: axum answers HEAD on a GET route (without the body); actix-web
//! does not, a `web::get()` route takes GET alone, so HEAD gets 405 with
//! `Allow: GET`. Route it (`.route(web::head().to(handler))`) to answer it
//! as axum does: actix-web sends a HEAD response without its body.
//!
//! ```
//! # #[cfg(feature = "actix")] {
//! use actix_web::{App, web};
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
//! async fn login(_credentials: web::Json<serde_json::Value>) -> Result<web::Json<u32>, ApiError> {
//!     Err(ApiError::Unauthorized)
//! }
//!
//! let app = App::new()
//!     .app_data(error_codes::actix::json_config::<ApiError>())
//!     .app_data(error_codes::actix::path_config::<ApiError>())
//!     .wrap(error_codes::actix::Refusals::<ApiError>::new())
//!     .service(web::resource("/login").route(web::post().to(login)))
//!     .default_service(web::to(error_codes::actix::not_found::<ApiError>));
//! # let _ = app;
//! # }
//! ```

use std::string::String;

use core::marker::PhantomData;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::error::{
    InternalError, JsonPayloadError, PathError, QueryPayloadError, UrlencodedError,
};
use actix_web::http::StatusCode;
use actix_web::http::header::{
    ACCEPT_LANGUAGE, ALLOW, CONTENT_ENCODING, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE, ETAG,
    HeaderValue, VARY,
};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers, Next};
use actix_web::web::{FormConfig, JsonConfig, PathConfig, QueryConfig};
use actix_web::{HttpRequest, HttpResponse, Responder};
use serde::Serialize;

use crate::http::answer::{self, Answer};
use crate::http::asked::{self, Localized};
use crate::http::localizable::{Localizable, varies_on_language};
use crate::http::refusal;
use crate::rejection::RejectionKind;
use crate::{Envelope, ErrorCatalog, Problem};

/// An answer as an actix response.
fn response(answer: Answer) -> HttpResponse {
    answer.record();
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = HttpResponse::build(status).body(answer.body);
    let content_type = HeaderValue::from_static(answer.content_type);
    response.headers_mut().insert(CONTENT_TYPE, content_type);
    for (name, value) in answer.headers {
        // Names and values the derive checked; one that is still not a
        // header is left out rather than panicking.
        let name = actix_web::http::header::HeaderName::from_bytes(name.as_bytes());
        if let (Ok(name), Ok(value)) = (name, HeaderValue::try_from(value)) {
            response.headers_mut().append(name, value);
        }
    }
    // Only a 405 can be taken for actix-web's own (the extension map
    // costs an allocation).
    if status == StatusCode::METHOD_NOT_ALLOWED {
        response.extensions_mut().insert(Answered);
    }
    response
}

/// An answer with what [`localize`] needs to write it in another language.
/// Kept only when [`localize`] listens.
fn localizable(answer: Answer, localizable: impl FnOnce() -> Option<Localizable>) -> HttpResponse {
    let mut response = response(answer);
    if let Some(localizable) = asked::listening().then(localizable).flatten() {
        response.extensions_mut().insert(localizable);
    }
    response
}

/// Marks a 405 written from an `Answer`: [`Refusals`] leaves it as it is.
#[derive(Clone, Copy)]
struct Answered;

/// A middleware (`App::new().wrap(actix::Refusals::<C>::new())`) that
/// answers actix-web's own 405 in `C`'s envelope, as
/// `"method-not-allowed"`, keeping the `Allow` header actix-web writes
/// (RFC 9110 §15.5.6): a resource without a `default_service` answers a
/// method none of its routes take with 405 and the methods they take. Any
/// other response, a handler's 405 included, passes unchanged.
///
/// [`method_not_allowed`] as a resource's default service answers the
/// same envelope without `Allow`: actix-web does not tell a default
/// service which methods its resource takes.
pub struct Refusals<C>(PhantomData<fn() -> C>);

impl<C> Refusals<C> {
    /// The middleware.
    #[must_use]
    pub fn new() -> Self {
        Self(PhantomData)
    }
}

impl<C> Default for Refusals<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<S, B, C> Transform<S, ServiceRequest> for Refusals<C>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    S::Future: 'static,
    B: 'static,
    C: ErrorCatalog,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = <ErrorHandlers<B> as Transform<S, ServiceRequest>>::Transform;
    type InitError = ();
    type Future = <ErrorHandlers<B> as Transform<S, ServiceRequest>>::Future;

    fn new_transform(&self, service: S) -> Self::Future {
        ErrorHandlers::new()
            .handler(
                StatusCode::METHOD_NOT_ALLOWED,
                method_not_allowed_in::<C, B>,
            )
            .new_transform(service)
    }
}

/// actix-web's own 405 (it carries `Allow`) in `C`'s envelope, `Allow` kept.
fn method_not_allowed_in<C: ErrorCatalog, B>(
    answered: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let ours = answered.response().extensions().contains::<Answered>();
    let allow = answered.response().headers().get(ALLOW).cloned();
    let Some(allow) = allow.filter(|_| !ours) else {
        return Ok(ErrorHandlerResponse::Response(
            answered.map_into_left_body(),
        ));
    };
    let (request, _) = answered.into_parts();
    let explanation = refusal::method_not_allowed(request.method(), request.path());
    let (answer, _) = answer::rejection::<C>(RejectionKind::MethodNotAllowed, 405, explanation);
    let mut response = response(answer);
    response.headers_mut().insert(ALLOW, allow);
    let response = ServiceResponse::new(request, response);
    Ok(ErrorHandlerResponse::Response(
        response.map_into_right_body(),
    ))
}

/// The response of a catalogue value: what its `ResponseError` answers.
#[doc(hidden)]
pub fn respond<C: ErrorCatalog>(value: &C) -> HttpResponse {
    // With `localize` listening: written once, in the language asked.
    let (answered, localized) = asked::answer_of(value);
    let mut response = response(answered);
    if let Some(localized) = localized {
        response.extensions_mut().insert(localized);
    }
    response
}

/// The status of a catalogue value's answer.
#[doc(hidden)]
pub fn status<C: ErrorCatalog>(value: &C) -> StatusCode {
    let status = Answer::value_status(value);
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

impl<C: ErrorCatalog, T: Serialize> Responder for Envelope<C, T> {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        localizable(Answer::envelope(&self), || Localizable::of_envelope(&self))
    }
}

impl<C: ErrorCatalog> Responder for crate::Failure<C> {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        localizable(Answer::failure(&self), || Localizable::failure(&self))
    }
}

impl Responder for Problem {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        localizable(Answer::problem(&self), || Localizable::problem(&self))
    }
}

/// A middleware (`App::new().wrap(actix_web::middleware::from_fn(error_codes::actix::localize))`)
/// that answers every catalogue error in the language the request's
/// `Accept-Language` asks for, as `axum::localize` does (see there): CLDR
/// matching with the catalogue's own language; `Vary: Accept-Language`
/// beside the handler's `Vary`; `Content-Language` (the translation's tag,
/// else the declared language); a translated body loses its `ETag`. A
/// catalogue value (a handler's `Err(error)`) is written once, in the
/// language asked, while the middleware polls its request; an envelope,
/// failure or problem the handler built is written again (its
/// `Content-Length` dropped), unless it has a `Content-Encoding` (wrap
/// `localize` before `Compress`, so that compression is outside). A
/// message the handler wrote itself and every success pass unchanged.
/// Without the middleware nothing of this is done or kept. An error turned
/// into a response on another task or thread than the request's stays in
/// the declared language: return it from the handler.
///
/// # Errors
///
/// Only the inner service's.
pub async fn localize<B: MessageBody + 'static>(
    request: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    // The header's bytes are shared, not copied: each poll lends them.
    let accept = request.headers().get(ACCEPT_LANGUAGE).cloned();
    let accept = accept.as_ref().and_then(|value| value.to_str().ok());
    let mut response = asked::lending(accept, next.call(request)).await?;
    let localized = response
        .response_mut()
        .extensions_mut()
        .remove::<Localized>();
    if let Some(localized) = localized {
        // Written once, in the language asked: only the headers to say so.
        let headers = response.headers_mut();
        vary_on_accept_language(headers);
        content_language(headers, localized.language);
        if localized.translated {
            headers.remove(ETAG);
        }
        return Ok(response.map_into_left_body());
    }
    let extensions = response
        .response_mut()
        .extensions_mut()
        .remove::<Localizable>();
    let Some(translatable) = extensions else {
        return Ok(response.map_into_left_body());
    };
    let headers = response.headers_mut();
    vary_on_accept_language(headers);
    if headers.contains_key(CONTENT_ENCODING) {
        return Ok(response.map_into_left_body());
    }
    let rewrite = translatable.rewrite(accept);
    content_language(headers, rewrite.language);
    let Some(body) = rewrite.body else {
        return Ok(response.map_into_left_body());
    };
    headers.remove(CONTENT_LENGTH);
    headers.remove(ETAG);
    Ok(response.map_body(|_, _| EitherBody::right(BoxBody::new(body))))
}

/// `Vary: Accept-Language`, beside what `Vary` already names.
fn vary_on_accept_language(headers: &mut actix_web::http::header::HeaderMap) {
    let values = headers
        .get_all(VARY)
        .filter_map(|value| value.to_str().ok());
    if !values.into_iter().any(varies_on_language) {
        headers.append(VARY, HeaderValue::from_static("accept-language"));
    }
}

/// `Content-Language: tag`, when a language is said.
fn content_language(headers: &mut actix_web::http::header::HeaderMap, tag: Option<&'static str>) {
    if let Some(tag) = tag.and_then(|tag| HeaderValue::from_str(tag).ok()) {
        headers.insert(CONTENT_LANGUAGE, tag);
    }
}

/// The answer of a refusal, as an actix error.
fn refused<C: ErrorCatalog, E>(
    error: E,
    kind: RejectionKind,
    status: u16,
    explanation: String,
) -> actix_web::Error
where
    E: core::fmt::Debug + core::fmt::Display + 'static,
{
    let (answer, envelope) = answer::rejection::<C>(kind, status, explanation);
    let response = localizable(answer, || Localizable::of_envelope(&envelope));
    InternalError::from_response(error, response).into()
}

/// A `JsonConfig` whose refusals answer in `C`'s envelope: a body without
/// `Content-Type: application/json` as `"content-type"` (415), over the
/// limit (2 MB by default, as axum's) as `"body-too-large"` (413), else
/// `"malformed-body"` (400 for JSON that does not parse, 422 for JSON that
/// is not the handler's type). Explanations are the axum side's.
#[must_use]
pub fn json_config<C: ErrorCatalog>() -> JsonConfig {
    JsonConfig::default().error_handler(|error, _| {
        let (kind, status, explanation) = match &error {
            JsonPayloadError::ContentType => (
                RejectionKind::ContentType,
                415,
                refusal::fixed(RejectionKind::ContentType),
            ),
            JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => (
                RejectionKind::BodyTooLarge,
                413,
                refusal::fixed(RejectionKind::BodyTooLarge),
            ),
            JsonPayloadError::Deserialize(json) if json.is_data() => {
                (RejectionKind::MalformedBody, 422, refusal::wrong_type(json))
            }
            JsonPayloadError::Deserialize(json) => {
                (RejectionKind::MalformedBody, 400, refusal::not_json(json))
            }
            other => (
                RejectionKind::MalformedBody,
                400,
                refusal::unreadable(other),
            ),
        };
        refused::<C, _>(error, kind, status, explanation)
    })
}

/// A `FormConfig` whose refusals answer in `C`'s envelope, as axum's
/// `Form` does (see `crate::axum::Form`): a body without `Content-Type:
/// application/x-www-form-urlencoded` as `"content-type"` (415), over the
/// limit (2 MB, as axum's, where actix-web's own is 256 kB) as
/// `"body-too-large"` (413), a form that is not the handler's type as
/// `"malformed-body"` (422), else `"malformed-body"` (400).
#[must_use]
pub fn form_config<C: ErrorCatalog>() -> FormConfig {
    FormConfig::default()
        .limit(2 * 1024 * 1024)
        .error_handler(|error, _| {
            let (kind, status, explanation) = match &error {
                UrlencodedError::ContentType => {
                    (RejectionKind::ContentType, 415, refusal::not_a_form())
                }
                UrlencodedError::Overflow { .. } => (
                    RejectionKind::BodyTooLarge,
                    413,
                    refusal::fixed(RejectionKind::BodyTooLarge),
                ),
                UrlencodedError::Parse(form) => {
                    (RejectionKind::MalformedBody, 422, refusal::wrong_form(form))
                }
                other => (
                    RejectionKind::MalformedBody,
                    400,
                    refusal::unreadable(other),
                ),
            };
            refused::<C, _>(error, kind, status, explanation)
        })
}

/// A `QueryConfig` whose refusals answer in `C`'s envelope as
/// `"malformed-query"` (400).
#[must_use]
pub fn query_config<C: ErrorCatalog>() -> QueryConfig {
    QueryConfig::default().error_handler(|error, _| {
        let explanation = match &error {
            QueryPayloadError::Deserialize(inner) => refusal::query(inner),
            other => refusal::query(other),
        };
        refused::<C, _>(error, RejectionKind::MalformedQuery, 400, explanation)
    })
}

/// A `PathConfig` whose refusals answer in `C`'s envelope as
/// `"malformed-path"` (400). actix-web words the explanation itself.
#[must_use]
pub fn path_config<C: ErrorCatalog>() -> PathConfig {
    PathConfig::default().error_handler(|error, _| {
        let explanation = match &error {
            PathError::Deserialize(inner) => refusal::path(inner),
            other => refusal::path(other),
        };
        refused::<C, _>(error, RejectionKind::MalformedPath, 400, explanation)
    })
}

/// The app's default service: an unknown route answers 404 in `C`'s
/// envelope, as `"unknown-route"`.
pub async fn not_found<C: ErrorCatalog>(request: HttpRequest) -> HttpResponse {
    let explanation = refusal::no_route(request.method(), request.path());
    let (answer, _) = answer::rejection::<C>(RejectionKind::UnknownRoute, 404, explanation);
    response(answer)
}

/// A resource's default service: a method it does not take answers 405 in
/// `C`'s envelope, as `"method-not-allowed"`, without `Allow` (actix-web
/// does not tell a default service its resource's methods): prefer
/// [`Refusals`], which keeps actix-web's `Allow`.
pub async fn method_not_allowed<C: ErrorCatalog>(request: HttpRequest) -> HttpResponse {
    let explanation = refusal::method_not_allowed(request.method(), request.path());
    let (answer, _) = answer::rejection::<C>(RejectionKind::MethodNotAllowed, 405, explanation);
    response(answer)
}

/// A handler that serves `C`'s reference page
/// ([`Catalogue::html`](crate::docs::Catalogue::html)), as
/// `axum::reference` does: `text/html;
/// charset=utf-8`, first shown in the language of `Accept-Language`, said
/// in `Content-Language`, `Vary: Accept-Language` when translated.
///
/// ```
/// # #[cfg(feature = "actix")] {
/// use actix_web::{App, web};
/// use error_codes::ErrorCatalog;
///
/// #[derive(Debug, ErrorCatalog)]
/// enum ApiError {
///     #[code(40101, http = 401, message = "Login again.")]
///     Unauthorized,
/// }
///
/// let app = App::new().route("/errors", web::get().to(error_codes::actix::reference::<ApiError>));
/// # let _ = app;
/// # }
/// ```
pub async fn reference<C: ErrorCatalog>(request: HttpRequest) -> HttpResponse {
    let accept_language = request.headers().get_all(ACCEPT_LANGUAGE);
    let page =
        crate::http::reference::page::<C>(accept_language.filter_map(|value| value.to_str().ok()));
    let mut response = HttpResponse::Ok();
    response.insert_header((CONTENT_TYPE, crate::http::reference::CONTENT_TYPE));
    if let Some(language) = page
        .language
        .and_then(|tag| HeaderValue::from_str(tag).ok())
    {
        response.insert_header((CONTENT_LANGUAGE, language));
    }
    if page.varies {
        response.append_header((VARY, "accept-language"));
    }
    response.body(page.body)
}

/// `actix_web::ResponseError` (feature `actix`): the same status and body
/// as the axum answer.
#[doc(hidden)]
#[macro_export]
macro_rules! __actix_impls {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::actix_web::ResponseError for $($ty)*
        where
            Self: $crate::__private::Debug + $crate::__private::Display,
            $($where)*
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::actix::status(self)
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::actix::respond(self)
            }
        }
    };
}
