//! Stage 2, resolve: from what the user wrote to what each entry is. An entry
//! inherits its message from the doc comment, its module from the ranges,
//! its HTTP status from its module or the enum, its symbol from its name;
//! entries are sorted by code. Nothing here reports an error: what cannot be
//! resolved is left out, and `check/` says why.

use syn::Fields;
use syn::ext::IdentExt;

use crate::model::{Catalogue, Entry, Part};
use crate::parse::keys::ModuleKeys;
use crate::parse::literal::{RetryAfter, Str};
use crate::parse::{CodeArg, Input, Variant};

pub fn resolve<'a>(input: &'a Input<'a>) -> Catalogue<'a> {
    let mut catalogue = Catalogue {
        name: input
            .keys
            .name
            .as_ref()
            .map_or_else(|| input.ident.unraw().to_string(), Str::value),
        modules: Vec::new(),
        entries: Vec::new(),
        positions: vec![0; input.variants.len()],
        parts: Vec::new(),
        locales: Vec::new(),
        retired: input
            .keys
            .retired
            .iter()
            .flat_map(|r| r.0.clone())
            .collect(),
    };
    catalogue
        .retired
        .sort_by_key(|range| (range.start, range.end));
    for module in &input.keys.modules {
        if catalogue.module(&module.name.value()).is_none() {
            catalogue.modules.push(module);
        }
    }
    for (index, variant) in input.variants.iter().enumerate() {
        if variant.is_transparent() {
            catalogue.parts.extend(part(input, &catalogue, variant));
        } else if let CodeArg::Given(code) = variant.code {
            let module = module(input, &catalogue, variant, code.value);
            catalogue
                .entries
                .push(entry(input, variant, index, code, module));
        }
    }
    catalogue.entries.sort_by_key(|entry| entry.code.value);
    for (position, entry) in catalogue.entries.iter().enumerate() {
        catalogue.positions[entry.index] = position;
    }
    catalogue
}

fn entry<'a>(
    input: &'a Input<'_>,
    variant: &'a Variant<'a>,
    index: usize,
    code: crate::parse::literal::IntLit,
    module: Option<&'a ModuleKeys>,
) -> Entry<'a> {
    let keys = &variant.keys;
    let http = keys
        .http
        .or_else(|| module.and_then(|module| module.http))
        .or(input.keys.http)
        .map(|http| http.value);
    // The success entry is `OK` unless it says otherwise itself.
    let inherited = || module.and_then(|module| module.grpc).or(input.keys.grpc);
    let grpc = match keys.success.is_present() {
        true => keys.grpc,
        false => keys.grpc.or_else(inherited),
    };
    let symbol = keys.symbol.as_ref().map_or_else(
        || screaming_snake(&variant.ident.unraw().to_string()),
        Str::value,
    );
    let mut entry = Entry {
        code,
        ident: variant.ident,
        fields: variant.fields,
        index,
        keys,
        reason: reason(&symbol, keys.success.is_present()),
        symbol,
        grpc,
        message: keys
            .message
            .as_ref()
            .map(Str::value)
            .or_else(|| variant.doc.clone()),
        description: description(variant),
        module,
        http,
        deprecated: variant.deprecated.clone(),
        docs_url: None,
        // A module's or the catalogue's header goes to the answers whose
        // status calls for it; an entry's own is checked (`check/`).
        retry_after: keys
            .retry_after
            .as_ref()
            .and_then(RetryAfter::seconds)
            .or_else(|| {
                let inherited = module.and_then(|module| module.retry_after.as_ref());
                let inherited = inherited.or(input.keys.retry_after.as_ref());
                inherited.filter(|_| http.is_some_and(retries))
            }),
        www_authenticate: keys.www_authenticate.as_ref().or_else(|| {
            let inherited = module.and_then(|module| module.www_authenticate.as_ref());
            let inherited = inherited.or(input.keys.www_authenticate.as_ref());
            inherited.filter(|_| http == Some(401))
        }),
    };
    let template = crate::docs_url::template(&entry, input.keys.docs_url.as_ref());
    entry.docs_url = template.and_then(|t| crate::docs_url::expand(&t.value(), &entry).ok());
    entry
}

/// Whether an answer of `status` may say when to retry (RFC 9110
/// `Retry-After`: 503 and redirections; RFC 6585: 429).
pub fn retries(status: u16) -> bool {
    matches!(status, 429 | 503 | 300..=399)
}

/// With `message = "..."`, the whole doc comment describes the entry; else
/// what follows its first paragraph. Either is written as in the source,
/// every line break a `\n`, so every export shows the same text.
fn description(variant: &Variant<'_>) -> Option<String> {
    match variant.keys.message {
        Some(_) => variant.doc_whole.clone(),
        None => variant.doc_rest.clone(),
    }
}

