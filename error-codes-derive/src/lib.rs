//! `#[derive(ErrorCatalog)]`: see the `error-codes` crate for the grammar.
//!
//! The pipeline, one file a stage: [`ast`] parses the attributes (darling
//! receivers, [`attr`] for the hand-shaped parts), [`valid`] runs the
//! cross-variant checks, [`table`] chooses the lookup table, [`expand`] emits
//! the code, and [`fallback`] emits stub impls when there were errors.

mod ast;
mod attr;
mod expand;
mod fallback;
mod table;
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

#[proc_macro_derive(ErrorCatalog, attributes(catalog, code))]
pub fn derive_error_catalog(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}
