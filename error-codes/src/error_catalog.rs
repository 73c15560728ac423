//! The [`ErrorCatalog`] trait.

use crate::entry::{Entry, Module};
use crate::lookup::Lookup;

/// A catalogue of documented error codes, implemented by
/// `#[derive(ErrorCatalog)]` on an enum.
///
/// Everything a catalogue knows lives in static tables chosen when the derive
/// expands: the associated consts below. The methods read them; none hashes,
/// allocates or initialises anything at run time.
///
/// ```
/// use error_codes::ErrorCatalog;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
/// #[catalog(module(name = "auth", ranges(40001..=40111)))]
/// enum AuthError {
///     /// Image captcha is invalid.
///     #[code(40001, http = 400)]
///     InvalidCaptcha,
///     #[code(40111, http = 401, message = "Email/password verification failed.")]
///     InvalidPassword,
/// }
///
/// assert_eq!(AuthError::InvalidPassword.code(), 40111);
/// assert_eq!(AuthError::from_code(40001), Some(AuthError::InvalidCaptcha));
/// assert_eq!(AuthError::from_code(40002), None);
/// assert_eq!(AuthError::module_of(40002).map(|m| m.name), Some("auth"));
/// assert_eq!(AuthError::InvalidCaptcha.to_string(), "Image captcha is invalid.");
/// ```
pub trait ErrorCatalog: Sized + 'static {
    /// The catalogue's name: `#[catalog(name = "...")]`, else the enum's name.
    const NAME: &'static str;

    /// Every entry, sorted by code.
    const ENTRIES: &'static [Entry];

    /// The codes of [`ENTRIES`](Self::ENTRIES), in the same order: sorted
    /// ascending, without duplicates.
    const CODES: &'static [i64];

    /// The qualified name of each code's variant (`"FresnsError::ParameterError"`),
    /// parallel to [`CODES`](Self::CODES). Composition reads them to name
    /// both sides of a clash.
    const NAMES: &'static [&'static str];

    /// The declared modules, in declaration order (a composing enum's own
    /// modules; the composed catalogues keep theirs).
    const MODULES: &'static [Module];

    /// The static table that finds a code's position in [`CODES`](Self::CODES).
    const LOOKUP: Lookup;

    /// The wire field names of this catalogue's [`Envelope`](crate::Envelope)s:
    /// `#[catalog(envelope(code = "...", message = "...", data = "..."))]`,
    /// else `code`, `message`, `data`.
    const ENVELOPE: crate::envelope::FieldNames = crate::envelope::FieldNames::DEFAULT;

    /// `#[catalog(errors_only)]`: the catalogue has no success code. Every
    /// code (`0` included) is an error; a success is the bare body (an
    /// [`Envelope::success`](crate::Envelope::success) writes its data
    /// alone), and reading an answer takes its HTTP status
    /// ([`Envelope::from_answer`](crate::Envelope::from_answer)), since a
    /// bare resource may itself hold a `code` field. As Discord, GitHub and
    /// Stripe answer. [`success`](Self::success) is `None`.
    const ERRORS_ONLY: bool = false;

    /// The codes that answer rejections (a malformed body, a missing content
    /// type, an unknown route): `#[code(..., rejection = "...")]`. See
    /// [`web`](crate::web).
    const REJECTIONS: crate::web::Rejections = crate::web::Rejections::NONE;

    /// The codes that were published once and must never mean anything
    /// else: `#[catalog(retired(40007, 40010..=40012))]`, sorted by their
    /// start. A composition holds its parts' too (shifted by their
    /// `offset`), so that a code one part retired cannot be declared by
    /// another, in this crate or the next. No variant declares one, so
    /// [`from_code`](Self::from_code) of a retired code is `None` and an
    /// envelope carrying one reads as unknown.
    const RETIRED: &'static [crate::CodeRange] = &[];

    /// The entries the enum declares itself, sorted by code: [`ENTRIES`](Self::ENTRIES)
    /// without the catalogues composed with `#[code(transparent)]`.
    const OWN_ENTRIES: &'static [Entry] = Self::ENTRIES;

    /// The position of the success entry in [`OWN_ENTRIES`](Self::OWN_ENTRIES),
    /// computed at compile time.
    #[doc(hidden)]
    const OWN_SUCCESS: Option<usize> = success_position(Self::OWN_ENTRIES);

    /// The codes of [`OWN_ENTRIES`](Self::OWN_ENTRIES). Used by the generated code.
    #[doc(hidden)]
    const OWN_CODES: &'static [i64] = Self::CODES;

    /// The names of [`OWN_ENTRIES`](Self::OWN_ENTRIES). Used by the generated code.
    #[doc(hidden)]
    const OWN_NAMES: &'static [&'static str] = Self::NAMES;

    /// The positions in [`OWN_ENTRIES`](Self::OWN_ENTRIES), sorted by the
    /// entries' symbols. Used by [`lookup_symbol`](Self::lookup_symbol).
    #[doc(hidden)]
    const OWN_SYMBOLS: &'static [u16] = &[];

    /// The table over [`OWN_CODES`](Self::OWN_CODES). Used by the generated code.
    #[doc(hidden)]
    const OWN_LOOKUP: Lookup = Self::LOOKUP;

    /// The entry of this value.
    fn entry(&self) -> &'static Entry;

    /// The value of a declared code, or `None` for a code that is not declared
    /// or whose variant carries data (it cannot be built from a code alone).
    /// Never a wrong variant.
    fn from_code(code: i64) -> Option<Self>;

    /// The numeric code of this value.
    #[inline]
    fn code(&self) -> i64 {
        self.entry().code
    }

    /// The detail a failure of this value carries: the fields of a variant
    /// marked `#[code(..., data)]`, else `None`. Used by the envelope.
    #[doc(hidden)]
    #[cfg(feature = "alloc")]
    #[inline]
    fn __detail(&self) -> Option<crate::Detail> {
        None
    }

    /// The documented message of this value.
    #[inline]
    fn message(&self) -> &'static str {
        self.entry().message
    }

    /// The HTTP status: the entry's own, else its module's, else the
    /// catalogue's (`#[catalog(http = ...)]`), else `None`.
    #[inline]
    fn http_status(&self) -> Option<u16> {
        self.entry().http
    }

    /// The HTTP status as an [`http::StatusCode`]: [`http_status`](Self::http_status),
    /// else 500 (feature `http`).
    #[cfg(feature = "http")]
    #[inline]
    fn status_code(&self) -> http::StatusCode {
        crate::web::status_code(self)
    }

    /// The entry of a declared code, or `None`.
    #[inline]
    fn lookup(code: i64) -> Option<&'static Entry> {
        let position = Self::LOOKUP.find(Self::CODES, code)?;
        Self::ENTRIES.get(position)
    }

    /// The entry of a symbol (`"UNAUTHORIZED_SESSION"`), or `None`: a
    /// binary search of a static table sorted when the derive expanded. In a
    /// composition, the enum's own entries first, then each composed
    /// catalogue's in declaration order.
    #[inline]
    fn lookup_symbol(symbol: &str) -> Option<&'static Entry> {
        find_symbol(Self::OWN_SYMBOLS, Self::OWN_ENTRIES, symbol)
    }

    /// The value of a symbol, or `None` (an unknown symbol, or one of a
    /// variant that carries data).
    #[inline]
    fn from_symbol(symbol: &str) -> Option<Self> {
        Self::from_code(Self::lookup_symbol(symbol)?.code)
    }

    /// Every entry, sorted by code.
    #[inline]
    fn entries() -> &'static [Entry] {
        Self::ENTRIES
    }

    /// The declared modules, in declaration order.
    #[inline]
    fn modules() -> &'static [Module] {
        Self::MODULES
    }

    /// The module of a raw code: the module of its entry when the code is
    /// declared, else the first declared module whose ranges contain it.
    fn module_of(code: i64) -> Option<&'static Module> {
        match Self::lookup(code) {
            Some(entry) => {
                let name = entry.module?;
                Self::MODULES.iter().find(|module| module.name == name)
            }
            None => Self::MODULES.iter().find(|module| module.contains(code)),
        }
    }

    /// The catalogue's success entry (`#[code(..., success)]`), if it has one.
    /// A composing enum's success is its own, never a composed catalogue's.
    #[inline]
    fn success() -> Option<&'static Entry> {
        match Self::OWN_SUCCESS {
            Some(position) => Self::OWN_ENTRIES.get(position),
            None => None,
        }
    }
}

