//! Docs export: any catalogue as a Markdown page or as JSON, from the same
//! static tables the code uses, so the docs cannot drift from the code.
//!
//! ```
//! use error_codes::{ErrorCatalog, docs};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(module(name = "auth", title = "Auth", ranges(40001..=40111)))]
//! enum AuthError {
//!     /// Image captcha is invalid.
//!     #[code(40001, http = 400, help = "Refresh captcha and try again.")]
//!     InvalidCaptcha,
//! }
//!
//! let page = docs::markdown::<AuthError>();
//! assert!(page.starts_with("# AuthError\n"));
//! assert!(page.contains("\n## Auth\n"));
//! assert!(page.contains("| 40001 | Image captcha is invalid. | 400 | INVALID_ARGUMENT | Refresh captcha and try again. |"));
//!
//! let json: serde_json::Value = serde_json::from_str(&docs::json::<AuthError>()).unwrap();
//! assert_eq!(json["entries"][0]["message"], "Image captcha is invalid.");
//! assert_eq!(json["modules"][0]["ranges"][0]["end"], 40111);
//! ```

#[cfg(feature = "std")]
mod generated;
#[cfg(feature = "alloc")]
mod html;
#[cfg(feature = "alloc")]
mod typescript;
#[cfg(feature = "alloc")]
mod typescript_kit;
#[cfg(feature = "std")]
pub use generated::{check_generated, verify_generated};
#[cfg(feature = "alloc")]
pub use html::Html;

#[cfg(feature = "alloc")]
use alloc::{string::String, string::ToString, vec::Vec};
use core::fmt::{self, Formatter};
#[cfg(feature = "alloc")]
use core::fmt::{Display, Write as _};

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::{CodeRange, Entry, ErrorCatalog, Module};

/// The Markdown page of a catalogue; see [`Catalogue::markdown`].
#[must_use]
#[cfg(feature = "alloc")]
pub fn markdown<C: ErrorCatalog>() -> String {
    Catalogue::of::<C>().markdown().to_string()
}

/// The TypeScript module of a catalogue; see [`Catalogue::typescript`].
#[must_use]
#[cfg(feature = "alloc")]
pub fn typescript<C: ErrorCatalog>() -> String {
    Catalogue::of::<C>().typescript()
}

/// The Markdown page of a catalogue in the language of `tag`; see
/// [`Catalogue::markdown_in`].
#[must_use]
#[cfg(feature = "alloc")]
pub fn markdown_in<C: ErrorCatalog>(tag: &str) -> String {
    Catalogue::of::<C>().markdown_in(tag).to_string()
}

/// The reference page of a catalogue; see [`Catalogue::html`].
#[must_use]
#[cfg(feature = "alloc")]
pub fn html<C: ErrorCatalog>() -> String {
    Catalogue::of::<C>().html().to_string()
}

/// The reference page of a catalogue, first shown in the language of
/// `tag`; see [`Catalogue::html_in`].
#[must_use]
#[cfg(feature = "alloc")]
pub fn html_in<C: ErrorCatalog>(tag: &str) -> String {
    Catalogue::of::<C>().html_in(tag).to_string()
}

/// The JSON document of a catalogue, pretty-printed; see [`Catalogue::to_json`].
#[must_use]
#[cfg(feature = "alloc")]
pub fn json<C: ErrorCatalog>() -> String {
    Catalogue::of::<C>().to_json()
}

