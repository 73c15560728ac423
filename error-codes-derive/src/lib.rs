//! `#[derive(ErrorCatalog)]`: see the `error-codes` crate for the grammar.
//!
//! The derive itself (parse, resolve, check, expand or fall back) lives in
//! `error-codes-derive-internals`, on `proc_macro2` tokens, so that its
//! tests and the fuzz target run it outside a macro; this crate is its
//! `proc_macro` entry point.

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

#[proc_macro_derive(ErrorCatalog, attributes(catalog, code, source))]
pub fn derive_error_catalog(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    error_codes_derive_internals::derive(&input).into()
}
