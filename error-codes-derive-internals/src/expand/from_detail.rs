//! `__from_detail()`: a data variant rebuilt from the fields a peer sent
//! (an envelope's `data`, a problem's members, gRPC metadata), each read
//! by serde where its type can be (`Probe::<T>::read`: a type that is not
//! `DeserializeOwned` reads as none, and its variant stays unknown); a
//! `transparent` variant asks its catalogue. Inside `with_alloc!`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Fields;
use syn::ext::IdentExt;

use super::compose;
use super::header::{Header, locals};
use crate::model::Catalogue;

pub fn from_detail(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let [code, detail, fields, inner] = locals(["code", "detail", "fields", "inner"]);
    let own = catalogue
        .entries
        .iter()
        .filter(|entry| entry.keys.data.is_present());
    let arms: Vec<TokenStream> = own
        .filter_map(|entry| {
            let Fields::Named(named) = entry.fields else {
                return None;
            };
            if named.named.iter().any(|field| borrows(&field.ty)) {
                return None; // a borrowed field cannot be read back owned
            }
            let (variant, value) = (entry.ident, entry.code.value);
            let each = named.named.iter().filter_map(|field| {
                let (ident, ty) = (field.ident.as_ref()?, &field.ty);
                let name = ident.unraw().to_string();
                let text = quote!(#private::detail_field(&#fields, #name));
                Some(quote!(#ident: #private::Probe::<#ty>::read(#text)?))
            });
            Some(quote! {
                #value => {
                    let #fields = #private::detail_fields(#detail)?;
                    return #private::Some(Self::#variant { #(#each),* });
                }
            })
        })
        .collect();
    let from_detail_of = compose::items(header, catalogue, "from_detail");
    let parts = catalogue
        .parts
        .iter()
        .zip(&from_detail_of)
        .map(|(part, from_detail)| {
            let ident = part.ident;
            quote! {
                if let #private::Some(#inner) = #from_detail(#code, #detail) {
                    return #private::Some(Self::#ident(#inner));
                }
            }
        });
    let parts: Vec<TokenStream> = parts.collect();
    if arms.is_empty() && parts.is_empty() {
        return None;
    }
    let own = (!arms.is_empty()).then(|| quote!(match #code { #(#arms)* _ => {} }));
    Some(quote! {
        #private::with_alloc! {
            fn __from_detail(#code: i64, #detail: &#private::Detail) -> #private::Option<Self> {
                #own
                #(#parts)*
                #private::None
            }
        }
    })
}

/// Whether a type borrows: a reference, or a lifetime argument other than
/// `Cow`'s (whose owned form reads back). Its variant is not rebuilt: the
/// compiler would refuse `Probe::<&'static str>::read`, whose bound is
/// checked only after the probe chose it.
fn borrows(ty: &syn::Type) -> bool {
    use syn::{GenericArgument, PathArguments, Type};
    match ty {
        Type::Reference(_) => true,
        Type::Array(array) => borrows(&array.elem),
        Type::Slice(slice) => borrows(&slice.elem),
        Type::Paren(paren) => borrows(&paren.elem),
        Type::Group(group) => borrows(&group.elem),
        Type::Tuple(tuple) => tuple.elems.iter().any(borrows),
        Type::Path(path) => path.path.segments.iter().any(|segment| {
            let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
                return false;
            };
            arguments.args.iter().any(|argument| match argument {
                GenericArgument::Lifetime(_) => segment.ident != "Cow",
                GenericArgument::Type(ty) => borrows(ty),
                _ => false,
            })
        }),
        _ => false,
    }
}
