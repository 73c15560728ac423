//! `locales = "..."`: the languages (`LOCALES`, and `OWN_LOCALES` in a
//! composition, whose `LOCALES` adds its parts'), each entry's
//! translations as one more column, and an `include_str!` of each file so
//! that cargo rebuilds the crate when one changes.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::header::{Header, locals};
use crate::model::Catalogue;
use crate::translations::Locale;

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

/// The `locales` and `*translations` columns of `Columns`: each entry's
/// texts in the order of `OWN_LOCALES` (`""`: none; a title or help column
/// is empty when no file translates one).
pub fn columns(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<TokenStream> {
    if catalogue.locales.is_empty() {
        return None;
    }
    let private = &header.private;
    let codes: Vec<i64> = catalogue.entries.iter().map(|e| e.code.value).collect();
    let [messages, titles, helps] = texts(catalogue, &codes);
    Some(quote! {
        locales: <Self as #private::ErrorCatalog>::OWN_LOCALES,
        translations: &[#(#messages),*],
        title_translations: &[#(#titles),*],
        help_translations: &[#(#helps),*]
    })
}

/// For each of `codes`, its message, title and help in each file, as rows
/// `&["...", ...]`; no title (help) rows when no file gives one.
fn texts(catalogue: &Catalogue<'_>, codes: &[i64]) -> [Vec<TokenStream>; 3] {
    let locales = &catalogue.locales;
    let row = |text: &dyn Fn(&Locale, i64) -> Option<String>, code: i64| {
        let cells = locales
            .iter()
            .map(|locale| text(locale, code).unwrap_or_default());
        quote!(&[#(#cells),*])
    };
    let message = |locale: &Locale, code| locale.messages.get(&code).map(|(m, _)| m.clone());
    let title = |locale: &Locale, code| locale.titles.get(&code).cloned();
    let help = |locale: &Locale, code| locale.helps.get(&code).cloned();
    let rows = |text: &dyn Fn(&Locale, i64) -> Option<String>| {
        let any = codes
            .iter()
            .any(|code| locales.iter().any(|l| text(l, *code).is_some()));
        let rows = codes.iter().map(|code| row(text, *code));
        if any { rows.collect() } else { Vec::new() }
    };
    let messages = codes.iter().map(|code| row(&message, *code)).collect();
    [messages, rows(&title), rows(&help)]
}

/// A composition's `__translation`: its own entries' texts, then its own
/// files' texts of its parts' codes, then the part's `__translation`. With
/// the check that each code its files translate is one of a part.
pub fn composed(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let [code, range, position, found, own] = locals(["code", "range", "position", "found", "own"]);
    let own_position = super::tables::own_position(header, catalogue, &code);
    let foreign = foreign_codes(catalogue);
    let [messages, titles, helps] = texts(catalogue, &foreign);
    let rows = foreign.iter().enumerate().map(|(i, code)| {
        let message = &messages[i];
        let title = titles.get(i).map_or_else(|| quote!(&[]), Clone::clone);
        let help = helps.get(i).map_or_else(|| quote!(&[]), Clone::clone);
        quote! {
            #private::PartTranslation { code: #code, messages: #message, titles: #title, helps: #help }
        }
    });
    // Nothing when its files translate none of its parts' codes.
    let own_files = (!foreign.is_empty()).then(|| {
        quote! {
            const TEXTS: &[#private::PartTranslation] = &[#(#rows),*];
            let #own = <Self as #private::ErrorCatalog>::OWN_LOCALES;
            if let #private::Some(#found) = #private::part_translation(TEXTS, #own, #code, #range) {
                return #private::Some(#found);
            }
        }
    });
    let lookups = super::compose::items(header, catalogue, "lookup");
    let translations = super::compose::items(header, catalogue, "translation");
    let parts = lookups
        .iter()
        .zip(&translations)
        .map(|(lookup, translation)| {
            quote! {
                if #lookup(#code).is_some() {
                    return #translation(#code, #range);
                }
            }
        });
    quote! {
        fn __translation(#code: i64, #range: &str) -> #private::Option<#private::Translation> {
            if let #private::Some(#position) = #own_position {
                return <Self as #private::ErrorCatalog>::OWN_ENTRIES[#position].translation_in(#range);
            }
            #own_files
            #(#parts)*
            #private::None
        }
    }
}

/// The codes a composition's files translate that are not its own: its
/// parts', sorted.
fn foreign_codes(catalogue: &Catalogue<'_>) -> Vec<i64> {
    let codes = catalogue
        .locales
        .iter()
        .flat_map(|locale| locale.messages.keys());
    let foreign = codes.filter(|code| catalogue.entry(**code).is_none());
    let set: std::collections::BTreeSet<i64> = foreign.copied().collect();
    set.into_iter().collect()
}

/// The check that each code a composition's files translate besides its
/// own is a code of one of its parts (`CODES`, known to const evaluation),
/// spanned at `locales = "..."`.
pub fn part_translations_are_current(
    header: &Header<'_>,
    catalogue: &Catalogue<'_>,
    folder: &crate::parse::literal::Str,
) -> Option<TokenStream> {
    let foreign = foreign_codes(catalogue);
    if foreign.is_empty() {
        return None;
    }
    let private = &header.private;
    let ident = header.ident();
    let messages = foreign.iter().map(|code| {
        let (locale, line) = catalogue
            .locales
            .iter()
            .find_map(|locale| Some((locale, locale.messages.get(code)?.1)))
            .unwrap_or_else(|| unreachable!("a foreign code is in some file"));
        let name = ident.to_string();
        crate::check::locale_files::stale_translation(&locale.shown, line, *code, &name)
    });
    let at = header.private_at(folder.0.span());
    let [missing] = locals(["missing"]);
    let assert = quote_spanned! {folder.0.span()=>
        if let #at::Some(#missing) = MISSING {
            #at::panic!("{}", MESSAGES[#missing]);
        }
    };
    Some(quote! {
        {
            const MESSAGES: &[&str] = &[#(#messages),*];
            const MISSING: #private::Option<usize> = #private::first_missing(
                &[#(#foreign),*],
                <#ident as #private::ErrorCatalog>::CODES,
            );
            #assert
        }
    })
}

/// `const _: &str = include_str!("...");` of each file.
pub fn rebuild_on_change(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let paths = catalogue.locales.iter().map(|locale| &locale.path);
    quote!(#(const _: &'static str = #private::include_str!(#paths);)*)
}
