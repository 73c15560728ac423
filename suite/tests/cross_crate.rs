//! Two catalogues declared in two other crates of the workspace
//! (`test-crates/`), composed here, in a third: the merge and the clash check
//! run on their consts across crate boundaries. The failing case is
//! `tests/ui/clash_across_crates.rs`.

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