/// The position of the first entry marked `success`, found by const
/// evaluation so that [`ErrorCatalog::success`] (read by every envelope)
/// does not scan the table at run time.
const fn success_position(entries: &[Entry]) -> Option<usize> {
    let mut at = 0;
    while at < entries.len() {
        if entries[at].success {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// A code that no value of the catalogue has: the error of
/// `TryFrom<i64>` for a derived catalogue, which keeps the code.
///
/// ```
/// use error_codes::{ErrorCatalog, UnknownCode};
///
/// #[derive(Debug, PartialEq, ErrorCatalog)]
/// enum ApiError {
///     /// Login session is missing or invalid.
///     #[code(40101)]
///     Unauthorized,
/// }
///
/// assert_eq!(ApiError::try_from(40101), Ok(ApiError::Unauthorized));
/// assert_eq!(ApiError::try_from(7), Err(UnknownCode(7)));
/// assert_eq!(i64::from(ApiError::Unauthorized), 40101);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode(pub i64);

impl UnknownCode {
    /// The code.
    #[must_use]
    pub const fn code(&self) -> i64 {
        self.0
    }
}

impl core::fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "error code {} is not declared by the catalogue", self.0)
    }
}

impl core::error::Error for UnknownCode {}

/// A `#[source]` field as `&dyn Error`: any error type, and boxed trait
/// objects through deref. Used by the generated code.
#[doc(hidden)]
pub trait AsDynError {
    /// The field as the cause.
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static);
}

