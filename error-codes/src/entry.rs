//! The static metadata the derive emits: [`Entry`], [`Module`], [`CodeRange`].

use serde::Serialize;

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
    /// The documented message, byte for byte.
    pub message: &'static str,
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
    /// Whether this is the catalogue's success entry.
    pub success: bool,
    /// Whether `symbol = "..."` was declared (else `symbol` is derived from
    /// the variant's name): see [`Entry::has_declared_symbol`].
    #[serde(skip)]
    symbol_declared: bool,
}

impl Entry {
    /// Whether the catalogue declares this entry's symbol (`symbol = "..."`),
    /// rather than deriving it from the variant's name. The Markdown export
    /// shows a symbol column only when some entry declares one.
    #[must_use]
    pub const fn has_declared_symbol(&self) -> bool {
        self.symbol_declared
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

impl CodeRange {
    /// Whether `code` lies in `start..=end`.
    #[must_use]
    pub const fn contains(&self, code: i64) -> bool {
        self.start <= code && code <= self.end
    }
}

#[doc(hidden)]
impl Entry {
    /// Used by the generated code only: the struct is `#[non_exhaustive]` so
    /// that fields can be added without breaking users.
    #[allow(clippy::too_many_arguments)]
    #[must_use]
    pub const fn __new(
        code: i64,
        name: &'static str,
        symbol: &'static str,
        symbol_declared: bool,
        message: &'static str,
        title: Option<&'static str>,
        help: Option<&'static str>,
        module: Option<&'static str>,
        group: Option<&'static str>,
        http: Option<u16>,
        success: bool,
    ) -> Self {
        Self {
            code,
            name,
            symbol,
            symbol_declared,
            message,
            title,
            help,
            module,
            group,
            http,
            success,
        }
    }
}

#[doc(hidden)]
impl Module {
    /// Used by the generated code only.
    #[must_use]
    pub const fn __new(
        name: &'static str,
        title: Option<&'static str>,
        http: Option<u16>,
        description: Option<&'static str>,
        ranges: &'static [CodeRange],
    ) -> Self {
        Self {
            name,
            title,
            http,
            description,
            ranges,
        }
    }
}
