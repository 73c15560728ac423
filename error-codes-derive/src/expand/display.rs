//! `Display` (the message) and `std::error::Error`, unless
//! `#[catalog(display = false)]`. The fallback emits them too, so that a
//! mistake elsewhere does not surface as a missing `Display`.

use proc_macro2::TokenStream;
use quote::quote;

use super::header::{Header, locals};
use crate::parse::Input;

pub fn impls(input: &Input<'_>, header: &Header<'_>) -> Option<TokenStream> {
    if !input.display() {
        return None;
    }
    let private = &header.private;
    let ident = input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    // `Error` also needs `Debug`: for a generic enum, ask for it where it is
    // used rather than on every parameter.
    let debug = syn::parse_quote!(#ident #ty_generics: ::core::fmt::Debug);
    let display = header.impl_of("Display", None);
    let [formatter] = locals(["formatter"]);
    let error = header.impl_of("Error", Some(debug));
    Some(quote! {
        #display {
            fn fmt(&self, #formatter: &mut #private::Formatter<'_>) -> #private::FmtResult {
                #formatter.write_str(#private::ErrorCatalog::message(self))
            }
        }
        #error {}
    })
}
