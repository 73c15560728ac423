//! `#[derive(ErrorCatalog)]`: see the `error-codes` crate for the grammar.
//!
//! The pipeline, one module a stage:
//!
//! 1. `parse`: the attributes, read by darling receivers (`parse/keys.rs`)
//!    and by hand where darling cannot (`parse/literal.rs`, `parse/code_attr.rs`);
//! 2. `resolve`: what each entry inherits (message, module, HTTP status,
//!    symbol), sorted by code, into the `model`; then `locales`: the
//!    translation files of `locales = "..."`, read;
//! 3. `check`: the rules across values, one small function each;
//! 4. `expand`: the impls, one file per part of the output; or, when
//!    there were errors, `fallback`: stub impls, so that one mistake gives
//!    one error.
//!
//! `pipeline.rs` runs the four on `proc_macro2` tokens, so that tests and
//! the fuzz target (`fuzz/fuzz_targets/derive.rs`) run it outside a macro.

mod check;
mod expand;
mod fallback;
mod locales;
mod model;
mod parse;
mod pipeline;
mod resolve;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

use pipeline::derive;

#[proc_macro_derive(ErrorCatalog, attributes(catalog, code, source))]
pub fn derive_error_catalog(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input).into()
}
