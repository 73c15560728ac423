//! Validation: the checks that need more than one attribute at a time
//! (modules against codes, codes against each other), and the resolution of
//! what each entry inherits. Every error goes to the accumulator; nothing
//! stops at the first one.

use std::collections::BTreeMap;

use darling::Error;
use darling::error::Accumulator;
use syn::ext::IdentExt;
use syn::{Fields, Ident};

use crate::ast::{Input, ModuleOpts, Variant};
use crate::attr::{CodeArg, CodeRange, IntLit, Text};

/// The most entries a catalogue can hold: positions are stored as `u16`,
/// with `u16::MAX` marking an empty slot.
const MAX_ENTRIES: usize = u16::MAX as usize;

/// The most parts of a composition (own entries + transparent variants):
/// `error_codes::__private::MAX_PARTS`.
const MAX_PARTS: usize = 64;

/// A catalogue checked and resolved, ready to expand.
pub struct Catalog<'a> {
    pub name: String,
    pub modules: Vec<&'a ModuleOpts>,
    /// Entries sorted by code.
    pub entries: Vec<Entry<'a>>,
    /// For each variant in declaration order, its position in `entries`
    /// (0 for a `transparent` variant, which has no entry of its own).
    pub positions: Vec<usize>,
    /// The `transparent` variants, in declaration order.
    pub parts: Vec<Part<'a>>,
}

/// A `#[code(transparent)]` variant: a catalogue composed into this one.
pub struct Part<'a> {
    pub ident: &'a Ident,
    /// The composed catalogue: the variant's one field.
    pub ty: &'a syn::Type,
    /// `module = "..."`: the module whose ranges must hold all its codes.
    pub module: Option<&'a ModuleOpts>,
}

pub struct Entry<'a> {
    pub code: i64,
    pub ident: &'a Ident,
    pub fields: &'a Fields,
    pub symbol: String,
    /// Whether `symbol = "..."` was given (else it is derived from the name).
    pub symbol_declared: bool,
    pub message: String,
    pub title: Option<String>,
    pub help: Option<String>,
    pub module: Option<String>,
    pub group: Option<String>,
    pub http: Option<u16>,
    pub success: bool,
    /// The variant's index in declaration order.
    pub variant: usize,
}

