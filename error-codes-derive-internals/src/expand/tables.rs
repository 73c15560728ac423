//! The static tables: the entries the enum declares (`ENTRIES`, `CODES`,
//! `NAMES`, `LOOKUP`, or `OWN_*` when it composes others), its `MODULES`,
//! `NAME` and the envelope's wire names.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::Ident;
use syn::ext::IdentExt;

use super::header::Header;
use super::lookup;
use crate::model::{Catalogue, Entry};
use crate::parse::Input;
use crate::parse::grpc::GrpcName;
use crate::parse::keys::EnvelopeKeys;
use crate::parse::keys::{ModuleKeys, Rejection};
use crate::parse::literal::{CodeRange, Ranges, Str};

/// The tables of the enum's own entries. In a composition they are the
/// `OWN_*` consts, merged with the composed catalogues' by `compose.rs`.
pub fn own(input: &Input<'_>, header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let [entries_const, codes_const, names_const, lookup_const] =
        ["ENTRIES", "CODES", "NAMES", "LOOKUP"].map(|name| own_const(catalogue, name));
    let codes: Vec<i64> = catalogue
        .entries
        .iter()
        .map(|entry| entry.code.value)
        .collect();
    let enum_name = input.ident.unraw().to_string();
    let names = catalogue
        .entries
        .iter()
        .map(|entry| format!("{enum_name}::{}", entry.ident.unraw()));
    let entries = entries(header, catalogue);
    let lookup = lookup::emit(private, &codes);
    let mut by_symbol: Vec<u16> = (0..catalogue.entries.len() as u16).collect();
    by_symbol.sort_unstable_by_key(|&position| &catalogue.entries[usize::from(position)].symbol);
    quote! {
        const #entries_const: &'static [#private::Entry] = #entries;
        const #codes_const: &'static [i64] = &[#(#codes),*];
        const #names_const: &'static [&'static str] = &[#(#names),*];
        const #lookup_const: #private::Lookup = #lookup;
        const OWN_SYMBOLS: &'static [u16] = &[#(#by_symbol),*];
    }
}

