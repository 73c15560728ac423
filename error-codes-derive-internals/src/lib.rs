//! The front end and code generator of `#[derive(ErrorCatalog)]`, on
//! `proc_macro2` tokens. **Not a public API**: this crate exists so that
//! the proc macro (`error-codes-derive`), its tests and the fuzz target
//! share one copy of the derive; it may change in any release. Users
//! depend on `error-codes`.
//!
//! The pipeline, one module a stage (see `docs/design.md`):
//!
//! 1. `parse`: the attributes, read by darling receivers (`parse/keys.rs`)
//!    and by hand where darling cannot (`parse/literal.rs`, `parse/code_attr.rs`);
//! 2. `resolve`: what each entry inherits (message, module, HTTP status,
//!    symbol), sorted by code, into the `model`; then `translations`: the
//!    files of `locales = "..."`, read;
//! 3. `check`: the rules across values, one small function each, a file
//!    per concern;
//! 4. `expand`: the impls, one file per part of the output; or, when
//!    there were errors, `fallback`: stub impls, so that one mistake gives
//!    one error.
//!
//! `pipeline.rs` runs the four.

mod check;
mod docs_url;
mod expand;
mod fallback;
mod model;
mod parse;
mod pipeline;
mod resolve;
#[cfg(test)]
mod tests;
mod translations;

pub use pipeline::derive;
#[doc(hidden)]
#[cfg(feature = "fuzz")]
pub use translations::fuzz_file as fuzz_translation_file;

/// The names of `rejection = "..."`, in the order of the runtime's
/// `error_codes::rejection::RejectionKind::ALL` (a test in `tests/`
/// compares the two lists).
pub const REJECTION_KINDS: [&str; 7] = {
    let all = parse::keys::Rejection::ALL;
    let mut names = [""; 7];
    let mut i = 0;
    while i < all.len() {
        names[i] = all[i].name();
        i += 1;
    }
    names
};

/// The names of `grpc = "..."` and the `error_codes::grpc::GrpcCode`
/// variant each one emits, in the order of `GrpcCode::ALL` (a test in
/// `tests/` compares the two lists).
pub const GRPC_CODES: [(&str, &str); 17] = parse::grpc::CODES;
