//! The JSON shape of a data variant's fields: one model, read from each
//! field's Rust type by the compiler, that every rendering reads (the
//! OpenAPI schemas, the TypeScript module, the JSON docs, the lock and the
//! gRPC metadata codec).
//!
//! A field's shape is its type's [`DataShape::SHAPE`]. This crate states it
//! for the integers, floats, `bool`, `char`, strings, `Option`, references
//! and smart pointers, arrays, slices, sequences, sets and maps; a type of
//! yours states its own by implementing [`DataShape`]. A type that states
//! none (a struct of yours, a generic parameter) is [`Shape::Any`]: any JSON
//! value, and nothing is guessed from its name.
//!
//! ```
//! use error_codes::{DataShape, Shape};
//!
//! /// Serialised as its name, `"gold"` or `"silver"`.
//! #[derive(serde::Serialize)]
//! #[serde(rename_all = "lowercase")]
//! enum Tier {
//!     Gold,
//!     Silver,
//! }
//!
//! impl DataShape for Tier {
//!     const SHAPE: Shape = Shape::String;
//! }
//!
//! assert_eq!(<Vec<Option<Tier>> as DataShape>::SHAPE.to_string(), "[string?]");
//! assert_eq!(<u64 as DataShape>::SHAPE.to_string(), "uint64");
//! ```

use core::fmt;
use core::marker::PhantomData;

use serde::ser::{Serialize, SerializeMap, Serializer};

/// The JSON a data field's value is written as (serde's JSON of its type).
/// Serialised, it is the field's JSON Schema (what the OpenAPI document and
/// the JSON docs print); displayed, the short form the lock records
/// (`int64`, `string?`, `[number]`, `{string}`, `any`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// A JSON integer between `min` and `max` (a Rust integer type's
    /// range). Its OpenAPI `format` is the narrowest of `int32`, `int64`
    /// and `uint64` that holds the range.
    Integer {
        /// The smallest value.
        min: i64,
        /// The largest value.
        max: u64,
    },
    /// A float: a JSON number, or `null` for NaN and the infinities, which
    /// serde_json writes as `null`. Documented as both.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A JSON string.
    String,
    /// A JSON array of the given shape.
    Array(&'static Shape),
    /// A JSON object whose values have the given shape.
    Map(&'static Shape),
    /// The given shape, or `null` (an `Option`).
    Nullable(&'static Shape),
    /// Any JSON value: the type states no shape.
    Any,
    /// A type no JSON reader holds exactly (`u128`, `i128`), with why: the
    /// derive refuses it when the catalogue compiles.
    Unrepresentable(&'static str),
}

impl Shape {
    /// The shape of an integer type of the given range.
    #[must_use]
    pub const fn integer(min: i64, max: u64) -> Self {
        Self::Integer { min, max }
    }

    /// OpenAPI's `format` of an integer shape, else `None`.
    #[must_use]
    pub const fn format(&self) -> Option<&'static str> {
        match *self {
            Self::Integer { min, max } if min >= i32::MIN as i64 && max <= i32::MAX as u64 => {
                Some("int32")
            }
            Self::Integer { max, .. } if max <= i64::MAX as u64 => Some("int64"),
            Self::Integer { .. } => Some("uint64"),
            Self::Number => Some("double"),
            _ => None,
        }
    }

    /// Whether `null` is one of its values (an `Option`, a float, any value).
    #[must_use]
    pub const fn is_nullable(&self) -> bool {
        matches!(self, Self::Nullable(_) | Self::Number | Self::Any)
    }

    /// Whether its values other than `null` are strings: gRPC metadata
    /// then carries them verbatim, not as JSON text.
    #[must_use]
    pub const fn is_string(&self) -> bool {
        match self {
            Self::String => true,
            Self::Nullable(inner) => inner.is_string(),
            _ => false,
        }
    }

    /// The shape without its `Option`s.
    #[must_use]
    pub const fn non_null(&self) -> &Self {
        match self {
            Self::Nullable(inner) => inner.non_null(),
            other => other,
        }
    }

    /// Why a value of this shape cannot be written faithfully, if it
    /// cannot (it holds a `u128` or `i128`).
    #[must_use]
    pub const fn unrepresentable(&self) -> Option<&'static str> {
        match self {
            Self::Unrepresentable(why) => Some(why),
            Self::Array(inner) | Self::Map(inner) | Self::Nullable(inner) => {
                inner.unrepresentable()
            }
            _ => None,
        }
    }
}

/// `int64`, `string?`, `[number]`, `{string}`, `any`: as the lock records
/// a field.
impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Integer { .. } => f.write_str(self.format().unwrap_or("integer")),
            Self::Number => f.write_str("number"),
            Self::Boolean => f.write_str("boolean"),
            Self::String => f.write_str("string"),
            Self::Array(items) => write!(f, "[{items}]"),
            Self::Map(values) => write!(f, "{{{values}}}"),
            Self::Nullable(inner) if inner.is_nullable() => write!(f, "{inner}"),
            Self::Nullable(inner) => write!(f, "{inner}?"),
            Self::Any => f.write_str("any"),
            Self::Unrepresentable(_) => f.write_str("unrepresentable"),
        }
    }
}

