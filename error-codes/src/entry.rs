//! The static metadata the derive emits: [`Entry`], [`Module`], [`CodeRange`].

use serde::Serialize;

use crate::grpc::GrpcCode;
use crate::shape::Shape;

/// One documented error code: everything a catalogue says about it.
///
/// Entries live in `static` tables emitted by `#[derive(ErrorCatalog)]`;
/// every field is `'static`, so reading one never allocates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// The numeric code, as sent on the wire.
    pub code: i64,
    /// The Rust variant that declares it (`"UnauthorizedSession"`).
    pub name: &'static str,
    /// The symbolic name (`"UNAUTHORIZED_SESSION"`): `symbol = "..."`, or the
    /// variant's name in SCREAMING_SNAKE_CASE.
    pub symbol: &'static str,
    /// The documented message, byte for byte: `message = "..."`, else the
    /// first paragraph of the variant's doc comment (its lines joined by
    /// spaces; Markdown such as `` `code` `` and links kept as written).
    pub message: &'static str,
    /// More about the code: the doc comment's paragraphs after the message
    /// (with `message = "..."`, all of it), as written; the docs export
    /// shows it.
    pub description: Option<&'static str>,
    /// A short human name (`"API Key Missing"`).
    pub title: Option<&'static str>,
    /// What the caller should do about it.
    pub help: Option<&'static str>,
    /// The name of the [`Module`] the code belongs to.
    pub module: Option<&'static str>,
    /// A sub-heading inside the module, for the docs.
    pub group: Option<&'static str>,
    /// The HTTP status answered with this code, already resolved: the entry's
    /// own `http`, else its module's, else the catalogue's.
    pub http: Option<u16>,
    /// The gRPC code it is sent with, already resolved: the entry's own
    /// `grpc = "..."`, else its module's, else the catalogue's, else `OK`
    /// for the success entry, else read from [`http`](Self::http) (see
    /// [`grpc`](crate::grpc) for the table).
    pub grpc: GrpcCode,
    /// The language of `message`: its catalogue's `#[catalog(language =
    /// "...")]` ([`ErrorCatalog::LANGUAGE`](crate::ErrorCatalog::LANGUAGE)).
    #[serde(skip)]
    pub language: Option<&'static str>,
    /// The `domain` of its gRPC `ErrorInfo`: its catalogue's
    /// `#[catalog(domain = "...")]`, else its catalogue's name (a composed
    /// entry keeps its own catalogue's).
    pub domain: &'static str,
    /// The `reason` of its gRPC `ErrorInfo`: the symbol, or the symbol in
    /// UPPER_SNAKE_CASE where it is not a valid reason (`APIError` is
    /// `API_ERROR`).
    pub reason: &'static str,
    /// Whether this is the catalogue's success entry.
    pub success: bool,
    /// The note of the variant's own `#[deprecated(note = "...")]` (`""` for
    /// a bare `#[deprecated]`), else `None`: the code is still answered, but
    /// new callers should not rely on it. The docs export shows it.
    pub deprecated: Option<&'static str>,
    /// A `#[code(..., data)]` variant's fields, as its failures' `data`
    /// carries them (empty for every other entry): the API description
    /// documents them.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub data: &'static [DataField],
    /// Its documentation URL: see [`Entry::docs_url`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) docs_url: Option<&'static str>,
    /// The `Retry-After` of its HTTP answers, in seconds: `retry_after =
    /// 30` on the entry, or on its module or catalogue for a 429, 503 or
    /// redirection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u32>,
    /// The data field its answers' `Retry-After` is read from: see
    /// [`Entry::retry_after_field`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) retry_after_field: Option<&'static str>,
    /// The `WWW-Authenticate` challenge of its HTTP answers: `www_authenticate
    /// = "Bearer realm=\"api\""` on the entry, or on its module or catalogue
    /// for a 401.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub www_authenticate: Option<&'static str>,
    /// The languages of its catalogue's `locales = "..."` files (its own
    /// catalogue's, in a composition), parallel to [`translations`](Self::translations).
    #[serde(skip)]
    pub locales: &'static [&'static str],
    /// Its message in each of [`locales`](Self::locales); see
    /// [`Entry::message_in`]. The docs export's JSON writes them as
    /// `"translations": {"zh-CN": "..."}`.
    #[serde(skip)]
    pub translations: &'static [&'static str],
    /// Its title in each of [`locales`](Self::locales) (`""` where a file
    /// gives none), or empty when no file translates a title: see
    /// [`Entry::translation_in`].
    #[serde(skip)]
    pub(crate) title_translations: &'static [&'static str],
    /// Its help in each of [`locales`](Self::locales), as titles are.
    #[serde(skip)]
    pub(crate) help_translations: &'static [&'static str],
    /// Whether `symbol = "..."` was declared (else `symbol` is derived from
    /// the variant's name): see [`Entry::has_declared_symbol`].
    #[serde(skip)]
    pub(crate) symbol_declared: bool,
    /// Whether the gRPC code was declared (`grpc = "..."` on the entry, its
    /// module or the catalogue), rather than read from the HTTP status.
    #[serde(skip)]
    pub(crate) grpc_declared: bool,
}

