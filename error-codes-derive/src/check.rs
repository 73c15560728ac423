//! Stage 3, check: the rules that need more than one value at a time, one
//! small function each, run on the input and the resolved catalogue. A
//! rule reports at the user's own token and never stops the others; the
//! errors come out in the order of the variants they concern.

use std::collections::BTreeMap;

use darling::Error;
use darling::error::Accumulator;

use crate::model::{Catalogue, Entry};
use crate::parse::grpc::GrpcName;
use crate::parse::keys::{ModuleKeys, Rejection};
use crate::parse::literal::{IntLit, Str};
use crate::parse::{CodeArg, Input, Variant};

/// The most entries, and variants, an enum can hold: positions and
/// declaration indices are stored as `u16`, with `u16::MAX` marking an
/// empty slot.
const MAX_ENTRIES: usize = u16::MAX as usize;

/// The most parts of a composition (own entries + transparent variants): one
/// less than `MAX_PARTS` of the runtime's `compose.rs`, whose last place is
/// the success code of an enum without a `success` entry.
const MAX_PARTS: usize = 64;

/// The success code of an enum without a `success` entry: the runtime's
/// `envelope::DEFAULT_SUCCESS_CODE`.
const DEFAULT_SUCCESS_CODE: i64 = 0;

pub fn check(input: &Input<'_>, catalogue: &Catalogue<'_>, errors: &mut Accumulator) {
    let mut found = Found::default();
    module_names_unique(input, &mut found);
    envelope_names_distinct(input, &mut found);
    composition_is_concrete(input, &mut found);
    every_variant_has_a_code(input, &mut found);
    every_entry_has_a_message(input, &mut found);
    message_not_built_by_a_macro(input, &mut found);
    one_success(input, &mut found);
    no_success_when_errors_only(input, &mut found);
    transparent_takes_no_code(input, &mut found);
    transparent_takes_no_entry_keys(input, &mut found);
    transparent_is_a_one_field_tuple(input, &mut found);
    offset_only_with_transparent(input, &mut found);
    data_on_named_fields(input, &mut found);
    modules_are_declared(input, catalogue, &mut found);
    codes_lie_in_their_module(catalogue, &mut found);
    codes_lie_in_one_module(input, catalogue, &mut found);
    codes_unique(input, &mut found);
    retired_codes_stay_retired(input, catalogue, &mut found);
    retired_once(input, &mut found);
    no_error_reads_as_success(input, &mut found);
    one_code_per_rejection(input, &mut found);
    rejection_codes_can_be_built(input, &mut found);
    one_source_per_variant(input, &mut found);
    symbols_unique(catalogue, &mut found);
    symbols_are_reasons(catalogue, &mut found);
    reasons_unique(catalogue, &mut found);
    domain_not_empty(input, &mut found);
    grpc_ok_only_for_success(input, &mut found);
    translations_are_current(input, catalogue, &mut found);
    translations_are_complete(input, catalogue, &mut found);
    within_limits(input, catalogue, &mut found);
    found.into(errors);
}

/// Where an error is reported, in the order a reader meets them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum At {
    Enum,
    Variant(usize),
    Limits,
}

#[derive(Default)]
struct Found(Vec<(At, Error)>);

impl Found {
    fn push(&mut self, at: At, error: Error) {
        self.0.push((at, error));
    }

    fn into(mut self, errors: &mut Accumulator) {
        self.0.sort_by_key(|(at, _)| *at);
        for (_, error) in self.0 {
            errors.push(error);
        }
    }
}

/// The variants with a code of their own (not `transparent`), by index.
fn own<'i, 'a>(input: &'i Input<'a>) -> impl Iterator<Item = (usize, &'i Variant<'a>)> {
    let variants = input.variants.iter().enumerate();
    variants.filter(|(_, variant)| !variant.is_transparent())
}

fn transparent<'i, 'a>(input: &'i Input<'a>) -> impl Iterator<Item = (usize, &'i Variant<'a>)> {
    let variants = input.variants.iter().enumerate();
    variants.filter(|(_, variant)| variant.is_transparent())
}

