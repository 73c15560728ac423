//! The parts of the grammar that darling's receivers cannot read as they are:
//! integer literals (negative ones too), HTTP statuses, `ranges(..)`, and the
//! positional code that opens `#[code(...)]`.

use darling::ast::NestedMeta;
use darling::error::Accumulator;
use darling::{Error, FromMeta, Result};
use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{
    Attribute, Expr, ExprLit, ExprUnary, Lit, LitStr, Meta, MetaNameValue, RangeLimits, Token, UnOp,
};

/// An integer written as a literal, with the span of the user's token.
#[derive(Clone, Copy)]
pub struct IntLit {
    pub value: i64,
    pub span: Span,
}

/// What the expression of a code, a range bound or a status turned out to be.
enum Int {
    /// An integer literal, possibly negated; `None` when it does not fit `i128`.
    Literal(Option<i128>),
    /// Anything else.
    Other,
}

/// An integer literal, or one negated once (`-1`; `--1` is not a literal).
fn read_int(expr: &Expr) -> Int {
    match expr {
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => match read_unsigned(expr) {
            Int::Literal(value) => Int::Literal(value.and_then(i128::checked_neg)),
            Int::Other => Int::Other,
        },
        // `macro_rules!` wraps the tokens it forwards in invisible groups.
        Expr::Group(group) => read_int(&group.expr),
        _ => read_unsigned(expr),
    }
}

fn read_unsigned(expr: &Expr) -> Int {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => Int::Literal(lit.base10_digits().parse::<i128>().ok()),
        Expr::Group(group) => read_unsigned(&group.expr),
        _ => Int::Other,
    }
}

/// Whether `expr` looks like a number the user meant as a code: a literal of
/// any kind, or a negation.
fn is_literal_like(expr: &Expr) -> bool {
    match expr {
        Expr::Lit(_) | Expr::Unary(_) => true,
        Expr::Group(group) => is_literal_like(&group.expr),
        _ => false,
    }
}

fn describe(expr: &Expr) -> &'static str {
    match expr {
        Expr::Lit(ExprLit { lit, .. }) => match lit {
            Lit::Str(_) => "a string literal",
            Lit::Float(_) => "a float literal",
            Lit::Bool(_) => "a boolean",
            Lit::Char(_) => "a character literal",
            Lit::Int(_) => "an integer literal",
            _ => "a byte or C string literal",
        },
        Expr::Path(_) => "a path (constants are not read: the derive must see the number)",
        Expr::Group(group) => describe(&group.expr),
        _ => "an expression (the derive must see the number itself)",
    }
}

/// An error code: an integer literal that fits `i64`.
pub fn code_literal(expr: &Expr) -> Result<IntLit> {
    match read_int(expr) {
        Int::Literal(Some(value)) => match i64::try_from(value) {
            Ok(value) => Ok(IntLit {
                value,
                span: expr.span(),
            }),
            Err(_) => Err(too_large(expr)),
        },
        Int::Literal(None) => Err(too_large(expr)),
        Int::Other => Err(Error::custom(format!(
            "an error code must be an integer literal such as `40101`, found {}",
            describe(expr)
        ))
        .with_span(expr)),
    }
}

fn too_large(expr: &Expr) -> Error {
    Error::custom(format!(
        "error code `{}` does not fit in an i64: codes lie in {}..={}",
        quote::ToTokens::to_token_stream(expr),
        i64::MIN,
        i64::MAX
    ))
    .with_span(expr)
}

/// An HTTP status: an integer literal in 100..=599.
#[derive(Clone, Copy)]
pub struct HttpStatus {
    pub value: u16,
}

impl FromMeta for HttpStatus {
    fn from_expr(expr: &Expr) -> Result<Self> {
        match read_int(expr) {
            Int::Literal(Some(value)) if (100..=599).contains(&value) => Ok(HttpStatus {
                value: u16::try_from(value).expect("checked to lie in 100..=599"),
            }),
            Int::Literal(_) => Err(Error::custom(format!(
                "HTTP status `{}` is out of range: an HTTP status lies in 100..=599",
                quote::ToTokens::to_token_stream(expr)
            ))
            .with_span(expr)),
            Int::Other => Err(Error::custom(format!(
                "an HTTP status must be an integer literal such as `404`, found {}",
                describe(expr)
            ))
            .with_span(expr)),
        }
    }
}

