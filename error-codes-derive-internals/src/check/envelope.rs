//! Rules on `envelope(...)`: every field of a body has its own name, and
//! the shape keys combine into bodies that can be written and read back.

use darling::Error;
use proc_macro2::Span;

use crate::model::Catalogue;
use crate::parse::Input;
use crate::parse::keys::EnvelopeKeys;
use crate::parse::literal::Str;

use super::{At, Found};

/// Each field of the body (code, message, data, the facts, the constant
/// fields) named, and no two alike: blamed on the later one given.
pub(super) fn envelope_names_distinct(input: &Input<'_>, found: &mut Found) {
    let Some(envelope) = &input.keys.envelope else {
        return;
    };
    let fields = names(envelope);
    for (index, (key, name, given)) in fields.iter().enumerate() {
        if let Some(span) = given.filter(|_| name.is_empty()) {
            let message =
                format!("the envelope's `{key}` field needs a name, such as `{key} = \"{key}\"`");
            found.push(At::Enum, Error::custom(message).with_span(&span));
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
                found.push(At::Enum, Error::custom(message).with_span(&blamed));
            }
        }
    }
}

/// Each field a body holds: the key that names it, its name, and where it
/// was given (`None` for a default).
fn names(envelope: &EnvelopeKeys) -> Vec<(String, String, Option<Span>)> {
    let without = envelope.without.as_ref();
    let dropped = |key: &str| match key {
        "message" => without.is_some_and(|w| w.message.is_some()),
        "data" => without.is_some_and(|w| w.data.is_some()),
        _ => false,
    };
    let named = [
        ("code", &envelope.code, true),
        ("message", &envelope.message, true),
        ("data", &envelope.data, true),
        ("status", &envelope.status, false),
        ("grpc", &envelope.grpc, false),
        ("module", &envelope.module, false),
        ("docs_url", &envelope.docs_url, false),
    ];
    let mut fields: Vec<(String, String, Option<Span>)> = named
        .into_iter()
        .filter(|(key, given, default)| (*default || given.is_some()) && !dropped(key))
        .map(|(key, given, _)| {
            let name = given.as_ref().map_or_else(|| key.to_owned(), Str::value);
            (key.to_owned(), name, given.as_ref().map(|g| g.0.span()))
        })
        .collect();
    for (name, _, span) in envelope.fields.iter().flat_map(|c| &c.0) {
        fields.push((format!("fields({name})"), name.clone(), Some(*span)));
    }
    fields
}

/// The shape keys combine: one of `under` and `under_list`; `code_is` is
/// `"number"` or `"symbol"`; `status_is` is `"number"` or `"string"` and
/// goes with `status`; not `flatten` and `without(data)`; a field left out
/// is not named too; no data variant in a body without data.
pub(super) fn envelope_shape_is_readable(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
    let Some(envelope) = &input.keys.envelope else {
        return;
    };
    let mut refuse = |span: Span, message: String| {
        found.push(At::Enum, Error::custom(message).with_span(&span));
    };
    if let (Some(_), Some(list)) = (&envelope.under, &envelope.under_list) {
        let message = "a body sits under one member: give `under` (an object) or `under_list` \
                       (a list of one), not both";
        refuse(list.0.span(), message.to_owned());
    }
    let code_is = envelope.code_is.as_ref();
    if let Some(code_is) = code_is.filter(|c| !matches!(c.value().as_str(), "number" | "symbol")) {
        let message = format!(
            "`code_is = \"{}\"`: the code field carries the code as a `\"number\"` \
             (`40101`) or the entry's `\"symbol\"` (`\"card_declined\"`)",
            code_is.value()
        );
        refuse(code_is.0.span(), message);
    }
    if let Some(status_is) = &envelope.status_is {
        if !matches!(status_is.value().as_str(), "number" | "string") {
            let message = format!(
                "`status_is = \"{}\"`: the status is written as a `\"number\"` (`404`) or a \
                 `\"string\"` (`\"404\"`)",
                status_is.value()
            );
            refuse(status_is.0.span(), message);
        } else if envelope.status.is_none() {
            let message = "`status_is` says how the status field is written: name the field \
                           too, `status = \"status\"`";
            refuse(status_is.0.span(), message.to_owned());
        }
    }
    if let Some(span) = without_data(envelope).filter(|_| envelope.flatten.is_present()) {
        let message = "`flatten` writes data that is not an object with fields under the data's \
                       field, which `without(data)` leaves out: keep one of the two";
        refuse(span, message.to_owned());
    }
    let without = envelope.without.as_ref();
    for (left_out, named, key) in [
        (
            without.and_then(|w| w.message),
            &envelope.message,
            "message",
        ),
        (without.and_then(|w| w.data), &envelope.data, "data"),
    ] {
        if let (Some(_), Some(named)) = (left_out, named) {
            let message = format!(
                "`without({key})` leaves the {key} out of every body, so it has no name to \
                 give: remove `{key} = \"...\"` or the `without`"
            );
            refuse(named.0.span(), message);
        }
    }
    if let Some(span) = without.and_then(|w| w.data) {
        for entry in catalogue
            .entries
            .iter()
            .filter(|e| e.keys.data.is_present())
        {
            let message = format!(
                "`without(data)`, but `{}` ({}) carries data, which such a body cannot hold: \
                 drop `data` from the variant, or let the body have its data field",
                entry.ident, entry.code.value
            );
            refuse(span, message);
        }
    }
}

/// Where `without(data)` was written.
fn without_data(envelope: &EnvelopeKeys) -> Option<Span> {
    envelope.without.as_ref().and_then(|w| w.data)
}
