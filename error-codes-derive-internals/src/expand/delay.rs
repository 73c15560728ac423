//! `__retry_after()`: a data variant's retry delay, its
//! `std::time::Duration` field (the one `retry_after = field` names, else
//! its only field written `Duration`), which answers send as `Retry-After`;
//! a `transparent` variant's is its catalogue's.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;

use super::compose;
use super::header::{Header, locals};
use crate::model::{Catalogue, Delay};

pub fn retry_after(
    header: &Header<'_>,
    catalogue: &Catalogue<'_>,
    variants: usize,
) -> Option<TokenStream> {
    let private = &header.private;
    let [inner] = locals(["inner"]);
    let delay_of = compose::items(header, catalogue, "retry_after");
    let delegate = catalogue.parts.iter().zip(&delay_of).map(|(part, delay)| {
        let ident = part.ident;
        quote!(Self::#ident(#inner) => #delay(#inner),)
    });
    let own = catalogue.entries.iter().filter_map(|entry| {
        let variant = entry.ident;
        Some(match entry.delay_field()? {
            // At the name the user wrote: a field of another type is an
            // error there.
            Delay::Marked(field, named) => {
                let bound = Ident::new("field0", named.span());
                let delay = quote_spanned!(named.span()=> #private::delay(#bound));
                quote!(Self::#variant { #field: #bound, .. } => #private::Some(#delay),)
            }
            // Read by the compiler: a `Duration` of another crate is none.
            // (`ShapeFallback`, which `probe_scope` imports, answers for others.)
            Delay::Only(field, ty) => quote! {
                Self::#variant { #field: #inner, .. } => #private::Probe::<#ty>::delay(#inner),
            },
        })
    });
    let arms: Vec<TokenStream> = delegate.chain(own).collect();
    if arms.is_empty() {
        return None;
    }
    let rest = (arms.len() < variants).then(|| quote!(_ => #private::None,));
    Some(quote! {
        fn __retry_after(&self) -> #private::Option<#private::Duration> {
            match self {
                #(#arms)*
                #rest
            }
        }
    })
}

/// For a catalogue with data fields: `ShapeFallback` imported in the scope
/// of the impls, which `Probe::<T>::SHAPE`, `Probe::<T>::DELAY` and
/// `Probe::<T>::delay` need for a `T` without a shape or that is no
/// `Duration` (in static tables, where a block would keep a table from
/// being promoted), and used once so that it is never an unused import:
/// no `allow`, which a user's `forbid(unused)` would refuse.
pub fn probe_scope(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let probes = |entry: &crate::model::Entry<'_>| entry.data_fields().next().is_some();
    catalogue.entries.iter().any(probes).then(|| {
        quote! {
            use #private::ShapeFallback as _;
            const _: bool = #private::Probe::<()>::DELAY;
        }
    })
}

/// `retry_after_fields: &[None, Some(("wait", true)), ...]`: the field each
/// entry's delay is read from, for the API description, and whether it
/// counts: a field written `Duration` counts when the compiler says it is
/// `core::time::Duration` (`Probe::<T>::DELAY`, whose fallback
/// [`probe_scope`] imports). Nothing
/// when no entry has one.
pub fn column(private: &TokenStream, entries: &[crate::model::Entry<'_>]) -> Option<TokenStream> {
    let fields: Vec<Option<TokenStream>> = entries
        .iter()
        .map(|entry| {
            let (field, counts) = match entry.delay_field()? {
                Delay::Marked(field, _) => (field, quote!(true)),
                Delay::Only(field, ty) => (field, quote!(#private::Probe::<#ty>::DELAY)),
            };
            let name = syn::ext::IdentExt::unraw(field).to_string();
            Some(quote!(#private::Some((#name, #counts))))
        })
        .collect();
    fields.iter().any(Option::is_some).then(|| {
        let values = fields
            .iter()
            .map(|field| field.clone().unwrap_or_else(|| quote!(#private::None)));
        quote!(retry_after_fields: &[#(#values),*])
    })
}
