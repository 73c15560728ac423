//! [`UnknownCode`]: the error of `TryFrom<i64>` for a derived catalogue.

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