/// A catalogue seen through its static tables, without its type: what a tool
/// needs to search or render several catalogues alike (see
/// [`catalogues::SHIPPED`](crate::catalogues::SHIPPED)).
///
/// It serialises (with serde) as `{"name", "success", "modules", "entries",
/// "retired"}`: the code its envelopes answer success with (the same as
/// [`Catalogue::success_code`] and the envelope; `null` for an errors-only
/// catalogue, then also `"errors_only": true`), the modules with their
/// ranges, every entry with all its fields, sorted by code, and the retired
/// ranges (`{"start", "end"}`).
#[derive(Clone, Copy)]
pub struct Catalogue {
    pub(crate) name: &'static str,
    pub(crate) entries: &'static [Entry],
    pub(crate) modules: &'static [Module],
    pub(crate) retired: &'static [CodeRange],
    pub(crate) lookup: fn(i64) -> Option<&'static Entry>,
    pub(crate) module_of: fn(i64) -> Option<&'static Module>,
    pub(crate) success: fn() -> Option<&'static Entry>,
    pub(crate) success_code: fn() -> Option<i64>,
    pub(crate) errors_only: bool,
    #[cfg_attr(not(feature = "alloc"), allow(dead_code))]
    pub(crate) envelope: crate::envelope::FieldNames,
    pub(crate) locales: &'static [&'static str],
    #[cfg_attr(not(feature = "alloc"), allow(dead_code))]
    pub(crate) language: Option<&'static str>,
    #[cfg_attr(not(feature = "alloc"), allow(dead_code))]
    pub(crate) translation: fn(i64, &str) -> Option<crate::locale::Translation>,
    #[cfg_attr(not(feature = "alloc"), allow(dead_code))]
    pub(crate) rejections: crate::rejection::Rejections,
    #[cfg_attr(not(feature = "alloc"), allow(dead_code))]
    pub(crate) fallback: fn(u16) -> i64,
}

impl Catalogue {
    /// The catalogue `C`.
    #[must_use]
    pub const fn of<C: ErrorCatalog>() -> Self {
        Self {
            name: C::NAME,
            entries: C::ENTRIES,
            modules: C::MODULES,
            retired: C::RETIRED,
            lookup: C::lookup,
            module_of: C::module_of,
            success: C::success,
            success_code: crate::envelope::success_code::<C>,
            errors_only: C::ERRORS_ONLY,
            envelope: C::ENVELOPE,
            locales: C::LOCALES,
            language: C::LANGUAGE,
            translation: C::translation_for,
            rejections: C::REJECTIONS,
            fallback: crate::http::fallback_code::<C>,
        }
    }

    /// The codes a refused request is answered with where the catalogue
    /// marks no code for the refusal's kind: each kind, each status it is
    /// answered with, and the [`fallback_code`](crate::http::fallback_code)
    /// of that status.
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn rejection_codes(&self) -> Vec<(crate::rejection::RejectionKind, u16, i64)> {
        let unmarked = crate::rejection::RejectionKind::ALL
            .into_iter()
            .filter(|&kind| self.rejections.code(kind).is_none());
        unmarked
            .flat_map(|kind| kind.statuses().iter().map(move |&status| (kind, status)))
            .map(|(kind, status)| (kind, status, (self.fallback)(status)))
            .collect()
    }