/// One item of `ranges(...)`: a single code or an inclusive range.
#[derive(Clone, Copy)]
pub struct CodeRange {
    pub start: i64,
    pub end: i64,
}

impl CodeRange {
    pub fn contains(&self, code: i64) -> bool {
        self.start <= code && code <= self.end
    }
}

impl std::fmt::Display for CodeRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}..={}", self.start, self.end)
        }
    }
}

/// `ranges(40001..=40111, 40401..=40402, 50011)`.
pub struct Ranges(pub Vec<CodeRange>);

impl FromMeta for Ranges {
    fn from_meta(item: &Meta) -> Result<Self> {
        let list = match item {
            Meta::List(list) => list,
            _ => {
                return Err(Error::custom(
                    "expected a list of codes and inclusive ranges, e.g. `ranges(40001..=40111, 50011)`",
                )
                .with_span(item));
            }
        };
        let items = list
            .parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated)
            .map_err(Error::from)?;
        if items.is_empty() {
            return Err(Error::custom(
                "`ranges()` is empty: give at least one code or inclusive range, e.g. `ranges(40001..=40111)`",
            )
            .with_span(item));
        }
        let mut errors = Error::accumulator();
        let ranges = items
            .iter()
            .filter_map(|expr| errors.handle(range_item(expr)))
            .collect();
        errors.finish_with(Ranges(ranges))
    }
}

fn range_item(expr: &Expr) -> Result<CodeRange> {
    let Expr::Range(range) = expr else {
        let code = code_literal(expr)?;
        return Ok(CodeRange {
            start: code.value,
            end: code.value,
        });
    };
    let (Some(start), Some(end)) = (&range.start, &range.end) else {
        return Err(
            Error::custom("malformed range: give both ends, e.g. `40001..=40111`").with_span(expr),
        );
    };
    if let RangeLimits::HalfOpen(_) = range.limits {
        return Err(Error::custom(format!(
            "malformed range: write the inclusive range `{}..={}` (module ranges include their last code)",
            quote::ToTokens::to_token_stream(start),
            quote::ToTokens::to_token_stream(end)
        ))
        .with_span(expr));
    }
    let mut errors = Error::accumulator();
    let start_code = errors.handle(code_literal(start));
    let end_code = errors.handle(code_literal(end));
    errors.finish()?;
    let (start, end) = (start_code.unwrap().value, end_code.unwrap().value);
    if start > end {
        return Err(Error::custom(format!(
            "malformed range `{start}..={end}`: its start is greater than its end; write `{end}..={start}`"
        ))
        .with_span(expr));
    }
    Ok(CodeRange { start, end })
}

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
pub fn split_code_attr(attr: &Attribute, errors: &mut Accumulator) -> Option<SplitCode> {
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
        if index > 0 && is_literal_like(&item) {
            errors.push(
                Error::custom("the code comes first and only once: `#[code(40101, http = 401)]`")
                    .with_span(&item),
            );
            if let CodeArg::Missing = split.code {
                split.code = CodeArg::Invalid;
            }
            split.keys_ok = false;
            continue;
        }
        if index == 0 && !is_key(&item) {
            split.code = match errors.handle(code_literal(&item)) {
                Some(literal) => CodeArg::Given(literal),
                None => CodeArg::Invalid,
            };
            continue;
        }
        match errors.handle(to_meta(item)) {
            Some(meta) => split.keys.push(NestedMeta::Meta(meta)),
            None => split.keys_ok = false,
        }
    }
    Some(split)
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
        other => Err(Error::custom(
            "expected `key = value` (e.g. `http = 401`) or a flag such as `success`",
        )
        .with_span(&other)),
    }
}

/// A string value: `message = "..."`, `module = "auth"`, `title = "..."`.
pub struct Text(pub LitStr);

impl Text {
    pub fn value(&self) -> String {
        self.0.value()
    }
}

impl FromMeta for Text {
    fn from_expr(expr: &Expr) -> Result<Self> {
        match expr {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => Ok(Text(text.clone())),
            Expr::Group(group) => Self::from_expr(&group.expr),
            _ => Err(Error::custom(format!(
                "expected a string literal such as `\"Login again.\"`, found {}",
                describe(expr)
            ))
            .with_span(expr)),
        }
    }
}
