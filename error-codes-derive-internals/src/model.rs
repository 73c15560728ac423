//! What the derive knows once the input is resolved: the catalogue as the
//! expansion emits it. Built by `resolve.rs`, read by `check/` and `expand/`.

use syn::ext::IdentExt;
use syn::{Field, Fields, Ident};

use crate::parse::grpc::GrpcName;
use crate::parse::keys::{CodeKeys, ModuleKeys};
use crate::parse::literal::{CodeRange, IntLit};
use crate::translations::Locale;

pub struct Catalogue<'a> {
    /// `#[catalog(name = "...")]`, else the enum's name.
    pub name: String,
    /// The declared modules, the first of each name.
    pub modules: Vec<&'a ModuleKeys>,
    /// One entry per variant with a code of its own, sorted by code.
    pub entries: Vec<Entry<'a>>,
    /// For each variant in declaration order, its position in `entries`
    /// (0 for a variant without an entry of its own).
    pub positions: Vec<usize>,
    /// The `transparent` variants, in declaration order.
    pub parts: Vec<Part<'a>>,
    /// `retired(...)`, sorted by start.
    pub retired: Vec<CodeRange>,
    /// The files of `locales = "..."`, by tag (none without the key).
    pub locales: Vec<Locale>,
}

/// A variant with a code of its own.
pub struct Entry<'a> {
    pub code: IntLit,
    pub ident: &'a Ident,
    pub fields: &'a Fields,
    /// The variant's index in declaration order.
    pub index: usize,
    /// The keys given, for what the entry takes as written (`title`, ...).
    pub keys: &'a CodeKeys,
    /// `symbol = "..."`, else the variant's name in SCREAMING_SNAKE_CASE.
    pub symbol: String,
    /// `message = "..."`, else the doc comment's first paragraph.
    pub message: Option<String>,
    /// The doc comment's paragraphs after the message (after all of it when
    /// `message = "..."` is given).
    pub description: Option<String>,
    /// `module = "..."`, else the one module whose ranges hold the code.
    pub module: Option<&'a ModuleKeys>,
    /// The entry's `http`, else its module's, else the enum's.
    pub http: Option<u16>,
    /// The entry's `grpc`, else (not for the success entry) its module's,
    /// else the enum's.
    pub grpc: Option<GrpcName>,
    /// The gRPC `ErrorInfo` reason: the symbol, else the symbol in
    /// UPPER_SNAKE_CASE (`check/` says when even that is not a reason).
    pub reason: String,
    /// The variant's own `#[deprecated]` note.
    pub deprecated: Option<String>,
    /// Its documentation URL, from its `docs_url` template (its own, its
    /// module's or the catalogue's); `None` without one, or when the
    /// template cannot be written (`check/` says why).
    pub docs_url: Option<String>,
    /// Its `Retry-After` (seconds) and where it was declared: its own, its
    /// module's or the catalogue's.
    pub retry_after: Option<&'a crate::parse::literal::IntLit>,
    /// Its `WWW-Authenticate` challenge, likewise inherited.
    pub www_authenticate: Option<&'a crate::parse::literal::Str>,
}

/// A `#[code(transparent)]` variant: a catalogue composed into this one.
pub struct Part<'a> {
    pub ident: &'a Ident,
    /// The composed catalogue: the variant's one field.
    pub ty: &'a syn::Type,
    /// `module = "..."`: the module whose ranges must hold all its codes.
    pub module: Option<&'a ModuleKeys>,
    /// `offset = N`: what its codes are shifted by.
    pub offset: Option<IntLit>,
    /// `http = 503`: the status of its codes that declare none.
    pub http: Option<u16>,
    /// `grpc = "UNAVAILABLE"`: the gRPC code of its codes that declare none.
    pub grpc: Option<GrpcName>,
}

impl<'a> Catalogue<'a> {
    pub fn composes(&self) -> bool {
        !self.parts.is_empty()
    }

    /// The entry of an own code (the entries are sorted by code).
    pub fn entry(&self, code: i64) -> Option<&Entry<'a>> {
        let entries = &self.entries;
        let found = entries.binary_search_by_key(&code, |entry| entry.code.value);
        found.ok().map(|at| &entries[at])
    }

    /// Whether each entry's position is its variant's declaration index (the
    /// variants are declared in code order, none composed before them): no
    /// table then maps one to the other.
    pub fn in_code_order(&self) -> bool {
        let mut entries = self.entries.iter().enumerate();
        entries.all(|(position, entry)| entry.index == position)
    }

    /// The retired range that holds `code`.
    pub fn retiring(&self, code: i64) -> Option<&CodeRange> {
        self.retired.iter().find(|range| range.contains(code))
    }

    /// The declared modules whose ranges hold `code`.
    pub fn holding(&self, code: i64) -> impl Iterator<Item = &'a ModuleKeys> + '_ {
        let modules = self.modules.iter().copied();
        modules.filter(move |module| module.ranges.contains(code))
    }

    /// The declared module of that name.
    pub fn module(&self, name: &str) -> Option<&'a ModuleKeys> {
        self.modules
            .iter()
            .copied()
            .find(|module| module.name.value() == name)
    }
}

