//! `#[derive(ErrorCatalog)]`: see the `error-codes` crate for the grammar.
//!
//! The pipeline, one module a stage:
//!
//! 1. `parse`: the attributes, read by darling receivers (`parse/keys.rs`)
//!    and by hand where darling cannot (`parse/literal.rs`, `parse/code_attr.rs`);
//! 2. `resolve`: what each entry inherits (message, module, HTTP status,
//!    symbol), sorted by code, into the `model`;
//! 3. `check`: the rules across values, one small function each;
//! 4. `expand`: the impls, one file per part of the output; or, when
//!    there were errors, `fallback`: stub impls, so that one mistake gives
//!    one error.

mod check;
mod expand;
mod fallback;
mod model;
mod parse;
mod resolve;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

#[proc_macro_derive(ErrorCatalog, attributes(catalog, code, source))]
pub fn derive_error_catalog(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input).into()
}

fn derive(node: &DeriveInput) -> proc_macro2::TokenStream {
    let mut errors = darling::Error::accumulator();
    let Some(input) = parse::Input::from_syn(node, &mut errors) else {
        return errors
            .finish()
            .err()
            .map(darling::Error::write_errors)
            .unwrap_or_default();
    };
    let catalogue = resolve::resolve(&input);
    check::check(&input, &catalogue, &mut errors);
    match errors.finish() {
        Ok(()) => expand::expand(&input, &catalogue),
        Err(error) => {
            let mut tokens = error.write_errors();
            tokens.extend(fallback::expand(&input));
            tokens
        }
    }
}
