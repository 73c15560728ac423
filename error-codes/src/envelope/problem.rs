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
/// ([`ErrorCatalog::http_status`]), else 500; `type` is `"about:blank"`
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
    /// A URI naming the problem type (`"about:blank"` by default).
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
            kind: Cow::Borrowed("about:blank"),
            title: entry.title.map_or_else(|| detail.clone(), Cow::Borrowed),
            status: error.http_status().unwrap_or(500),
            detail,
            code: entry.code,
            entry: Some(entry),
            fields,
        }
    }

    /// The same problem in the language of `tag` (see
    /// [`Entry::message_in`](crate::Entry::message_in)): its `detail`, and
    /// its `title` where that is the message. Unchanged without a
    /// translation.
    #[must_use]
    pub fn in_language(self, tag: &str) -> Self {
        match self.entry.and_then(|entry| entry.translation(tag)) {
            Some((_, message)) => self.with_message(message),
            None => self,
        }
    }

    /// With `message` (its placeholders filled from the value's fields) as
    /// its detail, and its title where that was the entry's message.
    pub(crate) fn with_message(mut self, message: &'static str) -> Self {
        let message = super::placeholder::fill(message, self.fields.as_ref());
        if self.entry.is_some_and(|entry| entry.title.is_none()) {
            self.title = message.clone();
        }
        self.detail = message;
        self
    }

    /// Whether its `detail` is still the one its entry gives (not one set
    /// by the handler).
    #[cfg(feature = "__web")]
    pub(crate) fn says_the_entrys_message(&self) -> bool {
        let entry = self.entry.map(|entry| entry.message);
        entry.is_some_and(|message| {
            self.detail == super::placeholder::fill(message, self.fields.as_ref())
        })
    }

    /// The entry it was made of.
    #[cfg(feature = "__web")]
    #[cfg_attr(not(feature = "axum"), allow(dead_code))]
    pub(crate) fn entry(&self) -> Option<&'static crate::Entry> {
        self.entry
    }

    /// The same problem with `type` set to `uri` (for example your docs
    /// page of the code).
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.kind = uri.into();
        self
    }
}
