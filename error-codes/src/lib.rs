#![doc = include_str!("../README.md")]
// `#![no_std]`: the catalogues, their lookups and what the derive generates
// need only `core`; `alloc` adds the envelope and the docs export, `std`
// (a default feature) the lock file. The unit tests use std.
#![cfg_attr(not(test), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The shipped catalogues use the derive, whose code names `::error_codes`.
#[cfg(feature = "alloc")]
extern crate alloc;
extern crate self as error_codes;
#[cfg(all(feature = "std", not(test)))]
extern crate std;

#[cfg(feature = "actix")]
pub mod actix;
pub mod catalogues;
mod compose;
pub mod docs;
mod entry;
pub mod envelope;
mod error_catalog;
pub mod grpc;
pub mod locale;
#[cfg(feature = "std")]
pub mod lock;
pub mod lookup;
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
pub mod openapi;
pub mod web;

pub use entry::{CodeRange, DataField, Entry, JsonType, Module};
#[cfg(feature = "alloc")]
pub use envelope::{Detail, Envelope, Failure, Problem};
pub use error_catalog::UnknownCode;

// The trait is defined here, at the root (see the file).
include!("error_catalog_trait.rs");
/// Derives [`ErrorCatalog`] (and `Display` and `std::error::Error`) for an enum.
///
/// The attribute grammar is described in the [crate documentation](crate).
pub use error_codes_derive::ErrorCatalog;

/// What the generated code names. Not a public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::__part_tables as part_tables;
    pub use crate::__web_impls as web_impls;
    pub use crate::__with_alloc as with_alloc;
    pub use crate::ErrorCatalog;
    pub use crate::UnknownCode;
    pub use crate::compose::{
        BLANK, Clash, Clashes, Message, Part, Revived, Tables, clash_message, concat_ranges,
        find_clashes, find_revived, first_outside, merge, outside_message, part_codes,
        part_entries, part_items, part_len, revived_message, shift_ranges, shifted_ranges_len,
    };
    pub use crate::entry::{CodeRange, Columns, DataField, Entry, JsonType, Module, ModuleInit};
    pub use crate::envelope::{DEFAULT_SUCCESS_CODE, FieldNames};
    #[cfg(feature = "alloc")]
    pub use crate::envelope::{Detail, detail_of};
    pub use crate::error_catalog::{AsDynError, Forward, ForwardSource, NoSource, find_symbol};
    pub use crate::grpc::GrpcCode;
    pub use crate::lookup::Lookup;
    pub use crate::web::Rejections;
    #[cfg(feature = "actix")]
    pub use actix_web;
    #[cfg(any(feature = "utoipa", feature = "utoipa5"))]
    pub use alloc::{borrow::Cow, collections::BTreeMap, string::String, vec::Vec};
    #[cfg(feature = "axum")]
    pub use axum;
    #[cfg(feature = "tonic")]
    pub use tonic;
    // Macros and traits through this path, not `::core`: a 2015-edition
    // crate has no `core` in its extern prelude.
    pub use crate::locale::{union, union_len};
    pub use core::convert::{From, TryFrom};
    pub use core::error::Error;
    pub use core::fmt::Debug;
    pub use core::fmt::{Display, Formatter, Result as FmtResult};
    pub use core::option::Option::{self, None, Some};
    pub use core::result::Result;
    pub use core::{assert, concat, include_str, matches, panic, stringify, unreachable};
    #[cfg(feature = "alloc")]
    pub use serde_json::to_value;
    #[cfg(feature = "utoipa")]
    pub use utoipa;
    #[cfg(feature = "utoipa5")]
    pub use utoipa5;

    /// The names the generated code binds (parameters, locals, closure
    /// arguments). The derive emits its impls in a block that glob-imports
    /// these functions: in that block they shadow any const or static of the
    /// same name in the user's module, which would otherwise turn a binding
    /// into a constant pattern (or a build error). Functions do not: a
    /// binding simply shadows them.
    #[allow(missing_docs)]
    pub mod bindings {
        pub fn clash() {}
        pub fn code() {}
        pub fn codes() {}
        pub fn field0() {}
        pub fn field1() {}
        pub fn field2() {}
        pub fn field3() {}
        pub fn field4() {}
        pub fn field5() {}
        pub fn field6() {}
        pub fn field7() {}
        pub fn entry() {}
        pub fn formatter() {}
        pub fn inner() {}
        pub fn message() {}
        pub fn module() {}
        pub fn modules() {}
        pub fn name() {}
        pub fn own() {}
        pub fn position() {}
        pub fn revived() {}
        pub fn symbol() {}
        pub fn value() {}
        pub fn variant() {}
    }
}