impl<T: core::error::Error + 'static> AsDynError for T {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

impl AsDynError for dyn core::error::Error + 'static {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

impl AsDynError for dyn core::error::Error + Send + 'static {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

impl AsDynError for dyn core::error::Error + Send + Sync + 'static {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

/// The `source()` of a composed catalogue's value, if its type is an
/// `Error` (one with `#[catalog(display = false)]` may not be): chosen by
/// method resolution, `(&Forward(inner)).forward_source()`, the impl on
/// `Forward` when the value is an `Error`, else the one on `&Forward`. Used by
/// the generated code.
#[doc(hidden)]
pub struct Forward<'a, T>(pub &'a T);

#[doc(hidden)]
pub trait ForwardSource<'a> {
    fn forward_source(&self) -> Option<&'a (dyn core::error::Error + 'static)>;
}

impl<'a, T: core::error::Error> ForwardSource<'a> for Forward<'a, T> {
    fn forward_source(&self) -> Option<&'a (dyn core::error::Error + 'static)> {
        self.0.source()
    }
}

#[doc(hidden)]
pub trait NoSource<'a> {
    fn forward_source(&self) -> Option<&'a (dyn core::error::Error + 'static)> {
        None
    }
}

impl<'a, T> NoSource<'a> for &Forward<'a, T> {}

/// The entry of `symbol`: a binary search of `by_symbol`, positions in
/// `entries` sorted by their symbols when the derive expanded. Used by the
/// generated code.
#[doc(hidden)]
#[must_use]
pub fn find_symbol(
    by_symbol: &[u16],
    entries: &'static [Entry],
    symbol: &str,
) -> Option<&'static Entry> {
    let symbol_at = |position: &u16| entries.get(usize::from(*position)).map(|e| e.symbol);
    let at = by_symbol
        .binary_search_by(|position| symbol_at(position).cmp(&Some(symbol)))
        .ok()?;
    entries.get(usize::from(by_symbol[at]))
}
