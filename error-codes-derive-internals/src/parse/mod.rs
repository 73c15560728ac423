//! Stage 1, parse: the enum and its attributes, read into plain structs.
//!
//! Checks of one value happen here, while reading; checks that need more
//! than one value are the rules of `check/`. No error stops the reading:
//! each goes to the accumulator and parsing continues, so that all errors
//! of one enum are reported together.

mod code_attr;
pub mod grpc;
pub mod house_style;
pub mod keys;
pub mod literal;
pub mod shape_keys;
mod unknown_keys;

use darling::{Error, FromAttributes, FromMeta};
use syn::{Attribute, DeriveInput, Fields, Generics, Ident};

pub use code_attr::CodeArg;
use keys::{CodeKeys, EnumKeys};

pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub keys: EnumKeys,
    /// Whether `#[catalog(...)]` was read without error: when it was not, the
    /// checks that need its modules are skipped, so that one mistake there
    /// does not surface as an error on every variant.
    pub keys_ok: bool,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields,
    /// The `#[code(...)]` attribute, if any.
    pub attr: Option<&'a Attribute>,
    pub code: CodeArg,
    pub keys: CodeKeys,
    /// Whether `#[code(...)]` was read without error.
    pub keys_ok: bool,
    /// The doc comment's first paragraph (the message), trimmed lines
    /// joined by single spaces; the paragraphs after it (the description),
    /// and the whole comment (the description when `message = "..."` is
    /// given), as written, every line break a `\n`.
    pub doc: Option<String>,
    pub doc_rest: Option<String>,
    pub doc_whole: Option<String>,
    /// The first `#[doc = ...]` whose value is not a string literal
    /// (`concat!(..)`, `include_str!(..)`): text the derive cannot read.
    pub doc_macro: Option<&'a syn::Expr>,
    /// The fields marked `#[source]`: the error's cause.
    pub sources: Vec<(syn::Member, &'a syn::Field)>,
    /// The variant's own `#[deprecated]`: its note, `""` without one.
    pub deprecated: Option<String>,
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
        let known = unknown_keys::of_catalog(&node.attrs, errors);
        let keys = EnumKeys::from_attributes(&node.attrs);
        let keys = errors.handle(keys.map_err(|e| house_style::restyle(e, "#[catalog(...)]")));
        let keys_ok = keys.is_some() && known;
        let variants = data
            .variants
            .iter()
            .map(|variant| Variant::from_syn(variant, errors))
            .collect();
        Some(Input {
            ident: &node.ident,
            generics: &node.generics,
            keys: keys.unwrap_or_default(),
            keys_ok,
            variants,
        })
    }

    /// Whether `#[catalog(display = false)]` turned off `Display` and `Error`.
    pub fn display(&self) -> bool {
        self.keys.display.is_none_or(|display| display.0)
    }

    /// Whether a variant is `#[code(transparent)]`: the enum composes others.
    pub fn composes(&self) -> bool {
        self.variants.iter().any(Variant::is_transparent)
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
        let split = attr.map(|attr| code_attr::split(attr, errors));
        let known = match &split {
            Some(Some(split)) => unknown_keys::of_code(&split.keys, errors),
            _ => true,
        };
        let (code, keys, keys_ok) = match split {
            None => (CodeArg::Missing, CodeKeys::default(), true),
            Some(None) => (CodeArg::Invalid, CodeKeys::default(), false),
            Some(Some(split)) => match errors.handle(
                CodeKeys::from_list(&split.keys)
                    .map_err(|e| house_style::restyle(e, "#[code(...)]")),
            ) {
                // The code is kept even when a key is wrong, so that duplicate
                // codes and module ranges are still checked.
                Some(keys) => (split.code, keys, split.keys_ok),
                None => (split.code, CodeKeys::default(), false),
            },
        };
        let doc = doc_comment(&variant.attrs);
        Variant {
            ident: &variant.ident,
            fields: &variant.fields,
            attr,
            code,
            keys,
            // With a second `#[code]`, what is missing from the first is
            // likely in the second: that mistake alone is reported.
            keys_ok: keys_ok && known && !repeated,
            doc: doc.message,
            doc_rest: doc.rest,
            doc_whole: doc.whole,
            doc_macro: variant.attrs.iter().find_map(doc_macro),
            sources: marked(&variant.fields, "source"),
            deprecated: variant.attrs.iter().find_map(deprecation),
        }
    }

    pub fn is_transparent(&self) -> bool {
        self.keys.transparent.is_present()
    }
}

