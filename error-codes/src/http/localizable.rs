//! What a catalogue error's answer was written from, kept beside it so that
//! a middleware can write it again in the language a request asks for
//! (`axum::localize`, `actix::localize`), and what such a middleware does
//! to the headers, whatever the framework.

use super::answer::Answer;
use crate::envelope::placeholder::fill;
use crate::envelope::{Detail, FieldNames, Written};
use crate::locale::{Translation, Translator};
use crate::{Entry, Envelope, ErrorCatalog, Failure, Problem};

/// What a catalogue error's response was written from.
#[derive(Clone)]
pub(crate) struct Localizable {
    pub(crate) entry: &'static Entry,
    /// Its catalogue's [`ErrorCatalog::translation_for`].
    translator: Translator,
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
        Self::envelope::<C>(entry, failure.code(), failure.detail())
    }

    /// The envelope of a known failure, when its catalogue has translations.
    pub(crate) fn envelope<C: ErrorCatalog>(
        entry: &'static Entry,
        code: i64,
        detail: Option<&Detail>,
    ) -> Option<Self> {
        let translator = Translator::of::<C>()?;
        let detail = detail.cloned();
        let fields = C::ENVELOPE;
        let body = Body::Envelope {
            fields,
            code,
            detail,
        };
        Some(Self {
            entry,
            translator,
            body,
        })
    }

    /// A problem made of a catalogue value whose catalogue has
    /// translations, whose `detail` is still the entry's message (one the
    /// handler set stays).
    pub(crate) fn problem(problem: &Problem) -> Option<Self> {
        let (entry, translator) = problem.translatable()?;
        let body = Body::Problem(problem.clone());
        Some(Self {
            entry,
            translator,
            body,
        })
    }

    /// The answer again, in `translation` (its status and headers are the
    /// framework's to keep).
    pub(crate) fn translated(&self, translation: Translation) -> Answer {
        match &self.body {
            Body::Envelope {
                fields,
                code,
                detail,
            } => {
                let message = fill(translation.message, detail.as_ref());
                let written = Written {
                    fields: *fields,
                    entry: Some(self.entry),
                    code: *code,
                    message: &message,
                    detail: detail.as_ref(),
                };
                Answer::json(200, "application/json", &written)
            }
            Body::Problem(problem) => Answer::problem(&problem.clone().translated(translation)),
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
        let code = match &self.body {
            Body::Envelope { code, .. } => *code,
            Body::Problem(problem) => problem.code,
        };
        let translation = accept.and_then(|accept| self.translator.find(code, accept));
        match translation {
            Some(translation) => Rewrite {
                language: Some(translation.language),
                body: Some(self.translated(translation).body),
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
