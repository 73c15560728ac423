//! Two catalogues declared in two other crates of the workspace
//! (`test-crates/`), composed here, in a third: the merge and the clash check
//! run on their consts across crate boundaries. The failing case is
//! `tests/ui/fail/compose/clash_across_crates.rs`.

use billing_codes::BillingError;
use error_codes::ErrorCatalog;
use shipping_codes::ShippingError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    module(name = "billing", ranges(5000..=5999)),
    module(name = "shipping", ranges(6000..=6999)),
)]
enum ShopError {
    /// Out of stock.
    #[code(4001, http = 409)]
    OutOfStock,
    #[code(transparent, module = "billing")]
    Billing(BillingError),
    #[code(transparent, module = "shipping")]
    Shipping(ShippingError),
}

#[test]
fn catalogues_of_other_crates_compose() {
    let codes: Vec<i64> = ShopError::entries().iter().map(|e| e.code).collect();
    assert_eq!(codes, [4001, 5001, 5404, 6001, 6410]);
    assert_eq!(
        ShopError::NAMES,
        [
            "ShopError::OutOfStock",
            "BillingError::CardDeclined",
            "BillingError::InvoiceNotFound",
            "ShippingError::Undeliverable",
            "ShippingError::ParcelLost",
        ]
    );
    assert_eq!(
        ShopError::from_code(5404),
        Some(ShopError::Billing(BillingError::InvoiceNotFound))
    );
    assert_eq!(
        ShopError::Billing(BillingError::CardDeclined).http_status(),
        Some(402)
    );
    assert_eq!(
        ShopError::Shipping(ShippingError::ParcelLost).to_string(),
        "Parcel lost."
    );
    assert_eq!(ShopError::module_of(6999).map(|m| m.name), Some("shipping"));
    assert_eq!(ShopError::from_code(5002), None);
}

/// A 2015-edition crate's catalogue (`test-crates/edition2015-codes`):
/// built at all, then working like any other.
#[test]
fn a_2015_edition_crate_derives_and_composes() {
    use edition2015_codes::SchoolError;
    use error_codes::catalogues::edu::EduError;
    assert_eq!(SchoolError::Busy.code(), 1);
    assert_eq!(
        SchoolError::from_code(1_040_001),
        Some(SchoolError::Edu(EduError::CouponNotFound))
    );
    assert_eq!(
        SchoolError::module_of(1_500_000).map(|m| m.name),
        Some("school")
    );
}