/// A field of a `#[code(..., data)]` variant: its name in the failure's
/// `data`, its key in gRPC metadata, and the JSON its Rust type is written
/// as ([`Shape`], from the type's [`DataShape`](crate::DataShape)).
/// Serialised (the JSON docs), `shape` is the field's JSON Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct DataField {
    /// The field's name (`"retry_after"`).
    pub name: &'static str,
    /// Its key in a gRPC `ErrorInfo`'s metadata (`"retryAfter"`): the name
    /// in lowerCamelCase, as AIP-193 asks; `code` and `module`, which the
    /// entry's own values take, are `dataCode` and `dataModule`.
    pub metadata_key: &'static str,
    /// The JSON it is written as, from its Rust type.
    #[serde(rename = "schema")]
    pub shape: &'static Shape,
}

impl DataField {
    /// Used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        name: &'static str,
        metadata_key: &'static str,
        shape: &'static Shape,
    ) -> Self {
        Self {
            name,
            metadata_key,
            shape,
        }
    }
}

impl Entry {
    /// Whether the catalogue declares this entry's symbol (`symbol = "..."`),
    /// rather than deriving it from the variant's name. The Markdown export
    /// shows a symbol column only when some entry declares one.
    #[must_use]
    pub const fn has_declared_symbol(&self) -> bool {
        self.symbol_declared
    }

    /// The code's documentation URL, written when the derive expanded from
    /// the `docs_url = "..."` template that applies (the entry's own, its
    /// module's, else the catalogue's): `#[catalog(docs_url =
    /// "https://www.twilio.com/docs/errors/{code}")]`. The placeholders are
    /// `{code}`, `{symbol}`, `{symbol:kebab}` (`card_declined` is
    /// `card-declined`), `{symbol:lower}`, `{symbol:upper}` and `{module}`.
    /// A `Problem`'s `type` is this URL when there is one.
    #[must_use]
    pub const fn docs_url(&self) -> Option<&'static str> {
        self.docs_url
    }

    /// The data field whose `std::time::Duration` its answers send as
    /// `Retry-After` (overriding [`retry_after`](Self::retry_after)): the one
    /// `#[code(..., data, retry_after = wait)]` names, else the variant's
    /// only field of type `Duration`. See [`ErrorCatalog::retry_after`](crate::ErrorCatalog::retry_after).
    #[must_use]
    pub const fn retry_after_field(&self) -> Option<&'static str> {
        self.retry_after_field
    }

    /// Whether the catalogue declares this entry's gRPC code (`grpc =
    /// "..."` on the entry, its module or the catalogue), rather than
    /// reading it from the HTTP status. The lock records declared ones.
    #[must_use]
    pub const fn has_declared_grpc(&self) -> bool {
        self.grpc_declared
    }
}

/// A module of a catalogue: a named part of the code space, declared with
/// `#[catalog(module(name = "...", ranges(...)))]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Module {
    /// The module's name, as variants refer to it in `module = "..."`.
    pub name: &'static str,
    /// Its human title, for the docs.
    pub title: Option<&'static str>,
    /// The HTTP status of its entries that name none.
    pub http: Option<u16>,
    /// The gRPC code of its entries that name none: `grpc = "..."`.
    pub grpc: Option<GrpcCode>,
    /// What the module is for, for the docs.
    pub description: Option<&'static str>,
    /// The codes it reserves, in declaration order; ranges of different
    /// modules may overlap.
    pub ranges: &'static [CodeRange],
}

impl Module {
    /// Whether `code` lies in one of this module's ranges.
    #[must_use]
    pub fn contains(&self, code: i64) -> bool {
        self.ranges.iter().any(|range| range.contains(code))
    }
}

/// An inclusive range of codes, `start..=end`; a single code has `start == end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct CodeRange {
    /// The first code of the range.
    pub start: i64,
    /// The last code of the range (inclusive).
    pub end: i64,
}

/// `40007`, or `40010..=40012`: as `ranges(...)` and `retired(...)` take it.
impl core::fmt::Display for CodeRange {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}..={}", self.start, self.end)
        }
    }
}

