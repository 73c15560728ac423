//! The keys of `#[catalog(...)]` and `#[code(...)]`, read by darling (which
//! reports wrong value types and repeated keys; unknown keys are skipped
//! here and reported by `unknown_keys.rs`, so that the rest is still read).
//! A new key is one field here, and its name in `house_style::KEYS`.

use std::ops::Deref;

use darling::{FromAttributes, FromMeta};
use syn::Meta;

use super::grpc::GrpcName;
use super::house_style::restyle;
use super::literal::{Bool, CratePath, Flag, HttpStatus, IntLit, Ranges, RetryAfter, Str};

/// `#[catalog(...)]` on the enum.
#[derive(Default, FromAttributes)]
#[darling(attributes(catalog), allow_unknown_fields)]
pub struct EnumKeys {
    pub name: Option<Str>,
    pub http: Option<HttpStatus>,
    /// `grpc = "NOT_FOUND"`: the gRPC code of entries that name none.
    pub grpc: Option<GrpcName>,
    /// `domain = "shop.example.com"`: the gRPC `ErrorInfo` domain.
    pub domain: Option<Str>,
    /// `locales = "locales"`: the folder of `<language tag>.toml` files.
    pub locales: Option<Str>,
    /// `language = "en"`: the language of the messages it declares.
    pub language: Option<Str>,
    /// `docs_url = "https://example.com/errors/{code}"`: each code's
    /// documentation URL, from a template.
    pub docs_url: Option<Str>,
    /// `retry_after = 30`: the `Retry-After` (seconds) of 429 and 503 answers.
    pub retry_after: Option<IntLit>,
    /// `www_authenticate = "Bearer realm=\"api\""`: the challenge of 401 answers.
    pub www_authenticate: Option<Str>,
    #[darling(multiple, rename = "module")]
    pub modules: Vec<Nested<ModuleKeys>>,
    pub envelope: Option<Nested<EnvelopeKeys>>,
    /// `retired(40007, 40010..=40012)`: codes published once, never again.
    pub retired: Option<Ranges>,
    #[darling(rename = "crate")]
    pub krate: Option<CratePath>,
    pub display: Option<Bool>,
    /// `errors_only`: no success code; every code is an error, successes
    /// are bare bodies.
    pub errors_only: Flag,
}

/// `module(...)` and `envelope(...)`: darling's messages about their keys
/// name them, not the `#[catalog(...)]` around them.
pub struct Nested<T>(T);

/// What a nested list is called in messages.
pub trait Named {
    const NAME: &'static str;
}

impl Named for ModuleKeys {
    const NAME: &'static str = "module(...)";
}

impl Named for EnvelopeKeys {
    const NAME: &'static str = "envelope(...)";
}

impl<T: FromMeta + Named> FromMeta for Nested<T> {
    fn from_meta(item: &Meta) -> darling::Result<Self> {
        T::from_meta(item)
            .map(Nested)
            .map_err(|error| restyle(error, T::NAME))
    }
}

impl<T> Deref for Nested<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// `module(name = "auth", ranges(40001..=40111), title = "Auth", http = 401,
/// description = "Login, captcha, password reset.")`.
#[derive(FromMeta)]
#[darling(allow_unknown_fields)]
pub struct ModuleKeys {
    pub name: Str,
    pub ranges: Ranges,
    pub title: Option<Str>,
    pub http: Option<HttpStatus>,
    pub grpc: Option<GrpcName>,
    pub description: Option<Str>,
    /// The documentation URL template of its codes.
    pub docs_url: Option<Str>,
    /// The `Retry-After` of its codes (seconds).
    pub retry_after: Option<IntLit>,
    /// The `WWW-Authenticate` challenge of its codes.
    pub www_authenticate: Option<Str>,
}

/// `envelope(code = "errcode", message = "errmsg", data = "data")`: the wire
/// field names of the catalogue's envelopes.
#[derive(Default, FromMeta)]
#[darling(allow_unknown_fields)]
pub struct EnvelopeKeys {
    pub code: Option<Str>,
    pub message: Option<Str>,
    pub data: Option<Str>,
    /// Data fields beside the code and the message.
    pub flatten: Flag,
    /// `code_is = "symbol"`: the code field carries the symbol.
    pub code_is: Option<Str>,
    /// `code_header = "x-ms-error-code"`: a header carrying the code.
    pub code_header: Option<Str>,
    /// `under = "error"`: the body is `{"error": {...}}`.
    pub under: Option<Str>,
    /// `under_list = "errors"`: the body is `{"errors": [{...}]}`.
    pub under_list: Option<Str>,
    /// `status = "status"`: a field carrying the HTTP status.
    pub status: Option<Str>,
    /// `status_is = "string"`: that status written as a string.
    pub status_is: Option<Str>,
    /// `grpc = "grpc"`: a field carrying the gRPC code's name.
    pub grpc: Option<Str>,
    /// `module = "type"`: a field carrying the module's name.
    pub module: Option<Str>,
    /// `docs_url = "more_info"`: a field carrying the documentation URL.
    pub docs_url: Option<Str>,
    /// `fields(ok = false)`: constant fields of every failure.
    pub fields: Option<super::shape_keys::Constants>,
    /// `without(message)`, `without(data)`.
    pub without: Option<super::shape_keys::Without>,
}

