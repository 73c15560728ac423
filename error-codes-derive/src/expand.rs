//! Code generation: the `ErrorCatalog` impl with its static tables, and
//! `Display` + `Error` unless `#[catalog(display = false)]`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{DeriveInput, Fields};

use crate::ast::Input;
use crate::attr::Text;
use crate::fallback;
use crate::table::{self, Table};
use crate::valid::{self, Catalog};

pub fn derive(node: &DeriveInput) -> TokenStream {
    let mut errors = darling::Error::accumulator();
    let Some(input) = Input::from_syn(node, &mut errors) else {
        return errors
            .finish()
            .err()
            .map(darling::Error::write_errors)
            .unwrap_or_default();
    };
    let catalog = valid::check(&input, &mut errors);
    match errors.finish() {
        Ok(()) => impl_catalog(&input, &catalog),
        Err(error) => {
            let mut tokens = error.write_errors();
            tokens.extend(fallback::expand(&input));
            tokens
        }
    }
}

/// The path of the runtime crate: `#[catalog(crate = path)]`, else `::error_codes`.
pub fn krate(input: &Input<'_>) -> TokenStream {
    match &input.catalog.krate {
        Some(path) => quote!(#path),
        None => quote!(::error_codes),
    }
}

/// The where clause of the `ErrorCatalog` impl: the enum's own, plus
/// `Enum<T>: 'static` on a generic enum (the trait's supertrait), so that a
/// parameter needs no `'static` bound of its own.
pub fn catalog_where(input: &Input<'_>) -> Option<syn::WhereClause> {
    let ident = input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let mut generics = input.generics.clone();
    if !input.generics.params.is_empty() {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#ident #ty_generics: 'static));
    }
    generics.where_clause
}

fn impl_catalog(input: &Input<'_>, catalog: &Catalog<'_>) -> TokenStream {
    let krate = krate(input);
    let private = quote!(#krate::__private);
    let ident = input.ident;
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
    let where_clause = catalog_where(input);

    let name = &catalog.name;
    let codes: Vec<i64> = catalog.entries.iter().map(|entry| entry.code).collect();
    let enum_name = ident.unraw().to_string();
    let names = catalog
        .entries
        .iter()
        .map(|entry| format!("{enum_name}::{}", entry.ident.unraw()));
    let entries = catalog.entries.iter().map(|entry| {
        let code = entry.code;
        let variant = entry.ident.unraw().to_string();
        let symbol = &entry.symbol;
        let symbol_declared = entry.symbol_declared;
        let message = &entry.message;
        let title = option(entry.title.as_ref());
        let help = option(entry.help.as_ref());
        let module = option(entry.module.as_ref());
        let group = option(entry.group.as_ref());
        let http = option(entry.http.as_ref());
        let success = entry.success;
        quote! {
            #private::Entry::__new(#code, #variant, #symbol, #symbol_declared, #message, #title, #help, #module, #group, #http, #success)
        }
    });
    let modules = catalog.modules.iter().map(|module| {
        let name = module.name.value();
        let title = option_text(module.title.as_ref());
        let http = option(module.http.map(|http| http.value).as_ref());
        let description = option_text(module.description.as_ref());
        let ranges = ranges(&private, &module.ranges.0);
        quote!(#private::Module::__new(#name, #title, #http, #description, &[#(#ranges),*]))
    });
    let lookup = match table::choose(&codes) {
        Table::Direct { min, slots } => quote! {
            #private::Lookup::Direct { min: #min, slots: &[#(#slots),*] }
        },
        Table::Bitmap { min, words, ranks } => quote! {
            #private::Lookup::Bitmap { min: #min, words: &[#(#words),*], ranks: &[#(#ranks),*] }
        },
        Table::Sorted => quote!(#private::Lookup::Sorted),
    };

    // The own tables: the whole catalogue, or for an enum that composes
    // others, the part it declares itself (merged with the others below).
    let composes = !catalog.parts.is_empty();
    let prefix = if composes { "OWN_" } else { "" };
    let [entries_const, codes_const, names_const, lookup_const] =
        ["ENTRIES", "CODES", "NAMES", "LOOKUP"].map(|name| format_ident!("{prefix}{name}"));
    let own_tables = quote! {
        const #entries_const: &'static [#private::Entry] = &[#(#entries),*];
        const #codes_const: &'static [i64] = &[#(#codes),*];
        const #names_const: &'static [&'static str] = &[#(#names),*];
        const #lookup_const: #private::Lookup = #lookup;
    };
    let composed = composes.then(|| composed_tables(&private, ident, catalog));

    let patterns: Vec<TokenStream> = input
        .variants
        .iter()
        .map(|variant| {
            let ident = variant.ident;
            match variant.fields {
                Fields::Unit => quote!(Self::#ident),
                Fields::Unnamed(_) => quote!(Self::#ident(..)),
                Fields::Named(_) => quote!(Self::#ident { .. }),
            }
        })
        .collect();
    let transparent: Vec<&syn::Ident> = catalog.parts.iter().map(|part| part.ident).collect();
    let entry_of = catalogue_items(&private, catalog, "entry");
    let delegate = transparent
        .iter()
        .zip(&entry_of)
        .map(|(variant, entry)| quote!(Self::#variant(inner) => return #entry(inner),));
    let own_arms = input
        .variants
        .iter()
        .zip(&patterns)
        .enumerate()
        .filter(|(_, (variant, _))| !variant.opts.transparent.is_present())
        .map(|(index, (_, pattern))| quote!(#pattern => #index,));
    let entry_body = if patterns.is_empty() {
        quote!(match *self {})
    } else if catalog.entries.is_empty() {
        // Only composed catalogues: each variant delegates.
        quote!(match self { #(#delegate)* })
    } else {
        // The declaration index of the variant (for a fieldless enum, its
        // discriminant), then the entry's position from a static table.
        let positions = catalog.positions.iter().map(|&p| p as u16);
        quote! {
            const POSITIONS: &[u16] = &[#(#positions),*];
            let variant: usize = match self { #(#own_arms)* #(#delegate)* };
            &<Self as #private::ErrorCatalog>::#entries_const[POSITIONS[variant] as usize]
        }
    };
    // From a code's position to its variant: a table of declaration indices,
    // then a match in declaration order (the identity on a fieldless enum's
    // discriminants). Variants that carry data cannot be built from a code.
    let variant_of_position = catalog.entries.iter().map(|entry| entry.variant as u16);
    let constructors = catalog.entries.iter().filter_map(|entry| {
        let index = entry.variant as u16;
        let ident = entry.ident;
        matches!(entry.fields, Fields::Unit)
            .then(|| quote!(#index => #private::Some(Self::#ident),))
    });
    let [from_code_of, lookup_of, module_of_of] =
        ["from_code", "lookup", "module_of"].map(|item| catalogue_items(&private, catalog, item));
    let own_position = quote! {
        <Self as #private::ErrorCatalog>::#lookup_const
            .find(<Self as #private::ErrorCatalog>::#codes_const, code)
    };
    let from_code_body = quote! {
        const VARIANTS: &[u16] = &[#(#variant_of_position),*];
        if let #private::Some(position) = #own_position {
            return match VARIANTS[position] {
                #(#constructors)*
                _ => #private::None,
            };
        }
        #(
            if let #private::Some(inner) = #from_code_of(code) {
                return #private::Some(Self::#transparent(inner));
            }
        )*
        #private::None
    };
    // Composition: lookups ask the own table, then each composed catalogue;
    // a composed code's module is its catalogue's.
    let composed_methods = composes.then(|| {
        quote! {
            #[inline]
            fn lookup(code: i64) -> #private::Option<&'static #private::Entry> {
                if let #private::Some(position) = #own_position {
                    return #private::Some(&<Self as #private::ErrorCatalog>::OWN_ENTRIES[position]);
                }
                #(
                    if let #private::Some(entry) = #lookup_of(code) {
                        return #private::Some(entry);
                    }
                )*
                #private::None
            }

            fn module_of(code: i64) -> #private::Option<&'static #private::Module> {
                let modules = <Self as #private::ErrorCatalog>::MODULES;
                if let #private::Some(position) = #own_position {
                    let name = <Self as #private::ErrorCatalog>::OWN_ENTRIES[position].module?;
                    return modules.iter().find(|module| module.name == name);
                }
                #(
                    if #lookup_of(code).is_some() {
                        return #module_of_of(code);
                    }
                )*
                if let #private::Some(module) = modules.iter().find(|module| module.contains(code)) {
                    return #private::Some(module);
                }
                #(
                    if let #private::Some(module) = #module_of_of(code) {
                        return #private::Some(module);
                    }
                )*
                #private::None
            }
        }
    });
    let checks = composes.then(|| composition_checks(&private, ident, catalog));
    let envelope = envelope_fields(&private, input);

    let display = display_impls(input);

    quote! {
        #[automatically_derived]
        impl #impl_generics #private::ErrorCatalog for #ident #ty_generics #where_clause {
            const NAME: &'static str = #name;
            const MODULES: &'static [#private::Module] = &[#(#modules),*];
            #own_tables
            #composed
            #envelope

            #[inline]
            fn entry(&self) -> &'static #private::Entry {
                #entry_body
            }

            #[inline]
            fn from_code(code: i64) -> #private::Option<Self> {
                #from_code_body
            }

            #composed_methods
        }
        #checks
        #display
    }
}

/// `<Type as ErrorCatalog>::item` for a composed catalogue, every token
/// spanned at the user's type: when it is not a catalogue, every use reports
/// the same error at the same place, which rustc shows once.
fn catalogue_item(private: &TokenStream, ty: &syn::Type, item: &str) -> TokenStream {
    let span = ty.span();
    let item = syn::Ident::new(item, span);
    quote_spanned!(span=> <#ty as #private::ErrorCatalog>::#item)
}

fn catalogue_items(private: &TokenStream, catalog: &Catalog<'_>, item: &str) -> Vec<TokenStream> {
    catalog
        .parts
        .iter()
        .map(|part| catalogue_item(private, part.ty, item))
        .collect()
}

/// `&[<Enum as ErrorCatalog>::OWN_<item>, <Child as ErrorCatalog>::<item>, ...]`:
/// one table per part of a composition, the enum's own first (part 0).
fn part_tables(
    private: &TokenStream,
    ident: &syn::Ident,
    catalog: &Catalog<'_>,
    item: &str,
) -> TokenStream {
    let own = format_ident!("OWN_{item}");
    let children = catalogue_items(private, catalog, item);
    quote!(&[<#ident as #private::ErrorCatalog>::#own, #(#children),*])
}

fn ranges<'a>(
    private: &'a TokenStream,
    ranges: &'a [crate::attr::CodeRange],
) -> impl Iterator<Item = TokenStream> + 'a {
    ranges.iter().map(move |range| {
        let (start, end) = (range.start, range.end);
        quote!(#private::CodeRange { start: #start, end: #end })
    })
}

/// `envelope(...)`: the wire field names (unnamed ones keep their default);
/// `data` written as `null` only when named. Without it, the trait's default.
fn envelope_fields(private: &TokenStream, input: &Input<'_>) -> Option<TokenStream> {
    let envelope = input.catalog.envelope.as_ref()?;
    let [code, message, data] = [
        (&envelope.code, "code"),
        (&envelope.message, "message"),
        (&envelope.data, "data"),
    ]
    .map(|(given, default)| {
        given
            .as_ref()
            .map_or_else(|| default.to_owned(), Text::value)
    });
    let null_data = envelope.data.is_some();
    Some(quote! {
        const ENVELOPE: #private::Fields = #private::Fields {
            code: #code,
            message: #message,
            data: #data,
            null_data: #null_data,
        };
    })
}

/// The merged tables of an enum that composes others: its own entries and
/// every composed catalogue's, sorted by code, computed by const evaluation
/// (a proc macro cannot see the codes of an enum declared elsewhere). Inner
/// `const` items cannot name `Self`, so the enum is named by its identifier;
/// composition is refused on generic enums.
fn composed_tables(
    private: &TokenStream,
    ident: &syn::Ident,
    catalog: &Catalog<'_>,
) -> TokenStream {
    let catalogue = quote!(#private::ErrorCatalog);
    let [entries, codes, names] =
        ["ENTRIES", "CODES", "NAMES"].map(|item| part_tables(private, ident, catalog, item));
    // Every table is merged in the order of the codes, read from the
    // children's `CODES`; `N` is their total.
    let codes_of = catalogue_items(private, catalog, "CODES");
    let count = quote! {
        const N: usize = <#ident as #catalogue>::OWN_CODES.len() #(+ #codes_of.len())*;
    };
    quote! {
        const ENTRIES: &'static [#private::Entry] = &{
            #count
            #private::merge::<#private::Entry, N>(#codes, #entries, #private::BLANK)
        };
        const CODES: &'static [i64] = &{
            #count
            #private::merge::<i64, N>(#codes, #codes, 0)
        };
        const NAMES: &'static [&'static str] = &{
            #count
            #private::merge::<&'static str, N>(#codes, #names, "")
        };
        const LOOKUP: #private::Lookup = #private::Lookup::Sorted;
    }
}

/// The compile-time checks of a composition, evaluated by rustc: no code is
/// declared twice across the enum and its composed catalogues, and a
/// catalogue composed into a module has all its codes in that module's
/// ranges. The support functions only find the problem; the `assert!` that
/// fails is spanned at the user's composing variant, so that the error
/// points there.
fn composition_checks(
    private: &TokenStream,
    ident: &syn::Ident,
    catalog: &Catalog<'_>,
) -> TokenStream {
    let [codes, names] = ["CODES", "NAMES"].map(|item| part_tables(private, ident, catalog, item));
    let clash_asserts = catalog.parts.iter().enumerate().map(|(index, part)| {
        let part_index = index + 1;
        quote_spanned! {part.ident.span()=>
            ::core::assert!(clash.second.part != #part_index, "{}", message);
        }
    });
    let range_checks = catalog.parts.iter().filter_map(|part| {
        let module = part.module?;
        let [ty_codes, ty_names] =
            ["CODES", "NAMES"].map(|item| catalogue_item(private, part.ty, item));
        let ranges = ranges(private, &module.ranges.0);
        let suffix = format!(
            " lies outside the ranges of module `{}` ({}), which `{}` is composed into",
            module.name.value(),
            crate::valid::list_ranges(&module.ranges.0),
            part.ident
        );
        let assert = quote_spanned! {part.ident.span()=>
            ::core::assert!(OUTSIDE.is_none(), "{}", MESSAGE.as_str());
        };
        Some(quote! {
            {
                const OUTSIDE: #private::Option<usize> =
                    #private::first_outside(#ty_codes, &[#(#ranges),*]);
                const MESSAGE: #private::Message = #private::outside_message(
                    OUTSIDE,
                    #ty_codes,
                    #ty_names,
                    #suffix,
                );
                #assert
            }
        })
    });
    quote! {
        const _: () = {
            const CLASH: #private::Option<#private::Clash> = #private::find_clash(#codes);
            const MESSAGE: #private::Message = #private::clash_message(CLASH, #names);
            if let #private::Some(clash) = CLASH {
                let message = MESSAGE.as_str();
                #(#clash_asserts)*
            }
            #(#range_checks)*
        };
    }
}

