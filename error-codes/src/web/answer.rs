//! What a web framework sends for a catalogue error, an envelope, a
//! problem or a rejection: one code path decides the status, the content
//! type and the bytes, for axum and actix-web alike.

use std::format;
use std::vec::Vec;

use serde::Serialize;

use crate::{Envelope, ErrorCatalog, Failure, Problem};

/// An answer, before a framework writes it.
pub(crate) struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
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
            },
            Err(error) => Self {
                status: 500,
                content_type: "text/plain; charset=utf-8",
                body: format!("Failed to serialize the response body: {error}").into_bytes(),
            },
        }
    }

    /// A success with the success entry's status, else 200; a failure as
    /// [`Answer::failure`].
    pub fn envelope<C: ErrorCatalog, T: Serialize>(envelope: &Envelope<C, T>) -> Self {
        let status = match envelope {
            Envelope::Success { .. } => C::success().and_then(|entry| entry.http).unwrap_or(200),
            Envelope::Failure(failure) => failure_status(failure),
        };
        Self::json(status, "application/json", envelope)
    }

    /// A known failure with its value's status (else 500); an unknown code
    /// (relayed from a peer) with 500.
    pub fn failure<C: ErrorCatalog>(failure: &Failure<C>) -> Self {
        Self::json(failure_status(failure), "application/json", failure)
    }

    /// `application/problem+json`, with the problem's `status`.
    pub fn problem(problem: &Problem) -> Self {
        let status = if (100..=599).contains(&problem.status) {
            problem.status
        } else {
            500
        };
        Self::json(status, Problem::CONTENT_TYPE, problem)
    }
}

fn failure_status<C: ErrorCatalog>(failure: &Failure<C>) -> u16 {
    let status = failure.known().and_then(ErrorCatalog::http_status);
    status
        .filter(|status| (100..=599).contains(status))
        .unwrap_or(500)
}