/// Two modules of one name: the first declaration is the one used.
fn module_names_unique(input: &Input<'_>, found: &mut Found) {
    let modules = &input.keys.modules;
    for (index, module) in modules.iter().enumerate() {
        let name = module.name.value();
        let Some(first) = modules[..index].iter().find(|m| m.name.value() == name) else {
            continue;
        };
        let message = format!(
            "module `{name}` is declared twice: give each module one `module(...)` with all its ranges"
        );
        found.push(At::Enum, Error::custom(message).with_span(&module.name.0));
        let message = format!("module `{name}` is first declared here");
        found.push(At::Enum, Error::custom(message).with_span(&first.name.0));
    }
}

/// `envelope(code = "...", message = "...", data = "...")`: each name is a
/// non-empty field name, and no two fields (given or default) share one.
fn envelope_names_distinct(input: &Input<'_>, found: &mut Found) {
    let Some(envelope) = &input.keys.envelope else {
        return;
    };
    let fields = [
        ("code", &envelope.code),
        ("message", &envelope.message),
        ("data", &envelope.data),
    ]
    .map(|(key, given)| {
        let name = given.as_ref().map_or_else(|| key.to_owned(), Str::value);
        (key, name, given.as_ref())
    });
    for (index, (key, name, given)) in fields.iter().enumerate() {
        if let Some(given) = given.filter(|_| name.is_empty()) {
            let message =
                format!("the envelope's `{key}` field needs a name, such as `{key} = \"{key}\"`");
            found.push(At::Enum, Error::custom(message).with_span(&given.0));
        }
        for (other, other_name, other_given) in &fields[index + 1..] {
            // Defaults differ, so one of the two is given: blame the later one given.
            let Some(blamed) = other_given.or(*given) else {
                continue;
            };
            if name == other_name && !name.is_empty() {
                let message = format!(
                    "the envelope's `{key}` and `{other}` fields are both named \"{name}\": \
                     a reader could not tell them apart"
                );
                found.push(At::Enum, Error::custom(message).with_span(&blamed.0));
            }
        }
    }
}

/// The clash check of a composition runs on concrete types.
fn composition_is_concrete(input: &Input<'_>, found: &mut Found) {
    let Some(param) = input.generics.params.first().filter(|_| input.composes()) else {
        return;
    };
    let message = if let syn::GenericParam::Lifetime(_) = param {
        "a composing enum cannot have a lifetime parameter: a catalogue is `'static`, and the \
         check that its codes do not clash names it without one; borrow nothing (own the data, \
         or use `&'static` references)"
    } else {
        "a generic enum cannot compose catalogues: the check that their codes do not clash \
         runs on concrete types; name the types instead of a parameter"
    };
    found.push(At::Enum, Error::custom(message).with_span(param));
}

fn every_variant_has_a_code(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        if !matches!(variant.code, CodeArg::Missing) {
            continue;
        }
        let error = match variant.attr {
            None => Error::custom(format!(
                "variant `{}` has no `#[code(...)]` attribute: each variant needs its code, \
                 e.g. `#[code(40101)]`",
                variant.ident
            ))
            .with_span(variant.ident),
            Some(attr) => Error::custom(format!(
                "`#[code(...)]` of `{}` has no code: put the code first, e.g. `#[code(40101, ...)]`",
                variant.ident
            ))
            .with_span(attr.path()),
        };
        found.push(At::Variant(index), error);
    }
}

/// `message = "..."` or a doc comment (not asked again when `#[code]` itself
/// could not be read: the message may be what went wrong there; nor when
/// the doc comment is built by a macro: `message_not_built_by_a_macro` says
/// so).
fn every_entry_has_a_message(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        let given = variant.keys.message.is_some() || variant.doc.is_some();
        if given || !variant.keys_ok || variant.doc_macro.is_some() {
            continue;
        }
        let message = format!(
            "variant `{}` has no message: add `message = \"...\"` to its `#[code(...)]`, \
             or a `///` doc comment",
            variant.ident
        );
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(variant.ident),
        );
    }
}

