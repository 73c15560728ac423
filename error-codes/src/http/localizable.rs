//! What a catalogue error's answer was written from, kept beside it so that
//! a middleware can write it again in the language a request asks for
//! (`axum::localize`, `actix::localize`), and what such a middleware does
//! to the headers, whatever the framework.

use super::answer::Answer;
use crate::envelope::placeholder::fill;
use crate::envelope::{Detail, FieldNames, Written};
use crate::{Entry, Envelope, ErrorCatalog, Failure, Problem};

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
    /// Of a catalogue value's answer (not the success).
    pub(crate) fn value<C: ErrorCatalog>(value: &C, detail: Option<&Detail>) -> Option<Self> {
        let entry = value.entry();
        let code = value.code();
        (!entry.success).then(|| Self::envelope(entry, C::ENVELOPE, code, detail))?
    }

    /// Of an envelope's failure; a success has no translation.
    pub(crate) fn of_envelope<C: ErrorCatalog, T>(envelope: &Envelope<C, T>) -> Option<Self> {
        match envelope {
            Envelope::Failure(failure) => Self::failure(failure),
            Envelope::Success { .. } => None,
        }
    }

    /// Of a known failure; nothing when the handler wrote a message of its
    /// own, which stays as it is.
    pub(crate) fn failure<C: ErrorCatalog>(failure: &Failure<C>) -> Option<Self> {
        let entry = failure.known()?.entry();
        if failure.message() != fill(entry.message, failure.detail()) {
            return None;
        }
        Self::envelope(entry, C::ENVELOPE, failure.code(), failure.detail())
    }

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
            .filter(|_| problem.says_the_entrys_message())?;
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
                let message = fill(message, detail.as_ref());
                let written = Written {
                    fields: *fields,
                    code: *code,
                    message: &message,
                    detail: detail.as_ref(),
                };
                Answer::json(200, "application/json", &written)
            }
            Body::Problem(problem) => Answer::problem(&problem.clone().with_message(message)),
        }
    }
}

/// What a localizing middleware does, whatever the framework: for the
/// request's `Accept-Language`, the headers to set and the body to write
/// (`None`: the body stays).
pub(crate) struct Rewrite {
    /// The `Content-Language`, when one is said.
    pub(crate) language: Option<&'static str>,
    /// The translated answer's bytes.
    pub(crate) body: Option<std::vec::Vec<u8>>,
}

impl Localizable {
    /// What `accept` (the request's `Accept-Language`) makes of this
    /// answer: the translation it picks, else the declared language.
    pub(crate) fn rewrite(&self, accept: Option<&str>) -> Rewrite {
        let translation = accept.and_then(|accept| self.entry.translation_for(accept));
        match translation {
            Some((tag, message)) => Rewrite {
                language: Some(tag),
                body: Some(self.with_message(message).body),
            },
            None => Rewrite {
                language: self.entry.language,
                body: None,
            },
        }
    }
}

/// Whether a `Vary` value already names `Accept-Language` (or `*`).
pub(crate) fn varies_on_language(vary: &str) -> bool {
    let names = vary.split(',').map(str::trim);
    names
        .into_iter()
        .any(|name| name == "*" || name.eq_ignore_ascii_case("accept-language"))
}
