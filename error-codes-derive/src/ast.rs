//! Parsing: the enum and its attributes, read into plain structs.
//!
//! Simple checks happen here, while reading (darling reports unknown keys
//! with a suggestion, wrong value types, duplicate keys); checks that need
//! more than one variant live in `valid.rs`. No error stops the reading: each
//! goes to the accumulator and parsing continues, so that all errors of one
//! enum are reported together.

use darling::util::Flag;
use darling::{Error, FromAttributes, FromMeta};
use syn::{Attribute, DeriveInput, Fields, Generics, Ident};

use crate::attr::{CodeArg, HttpStatus, Ranges, Text, split_code_attr};

/// `#[catalog(...)]` on the enum.
#[derive(Default, FromAttributes)]
#[darling(attributes(catalog))]
pub struct CatalogOpts {
    pub name: Option<Text>,
    pub http: Option<HttpStatus>,
    #[darling(multiple, rename = "module")]
    pub modules: Vec<ModuleOpts>,
    pub envelope: Option<EnvelopeOpts>,
    #[darling(rename = "crate")]
    pub krate: Option<syn::Path>,
    pub display: Option<bool>,
}

/// `module(name = "auth", ranges(40001..=40111), title = "Auth", http = 401,
/// description = "Login, captcha, password reset.")`.
#[derive(FromMeta)]
pub struct ModuleOpts {
    pub name: Text,
    pub ranges: Ranges,
    pub title: Option<Text>,
    pub http: Option<HttpStatus>,
    pub description: Option<Text>,
}

/// `envelope(code = "errcode", message = "errmsg", data = "data")`: the wire
/// field names of the catalogue's envelopes.
#[derive(Default, FromMeta)]
pub struct EnvelopeOpts {
    pub code: Option<Text>,
    pub message: Option<Text>,
    pub data: Option<Text>,
}

/// The keys of `#[code(...)]` after the code.
#[derive(Default, FromMeta)]
pub struct CodeOpts {
    pub http: Option<HttpStatus>,
    pub module: Option<Text>,
    pub message: Option<Text>,
    pub title: Option<Text>,
    pub symbol: Option<Text>,
    pub help: Option<Text>,
    pub group: Option<Text>,
    pub success: Flag,
    pub transparent: Flag,
}

pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub catalog: CatalogOpts,
    /// Whether `#[catalog(...)]` was read without error: when it was not, the
    /// checks that need its modules are skipped, so that one mistake there
    /// does not surface as an error on every variant.
    pub catalog_ok: bool,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields,
    /// The `#[code(...)]` attribute, if any.
    pub attr: Option<&'a Attribute>,
    pub code: CodeArg,
    pub opts: CodeOpts,
    /// Whether `#[code(...)]` was read without error.
    pub opts_ok: bool,
    /// The doc comment, trimmed lines joined by single spaces.
    pub doc: Option<String>,
}

impl<'a> Input<'a> {
    /// Reads the enum; errors go to `errors`. `None` when the input is not an
    /// enum at all.
    pub fn from_syn(
        node: &'a DeriveInput,
        errors: &mut darling::error::Accumulator,
    ) -> Option<Self> {
        let data = match &node.data {
            syn::Data::Enum(data) => data,
            syn::Data::Struct(data) => {
                errors.push(not_an_enum("a struct").with_span(&data.struct_token));
                return None;
            }
            syn::Data::Union(data) => {
                errors.push(not_an_enum("a union").with_span(&data.union_token));
                return None;
            }
        };
        let catalog = errors.handle(CatalogOpts::from_attributes(&node.attrs));
        let catalog_ok = catalog.is_some();
        let variants = data
            .variants
            .iter()
            .map(|variant| Variant::from_syn(variant, errors))
            .collect();
        Some(Input {
            ident: &node.ident,
            generics: &node.generics,
            catalog: catalog.unwrap_or_default(),
            catalog_ok,
            variants,
        })
    }

    /// Whether `#[catalog(display = false)]` turned off `Display` and `Error`.
    pub fn display(&self) -> bool {
        self.catalog.display.unwrap_or(true)
    }
}

fn not_an_enum(what: &str) -> Error {
    Error::custom(format!(
        "`ErrorCatalog` can only be derived for an enum, not for {what}: \
         each variant of the enum is one documented error code"
    ))
}

impl<'a> Variant<'a> {
    fn from_syn(variant: &'a syn::Variant, errors: &mut darling::error::Accumulator) -> Self {
        let mut code_attrs = variant
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("code"));
        let attr = code_attrs.next();
        let mut repeated = false;
        for extra in code_attrs {
            repeated = true;
            errors.push(
                Error::custom(format!(
                    "variant `{}` has a second `#[code(...)]` attribute: \
                     put all its keys in one, e.g. `#[code(40101, http = 401)]`",
                    variant.ident
                ))
                .with_span(extra.path()),
            );
        }
        let split = attr.map(|attr| split_code_attr(attr, errors));
        let (code, opts, opts_ok) = match split {
            None => (CodeArg::Missing, CodeOpts::default(), true),
            Some(None) => (CodeArg::Invalid, CodeOpts::default(), false),
            Some(Some(split)) => match errors.handle(CodeOpts::from_list(&split.keys)) {
                // The code is kept even when a key is wrong, so that duplicate
                // codes and module ranges are still checked.
                Some(opts) => (split.code, opts, split.keys_ok),
                None => (split.code, CodeOpts::default(), false),
            },
        };
        Variant {
            ident: &variant.ident,
            fields: &variant.fields,
            attr,
            code,
            opts,
            // With a second `#[code]`, what is missing from the first is
            // likely in the second: that mistake alone is reported.
            opts_ok: opts_ok && !repeated,
            doc: doc_comment(&variant.attrs),
        }
    }
}

/// The `///` lines of a variant, trimmed and joined with single spaces.
fn doc_comment(attrs: &[Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) => Some(text.value()),
                _ => None,
            },
            _ => None,
        })
        .flat_map(|text| {
            text.lines()
                .map(|line| line.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|line| !line.is_empty())
        .collect();
    (!lines.is_empty()).then(|| lines.join(" "))
}