    /// [`ErrorCatalog::LOCALES`]: the languages its messages are translated into.
    #[must_use]
    pub const fn locales(&self) -> &'static [&'static str] {
        self.locales
    }

    /// [`ErrorCatalog::NAME`].
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// [`ErrorCatalog::entries`]: every entry, sorted by code.
    #[must_use]
    pub const fn entries(&self) -> &'static [Entry] {
        self.entries
    }

    /// [`ErrorCatalog::modules`]: the declared modules, in declaration order.
    #[must_use]
    pub const fn modules(&self) -> &'static [Module] {
        self.modules
    }

    /// [`ErrorCatalog::RETIRED`]: the codes never to be declared again.
    #[must_use]
    pub const fn retired(&self) -> &'static [CodeRange] {
        self.retired
    }

    /// [`ErrorCatalog::lookup`]: the entry of a declared code.
    #[must_use]
    pub fn lookup(&self, code: i64) -> Option<&'static Entry> {
        (self.lookup)(code)
    }

    /// [`ErrorCatalog::module_of`]: the module of a raw code.
    #[must_use]
    pub fn module_of(&self, code: i64) -> Option<&'static Module> {
        (self.module_of)(code)
    }

    /// [`ErrorCatalog::success`]: the success entry, if any (in a
    /// composition, the composing enum's own, never a composed catalogue's).
    #[must_use]
    pub fn success(&self) -> Option<&'static Entry> {
        (self.success)()
    }

    /// The code its envelopes answer success with: the success entry's,
    /// else [`DEFAULT_SUCCESS_CODE`](crate::envelope::DEFAULT_SUCCESS_CODE);
    /// `None` for an errors-only catalogue, whose successes have no code.
    #[must_use]
    pub fn success_code(&self) -> Option<i64> {
        (self.success_code)()
    }

    /// [`ErrorCatalog::ERRORS_ONLY`]: no success code, every code an error.
    #[must_use]
    pub const fn errors_only(&self) -> bool {
        self.errors_only
    }

    /// The catalogue as a Markdown page, written by its [`Display`] impl: the
    /// name as the title, then a table of the entries outside any module, then
    /// each module as a heading (its title, else its name) with its ranges and
    /// description, its groups as sub-headings, and last the retired codes.
    /// Each table has only the columns that some of its entries fill: code
    /// and message always, then symbol (when declared), name (`title`), HTTP,
    /// the gRPC code (always: every entry is sent with one, see
    /// [`grpc`](crate::grpc)), help and deprecated (the note of
    /// `#[deprecated]`).
    #[must_use]
    #[cfg(feature = "alloc")]
    pub const fn markdown(&self) -> Markdown<'static> {
        Markdown {
            catalogue: *self,
            locale: None,
        }
    }

    /// The same page with each message, title and help in the language
    /// `tag` picks ([`ErrorCatalog::translation_for`], matched over the
    /// whole catalogue's languages), else as declared.
    #[must_use]
    #[cfg(feature = "alloc")]
    pub const fn markdown_in<'a>(&self, tag: &'a str) -> Markdown<'a> {
        Markdown {
            catalogue: *self,
            locale: Some(tag),
        }
    }

    /// The catalogue as one self-contained HTML page, written by its
    /// [`Display`] impl: no external asset, so it works offline and from a
    /// file. Each module is a section (`id="module-auth"`, linked from the
    /// page's top), each code a table row whose `id` is the code (`#40101`:
    /// a `docs_url = "https://api.example.com/errors#{code}"` template can
    /// point at it) with its symbol, name (`title`), message, HTTP status,
    /// gRPC code and help, and under the message its success, deprecation
    /// and description; the retired codes come last. The texts are in every
    /// language of the catalogue, with a switch; a search box filters the
    /// rows as one types. All text is escaped: nothing in a catalogue
    /// becomes markup.
    ///
    /// ```
    /// use error_codes::{ErrorCatalog, docs::Catalogue};
    ///
    /// #[derive(Debug, ErrorCatalog)]
    /// #[catalog(module(name = "auth", title = "Auth", ranges(40100..=40199)))]
    /// enum AuthError {
    ///     /// Login session is missing or invalid.
    ///     #[code(40101, http = 401, help = "Log in <again>.")]
    ///     Unauthorized,
    /// }
    ///
    /// let page = Catalogue::of::<AuthError>().html().to_string();
    /// assert!(page.starts_with("<!DOCTYPE html>"));
    /// assert!(page.contains("<section id=\"module-auth\" data-codes>"));
    /// assert!(page.contains("<tr id=\"40101\">"));
    /// assert!(page.contains("Log in &lt;again&gt;."));
    /// ```
    #[must_use]
    #[cfg(feature = "alloc")]
    pub const fn html(&self) -> Html<'static> {
        Html {
            catalogue: *self,
            locale: None,
        }
    }

    /// The same page, first shown in the language `tag` picks among the
    /// catalogue's (as [`markdown_in`](Self::markdown_in) does); the switch
    /// still offers the others.
    #[must_use]
    #[cfg(feature = "alloc")]
    pub const fn html_in<'a>(&self, tag: &'a str) -> Html<'a> {
        Html {
            catalogue: *self,
            locale: Some(tag),
        }
    }

    /// An entry's texts in each of the catalogue's languages that
    /// translates it in that very language (a composition's own files
    /// first, then the part's), in the order of the languages.
    #[cfg(feature = "alloc")]
    fn translations_of(&self, entry: &Entry) -> Vec<Translation> {
        let found = self.locales.iter().filter_map(|tag| {
            let translation = (self.translation)(entry.code, tag)?;
            (translation.language == *tag).then_some(translation)
        });
        found.collect()
    }

    /// The modules a page has a section for: the catalogue's own, then
    /// those of composed catalogues in the order of their first code.
    #[cfg(feature = "alloc")]
    fn sections(&self) -> Vec<&'static Module> {
        let mut sections: Vec<&'static Module> = self.modules.iter().collect();
        for module in self.entries.iter().filter_map(|entry| self.home(entry)) {
            if !sections.contains(&module) {
                sections.push(module);
            }
        }
        sections
    }

    /// The module an entry is listed under, as `module_of` gives it: in a
    /// composition, a composed catalogue's module.
    #[cfg(feature = "alloc")]
    fn home(&self, entry: &Entry) -> Option<&'static Module> {
        entry.module.and(self.module_of(entry.code))
    }

    /// A declared body shape (`envelope(under = "error", ...)`) or code
    /// header, shown: the code of its first error without data (else its
    /// first error) and the body it answers with, by the writer answers
    /// use. `None` for the plain envelope.
    #[cfg(feature = "alloc")]
    fn example_body(&self) -> Option<(i64, String)> {
        let fields = self.envelope;
        if fields.shape.is_plain() && fields.code_header.is_none() {
            return None;
        }
        let errors = || self.entries.iter().filter(|entry| !entry.success);
        let entry = errors()
            .find(|entry| entry.data.is_empty())
            .or_else(|| errors().next())?;
        let written = crate::envelope::Written {
            fields,
            entry: Some(entry),
            code: entry.code,
            message: entry.message,
            detail: None,
        };
        let body = serde_json::to_string_pretty(&written).ok()?;
        Some((entry.code, body))
    }

    /// The catalogue as pretty-printed JSON (see the type's documentation
    /// for the shape).
    #[must_use]
    #[cfg(feature = "alloc")]
    pub fn to_json(&self) -> String {
        // Serialising static strings and integers into a `String` cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue")
            .field("name", &self.name)
            .field("entries", &self.entries.len())
            .field("modules", &self.modules.len())
            .finish_non_exhaustive()
    }
}

