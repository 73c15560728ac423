//! Calls a trait method without importing the trait.

use billing_codes::BillingError;

fn main() {
    let error = BillingError::CardDeclined;
    println!("{}", error.code());
}
