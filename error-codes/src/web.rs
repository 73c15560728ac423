//! The paths of 0.1's `web` module, kept for one release: axum's items
//! are in `axum`, the rejection kinds in
//! [`rejection`](crate::rejection), [`fallback_code`] in
//! [`http`](crate::http). `use error_codes::web` warns; see CHANGELOG.md.

pub use crate::http::fallback_code;
pub use crate::rejection::{RejectionKind, Rejections};

#[cfg(feature = "axum")]
#[doc(hidden)]
pub use crate::axum::respond;
#[cfg(feature = "axum")]
pub use crate::axum::{Json, Path, Query, Rejection, localize, method_not_allowed, not_found};
