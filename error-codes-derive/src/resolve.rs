//! Stage 2, resolve: from what the user wrote to what each entry is. An entry
//! inherits its message from the doc comment, its module from the ranges,
//! its HTTP status from its module or the enum, its symbol from its name;
//! entries are sorted by code. Nothing here reports an error: what cannot be
//! resolved is left out, and `check.rs` says why.

use syn::ext::IdentExt;
use syn::{Fields, Ident};

use crate::model::{Catalogue, Entry, Part};
use crate::parse::keys::ModuleKeys;
use crate::parse::literal::Str;
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
    input: &Input<'_>,
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
    Entry {
        code,
        ident: variant.ident,
        fields: variant.fields,
        index,
        keys,
        symbol: keys
            .symbol
            .as_ref()
            .map_or_else(|| screaming_snake(variant.ident), Str::value),
        message: keys
            .message
            .as_ref()
            .map(Str::value)
            .or_else(|| variant.doc.clone()),
        description: description(variant),
        module,
        http,
        deprecated: variant.deprecated.clone(),
    }
}

/// With `message = "..."`, the whole doc comment describes the entry; else
/// what follows its first paragraph.
fn description(variant: &Variant<'_>) -> Option<String> {
    if variant.keys.message.is_none() {
        return variant.doc_rest.clone();
    }
    let paragraphs = [variant.doc.as_deref(), variant.doc_rest.as_deref()];
    let paragraphs: Vec<&str> = paragraphs.into_iter().flatten().collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
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
    })
}

/// `UnauthorizedSession` -> `UNAUTHORIZED_SESSION`; a run of capitals stays
/// one word (`APIKeyMissing` -> `API_KEY_MISSING`).
fn screaming_snake(ident: &Ident) -> String {
    let name = ident.unraw().to_string();
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
    use super::screaming_snake;
    use proc_macro2::Span;
    use syn::Ident;

    fn snake(name: &str) -> String {
        screaming_snake(&Ident::new(name, Span::call_site()))
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
}
