//! The derive on `proc_macro2` tokens: parse, resolve, check, then expand
//! or fall back. Everything but the `proc_macro` entry point, so that the
//! tests and the fuzz target (which includes these files) run it too.

use syn::DeriveInput;

use crate::{check, expand, fallback, parse, resolve, translations};

/// The tokens the derive answers `node` with: the impls, or the errors
/// (each at the user's token) followed by stub impls.
pub fn derive(node: &DeriveInput) -> proc_macro2::TokenStream {
    let mut errors = darling::Error::accumulator();
    let Some(input) = parse::Input::from_syn(node, &mut errors) else {
        return errors
            .finish()
            .err()
            .map(darling::Error::write_errors)
            .unwrap_or_default();
    };
    let mut catalogue = resolve::resolve(&input);
    catalogue.locales =
        translations::read(input.keys.locales.as_ref(), &mut errors).unwrap_or_default();
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
