use billing_codes::BillingError;
use error_codes::ErrorCatalog;

// BillingError, declared in another crate, has 5001, which this shop
// retired when it still numbered its own payment errors.
#[derive(Debug, ErrorCatalog)]
#[catalog(retired(5001))]
enum ShopError {
    /// Out of stock.
    #[code(7001)]
    OutOfStock,
    #[code(transparent)]
    Billing(BillingError),
}

fn main() {}