/// The shape's JSON Schema: `{"type": "integer", "format": "int64",
/// "minimum": ..., "maximum": ...}`, `{"type": "array", "items": ...}`,
/// `{"anyOf": [..., {"type": "null"}]}`, `{}` for any value.
impl Serialize for Shape {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Self::Nullable(inner) = self
            && inner.is_nullable()
        {
            // An `Option` of a nullable shape is that shape.
            return inner.serialize(serializer);
        }
        let mut map = serializer.serialize_map(None)?;
        match self {
            Self::Integer { min, max } => {
                map.serialize_entry("type", "integer")?;
                map.serialize_entry("format", &self.format())?;
                map.serialize_entry("minimum", min)?;
                map.serialize_entry("maximum", max)?;
            }
            Self::Number => map.serialize_entry("anyOf", &[Type("number"), Type("null")])?,
            Self::Boolean => map.serialize_entry("type", "boolean")?,
            Self::String => map.serialize_entry("type", "string")?,
            Self::Array(items) => {
                map.serialize_entry("type", "array")?;
                map.serialize_entry("items", items)?;
            }
            Self::Map(values) => {
                map.serialize_entry("type", "object")?;
                map.serialize_entry("additionalProperties", values)?;
            }
            Self::Nullable(inner) => map.serialize_entry("anyOf", &(inner, Type("null")))?,
            Self::Any | Self::Unrepresentable(_) => {}
        }
        map.end()
    }
}

/// `{"type": "number", "format": "double"}` or `{"type": "null"}`.
struct Type(&'static str);

impl Serialize for Type {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", self.0)?;
        if self.0 == "number" {
            map.serialize_entry("format", "double")?;
        }
        map.end()
    }
}

/// A type's JSON shape as a data field: see the [module docs](self).
///
/// Implement it for a type of yours whose serde JSON has a shape the
/// documents should say (a unit-variant enum written as a string, a
/// newtype around an integer); without it, the type is [`Shape::Any`].
pub trait DataShape {
    /// The JSON its values are written as.
    const SHAPE: Shape;
}

macro_rules! integers {
    ($($ty:ty),*) => {$(
        impl DataShape for $ty {
            #[allow(clippy::cast_possible_wrap, clippy::cast_sign_loss, clippy::cast_lossless)]
            const SHAPE: Shape = Shape::integer(<$ty>::MIN as i64, <$ty>::MAX as u64);
        }
    )*};
}

integers!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

macro_rules! shapes {
    ($($shape:expr => $($ty:ty),*;)*) => {$($(
        impl DataShape for $ty {
            const SHAPE: Shape = $shape;
        }
    )*)*};
}

shapes! {
    Shape::Number => f32, f64;
    Shape::Boolean => bool;
    Shape::String => char, str;
    Shape::Unrepresentable(WIDE) => u128, i128;
}

/// Why `u128` and `i128` fields are refused.
const WIDE: &str = "a 128-bit integer cannot be a data field: JSON readers hold integers of \
                    at most 64 bits (JavaScript's exactly up to 2^53); use a 64-bit integer, \
                    or a `String` of its digits";

impl<T: DataShape + ?Sized> DataShape for &T {
    const SHAPE: Shape = T::SHAPE;
}

impl<T: DataShape + ?Sized> DataShape for &mut T {
    const SHAPE: Shape = T::SHAPE;
}

impl<T: DataShape> DataShape for Option<T> {
    const SHAPE: Shape = Shape::Nullable(&T::SHAPE);
}

impl<T: DataShape> DataShape for [T] {
    const SHAPE: Shape = Shape::Array(&T::SHAPE);
}

impl<T: DataShape, const N: usize> DataShape for [T; N] {
    const SHAPE: Shape = Shape::Array(&T::SHAPE);
}

