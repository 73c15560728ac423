//! The [`Json`], [`Query`] and [`Path`] extractors and the [`not_found`]
//! and [`method_not_allowed`] fallbacks, whose refusals answer in the
//! catalogue's envelope.

// A std module of a `#![no_std]` crate: what it takes of std's prelude.
use std::string::String;

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use axum::extract::rejection::{FormRejection, JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::respond::{answer, with_extension};
use crate::http::answer;
use crate::http::localizable::Localizable;
use crate::http::refusal;
use crate::rejection::RejectionKind;
use crate::{Envelope, ErrorCatalog};

/// A wrapper of an extracted `T` that answers its rejections in catalogue
/// `C`'s envelope (`C` beside the value, a `PhantomData`): the struct, its
/// `into_inner` and its `Deref`s.
macro_rules! wrapper {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default)]
        pub struct $name<T, C>(pub T, pub PhantomData<fn() -> C>);

        impl<T, C> $name<T, C> {
            /// The extracted value.
            pub fn into_inner(self) -> T {
                self.0
            }
        }

        impl<T, C> Deref for $name<T, C> {
            type Target = T;

            fn deref(&self) -> &T {
                &self.0
            }
        }

        impl<T, C> DerefMut for $name<T, C> {
            fn deref_mut(&mut self) -> &mut T {
                &mut self.0
            }
        }
    )*};
}

/// `FromRequestParts` of a wrapper: axum's `$axum`, its rejection as `$kind`.
macro_rules! from_parts {
    ($($name:ident: $rejection:ident => $kind:expr;)*) => {$(
        impl<S, T, C> FromRequestParts<S> for $name<T, C>
        where
            axum::extract::$name<T>: FromRequestParts<S, Rejection = $rejection>,
            S: Send + Sync,
            C: ErrorCatalog,
        {
            type Rejection = Rejection<C>;

            async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejection<C>> {
                match axum::extract::$name::<T>::from_request_parts(parts, state).await {
                    Ok(axum::extract::$name(value)) => Ok($name(value, PhantomData)),
                    Err(rejection) => {
                        let kind: RejectionKind = $kind;
                        Err(Rejection::of(kind, rejection.status(), rejection.body_text()))
                    }
                }
            }
        }
    )*};
}

wrapper! {
    /// axum's `Query` extractor, whose rejections answer in catalogue `C`'s
    /// envelope as `"malformed-query"` (see the [module docs](super)).
    Query;
    /// axum's `Path` extractor, whose rejections (invalid UTF-8 included)
    /// answer in catalogue `C`'s envelope as `"malformed-path"` (see the
    /// [module docs](super)).
    Path;
    /// axum's `Json` extractor, whose rejections answer in catalogue `C`'s
    /// envelope (see the [module docs](super)): `"content-type"`,
    /// `"body-too-large"`, else `"malformed-body"`. Use it as a `T` (it
    /// derefs to one), take the body with [`Json::into_inner`], or match
    /// `Json(body, _)`. It answers too, as `axum::Json` does, so one `type
    /// Json<T> = error_codes::axum::Json<T, ApiError>;` serves both ways.
    Json;
    /// axum's `Form` extractor (a body `application/x-www-form-urlencoded`,
    /// what Twilio-style clients send), whose rejections answer in catalogue
    /// `C`'s envelope (see the [module docs](super)): `"content-type"`,
    /// `"body-too-large"`, else `"malformed-body"`.
    Form;
}

from_parts! {
    Query: QueryRejection => RejectionKind::MalformedQuery;
    Path: PathRejection => RejectionKind::MalformedPath;
}

impl<T, C> From<T> for Json<T, C> {
    fn from(value: T) -> Self {
        Json(value, PhantomData)
    }
}

/// `FromRequest` of a body wrapper: axum's `$name`, its rejection's kind
/// read by [`Rejection::body`] (`$content_type` its wrong-content-type one).
macro_rules! from_body {
    ($($name:ident: $rejection:ident, $content_type:path;)*) => {$(
        impl<S, T, C> FromRequest<S> for $name<T, C>
        where
            axum::$name<T>: FromRequest<S, Rejection = $rejection>,
            S: Send + Sync,
            C: ErrorCatalog,
        {
            type Rejection = Rejection<C>;

            async fn from_request(request: Request, state: &S) -> Result<Self, Rejection<C>> {
                match axum::$name::<T>::from_request(request, state).await {
                    Ok(axum::$name(body)) => Ok($name(body, PhantomData)),
                    Err(rejection) => {
                        let content_type = matches!(rejection, $content_type(_));
                        Err(Rejection::body(content_type, rejection.status(), rejection.body_text()))
                    }
                }
            }
        }
    )*};
}