/// The entries as `Columns`: one array per field, in code order, for the
/// fields some entry sets (one line per field).
fn entries(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let codes = own_const(catalogue, "CODES");
    let entries = &catalogue.entries;
    let columns = [
        Some(quote!(codes: <Self as #private::ErrorCatalog>::#codes)),
        column("names", entries, |e| e.ident.unraw().to_string()),
        column("symbols", entries, |e| e.symbol.clone()),
        flags("symbols_declared", entries, |e| e.keys.symbol.is_some()),
        column("messages", entries, |e| {
            e.message.clone().unwrap_or_default()
        }),
        optional(private, "descriptions", entries, |e| e.description.clone()),
        optional(private, "titles", entries, |e| {
            e.keys.title.as_ref().map(Str::value)
        }),
        optional(private, "helps", entries, |e| {
            e.keys.help.as_ref().map(Str::value)
        }),
        optional(private, "modules", entries, |e| {
            e.module.map(|m| m.name.value())
        }),
        optional(private, "groups", entries, |e| {
            e.keys.group.as_ref().map(Str::value)
        }),
        optional(private, "http", entries, |e| e.http),
        optional(private, "grpc", entries, |e| {
            e.grpc.map(|grpc| grpc_code(private, grpc))
        }),
        entries
            .iter()
            .any(|e| e.reason != e.symbol)
            .then(|| column("reasons", entries, |e| e.reason.clone()))
            .flatten(),
        Some(quote!(domain: <Self as #private::ErrorCatalog>::DOMAIN)),
        Some(quote!(language: <Self as #private::ErrorCatalog>::LANGUAGE)),
        optional(private, "deprecated", entries, |e| e.deprecated.clone()),
        optional(private, "docs_urls", entries, |e| e.docs_url.clone()),
        optional(private, "retry_afters", entries, |e| {
            e.retry_after.and_then(|s| u32::try_from(s.value).ok())
        }),
        optional(private, "www_authenticates", entries, |e| {
            e.www_authenticate.map(Str::value)
        }),
        super::data_fields::column(private, entries),
        super::delay::column(private, entries),
        super::locales::columns(header, catalogue),
        entries
            .iter()
            .position(|e| e.keys.success.is_present())
            .map(|success| quote!(success: #private::Some(#success))),
    ];
    let rest = blank_rest(&columns, quote!(#private::Columns::BLANK));
    let columns = columns.into_iter().flatten();
    let count = entries.len();
    quote!(&#private::Columns { #(#columns,)* #rest }.entries::<#count>())
}

/// `..BLANK` for the fields not written; nothing when every one is (then
/// the update would be clippy's `needless_update` in the user's crate).
fn blank_rest(fields: &[Option<TokenStream>], blank: TokenStream) -> Option<TokenStream> {
    let complete = fields.iter().all(Option::is_some);
    (!complete).then(|| quote!(..#blank))
}

/// `GrpcCode::NotFound`.
pub(super) fn grpc_code(private: &TokenStream, grpc: GrpcName) -> TokenStream {
    let variant = grpc.variant();
    quote!(#private::GrpcCode::#variant)
}

/// `name: &[value, ...]`: a value of every entry.
fn column<T: ToTokens>(
    name: &str,
    entries: &[Entry<'_>],
    value: impl Fn(&Entry<'_>) -> T,
) -> Option<TokenStream> {
    let name = format_ident!("{name}");
    let values = entries.iter().map(value);
    Some(quote!(#name: &[#(#values),*]))
}

/// `name: &[false, true, ...]`, or nothing when every flag is false.
fn flags(
    name: &str,
    entries: &[Entry<'_>],
    flag: impl Fn(&Entry<'_>) -> bool,
) -> Option<TokenStream> {
    entries
        .iter()
        .any(&flag)
        .then(|| column(name, entries, &flag))?
}

/// `name: &[Some(value), None, ...]`, or nothing when no entry has one.
fn optional<T: ToTokens>(
    private: &TokenStream,
    name: &str,
    entries: &[Entry<'_>],
    value: impl Fn(&Entry<'_>) -> Option<T>,
) -> Option<TokenStream> {
    let values: Vec<Option<T>> = entries.iter().map(value).collect();
    values.iter().any(Option::is_some).then(|| {
        let name = format_ident!("{name}");
        let values = values.iter().map(|value| match value {
            Some(value) => quote!(#private::Some(#value)),
            None => quote!(#private::None),
        });
        quote!(#name: &[#(#values),*])
    })
}

/// `name: Some("text")` for a string given, nothing for one absent.
fn optional_field(private: &TokenStream, name: &str, text: Option<&Str>) -> Option<TokenStream> {
    let name = format_ident!("{name}");
    let text = text?.value();
    Some(quote!(#name: #private::Some(#text)))
}

pub fn modules(input: &Input<'_>, header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let modules = catalogue.modules.iter().map(|m| module(private, m));
    let name = &catalogue.name;
    let domain = input.keys.domain.as_ref().map(|domain| {
        let domain = domain.value();
        quote!(const DOMAIN: &'static str = #domain;)
    });
    let language = input.keys.language.as_ref().map(|language| {
        let language = language.value();
        quote!(const LANGUAGE: #private::Option<&'static str> = #private::Some(#language);)
    });
    quote! {
        const NAME: &'static str = #name;
        #domain
        #language
        const MODULES: &'static [#private::Module] = &[#(#modules),*];
    }
}

fn module(private: &TokenStream, module: &ModuleKeys) -> TokenStream {
    let name = module.name.value();
    let ranges = ranges(private, &module.ranges);
    let fields = [
        Some(quote!(name: #name)),
        optional_field(private, "title", module.title.as_ref()),
        module
            .http
            .map(|http| http.value)
            .map(|http| quote!(http: #private::Some(#http))),
        module.grpc.map(|grpc| {
            let code = grpc_code(private, grpc);
            quote!(grpc: #private::Some(#code))
        }),
        optional_field(private, "description", module.description.as_ref()),
        Some(quote!(ranges: &[#(#ranges),*])),
    ];
    let rest = blank_rest(&fields, quote!(#private::ModuleInit::BLANK));
    let fields = fields.into_iter().flatten();
    quote!(#private::ModuleInit { #(#fields,)* #rest }.module())
}

/// `CodeRange { start, end }` for each of `ranges`.
pub fn ranges(private: &TokenStream, ranges: &Ranges) -> Vec<TokenStream> {
    ranges
        .0
        .iter()
        .map(|range| code_range(private, range))
        .collect()
}

fn code_range(private: &TokenStream, range: &CodeRange) -> TokenStream {
    let (start, end) = (range.start, range.end);
    quote!(#private::CodeRange { start: #start, end: #end })
}

/// `&[CodeRange { .. }, ...]`: the enum's own `retired(...)`, sorted.
pub fn own_retired(private: &TokenStream, catalogue: &Catalogue<'_>) -> TokenStream {
    let ranges = catalogue
        .retired
        .iter()
        .map(|range| code_range(private, range));
    quote!(&[#(#ranges),*])
}

/// `RETIRED` of an enum that composes nothing, when it retired a code.
pub fn retired(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<TokenStream> {
    if catalogue.retired.is_empty() || catalogue.composes() {
        return None;
    }
    let private = &header.private;
    let retired = own_retired(private, catalogue);
    Some(quote!(const RETIRED: &'static [#private::CodeRange] = #retired;))
}

/// `rejection = "..."`: the code of each marked rejection, in the order of
/// `Rejections::__new`; each composed catalogue's marks after the enum's own
/// (shifted by its offset). Without any mark and any part, the trait's
/// default.
pub fn rejections(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let code_of = |kind| {
        let marked = |e: &&Entry<'_>| e.keys.rejection.as_ref().is_some_and(|k| k.contains(kind));
        match catalogue.entries.iter().find(marked) {
            Some(entry) => {
                let code = entry.code.value;
                quote!(#private::Some(#code))
            }
            None => quote!(#private::None),
        }
    };
    let codes = Rejection::ALL.map(code_of);
    let marked = catalogue.entries.iter().any(|e| e.keys.rejection.is_some());
    if !marked && catalogue.parts.is_empty() {
        return None;
    }
    let ident = header.ident();
    let parts = (0..catalogue.parts.len())
        .map(|index| quote!(.or(<#ident as #private::Part<#index>>::REJECTIONS)));
    Some(quote! {
        const REJECTIONS: #private::Rejections = #private::Rejections::__new([#(#codes),*]) #(#parts)*;
    })
}

/// `envelope(...)`: the wire field names (unnamed ones keep their default).
/// `data` is written as `null` as in the default form, unless the code or
/// the message is renamed and `data` is not named (WeChat's form): naming
/// a default changes nothing. Without `envelope(...)`, the trait's default.
pub fn envelope(input: &Input<'_>, header: &Header<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let errors_only = header.errors_only().then(|| {
        quote!(
            const ERRORS_ONLY: bool = true;
        )
    });
    let Some(envelope) = input.keys.envelope.as_ref() else {
        return errors_only;
    };
    let [code, message, data] = [
        (&envelope.code, "code"),
        (&envelope.message, "message"),
        (&envelope.data, "data"),
    ]
    .map(|(given, default)| {
        given
            .as_ref()
            .map_or_else(|| default.to_owned(), Str::value)
    });
    let renamed = code != "code" || message != "message";
    let null_data = envelope.data.is_some() || !renamed;
    let flatten = envelope.flatten.is_present();
    let shape = body_shape(private, envelope);
    let header = envelope.code_header.as_ref().map(|header| {
        let header = header.value().to_ascii_lowercase();
        quote!(.__code_header(#header))
    });
    Some(quote! {
        const ENVELOPE: #private::FieldNames =
            #private::FieldNames::__new(#code, #message, #data, #null_data, #flatten) #shape #header;
        #errors_only
    })
}

/// `.__shaped(BodyShape::__new(...))` when `envelope(...)` gives a shape
/// key (`under`, `status`, `fields(...)`, `without(...)`, ...).
fn body_shape(private: &TokenStream, envelope: &EnvelopeKeys) -> Option<TokenStream> {
    let name = |given: &Option<Str>| match given {
        Some(name) => {
            let name = name.value();
            quote!(#private::Some(#name))
        }
        None => quote!(#private::None),
    };
    let under = envelope.under.as_ref().or(envelope.under_list.as_ref());
    let list = envelope.under_list.is_some();
    let status_is_string = envelope
        .status_is
        .as_ref()
        .is_some_and(|s| s.value() == "string");
    let constants = envelope.fields.iter().flat_map(|c| &c.0);
    let constants: Vec<TokenStream> = constants
        .map(|(name, json, _)| quote!((#name, #json)))
        .collect();
    let without = envelope.without.as_ref();
    let without_message = without.is_some_and(|w| w.message.is_some());
    let without_data = without.is_some_and(|w| w.data.is_some());
    let code_is_symbol = envelope
        .code_is
        .as_ref()
        .is_some_and(|c| c.value() == "symbol");
    let facts = [
        &envelope.status,
        &envelope.grpc,
        &envelope.module,
        &envelope.docs_url,
    ];
    let plain = under.is_none()
        && facts.iter().all(|fact| fact.is_none())
        && constants.is_empty()
        && !without_message
        && !without_data
        && !code_is_symbol;
    if plain {
        return None;
    }
    let under = match under {
        Some(under) => {
            let under = under.value();
            quote!(#private::Some(#under))
        }
        None => quote!(#private::None),
    };
    let [status, grpc, module, docs_url] = facts.map(name);
    Some(quote! {
        .__shaped(#private::BodyShape::__new(
            #under, #list, #status, #status_is_string, #grpc, #module, #docs_url,
            &[#(#constants),*], [#without_message, #without_data, #code_is_symbol],
        ))
    })
}

/// `ENTRIES`, or `OWN_ENTRIES` in a composition: the own tables' names.
pub fn own_const(catalogue: &Catalogue<'_>, name: &str) -> syn::Ident {
    let prefix = if catalogue.composes() { "OWN_" } else { "" };
    quote::format_ident!("{prefix}{name}")
}

/// The position of `code` among the enum's own codes, if declared.
pub fn own_position(header: &Header<'_>, catalogue: &Catalogue<'_>, code: &Ident) -> TokenStream {
    let private = &header.private;
    let [lookup, codes] = ["LOOKUP", "CODES"].map(|name| own_const(catalogue, name));
    quote! {
        <Self as #private::ErrorCatalog>::#lookup.find(<Self as #private::ErrorCatalog>::#codes, #code)
    }
}
