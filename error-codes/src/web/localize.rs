//! The axum middleware [`localize`]: catalogue errors in the language the
//! request asks for.
//!
//! A catalogue error's response (an [`Envelope`](crate::Envelope)'s
//! failure, a [`Failure`](crate::Failure), a [`Problem`]) carries, as a
//! response extension, what it was written from when its entry has
//! translations; the middleware writes the body again with the translated
//! message, and changes nothing else.

use std::borrow::ToOwned;
use std::string::String;

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::answer::Answer;

use crate::envelope::{Detail, FieldNames, Written};
use crate::{Entry, Problem};

/// What a catalogue error's response was written from.
#[derive(Clone)]
pub(crate) struct Localizable {
    entry: &'static Entry,
    body: Body,
}

#[derive(Clone)]
enum Body {
    Envelope {
        fields: FieldNames,
        code: i64,
        detail: Option<Detail>,
    },
    Problem(Problem),
}

impl Localizable {
    /// The envelope of a known failure, when its entry has translations.
    pub(crate) fn envelope(
        entry: &'static Entry,
        fields: FieldNames,
        code: i64,
        detail: Option<&Detail>,
    ) -> Option<Self> {
        if entry.translations.is_empty() {
            return None;
        }
        let detail = detail.cloned();
        let body = Body::Envelope {
            fields,
            code,
            detail,
        };
        Some(Self { entry, body })
    }

    /// A problem made of an entry that has translations.
    pub(crate) fn problem(problem: &Problem) -> Option<Self> {
        let entry = problem
            .entry()
            .filter(|entry| !entry.translations.is_empty())?;
        let body = Body::Problem(problem.clone());
        Some(Self { entry, body })
    }

    /// The body again, with `message`.
    fn body(&self, message: &'static str) -> axum::body::Body {
        let json = match &self.body {
            Body::Envelope {
                fields,
                code,
                detail,
            } => {
                let written = Written {
                    fields: *fields,
                    code: *code,
                    message,
                    detail: detail.as_ref(),
                };
                Answer::json(200, "application/json", &written)
            }
            Body::Problem(problem) => Answer::problem(&problem.clone().with_message(message)),
        };
        axum::body::Body::from(json.body)
    }
}

/// An axum middleware (`axum::middleware::from_fn(error_codes::web::localize)`)
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
    let body = localizable.body(message);
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Ok(tag) = HeaderValue::from_str(tag) {
        parts.headers.insert(header::CONTENT_LANGUAGE, tag);
    }
    Response::from_parts(parts, body)
}
