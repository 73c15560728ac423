//! [`Problem`]: the RFC 9457 `application/problem+json` form of a
//! catalogue value.

use alloc::borrow::Cow;

use serde::Serialize;

use crate::ErrorCatalog;

/// The RFC 9457 `application/problem+json` form of a catalogue value:
/// `{"type", "title", "status", "detail", "code"}`.
///
/// `title` is the entry's title (`#[code(..., title = "...")]`), else its
/// message; `detail` the message; `status` the HTTP status
/// ([`ErrorCatalog::http_status`]), else 500; `type` is the code's
/// documentation URL ([`ErrorCatalog::docs_url`]), else `"about:blank"`,
/// until you give a URI with [`Problem::with_type`].
///
/// ```
/// use error_codes::{ErrorCatalog, Problem};
///
/// #[derive(Debug, Clone, Copy, ErrorCatalog)]
/// enum ApiError {
///     /// Login session is missing or invalid.
///     #[code(40101, http = 401, title = "Unauthorized Session")]
///     Unauthorized,
/// }
///
/// let problem = Problem::of(&ApiError::Unauthorized);
/// assert_eq!(
///     serde_json::to_string(&problem)?,
///     r#"{"type":"about:blank","title":"Unauthorized Session","status":401,"detail":"Login session is missing or invalid.","code":40101}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// A URI naming the problem type: the code's documentation URL, else
    /// `"about:blank"`.
    #[serde(rename = "type")]
    pub kind: Cow<'static, str>,
    /// A short summary of the problem type: the entry's title, else its
    /// (formatted) message.
    pub title: Cow<'static, str>,
    /// The HTTP status.
    pub status: u16,
    /// The occurrence's explanation: the value's
    /// [formatted message](ErrorCatalog::formatted_message).
    pub detail: Cow<'static, str>,
    /// The catalogue code (an extension member).
    pub code: i64,
    /// The entry it was made of, for its translations.
    #[serde(skip)]
    entry: Option<&'static crate::Entry>,
    /// The value's fields, for the placeholders of its translations.
    #[serde(skip)]
    fields: Option<crate::Detail>,
    /// Its catalogue's translations, when it has some.
    #[serde(skip)]
    translator: Option<crate::locale::Translator>,
    /// The value's retry delay ([`ErrorCatalog::retry_after`]).
    #[serde(skip)]
    delay: Option<core::time::Duration>,
}

impl Problem {
    /// The media type of the problem form.
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The problem form of a catalogue value.
    pub fn of<C: ErrorCatalog>(error: &C) -> Self {
        let entry = error.entry();
        let fields = error.__detail();
        let detail = super::placeholder::fill(entry.message, fields.as_ref());
        Self {
            kind: Cow::Borrowed(entry.docs_url().unwrap_or("about:blank")),
            title: entry.title.map_or_else(|| detail.clone(), Cow::Borrowed),
            status: error.http_status().unwrap_or(500),
            detail,
            code: entry.code,
            entry: Some(entry),
            fields,
            translator: crate::locale::Translator::of::<C>(),
            delay: error.retry_after(),
        }
    }

    /// The same problem in the language `accept_language` picks (one tag,
    /// or a whole `Accept-Language` header: see
    /// [`ErrorCatalog::translation_for`]), with the language's tag: its
    /// `detail`, and its `title` (the translated title, else the
    /// translated message, so that no text of it stays in another
    /// language). Unchanged, and `None`, without a translation.
    #[must_use]
    pub fn translated_for(self, accept_language: &str) -> (Self, Option<&'static str>) {
        let found = self
            .translator
            .and_then(|translator| translator.find(self.code, accept_language));
        match found {
            Some(translation) => (self.translated(translation), Some(translation.language)),
            None => (self, None),
        }
    }

    /// The same problem in the language of `tag`: [`translated_for`](Self::translated_for)
    /// without the tag.
    #[must_use]
    pub fn in_language(self, tag: &str) -> Self {
        self.translated_for(tag).0
    }

    /// In `translation`: its message (placeholders filled from the value's
    /// fields) as the detail, its title else that message as the title.
    pub(crate) fn translated(mut self, translation: crate::locale::Translation) -> Self {
        let message = super::placeholder::fill(translation.message, self.fields.as_ref());
        self.title = translation
            .title
            .map_or_else(|| message.clone(), Cow::Borrowed);
        self.detail = message;
        self
    }

    /// The entry it was made of.
    #[cfg(feature = "__web")]
    pub(crate) fn entry(&self) -> Option<&'static crate::Entry> {
        self.entry
    }

    /// The value's retry delay.
    #[cfg(feature = "__web")]
    pub(crate) fn delay(&self) -> Option<core::time::Duration> {
        self.delay
    }

    /// Its entry and its catalogue's translations, when it has some and its
    /// `detail` is still the one its entry gives (not one set by the
    /// handler, which stays).
    #[cfg(feature = "__web")]
    #[cfg_attr(not(feature = "axum"), allow(dead_code))]
    pub(crate) fn translatable(
        &self,
    ) -> Option<(&'static crate::Entry, crate::locale::Translator)> {
        let entry = self.entry?;
        let fill = super::placeholder::fill(entry.message, self.fields.as_ref());
        (self.detail == fill).then_some((entry, self.translator?))
    }

    /// The same problem with `type` set to `uri` (for example your docs
    /// page of the code).
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.kind = uri.into();
        self
    }
}
