//! What a web framework sends for a catalogue error, an envelope, a
//! problem or a rejection: one code path decides the status, the content
//! type and the bytes, for axum and actix-web alike.

use core::time::Duration;
use std::format;
use std::vec::Vec;

use serde::Serialize;

use std::borrow::Cow;
use std::borrow::ToOwned;
use std::string::{String, ToString};

use crate::envelope::Written;
use crate::rejection::RejectionKind;
use crate::{Envelope, ErrorCatalog, Failure, Problem};

/// An answer, before a framework writes it.
pub(crate) struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// The headers its code calls for: `Retry-After`, `WWW-Authenticate`,
    /// the catalogue's code header.
    pub headers: Vec<(&'static str, String)>,
    /// What it says, for the record (features `tracing`, `metrics`).
    #[cfg(any(feature = "tracing", feature = "metrics"))]
    pub observed: Option<crate::observe::Observed>,
}

impl Answer {
    /// `body` as JSON with `status`; a body that cannot be written (a map
    /// with non-string keys, ...) is a 500 saying why, as plain text.
    pub fn json<B: Serialize + ?Sized>(status: u16, content_type: &'static str, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(body) => Self {
                status,
                content_type,
                body,
                headers: Vec::new(),
                #[cfg(any(feature = "tracing", feature = "metrics"))]
                observed: None,
            },
            Err(error) => Self {
                status: 500,
                content_type: "text/plain; charset=utf-8",
                body: format!("Failed to serialize the response body: {error}").into_bytes(),
                headers: Vec::new(),
                #[cfg(any(feature = "tracing", feature = "metrics"))]
                observed: None,
            },
        }
    }

    /// Marked as an answer of catalogue `C` with `code`, its entry (when
    /// the catalogue declares the code) and its data,
    /// for the record (features `tracing`, `metrics`; else nothing).
    #[must_use]
    #[cfg_attr(
        not(any(feature = "tracing", feature = "metrics")),
        allow(unused_variables, clippy::extra_unused_type_parameters)
    )]
    pub fn observing<C: ErrorCatalog>(
        self,
        code: i64,
        entry: Option<&'static crate::Entry>,
        data: Option<&crate::Detail>,
    ) -> Self {
        #[cfg(any(feature = "tracing", feature = "metrics"))]
        let observed = crate::observe::Observed::of::<C>(code, entry, data.map(crate::Detail::get));
        #[cfg(any(feature = "tracing", feature = "metrics"))]
        let answered = Self {
            observed: Some(observed),
            ..self
        };
        #[cfg(not(any(feature = "tracing", feature = "metrics")))]
        let answered = self;
        answered
    }

    /// Records it, once, as it is sent (features `tracing`, `metrics`).
    #[cfg_attr(
        not(any(feature = "tracing", feature = "metrics")),
        allow(clippy::unused_self)
    )]
    pub fn record(&self) {
        #[cfg(any(feature = "tracing", feature = "metrics"))]
        if let Some(observed) = &self.observed {
            crate::observe::answered(observed, crate::observe::Transport::Http(self.status));
        }
    }

    /// With the headers an error answer of `code` carries: its entry's
    /// ([`Answer::with_entry_headers`]) and `C`'s code header.
    #[must_use]
    pub fn with_headers_of<C: ErrorCatalog>(
        self,
        entry: Option<&'static crate::Entry>,
        delay: Option<Duration>,
        code: i64,
    ) -> Self {
        let mut answer = self.with_entry_headers(entry, delay);
        if let Some(name) = C::ENVELOPE.code_header {
            answer.headers.push((name, code.to_string()));
        }
        answer
    }

    /// With `Retry-After` (the value's `delay`, else its `entry`'s
    /// seconds, in whole seconds rounded up) when its status is 429, 503 or
    /// a redirection, and its entry's `WWW-Authenticate`.
    #[must_use]
    pub fn with_entry_headers(
        mut self,
        entry: Option<&'static crate::Entry>,
        delay: Option<Duration>,
    ) -> Self {
        let seconds = entry.and_then(|entry| entry.retry_after).map(u64::from);
        let delay = delay.map(|d| d.as_secs().saturating_add(u64::from(d.subsec_nanos() > 0)));
        let retries = crate::entry::retries(self.status);
        if let Some(seconds) = delay.or(seconds).filter(|_| retries) {
            self.headers.push(("retry-after", seconds.to_string()));
        }
        if let Some(challenge) = entry.and_then(|entry| entry.www_authenticate) {
            self.headers
                .push(("www-authenticate", challenge.to_owned()));
        }
        self
    }

    /// A success with the success entry's status, else 200; a failure as
    /// [`Answer::failure`].
    pub fn envelope<C: ErrorCatalog, T: Serialize>(envelope: &Envelope<C, T>) -> Self {
        match envelope {
            Envelope::Success { .. } => {
                Self::json(success_status::<C>(), "application/json", envelope)
            }
            Envelope::Failure(failure) => Self::failure(failure),
        }
    }

    /// A known failure with its value's status (else 500); an unknown code
    /// (relayed from a peer) with 500.
    pub fn failure<C: ErrorCatalog>(failure: &Failure<C>) -> Self {
        let delay = failure.known().and_then(ErrorCatalog::retry_after);
        Self::json(failure_status(failure), "application/json", failure)
            .with_headers_of::<C>(failure.entry(), delay, failure.code())
            .observing::<C>(failure.code(), failure.entry(), failure.detail())
    }

    /// The answer of a catalogue value with its `detail` (its
    /// `__detail()`, which the caller computes once), as
    /// `Envelope::error(value)`'s: the success value a success without data.
    pub fn value<C: ErrorCatalog>(value: &C, detail: Option<&crate::Detail>) -> Self {
        Self::value_in(value, detail, None)
    }

    /// [`Answer::value`] with `message` (a translation's, placeholders
    /// unfilled) in place of the value's own message.
    pub fn value_in<C: ErrorCatalog>(
        value: &C,
        detail: Option<&crate::Detail>,
        message: Option<&'static str>,
    ) -> Self {
        if crate::envelope::is_success::<C>(value.code()) {
            let message = Cow::Borrowed(value.message());
            return Self::envelope(&Envelope::<C, ()>::Success {
                message,
                data: None,
            });
        }
        let message = message.unwrap_or_else(|| value.message());
        let message = crate::envelope::placeholder::fill(message, detail);
        let written = Written {
            fields: C::ENVELOPE,
            entry: Some(value.entry()),
            code: value.code(),
            message: &message,
            detail,
        };
        Self::json(Self::value_status(value), "application/json", &written)
            .with_headers_of::<C>(Some(value.entry()), value.retry_after(), value.code())
            .observing::<C>(value.code(), Some(value.entry()), detail)
    }

    /// The status of [`Answer::value`].
    pub fn value_status<C: ErrorCatalog>(value: &C) -> u16 {
        if crate::envelope::is_success::<C>(value.code()) {
            return success_status::<C>();
        }
        valid(value.http_status())
    }

    /// `application/problem+json`, with the problem's `status`.
    pub fn problem(problem: &Problem) -> Self {
        let status = if (100..=599).contains(&problem.status) {
            problem.status
        } else {
            500
        };
        let answer = Self::json(status, Problem::CONTENT_TYPE, problem)
            .with_entry_headers(problem.entry(), problem.delay());
        #[cfg(any(feature = "tracing", feature = "metrics"))]
        let answer = Self {
            observed: problem.observed(),
            ..answer
        };
        answer
    }
}