/// The derive reads doc comments as written; a `#[doc = concat!(..)]` or
/// `include_str!(..)` would be dropped from the message without a word.
fn message_not_built_by_a_macro(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        let Some(expr) = variant.doc_macro.filter(|_| variant.keys.message.is_none()) else {
            continue;
        };
        let message = format!(
            "the doc comment of `{}` is built by a macro, which the derive cannot read, so it \
             cannot be the message: give the message with `message = \"...\"` in its \
             `#[code(...)]` (the doc attribute then documents the variant only)",
            variant.ident
        );
        found.push(At::Variant(index), Error::custom(message).with_span(expr));
    }
}

fn one_success(input: &Input<'_>, found: &mut Found) {
    let mut successes = own(input).filter(|(_, variant)| variant.keys.success.is_present());
    let Some((_, first)) = successes.next() else {
        return;
    };
    for (index, variant) in successes {
        let message = format!(
            "two success entries, `{}` and `{}`: a catalogue has at most one `success`",
            first.ident, variant.ident
        );
        let span = variant.keys.success.span();
        found.push(At::Variant(index), Error::custom(message).with_span(&span));
    }
}

fn transparent_takes_no_code(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in transparent(input) {
        let CodeArg::Given(code) = variant.code else {
            continue;
        };
        let message = format!(
            "`{}` is `transparent`: it takes no code, its codes are those of the catalogue it \
             composes; remove {}",
            variant.ident, code.value
        );
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(&code.span),
        );
    }
}

fn transparent_takes_no_entry_keys(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in transparent(input) {
        let keys = variant.keys.own_entry_keys();
        if keys.is_empty() {
            continue;
        }
        let keys: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
        let message = format!(
            "`transparent` takes no {}: the composed catalogue brings its own; only \
             `module = \"...\"` may go with it",
            keys.join(", ")
        );
        let span = variant.keys.transparent.span();
        found.push(At::Variant(index), Error::custom(message).with_span(&span));
    }
}

fn transparent_is_a_one_field_tuple(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in transparent(input) {
        if let syn::Fields::Unnamed(fields) = variant.fields
            && fields.unnamed.len() == 1
        {
            continue;
        }
        let message = format!(
            "`transparent` needs a tuple variant with one field, the catalogue it composes, \
             e.g. `{}(FresnsError)`",
            variant.ident
        );
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(variant.ident),
        );
    }
}

fn offset_only_with_transparent(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        let Some(offset) = variant.keys.offset else {
            continue;
        };
        let message = format!(
            "`offset` shifts the codes of a composed catalogue: it goes with `transparent`, \
             and `{}` has a code of its own; remove `offset = {}`",
            variant.ident, offset.value
        );
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(&offset.span),
        );
    }
}

/// The most fields `#[code(..., data)]` writes: the bindings the generated
/// code may use (`__private::bindings::field0..`).
const MAX_DATA_FIELDS: usize = 8;

/// `data` writes a variant's named fields as an object.
fn data_on_named_fields(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        if !variant.keys.data.is_present() {
            continue;
        }
        let why = match variant.fields {
            syn::Fields::Named(fields) if fields.named.len() <= MAX_DATA_FIELDS => continue,
            syn::Fields::Named(_) => format!("it has more than {MAX_DATA_FIELDS} fields"),
            _ => "it has no named fields".to_owned(),
        };
        let message = format!(
            "`data` writes a variant's named fields as its failures' detail, and `{}` cannot: {why}",
            variant.ident
        );
        let span = variant.keys.data.span();
        found.push(At::Variant(index), Error::custom(message).with_span(&span));
    }
}

/// `module = "..."` names a declared module (unless `#[catalog(...)]` itself
/// could not be read, whose error says enough).
fn modules_are_declared(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    for (index, variant) in input.variants.iter().enumerate() {
        let Some(named) = &variant.keys.module else {
            continue;
        };
        if input.keys_ok && catalogue.module(&named.value()).is_none() {
            found.push(At::Variant(index), undeclared_module(named, catalogue));
        }
    }
}