/// Used by the generated code: the web impls of a catalogue. The derive
/// cannot see this crate's features, so it always calls this macro; each
/// part's body is empty without its feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __web_impls {
    ($($tokens:tt)*) => {
        $crate::__axum_impls! { $($tokens)* }
        $crate::__utoipa_impls! { $($tokens)* }
        $crate::__tonic_impls! { $($tokens)* }
        $crate::__actix_impls! { $($tokens)* }
    };
}

/// `actix_web::ResponseError` (feature `actix`): the same status and body
/// as the axum answer.
#[cfg(feature = "actix")]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix_impls {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::actix_web::ResponseError for $($ty)*
        where
            Self: $crate::__private::Debug + $crate::__private::Display,
            $($where)*
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::actix::status(self)
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::actix::respond(self)
            }
        }
    };
}

/// Without the `actix` feature, nothing.
#[cfg(not(feature = "actix"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix_impls {
    ($($tokens:tt)*) => {};
}

/// The tables of the generated `impl Part<I> for Enum`: the composed
/// catalogue's own (read through `Part::OWN`) without its success entry,
/// shifted by `offset` (`$codes` a binding of `__private::bindings`;
/// `$overflow` what a code shifted out of `i64` evaluates to, a panic at the
/// user's `offset`). With `shifted`, also `OFFSET` and the retired ranges.
/// Used by the generated code: one line per part instead of the tables.
#[doc(hidden)]
#[macro_export]
macro_rules! __part_tables {
    ($enum:ident, $index:literal, $offset:literal, $codes:ident, $overflow:expr) => {
        const CODES: &'static [i64] = &{
            const LEN: usize = $crate::__private::part_len(
                <$enum as $crate::__private::Part<$index>>::OWN.codes.len(),
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
            );
            match $crate::__private::part_codes::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.codes,
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
                $offset,
            ) {
                $crate::__private::Some($codes) => $codes,
                $crate::__private::None => $overflow,
            }
        };
        const NAMES: &'static [&'static str] = &{
            const LEN: usize = $crate::__private::part_len(
                <$enum as $crate::__private::Part<$index>>::OWN.names.len(),
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
            );
            $crate::__private::part_items::<&'static str, LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.names,
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
                "",
            )
        };
        const ENTRIES: &'static [$crate::Entry] = &{
            const LEN: usize = $crate::__private::part_len(
                <$enum as $crate::__private::Part<$index>>::OWN
                    .entries
                    .len(),
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
            );
            $crate::__private::part_entries::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.entries,
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
                $offset,
            )
        };
    };
    (shifted $enum:ident, $index:literal, $offset:literal, $codes:ident, $overflow:expr) => {
        $crate::__part_tables!($enum, $index, $offset, $codes, $overflow);
        const OFFSET: i64 = $offset;
        const RETIRED: &'static [$crate::CodeRange] = &{
            const LEN: usize = $crate::__private::shifted_ranges_len(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                $offset,
            );
            $crate::__private::shift_ranges::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                <$enum as $crate::__private::Part<$index>>::OWN.retired_by,
                <$enum as $crate::__private::Part<$index>>::NAME,
                $offset,
            )
            .0
        };
        const RETIRED_BY: &'static [&'static str] = &{
            const LEN: usize = $crate::__private::shifted_ranges_len(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                $offset,
            );
            $crate::__private::shift_ranges::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                <$enum as $crate::__private::Part<$index>>::OWN.retired_by,
                <$enum as $crate::__private::Part<$index>>::NAME,
                $offset,
            )
            .1
        };
    };
}