from_body! {
    Json: JsonRejection, JsonRejection::MissingJsonContentType;
    Form: FormRejection, FormRejection::InvalidFormContentType;
}

/// The body as JSON, as `axum::Json` answers it.
impl<T: Serialize, C> IntoResponse for Json<T, C> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// The router's fallback: an unknown route answers 404 in `C`'s envelope,
/// as `"unknown-route"`.
pub async fn not_found<C: ErrorCatalog>(method: Method, uri: Uri) -> Rejection<C> {
    let explanation = refusal::no_route(method, uri.path());
    Rejection::of(
        RejectionKind::UnknownRoute,
        StatusCode::NOT_FOUND,
        explanation,
    )
}

/// The router's fallback for a known route without the request's method
/// (`Router::method_not_allowed_fallback`, called after the routes): 405
/// in `C`'s envelope, as `"method-not-allowed"`; axum keeps its `Allow`
/// header.
pub async fn method_not_allowed<C: ErrorCatalog>(method: Method, uri: Uri) -> Rejection<C> {
    let explanation = refusal::method_not_allowed(method, uri.path());
    Rejection::of(
        RejectionKind::MethodNotAllowed,
        StatusCode::METHOD_NOT_ALLOWED,
        explanation,
    )
}

/// A request refused before its handler ran, answered in `C`'s envelope
/// (see the [module docs](super)).
pub struct Rejection<C> {
    kind: RejectionKind,
    status: StatusCode,
    explanation: String,
    catalogue: PhantomData<fn() -> C>,
}

impl<C: ErrorCatalog> Rejection<C> {
    /// A refusal of `kind`, with axum's `status` (what answers when the
    /// code declares no HTTP status) and explanation.
    pub fn of(kind: RejectionKind, status: StatusCode, explanation: String) -> Self {
        Self {
            kind,
            status,
            explanation,
            catalogue: PhantomData,
        }
    }

    /// A body's refusal: of its content type, else over the limit (413),
    /// else a malformed body.
    fn body(content_type: bool, status: StatusCode, explanation: String) -> Self {
        let kind = if content_type {
            RejectionKind::ContentType
        } else if status == StatusCode::PAYLOAD_TOO_LARGE {
            RejectionKind::BodyTooLarge
        } else {
            RejectionKind::MalformedBody
        };
        Self::of(kind, status, explanation)
    }

    /// What was refused.
    pub fn kind(&self) -> RejectionKind {
        self.kind
    }

    /// The HTTP status answered: the marked code's own (its entry's
    /// `http`), else the one axum gives the refusal.
    pub fn status(&self) -> StatusCode {
        let status = answer::rejection_status::<C>(self.kind, self.status.as_u16());
        StatusCode::from_u16(status).unwrap_or(self.status)
    }

    /// The code answered: the one marked for the kind, else
    /// [`fallback_code`](crate::http::fallback_code) of the status.
    pub fn code(&self) -> i64 {
        answer::rejection_code::<C>(self.kind, self.status.as_u16())
    }

    /// The envelope: the marked code with axum's explanation as its data,
    /// else the fallback code with the explanation as the message.
    pub fn envelope(self) -> Envelope<C> {
        answer::rejection_envelope::<C>(self.kind, self.status.as_u16(), self.explanation)
    }
}

impl<C: ErrorCatalog> std::fmt::Debug for Rejection<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rejection")
            .field("kind", &self.kind)
            .field("status", &self.status())
            .field("code", &self.code())
            .field("explanation", &self.explanation)
            .finish()
    }
}

impl<C: ErrorCatalog> IntoResponse for Rejection<C> {
    fn into_response(self) -> Response {
        let (json, envelope) =
            answer::rejection::<C>(self.kind, self.status.as_u16(), self.explanation);
        with_extension(answer(json), || Localizable::of_envelope(&envelope))
    }
}
