//! Rules on the shape of the enum: every variant a code and a message, one success, limits, names of modules and envelope fields.

use darling::Error;

use crate::model::Catalogue;
use crate::parse::CodeArg;
use crate::parse::Input;

use super::{At, Found, own};

pub(super) fn every_variant_has_a_code(input: &Input<'_>, found: &mut Found) {
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
pub(super) fn every_entry_has_a_message(input: &Input<'_>, found: &mut Found) {
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
pub(super) fn message_not_built_by_a_macro(input: &Input<'_>, found: &mut Found) {
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

pub(super) fn one_success(input: &Input<'_>, found: &mut Found) {
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

/// `errors_only` has no success code: a `success` entry contradicts it.
pub(super) fn no_success_when_errors_only(input: &Input<'_>, found: &mut Found) {
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

/// An error has one cause: one `#[source]` field per variant.
pub(super) fn one_source_per_variant(input: &Input<'_>, found: &mut Found) {
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

/// The most fields `#[code(..., data)]` writes: the bindings the generated
/// code may use (`__private::bindings::field0..`).
pub(super) const MAX_DATA_FIELDS: usize = 8;

/// `data` writes a variant's named fields as an object.
pub(super) fn data_on_named_fields(input: &Input<'_>, found: &mut Found) {
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

/// Two modules of one name: the first declaration is the one used.
pub(super) fn module_names_unique(input: &Input<'_>, found: &mut Found) {
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

pub(super) fn within_limits(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
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

/// The most entries, and variants, an enum can hold: positions and
/// declaration indices are stored as `u16`, with `u16::MAX` marking an
/// empty slot.
pub(super) const MAX_ENTRIES: usize = u16::MAX as usize;

/// The most parts of a composition (own entries + transparent variants): one
/// less than `MAX_PARTS` of the runtime's `compose.rs`, whose last place is
/// the success code of an enum without a `success` entry.
pub(super) const MAX_PARTS: usize = 64;

/// A data variant's message may write its fields (`{retry_after}`): each
/// placeholder names one of them.
pub(super) fn placeholders_name_fields(catalogue: &Catalogue<'_>, found: &mut Found) {
    for entry in catalogue
        .entries
        .iter()
        .filter(|entry| entry.keys.data.is_present())
    {
        // `data` without named fields is its own error.
        if !matches!(entry.fields, syn::Fields::Named(_)) {
            continue;
        }
        let names: Vec<String> = entry.data_fields().map(|(name, _, _)| name).collect();
        let message = entry.message.as_deref().unwrap_or_default();
        for name in crate::model::placeholders(message) {
            if names.iter().any(|field| field == name) {
                continue;
            }
            let text = format!(
                "`{{{name}}}` in the message of `{}` names no field of it: its fields are {}",
                entry.ident,
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let span = entry
                .keys
                .message
                .as_ref()
                .map_or(entry.ident.span(), |m| m.0.span());
            found.push(
                At::Variant(entry.index),
                Error::custom(text).with_span(&span),
            );
        }
    }
}