impl CodeRange {
    /// Whether `code` lies in `start..=end`.
    #[must_use]
    pub const fn contains(&self, code: i64) -> bool {
        self.start <= code && code <= self.end
    }
}

/// Every field empty: fills arrays before they are written.
pub(crate) const BLANK: Entry = Entry {
    code: 0,
    name: "",
    symbol: "",
    symbol_declared: false,
    message: "",
    description: None,
    title: None,
    help: None,
    module: None,
    group: None,
    http: None,
    grpc: GrpcCode::Unknown,
    grpc_declared: false,
    domain: "",
    language: None,
    reason: "",
    success: false,
    deprecated: None,
    data: &[],
    docs_url: None,
    retry_after: None,
    retry_after_field: None,
    www_authenticate: None,
    locales: &[],
    translations: &[],
    title_translations: &[],
    help_translations: &[],
};

/// [`Entry`]s by columns, for the generated code (`Entry` is
/// `#[non_exhaustive]`, so other crates cannot write it as a struct
/// expression): one array per field, holding every entry's value in code
/// order; `codes`, `names`, `symbols` and `messages` always, the others
/// empty when no entry sets that field. [`Columns::entries`] assembles them
/// in one `const fn` loop:
/// `Columns { codes: &[1, 2], names: &["A", "B"], symbols: &["A", "B"],
/// messages: &["a", "b"], ..Columns::BLANK }.entries::<2>()`.
///
/// Columns, not a struct expression per entry, because rustc checks arrays
/// of literals much faster (BENCHMARKS.md, "Compile time").
/// A new field of `Entry` is one line in `BLANK` above and in each of the
/// three places below.
#[doc(hidden)]
#[derive(Clone, Copy)]
#[allow(missing_docs)]
pub struct Columns {
    pub codes: &'static [i64],
    pub names: &'static [&'static str],
    pub symbols: &'static [&'static str],
    pub symbols_declared: &'static [bool],
    pub messages: &'static [&'static str],
    pub descriptions: &'static [Option<&'static str>],
    pub titles: &'static [Option<&'static str>],
    pub helps: &'static [Option<&'static str>],
    pub modules: &'static [Option<&'static str>],
    pub groups: &'static [Option<&'static str>],
    pub http: &'static [Option<u16>],
    pub deprecated: &'static [Option<&'static str>],
    pub data: &'static [&'static [DataField]],
    /// Each entry's documentation URL, else empty.
    pub docs_urls: &'static [Option<&'static str>],
    /// Each entry's `Retry-After`, else empty.
    pub retry_afters: &'static [Option<u32>],
    /// Each entry's retry delay field, and whether its type is a
    /// `core::time::Duration`, else empty.
    pub retry_after_fields: &'static [Option<(&'static str, bool)>],
    /// Each entry's `WWW-Authenticate`, else empty.
    pub www_authenticates: &'static [Option<&'static str>],
    /// Declared gRPC codes (entry's, module's, catalogue's).
    pub grpc: &'static [Option<GrpcCode>],
    /// The reasons that are not the symbol, else empty.
    pub reasons: &'static [&'static str],
    /// Every entry's gRPC domain.
    pub domain: &'static str,
    /// Every entry's language.
    pub language: Option<&'static str>,
    /// The languages of `translations`.
    pub locales: &'static [&'static str],
    /// Each entry's messages in `locales`, else empty.
    pub translations: &'static [&'static [&'static str]],
    /// Each entry's titles in `locales` (`""`: none), else empty.
    pub title_translations: &'static [&'static [&'static str]],
    /// Each entry's help in `locales` (`""`: none), else empty.
    pub help_translations: &'static [&'static [&'static str]],
    /// The success entry's position.
    pub success: Option<usize>,
}

#[doc(hidden)]
impl Columns {
    /// Every column empty: what the generated code does not name.
    pub const BLANK: Self = Self {
        codes: &[],
        names: &[],
        symbols: &[],
        symbols_declared: &[],
        messages: &[],
        descriptions: &[],
        titles: &[],
        helps: &[],
        modules: &[],
        groups: &[],
        http: &[],
        deprecated: &[],
        data: &[],
        docs_urls: &[],
        retry_afters: &[],
        retry_after_fields: &[],
        www_authenticates: &[],
        grpc: &[],
        reasons: &[],
        domain: "",
        language: None,
        locales: &[],
        translations: &[],
        title_translations: &[],
        help_translations: &[],
        success: None,
    };

    /// The `N` entries. A column that is neither empty nor `N` long fails
    /// the build (a bug of the derive, never of its user).
    #[must_use]
    pub const fn entries<const N: usize>(&self) -> [Entry; N] {
        // The const evaluator pays microseconds per function call: which
        // columns are empty is asked once per column, not once per entry.
        let symbols_declared = !self.symbols_declared.is_empty();
        let descriptions = !self.descriptions.is_empty();
        let titles = !self.titles.is_empty();
        let helps = !self.helps.is_empty();
        let modules = !self.modules.is_empty();
        let groups = !self.groups.is_empty();
        let http = !self.http.is_empty();
        let deprecated = !self.deprecated.is_empty();
        let data = !self.data.is_empty();
        let docs_urls = !self.docs_urls.is_empty();
        let retry_afters = !self.retry_afters.is_empty();
        let retry_after_fields = !self.retry_after_fields.is_empty();
        let www_authenticates = !self.www_authenticates.is_empty();
        let grpc = !self.grpc.is_empty();
        let reasons = !self.reasons.is_empty();
        let translations = !self.translations.is_empty();
        let title_translations = !self.title_translations.is_empty();
        let help_translations = !self.help_translations.is_empty();
        let success = match self.success {
            Some(success) => success,
            None => usize::MAX,
        };
        let mut entries = [BLANK; N];
        let mut i = 0;
        while i < N {
            let entry = &mut entries[i];
            entry.code = self.codes[i];
            entry.name = self.names[i];
            entry.symbol = self.symbols[i];
            entry.message = self.messages[i];
            entry.success = i == success;
            if symbols_declared {
                entry.symbol_declared = self.symbols_declared[i];
            }
            if descriptions {
                entry.description = self.descriptions[i];
            }
            if titles {
                entry.title = self.titles[i];
            }
            if helps {
                entry.help = self.helps[i];
            }
            if modules {
                entry.module = self.modules[i];
            }
            if groups {
                entry.group = self.groups[i];
            }
            if http {
                entry.http = self.http[i];
            }
            if deprecated {
                entry.deprecated = self.deprecated[i];
            }
            if data {
                entry.data = self.data[i];
            }
            if docs_urls {
                entry.docs_url = self.docs_urls[i];
            }
            if retry_afters {
                entry.retry_after = self.retry_afters[i];
            }
            if retry_after_fields {
                entry.retry_after_field = match self.retry_after_fields[i] {
                    Some((field, true)) => Some(field),
                    _ => None,
                };
            }
            if www_authenticates {
                entry.www_authenticate = self.www_authenticates[i];
            }
            let declared = if grpc { self.grpc[i] } else { None };
            entry.grpc_declared = declared.is_some();
            entry.grpc = crate::grpc::resolve(declared, entry.success, entry.http);
            entry.domain = self.domain;
            entry.language = self.language;
            entry.reason = if reasons {
                self.reasons[i]
            } else {
                entry.symbol
            };
            if translations {
                entry.locales = self.locales;
                entry.translations = self.translations[i];
            }
            if title_translations {
                entry.title_translations = self.title_translations[i];
            }
            if help_translations {
                entry.help_translations = self.help_translations[i];
            }
            i += 1;
        }
        entries
    }
}

/// [`Module`] by named fields, for the generated code (`Module` is
/// `#[non_exhaustive]`): `ModuleInit { name: "auth", ..ModuleInit::BLANK }.module()`.
#[doc(hidden)]
#[derive(Clone, Copy)]
#[allow(missing_docs)]
pub struct ModuleInit {
    pub name: &'static str,
    pub title: Option<&'static str>,
    pub http: Option<u16>,
    pub grpc: Option<GrpcCode>,
    pub description: Option<&'static str>,
    pub ranges: &'static [CodeRange],
}

#[doc(hidden)]
impl ModuleInit {
    /// Every field empty: what the generated code does not name.
    pub const BLANK: Self = Self {
        name: "",
        title: None,
        http: None,
        grpc: None,
        description: None,
        ranges: &[],
    };

    /// The module.
    #[must_use]
    pub const fn module(self) -> Module {
        Module {
            name: self.name,
            title: self.title,
            http: self.http,
            grpc: self.grpc,
            description: self.description,
            ranges: self.ranges,
        }
    }
}

/// Whether an answer of HTTP `status` carries `Retry-After` (RFC 9110
/// §10.2.3): 429, 503 and redirections. The answers and the OpenAPI
/// document ask the same question here.
#[cfg(any(feature = "__web", feature = "utoipa", feature = "utoipa5"))]
pub(crate) const fn retries(status: u16) -> bool {
    matches!(status, 429 | 503 | 300..=399)
}