fn codes_lie_in_their_module(catalogue: &Catalogue<'_>, found: &mut Found) {
    for entry in &catalogue.entries {
        let Some(module) = entry.keys.module.as_ref().and(entry.module) else {
            continue;
        };
        if module.ranges.contains(entry.code.value) {
            continue;
        }
        let message = format!(
            "code {} lies outside the ranges of module `{}` ({})",
            entry.code.value,
            module.name.value(),
            module.ranges
        );
        let error = Error::custom(message).with_span(&entry.code.span);
        found.push(At::Variant(entry.index), error);
    }
}

/// A code in the ranges of two modules names its module.
fn codes_lie_in_one_module(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    if !input.keys_ok {
        return;
    }
    for entry in catalogue.entries.iter().filter(|e| e.keys.module.is_none()) {
        let code = entry.code.value;
        let holding: Vec<&ModuleKeys> = catalogue.holding(code).collect();
        let [first, others @ ..] = &holding[..] else {
            continue;
        };
        if others.is_empty() {
            continue;
        }
        let others: Vec<String> = others
            .iter()
            .map(|m| format!("`{}`", m.name.value()))
            .collect();
        let first = first.name.value();
        let message = format!(
            "code {code} lies in the ranges of modules `{first}` and {}: name its module, \
             e.g. `#[code({code}, module = \"{first}\")]`",
            others.join(" and "),
        );
        let error = Error::custom(message).with_span(&entry.code.span);
        found.push(At::Variant(entry.index), error);
    }
}

/// Each repeat is reported at its own literal, and the first one once.
fn codes_unique(input: &Input<'_>, found: &mut Found) {
    let mut first_by_code: BTreeMap<i64, (&Variant<'_>, IntLit)> = BTreeMap::new();
    let mut reported = Vec::new();
    for (index, variant) in own(input) {
        let CodeArg::Given(code) = variant.code else {
            continue;
        };
        let Some(&(first, first_code)) = first_by_code.get(&code.value) else {
            first_by_code.insert(code.value, (variant, code));
            continue;
        };
        let message = format!(
            "error code {} is defined by both `{}` and `{}`",
            code.value, first.ident, variant.ident
        );
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(&code.span),
        );
        if !reported.contains(&code.value) {
            reported.push(code.value);
            let message = format!(
                "error code {} is first defined here, by `{}`",
                code.value, first.ident
            );
            let error = Error::custom(message).with_span(&first_code.span);
            found.push(At::Variant(index), error);
        }
    }
}

/// `retired(...)`: a code published once is never declared again. The error
/// is at the variant's code, with a note at the retired range.
fn retired_codes_stay_retired(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        let CodeArg::Given(code) = variant.code else {
            continue;
        };
        let Some(range) = catalogue.retiring(code.value) else {
            continue;
        };
        let message = format!(
            "error code {} of `{}` is retired: it was published once and must never mean \
             anything else; give `{}` a new code",
            code.value, variant.ident, variant.ident
        );
        let error = Error::custom(message).with_span(&code.span);
        found.push(At::Variant(index), error);
        let message = format!("error code {} is retired here", code.value);
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(&range.span),
        );
    }
}

/// `retired(...)` names each code once: two ranges that overlap are a
/// slip (a range typed wrongly, most likely).
fn retired_once(input: &Input<'_>, found: &mut Found) {
    let Some(retired) = &input.keys.retired else {
        return;
    };
    for (index, range) in retired.0.iter().enumerate() {
        let mut earlier = retired.0[..index].iter();
        let Some(first) =
            earlier.find(|first| first.start <= range.end && range.start <= first.end)
        else {
            continue;
        };
        let code = range.start.max(first.start);
        let message = format!(
            "error code {code} is retired twice, by `{first}` and by `{range}`: \
             name each retired code once"
        );
        found.push(At::Enum, Error::custom(message).with_span(&range.span));
    }
}