/// Checks `input`, pushing every error to `errors`. The catalogue returned is
/// only meaningful when no error was pushed.
pub fn check<'a>(input: &'a Input<'a>, errors: &mut Accumulator) -> Catalog<'a> {
    let modules = check_modules(input, errors);
    check_envelope(input, errors);
    let mut first_by_code: BTreeMap<i64, (usize, IntLit)> = BTreeMap::new();
    let mut reported_first = Vec::new();
    let mut success: Option<&Ident> = None;
    let mut entries = Vec::new();
    let mut parts = Vec::new();

    let composes = input
        .variants
        .iter()
        .any(|v| v.opts.transparent.is_present());
    if composes && let Some(param) = input.generics.params.first() {
        errors.push(
            Error::custom(
                "a generic enum cannot compose catalogues: the check that their codes do not \
                 clash runs on concrete types; name the types instead of a parameter",
            )
            .with_span(param),
        );
    }

    for (index, variant) in input.variants.iter().enumerate() {
        if variant.opts.transparent.is_present() {
            if let Some(part) = check_transparent(input, variant, &modules, errors) {
                parts.push(part);
            }
            continue;
        }
        let code = match variant.code {
            CodeArg::Given(code) => Some(code),
            CodeArg::Invalid => None,
            CodeArg::Missing => {
                errors.push(missing_code(variant));
                None
            }
        };
        let message = variant
            .opts
            .message
            .as_ref()
            .map(Text::value)
            .or_else(|| variant.doc.clone());
        if message.is_none() && variant.opts_ok {
            errors.push(
                Error::custom(format!(
                    "variant `{}` has no message: add `message = \"...\"` to its `#[code(...)]`, \
                     or a `///` doc comment",
                    variant.ident
                ))
                .with_span(variant.ident),
            );
        }
        if variant.opts.success.is_present() {
            match success {
                None => success = Some(variant.ident),
                Some(first) => errors.push(
                    Error::custom(format!(
                        "two success entries, `{first}` and `{}`: a catalogue has at most one `success`",
                        variant.ident
                    ))
                    .with_span(&variant.opts.success.span()),
                ),
            }
        }
        let module = if input.catalog_ok {
            resolve_module(variant, code, &modules, errors)
        } else {
            None
        };
        let Some(code) = code else { continue };
        match first_by_code.get(&code.value) {
            None => {
                first_by_code.insert(code.value, (index, code));
            }
            Some(&(first_index, first)) => {
                let first_ident = input.variants[first_index].ident;
                errors.push(
                    Error::custom(format!(
                        "error code {} is defined by both `{first_ident}` and `{}`",
                        code.value, variant.ident
                    ))
                    .with_span(&code.span),
                );
                if !reported_first.contains(&code.value) {
                    reported_first.push(code.value);
                    errors.push(
                        Error::custom(format!(
                            "error code {} is first defined here, by `{first_ident}`",
                            code.value
                        ))
                        .with_span(&first.span),
                    );
                }
                continue;
            }
        }
        let http = variant
            .opts
            .http
            .map(|http| http.value)
            .or_else(|| module.and_then(|m| m.http.map(|http| http.value)))
            .or_else(|| input.catalog.http.map(|http| http.value));
        entries.push(Entry {
            code: code.value,
            ident: variant.ident,
            fields: variant.fields,
            symbol: variant
                .opts
                .symbol
                .as_ref()
                .map_or_else(|| screaming_snake(variant.ident), Text::value),
            symbol_declared: variant.opts.symbol.is_some(),
            message: message.unwrap_or_default(),
            title: variant.opts.title.as_ref().map(Text::value),
            help: variant.opts.help.as_ref().map(Text::value),
            module: module.map(|m| m.name.value()),
            group: variant.opts.group.as_ref().map(Text::value),
            http,
            success: variant.opts.success.is_present(),
            variant: index,
        });
    }

    let limits = [
        (entries.len(), MAX_ENTRIES, "a catalogue holds", "codes"),
        (parts.len(), MAX_PARTS, "an enum composes", "catalogues"),
    ];
    for (count, max, what, unit) in limits {
        if count >= max {
            errors.push(
                Error::custom(format!(
                    "{what} at most {} {unit}; this one has {count}",
                    max - 1
                ))
                .with_span(input.ident),
            );
        }
    }

    entries.sort_by_key(|entry| entry.code);
    let mut positions = vec![0; input.variants.len()];
    for (position, entry) in entries.iter().enumerate() {
        positions[entry.variant] = position;
    }
    Catalog {
        name: input
            .catalog
            .name
            .as_ref()
            .map_or_else(|| input.ident.to_string(), Text::value),
        modules,
        entries,
        positions,
        parts,
    }
}