/// The tokens it is given, with the `alloc` feature (the generated
/// `__detail`, which builds an envelope's detail).
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_alloc {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Without the `alloc` feature, nothing.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_alloc {
    ($($tokens:tt)*) => {};
}

/// `IntoResponse` (feature `axum`).
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::axum::response::IntoResponse for $($ty)*
        where
            $($where)*
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::web::respond(self)
            }
        }
    };
}

/// Without the `axum` feature, nothing.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($($tokens:tt)*) => {};
}

/// `From<C> for tonic::Status` (feature `tonic`).
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::From<$($ty)*> for $crate::__private::tonic::Status
        where
            $($where)*
        {
            fn from(value: $($ty)*) -> Self {
                $crate::grpc::status(&value)
            }
        }
    };
}

/// Without the `tonic` feature, nothing.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ($($tokens:tt)*) => {};
}

/// The OpenAPI impls of a catalogue (or of a `codes!` list), for each
/// utoipa version enabled: utoipa 6 (feature `utoipa`), utoipa 5 (feature
/// `utoipa5`).
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impls {
    ($($tokens:tt)*) => {
        $crate::__utoipa6_impls! { $($tokens)* }
        $crate::__utoipa5_impls! { $($tokens)* }
    };
}

/// With `utoipa`, the impls for utoipa 6.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa6_impls {
    ($($tokens:tt)*) => {
        $crate::__utoipa_body! { utoipa, responses, catalogue_schema, catalogue_schemas, $($tokens)* }
    };
}

/// Without `utoipa`, nothing.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa6_impls {
    ($($tokens:tt)*) => {};
}

/// With `utoipa5`, the impls for utoipa 5.
#[cfg(feature = "utoipa5")]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa5_impls {
    ($($tokens:tt)*) => {
        $crate::__utoipa_body! { utoipa5, responses5, catalogue_schema5, catalogue_schemas5, $($tokens)* }
    };
}

/// Without `utoipa5`, nothing.
#[cfg(not(feature = "utoipa5"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa5_impls {
    ($($tokens:tt)*) => {};
}

/// `IntoResponses` (every error), `PartialSchema` (any error) and
/// `ToSchema` (each code's schema, for `components`) of a catalogue, or
/// `IntoResponses` of a `codes!` list (`codes Name`), for the utoipa crate
/// re-exported as `__private::$utoipa`.
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_body {
    ($utoipa:ident, $responses:ident, $schema:ident, $schemas:ident, codes $name:ident) => {
        #[automatically_derived]
        impl $crate::__private::$utoipa::IntoResponses for $name {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::response::Response>,
            > {
                $crate::openapi::$responses::<Self>()
            }
        }
    };
    ($utoipa:ident, $responses:ident, $schema:ident, $schemas:ident, [$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::$utoipa::IntoResponses for $($ty)*
        where
            $($where)*
        {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::response::Response>,
            > {
                $crate::openapi::$responses::<$crate::openapi::All<Self>>()
            }
        }

        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::$utoipa::PartialSchema for $($ty)*
        where
            $($where)*
        {
            fn schema() -> $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::schema::Schema> {
                $crate::openapi::$schema::<Self>()
            }
        }

        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::$utoipa::ToSchema for $($ty)*
        where
            $($where)*
        {
            fn name() -> $crate::__private::Cow<'static, str> {
                $crate::__private::Cow::Owned($crate::openapi::schemas::catalogue_name::<Self>())
            }

            fn schemas(
                schemas: &mut $crate::__private::Vec<(
                    $crate::__private::String,
                    $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::schema::Schema>,
                )>,
            ) {
                $crate::openapi::$schemas::<Self>(schemas);
            }
        }
    };
}
