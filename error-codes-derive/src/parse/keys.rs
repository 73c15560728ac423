//! The keys of `#[catalog(...)]` and `#[code(...)]`, read by darling (which
//! reports wrong value types and repeated keys; unknown keys are skipped
//! here and reported by `unknown_keys.rs`, so that the rest is still read).
//! A new key is one field here, and its name in `house_style::KEYS`.

use std::ops::Deref;

use darling::{FromAttributes, FromMeta};
use syn::Meta;

use super::house_style::restyle;
use super::literal::{Bool, CratePath, Flag, HttpStatus, IntLit, Ranges, Str};

/// `#[catalog(...)]` on the enum.
#[derive(Default, FromAttributes)]
#[darling(attributes(catalog), allow_unknown_fields)]
pub struct EnumKeys {
    pub name: Option<Str>,
    pub http: Option<HttpStatus>,
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
    pub description: Option<Str>,
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
}

/// The keys of `#[code(...)]` after the code.
#[derive(Default, FromMeta)]
#[darling(allow_unknown_fields)]
pub struct CodeKeys {
    pub http: Option<HttpStatus>,
    pub module: Option<Str>,
    pub message: Option<Str>,
    pub title: Option<Str>,
    pub symbol: Option<Str>,
    pub help: Option<Str>,
    pub group: Option<Str>,
    pub success: Flag,
    pub transparent: Flag,
    pub rejection: Option<Rejection>,
    /// `data`: the variant's named fields are its failures' detail.
    pub data: Flag,
    /// `transparent, offset = N`: the composed codes, shifted by N.
    pub offset: Option<IntLit>,
}

/// `rejection = "..."`: which request refused before its handler runs
/// answers with this code (the runtime's `web::Rejections`).
#[derive(Clone, Copy, PartialEq, Eq, FromMeta)]
#[darling(rename_all = "kebab-case")]
pub enum Rejection {
    MalformedBody,
    ContentType,
    UnknownRoute,
}

impl Rejection {
    pub const ALL: [Rejection; 3] = [Self::MalformedBody, Self::ContentType, Self::UnknownRoute];

    pub fn name(self) -> &'static str {
        match self {
            Self::MalformedBody => "malformed-body",
            Self::ContentType => "content-type",
            Self::UnknownRoute => "unknown-route",
        }
    }
}

impl CodeKeys {
    /// The keys given that describe an entry of the enum's own, which a
    /// `transparent` variant (whose entries are its catalogue's) cannot take.
    pub fn own_entry_keys(&self) -> Vec<&'static str> {
        [
            ("http", self.http.is_some()),
            ("message", self.message.is_some()),
            ("title", self.title.is_some()),
            ("symbol", self.symbol.is_some()),
            ("help", self.help.is_some()),
            ("group", self.group.is_some()),
            ("success", self.success.is_present()),
            ("rejection", self.rejection.is_some()),
            ("data", self.data.is_present()),
        ]
        .into_iter()
        .filter_map(|(key, given)| given.then_some(key))
        .collect()
    }
}