impl Serialize for Catalogue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[cfg(feature = "alloc")]
        let shaped = !self.envelope.shape.is_plain() || self.envelope.code_header.is_some();
        #[cfg(not(feature = "alloc"))]
        let shaped = false;
        let fields = 5
            + usize::from(self.errors_only)
            + usize::from(!self.locales.is_empty())
            + usize::from(shaped);
        let mut document = serializer.serialize_struct("Catalogue", fields)?;
        document.serialize_field("name", self.name)?;
        document.serialize_field("success", &self.success_code())?;
        if self.errors_only {
            document.serialize_field("errors_only", &true)?;
        }
        #[cfg(feature = "alloc")]
        if shaped {
            document.serialize_field("envelope", &Shaped(self.envelope))?;
        }
        document.serialize_field("modules", self.modules)?;
        if !self.locales.is_empty() {
            document.serialize_field("locales", self.locales)?;
        }
        #[cfg(feature = "alloc")]
        document.serialize_field("entries", &Translated(self))?;
        #[cfg(not(feature = "alloc"))]
        document.serialize_field("entries", self.entries)?;
        document.serialize_field("retired", self.retired)?;
        document.end()
    }
}

/// A shaped envelope as the JSON export describes it: its field names and
/// the shape keys as `envelope(...)` declares them (`"under"`,
/// `"code_is": "symbol"`, `"status"`, `"fields": {"ok": false}`,
/// `"without": ["data"]`, `"code_header"`, ...).
#[cfg(feature = "alloc")]
struct Shaped(crate::envelope::FieldNames);

#[cfg(feature = "alloc")]
impl Serialize for Shaped {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let fields = self.0;
        let shape = fields.shape;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", fields.code)?;
        let without = [
            (shape.without_message, "message"),
            (shape.without_data, "data"),
        ];
        if !shape.without_message {
            map.serialize_entry("message", fields.message)?;
        }
        if !shape.without_data {
            map.serialize_entry("data", fields.data)?;
        }
        let keys = [
            ("code_is", shape.code_is_symbol.then_some("symbol")),
            ("status_is", shape.status_is_string.then_some("string")),
            ("code_header", fields.code_header),
        ];
        for (key, value) in shape.named().into_iter().chain(keys) {
            if let Some(value) = value {
                map.serialize_entry(key, value)?;
            }
        }
        if !shape.constants.is_empty() {
            let constants = shape.constants.iter().map(|(name, json)| {
                let value: Option<&serde_json::value::RawValue> = serde_json::from_str(json).ok();
                (*name, value)
            });
            map.serialize_entry("fields", &Constants(constants.collect()))?;
        }
        let left_out: Vec<&str> = without
            .iter()
            .filter(|(w, _)| *w)
            .map(|(_, n)| *n)
            .collect();
        if !left_out.is_empty() {
            map.serialize_entry("without", &left_out)?;
        }
        if fields.flatten {
            map.serialize_entry("flatten", &true)?;
        }
        map.end()
    }
}

