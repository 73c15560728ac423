//! [`Problem`]: the RFC 9457 `application/problem+json` form of a
//! catalogue value.

use alloc::borrow::Cow;

use serde::Serialize;

use crate::ErrorCatalog;

/// The RFC 9457 `application/problem+json` form of a catalogue value:
/// `{"type", "title", "status", "detail", "instance", "code", ...}`.
///
/// `title` is the entry's title (`#[code(..., title = "...")]`), else its
/// message; `detail` the message; `status` the HTTP status
/// ([`ErrorCatalog::http_status`]), else 500; `type` is the code's
/// documentation URL ([`ErrorCatalog::docs_url`]), else `"about:blank"`,
/// until you give a URI with [`Problem::with_type`]; `instance` the
/// occurrence's URI, when you give one ([`Problem::with_instance`]); `code`
/// the catalogue code. A data variant's fields follow as extension members
/// (RFC 9457 §3.2), each under its own name (one named like a member above
/// is left out: the standard member wins). An API whose problems carry no
/// `status` or `code` member leaves them out with
/// [`without_status`](Problem::without_status) and
/// [`without_code`](Problem::without_code); [`Problem::read`] reads a
/// problem back, by its `code`, else by its `type` URL.
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A URI naming the problem type: the code's documentation URL, else
    /// `"about:blank"`.
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
    /// A URI naming this occurrence: [`Problem::with_instance`].
    pub instance: Option<Cow<'static, str>>,
    /// The entry it was made of, for its translations.
    entry: Option<&'static crate::Entry>,
    /// The value's fields: its extension members, and the placeholders of
    /// its translations.
    fields: Option<crate::Detail>,
    /// Its catalogue's translations, when it has some.
    translator: Option<crate::locale::Translator>,
    /// Its catalogue's name, for the record (features `tracing`, `metrics`).
    #[cfg(any(feature = "tracing", feature = "metrics"))]
    catalogue: &'static str,
    /// The value's retry delay ([`ErrorCatalog::retry_after`]).
    delay: Option<core::time::Duration>,
    /// Whether the body leaves out `status`, `code`.
    without: Without,
}

/// The members a problem's body leaves out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Without {
    status: bool,
    code: bool,
}

/// The members RFC 9457 defines, and the catalogue's `code`: an extension
/// member of one of these names is left out.
pub(super) const MEMBERS: [&str; 6] = ["type", "title", "status", "detail", "instance", "code"];

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
            #[cfg(any(feature = "tracing", feature = "metrics"))]
            catalogue: C::NAME,
            delay: error.retry_after(),
            instance: None,
            without: Without::default(),
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

    /// What it says, for the record (features `tracing`, `metrics`): the
    /// answer of its catalogue with its code.
    #[cfg(all(feature = "__web", any(feature = "tracing", feature = "metrics")))]
    pub(crate) fn observed(&self) -> Option<crate::observe::Observed> {
        Some(crate::observe::Observed {
            catalogue: self.catalogue,
            code: self.code,
            entry: self.entry,
            data: None,
        })
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

    /// The same problem with `instance` set to `uri`, which names this
    /// occurrence (`"/account/12345/msgs/abc"`).
    #[must_use]
    pub fn with_instance(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.instance = Some(uri.into());
        self
    }

    /// The same problem without the `status` member in its body (RFC 9457
    /// makes it optional; the answer's status line still says it).
    #[must_use]
    pub fn without_status(mut self) -> Self {
        self.without.status = true;
        self
    }

    /// The same problem without the `code` member in its body: its `type`
    /// URL names the code ([`Problem::read`] finds it by that URL).
    #[must_use]
    pub fn without_code(mut self) -> Self {
        self.without.code = true;
        self
    }

    /// The extension members: the value's fields, as written.
    #[must_use]
    pub fn extensions(&self) -> Option<&crate::Detail> {
        self.fields.as_ref()
    }

    /// Reads a problem a server of `C` sent: the code its `code` member
    /// names, else the one whose documentation URL its `type` is (an
    /// `"about:blank"` or unknown `type` without `code` is code `0`); its
    /// `detail` (else its `title`) the message; its extension members the
    /// detail. A data variant, which a code alone cannot build, is
    /// [`Failure::Unknown`](crate::Failure::Unknown) with its code, as an
    /// envelope reads it.
    ///
    /// # Errors
    ///
    /// When `body` is no JSON object, a member repeats, or `code` is no
    /// integer.
    pub fn read<C: ErrorCatalog>(body: &[u8]) -> serde_json::Result<crate::Failure<C>> {
        let sent: super::problem_read::SentProblem = serde_json::from_slice(body)?;
        Ok(sent.failure::<C>())
    }
}

impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let extensions = self.fields.as_ref().map(super::problem_read::members);
        let extensions = extensions.transpose().map_err(serde::ser::Error::custom)?;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.kind)?;
        map.serialize_entry("title", &self.title)?;
        if !self.without.status {
            map.serialize_entry("status", &self.status)?;
        }
        map.serialize_entry("detail", &self.detail)?;
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        if !self.without.code {
            map.serialize_entry("code", &self.code)?;
        }
        for (name, value) in extensions.iter().flatten() {
            if !MEMBERS.contains(&name.as_str()) {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}
