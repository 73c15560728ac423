//! Values darling cannot read as they are: integer literals (negative ones
//! too), HTTP statuses, string literals with their span, and `ranges(..)`.

use darling::{Error, FromMeta, Result};
use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, ExprUnary, Lit, LitStr, Meta, RangeLimits, Token, UnOp};

/// The expression inside the invisible groups that `macro_rules!` wraps
/// around the tokens it forwards (`$code:expr`). Every reader of a value
/// looks through them with this one helper.
pub fn ungroup(mut expr: &Expr) -> &Expr {
    while let Expr::Group(group) = expr {
        expr = &group.expr;
    }
    expr
}

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
    /// A literal whose suffix does not hold its value (`5f32`, `300u8`,
    /// `-1u32`): what is wrong.
    Suffix(String),
    /// Anything else.
    Other,
}

/// An integer literal, or one negated once (`-1`; `--1` is not a literal),
/// whose suffix, if any, is an integer type that holds the value.
fn read_int(expr: &Expr) -> Int {
    let (negated, literal) = match ungroup(expr) {
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => (true, ungroup(expr)),
        expr => (false, expr),
    };
    let Expr::Lit(ExprLit {
        lit: Lit::Int(lit), ..
    }) = literal
    else {
        return Int::Other;
    };
    let value = lit.base10_digits().parse::<i128>().ok();
    let value = if negated {
        value.and_then(i128::checked_neg)
    } else {
        value
    };
    match suffix_holds(lit.suffix(), value) {
        Ok(()) => Int::Literal(value),
        Err(message) => Int::Suffix(message),
    }
}

/// Whether a literal's suffix is an integer type that holds `value`.
fn suffix_holds(suffix: &str, value: Option<i128>) -> std::result::Result<(), String> {
    let range: (i128, i128) = match suffix {
        "" => return Ok(()),
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" | "isize" => (i64::MIN.into(), i64::MAX.into()),
        "i128" => (i128::MIN, i128::MAX),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" | "usize" => (0, u64::MAX.into()),
        "u128" => (0, i128::MAX),
        "f32" | "f64" => {
            return Err(format!(
                "`{suffix}` makes this literal a float: write the integer without a suffix"
            ));
        }
        _ => {
            return Err(format!(
                "`{suffix}` is not an integer type: write the integer without a suffix"
            ));
        }
    };
    match value {
        Some(value) if (range.0..=range.1).contains(&value) => Ok(()),
        _ => Err(format!(
            "this literal does not fit its suffix `{suffix}` ({}..={}): write the integer without a suffix",
            range.0, range.1
        )),
    }
}

/// Whether `expr` looks like a number the user meant as a code: a literal of
/// any kind, or a negation.
pub fn is_literal_like(expr: &Expr) -> bool {
    matches!(ungroup(expr), Expr::Lit(_) | Expr::Unary(_))
}

/// What `expr` is, for an error that says what was expected instead.
fn describe(expr: &Expr) -> &'static str {
    match ungroup(expr) {
        Expr::Lit(ExprLit { lit, .. }) => match lit {
            Lit::Str(_) => "a string literal",
            Lit::Float(_) => "a float literal",
            Lit::Bool(_) => "a boolean",
            Lit::Char(_) => "a character literal",
            Lit::Int(_) => "an integer literal",
            _ => "a byte or C string literal",
        },
        Expr::Path(_) => "a path (constants are not read: the derive must see the number)",
        _ => "an expression (the derive must see the number itself)",
    }
}

