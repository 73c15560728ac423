//! When the input has errors, the derive still emits the impls the user
//! asked for, with empty tables and bodies that are never run (the build
//! fails on the reported errors anyway). The user then sees the real mistake
//! only, not a follow-on error at every use of the trait.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Input;
use crate::expand::{catalog_where, display_impls, krate};

pub fn expand(input: &Input<'_>) -> TokenStream {
    let krate = krate(input);
    let private = quote!(#krate::__private);
    let ident = input.ident;
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
    let where_clause = catalog_where(input);
    let display = display_impls(input);
    quote! {
        #[automatically_derived]
        impl #impl_generics #private::ErrorCatalog for #ident #ty_generics #where_clause {
            const NAME: &'static str = "";
            const ENTRIES: &'static [#private::Entry] = &[];
            const CODES: &'static [i64] = &[];
            const NAMES: &'static [&'static str] = &[];
            const MODULES: &'static [#private::Module] = &[];
            const LOOKUP: #private::Lookup = #private::Lookup::Sorted;
            fn entry(&self) -> &'static #private::Entry {
                ::core::unreachable!()
            }
            fn from_code(_: i64) -> #private::Option<Self> {
                ::core::unreachable!()
            }
        }
        #display
    }
}
