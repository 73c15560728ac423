/// Own codes, a composed catalogue, and one composed into a module.
#[catalog(module(name = "billing", ranges(70000..=70999)))]
pub enum PlatformError {
    #[code(200, success, message = "OK")]
    Ok,
    /// Payment was declined.
    #[code(70001)]
    PaymentDeclined,
    #[code(transparent)]
    Gateway(ApiGatewayError),
    #[code(transparent, module = "billing")]
    Billing(BillingError),
}