#[cfg(feature = "alloc")]
mod alloc_impls {
    use alloc::borrow::{Cow, ToOwned};
    use alloc::boxed::Box;
    use alloc::collections::{BTreeMap, BTreeSet, BinaryHeap, LinkedList, VecDeque};
    use alloc::rc::Rc;
    use alloc::string::String;
    use alloc::sync::Arc;
    use alloc::vec::Vec;

    use super::{DataShape, Shape};

    impl DataShape for String {
        const SHAPE: Shape = Shape::String;
    }

    impl DataShape for serde_json::Value {
        const SHAPE: Shape = Shape::Any;
    }

    macro_rules! pointers {
        ($($ty:ident),*) => {$(
            impl<T: DataShape + ?Sized> DataShape for $ty<T> {
                const SHAPE: Shape = T::SHAPE;
            }
        )*};
    }

    pointers!(Box, Rc, Arc);

    impl<T: DataShape + ToOwned + ?Sized> DataShape for Cow<'_, T> {
        const SHAPE: Shape = T::SHAPE;
    }

    macro_rules! sequences {
        ($($ty:ident),*) => {$(
            impl<T: DataShape> DataShape for $ty<T> {
                const SHAPE: Shape = Shape::Array(&T::SHAPE);
            }
        )*};
    }

    sequences!(Vec, VecDeque, LinkedList, BinaryHeap, BTreeSet);

    /// Keys are written as strings (serde_json writes integer keys as
    /// their digits); the values have their own shape.
    impl<K, V: DataShape> DataShape for BTreeMap<K, V> {
        const SHAPE: Shape = Shape::Map(&V::SHAPE);
    }
}

#[cfg(feature = "std")]
mod std_impls {
    use std::collections::{HashMap, HashSet};

    use super::{DataShape, Shape};

    impl<T: DataShape, S> DataShape for HashSet<T, S> {
        const SHAPE: Shape = Shape::Array(&T::SHAPE);
    }

    impl<K, V: DataShape, S> DataShape for HashMap<K, V, S> {
        const SHAPE: Shape = Shape::Map(&V::SHAPE);
    }
}

/// How the generated code reads a field type's shape: `Probe::<T>::SHAPE`
/// is `T`'s [`DataShape::SHAPE`] when `T` implements it (this inherent
/// const), else [`Shape::Any`] (the [`ShapeFallback`] trait's, which an
/// inherent const outranks).
#[doc(hidden)]
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: DataShape + ?Sized> Probe<T> {
    /// `T`'s shape.
    pub const SHAPE: Shape = T::SHAPE;
}

impl Probe<core::time::Duration> {
    /// A `Duration` field can be its variant's retry delay.
    pub const DELAY: bool = true;

    /// A `Duration` field is its variant's retry delay.
    #[inline]
    #[must_use]
    pub fn delay(value: &core::time::Duration) -> Option<core::time::Duration> {
        Some(*value)
    }
}

#[cfg(feature = "alloc")]
impl<T: serde::de::DeserializeOwned> Probe<T> {
    /// A data field's value read back from its JSON text.
    #[inline]
    #[must_use]
    pub fn read(text: &str) -> Option<T> {
        serde_json::from_str(text).ok()
    }
}

/// [`Probe`]'s answer for a type that states no shape, is no
/// `core::time::Duration`, or cannot be read back.
#[doc(hidden)]
pub trait ShapeFallback {
    /// Any JSON value.
    const SHAPE: Shape = Shape::Any;

    /// No retry delay (a type named `Duration` of another crate).
    const DELAY: bool = false;

    /// Not a retry delay (a type named `Duration` of another crate).
    #[inline]
    #[must_use]
    fn delay<V: ?Sized>(_value: &V) -> Option<core::time::Duration> {
        None
    }

    /// Not read back (a type that is not `DeserializeOwned`): its variant
    /// stays unknown.
    #[inline]
    #[must_use]
    fn read<V>(_text: &str) -> Option<V> {
        None
    }
}

/// The delay of the field `retry_after = field` names: a
/// `std::time::Duration` (a field of another type is a compile error at
/// the name).
#[doc(hidden)]
#[inline]
#[must_use]
pub const fn delay(value: &core::time::Duration) -> core::time::Duration {
    *value
}

impl<T: ?Sized> ShapeFallback for Probe<T> {}

/// Refuses, when the catalogue compiles, a data field whose shape cannot
/// be written faithfully (the derive emits one call per field).
#[doc(hidden)]
pub const fn assert_data_field(shape: &Shape) {
    if let Some(why) = shape.unrepresentable() {
        panic!("{}", why);
    }
}
