//! The `data` column of the entries: a `#[code(..., data)]` variant's named
//! fields, each with its gRPC metadata key and the JSON shape its Rust type
//! states (`DataShape`, read by the compiler, not from the type's name),
//! plus one compile-time check per field that the shape can be written.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Type;
use syn::spanned::Spanned;

use crate::model::{Entry, metadata_key};
use crate::parse::Input;

/// `data: &[&[], &[DataField::__new("retry_after", "retryAfter", &SHAPE)]]`,
/// or nothing when no entry carries data.
pub fn column(private: &TokenStream, entries: &[Entry<'_>]) -> Option<TokenStream> {
    let fields: Vec<Vec<TokenStream>> = entries
        .iter()
        .map(|entry| {
            let fields = data_fields(entry);
            fields
                .map(|(name, ty)| data_field(private, name, ty))
                .collect()
        })
        .collect();
    fields.iter().any(|f| !f.is_empty()).then(|| {
        let rows = fields.iter().map(|row| quote!(&[#(#row),*]));
        quote!(data: &[#(#rows),*])
    })
}

/// `const _: () = assert_data_field(&SHAPE);` for each data field, at the
/// field's type: a `u128` is refused when the catalogue compiles. Only for
/// an enum without generics (a const item cannot name them; a generic
/// field's shape is any value anyway).
pub fn checks(input: &Input<'_>, private: &TokenStream, entries: &[Entry<'_>]) -> TokenStream {
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let checks = entries.iter().flat_map(data_fields).map(|(_, ty)| {
        let shape = shape(private, ty);
        // The call in parentheses at the type: the error points at the type.
        quote_spanned!(ty.span()=> const _: () = (#private::assert_data_field)(#shape);)
    });
    quote!(#(#checks)*)
}

/// The named fields of a data entry, with their names as sent.
fn data_fields<'e>(entry: &'e Entry<'_>) -> impl Iterator<Item = (String, &'e Type)> {
    entry
        .data_fields()
        .map(|(name, _, field)| (name, &field.ty))
}

fn data_field(private: &TokenStream, name: String, ty: &Type) -> TokenStream {
    let key = metadata_key(&name);
    let shape = shape(private, ty);
    quote!(#private::DataField::__new(#name, #key, #shape))
}

/// `&Probe::<T>::SHAPE`: `T`'s `DataShape`, else any value (the fallback
/// trait, which `delay::probe_scope` imports, answers).
fn shape(private: &TokenStream, ty: &Type) -> TokenStream {
    quote_spanned!(ty.span()=> &#private::Probe::<#ty>::SHAPE)
}
