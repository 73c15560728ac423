//! `Display` (the message) and `std::error::Error` with its `source()`,
//! unless `#[catalog(display = false)]`. The fallback emits them too (with
//! no `source()`), so that a mistake elsewhere does not surface as a
//! missing `Display`.

use proc_macro2::TokenStream;
use quote::quote;

use super::header::{Header, locals};
use crate::parse::Input;

pub fn impls(input: &Input<'_>, header: &Header<'_>, with_source: bool) -> Option<TokenStream> {
    if !input.display() {
        return None;
    }
    let private = &header.private;
    let ident = input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    // `Error` also needs `Debug`: for a generic enum, ask for it where it is
    // used rather than on every parameter.
    let debug = syn::parse_quote!(#ident #ty_generics: #private::Debug);
    let display = header.impl_of("Display", None);
    let [formatter] = locals(["formatter"]);
    let error = header.impl_of("Error", Some(debug));
    let source = with_source.then(|| source(input, header)).flatten();
    Some(quote! {
        #display {
            fn fmt(&self, #formatter: &mut #private::Formatter<'_>) -> #private::FmtResult {
                #private::write_message(self, #formatter)
            }
        }
        #error {
            #source
        }
    })
}

/// `source()`: a `transparent` variant forwards to its catalogue's
/// `source()` (it is that error, not its cause); a variant with a field
/// marked `#[source]` returns that field. `None` without either.
fn source(input: &Input<'_>, header: &Header<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let [inner] = locals(["inner"]);
    let arms: Vec<TokenStream> = input
        .variants
        .iter()
        .filter_map(|variant| {
            let ident = variant.ident;
            if variant.is_transparent() {
                let forward = quote!((&#private::Forward(#inner)).forward_source());
                return Some(quote!(Self::#ident(#inner) => #forward,));
            }
            let (member, _) = variant.sources.first()?;
            let pattern = match member {
                syn::Member::Named(name) => quote!(Self::#ident { #name: #inner, .. }),
                syn::Member::Unnamed(index) => {
                    let skipped = (0..index.index).map(|_| quote!(_));
                    quote!(Self::#ident(#(#skipped,)* #inner, ..))
                }
            };
            Some(quote!(#pattern => #private::Some(#inner.as_dyn_error()),))
        })
        .collect();
    if arms.is_empty() {
        return None;
    }
    let rest = (arms.len() < input.variants.len()).then(|| quote!(_ => #private::None,));
    Some(quote! {
        fn source(&self) -> #private::Option<&(dyn #private::Error + 'static)> {
            use #private::{AsDynError as _, ForwardSource as _, NoSource as _};
            match self {
                #(#arms)*
                #rest
            }
        }
    })
}