/// `errors_only` has no success code: a `success` entry contradicts it.
fn no_success_when_errors_only(input: &Input<'_>, found: &mut Found) {
    if !input.keys.errors_only.is_present() {
        return;
    }
    for (index, variant) in own(input).filter(|(_, v)| v.keys.success.is_present()) {
        let message = format!(
            "`{}` is marked `success`, but the catalogue is `errors_only`: its successes are \
             bare bodies without a code; remove `success`, or `errors_only`",
            variant.ident
        );
        let span = variant.keys.success.span();
        found.push(At::Variant(index), Error::custom(message).with_span(&span));
    }
}

/// Without a `success` entry, an envelope answers success with code 0: an
/// error declared with code 0 would read back as a success.
fn no_error_reads_as_success(input: &Input<'_>, found: &mut Found) {
    // A `#[code(...)]` that could not be read may hold the `success`.
    let unread = own(input).any(|(_, variant)| !variant.keys_ok);
    if unread
        || input.keys.errors_only.is_present()
        || own(input).any(|(_, variant)| variant.keys.success.is_present())
    {
        return;
    }
    for (index, variant) in own(input) {
        let CodeArg::Given(code) = variant.code else {
            continue;
        };
        if code.value != DEFAULT_SUCCESS_CODE {
            continue;
        }
        let message = format!(
            "error code {DEFAULT_SUCCESS_CODE} of `{}` would read back as a success: this enum \
             declares no `success` entry, so its envelopes answer success with code \
             {DEFAULT_SUCCESS_CODE}; mark the success entry `#[code(..., success)]`, or give \
             this error another code",
            variant.ident
        );
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(&code.span),
        );
    }
}

fn one_code_per_rejection(input: &Input<'_>, found: &mut Found) {
    for kind in Rejection::ALL {
        let mut marked = own(input).filter(|(_, variant)| {
            let kinds = variant.keys.rejection.as_ref();
            kinds.is_some_and(|kinds| kinds.contains(kind))
        });
        let Some((_, first)) = marked.next() else {
            continue;
        };
        for (index, variant) in marked {
            let message = format!(
                "`{}` and `{}` both answer the `{}` rejection: mark one code per rejection",
                first.ident,
                variant.ident,
                kind.name()
            );
            found.push(
                At::Variant(index),
                Error::custom(message).with_span(variant.ident),
            );
        }
    }
}

/// A rejection answers with a value built from its code: a unit variant,
/// and not the success.
fn rejection_codes_can_be_built(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        let Some((kind, _)) = variant
            .keys
            .rejection
            .as_ref()
            .and_then(|kinds| kinds.0.first())
        else {
            continue;
        };
        let why = if !matches!(variant.fields, syn::Fields::Unit) {
            "it carries data, so it cannot be built from its code"
        } else if variant.keys.success.is_present() {
            "it is the success entry"
        } else {
            continue;
        };
        let message = format!(
            "`{}` cannot answer the `{}` rejection: {why}",
            variant.ident,
            kind.name()
        );
        found.push(
            At::Variant(index),
            Error::custom(message).with_span(variant.ident),
        );
    }
}

/// An error has one cause: one `#[source]` field per variant.
fn one_source_per_variant(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in input.variants.iter().enumerate() {
        for (_, field) in variant.sources.iter().skip(1) {
            let message = format!(
                "variant `{}` has a second `#[source]` field: an error has one cause",
                variant.ident
            );
            let attr = field.attrs.iter().find(|a| a.path().is_ident("source"));
            let error = Error::custom(message);
            let error = match attr {
                Some(attr) => error.with_span(attr.path()),
                None => error.with_span(field),
            };
            found.push(At::Variant(index), error);
        }
    }
}

/// `lookup_symbol` finds one entry per symbol.
fn symbols_unique(catalogue: &Catalogue<'_>, found: &mut Found) {
    for (first, entry) in repeats(catalogue, |entry| &entry.symbol) {
        let message = format!(
            "symbol `{}` is used by both `{}` and `{}`: give one of them its own `symbol = \"...\"`",
            entry.symbol, first.ident, entry.ident
        );
        found.push(At::Variant(entry.index), at_symbol(entry, message));
    }
}