/// The constant fields, as a JSON object.
#[cfg(feature = "alloc")]
struct Constants<'a>(Vec<(&'static str, Option<&'a serde_json::value::RawValue>)>);

#[cfg(feature = "alloc")]
impl Serialize for Constants<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().copied())
    }
}

/// Entries as JSON, each with its `"translations": {"zh-CN": "..."}` (and
/// `"title_translations"`, `"help_translations"`) when it has some: in each of the catalogue's languages, the message its
/// code answers with in that very language (a composition's own files
/// first, then the part's). serde's `flatten` needs `alloc`.
#[cfg(feature = "alloc")]
struct Translated<'c>(&'c Catalogue);

#[cfg(feature = "alloc")]
use crate::locale::Translation;

#[cfg(feature = "alloc")]
impl Serialize for Translated<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WithTranslations {
            #[serde(flatten)]
            entry: &'static Entry,
            #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_map")]
            translations: Vec<(&'static str, &'static str)>,
            #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_map")]
            title_translations: Vec<(&'static str, &'static str)>,
            #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_map")]
            help_translations: Vec<(&'static str, &'static str)>,
        }
        let catalogue = self.0;
        let texts = |entry: &Entry| catalogue.translations_of(entry);
        let column = |texts: &[Translation], text: fn(&Translation) -> Option<&'static str>| {
            let found = texts.iter().filter_map(|t| Some((t.language, text(t)?)));
            found.collect()
        };
        serializer.collect_seq(catalogue.entries.iter().map(|entry| {
            let texts = texts(entry);
            WithTranslations {
                entry,
                translations: column(&texts, |t| Some(t.message)),
                title_translations: column(&texts, |t| t.title),
                help_translations: column(&texts, |t| t.help),
            }
        }))
    }
}

/// `[("fr", "..."), ...]` as a JSON object.
#[cfg(feature = "alloc")]
fn as_map<S: Serializer>(
    pairs: &[(&'static str, &'static str)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().copied())
}

/// The Markdown page of a catalogue: format it, or write it with
/// `write!`; see [`Catalogue::markdown`].
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, Copy)]
pub struct Markdown<'a> {
    catalogue: Catalogue,
    locale: Option<&'a str>,
}

#[cfg(feature = "alloc")]
impl Display for Markdown<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let catalogue = &self.catalogue;
        let tag = self.locale;
        writeln!(f, "# {}", text(catalogue.name))?;
        if let Some(tag) = tag {
            writeln!(
                f,
                "\nMessages, titles and help in `{tag}` where translated, else as the catalogue \
                 writes them."
            )?;
        }
        let find = catalogue.translation;
        let translated = |entry: &Entry| tag.and_then(|tag| find(entry.code, tag));
        let locale: Texts<'_> = &translated;
        match (catalogue.success_code(), catalogue.success()) {
            (None, _) => writeln!(
                f,
                "\nNo success code: every code is an error; a success is the bare body."
            )?,
            (Some(code), Some(_)) => writeln!(f, "\nSuccess code: {code}.")?,
            (Some(code), None) => writeln!(
                f,
                "\nSuccess code: {code} (no entry is marked `success`: the envelope's default)."
            )?,
        }
        write_body(f, catalogue)?;
        // Entries without a module are listed first, outside any.
        let home = |entry: &Entry| catalogue.home(entry);
        let sections = catalogue.sections();
        let outside = |entry: &&Entry| home(entry).is_none();
        write_section(f, catalogue.entries.iter().filter(outside), 2, locale)?;
        for module in sections {
            writeln!(f, "\n## {}", text(module.title.unwrap_or(module.name)))?;
            write!(f, "\nModule {}, codes ", code(module.name))?;
            write_ranges(f, module.ranges)?;
            writeln!(f, ".")?;
            if let Some(description) = module.description {
                writeln!(f, "\n{}", text(description))?;
            }
            let members = |entry: &&Entry| home(entry) == Some(module);
            write_section(f, catalogue.entries.iter().filter(members), 3, locale)?;
        }
        write_retired(f, catalogue.retired)
    }
}

