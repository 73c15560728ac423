//! Rules on `transparent` variants: what a composing variant takes.

use darling::Error;

use crate::parse::CodeArg;
use crate::parse::Input;

use super::{At, Found, own, transparent};

/// The clash check of a composition runs on concrete types.
pub(super) fn composition_is_concrete(input: &Input<'_>, found: &mut Found) {
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

pub(super) fn transparent_takes_no_code(input: &Input<'_>, found: &mut Found) {
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

pub(super) fn transparent_takes_no_entry_keys(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in transparent(input) {
        let keys = variant.keys.own_entry_keys();
        if keys.is_empty() {
            continue;
        }
        let keys: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
        let message = format!(
            "`transparent` takes no {}: the composed catalogue brings its own; only \
             `module = \"...\"`, `offset = N`, and `http` and `grpc` (for its codes that \
             declare none) may go with it",
            keys.join(", ")
        );
        let span = variant.keys.transparent.span();
        found.push(At::Variant(index), Error::custom(message).with_span(&span));
    }
}

pub(super) fn transparent_is_a_one_field_tuple(input: &Input<'_>, found: &mut Found) {
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

pub(super) fn offset_only_with_transparent(input: &Input<'_>, found: &mut Found) {
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
