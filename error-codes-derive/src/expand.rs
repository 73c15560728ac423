//! Code generation: the `ErrorCatalog` impl with its static tables, and
//! `Display` + `Error` unless `#[catalog(display = false)]`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;
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

fn impl_catalog(input: &Input<'_>, catalog: &Catalog<'_>) -> TokenStream {
    let krate = krate(input);
    let private = quote!(#krate::__private);
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();

    let name = &catalog.name;
    let codes: Vec<i64> = catalog.entries.iter().map(|entry| entry.code).collect();
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
        let ranges = module.ranges.0.iter().map(|range| {
            let (start, end) = (range.start, range.end);
            quote!(#private::CodeRange { start: #start, end: #end })
        });
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
    let entry_body = if patterns.is_empty() {
        quote!(match *self {})
    } else {
        // The declaration index of the variant (for a fieldless enum, its
        // discriminant), then the entry's position from a static table.
        let indices = 0..patterns.len();
        let positions = catalog.positions.iter().map(|&p| p as u16);
        quote! {
            const POSITIONS: &[u16] = &[#(#positions),*];
            let variant: usize = match self { #(#patterns => #indices,)* };
            &<Self as #private::ErrorCatalog>::ENTRIES[POSITIONS[variant] as usize]
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

    let display = display_impls(input);

    quote! {
        #[automatically_derived]
        impl #impl_generics #private::ErrorCatalog for #ident #ty_generics #where_clause {
            const NAME: &'static str = #name;
            const ENTRIES: &'static [#private::Entry] = &[#(#entries),*];
            const CODES: &'static [i64] = &[#(#codes),*];
            const MODULES: &'static [#private::Module] = &[#(#modules),*];
            const LOOKUP: #private::Lookup = #lookup;

            #[inline]
            fn entry(&self) -> &'static #private::Entry {
                #entry_body
            }

            #[inline]
            fn from_code(code: i64) -> #private::Option<Self> {
                const VARIANTS: &[u16] = &[#(#variant_of_position),*];
                let position = <Self as #private::ErrorCatalog>::LOOKUP
                    .find(<Self as #private::ErrorCatalog>::CODES, code)?;
                match VARIANTS[position] {
                    #(#constructors)*
                    _ => #private::None,
                }
            }
        }
        #display
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
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    // `Error` needs `Debug`: for a generic enum, ask for it where it is used
    // rather than on every parameter.
    let mut error_where = input.generics.clone();
    error_where
        .make_where_clause()
        .predicates
        .push(syn::parse_quote!(#ident #ty_generics: ::core::fmt::Debug));
    let error_where = &error_where.where_clause;
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
