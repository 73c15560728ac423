//! Code generation: the `ErrorCatalog` impl with its static tables, and
//! `Display` + `Error` unless `#[catalog(display = false)]`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Fields};

use crate::ast::Input;
use crate::fallback;
use crate::table::{self, Table};
use crate::valid::{self, Catalog};

pub fn derive(node: &DeriveInput) -> TokenStream {
    let mut errors = darling::Error::accumulator();
    let Some(input) = ast_input(node, &mut errors) else {
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

fn ast_input<'a>(
    node: &'a DeriveInput,
    errors: &mut darling::error::Accumulator,
) -> Option<Input<'a>> {
    Input::from_syn(node, errors)
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
        let variant = entry.ident.to_string();
        let symbol = &entry.symbol;
        let message = &entry.message;
        let title = option(entry.title.as_ref());
        let help = option(entry.help.as_ref());
        let module = option(entry.module.as_ref());
        let group = option(entry.group.as_ref());
        let http = option(entry.http.as_ref());
        let success = entry.success;
        quote! {
            #private::Entry::__new(#code, #variant, #symbol, #message, #title, #help, #module, #group, #http, #success)
        }
    });
    let modules = catalog.modules.iter().map(|module| {
        let name = module.name.value();
        let title = option(module.title.as_ref().map(crate::attr::Text::value).as_ref());
        let http = option(module.http.map(|http| http.value).as_ref());
        let ranges = module.ranges.0.iter().map(|range| {
            let (start, end) = (range.start, range.end);
            quote!(#private::CodeRange { start: #start, end: #end })
        });
        quote!(#private::Module::__new(#name, #title, #http, &[#(#ranges),*]))
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

    let display = input.display().then(|| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #private::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, formatter: &mut #private::Formatter<'_>) -> #private::FmtResult {
                    formatter.write_str(#private::ErrorCatalog::message(self))
                }
            }
            #[automatically_derived]
            impl #impl_generics #private::Error for #ident #ty_generics #where_clause {}
        }
    });

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

/// `Some(value)` or `None`, spelled through `__private` so that a user's own
/// `Some` or `Option` in scope changes nothing.
fn option<T: quote::ToTokens>(value: Option<&T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