/// The fields of `fields` with the attribute `#[name]`, by member.
pub fn marked<'a>(fields: &'a Fields, name: &str) -> Vec<(syn::Member, &'a syn::Field)> {
    let members = fields.members();
    let fields = members.zip(fields.iter());
    let marked = fields.filter(|(_, field)| field.attrs.iter().any(|a| a.path().is_ident(name)));
    marked.collect()
}

/// `#[deprecated]`, `#[deprecated = "note"]` or `#[deprecated(note = "...",
/// since = "...")]`: the note, `""` without one. rustc checks the
/// attribute's form; what it would refuse is read as a bare one here, so
/// that it gives one error, rustc's.
fn deprecation(attr: &Attribute) -> Option<String> {
    if !attr.path().is_ident("deprecated") {
        return None;
    }
    let note = match &attr.meta {
        syn::Meta::NameValue(nv) => string(&nv.value),
        syn::Meta::List(list) => {
            let mut note = None;
            let _ = list.parse_nested_meta(|meta| {
                let value = meta.value()?.parse::<syn::Expr>()?;
                if meta.path.is_ident("note") {
                    note = string(&value);
                }
                Ok(())
            });
            note
        }
        syn::Meta::Path(_) => None,
    };
    Some(note.unwrap_or_default())
}

/// The value of a string literal.
fn string(expr: &syn::Expr) -> Option<String> {
    match literal::ungroup(expr) {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) => Some(text.value()),
        _ => None,
    }
}

fn doc_macro(attr: &Attribute) -> Option<&syn::Expr> {
    let syn::Meta::NameValue(nv) = &attr.meta else {
        return None;
    };
    let literal = matches!(literal::ungroup(&nv.value), syn::Expr::Lit(_));
    (attr.path().is_ident("doc") && !literal).then_some(&nv.value)
}

/// The doc comment as rustdoc reads it, its lines split at any line break
/// (`\n`, `\r\n`, a lone `\r`): its first paragraph (lines trimmed and
/// joined by single spaces: the message), the paragraphs after it, and the
/// whole text; the last two as written but for the one space after `///`
/// and trailing spaces (a description, Markdown).
fn doc_comment(attrs: &[Attribute]) -> Doc {
    let texts: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(nv) => string(&nv.value),
            _ => None,
        })
        .collect();
    let lines: Vec<&str> = texts
        .iter()
        .flat_map(|text| text.split("\r\n").flat_map(|line| line.split(['\r', '\n'])))
        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
        .collect();
    let mut rest = lines.iter().skip_while(|line| line.is_empty());
    let first: Vec<&str> = rest
        .by_ref()
        .take_while(|line| !line.is_empty())
        .map(|line| line.trim())
        .collect();
    let paragraphs = |lines: &mut dyn Iterator<Item = &&str>| {
        let text = lines.copied().collect::<Vec<_>>().join("\n");
        let text = text.trim_matches('\n').to_owned();
        (!text.is_empty()).then_some(text)
    };
    Doc {
        message: (!first.is_empty()).then(|| first.join(" ")),
        rest: paragraphs(&mut rest),
        whole: paragraphs(&mut lines.iter()),
    }
}

/// What [`doc_comment`] reads.
struct Doc {
    message: Option<String>,
    rest: Option<String>,
    whole: Option<String>,
}
