//! The axum side: `IntoResponse` for catalogues (through the derive),
//! [`Envelope`], [`Failure`] and [`Problem`]; the [`Json`] extractor and the
//! [`not_found`] fallback that answer rejections in the catalogue's envelope.

// A std module of a `#![no_std]` crate: what it takes of std's prelude.
use std::format;
use std::string::String;

use std::borrow::Cow;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::status_code;
use crate::{Envelope, ErrorCatalog, Failure, Problem};

/// The response of a catalogue value: what the derive's `IntoResponse`
/// calls.
#[doc(hidden)]
pub fn respond<C: ErrorCatalog>(error: C) -> Response {
    Envelope::<C>::error(error).into_response()
}

/// A success answers with the success entry's status, else 200; a known
/// failure with its value's ([`ErrorCatalog::status_code`]); an unknown
/// code (relayed from a peer) with 500. The body is the envelope as JSON.
impl<C: ErrorCatalog, T: Serialize> IntoResponse for Envelope<C, T> {
    fn into_response(self) -> Response {
        let status = match &self {
            Envelope::Success { .. } => C::success()
                .and_then(crate::Entry::status_code)
                .unwrap_or(StatusCode::OK),
            Envelope::Failure(failure) => failure_status(failure),
        };
        (status, axum::Json(self)).into_response()
    }
}

/// A failure as its envelope, with the status of [`Envelope`]'s answer.
impl<C: ErrorCatalog> IntoResponse for Failure<C> {
    fn into_response(self) -> Response {
        (failure_status(&self), axum::Json(self)).into_response()
    }
}

fn failure_status<C: ErrorCatalog>(failure: &Failure<C>) -> StatusCode {
    failure
        .known()
        .map_or(StatusCode::INTERNAL_SERVER_ERROR, status_code)
}

/// `application/problem+json`, with the problem's `status`.
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(self)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(Problem::CONTENT_TYPE),
        );
        response
    }
}

/// axum's `Json` extractor, whose rejections answer in catalogue `C`'s
/// envelope (see the [module docs](super)). Use it as a `T` (it derefs to
/// one), take the body with [`Json::into_inner`], or match `Json(body, _)`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T, C>(pub T, pub PhantomData<fn() -> C>);

impl<T, C> Json<T, C> {
    /// The body.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T, C> Deref for Json<T, C> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T, C> DerefMut for Json<T, C> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<S, T, C> FromRequest<S> for Json<T, C>
where
    axum::Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
    C: ErrorCatalog,
{
    type Rejection = Rejection<C>;

    async fn from_request(request: Request, state: &S) -> Result<Self, Rejection<C>> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(body)) => Ok(Json(body, PhantomData)),
            Err(rejection) => Err(Rejection::json(&rejection)),
        }
    }
}

/// The router's fallback: an unknown route answers 404 in `C`'s envelope,
/// with the code marked `rejection = "unknown-route"`.
pub async fn not_found<C: ErrorCatalog>(method: Method, uri: Uri) -> Rejection<C> {
    let explanation = format!("No route for {method} {}", uri.path());
    Rejection::new(
        StatusCode::NOT_FOUND,
        C::REJECTIONS.unknown_route,
        explanation,
    )
}

/// A request refused before its handler ran, answered in `C`'s envelope
/// with the status that says what went wrong (see the [module docs](super)).
pub struct Rejection<C> {
    status: StatusCode,
    code: Option<i64>,
    explanation: String,
    catalogue: PhantomData<fn() -> C>,
}

impl<C: ErrorCatalog> Rejection<C> {
    fn new(status: StatusCode, code: Option<i64>, explanation: String) -> Self {
        Self {
            status,
            code,
            explanation,
            catalogue: PhantomData,
        }
    }

    fn json(rejection: &JsonRejection) -> Self {
        let code = match rejection {
            JsonRejection::MissingJsonContentType(_) => C::REJECTIONS.content_type,
            _ => C::REJECTIONS.malformed_body,
        };
        Self::new(rejection.status(), code, rejection.body_text())
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The envelope: the marked code with axum's explanation as its data,
    /// else the status as the code and the explanation as the message.
    pub fn envelope(self) -> Envelope<C> {
        match self.code.and_then(C::from_code) {
            Some(error) => {
                Envelope::error_with_detail(error, serde_json::Value::String(self.explanation))
            }
            None => Envelope::Failure(Failure::Unknown {
                code: i64::from(self.status.as_u16()),
                message: Cow::Owned(self.explanation),
                detail: None,
            }),
        }
    }
}

impl<C: ErrorCatalog> std::fmt::Debug for Rejection<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rejection")
            .field("status", &self.status)
            .field("code", &self.code)
            .field("explanation", &self.explanation)
            .finish()
    }
}

impl<C: ErrorCatalog> IntoResponse for Rejection<C> {
    fn into_response(self) -> Response {
        let status = self.status;
        (status, axum::Json(self.envelope())).into_response()
    }
}
