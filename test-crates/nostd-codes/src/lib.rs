//! Hygiene that cannot regress: a `#![no_std]` crate that forbids unsafe
//! code, denies warnings, missing docs and clippy's `all` and `pedantic`,
//! holds its own `Option`, `Some`, `Result`, `String`, `Vec`, `assert!`,
//! `panic!`, `core` and lowercase consts named like every binding of the
//! generated code, and derives catalogues at the top level, inside a
//! function body and from a `macro_rules!`, with `#[cfg]`-gated variants,
//! reaching `error_codes` only through a crate that re-exports it
//! (`crate = reexport_codes::codes`; this crate has no `error_codes`).
//!
//! A generated path that loses its leading `::` or its `__private`, or a
//! binding that a const can capture, fails to build here (`cargo build`,
//! `cargo clippy`); `tests/nostd.rs` checks the answers at run time.
#![no_std]
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]
#![allow(non_upper_case_globals)]

/// Names of the prelude and of core, shadowed: the generated code must not
/// use any of them as its own.
mod shadowing {
    #![allow(dead_code, missing_docs, clippy::pedantic)]
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct String;
    pub struct Vec;
    pub struct Box;
    pub struct Entry;
    pub struct Module;
    pub struct Detail;
    pub trait Display {}
    pub trait Error {}
    pub trait From {}
    pub trait Default {}
    pub trait Iterator {}
    pub mod core {}
    pub mod error_codes {}
    // Lowercase consts named like the bindings of the generated code.
    pub const code: i64 = 1;
    pub const position: usize = 0;
    pub const variant: usize = 0;
    pub const inner: u8 = 0;
    pub const entry: u8 = 0;
    pub const name: &str = "";
    pub const module: u8 = 0;
    pub const modules: u8 = 0;
    pub const message: &str = "";
    pub const formatter: u8 = 0;
    pub const clash: u8 = 0;
    pub const revived: u8 = 0;
    pub const value: u8 = 0;
    pub const symbol: &str = "";
    pub const own: u8 = 0;
    pub const field0: u32 = 0;
}

/// The prelude's macros, shadowed textually: a generated `assert!`,
/// `panic!` or `matches!` without its path would expand to these.
#[allow(unused_macros)]
macro_rules! assert {
    ($($t:tt)*) => {
        compile_error!("the derive used an unqualified assert!")
    };
}
#[allow(unused_macros)]
macro_rules! panic {
    ($($t:tt)*) => {
        compile_error!("the derive used an unqualified panic!")
    };
}
#[allow(unused_macros)]
macro_rules! matches {
    ($($t:tt)*) => {
        compile_error!("the derive used an unqualified matches!")
    };
}

#[allow(unused_imports)]
use shadowing::*;

use reexport_codes::codes::ErrorCatalog;

/// The catalogue of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, reexport_codes::codes::ErrorCatalog)]
#[catalog(
    crate = reexport_codes::codes,
    name = "Api",
    http = 200,
    envelope(code = "errcode", message = "errmsg", flatten),
    module(name = "auth", ranges(40100..=40199), http = 401),
    retired(40150..=40159),
)]
pub enum ApiError {
    /// ok
    #[code(0, success)]
    Ok,
    /// Login again.
    #[code(40101, title = "Login", help = "Sign in.")]
    Unauthorized,
    /// Only in builds with `cfg(any())`: never.
    #[cfg(any())]
    #[code(40101)]
    Gone,
    /// Token expired.
    #[cfg(not(any()))]
    #[code(40102, symbol = "EXPIRED", group = "Tokens")]
    Expired,
    /// Old.
    #[deprecated(note = "use 40101")]
    #[code(40103)]
    Old,
    /// Composed from a macro's expansion, shifted.
    #[code(transparent, offset = 1_000_000)]
    Billing(Billing),
}

/// A `macro_rules!` that declares a catalogue.
macro_rules! catalogue {
    ($(#[$attr:meta])* $name:ident { $($variant:ident = $code:literal $message:literal,)* }) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, reexport_codes::codes::ErrorCatalog)]
        #[catalog(crate = reexport_codes::codes, module(name = "billing", ranges(5000..=5999)))]
        pub enum $name {
            $(
                #[doc = concat!("`", stringify!($variant), "`")]
                #[code($code, message = $message)]
                $variant,
            )*
        }
    };
}

catalogue! {
    /// Billing errors, declared by a macro.
    Billing {
        CardDeclined = 5001 "Card declined.",
        InvoiceMissing = 5404 "Invoice not found.",
    }
}

/// Errors with data and a source.
#[derive(Debug, reexport_codes::codes::ErrorCatalog)]
#[catalog(crate = reexport_codes::codes)]
pub enum Detailed {
    /// Too many requests.
    #[code(42900, data)]
    RateLimited {
        /// When to retry.
        retry_after: u32,
    },
    /// Failed upstream.
    #[code(50200)]
    Upstream(#[source] ApiError),
}

/// A catalogue declared inside a function body: its code and message.
#[must_use]
pub fn in_a_function_body() -> (i64, &'static str) {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, reexport_codes::codes::ErrorCatalog)]
    #[catalog(crate = reexport_codes::codes)]
    enum Local {
        /// Local failure.
        #[code(7)]
        Failure,
    }
    (Local::Failure.code(), Local::Failure.message())
}

/// What the lookups answer, for `tests/nostd.rs`.
#[must_use]
pub fn answers() -> [::core::option::Option<i64>; 6] {
    [
        ApiError::from_code(40101).map(|error| error.code()),
        ApiError::from_code(40155).map(|error| error.code()),
        ApiError::from_code(1_005_001).map(|error| error.code()),
        ApiError::lookup_symbol("EXPIRED").map(|hit| hit.code),
        ApiError::lookup(40103)
            .and_then(|hit| hit.deprecated)
            .map(|note| i64::from(note == "use 40101")),
        ::core::option::Option::Some(in_a_function_body().0),
    ]
}
