//! `grpc = "NOT_FOUND"`: a canonical gRPC code name, on a variant, a module
//! or the catalogue.

use darling::{Error, FromMeta, Result};
use proc_macro2::Span;
use syn::{Expr, ExprLit, Lit};

use super::literal::ungroup;

/// The canonical codes (the runtime's `grpc::GrpcCode`): each name in
/// `grpc = "..."`, and its variant.
pub const CODES: [(&str, &str); 17] = [
    ("OK", "Ok"),
    ("CANCELLED", "Cancelled"),
    ("UNKNOWN", "Unknown"),
    ("INVALID_ARGUMENT", "InvalidArgument"),
    ("DEADLINE_EXCEEDED", "DeadlineExceeded"),
    ("NOT_FOUND", "NotFound"),
    ("ALREADY_EXISTS", "AlreadyExists"),
    ("PERMISSION_DENIED", "PermissionDenied"),
    ("RESOURCE_EXHAUSTED", "ResourceExhausted"),
    ("FAILED_PRECONDITION", "FailedPrecondition"),
    ("ABORTED", "Aborted"),
    ("OUT_OF_RANGE", "OutOfRange"),
    ("UNIMPLEMENTED", "Unimplemented"),
    ("INTERNAL", "Internal"),
    ("UNAVAILABLE", "Unavailable"),
    ("DATA_LOSS", "DataLoss"),
    ("UNAUTHENTICATED", "Unauthenticated"),
];

/// A gRPC code as given, at the user's string.
#[derive(Clone, Copy)]
pub struct GrpcName {
    /// Its place in `CODES`.
    index: usize,
    pub span: Span,
}

impl GrpcName {
    pub fn name(self) -> &'static str {
        CODES[self.index].0
    }

    /// The runtime's variant (`NotFound`).
    pub fn variant(self) -> syn::Ident {
        syn::Ident::new(CODES[self.index].1, Span::call_site())
    }

    pub fn is_ok(self) -> bool {
        self.index == 0
    }
}

impl FromMeta for GrpcName {
    fn from_expr(expr: &Expr) -> Result<Self> {
        let Expr::Lit(ExprLit {
            lit: Lit::Str(text),
            ..
        }) = ungroup(expr)
        else {
            return Err(Error::custom(
                "`grpc` takes a gRPC code's name as a string: `grpc = \"NOT_FOUND\"`",
            )
            .with_span(expr));
        };
        let value = text.value();
        match CODES.iter().position(|(name, _)| *name == value) {
            Some(index) => Ok(GrpcName {
                index,
                span: text.span(),
            }),
            None => Err(Error::custom(unknown(&value)).with_span(text)),
        }
    }
}

/// "unknown gRPC code `NotFound`; did you mean `NOT_FOUND`?".
fn unknown(value: &str) -> String {
    let names: Vec<&str> = CODES.iter().map(|(name, _)| *name).collect();
    let by_variant = CODES
        .iter()
        .find(|(_, variant)| variant.eq_ignore_ascii_case(value));
    let by_name = CODES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(value));
    let meant = by_variant.or(by_name).map(|(name, _)| *name);
    let meant = meant.or_else(|| super::unknown_keys::nearest(&value.to_uppercase(), &names));
    let hint = match meant {
        Some(name) => format!("did you mean `{name}`?"),
        None => format!("the codes are {}", names.join(", ")),
    };
    format!("unknown gRPC code `{value}` in `grpc = ...`; {hint}")
}
