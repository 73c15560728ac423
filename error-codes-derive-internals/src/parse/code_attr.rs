//! `#[code(40101, http = 401, success)]`: the positional code first, then
//! keys. darling reads keys only, so the code is split off here.

use darling::ast::NestedMeta;
use darling::error::Accumulator;
use darling::{Error, Result};
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, Meta, MetaNameValue, Token};

use super::literal::{IntLit, code_literal, is_literal_like};

/// What `#[code(...)]` says of the code itself.
pub enum CodeArg {
    Given(IntLit),
    /// No code was written (`#[code(http = 401)]`).
    Missing,
    /// A code was written, but it is not usable; its error is reported already.
    Invalid,
}

/// `#[code(...)]` split into the positional code and the `key = value`
/// items that darling reads.
pub struct SplitCode {
    pub code: CodeArg,
    pub keys: Vec<NestedMeta>,
    /// Whether every item after the code had the shape of a key.
    pub keys_ok: bool,
}

/// Splits `#[code(40101, http = 401, success)]`. Errors go to `errors`;
/// `None` when the attribute could not be read at all.
pub fn split(attr: &Attribute, errors: &mut Accumulator) -> Option<SplitCode> {
    let Ok(list) = attr.meta.require_list() else {
        errors.push(
            Error::custom(
                "expected `#[code(...)]` with the code first, e.g. `#[code(40101, http = 401)]`",
            )
            .with_span(&attr.meta),
        );
        return None;
    };
    let items = errors.handle(
        list.parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated)
            .map_err(Error::from),
    )?;
    let mut split = SplitCode {
        code: CodeArg::Missing,
        keys: Vec::new(),
        keys_ok: true,
    };
    for (index, item) in items.into_iter().enumerate() {
        split.item(index, item, errors);
    }
    Some(split)
}

impl SplitCode {
    fn item(&mut self, index: usize, item: Expr, errors: &mut Accumulator) {
        if index > 0 && is_literal_like(&item) {
            errors.push(
                Error::custom("the code comes first and only once: `#[code(40101, http = 401)]`")
                    .with_span(&item),
            );
            if let CodeArg::Missing = self.code {
                self.code = CodeArg::Invalid;
            }
            self.keys_ok = false;
        } else if index == 0 && !is_key(&item) {
            self.code = match errors.handle(code_literal(&item)) {
                Some(literal) => CodeArg::Given(literal),
                None => CodeArg::Invalid,
            };
        } else {
            match errors.handle(to_meta(item)) {
                Some(meta) => self.keys.push(NestedMeta::Meta(meta)),
                None => self.keys_ok = false,
            }
        }
    }
}

/// The flags and keys `#[code]` knows that can stand first.
const FLAGS: &[&str] = &["success", "transparent"];

/// Whether the first item of `#[code(...)]` is a key rather than a code:
/// `key = value`, or a flag in lower case (a lone `SOME_CONST` is a code
/// written as a constant, reported as such).
fn is_key(expr: &Expr) -> bool {
    match expr {
        Expr::Assign(_) => true,
        Expr::Path(path) => path.path.get_ident().is_some_and(|ident| {
            let name = ident.to_string();
            FLAGS.contains(&name.as_str()) || name.chars().any(|c| c.is_ascii_lowercase())
        }),
        _ => false,
    }
}

fn is_rejection(func: &Expr) -> bool {
    matches!(func, Expr::Path(path) if path.qself.is_none() && path.path.is_ident("rejection"))
}

fn to_meta(expr: Expr) -> Result<Meta> {
    match expr {
        Expr::Path(path) if path.attrs.is_empty() && path.qself.is_none() => {
            Ok(Meta::Path(path.path))
        }
        Expr::Assign(assign) => match *assign.left {
            Expr::Path(path) if path.qself.is_none() => Ok(Meta::NameValue(MetaNameValue {
                path: path.path,
                eq_token: assign.eq_token,
                value: *assign.right,
            })),
            left => Err(Error::custom("expected a key such as `http` before `=`").with_span(&left)),
        },
        // `rejection("malformed-body", "content-type")`: a list.
        // `rejection(...)` is the one key that takes a list.
        Expr::Call(call) if is_rejection(&call.func) => match *call.func {
            Expr::Path(path) => Ok(Meta::List(syn::MetaList {
                path: path.path,
                delimiter: syn::MacroDelimiter::Paren(call.paren_token),
                tokens: quote::ToTokens::to_token_stream(&call.args),
            })),
            func => {
                Err(Error::custom("expected a key such as `rejection` before `(`").with_span(&func))
            }
        },
        other => Err(Error::custom(
            "expected `key = value` (e.g. `http = 401`) or a flag such as `success`",
        )
        .with_span(&other)),
    }
}