/// An error code: an integer literal that fits `i64`.
pub fn code_literal(expr: &Expr) -> Result<IntLit> {
    // The user's own token, not the `$code` of a `macro_rules!` forwarding it.
    let expr = ungroup(expr);
    match read_int(expr) {
        Int::Literal(Some(value)) => match i64::try_from(value) {
            Ok(value) => Ok(IntLit {
                value,
                span: expr.span(),
            }),
            Err(_) => Err(too_large(expr)),
        },
        Int::Literal(None) => Err(too_large(expr)),
        Int::Suffix(message) => Err(Error::custom(message).with_span(expr)),
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

/// `offset = 1_000_000`: an integer literal that fits `i64`.
impl FromMeta for IntLit {
    fn from_expr(expr: &Expr) -> Result<Self> {
        code_literal(expr)
    }
}

/// An entry's `retry_after`: seconds (`retry_after = 30`), or the data
/// field holding its delay as a `std::time::Duration` (`retry_after = wait`).
pub enum RetryAfter {
    Seconds(IntLit),
    Field(syn::Ident),
}

impl RetryAfter {
    /// The seconds, when given as such.
    pub fn seconds(&self) -> Option<&IntLit> {
        match self {
            RetryAfter::Seconds(seconds) => Some(seconds),
            RetryAfter::Field(_) => None,
        }
    }

    /// The field, when one is named.
    pub fn field(&self) -> Option<&syn::Ident> {
        match self {
            RetryAfter::Field(field) => Some(field),
            RetryAfter::Seconds(_) => None,
        }
    }
}

impl FromMeta for RetryAfter {
    fn from_expr(expr: &Expr) -> Result<Self> {
        let expr = ungroup(expr);
        if let Expr::Path(path) = expr
            && let Some(field) = path.path.get_ident().filter(|_| path.qself.is_none())
        {
            return Ok(RetryAfter::Field(field.clone()));
        }
        if let Int::Other = read_int(expr) {
            let message = format!(
                "`retry_after` takes seconds (`retry_after = 30`) or the data field holding \
                 the delay (`retry_after = wait`), found {}",
                describe(expr)
            );
            return Err(Error::custom(message).with_span(expr));
        }
        code_literal(expr).map(RetryAfter::Seconds)
    }
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
            Int::Suffix(message) => Err(Error::custom(message).with_span(expr)),
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

/// A string literal: `message = "..."`, `module = "auth"`, `title = "..."`.
pub struct Str(pub LitStr);

impl Str {
    pub fn value(&self) -> String {
        self.0.value()
    }
}

impl FromMeta for Str {
    fn from_expr(expr: &Expr) -> Result<Self> {
        match ungroup(expr) {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => Ok(Str(text.clone())),
            _ => Err(Error::custom(format!(
                "expected a string literal such as `\"Login again.\"`, found {}",
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
    /// Where the user wrote it.
    pub span: Span,
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

impl Ranges {
    pub fn contains(&self, code: i64) -> bool {
        self.0.iter().any(|range| range.contains(code))
    }
}

/// `40001..=40111, 50011`, as the user writes them.
impl std::fmt::Display for Ranges {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (index, range) in self.0.iter().enumerate() {
            let separator = if index == 0 { "" } else { ", " };
            write!(f, "{separator}{range}")?;
        }
        Ok(())
    }
}

/// The key of `key = ...` or `key(...)`, as written: messages name it.
fn key_of(item: &Meta) -> String {
    quote::ToTokens::to_token_stream(item.path()).to_string()
}

/// `ranges(...)` of a module and `retired(...)` of the enum: the messages
/// name the key the user wrote.
impl FromMeta for Ranges {
    fn from_meta(item: &Meta) -> Result<Self> {
        let key = key_of(item);
        let Meta::List(list) = item else {
            return Err(Error::custom(format!(
                "expected a list of codes and inclusive ranges, e.g. `{key}(40001..=40111, 50011)`"
            ))
            .with_span(item));
        };
        let items = list
            .parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated)
            .map_err(Error::from)?;
        if items.is_empty() {
            return Err(Error::custom(format!(
                "`{key}()` is empty: give at least one code or inclusive range, e.g. `{key}(40001..=40111)`"
            ))
            .with_span(item));
        }
        let mut errors = Error::accumulator();
        let ranges = items
            .iter()
            .filter_map(|expr| errors.handle(range_item(&key, expr)))
            .collect();
        errors.finish_with(Ranges(ranges))
    }
}

fn range_item(key: &str, expr: &Expr) -> Result<CodeRange> {
    let span = expr.span();
    let Expr::Range(range) = ungroup(expr) else {
        let code = code_literal(expr)?;
        return Ok(CodeRange {
            start: code.value,
            end: code.value,
            span,
        });
    };
    let (Some(start), Some(end)) = (&range.start, &range.end) else {
        return Err(
            Error::custom("malformed range: give both ends, e.g. `40001..=40111`").with_span(expr),
        );
    };
    if let RangeLimits::HalfOpen(_) = range.limits {
        return Err(Error::custom(format!(
            "malformed range: write the inclusive range `{}..={}` ({} ranges include their last code)",
            quote::ToTokens::to_token_stream(start),
            quote::ToTokens::to_token_stream(end),
            if key == "retired" { "retired" } else { "module" }
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
    Ok(CodeRange { start, end, span })
}

/// A flag (`success`, `transparent`, `data`, `flatten`): written alone.
/// darling's own `Flag` would say "Unexpected type `bool`" to `success = true`.
#[derive(Clone, Copy, Default)]
pub struct Flag(Option<Span>);

impl Flag {
    pub fn is_present(self) -> bool {
        self.0.is_some()
    }

    /// Where it was written (the call site when absent).
    pub fn span(self) -> Span {
        self.0.unwrap_or_else(Span::call_site)
    }
}

impl FromMeta for Flag {
    fn from_none() -> Option<Self> {
        Some(Flag(None))
    }

    fn from_meta(item: &Meta) -> Result<Self> {
        match item {
            Meta::Path(path) => Ok(Flag(Some(path.span()))),
            _ => {
                let key = key_of(item);
                Err(Error::custom(format!(
                    "`{key}` is a flag: write it alone, without a value, e.g. `{key}` rather than `{key} = true`"
                ))
                .with_span(item))
            }
        }
    }
}

/// `display = false`: `true` or `false`.
#[derive(Clone, Copy)]
pub struct Bool(pub bool);

impl FromMeta for Bool {
    fn from_meta(item: &Meta) -> Result<Self> {
        let key = key_of(item);
        let value = match item {
            Meta::NameValue(nv) => ungroup(&nv.value),
            // `display` alone reads as `display = true`, as darling's `bool` did.
            Meta::Path(_) => return Ok(Bool(true)),
            Meta::List(_) => {
                let message = format!("write `{key} = false` or `{key} = true`");
                return Err(Error::custom(message).with_span(item));
            }
        };
        match value {
            Expr::Lit(ExprLit {
                lit: Lit::Bool(value),
                ..
            }) => Ok(Bool(value.value)),
            _ => Err(Error::custom(format!(
                "`{key}` takes `true` or `false`, found {}",
                describe(value)
            ))
            .with_span(value)),
        }
    }
}

/// `crate = my_crate::codes`: the path where `error_codes` is.
pub struct CratePath(pub syn::Path);

impl FromMeta for CratePath {
    fn from_expr(expr: &Expr) -> Result<Self> {
        match ungroup(expr) {
            Expr::Path(path) if path.qself.is_none() => Ok(CratePath(path.path.clone())),
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => text.parse().map(CratePath).map_err(Error::from),
            _ => Err(Error::custom(format!(
                "`crate` takes the path where `error_codes` is, e.g. `crate = my_crate::codes`, found {}",
                describe(expr)
            ))
            .with_span(expr)),
        }
    }
}
