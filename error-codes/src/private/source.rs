//! `#[source]` and a composed value's `source()`, for the generated
//! `Error` impls.

/// A `#[source]` field as `&dyn Error`: any error type, and boxed trait
/// objects through deref. Used by the generated code.
#[doc(hidden)]
pub trait AsDynError {
    /// The field as the cause.
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static);
}

impl<T: core::error::Error + 'static> AsDynError for T {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

impl AsDynError for dyn core::error::Error + 'static {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

impl AsDynError for dyn core::error::Error + Send + 'static {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

impl AsDynError for dyn core::error::Error + Send + Sync + 'static {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'static) {
        self
    }
}

/// The `source()` of a composed catalogue's value, if its type is an
/// `Error` (one with `#[catalog(display = false)]` may not be): chosen by
/// method resolution, `(&Forward(inner)).forward_source()`, the impl on
/// `Forward` when the value is an `Error`, else the one on `&Forward`. Used by
/// the generated code.
#[doc(hidden)]
pub struct Forward<'a, T>(pub &'a T);

#[doc(hidden)]
pub trait ForwardSource<'a> {
    fn forward_source(&self) -> Option<&'a (dyn core::error::Error + 'static)>;
}

impl<'a, T: core::error::Error> ForwardSource<'a> for Forward<'a, T> {
    fn forward_source(&self) -> Option<&'a (dyn core::error::Error + 'static)> {
        self.0.source()
    }
}

#[doc(hidden)]
pub trait NoSource<'a> {
    fn forward_source(&self) -> Option<&'a (dyn core::error::Error + 'static)> {
        None
    }
}

impl<'a, T> NoSource<'a> for &Forward<'a, T> {}
