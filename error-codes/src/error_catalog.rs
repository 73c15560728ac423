//! What the [`ErrorCatalog`](crate::ErrorCatalog) trait relies on: the
//! error of `TryFrom<i64>`, the helpers of the generated code. The trait
//! itself is defined at the crate root (`error_catalog_trait.rs`).

use crate::entry::Entry;

/// The position of the first entry marked `success`, found by const
/// evaluation so that [`ErrorCatalog::success`] (read by every envelope)
/// does not scan the table at run time.
pub(crate) const fn success_position(entries: &[Entry]) -> Option<usize> {
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