/// Each entry whose `key` an entry declared before it has, with that one.
fn repeats<'c, 'a>(
    catalogue: &'c Catalogue<'a>,
    key: impl Fn(&'c Entry<'a>) -> &'c String,
) -> Vec<(&'c Entry<'a>, &'c Entry<'a>)> {
    let mut by_index: Vec<&Entry<'_>> = catalogue.entries.iter().collect();
    by_index.sort_by_key(|entry| entry.index);
    let mut first_by_key = BTreeMap::new();
    let mut repeats = Vec::new();
    for entry in by_index {
        if let Some(first) = first_by_key.get(key(entry)) {
            repeats.push((*first, entry));
        } else {
            first_by_key.insert(key(entry), entry);
        }
    }
    repeats
}

/// The gRPC `ErrorInfo` reason of an entry is its symbol, else the symbol
/// in UPPER_SNAKE_CASE; one that cannot become a reason is refused.
fn symbols_are_reasons(catalogue: &Catalogue<'_>, found: &mut Found) {
    for entry in &catalogue.entries {
        if crate::resolve::is_reason(&entry.reason) {
            continue;
        }
        let message = format!(
            "symbol `{}` cannot be a gRPC reason, even in UPPER_SNAKE_CASE: a reason is \
             `[A-Z0-9_]+`, at most 63 characters; give `symbol = \"...\"` such a name",
            entry.symbol
        );
        found.push(At::Variant(entry.index), at_symbol(entry, message));
    }
}

/// `Failure::from_status` finds one entry per reason.
fn reasons_unique(catalogue: &Catalogue<'_>, found: &mut Found) {
    for (first, entry) in repeats(catalogue, |entry| &entry.reason) {
        if first.symbol == entry.symbol {
            continue; // `symbols_unique` says so
        }
        let message = format!(
            "symbols `{}` of `{}` and `{}` of `{}` are both sent as the gRPC reason `{}`: \
             give one of them another `symbol = \"...\"`",
            first.symbol, first.ident, entry.symbol, entry.ident, entry.reason
        );
        found.push(At::Variant(entry.index), at_symbol(entry, message));
    }
}

/// An error at the entry's `symbol = "..."`, else at its variant.
fn at_symbol(entry: &Entry<'_>, message: String) -> Error {
    match &entry.keys.symbol {
        Some(symbol) => Error::custom(message).with_span(&symbol.0),
        None => Error::custom(message).with_span(entry.ident),
    }
}

/// `domain = ""` names nothing.
fn domain_not_empty(input: &Input<'_>, found: &mut Found) {
    let Some(domain) = &input.keys.domain else {
        return;
    };
    if domain.value().trim().is_empty() {
        let message = "`domain` names the service the codes belong to and cannot be empty, \
                       e.g. `domain = \"shop.example.com\"`";
        found.push(At::Enum, Error::custom(message).with_span(&domain.0));
    }
}

/// `OK` would read as a success: only the success entry has it (without
/// saying so), and it has no other. A module's or the catalogue's code is
/// its errors' only, so `OK` there is refused too.
fn grpc_ok_only_for_success(input: &Input<'_>, found: &mut Found) {
    let shared = input.keys.modules.iter().map(|module| module.grpc);
    for grpc in shared.chain([input.keys.grpc]).flatten() {
        if grpc.is_ok() {
            found.push(At::Enum, ok_for_an_error(grpc, "the errors that name none"));
        }
    }
    for (index, variant) in own(input) {
        let Some(grpc) = variant.keys.grpc else {
            continue;
        };
        let error = match (variant.keys.success.is_present(), grpc.is_ok()) {
            (false, true) => ok_for_an_error(grpc, &format!("`{}`, an error", variant.ident)),
            (true, false) => Error::custom(format!(
                "`{}` is the success entry, so its gRPC code is `OK`: remove `grpc = \"{}\"`",
                variant.ident,
                grpc.name()
            ))
            .with_span(&grpc.span),
            _ => continue,
        };
        found.push(At::Variant(index), error);
    }
}

