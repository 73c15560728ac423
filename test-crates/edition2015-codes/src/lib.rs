//! A 2015-edition crate: `extern crate`, no `core` in the extern prelude.
//! The derive's output, composition checks and all, builds here
//! (`tests/cross_crate.rs` uses it).
#![deny(warnings)]

extern crate error_codes;

use error_codes::catalogues::edu::EduError;
use error_codes::ErrorCatalog;

/// A catalogue composing a shipped one, with an offset and a module.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(name = "school", ranges(1000000..=1999999)))]
pub enum SchoolError {
    /// Busy.
    #[code(1, http = 503)]
    Busy,
    /// Internal error.
    #[code(2, data)]
    Internal { detail: String },
    #[code(transparent, offset = 1000000, module = "school")]
    Edu(EduError),
}
