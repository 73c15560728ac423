//! The billing service's error codes, in a crate of their own: composed by
//! `tests/cross_crate.rs` in another crate.

use error_codes::ErrorCatalog;

/// Billing errors: 5000-5999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(name = "billing", ranges(5000..=5999), http = 402))]
pub enum BillingError {
    /// Card declined.
    #[code(5001)]
    CardDeclined,
    /// Invoice not found.
    #[code(5404, http = 404)]
    InvoiceNotFound,
}
