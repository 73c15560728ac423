//! Rules on codes: unique, in their module, never a retired one, none read as the success.

use std::collections::BTreeMap;

use darling::Error;

use crate::model::Catalogue;
use crate::parse::CodeArg;
use crate::parse::Input;
use crate::parse::Variant;
use crate::parse::keys::ModuleKeys;
use crate::parse::literal::IntLit;
use crate::parse::literal::Str;

use super::{At, Found, own};

/// `module = "..."` names a declared module (unless `#[catalog(...)]` itself
/// could not be read, whose error says enough).
pub(super) fn modules_are_declared(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
    for (index, variant) in input.variants.iter().enumerate() {
        let Some(named) = &variant.keys.module else {
            continue;
        };
        if input.keys_ok && catalogue.module(&named.value()).is_none() {
            found.push(At::Variant(index), undeclared_module(named, catalogue));
        }
    }
}

pub(super) fn codes_lie_in_their_module(catalogue: &Catalogue<'_>, found: &mut Found) {
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
pub(super) fn codes_lie_in_one_module(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
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
pub(super) fn codes_unique(input: &Input<'_>, found: &mut Found) {
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
pub(super) fn retired_codes_stay_retired(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
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
pub(super) fn retired_once(input: &Input<'_>, found: &mut Found) {
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

/// The success code of an enum without a `success` entry: the runtime's
/// `envelope::DEFAULT_SUCCESS_CODE`.
pub(super) const DEFAULT_SUCCESS_CODE: i64 = 0;

/// Without a `success` entry, an envelope answers success with code 0: an
/// error declared with code 0 would read back as a success.
pub(super) fn no_error_reads_as_success(input: &Input<'_>, found: &mut Found) {
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

pub(super) fn undeclared_module(named: &Str, catalogue: &Catalogue<'_>) -> Error {
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
