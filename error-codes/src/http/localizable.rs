//! What a catalogue error's answer was written from, kept beside it so that
//! a middleware can write it again in the language a request asks for
//! (axum's [`localize`](crate::axum::localize)).
// Framework-neutral; actix-web has no such middleware yet.
#![cfg_attr(not(feature = "axum"), allow(dead_code))]

use super::answer::Answer;
use crate::envelope::{Detail, FieldNames, Written};
use crate::{Entry, Problem};

/// What a catalogue error's response was written from.
#[derive(Clone)]
pub(crate) struct Localizable {
    pub(crate) entry: &'static Entry,
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

    /// A problem made of an entry that has translations, whose `detail`
    /// is still the entry's message (one the handler set stays).
    pub(crate) fn problem(problem: &Problem) -> Option<Self> {
        let entry = problem
            .entry()
            .filter(|entry| !entry.translations.is_empty())
            .filter(|entry| problem.detail == entry.message)?;
        let body = Body::Problem(problem.clone());
        Some(Self { entry, body })
    }

    /// The answer again, with `message` (its status and headers are the
    /// framework's to keep).
    pub(crate) fn with_message(&self, message: &'static str) -> Answer {
        match &self.body {
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
        }
    }
}
