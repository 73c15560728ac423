//! Conversions: `From<Child>` for each `transparent` variant (so `?` lifts a
//! composed catalogue's error), `TryFrom<i64>` and `From<Enum> for i64`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Fields;

use super::header::{Header, locals};
use crate::parse::{Input, marked};

pub fn impls(input: &Input<'_>, header: &Header<'_>) -> TokenStream {
    let private = &header.private;
    let ident = input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let [code, value] = locals(["code", "value"]);
    let try_from = header.impl_for(quote!(#private::TryFrom<i64>), quote!(#ident #ty_generics));
    let into_code = header.impl_for(quote!(#private::From<#ident #ty_generics>), quote!(i64));
    let from_children = from_children(input, header);
    quote! {
        #try_from {
            type Error = #private::UnknownCode;

            fn try_from(#code: i64) -> #private::Result<Self, #private::UnknownCode> {
                <Self as #private::ErrorCatalog>::from_code(#code).ok_or(#private::UnknownCode(#code))
            }
        }
        #into_code {
            fn from(#value: #ident #ty_generics) -> i64 {
                #private::ErrorCatalog::code(&#value)
            }
        }
        #(#from_children)*
    }
}

/// `From<Child>` for each `transparent` variant, unless two variants
/// compose the same type (which one would it be?), or the field is marked
/// `#[from]` (thiserror writes that `From`). Not on a generic enum, which
/// cannot compose (that is reported already).
fn from_children(input: &Input<'_>, header: &Header<'_>) -> Vec<TokenStream> {
    if !input.generics.params.is_empty() {
        return Vec::new();
    }
    let ident = input.ident;
    let [inner] = locals(["inner"]);
    let children: Vec<(&syn::Ident, &syn::Type)> = input
        .variants
        .iter()
        .filter(|variant| variant.is_transparent())
        .filter(|variant| marked(variant.fields, "from").is_empty())
        .filter_map(|variant| match variant.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                Some((variant.ident, &fields.unnamed[0].ty))
            }
            _ => None,
        })
        .collect();
    let key = |ty: &syn::Type| quote!(#ty).to_string();
    let once = |ty: &syn::Type| {
        children
            .iter()
            .filter(|(_, other)| key(other) == key(ty))
            .count()
            == 1
    };
    children
        .iter()
        .filter(|(_, ty)| once(ty))
        .map(|(variant, ty)| {
            let private = &header.private;
            let from = header.impl_for(quote!(#private::From<#ty>), quote!(#ident));
            quote! {
                #from {
                    fn from(#inner: #ty) -> Self {
                        Self::#variant(#inner)
                    }
                }
            }
        })
        .collect()
}
