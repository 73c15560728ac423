//! Rules on what goes on the wire: rejection marks, symbols and gRPC reasons, the domain, the gRPC `OK` code.

use darling::Error;

use crate::model::Catalogue;
use crate::model::Entry;
use crate::model::{data_fields, metadata_key, metadata_key_allowed};
use crate::parse::Input;
use crate::parse::grpc::GrpcName;
use crate::parse::keys::Rejection;
use crate::parse::literal::RetryAfter;

use super::{At, Found, own, repeats};

pub(super) fn one_code_per_rejection(input: &Input<'_>, found: &mut Found) {
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
pub(super) fn rejection_codes_can_be_built(input: &Input<'_>, found: &mut Found) {
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

/// `lookup_symbol` finds one entry per symbol.
pub(super) fn symbols_unique(catalogue: &Catalogue<'_>, found: &mut Found) {
    for (first, entry) in repeats(catalogue, |entry| &entry.symbol) {
        let message = format!(
            "symbol `{}` is used by both `{}` and `{}`: give one of them its own `symbol = \"...\"`",
            entry.symbol, first.ident, entry.ident
        );
        found.push(At::Variant(entry.index), at_symbol(entry, message));
    }
}

/// The gRPC `ErrorInfo` reason of an error is its symbol, else the symbol
/// in UPPER_SNAKE_CASE; one that cannot become an AIP-193 reason is refused.
pub(super) fn symbols_are_reasons(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    for entry in &catalogue.entries {
        // The success goes out as `OK`, which carries no `ErrorInfo`; an
        // attribute that was misread (`success = true`) has said so already.
        let misread = !input.variants[entry.index].keys_ok;
        if misread || entry.keys.success.is_present() || crate::resolve::is_reason(&entry.reason) {
            continue;
        }
        let message = format!(
            "symbol `{}` cannot be a gRPC reason, even in UPPER_SNAKE_CASE (`{}`): AIP-193's \
             reason is `[A-Z][A-Z0-9_]+[A-Z0-9]`, 3 to 63 characters, a capital first; give \
             `symbol = \"...\"` such a name",
            entry.symbol, entry.reason
        );
        found.push(At::Variant(entry.index), at_symbol(entry, message));
    }
}

/// `Failure::from_status` finds one entry per reason.
pub(super) fn reasons_unique(catalogue: &Catalogue<'_>, found: &mut Found) {
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
pub(super) fn at_symbol(entry: &Entry<'_>, message: String) -> Error {
    match &entry.keys.symbol {
        Some(symbol) => Error::custom(message).with_span(&symbol.0),
        None => Error::custom(message).with_span(entry.ident),
    }
}

/// `domain = ""` names nothing.
pub(super) fn domain_not_empty(input: &Input<'_>, found: &mut Found) {
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
pub(super) fn grpc_ok_only_for_success(input: &Input<'_>, found: &mut Found) {
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
    let composing = input.variants.iter().enumerate();
    let composing = composing.filter(|(_, variant)| variant.keys.transparent.is_present());
    for (index, variant) in composing {
        if let Some(grpc) = variant.keys.grpc.filter(|grpc| grpc.is_ok()) {
            let whose = format!("the codes `{}` composes", variant.ident);
            found.push(At::Variant(index), ok_for_an_error(grpc, &whose));
        }
    }
}

pub(super) fn ok_for_an_error(grpc: GrpcName, whose: &str) -> Error {
    let message = format!(
        "`OK` reads as a success, so it cannot be the gRPC code of {whose}; \
         name another, e.g. `grpc = \"INVALID_ARGUMENT\"`"
    );
    Error::custom(message).with_span(&grpc.span)
}

/// A data variant's fields go into gRPC metadata under their
/// [`metadata_key`]: each key is one AIP-193 allows, and no two fields of a
/// variant share one (a value would be lost on the wire).
pub(super) fn data_fields_have_metadata_keys(input: &Input<'_>, found: &mut Found) {
    for (index, variant) in own(input) {
        let mut seen: Vec<(String, &syn::Ident)> = Vec::new();
        for (name, ident, _) in data_fields(variant.keys.data.is_present(), variant.fields) {
            let key = metadata_key(&name);
            let message = if !metadata_key_allowed(&key) {
                format!(
                    "field `{ident}` would be the gRPC metadata key `{key}`, which AIP-193 does not allow (`[a-z][a-zA-Z0-9-_]+`, at most 64 characters): rename the field"
                )
            } else if let Some((_, first)) = seen.iter().find(|(seen, _)| *seen == key) {
                format!(
                    "fields `{first}` and `{ident}` would both be the gRPC metadata key `{key}`, and one value would be lost: rename one"
                )
            } else {
                seen.push((key, ident));
                continue;
            };
            found.push(At::Variant(index), Error::custom(message).with_span(ident));
        }
    }
}

/// Each entry's `docs_url` template can be written for it: placeholders it
/// knows, `{module}` only for a code with a module. At the template, once
/// per template and message.
pub(super) fn docs_urls_can_be_written(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
    let mut said = std::collections::BTreeSet::new();
    for entry in &catalogue.entries {
        let Some(template) = crate::docs_url::template(entry, input.keys.docs_url.as_ref()) else {
            continue;
        };
        let Err(message) = crate::docs_url::expand(&template.value(), entry) else {
            continue;
        };
        let span = template.0.span();
        if said.insert((format!("{span:?}"), message.clone())) {
            found.push(At::Enum, Error::custom(message).with_span(&template.0));
        }
    }
}

/// An entry's own `Retry-After` goes with a 429, 503 or 3xx status, its
/// own `WWW-Authenticate` with 401 (inherited ones go only there).
pub(super) fn headers_fit_their_status(catalogue: &Catalogue<'_>, found: &mut Found) {
    for entry in &catalogue.entries {
        let status = entry
            .http
            .map_or_else(|| "none".to_owned(), |s| s.to_string());
        let retries = entry.http.is_some_and(crate::resolve::retries);
        let own = entry
            .keys
            .retry_after
            .as_ref()
            .and_then(RetryAfter::seconds);
        if let Some(own) = own.filter(|_| !retries) {
            let message = format!(
                "`retry_after` on `{}`, whose HTTP status is {status}: `Retry-After` goes \
                 with 429, 503 and redirections",
                entry.ident
            );
            found.push(
                At::Variant(entry.index),
                Error::custom(message).with_span(&own.span),
            );
        }
        let challenged = entry.http == Some(401);
        if let Some(own) = entry.keys.www_authenticate.as_ref().filter(|_| !challenged) {
            let message = format!(
                "`www_authenticate` on `{}`, whose HTTP status is {status}: a challenge goes \
                 with 401",
                entry.ident
            );
            found.push(
                At::Variant(entry.index),
                Error::custom(message).with_span(&own.0),
            );
        }
    }
}

/// `retry_after = wait` names a data field of its variant (the compiler
/// then checks that it holds a `std::time::Duration`, at the name).
pub(super) fn retry_after_names_a_data_field(catalogue: &Catalogue<'_>, found: &mut Found) {
    for entry in &catalogue.entries {
        let Some(field) = entry.keys.retry_after.as_ref().and_then(RetryAfter::field) else {
            continue;
        };
        if entry.data_fields().any(|(_, ident, _)| ident == field) {
            continue;
        }
        let message = if entry.keys.data.is_present() {
            format!(
                "`retry_after = {field}`: `{}` has no data field `{field}`; name the field \
                 holding the delay (a `std::time::Duration`), or give seconds: \
                 `retry_after = 30`",
                entry.ident
            )
        } else {
            format!(
                "`retry_after = {field}` names a data field, but `{}` carries no data: mark it \
                 `#[code(..., data)]`, or give seconds: `retry_after = 30`",
                entry.ident
            )
        };
        found.push(
            At::Variant(entry.index),
            Error::custom(message).with_span(field),
        );
    }
}

/// A data variant whose status sends `Retry-After` and which has several
/// fields written `Duration` says which one is the delay.
pub(super) fn retry_delay_is_one_field(catalogue: &Catalogue<'_>, found: &mut Found) {
    for entry in &catalogue.entries {
        let marked = entry
            .keys
            .retry_after
            .as_ref()
            .is_some_and(|r| r.field().is_some());
        let status = entry.http.filter(|&status| crate::resolve::retries(status));
        let (Some(status), false) = (status, marked) else {
            continue;
        };
        let names: Vec<String> = entry
            .durations()
            .map(|(name, _, _)| format!("`{name}`"))
            .collect();
        if names.len() < 2 {
            continue;
        }
        let message = format!(
            "`{}` has {} fields of type `Duration` ({}): say which one its {status} answers \
             send as `Retry-After`, e.g. `retry_after = {}`",
            entry.ident,
            names.len(),
            names.join(", "),
            names[0].trim_matches('`')
        );
        found.push(
            At::Variant(entry.index),
            Error::custom(message).with_span(entry.ident),
        );
    }
}

/// The seconds of `retry_after` fit a `u32`, a challenge is visible ASCII,
/// `code_header` is a header name: what axum and actix-web can send.
pub(super) fn headers_can_be_sent(input: &Input<'_>, catalogue: &Catalogue<'_>, found: &mut Found) {
    let modules = || input.keys.modules.iter();
    let entries = || catalogue.entries.iter();
    let seconds = input.keys.retry_after.iter();
    let seconds = seconds.chain(modules().filter_map(|m| m.retry_after.as_ref()));
    let seconds = seconds.chain(entries().filter_map(|e| e.keys.retry_after.as_ref()?.seconds()));
    for literal in seconds.filter(|s| u32::try_from(s.value).is_err()) {
        let message = format!(
            "`retry_after = {}`: the seconds are 0 to 4294967295",
            literal.value
        );
        found.push(At::Enum, Error::custom(message).with_span(&literal.span));
    }
    let challenges = input.keys.www_authenticate.iter();
    let challenges = challenges.chain(modules().filter_map(|m| m.www_authenticate.as_ref()));
    let challenges = challenges.chain(entries().filter_map(|e| e.keys.www_authenticate.as_ref()));
    for challenge in challenges.filter(|c| !header_value(&c.value())) {
        let message = "a `WWW-Authenticate` challenge is visible ASCII: `Bearer realm=\"api\"`";
        found.push(At::Enum, Error::custom(message).with_span(&challenge.0));
    }
    let header = input
        .keys
        .envelope
        .as_ref()
        .and_then(|e| e.code_header.as_ref());
    if let Some(header) = header.filter(|h| !header_name(&h.value())) {
        let message = format!(
            "`code_header = \"{}\"` is not a header name: letters, digits and `-`, as \
             `x-ms-error-code`",
            header.value()
        );
        found.push(At::Enum, Error::custom(message).with_span(&header.0));
    }
}

/// Visible ASCII, spaces and tabs, not blank: an HTTP field value.
fn header_value(text: &str) -> bool {
    let allowed = |b: u8| b == b' ' || b == b'\t' || b.is_ascii_graphic();
    !text.trim().is_empty() && text.bytes().all(allowed)
}

/// An HTTP field name: a token (RFC 9110 `tchar`s).
fn header_name(name: &str) -> bool {
    let tchar = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    !name.is_empty() && name.bytes().all(tchar)
}
