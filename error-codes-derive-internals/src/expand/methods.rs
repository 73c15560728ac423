//! The two methods every catalogue implements: `entry()` (value -> entry)
//! and `from_code()` (code -> value), each a static table and a match in
//! declaration order. A `transparent` variant delegates to its catalogue.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Fields, Ident};

use super::compose;
use super::header::{Header, locals};
use super::tables::{own_const, own_position};
use crate::model::Catalogue;
use crate::parse::Input;

pub fn entry(input: &Input<'_>, header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let entries = own_const(catalogue, "ENTRIES");
    let [inner, variant] = locals(["inner", "variant"]);
    let entry_of = compose::items(header, catalogue, "entry");
    let delegate = catalogue.parts.iter().zip(&entry_of).map(|(part, entry)| {
        let ident = part.ident;
        quote!(Self::#ident(#inner) => return #entry(#inner),)
    });
    let own_arms = own_arms(input);
    let body = if input.variants.is_empty() {
        quote!(match *self {})
    } else if catalogue.entries.is_empty() {
        // Only composed catalogues: each variant delegates.
        quote!(match self { #(#delegate)* })
    } else {
        // The declaration index of the variant (for a fieldless enum, its
        // discriminant), then the entry's position from a static table, or
        // the index itself when the variants are declared in code order.
        let (table, position) = if catalogue.in_code_order() {
            (None, quote!(#variant))
        } else {
            let positions = catalogue.positions.iter().map(|&p| p as u16);
            let table = quote!(const POSITIONS: &[u16] = &[#(#positions),*];);
            (Some(table), quote!(POSITIONS[#variant] as usize))
        };
        quote! {
            #table
            let #variant: usize = match self { #(#own_arms)* #(#delegate)* };
            &<Self as #private::ErrorCatalog>::#entries[#position]
        }
    };
    quote! {
        #[inline]
        fn entry(&self) -> &'static #private::Entry {
            #body
        }
    }
}

/// `Self::Variant { .. } => index,` for each variant with an entry of its own.
fn own_arms(input: &Input<'_>) -> Vec<TokenStream> {
    let variants = input.variants.iter().enumerate();
    let own = variants.filter(|(_, variant)| !variant.is_transparent());
    own.map(|(index, variant)| {
        let ident = variant.ident;
        let pattern = match variant.fields {
            Fields::Unit => quote!(Self::#ident),
            Fields::Unnamed(_) => quote!(Self::#ident(..)),
            Fields::Named(_) => quote!(Self::#ident { .. }),
        };
        quote!(#pattern => #index,)
    })
    .collect()
}

/// `from_code()`: the enum's own codes, then each composed catalogue's.
pub fn from_code(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let [code, inner] = locals(["code", "inner"]);
    let own = own_variant(header, catalogue, &code);
    let from_code_of = compose::items(header, catalogue, "from_code");
    let transparent = catalogue.parts.iter().map(|part| part.ident);
    quote! {
        #[inline]
        fn from_code(#code: i64) -> #private::Option<Self> {
            #own
            #(
                if let #private::Some(#inner) = #from_code_of(#code) {
                    return #private::Some(Self::#transparent(#inner));
                }
            )*
            #private::None
        }
    }
}

/// From an own code's position to its variant: a table of declaration
/// indices (none when the variants are declared in code order), then a
/// match in declaration order (the identity on a fieldless enum's
/// discriminants). Variants that carry data cannot be built from a code.
fn own_variant(header: &Header<'_>, catalogue: &Catalogue<'_>, code: &Ident) -> TokenStream {
    let private = &header.private;
    let [position] = locals(["position"]);
    let own_position = own_position(header, catalogue, code);
    let unit = catalogue
        .entries
        .iter()
        .filter(|e| matches!(e.fields, Fields::Unit));
    let constructors: Vec<TokenStream> = unit
        .map(|entry| {
            let (index, ident) = (entry.index, entry.ident);
            quote!(#index => Self::#ident,)
        })
        .collect();
    if constructors.is_empty() {
        return quote!(if #own_position.is_some() { return #private::None; });
    }
    let (table, variant) = if catalogue.in_code_order() {
        (None, quote!(#position))
    } else {
        let indices = catalogue.entries.iter().map(|entry| entry.index as u16);
        let table = quote!(const VARIANTS: &[u16] = &[#(#indices),*];);
        (Some(table), quote!(VARIANTS[#position] as usize))
    };
    quote! {
        #table
        if let #private::Some(#position) = #own_position {
            return #private::Some(match #variant {
                #(#constructors)*
                _ => return #private::None,
            });
        }
    }
}

/// `__data(visitor)`: for each variant marked `#[code(..., data)]`, its
/// named fields handed to the visitor (which writes the detail, or gRPC
/// metadata); a `transparent` variant's are its catalogue's. Inside
/// `with_alloc!`, which drops it when the runtime is built without `alloc`.
pub fn detail(
    input: &Input<'_>,
    header: &Header<'_>,
    catalogue: &Catalogue<'_>,
) -> Option<TokenStream> {
    let private = &header.private;
    let [inner, visitor] = locals(["inner", "visitor"]);
    let data_of = compose::items(header, catalogue, "data");
    let delegate = catalogue.parts.iter().zip(&data_of).map(|(part, data)| {
        let ident = part.ident;
        quote!(Self::#ident(#inner) => #data(#inner, #visitor),)
    });
    let marked = input.variants.iter().filter(|v| v.keys.data.is_present());
    let arms: Vec<TokenStream> = delegate
        .chain(marked.filter_map(|variant| data_arm(header, variant)))
        .collect();
    if arms.is_empty() {
        return None;
    }
    let rest = (arms.len() < input.variants.len()).then(|| quote!(_ => #private::None,));
    // Only with the runtime's `alloc` feature, which the derive cannot see.
    Some(quote! {
        #private::with_alloc! {
            fn __data<__ErrorCodesVisitor: #private::DataVisitor>(
                &self,
                #visitor: __ErrorCodesVisitor,
            ) -> #private::Option<__ErrorCodesVisitor::Output> {
                match self {
                    #(#arms)*
                    #rest
                }
            }
        }
    })
}

/// `Self::Variant { a: field0, b: field1 } => Some(visitor.visit(&("a", field0, ("b", field1, ())))),`:
/// the fields bound to names of `__private::bindings` (so that nothing in
/// the user's scope captures them), written under their own names, once.
fn data_arm(header: &Header<'_>, variant: &crate::parse::Variant<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let [visitor] = locals(["visitor"]);
    let ident = variant.ident;
    let Fields::Named(fields) = variant.fields else {
        return None;
    };
    let names: Vec<&syn::Ident> = fields
        .named
        .iter()
        .filter_map(|f| f.ident.as_ref())
        .collect();
    let bound: Vec<syn::Ident> = (0..names.len())
        .map(|at| syn::Ident::new(&format!("field{at}"), proc_macro2::Span::call_site()))
        .collect();
    let keys = names
        .iter()
        .map(|name| syn::ext::IdentExt::unraw(*name).to_string());
    let list = keys.zip(&bound).rev().fold(
        quote!(()),
        |rest, (key, bound)| quote!((#key, #bound, #rest)),
    );
    Some(quote! {
        Self::#ident { #(#names: #bound),* } => {
            #private::Some(#private::DataVisitor::visit(#visitor, &#list))
        }
    })
}