/// `Display` (the message) and `std::error::Error`, unless
/// `#[catalog(display = false)]`. The fallback emits them too.
pub fn display_impls(input: &Input<'_>) -> Option<TokenStream> {
    if !input.display() {
        return None;
    }
    let krate = krate(input);
    let private = quote!(#krate::__private);
    let ident = input.ident;
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
    // Both read the catalogue, so both need its where clause; `Error` also
    // needs `Debug`: for a generic enum, ask for it where it is used rather
    // than on every parameter.
    let where_clause = catalog_where(input);
    let mut error_where = where_clause
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(where));
    error_where
        .predicates
        .push(syn::parse_quote!(#ident #ty_generics: ::core::fmt::Debug));
    Some(quote! {
        #[automatically_derived]
        impl #impl_generics #private::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, formatter: &mut #private::Formatter<'_>) -> #private::FmtResult {
                formatter.write_str(#private::ErrorCatalog::message(self))
            }
        }
        #[automatically_derived]
        impl #impl_generics #private::Error for #ident #ty_generics #error_where {}
    })
}

/// `Some(value)` or `None`, spelled by the absolute path `::core::option` so
/// that a user's own `Some` or `Option` in scope changes nothing.
fn option<T: quote::ToTokens>(value: Option<&T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

/// `Some("text")` or `None`, for an optional string of an attribute.
fn option_text(text: Option<&Text>) -> TokenStream {
    option(text.map(Text::value).as_ref())
}

#[cfg(test)]
mod tests {
    /// Hostile and odd inputs: the derive answers each with tokens (a
    /// `compile_error!` where the input is wrong), never a panic.
    #[test]
    fn never_panics_and_reports_errors_as_compile_errors() {
        let cases: &[(&str, bool)] = &[
            ("enum E {}", true),
            (
                "enum E { #[code(-9223372036854775808)] /// min\n A, #[code(9223372036854775807)] /// max\n B }",
                true,
            ),
            (
                "enum E { #[code(0x7fff_ffff_ffff_ffff)] /// hex\n A }",
                true,
            ),
            ("enum E { #[code(1u8)] /// suffixed\n A }", true),
            (
                "enum E { #[code(1, success, transparent)] /// both\n A(u8) }",
                false,
            ),
            (
                "enum E { #[code(-9223372036854775809)] /// below min\n A }",
                false,
            ),
            (
                "enum E { #[code(999999999999999999999999999999999999999999)] /// huge\n A }",
                false,
            ),
            ("enum E { #[code()] A }", false),
            ("enum E { #[code(,)] A }", false),
            ("enum E { #[code(--1)] /// double negation\n A }", false),
            ("enum E { #[code(1 + 1)] /// expression\n A }", false),
            ("enum E { #[code(1.5)] /// float\n A }", false),
            (
                "enum E { #[code(1, message = \"a\", message = \"b\")] A }",
                false,
            ),
            (
                "enum E { #[code(1, http = 99999999999999999999999)] /// huge status\n A }",
                false,
            ),
            (
                "enum E { #[code(1, http = -200)] /// negative status\n A }",
                false,
            ),
            ("enum E { #[code] A }", false),
            ("#[catalog] enum E { #[code(1)] /// x\n A }", true),
            ("#[catalog(module)] enum E { #[code(1)] /// x\n A }", false),
            (
                "#[catalog(module())] enum E { #[code(1)] /// x\n A }",
                false,
            ),
            (
                "#[catalog(module(name = \"a\", ranges(-9223372036854775808..=9223372036854775807)))] enum E { #[code(1)] /// x\n A }",
                true,
            ),
            (
                "#[catalog(module(name = \"a\", ranges(..)))] enum E { #[code(1)] /// x\n A }",
                false,
            ),
            (
                "#[catalog(module(name = \"a\", ranges(5..=5, 1..=2, 3)))] enum E { #[code(9, module = \"a\")] /// x\n A }",
                false,
            ),
            (
                "#[catalog(crate = 5)] enum E { #[code(1)] /// x\n A }",
                false,
            ),
            ("#[catalog(display)] enum E { #[code(1)] /// x\n A }", true),
            (
                "#[catalog(http = 0)] enum E { #[code(1)] /// x\n A }",
                false,
            ),
            (
                "#[catalog(name = \"a\", name = \"b\")] enum E { #[code(1)] /// x\n A }",
                false,
            ),
            ("enum E<T> where T: Copy { #[code(1)] /// x\n A(T) }", true),
            (
                "enum E { #[code(1)] /// x\n A = 5, #[code(2)] /// y\n B { x: u8 } }",
                true,
            ),
            ("struct S;", false),
            ("union U { a: u8 }", false),
        ];
        for (source, valid) in cases {
            let input: syn::DeriveInput = syn::parse_str(source).expect(source);
            let output = super::derive(&input).to_string();
            assert_eq!(
                !output.contains("compile_error"),
                *valid,
                "{source}\n=> {output}"
            );
        }
    }

    /// A catalogue past the `u16` positions is an error, not a panic.
    #[test]
    fn too_many_codes_is_an_error() {
        let variants: String = (0..=u16::MAX as i64)
            .map(|code| format!("#[code({code}, message = \"m\")] V{code},"))
            .collect();
        let input: syn::DeriveInput = syn::parse_str(&format!("enum E {{ {variants} }}")).unwrap();
        let output = super::derive(&input).to_string();
        assert!(
            output.contains("a catalogue holds at most 65534 codes"),
            "{}",
            &output[..200]
        );
    }
}
