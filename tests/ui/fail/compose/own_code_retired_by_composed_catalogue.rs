use billing_codes::BillingError;
use error_codes::ErrorCatalog;

// BillingError, declared in another crate, retired 5002.
#[derive(Debug, ErrorCatalog)]
enum ShopError {
    /// Payment refused.
    #[code(5002)]
    PaymentRefused,
    #[code(transparent)]
    Billing(BillingError),
}

fn main() {}