/// The module a variant names, else the one module whose ranges hold its
/// code. `None` when it names an undeclared one, the ranges of several
/// modules hold the code, or `#[catalog(...)]` could not be read.
fn module<'a>(
    input: &Input<'_>,
    catalogue: &Catalogue<'a>,
    variant: &Variant<'_>,
    code: i64,
) -> Option<&'a ModuleKeys> {
    if !input.keys_ok {
        return None;
    }
    if let Some(named) = &variant.keys.module {
        return catalogue.module(&named.value());
    }
    let mut holding = catalogue.holding(code);
    let first = holding.next()?;
    holding.next().is_none().then_some(first)
}

/// A `transparent` variant with the shape of one: a tuple of one field.
fn part<'a>(
    input: &Input<'_>,
    catalogue: &Catalogue<'a>,
    variant: &'a Variant<'a>,
) -> Option<Part<'a>> {
    let Fields::Unnamed(fields) = variant.fields else {
        return None;
    };
    let [field] = fields.unnamed.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let module = match &variant.keys.module {
        Some(named) if input.keys_ok => catalogue.module(&named.value()),
        _ => None,
    };
    Some(Part {
        ident: variant.ident,
        ty: &field.ty,
        module,
        offset: variant.keys.offset,
        http: variant.keys.http.map(|status| status.value),
        grpc: variant.keys.grpc,
    })
}

/// A symbol that is a gRPC `ErrorInfo` reason as it is ([`is_reason`]),
/// else in UPPER_SNAKE_CASE with each run of other characters one
/// underscore (`APIError` -> `API_ERROR`, `card-declined` ->
/// `CARD_DECLINED`, `TRAILING_` -> `TRAILING`), and an error's reason of
/// one or two characters then ends in `_ERROR` (`Io` -> `IO_ERROR`), which
/// AIP-193's three characters ask; `check/` refuses what is still none.
/// The success entry's reason is never sent, and stays its symbol's form.
fn reason(symbol: &str, success: bool) -> String {
    if is_reason(symbol) {
        return symbol.to_owned();
    }
    let snake = screaming_snake(symbol);
    let words = snake.split(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit()));
    let words: Vec<&str> = words.filter(|word| !word.is_empty()).collect();
    let reason = words.join("_");
    let short = (1..=2).contains(&reason.len());
    if short && !success && reason.starts_with(|c: char| c.is_ascii_uppercase()) {
        return reason + "_ERROR";
    }
    reason
}

/// A reason as AIP-193 writes them: `[A-Z][A-Z0-9_]+[A-Z0-9]`, 3 to 63
/// characters (a capital first, capitals, digits and underscores, no
/// underscore last).
pub fn is_reason(text: &str) -> bool {
    let allowed = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_';
    let bytes = text.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    (3..=63).contains(&bytes.len())
        && first.is_ascii_uppercase()
        && *last != b'_'
        && bytes.iter().all(allowed)
}

/// `UnauthorizedSession` -> `UNAUTHORIZED_SESSION`; a run of capitals stays
/// one word (`APIKeyMissing` -> `API_KEY_MISSING`).
fn screaming_snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev != '_' && (prev.is_lowercase() || prev.is_ascii_digit() || next_lower) {
                out.push('_');
            }
        }
        out.extend(c.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::screaming_snake as snake;

    fn reason(symbol: &str) -> String {
        super::reason(symbol, false)
    }

    #[test]
    fn screaming_snake_case_of_variant_names() {
        assert_eq!(snake("UnauthorizedSession"), "UNAUTHORIZED_SESSION");
        assert_eq!(snake("APIKeyMissing"), "API_KEY_MISSING");
        assert_eq!(snake("ApiKeyMissing"), "API_KEY_MISSING");
        assert_eq!(snake("Error404NotFound"), "ERROR404_NOT_FOUND");
        assert_eq!(snake("Busy"), "BUSY");
        assert_eq!(snake("RPSLimit"), "RPS_LIMIT");
    }

    #[test]
    fn reasons_of_symbols() {
        assert_eq!(reason("NEED_USER_LOGIN"), "NEED_USER_LOGIN");
        assert_eq!(reason("APIError"), "API_ERROR");
        assert_eq!(reason("invalid-token"), "INVALID_TOKEN");
        assert_eq!(reason("E.401 bad"), "E_401_BAD");
        assert_eq!(reason("é"), "");
        // AIP-193: a letter first, no underscore last, 3 to 63 characters.
        assert_eq!(reason("TRAILING_"), "TRAILING");
        assert_eq!(reason("_LEADING"), "LEADING");
        assert!(
            !super::is_reason(&reason("9LIVES")),
            "no name: `check/` refuses it"
        );
        assert!(!super::is_reason("9LIVES"));
        assert!(super::is_reason("XYZ") && super::is_reason("A_1"));
        assert!(!super::is_reason("X") && !super::is_reason("XY"));
        // Too short for AIP-193: an error's reason ends in `_ERROR`.
        assert_eq!(reason("Io"), "IO_ERROR");
        assert_eq!(reason("X"), "X_ERROR");
        assert_eq!(reason("E2"), "E2_ERROR");
        assert_eq!(
            super::reason("OK", true),
            "OK",
            "the success's is never sent"
        );
        assert!(!super::is_reason(&"A".repeat(64)));
    }
}
