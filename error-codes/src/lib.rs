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

// The core: the trait, its entries and lookups, composition, languages.
mod compose;
mod const_str;
mod entry;
pub mod locale;
pub mod lookup;
pub mod shape;
mod unknown_code;

// What a catalogue is written as: envelopes, docs, the lock.
pub mod docs;
pub mod envelope;
#[cfg(feature = "std")]
pub mod explain;
#[cfg(feature = "std")]
pub mod lock;
#[cfg(any(feature = "tracing", feature = "metrics"))]
pub mod observe;

// The transports: HTTP whatever the framework, then one module per
// framework, named after its feature; gRPC; OpenAPI.
#[cfg(feature = "actix")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
pub mod grpc;
pub mod http;
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
pub mod openapi;
pub mod rejection;
#[deprecated(
    since = "0.2.0",
    note = "moved: axum's items to `error_codes::axum`, the rejection kinds to `error_codes::rejection`, `fallback_code` to `error_codes::http`"
)]
pub mod web;

// The documented catalogues of five real APIs, one feature each.
pub mod catalogues;

// The guide: one page per topic, doctested.
pub mod guide;

// Every renderer carries every field of an entry, or says why not.
#[cfg(all(test, feature = "utoipa", feature = "tonic"))]
mod every_field;

/// What the generated code names. Not a public API: it may change in any release.
#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

pub use entry::{CodeRange, DataField, Entry, Module};
#[cfg(feature = "alloc")]
pub use envelope::{Detail, Envelope, Failure, Problem};
pub use shape::{DataShape, Shape};
pub use unknown_code::UnknownCode;

// The trait is defined here, at the root (see the file for why).
include!("error_catalog.rs");

/// Derives [`ErrorCatalog`](trait@ErrorCatalog) (and `Display` and
/// `std::error::Error`) for an enum: `#[derive(ErrorCatalog)]`, with
/// `#[catalog(...)]` on the enum and `#[code(...)]` on each variant. The
/// guide's [`declaring`](crate::guide::declaring) page shows them at work.
///
#[doc = include_str!("guide/grammar.md")]
pub use error_codes_derive::ErrorCatalog;
