use billing_codes::BillingError;
use error_codes::ErrorCatalog;

// BillingError, declared in another crate, already has 5001.
#[derive(Debug, ErrorCatalog)]
enum ShopError {
    /// Payment refused.
    #[code(5001)]
    PaymentRefused,
    #[code(transparent)]
    Billing(BillingError),
}

fn main() {}