/// A data field's key in a gRPC `ErrorInfo`'s metadata: its name in
/// lowerCamelCase (`retry_after` is `retryAfter`), as AIP-193 asks; `code`
/// and `module`, which the entry's own values take, are `dataCode` and
/// `dataModule`. The runtime reads it from the entries, never computes it.
pub fn metadata_key(field: &str) -> String {
    let mut key = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = !key.is_empty();
        } else if upper {
            key.extend(c.to_uppercase());
            upper = false;
        } else {
            key.push(c);
        }
    }
    match key.as_str() {
        "code" => "dataCode".into(),
        "module" => "dataModule".into(),
        _ => key,
    }
}

/// Whether AIP-193 allows `key` in `ErrorInfo.metadata`:
/// `[a-z][a-zA-Z0-9-_]+`, at most 64 characters.
pub fn metadata_key_allowed(key: &str) -> bool {
    let mut bytes = key.bytes();
    let first = bytes.next().is_some_and(|b| b.is_ascii_lowercase());
    let rest = bytes.all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    first && rest && (2..=64).contains(&key.len())
}

/// The `{name}` placeholders of a message (an identifier in braces), in
/// order: a data variant's fields written into its message. The runtime
/// fills them (`envelope/placeholder.rs`) by the same rule.
pub fn placeholders(message: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find('}') else {
            break;
        };
        let name = &rest[..close];
        let mut chars = name.chars();
        let first = chars.next();
        let identifier = first.is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
        if identifier {
            found.push(name);
        }
    }
    found
}

/// The named fields a `#[code(..., data)]` variant writes (`data` marked,
/// named fields), each with its name as sent (`r#type` is `type`) and its
/// identifier: what the data column, the metadata keys and the
/// placeholders read.
pub fn data_fields(data: bool, fields: &Fields) -> impl Iterator<Item = (String, &Ident, &Field)> {
    let named = match (data, fields) {
        (true, Fields::Named(fields)) => Some(fields.named.iter()),
        _ => None,
    };
    let named = named.into_iter().flatten();
    named.filter_map(|field| {
        let ident = field.ident.as_ref()?;
        Some((ident.unraw().to_string(), ident, field))
    })
}

impl Entry<'_> {
    /// Its [`data_fields`].
    pub fn data_fields(&self) -> impl Iterator<Item = (String, &Ident, &Field)> {
        data_fields(self.keys.data.is_present(), self.fields)
    }

    /// The data field holding its retry delay: the one `retry_after =
    /// field` names, else its only field whose type is written `Duration`
    /// (`std::time::Duration`, `core::time::Duration` or imported; the
    /// compiler then tells a `Duration` of another crate, which is none).
    pub fn delay_field(&self) -> Option<Delay<'_>> {
        if let Some(marked) = self.keys.retry_after.as_ref().and_then(|r| r.field()) {
            let field = self.data_fields().find(|(_, ident, _)| *ident == marked)?;
            return Some(Delay::Marked(field.1, marked));
        }
        let mut durations = self.durations();
        let only = durations.next().filter(|_| durations.next().is_none())?;
        Some(Delay::Only(only.1, &only.2.ty))
    }

    /// Its data fields whose type is written `Duration`.
    pub fn durations(&self) -> impl Iterator<Item = (String, &Ident, &Field)> {
        let written_duration =
            |ty: &syn::Type| match ty {
                syn::Type::Path(path) => {
                    path.qself.is_none()
                        && path.path.segments.last().is_some_and(|last| {
                            last.ident == "Duration" && last.arguments.is_none()
                        })
                }
                _ => false,
            };
        self.data_fields()
            .filter(move |(_, _, field)| written_duration(&field.ty))
    }
}

/// Where a data variant's retry delay is.
pub enum Delay<'e> {
    /// The field `retry_after = field` names (the field, the name as written
    /// in the attribute): it must hold a `std::time::Duration`.
    Marked(&'e Ident, &'e Ident),
    /// The one field whose type is written `Duration`, with that type.
    Only(&'e Ident, &'e syn::Type),
}
