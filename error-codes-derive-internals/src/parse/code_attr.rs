//! `#[code(40101, http = 401, success)]`: the positional code first, then
//! keys. darling reads keys only, so the code is split off here.

use darling::ast::NestedMeta;
use darling::error::Accumulator;
use darling::{Error, Result};
use proc_macro2::{Ident, Literal, Spacing, TokenStream, TokenTree};
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
    let items = match plain_items(&list.tokens) {
        Some(items) => items,
        None => errors
            .handle(
                list.parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated)
                    .map_err(Error::from),
            )?
            .into_iter()
            .collect(),
    };
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

/// The items of `#[code(...)]` as written almost always: each a literal
/// (`40101`), a flag (`data`) or `key = literal` (`http = 401`), read
/// from the tokens without syn's expression parser (which a large
/// catalogue's check paid on every attribute: BENCHMARKS.md, "Compile
/// time"). `None` for anything else, which syn then reads: the two give the
/// same expressions, with the same spans.
fn plain_items(tokens: &TokenStream) -> Option<Vec<Expr>> {
    let mut items = Vec::new();
    let mut item: Vec<TokenTree> = Vec::with_capacity(3);
    let mut trees = tokens.clone().into_iter();
    loop {
        let next = trees.next();
        let comma = matches!(&next, Some(TokenTree::Punct(p)) if p.as_char() == ',');
        match next {
            Some(tree) if !comma => item.push(tree),
            // A trailing comma ends the list; two in a row are syn's to report.
            None if item.is_empty() => return Some(items),
            _ => {
                items.push(plain_item(&item)?);
                item.clear();
                if next.is_none() {
                    return Some(items);
                }
            }
        }
    }
}

/// One item of [`plain_items`].
fn plain_item(item: &[TokenTree]) -> Option<Expr> {
    let path = |ident: &Ident| {
        // A keyword (`type`, `true`) is not a path: syn reads it.
        let keyword = syn::parse2::<Ident>(TokenStream::from(TokenTree::Ident(ident.clone())));
        keyword.ok()?;
        let path = syn::Path::from(ident.clone());
        Some(Expr::Path(syn::ExprPath {
            attrs: Vec::new(),
            qself: None,
            path,
        }))
    };
    let literal = |literal: &Literal| {
        let lit = syn::Lit::new(literal.clone());
        Expr::Lit(syn::ExprLit {
            attrs: Vec::new(),
            lit,
        })
    };
    match item {
        [TokenTree::Literal(value)] => Some(literal(value)),
        [TokenTree::Ident(flag)] => path(flag),
        [
            TokenTree::Ident(key),
            TokenTree::Punct(eq),
            TokenTree::Literal(value),
        ] if eq.as_char() == '=' && eq.spacing() == Spacing::Alone => {
            Some(Expr::Assign(syn::ExprAssign {
                attrs: Vec::new(),
                left: Box::new(path(key)?),
                eq_token: Token![=](eq.span()),
                right: Box::new(literal(value)),
            }))
        }
        _ => None,
    }
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

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::ToTokens as _;
    use syn::punctuated::Punctuated;
    use syn::{Expr, Token};

    use super::plain_items;

    fn by_syn(tokens: &TokenStream) -> Vec<String> {
        let parser = Punctuated::<Expr, Token![,]>::parse_terminated;
        let items = syn::parse::Parser::parse2(parser, tokens.clone()).unwrap();
        items
            .iter()
            .map(|e| e.to_token_stream().to_string())
            .collect()
    }

    /// What the token reader reads, syn's expression parser reads alike;
    /// the rest it leaves to syn.
    #[test]
    fn plain_items_read_as_syn_reads_them() {
        for text in [
            "40101",
            "40101, message = \"Login expired.\", http = 401",
            "40101, data, http = 401,",
            "success, message = \"ok\"",
            "0x10, title = r#\"raw\"#",
            "",
        ] {
            let tokens: TokenStream = text.parse().unwrap();
            let read = plain_items(&tokens).expect(text);
            let read: Vec<String> = read
                .iter()
                .map(|e| e.to_token_stream().to_string())
                .collect();
            assert_eq!(read, by_syn(&tokens), "{text}");
        }
        for text in [
            "-1",
            "40101, http = -1",
            "40101, success = true",
            "40101, type = \"x\"",
            "40101,, http = 401",
            "40101, rejection(\"malformed-body\")",
            "40101, http = CONST",
            "40101, a.b = 1",
            "40101, http == 401",
        ] {
            let tokens: TokenStream = text.parse().unwrap();
            assert!(plain_items(&tokens).is_none(), "{text}");
        }
    }
}
