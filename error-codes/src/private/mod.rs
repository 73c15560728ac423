//! What the generated code names, as `::error_codes::__private::...`: the
//! crate's items it uses, std's (a 2015-edition crate has no `core` in its
//! extern prelude), each integration's crate, and the macros through which
//! it emits what depends on this crate's features. Not a public API: it may
//! change in any release.

mod macros;
mod source;

// Each integration's macro, or `__no_impls`: `integrations!` in `macros.rs`.
pub use self::macros::*;

pub use self::source::{AsDynError, Forward, ForwardSource, NoSource};
pub use crate::__part_tables as part_tables;
pub use crate::__web_impls as web_impls;
pub use crate::__with_alloc as with_alloc;
pub use crate::ErrorCatalog;
pub use crate::UnknownCode;
pub use crate::compose::{
    BLANK, Clash, Clashes, Message, Part, Revived, Tables, clash_message, concat_ranges,
    find_clashes, find_revived, first_missing, first_outside, merge, outside_message, part_codes,
    part_entries, part_items, part_len, revived_message, shift_ranges, shifted_ranges_len,
};
pub use crate::entry::{CodeRange, Columns, DataField, Entry, Module, ModuleInit};
pub use crate::envelope::{BodyShape, DEFAULT_SUCCESS_CODE, FieldNames};
#[cfg(feature = "alloc")]
pub use crate::envelope::{DataVisitor, Detail, detail_field, detail_fields};
pub use crate::grpc::GrpcCode;
pub use crate::lookup::Lookup;
pub use crate::lookup::find_symbol;
pub use crate::rejection::Rejections;
pub use crate::shape::{Probe, ShapeFallback, assert_data_field, delay};
#[cfg(feature = "actix")]
pub use ::actix_web;
#[cfg(feature = "axum")]
pub use ::axum;
#[cfg(feature = "tonic")]
pub use ::tonic;
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
pub use alloc::{borrow::Cow, collections::BTreeMap, string::String, vec::Vec};
pub use core::time::Duration;
// Macros and traits through this path, not `::core`: a 2015-edition
// crate has no `core` in its extern prelude.
pub use crate::locale::{PartTranslation, Translation, part_translation, union, union_len};
#[cfg(feature = "utoipa")]
pub use ::utoipa;
#[cfg(feature = "utoipa5")]
pub use ::utoipa5;
pub use core::convert::{From, TryFrom};
pub use core::error::Error;
pub use core::fmt::Debug;
pub use core::fmt::{Display, Formatter, Result as FmtResult};
pub use core::option::Option::{self, None, Some};
pub use core::result::Result;
pub use core::{assert, concat, include_str, matches, panic, stringify, unreachable};

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
    pub fn detail() {}
    pub fn field0() {}
    pub fn field1() {}
    pub fn field2() {}
    pub fn field3() {}
    pub fn field4() {}
    pub fn field5() {}
    pub fn field6() {}
    pub fn field7() {}
    pub fn entry() {}
    pub fn fields() {}
    pub fn formatter() {}
    pub fn found() {}
    pub fn inner() {}
    pub fn message() {}
    pub fn missing() {}
    pub fn module() {}
    pub fn modules() {}
    pub fn name() {}
    pub fn own() {}
    pub fn position() {}
    pub fn range() {}
    pub fn revived() {}
    pub fn symbol() {}
    pub fn value() {}
    pub fn variant() {}
    pub fn visitor() {}
}

/// What the derived `Display` writes: the formatted message (with `alloc`;
/// else the message, placeholders unfilled).
#[inline]
pub fn write_message<C: ErrorCatalog>(value: &C, formatter: &mut Formatter<'_>) -> FmtResult {
    #[cfg(feature = "alloc")]
    return formatter.write_str(&value.formatted_message());
    #[cfg(not(feature = "alloc"))]
    formatter.write_str(value.message())
}