/// The keys of `#[code(...)]` after the code.
#[derive(Default, FromMeta)]
#[darling(allow_unknown_fields)]
pub struct CodeKeys {
    pub http: Option<HttpStatus>,
    pub grpc: Option<GrpcName>,
    pub module: Option<Str>,
    pub message: Option<Str>,
    pub title: Option<Str>,
    pub symbol: Option<Str>,
    pub help: Option<Str>,
    pub group: Option<Str>,
    pub success: Flag,
    pub transparent: Flag,
    pub rejection: Option<Rejections>,
    /// `data`: the variant's named fields are its failures' detail.
    pub data: Flag,
    /// `transparent, offset = N`: the composed codes, shifted by N.
    pub offset: Option<IntLit>,
    /// The code's own documentation URL (a template, as the catalogue's).
    pub docs_url: Option<Str>,
    /// `retry_after = 30`: the `Retry-After` of its answers (seconds);
    /// `retry_after = wait`: the data field holding it (a `Duration`).
    pub retry_after: Option<RetryAfter>,
    /// `www_authenticate = "..."`: the challenge of its answers.
    pub www_authenticate: Option<Str>,
}

/// `rejection = "..."` or `rejection("...", "...")`: which requests refused
/// before their handler runs answer with this code (the runtime's
/// `web::Rejections`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    MalformedBody,
    ContentType,
    UnknownRoute,
    BodyTooLarge,
    MethodNotAllowed,
    MalformedQuery,
    MalformedPath,
}

impl Rejection {
    /// In the order of the runtime's `Rejections::__new`.
    pub const ALL: [Rejection; 7] = [
        Self::MalformedBody,
        Self::ContentType,
        Self::UnknownRoute,
        Self::BodyTooLarge,
        Self::MethodNotAllowed,
        Self::MalformedQuery,
        Self::MalformedPath,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Self::MalformedBody => "malformed-body",
            Self::ContentType => "content-type",
            Self::UnknownRoute => "unknown-route",
            Self::BodyTooLarge => "body-too-large",
            Self::MethodNotAllowed => "method-not-allowed",
            Self::MalformedQuery => "malformed-query",
            Self::MalformedPath => "malformed-path",
        }
    }
}

/// The kinds one code answers, each at its string.
#[derive(Default)]
pub struct Rejections(pub Vec<(Rejection, proc_macro2::Span)>);

impl Rejections {
    pub fn contains(&self, kind: Rejection) -> bool {
        self.0.iter().any(|(k, _)| *k == kind)
    }
}

impl FromMeta for Rejections {
    fn from_value(value: &syn::Lit) -> darling::Result<Self> {
        kind_of(value).map(|kind| Rejections(vec![kind]))
    }

    fn from_list(items: &[darling::ast::NestedMeta]) -> darling::Result<Self> {
        let mut errors = darling::Error::accumulator();
        let mut kinds = Vec::new();
        for item in items {
            let kind = match item {
                darling::ast::NestedMeta::Lit(lit) => kind_of(lit),
                other => Err(darling::Error::custom(
                    "`rejection(...)` takes kinds as strings: `rejection(\"malformed-body\", \"content-type\")`",
                )
                .with_span(other)),
            };
            if let Some(kind) = errors.handle(kind) {
                if kinds.iter().any(|(k, _)| *k == kind.0) {
                    let message =
                        format!("the `{}` rejection is given twice: keep one", kind.0.name());
                    errors.push(darling::Error::custom(message).with_span(&kind.1));
                } else {
                    kinds.push(kind);
                }
            }
        }
        errors.finish_with(Rejections(kinds))
    }
}

/// One kind, from its string, or the house-style error at it.
fn kind_of(lit: &syn::Lit) -> darling::Result<(Rejection, proc_macro2::Span)> {
    let syn::Lit::Str(text) = lit else {
        return Err(darling::Error::custom(
            "`rejection` takes a string: `rejection = \"malformed-body\"`",
        )
        .with_span(lit));
    };
    let value = text.value();
    match Rejection::ALL.into_iter().find(|kind| kind.name() == value) {
        Some(kind) => Ok((kind, text.span())),
        None => Err(darling::Error::custom(unknown_kind(&value)).with_span(text)),
    }
}

fn unknown_kind(value: &str) -> String {
    let names: Vec<&str> = Rejection::ALL.iter().map(|kind| kind.name()).collect();
    let hint = super::unknown_keys::nearest(value, &names)
        .map(|name| format!("; did you mean `{name}`?"))
        .unwrap_or_default();
    let listed: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    format!(
        "unknown rejection `{value}`: `rejection` takes {}{hint}",
        listed.join(", ")
    )
}

impl CodeKeys {
    /// The keys given that describe an entry of the enum's own, which a
    /// `transparent` variant (whose entries are its catalogue's) cannot take.
    /// The keys given that only an entry of its own takes (not `http` and
    /// `grpc`, which a `transparent` variant gives its part's codes).
    pub fn own_entry_keys(&self) -> Vec<&'static str> {
        [
            ("message", self.message.is_some()),
            ("title", self.title.is_some()),
            ("symbol", self.symbol.is_some()),
            ("help", self.help.is_some()),
            ("group", self.group.is_some()),
            ("success", self.success.is_present()),
            ("rejection", self.rejection.is_some()),
            ("data", self.data.is_present()),
            ("docs_url", self.docs_url.is_some()),
            ("retry_after", self.retry_after.is_some()),
            ("www_authenticate", self.www_authenticate.is_some()),
        ]
        .into_iter()
        .filter_map(|(key, given)| given.then_some(key))
        .collect()
    }
}