/// A declared body shape or code header, shown
/// ([`Catalogue::example_body`]) in a fenced block no backtick run of the
/// body can close. Nothing for the plain envelope.
#[cfg(feature = "alloc")]
fn write_body(f: &mut Formatter<'_>, catalogue: &Catalogue) -> fmt::Result {
    let Some((answered, body)) = catalogue.example_body() else {
        return Ok(());
    };
    let longest = body.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    writeln!(f, "\nAn error's body, as code {answered} answers it:")?;
    writeln!(f, "\n{fence}json\n{body}\n{fence}")?;
    if let Some(header) = catalogue.envelope.code_header {
        writeln!(f, "\nThe code also goes in the {} header.", code(header))?;
    }
    Ok(())
}

/// "## Retired codes": published once, never to be declared again.
#[cfg(feature = "alloc")]
fn write_retired(f: &mut Formatter<'_>, retired: &[CodeRange]) -> fmt::Result {
    if retired.is_empty() {
        return Ok(());
    }
    f.write_str(
        "
## Retired codes

Published once, never to be declared again: ",
    )?;
    write_ranges(f, retired)?;
    writeln!(f, ".")
}

/// `40001\u{2013}40111, 50011`.
#[cfg(feature = "alloc")]
fn write_ranges(f: &mut Formatter<'_>, ranges: &[CodeRange]) -> fmt::Result {
    for (index, range) in ranges.iter().enumerate() {
        let separator = if index == 0 { "" } else { ", " };
        if range.start == range.end {
            write!(f, "{separator}{}", range.start)?;
        } else {
            write!(f, "{separator}{}\u{2013}{}", range.start, range.end)?;
        }
    }
    Ok(())
}

/// The entries of one section: those without a group in one table, then each
/// group (in the order of its first code) as a heading of `level` and a table.
#[cfg(feature = "alloc")]
fn write_section<'a>(
    f: &mut Formatter<'_>,
    entries: impl Iterator<Item = &'a Entry> + Clone,
    level: usize,
    locale: Texts<'_>,
) -> fmt::Result {
    write_table(
        f,
        entries.clone().filter(|entry| entry.group.is_none()),
        locale,
    )?;
    for group in groups(entries.clone()) {
        writeln!(f, "\n{} {}", "#".repeat(level), text(group))?;
        write_table(
            f,
            entries.clone().filter(|entry| entry.group == Some(group)),
            locale,
        )?;
    }
    Ok(())
}

/// The groups of these entries, each once, in the order of its first code.
#[cfg(feature = "alloc")]
fn groups<'a>(entries: impl Iterator<Item = &'a Entry>) -> Vec<&'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    for group in entries.filter_map(|entry| entry.group) {
        if !seen.contains(&group) {
            seen.push(group);
        }
    }
    seen
}

/// Which optional columns a table of entries has: those some of its
/// entries fill (code, message and gRPC are always there).
#[cfg(feature = "alloc")]
struct Columns {
    symbol: bool,
    title: bool,
    http: bool,
    help: bool,
    deprecated: bool,
}

#[cfg(feature = "alloc")]
impl Columns {
    fn of<'a>(entries: impl Iterator<Item = &'a Entry> + Clone) -> Self {
        let any = |has: fn(&Entry) -> bool| entries.clone().any(has);
        Self {
            symbol: any(Entry::has_declared_symbol),
            title: any(|entry| entry.title.is_some()),
            http: any(|entry| entry.http.is_some()),
            help: any(|entry| entry.help.is_some()),
            deprecated: any(|entry| entry.deprecated.is_some()),
        }
    }

    /// The headers of the columns shown after the code, in order.
    fn headers(&self) -> impl Iterator<Item = &'static str> {
        [
            (self.symbol, "Symbol"),
            (self.title, "Name"),
            (true, "Message"),
            (self.http, "HTTP"),
            (true, "gRPC"),
            (self.help, "Help"),
            (self.deprecated, "Deprecated"),
        ]
        .into_iter()
        .filter_map(|(shown, header)| shown.then_some(header))
    }
}