fn ok_for_an_error(grpc: GrpcName, whose: &str) -> Error {
    let message = format!(
        "`OK` reads as a success, so it cannot be the gRPC code of {whose}; \
         name another, e.g. `grpc = \"INVALID_ARGUMENT\"`"
    );
    Error::custom(message).with_span(&grpc.span)
}

/// A code of a translation file that the enum does not declare (a composed
/// catalogue translates its own codes), at its line.
fn translations_are_current(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    let Some(folder) = locales_to_check(input) else {
        return;
    };
    for locale in &catalogue.locales {
        for (code, (_, line)) in &locale.messages {
            // The entries are sorted by code.
            let entries = &catalogue.entries;
            if entries
                .binary_search_by_key(code, |entry| entry.code.value)
                .is_ok()
            {
                continue;
            }
            let message = format!(
                "`{}:{line}`: {code} is not a code of `{}`: remove this stale translation \
                 (a composed catalogue translates its own codes)",
                locale.shown, input.ident
            );
            found.push(At::Enum, Error::custom(message).with_span(&folder.0));
        }
    }
}

/// The most missing codes one error lists.
const MISSING_LISTED: usize = 8;

/// Every code of the enum in every file: one error per file, listing the
/// first missing codes and how many more.
fn translations_are_complete(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    let Some(folder) = locales_to_check(input) else {
        return;
    };
    for locale in &catalogue.locales {
        let entries = catalogue.entries.iter();
        let missing: Vec<i64> = entries
            .map(|entry| entry.code.value)
            .filter(|code| !locale.messages.contains_key(code))
            .collect();
        let Some(first) = missing.first() else {
            continue;
        };
        let listed: Vec<String> = missing
            .iter()
            .take(MISSING_LISTED)
            .map(i64::to_string)
            .collect();
        let more = missing.len().saturating_sub(MISSING_LISTED);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        let message = format!(
            "`{}` lacks {} code{} of `{}`: {}{more}; add a line for each, as `{first} = \"...\"`",
            locale.shown,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            input.ident,
            listed.join(", ")
        );
        found.push(At::Enum, Error::custom(message).with_span(&folder.0));
    }
}

/// `locales = "..."`, when every variant's code could be read (else a
/// translation of an unread code would look stale).
fn locales_to_check<'i>(input: &'i Input<'_>) -> Option<&'i Str> {
    let codes_read = own(input).all(|(_, variant)| matches!(variant.code, CodeArg::Given(_)));
    input.keys.locales.as_ref().filter(|_| codes_read)
}

fn within_limits(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    let limits = [
        (
            catalogue.entries.len(),
            MAX_ENTRIES,
            "a catalogue holds",
            "codes",
        ),
        (
            input.variants.len(),
            MAX_ENTRIES,
            "an enum holds",
            "variants",
        ),
        (
            catalogue.parts.len(),
            MAX_PARTS,
            "an enum composes",
            "catalogues",
        ),
    ];
    for (count, max, what, unit) in limits {
        if count >= max {
            let message = format!("{what} at most {} {unit}; this one has {count}", max - 1);
            found.push(At::Limits, Error::custom(message).with_span(input.ident));
        }
    }
}

fn undeclared_module(named: &Str, catalogue: &Catalogue<'_>) -> Error {
    let name = named.value();
    let names: Vec<String> = catalogue.modules.iter().map(|m| m.name.value()).collect();
    let closest = names
        .iter()
        .map(|candidate| (strsim::jaro_winkler(&name, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let hint = match (closest, names.is_empty()) {
        (Some((_, candidate)), _) => format!("; did you mean `{candidate}`?"),
        (None, true) => {
            "; declare it with `#[catalog(module(name = \"...\", ranges(...)))]`".to_owned()
        }
        (None, false) => {
            let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("; the declared modules are {}", names.join(", "))
        }
    };
    Error::custom(format!(
        "module `{name}` is not declared on this enum{hint}"
    ))
    .with_span(&named.0)
}
