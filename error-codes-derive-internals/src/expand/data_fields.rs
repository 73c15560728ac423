//! The `data` column of the entries: a `#[code(..., data)]` variant's named
//! fields, each with the JSON its Rust type is written as, read from the
//! type's name (no trait bound on the user's types), for the API
//! description.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;
use syn::{Fields, GenericArgument, PathArguments, Type};

use crate::model::Entry;

/// `data: &[&[], &[DataField::__new("retry_after", JsonType::Integer, false)]]`,
/// or nothing when no entry carries data.
pub fn column(private: &TokenStream, entries: &[Entry<'_>]) -> Option<TokenStream> {
    let fields: Vec<Vec<TokenStream>> = entries
        .iter()
        .map(|entry| data_fields(private, entry))
        .collect();
    fields.iter().any(|f| !f.is_empty()).then(|| {
        let rows = fields.iter().map(|row| quote!(&[#(#row),*]));
        quote!(data: &[#(#rows),*])
    })
}

fn data_fields(private: &TokenStream, entry: &Entry<'_>) -> Vec<TokenStream> {
    let (true, Fields::Named(fields)) = (entry.keys.data.is_present(), entry.fields) else {
        return Vec::new();
    };
    let named = fields
        .named
        .iter()
        .filter_map(|f| Some((f.ident.as_ref()?, &f.ty)));
    named
        .map(|(ident, ty)| {
            let name = ident.unraw().to_string();
            let (json, nullable) = json_of(ty);
            let json = syn::Ident::new(json, proc_macro2::Span::call_site());
            quote!(#private::DataField::__new(#name, #private::JsonType::#json, #nullable))
        })
        .collect()
}

/// The JSON a type is written as, and whether it may be null.
fn json_of(ty: &Type) -> (&'static str, bool) {
    match ty {
        Type::Reference(reference) => json_of(&reference.elem),
        Type::Paren(inner) => json_of(&inner.elem),
        Type::Group(inner) => json_of(&inner.elem),
        Type::Array(_) | Type::Slice(_) => ("Array", false),
        Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return ("Any", false);
            };
            let name = last.ident.to_string();
            match (name.as_str(), first_type_argument(&last.arguments)) {
                ("Option", Some(inner)) => (json_of(inner).0, true),
                ("Box" | "Rc" | "Arc" | "Cow", Some(inner)) => json_of(inner),
                (other, _) => (json_of_name(other), false),
            }
        }
        _ => ("Any", false),
    }
}

fn json_of_name(name: &str) -> &'static str {
    match name {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => "Integer",
        "f32" | "f64" => "Number",
        "bool" => "Boolean",
        "String" | "str" | "char" => "String",
        "Vec" | "VecDeque" | "BTreeSet" | "HashSet" => "Array",
        _ => "Any",
    }
}

fn first_type_argument(arguments: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(arguments) = arguments else {
        return None;
    };
    arguments.args.iter().find_map(|argument| match argument {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}