/// What a page in one language writes of an entry: its translation.
#[cfg(feature = "alloc")]
type Texts<'a> = &'a dyn Fn(&Entry) -> Option<crate::locale::Translation>;

#[cfg(feature = "alloc")]
fn write_table<'a>(
    f: &mut Formatter<'_>,
    entries: impl Iterator<Item = &'a Entry> + Clone,
    locale: Texts<'_>,
) -> fmt::Result {
    let mut rows = entries.clone().peekable();
    if rows.peek().is_none() {
        return Ok(());
    }
    let columns = Columns::of(entries.clone());

    f.write_str("\n| Code |")?;
    let mut rule = String::from("|---|");
    for header in columns.headers() {
        write!(f, " {header} |")?;
        rule.push_str("---|");
    }
    writeln!(f, "\n{rule}")?;
    for entry in rows {
        let translation = locale(entry);
        let texts = translation.map_or((entry.title, entry.help), |t| {
            (t.title.or(entry.title), t.help.or(entry.help))
        });
        match entry.docs_url() {
            Some(url) => write!(f, "| [{}](<{}>) |", entry.code, destination(url))?,
            None => write!(f, "| {} |", entry.code)?,
        }
        if columns.symbol {
            write!(f, " {} |", text(entry.symbol))?;
        }
        if columns.title {
            write!(f, " {} |", text(texts.0.unwrap_or_default()))?;
        }
        let message = translation.map_or(entry.message, |t| t.message);
        write!(f, " {} |", text(message))?;
        if columns.http {
            match entry.http {
                Some(status) => write!(f, " {status} |")?,
                None => f.write_str("  |")?,
            }
        }
        write!(f, " {} |", entry.grpc)?;
        if columns.help {
            write!(f, " {} |", text(texts.1.unwrap_or_default()))?;
        }
        if columns.deprecated {
            match entry.deprecated {
                Some("") => f.write_str(" yes |")?,
                Some(note) => write!(f, " {} |", text(note))?,
                None => f.write_str("  |")?,
            }
        }
        f.write_char('\n')?;
    }
    write_descriptions(f, entries)
}

/// A URL as a CommonMark link destination in angle brackets, inside a
/// table cell: what would end the destination or the cell (`<`, `>`, a
/// line break, `|`), a backslash and a space, percent-encoded.
#[cfg(feature = "alloc")]
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '<' | '>' | '|' | '\\' | ' ' | '\n' | '\r' => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    let _ = write!(out, "%{byte:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// After a table, each described entry's description, as written (it is
/// Markdown already): `` **`40101`** ...``.
#[cfg(feature = "alloc")]
fn write_descriptions<'a>(
    f: &mut Formatter<'_>,
    entries: impl Iterator<Item = &'a Entry>,
) -> fmt::Result {
    for entry in entries {
        if let Some(description) = entry.description {
            write!(f, "\n**`{}`** {}\n", entry.code, no_html(description))?;
        }
    }
    Ok(())
}

/// What ends a line, in Markdown and in TypeScript (whose line comments
/// and string literals U+2028 and U+2029 end too): written as a space where
/// a text must stay on one line.
#[cfg(feature = "alloc")]
const LINE_BREAKS: [char; 4] = ['\r', '\n', '\u{2028}', '\u{2029}'];

/// Plain text in a Markdown table cell or heading: what it shows is the
/// text, whatever it holds. Every ASCII punctuation character that can
/// start markup (emphasis, code, links, raw HTML, entities, a table's `|`,
/// a heading's closing `#`) is escaped with a backslash, which CommonMark
/// renders as the character itself; line breaks become spaces (a cell and a
/// heading are one line).
#[cfg(feature = "alloc")]
fn text(value: &str) -> impl Display + '_ {
    struct Plain<'a>(&'a str);
    impl Display for Plain<'_> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            for c in self.0.chars() {
                match c {
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '#'
                    | '!' => write!(f, "\\{c}")?,
                    c if LINE_BREAKS.contains(&c) => f.write_str(" ")?,
                    c => write!(f, "{c}")?,
                }
            }
            Ok(())
        }
    }
    Plain(value)
}

