//! A crate that re-exports `error_codes` as `reexport_codes::codes`: its
//! users derive with `#[catalog(crate = reexport_codes::codes)]` and need
//! no `error_codes` of their own.
#![no_std]

pub use error_codes as codes;
