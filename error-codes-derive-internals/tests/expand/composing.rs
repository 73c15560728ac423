/// Own codes, a composed catalogue, and one composed into a module; a gRPC
/// domain, the module's gRPC code and an entry's own.
#[catalog(
    domain = "platform.example.com",
    module(name = "billing", ranges(70000..=70999), grpc = "FAILED_PRECONDITION")
)]
pub enum PlatformError {
    #[code(200, success, message = "OK")]
    Ok,
    /// Payment was declined.
    #[code(70001)]
    PaymentDeclined,
    /// Billing is down.
    #[code(70503, grpc = "UNAVAILABLE", symbol = "billing-down")]
    BillingDown,
    #[code(transparent)]
    Gateway(ApiGatewayError),
    #[code(transparent, module = "billing")]
    Billing(BillingError),
}