/// Plain text as a code span: fenced by one more backtick than its longest
/// run of them, padded when it starts or ends with one; line breaks as
/// spaces.
#[cfg(feature = "alloc")]
fn code(value: &str) -> String {
    let longest = value.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.saturating_add(1));
    let one_line = value.replace(LINE_BREAKS, " ");
    let pad = if value.starts_with('`') || value.ends_with('`') {
        " "
    } else {
        ""
    };
    alloc::format!("{fence}{pad}{one_line}{pad}{fence}")
}

/// A doc comment's Markdown, with raw HTML made text: each `<` outside a
/// code span or a fenced block, and not opening an autolink
/// (`<https://...>`), is escaped, so that no tag or comment in a
/// description becomes an element of the page.
#[cfg(feature = "alloc")]
fn no_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut fenced = false;
    for line in markdown.split_inclusive('\n') {
        let fence = line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~");
        if fence || fenced {
            fenced ^= fence;
            out.push_str(line);
            continue;
        }
        escape_tags(line, &mut out);
    }
    out
}

/// [`no_html`] of one line outside a fenced block.
#[cfg(feature = "alloc")]
fn escape_tags(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(at) = rest.find(['`', '<']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('`') {
            let run = rest.len() - rest.trim_start_matches('`').len();
            let fence = &rest[..run];
            // A code span: to the next run of exactly as many backticks.
            let close = rest[run..].match_indices(fence).find(|(i, _)| {
                let after = &rest[run + i + run..];
                !after.starts_with('`') && !rest[..run + i].ends_with('`')
            });
            let end = close.map_or(run, |(i, _)| run + i + run);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            if !autolink(rest) {
                out.push('\\');
            }
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
}

/// Whether `text` starts with a CommonMark URI autolink: `<`, a scheme of 2
/// to 32 characters, `:`, then no space, `<` or `>` up to a `>`.
#[cfg(feature = "alloc")]
fn autolink(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('<') else {
        return false;
    };
    let Some((scheme, rest)) = inner.split_once(':') else {
        return false;
    };
    let scheme_ok = (2..=32).contains(&scheme.len())
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'));
    let end = rest.find(|c: char| c == '>' || c == '<' || c.is_whitespace() || c.is_control());
    scheme_ok && end.is_some_and(|end| rest[end..].starts_with('>'))
}

/// Whether JavaScript holds `code` exactly: within ±(2^53 − 1), where
/// `JSON.parse` gives each integer a number of its own. The TypeScript
/// module keeps the others apart, and the OpenAPI document says so.
#[cfg(feature = "alloc")]
pub(crate) const fn exact_in_javascript(code: i64) -> bool {
    const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;
    -MAX_SAFE_INTEGER <= code && code <= MAX_SAFE_INTEGER
}

#[cfg(test)]
mod tests {
    use super::{code, no_html, text};

    #[test]
    fn cells_escape_markup_and_line_breaks() {
        assert_eq!(text("a|b\nc").to_string(), "a\\|b c");
        assert_eq!(text("plain `code`").to_string(), "plain \\`code\\`");
        assert_eq!(text("|").to_string(), "\\|");
        assert_eq!(text("<!-- x -->").to_string(), "\\<\\!-- x --\\>");
    }

    #[test]
    fn descriptions_keep_markdown_but_no_html() {
        let cases = [
            ("a <b>bold</b>", "a \\<b>bold\\</b>"),
            ("see <https://example.com/x>", "see <https://example.com/x>"),
            ("`a<b` and <i>", "`a<b` and \\<i>"),
            ("``x ` <y>`` <z>", "``x ` <y>`` \\<z>"),
            ("```\n<kept>\n```\n<not>", "```\n<kept>\n```\n\\<not>"),
            ("a ` <open", "a ` \\<open"),
        ];
        for (markdown, escaped) in cases {
            assert_eq!(no_html(markdown), escaped, "{markdown}");
        }
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code("auth"), "`auth`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
    }
}
