//! The billing service's error codes, in a crate of their own: composed by
//! `tests/cross_crate.rs` in another crate.

use error_codes::ErrorCatalog;

/// Billing errors: 5000-5999. 5002 (a card expiry error folded into 5001)
/// and the old refund codes 5100-5199 are retired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    module(name = "billing", ranges(5000..=5999), http = 402),
    retired(5002, 5100..=5199)
)]
pub enum BillingError {
    /// Card declined.
    #[code(5001)]
    CardDeclined,
    /// Invoice not found.
    #[code(5404, http = 404)]
    InvoiceNotFound,
}