/// A success's status: the success entry's, else 200.
fn success_status<C: ErrorCatalog>() -> u16 {
    C::success().and_then(|entry| entry.http).unwrap_or(200)
}

fn failure_status<C: ErrorCatalog>(failure: &Failure<C>) -> u16 {
    valid(failure.known().and_then(ErrorCatalog::http_status))
}

/// A status, else 500.
fn valid(status: Option<u16>) -> u16 {
    status
        .filter(|status| (100..=599).contains(status))
        .unwrap_or(500)
}

/// The status of a refusal of `kind`: the marked code's own, else
/// `status`, the one the framework gives it.
pub(crate) fn rejection_status<C: ErrorCatalog>(kind: RejectionKind, status: u16) -> u16 {
    let entry = C::REJECTIONS.code(kind).and_then(C::lookup);
    entry.and_then(|entry| entry.http).unwrap_or(status)
}

/// The code of a refusal of `kind`: the marked one, else the status's
/// [`fallback_code`](super::fallback_code).
pub(crate) fn rejection_code<C: ErrorCatalog>(kind: RejectionKind, status: u16) -> i64 {
    C::REJECTIONS
        .code(kind)
        .unwrap_or_else(|| super::fallback_code::<C>(status))
}

/// The envelope of a refusal: the marked code with the explanation as its
/// data, else the fallback code with the explanation as the message.
pub(crate) fn rejection_envelope<C: ErrorCatalog>(
    kind: RejectionKind,
    status: u16,
    explanation: String,
) -> Envelope<C> {
    match C::REJECTIONS.code(kind).and_then(C::from_code) {
        Some(error) => Envelope::error_with_detail(error, serde_json::Value::String(explanation)),
        None => Envelope::Failure(Failure::Unknown {
            code: rejection_code::<C>(kind, status),
            symbol: None,
            message: Cow::Owned(explanation),
            detail: None,
        }),
    }
}

/// The answer of a refusal of `kind` that the framework gives `status`,
/// and the envelope it writes (a middleware may write it again).
pub(crate) fn rejection<C: ErrorCatalog>(
    kind: RejectionKind,
    status: u16,
    explanation: String,
) -> (Answer, Envelope<C>) {
    let envelope = rejection_envelope::<C>(kind, status, explanation);
    let status = rejection_status::<C>(kind, status);
    let answer = Answer::json(status, "application/json", &envelope);
    let answer = match &envelope {
        Envelope::Failure(failure) => {
            let delay = failure.known().and_then(ErrorCatalog::retry_after);
            answer
                .with_headers_of::<C>(failure.entry(), delay, failure.code())
                .observing::<C>(failure.code(), failure.entry(), failure.detail())
        }
        Envelope::Success { .. } => answer,
    };
    (answer, envelope)
}
