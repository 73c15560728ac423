//! Composition (`#[code(transparent)]`): the merged tables, the lookups that
//! ask each composed catalogue, and the compile-time checks. A proc macro
//! cannot see the codes of an enum declared elsewhere, so all three read
//! the composed catalogues' consts and run in const evaluation.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use super::header::{Header, locals};
use super::tables::{own_position, own_retired, ranges};
use crate::model::{Catalogue, Part};

/// `impl __private::Part<I> for Enum { type Catalogue = Type; ... }` for
/// each composed catalogue: the one place that names the user's type. Its
/// bound (`Catalogue: ErrorCatalog`) is checked there, at the user's type,
/// so a type that is not a catalogue gives one error; every other use goes
/// through the projection, whose bound the trait already promises.
pub fn part_impls(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let ident = header.ident();
    let impls = catalogue.parts.iter().enumerate().map(|(index, part)| {
        let ty = part.ty;
        let catalogue = quote_spanned!(ty.span()=> type Catalogue = #ty;);
        let tables = part_tables_of(header, index, part);
        // What the composing variant gives the part's codes that declare none.
        let http = part
            .http
            .map(|status| quote!(const HTTP: #private::Option<u16> = #private::Some(#status);));
        let grpc = part.grpc.map(|grpc| {
            let code = super::tables::grpc_code(private, grpc);
            quote!(const GRPC: #private::Option<#private::GrpcCode> = #private::Some(#code);)
        });
        quote! {
            #[automatically_derived]
            impl #private::Part<#index> for #ident {
                #catalogue
                #http
                #grpc
                #tables
            }
        }
    });
    quote!(#(#impls)*)
}

/// The part's tables: the composed catalogue's without its success entry
/// (not a code of the composition), shifted by `offset = N` when there is
/// one, by const evaluation (the runtime's `part_tables!`). A code the
/// offset moves out of `i64` fails the build at the offset.
fn part_tables_of(header: &Header<'_>, index: usize, part: &Part<'_>) -> TokenStream {
    let private = &header.private;
    let ident = header.ident();
    let value = part.offset.map_or(0, |offset| offset.value);
    let [codes] = locals(["codes"]);
    let overflow = part.offset.map_or_else(
        || quote!(#private::unreachable!()),
        |offset| {
            let message = format!(
                "`offset = {value}` of `{}` moves a composed code out of the range of i64",
                part.ident
            );
            let private = header.private_at(offset.span);
            quote_spanned!(offset.span=> #private::panic!(#message))
        },
    );
    let shifted = part.offset.map(|_| quote!(shifted));
    quote!(#private::part_tables!(#shifted #ident, #index, #value, #codes, #overflow);)
}

/// `PART_VARIANTS` and `PART_OFFSETS`: the names of the composing
/// variants, which `codes!` tells from the enum's own, and each one's
/// offset, by which `codes!` finds a part's codes without building a value.
pub fn part_variants(catalogue: &Catalogue<'_>) -> TokenStream {
    let names = catalogue
        .parts
        .iter()
        .map(|part| part.ident.unraw().to_string());
    let offsets = catalogue
        .parts
        .iter()
        .map(|part| part.offset.map_or(0, |offset| offset.value));
    quote! {
        const PART_VARIANTS: &'static [&'static str] = &[#(#names),*];
        const PART_OFFSETS: &'static [i64] = &[#(#offsets),*];
    }
}

/// `<Enum as Part<I>>::item` for the composed catalogue of part `index`.
fn item(header: &Header<'_>, index: usize, item: &str) -> TokenStream {
    let private = &header.private;
    let ident = header.ident();
    let item = format_ident!("{item}");
    quote!(<#ident as #private::Part<#index>>::#item)
}

/// [`item`] of each composed catalogue, in declaration order.
pub fn items(header: &Header<'_>, catalogue: &Catalogue<'_>, name: &str) -> Vec<TokenStream> {
    (0..catalogue.parts.len())
        .map(|index| item(header, index, name))
        .collect()
}

/// `&[<Enum as ErrorCatalog>::OWN_<item>, <Child as ErrorCatalog>::<item>, ...]`:
/// one table per part of a composition, the enum's own first (part 0).
/// Inner `const` items cannot name `Self`, so the enum is named by its
/// identifier; composition is refused on generic enums.
fn part_tables(
    header: &Header<'_>,
    catalogue: &Catalogue<'_>,
    name: &str,
    lead: Option<&TokenStream>,
) -> TokenStream {
    let private = &header.private;
    let ident = header.ident();
    let own = format_ident!("OWN_{name}");
    let children = items(header, catalogue, name);
    let lead = lead.map(|table| quote!(#table,));
    quote!(&[#lead <#ident as #private::ErrorCatalog>::#own, #(#children),*])
}

/// For the clash check of an enum without a `success` entry: its envelopes'
/// success code (`0`) as a part of its own, before the others, so that a
/// composed code that would read back as a success is a clash, blamed on
/// the composing variant. `None` when the enum declares its success.
fn reserved_success(header: &Header<'_>, catalogue: &Catalogue<'_>) -> Option<[TokenStream; 2]> {
    if header.errors_only()
        || catalogue
            .entries
            .iter()
            .any(|entry| entry.keys.success.is_present())
    {
        return None;
    }
    let private = &header.private;
    let name = format!(
        "{}'s default success code (mark an own entry `success` to choose another)",
        header.ident().unraw()
    );
    Some([quote!(&[#private::DEFAULT_SUCCESS_CODE]), quote!(&[#name])])
}

/// The merged tables: the own entries and every composed catalogue's,
/// sorted by code, computed by const evaluation in the order of the codes
/// (read from the children's `CODES`; `N` is their total).
pub fn tables(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let ident = header.ident();
    let [entries, codes, names] =
        ["ENTRIES", "CODES", "NAMES"].map(|name| part_tables(header, catalogue, name, None));
    let codes_of = items(header, catalogue, "CODES");
    let retired = items(header, catalogue, "RETIRED");
    let [retired_by, part_names] =
        ["RETIRED_BY", "NAME"].map(|name| items(header, catalogue, name));
    let own_retired = own_retired(private, catalogue);
    let own_count = catalogue.retired.len();
    let own_name = &catalogue.name;
    let concat = |half: syn::Index| {
        quote! {{
            const N: usize = #own_count #(+ #retired.len())*;
            #private::concat_ranges::<N>(
                &[#own_retired, #(#retired),*],
                &[&[], #(#retired_by),*],
                &[#own_name, #(#part_names),*],
            ).#half
        }}
    };
    let [concat_ranges, concat_by] = [0, 1].map(|half| concat(syn::Index::from(half)));
    let count = quote! {
        const N: usize = <#ident as #private::ErrorCatalog>::OWN_CODES.len() #(+ #codes_of.len())*;
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
        const RETIRED: &'static [#private::CodeRange] = &#concat_ranges;
        const RETIRED_BY: &'static [&'static str] = &#concat_by;
    }
}

/// `lookup` asks the own table, then each composed catalogue.
pub fn lookup(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let [code, position, entry] = locals(["code", "position", "entry"]);
    let own_position = own_position(header, catalogue, &code);
    let lookup_of = items(header, catalogue, "lookup");
    quote! {
        #[inline]
        fn lookup(#code: i64) -> #private::Option<&'static #private::Entry> {
            if let #private::Some(#position) = #own_position {
                return #private::Some(&<Self as #private::ErrorCatalog>::OWN_ENTRIES[#position]);
            }
            #(
                if let #private::Some(#entry) = #lookup_of(#code) {
                    return #private::Some(#entry);
                }
            )*
            #private::None
        }
    }
}

/// `lookup_symbol`: the own table, then each composed catalogue.
pub fn lookup_symbol(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let [symbol, entry, own] = locals(["symbol", "entry", "own"]);
    let lookup_of = items(header, catalogue, "lookup_symbol");
    quote! {
        fn lookup_symbol(#symbol: &str) -> #private::Option<&'static #private::Entry> {
            let #own = #private::find_symbol(
                <Self as #private::ErrorCatalog>::OWN_SYMBOLS,
                <Self as #private::ErrorCatalog>::OWN_ENTRIES,
                #symbol,
            );
            if let #private::Some(#entry) = #own {
                return #private::Some(#entry);
            }
            #(
                if let #private::Some(#entry) = #lookup_of(#symbol) {
                    return #private::Some(#entry);
                }
            )*
            #private::None
        }
    }
}

/// `module_of`: a composed code's module is its catalogue's; a raw code
/// nobody declares, the own modules' first, then the composed catalogues'.
pub fn module_of(header: &Header<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let private = &header.private;
    let [code, position, name, module, modules] =
        locals(["code", "position", "name", "module", "modules"]);
    let own_position = own_position(header, catalogue, &code);
    let [lookup_of, module_of_of] =
        ["lookup", "module_of"].map(|name| items(header, catalogue, name));
    quote! {
        fn module_of(#code: i64) -> #private::Option<&'static #private::Module> {
            let #modules = <Self as #private::ErrorCatalog>::MODULES;
            if let #private::Some(#position) = #own_position {
                let #name = <Self as #private::ErrorCatalog>::OWN_ENTRIES[#position].module?;
                return #modules.iter().find(|#module| #module.name == #name);
            }
            #(
                if #lookup_of(#code).is_some() {
                    return #module_of_of(#code);
                }
            )*
            if let #private::Some(#module) = #modules.iter().find(|#module| #module.contains(#code)) {
                return #private::Some(#module);
            }
            #(
                if let #private::Some(#module) = #module_of_of(#code) {
                    return #private::Some(#module);
                }
            )*
            #private::None
        }
    }
}

/// The compile-time checks, evaluated by rustc: no code is declared twice
/// across the enum and its composed catalogues, and a catalogue composed
/// into a module has all its codes in that module's ranges. The support
/// functions only find the problem; the `assert!` that fails is spanned at
/// the user's composing variant, so that the error points there.
pub fn checks(
    header: &Header<'_>,
    catalogue: &Catalogue<'_>,
    more: Option<TokenStream>,
) -> TokenStream {
    let private = &header.private;
    let reserved = reserved_success(header, catalogue);
    let first_part = 1 + usize::from(reserved.is_some());
    let [codes, names] = [("CODES", 0), ("NAMES", 1)].map(|(name, at)| {
        let lead = reserved.as_ref().map(|tables| &tables[at]);
        part_tables(header, catalogue, name, lead)
    });
    let [clash, message] = locals(["clash", "message"]);
    // Each part's catalogue name, for both checks' messages.
    let lead_name = reserved.as_ref().map(|_| quote!("",));
    let own_name = &catalogue.name;
    let part_names = items(header, catalogue, "NAME");
    let catalogues = quote!(&[#lead_name #own_name, #(#part_names),*]);
    let clash_asserts = catalogue.parts.iter().enumerate().map(|(index, part)| {
        let part_index = index + first_part;
        let private = header.private_at(part.ident.span());
        quote_spanned! {part.ident.span()=>
            #private::assert!(#clash.second.part != #part_index, "{}", #message);
        }
    });
    let range_checks = catalogue.parts.iter().enumerate();
    let range_checks = range_checks.filter_map(|(index, part)| range_check(header, index, part));
    let revived_check = revived_check(header, catalogue, first_part, [&codes, &names, &catalogues]);
    header.scoped(quote! {
        const CLASHES: #private::Clashes = #private::find_clashes(#codes);
        const MESSAGE: #private::Message =
            #private::clash_message(CLASHES, #names, #catalogues);
        if let #private::Some(#clash) = CLASHES.first() {
            let #message = MESSAGE.as_str();
            #(#clash_asserts)*
        }
        #revived_check
        #(#range_checks)*
        #more
    })
}

/// No part declares a code another part retired (`RETIRED`, the composed
/// catalogues' read by const evaluation): blamed on the later of the two
/// parts' composing variant, as a clash is.
fn revived_check(
    header: &Header<'_>,
    catalogue: &Catalogue<'_>,
    first_part: usize,
    [codes, names, catalogues]: [&TokenStream; 3],
) -> TokenStream {
    let private = &header.private;
    let ident = header.ident();
    let lead = (first_part > 1).then(|| quote!(&[],));
    let own_retired = own_retired(private, catalogue);
    let retired = items(header, catalogue, "RETIRED");
    let retired_by = items(header, catalogue, "RETIRED_BY");
    let [revived, message] = locals(["revived", "message"]);
    let asserts = catalogue.parts.iter().enumerate().map(|(index, part)| {
        let part_index = index + first_part;
        let private = header.private_at(part.ident.span());
        quote_spanned! {part.ident.span()=>
            #private::assert!(#revived.blamed() != #part_index, "{}", #message);
        }
    });
    let at_enum = header.private_at(ident.span());
    let last = quote_spanned!(ident.span()=> #at_enum::panic!("{}", #message););
    quote! {
        const REVIVED: #private::Option<#private::Revived> = #private::find_revived(
            #codes,
            &[#lead #own_retired, #(#retired),*],
        );
        const REVIVED_MESSAGE: #private::Message = #private::revived_message(
            REVIVED,
            #names,
            #catalogues,
            &[#lead &[], #(#retired_by),*],
        );
        if let #private::Some(#revived) = REVIVED {
            let #message = REVIVED_MESSAGE.as_str();
            #(#asserts)*
            #last
        }
    }
}

/// `transparent, module = "..."`: every composed code in the module's ranges.
fn range_check(header: &Header<'_>, index: usize, part: &Part<'_>) -> Option<TokenStream> {
    let private = &header.private;
    let module = part.module?;
    let [codes, names] = ["CODES", "NAMES"].map(|name| item(header, index, name));
    let ranges = ranges(private, &module.ranges);
    let suffix = format!(
        " lies outside the ranges of module `{}` ({}), which `{}` is composed into",
        module.name.value(),
        module.ranges,
        part.ident
    );
    let at_part = header.private_at(part.ident.span());
    let assert = quote_spanned! {part.ident.span()=>
        #at_part::assert!(OUTSIDE.is_none(), "{}", MESSAGE.as_str());
    };
    Some(quote! {
        {
            const OUTSIDE: #private::Option<usize> =
                #private::first_outside(#codes, &[#(#ranges),*]);
            const MESSAGE: #private::Message =
                #private::outside_message(OUTSIDE, #codes, #names, #suffix);
            #assert
        }
    })
}