/// A `#[code(transparent)]` variant: a one-field tuple, without a code or
/// keys of its own, in a non-generic enum; `module` names a declared module.
fn check_transparent<'a>(
    input: &'a Input<'a>,
    variant: &'a Variant<'a>,
    modules: &[&'a ModuleOpts],
    errors: &mut Accumulator,
) -> Option<Part<'a>> {
    let flag = variant.opts.transparent.span();
    let mut ok = true;
    if let CodeArg::Given(code) = variant.code {
        ok = false;
        errors.push(
            Error::custom(format!(
                "`{}` is `transparent`: it takes no code, its codes are those of the catalogue it \
                 composes; remove {}",
                variant.ident, code.value
            ))
            .with_span(&code.span),
        );
    }
    let opts = &variant.opts;
    let own_keys: Vec<&str> = [
        ("http", opts.http.is_some()),
        ("message", opts.message.is_some()),
        ("title", opts.title.is_some()),
        ("symbol", opts.symbol.is_some()),
        ("help", opts.help.is_some()),
        ("group", opts.group.is_some()),
        ("success", opts.success.is_present()),
    ]
    .into_iter()
    .filter_map(|(key, given)| given.then_some(key))
    .collect();
    if !own_keys.is_empty() {
        ok = false;
        errors.push(
            Error::custom(format!(
                "`transparent` takes no {}: the composed catalogue brings its own; only \
                 `module = \"...\"` may go with it",
                own_keys
                    .iter()
                    .map(|key| format!("`{key}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .with_span(&flag),
        );
    }
    let ty = match variant.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => Some(&fields.unnamed[0].ty),
        _ => {
            errors.push(
                Error::custom(format!(
                    "`transparent` needs a tuple variant with one field, the catalogue it \
                     composes, e.g. `{}(FresnsError)`",
                    variant.ident
                ))
                .with_span(variant.ident),
            );
            None
        }
    };
    let module = match &opts.module {
        Some(named) => {
            let name = named.value();
            let found = modules.iter().copied().find(|m| m.name.value() == name);
            if found.is_none() && input.catalog_ok {
                errors.push(undeclared_module(named, modules));
            }
            found
        }
        None => None,
    };
    Some(Part {
        ident: variant.ident,
        ty: ty.filter(|_| ok)?,
        module,
    })
}

fn missing_code(variant: &Variant<'_>) -> Error {
    match variant.attr {
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
    }
}

/// Duplicate module names are errors; the first declaration is the one used.
fn check_modules<'a>(input: &'a Input<'a>, errors: &mut Accumulator) -> Vec<&'a ModuleOpts> {
    let mut modules: Vec<&ModuleOpts> = Vec::new();
    for module in &input.catalog.modules {
        let name = module.name.value();
        match modules.iter().find(|seen| seen.name.value() == name) {
            None => modules.push(module),
            Some(first) => {
                errors.push(
                    Error::custom(format!(
                        "module `{name}` is declared twice: give each module one `module(...)` \
                         with all its ranges"
                    ))
                    .with_span(&module.name.0),
                );
                errors.push(
                    Error::custom(format!("module `{name}` is first declared here"))
                        .with_span(&first.name.0),
                );
            }
        }
    }
    modules
}

/// `envelope(code = "...", message = "...", data = "...")`: each name is a
/// non-empty field name, and no two fields (given or default) share one.
fn check_envelope(input: &Input<'_>, errors: &mut Accumulator) {
    let Some(envelope) = &input.catalog.envelope else {
        return;
    };
    let fields = [
        ("code", &envelope.code),
        ("message", &envelope.message),
        ("data", &envelope.data),
    ]
    .map(|(key, given)| {
        let name = given.as_ref().map_or_else(|| key.to_owned(), Text::value);
        (key, name, given.as_ref())
    });
    for (index, (key, name, given)) in fields.iter().enumerate() {
        if let Some(given) = given.filter(|_| name.is_empty()) {
            errors.push(
                Error::custom(format!(
                    "the envelope's `{key}` field needs a name, such as `{key} = \"{key}\"`"
                ))
                .with_span(&given.0),
            );
        }
        for (other, other_name, other_given) in &fields[index + 1..] {
            // Defaults differ, so one of the two is given: blame the later one given.
            let Some(blamed) = other_given.or(*given) else {
                continue;
            };
            if name == other_name && !name.is_empty() {
                errors.push(
                    Error::custom(format!(
                        "the envelope's `{key}` and `{other}` fields are both named \"{name}\": \
                         a reader could not tell them apart"
                    ))
                    .with_span(&blamed.0),
                );
            }
        }
    }
}

/// The module of a variant: the one it names, checked to exist and to hold
/// the code, or else the only one whose ranges hold the code.
fn resolve_module<'a>(
    variant: &Variant<'_>,
    code: Option<IntLit>,
    modules: &[&'a ModuleOpts],
    errors: &mut Accumulator,
) -> Option<&'a ModuleOpts> {
    if let Some(named) = &variant.opts.module {
        let name = named.value();
        let Some(module) = modules.iter().copied().find(|m| m.name.value() == name) else {
            errors.push(undeclared_module(named, modules));
            return None;
        };
        if let Some(code) = code
            && !contains(module, code.value)
        {
            errors.push(
                Error::custom(format!(
                    "code {} lies outside the ranges of module `{name}` ({})",
                    code.value,
                    list_ranges(&module.ranges.0)
                ))
                .with_span(&code.span),
            );
        }
        return Some(module);
    }
    let code = code?;
    let mut holding = modules.iter().copied().filter(|m| contains(m, code.value));
    let first = holding.next()?;
    let others: Vec<String> = holding.map(|m| format!("`{}`", m.name.value())).collect();
    if others.is_empty() {
        return Some(first);
    }
    errors.push(
        Error::custom(format!(
            "code {} lies in the ranges of modules `{}` and {}: name its module, \
             e.g. `#[code({}, module = \"{}\")]`",
            code.value,
            first.name.value(),
            others.join(" and "),
            code.value,
            first.name.value()
        ))
        .with_span(&code.span),
    );
    None
}

fn contains(module: &ModuleOpts, code: i64) -> bool {
    module.ranges.0.iter().any(|range| range.contains(code))
}

pub fn list_ranges(ranges: &[CodeRange]) -> String {
    ranges
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn undeclared_module(named: &Text, modules: &[&ModuleOpts]) -> Error {
    let name = named.value();
    let names: Vec<String> = modules.iter().map(|m| m.name.value()).collect();
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
        (None, false) => format!(
            "; the declared modules are {}",
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Error::custom(format!(
        "module `{name}` is not declared on this enum{hint}"
    ))
    .with_span(&named.0)
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
