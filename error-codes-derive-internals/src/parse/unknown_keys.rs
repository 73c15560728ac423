//! Unknown keys, reported by us rather than by darling: the receivers
//! (`keys.rs`) skip what they do not know, so that one misspelt key does
//! not make the whole attribute unreadable and hold back every other
//! error of the enum to a second round.

use darling::Error;
use darling::ast::NestedMeta;
use darling::error::Accumulator;
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token};

use super::house_style::{keys_of, synonym};

/// The keys of `#[catalog(...)]`, `module(...)` and `envelope(...)` on the
/// enum: each unknown one is an error at its token. `false` when one stands
/// in `#[catalog(...)]` itself: it may be a misspelt `module` or `retired`,
/// whose absence the checks must not blame on the codes. One inside a
/// `module(...)` leaves the module read (its name and ranges).
pub fn of_catalog(attrs: &[Attribute], errors: &mut Accumulator) -> bool {
    let mut all_known = true;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("catalog")) {
        let Ok(list) = attr.meta.require_list() else {
            continue;
        };
        let Ok(items) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        else {
            continue;
        };
        for item in &items {
            if let Some(error) = unknown(item, "#[catalog(...)]") {
                errors.push(error);
                all_known = false;
                continue;
            }
            let nested = match item.path().get_ident().map(ToString::to_string).as_deref() {
                Some("module") => "module(...)",
                Some("envelope") => "envelope(...)",
                _ => continue,
            };
            let Ok(list) = item.require_list() else {
                continue;
            };
            let parsed = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated);
            for inner in parsed.iter().flatten() {
                errors.extend(unknown(inner, nested));
            }
        }
    }
    all_known
}

/// The keys of `#[code(...)]` after the code (the known ones are read all
/// the same, so the variant's code is still checked): `false` when one is
/// unknown (it may be a misspelt `message` or `success`).
pub fn of_code(keys: &[NestedMeta], errors: &mut Accumulator) -> bool {
    let mut all_known = true;
    for key in keys {
        if let NestedMeta::Meta(meta) = key
            && let Some(error) = unknown(meta, "#[code(...)]")
        {
            errors.push(error);
            all_known = false;
        }
    }
    all_known
}

/// "unknown key `htpp` in `#[code(...)]`; did you mean `http`?", for a key
/// that `attribute` does not take.
fn unknown(item: &Meta, attribute: &str) -> Option<Error> {
    let key = item.path().get_ident()?.to_string();
    let known = super::house_style::keys(attribute);
    if known.contains(&key.as_str()) {
        return None;
    }
    let hint = match synonym(&key, attribute).or_else(|| nearest(&key, known)) {
        Some(meant) => format!("did you mean `{meant}`?"),
        None => keys_of(attribute),
    };
    let message = format!("unknown key `{key}` in `{attribute}`; {hint}");
    Some(Error::custom(message).with_span(item.path()))
}

/// The known key nearest to `key`, when near enough (as darling judged).
pub fn nearest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let scored = known
        .iter()
        .map(|candidate| (strsim::jaro_winkler(key, candidate), *candidate));
    let best = scored.max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best.0 > 0.8).then_some(best.1)
}
