//! The shipping service's error codes, in a crate of their own: composed by
//! `tests/cross_crate.rs` in another crate.

use error_codes::ErrorCatalog;

/// Shipping errors: 6000-6999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(name = "shipping", ranges(6000..=6999)))]
pub enum ShippingError {
    /// Address not deliverable.
    #[code(6001, http = 422)]
    Undeliverable,
    /// Parcel lost.
    #[code(6410, http = 410)]
    ParcelLost,
}
