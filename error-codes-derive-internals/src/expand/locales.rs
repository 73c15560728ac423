//! `locales = "..."`: the languages (`LOCALES`, and `OWN_LOCALES` in a
//! composition, whose `LOCALES` adds its parts'), each entry's
//! translations as one more column, and an `include_str!` of each file so
//! that cargo rebuilds the crate when one changes.

use proc_macro2::TokenStream;
use quote::quote;

use super::header::Header;
use crate::model::Catalogue;

/// The consts of `LOCALES`; nothing for a catalogue without translations
/// that composes nothing (the trait's default, none).
pub fn consts(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let tags: Vec<&str> = catalogue.locales.iter().map(|l| l.tag.as_str()).collect();
    if !catalogue.composes() {
        return (!tags.is_empty())
            .then(|| quote!(const LOCALES: &'static [&'static str] = &[#(#tags),*];));
    }
    let ident = header.ident();
    let parts =
        (0..catalogue.parts.len()).map(|index| quote!(<#ident as #private::Part<#index>>::LOCALES));
    Some(quote! {
        const OWN_LOCALES: &'static [&'static str] = &[#(#tags),*];
        const LOCALES: &'static [&'static str] = &{
            const LISTS: &[&[&str]] = &[<#ident as #private::ErrorCatalog>::OWN_LOCALES, #(#parts),*];
            const N: usize = #private::union_len(LISTS);
            #private::union::<N>(LISTS)
        };
    })
}

/// The `locales` and `translations` columns of `Columns`: each entry's
/// messages in the order of `OWN_LOCALES`.
pub fn columns(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<TokenStream> {
    if catalogue.locales.is_empty() {
        return None;
    }
    let private = &header.private;
    let rows = catalogue.entries.iter().map(|entry| {
        let messages = catalogue.locales.iter().map(|locale| {
            let found = locale.messages.get(&entry.code.value);
            found.map_or("", |(message, _)| message.as_str())
        });
        quote!(&[#(#messages),*])
    });
    Some(quote! {
        locales: <Self as #private::ErrorCatalog>::OWN_LOCALES,
        translations: &[#(#rows),*]
    })
}

/// `const _: &str = include_str!("...");` of each file.
pub fn rebuild_on_change(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let paths = catalogue.locales.iter().map(|locale| &locale.path);
    quote!(#(const _: &'static str = #private::include_str!(#paths);)*)
}
