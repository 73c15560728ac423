//! The values of `envelope(...)`'s shape keys that are lists:
//! `fields(ok = false, object = "error")` (constant fields, each value a
//! literal written as JSON) and `without(message, data)`.

use darling::ast::NestedMeta;
use darling::{Error, FromMeta, Result};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, ExprUnary, Lit, Meta, UnOp};

/// `fields(ok = false)`: each constant field's name, its value as JSON
/// text, and where the name was written.
#[derive(Default)]
pub struct Constants(pub Vec<(String, String, Span)>);

impl FromMeta for Constants {
    fn from_list(items: &[NestedMeta]) -> Result<Self> {
        let mut errors = Error::accumulator();
        let mut fields: Vec<(String, String, Span)> = Vec::new();
        for item in items {
            let NestedMeta::Meta(Meta::NameValue(pair)) = item else {
                errors.push(Error::custom(CONSTANT_FORM).with_span(item));
                continue;
            };
            let name = pair.path.get_ident().map(ToString::to_string);
            let Some(name) = name.map(|n| n.trim_start_matches("r#").to_owned()) else {
                errors.push(Error::custom(CONSTANT_FORM).with_span(&pair.path));
                continue;
            };
            let Some(json) = errors.handle(json_of(&pair.value)) else {
                continue;
            };
            if fields.iter().any(|(given, _, _)| *given == name) {
                let message = format!("the constant field `{name}` is given twice: keep one");
                errors.push(Error::custom(message).with_span(&pair.path));
                continue;
            }
            fields.push((name, json, pair.path.span()));
        }
        errors.finish_with(Constants(fields))
    }
}

const CONSTANT_FORM: &str = "`fields(...)` takes constant fields as `name = value`: `fields(ok = false, object = \"error\")`";

/// A literal as JSON text: a string, an integer (negative too), a boolean.
fn json_of(value: &Expr) -> Result<String> {
    let literal = match value {
        Expr::Lit(ExprLit { lit, .. }) => lit,
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => {
            if let Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            }) = &**expr
            {
                let value: i64 = int.base10_parse()?;
                return Ok((-value).to_string());
            }
            return Err(Error::custom(VALUE_FORM).with_span(value));
        }
        _ => return Err(Error::custom(VALUE_FORM).with_span(value)),
    };
    match literal {
        Lit::Str(text) => Ok(serde_json_string(&text.value())),
        Lit::Int(int) => Ok(int.base10_parse::<i64>()?.to_string()),
        Lit::Bool(flag) => Ok(flag.value.to_string()),
        other => Err(Error::custom(VALUE_FORM).with_span(other)),
    }
}

const VALUE_FORM: &str =
    "a constant field's value is a string, an integer or `true`/`false`: `ok = false`";

/// `text` as a JSON string.
fn serde_json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `without(message)`, `without(data)`, `without(message, data)`.
#[derive(Default)]
pub struct Without {
    pub message: Option<Span>,
    pub data: Option<Span>,
}

impl FromMeta for Without {
    fn from_list(items: &[NestedMeta]) -> Result<Self> {
        let mut errors = Error::accumulator();
        let mut without = Without::default();
        for item in items {
            let name = match item {
                NestedMeta::Meta(Meta::Path(path)) => path.get_ident().map(ToString::to_string),
                _ => None,
            };
            let slot = match name.as_deref() {
                Some("message") => &mut without.message,
                Some("data") => &mut without.data,
                _ => {
                    let message = "`without(...)` takes the fields a body lacks: `message`, `data`";
                    errors.push(Error::custom(message).with_span(item));
                    continue;
                }
            };
            if slot.is_some() {
                errors
                    .push(Error::custom("given twice in `without(...)`: keep one").with_span(item));
            }
            *slot = Some(item.span());
        }
        errors.finish_with(without)
    }
}
