//! The error codes of an API gateway with credits and payments: 45 codes,
//! exactly as its "Error Codes" reference page writes them, with each code's
//! name (`title`), description (the message) and recommendation (`help`).
//!
//! The page has two levels. HTTP-level codes 200..503 form the module `http`
//! (declared first, as the page lists them first); the business sub-codes belong to the three modules the page declares,
//! `auth`, `gateway` and `payment`, with its ranges and purposes. Those ranges
//! overlap (Auth's 40001-40111 contains Payment's 40021-40028 and the start of
//! Gateway's 40101-40301), so every code names its module as the page's tables do. A
//! sub-code's HTTP status is its first three digits (40101 is 401, 40021 is
//! 400, 50201 is 502); an HTTP-level code's status is the code itself. 200 is
//! the success code.
//!
//! Two names appear twice on the page; their variants are named after the
//! message instead: 40201 `InsufficientBalanceOrQuota` (402 is
//! `InsufficientBalance`) and 50201 `ServiceRequestFailed` (502 is
//! `ServiceTemporarilyUnavailable`).
//!
//! Enabled by the `api-gateway` feature.
//!
//! ```
//! use error_codes::ErrorCatalog;
//! use error_codes::catalogues::api_gateway::ApiGatewayError;
//!
//! let error = ApiGatewayError::UnauthorizedSession;
//! assert_eq!((error.code(), error.http_status()), (40101, Some(401)));
//! assert_eq!(error.entry().help, Some("Login again."));
//! assert_eq!(ApiGatewayError::module_of(40104).map(|m| m.name), Some("auth"));
//! ```

use crate::ErrorCatalog;

/// The 45 codes of the API gateway, HTTP-level and business sub-codes: see the
/// [module documentation](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    language = "en",
    module(name = "http", title = "HTTP", ranges(200..=503)),
    module(
        name = "auth",
        title = "Auth",
        ranges(40001..=40111, 40401..=40402, 50011),
        description = "Login/register, captcha/email code, password reset/change.",
    ),
    module(
        name = "gateway",
        title = "Gateway",
        ranges(40101..=40301, 42901..=42903, 50201, 50301),
        description = "API key auth, credits check, rate limit, provider request failures.",
    ),
    module(
        name = "payment",
        title = "Payment",
        ranges(40021..=40028, 40302, 40411, 50021..=50023),
        description = "Checkout creation, order state checks, subscription cancellation.",
    ),
)]
#[non_exhaustive]
pub enum ApiGatewayError {
    /// Request processed successfully.
    #[code(
        200,
        success,
        http = 200,
        module = "http",
        title = "Success",
        help = "Use `data` for business payload."
    )]
    Success,

    /// Invalid parameters or business validation failed.
    #[code(
        400,
        http = 400,
        module = "http",
        title = "Bad Request",
        help = "Check required fields, value ranges, and request format."
    )]
    BadRequest,

    /// Authentication failed (login required, missing/invalid API key).
    #[code(
        401,
        http = 401,
        module = "http",
        title = "Unauthorized",
        help = "Re-login or provide a valid `X-API-Key`."
    )]
    Unauthorized,

    /// Insufficient balance or call quota for this request.
    #[code(
        402,
        http = 402,
        module = "http",
        title = "Insufficient Balance",
        help = "Recharge or upgrade your plan and retry."
    )]
    InsufficientBalance,

    /// You do not have permission or account status is restricted.
    #[code(
        403,
        http = 403,
        module = "http",
        title = "Forbidden",
        help = "Check account status and endpoint permission."
    )]
    Forbidden,

    /// Requested resource does not exist.
    #[code(
        404,
        http = 404,
        module = "http",
        title = "Not Found",
        help = "Verify IDs/order numbers and whether data exists."
    )]
    NotFound,

    /// Request frequency exceeded per-second/per-hour/monthly limits.
    #[code(
        429,
        http = 429,
        module = "http",
        title = "Rate Limit Exceeded",
        help = "Use retry with backoff or lower request frequency."
    )]
    RateLimitExceeded,

    /// Server-side processing failed.
    #[code(
        500,
        http = 500,
        module = "http",
        title = "Internal Server Error",
        help = "Retry later and contact support if it persists."
    )]
    InternalServerError,

    /// The service request failed to be processed.
    #[code(
        502,
        http = 502,
        module = "http",
        title = "Service Temporarily Unavailable",
        help = "Please try again later."
    )]
    ServiceTemporarilyUnavailable,

    /// System is busy or global protection limit is triggered.
    #[code(
        503,
        http = 503,
        module = "http",
        title = "Service Busy",
        help = "Retry after a short wait."
    )]
    ServiceBusy,

    /// Login session is missing or invalid.
    #[code(
        40101,
        http = 401,
        module = "gateway",
        title = "Unauthorized Session",
        help = "Login again."
    )]
    UnauthorizedSession,

    /// API key is not provided.
    #[code(
        40102,
        http = 401,
        module = "gateway",
        title = "API Key Missing",
        help = "Provide `X-API-Key` header or bearer token."
    )]
    ApiKeyMissing,

    /// API key is invalid.
    #[code(
        40103,
        http = 401,
        module = "gateway",
        title = "API Key Invalid",
        help = "Use a valid API key."
    )]
    ApiKeyInvalid,

    /// Insufficient balance or call quota.
    #[code(
        40201,
        http = 402,
        module = "gateway",
        title = "Insufficient Balance",
        help = "Recharge or upgrade plan and retry."
    )]
    InsufficientBalanceOrQuota,

    /// Account is frozen or restricted.
    #[code(
        40301,
        http = 403,
        module = "gateway",
        title = "Account Frozen",
        help = "Contact support to restore account."
    )]
    AccountFrozen,

    /// Per-second rate limit exceeded.
    #[code(
        42901,
        http = 429,
        module = "gateway",
        title = "RPS Limit Exceeded",
        help = "Reduce request burst and retry with backoff."
    )]
    RpsLimitExceeded,

    /// Per-hour rate limit exceeded.
    #[code(
        42902,
        http = 429,
        module = "gateway",
        title = "RPH Limit Exceeded",
        help = "Lower request frequency."
    )]
    RphLimitExceeded,

    /// Monthly call quota reached.
    #[code(
        42903,
        http = 429,
        module = "gateway",
        title = "Monthly Quota Exceeded",
        help = "Upgrade plan or wait next cycle."
    )]
    MonthlyQuotaExceeded,

    /// The service request failed to be processed.
    #[code(
        50201,
        http = 502,
        module = "gateway",
        title = "Service Temporarily Unavailable",
        help = "Please try again later."
    )]
    ServiceRequestFailed,

    /// Global protection limit is triggered.
    #[code(
        50301,
        http = 503,
        module = "gateway",
        title = "Global Throttle Triggered",
        help = "Retry after a short wait."
    )]
    GlobalThrottleTriggered,

    /// Image captcha is invalid.
    #[code(
        40001,
        http = 400,
        module = "auth",
        title = "Invalid Captcha",
        help = "Refresh captcha and try again."
    )]
    InvalidCaptcha,

    /// Captcha is required for this operation.
    #[code(
        40002,
        http = 400,
        module = "auth",
        title = "Captcha Required",
        help = "Submit captcha value."
    )]
    CaptchaRequired,

    /// Email is already registered.
    #[code(
        40003,
        http = 400,
        module = "auth",
        title = "Email Exists",
        help = "Use login or reset password."
    )]
    EmailExists,

    /// Email verification code is invalid or expired.
    #[code(
        40004,
        http = 400,
        module = "auth",
        title = "Email Code Invalid",
        help = "Request a new email code."
    )]
    EmailCodeInvalid,

    /// Password length is below minimum requirement.
    #[code(
        40005,
        http = 400,
        module = "auth",
        title = "Password Too Short",
        help = "Use at least 6 characters."
    )]
    PasswordTooShort,

    /// Reset token is invalid or expired.
    #[code(
        40006,
        http = 400,
        module = "auth",
        title = "Token Invalid",
        help = "Request a new reset token."
    )]
    TokenInvalid,

    /// Plan type or plan name is invalid.
    #[code(
        40007,
        http = 400,
        module = "auth",
        title = "Invalid Plan Type",
        help = "Use a valid plan from `/myapi/plans`."
    )]
    InvalidPlanType,

    /// Verification code requested too frequently.
    #[code(
        40008,
        http = 400,
        module = "auth",
        title = "Email Code Cooldown",
        help = "Wait for cooldown and retry."
    )]
    EmailCodeCooldown,

    /// Email/password verification failed.
    #[code(
        40111,
        http = 401,
        module = "auth",
        title = "Invalid Password",
        help = "Check credentials and retry."
    )]
    InvalidPassword,

    /// Email does not exist.
    #[code(
        40401,
        http = 404,
        module = "auth",
        title = "Email Not Found",
        help = "Check email address or register first."
    )]
    EmailNotFound,

    /// User record does not exist.
    #[code(
        40402,
        http = 404,
        module = "auth",
        title = "User Not Found",
        help = "Verify login state and user ID."
    )]
    UserNotFound,

    /// Failed to send verification email.
    #[code(
        50011,
        http = 500,
        module = "auth",
        title = "Email Send Failed",
        help = "Retry later."
    )]
    EmailSendFailed,

    /// Order has expired before payment.
    #[code(
        40021,
        http = 400,
        module = "payment",
        title = "Order Expired",
        help = "Create a new order."
    )]
    OrderExpired,

    /// Order is not in pending state.
    #[code(
        40022,
        http = 400,
        module = "payment",
        title = "Order Not Pending",
        help = "Check order status before checkout."
    )]
    OrderNotPending,

    /// Subscription mode only supports card payment.
    #[code(
        40023,
        http = 400,
        module = "payment",
        title = "Subscription Card Only",
        help = "Use `credit_card` payment method."
    )]
    SubscriptionCardOnly,

    /// Payment method is not supported.
    #[code(
        40024,
        http = 400,
        module = "payment",
        title = "Unsupported Payment",
        help = "Choose a supported payment method."
    )]
    UnsupportedPayment,

    /// Only paid subscription orders can be cancelled.
    #[code(
        40025,
        http = 400,
        module = "payment",
        title = "Order Not Paid Subscription",
        help = "Cancel only paid subscription orders."
    )]
    OrderNotPaidSubscription,

    /// Current order is not a subscription order.
    #[code(
        40026,
        http = 400,
        module = "payment",
        title = "Not Subscription Order",
        help = "Check billing mode before cancel request."
    )]
    NotSubscriptionOrder,

    /// Subscription cancel endpoint only supports Stripe subscriptions.
    #[code(
        40027,
        http = 400,
        module = "payment",
        title = "Stripe Only Cancel",
        help = "Use Stripe subscription orders for this endpoint."
    )]
    StripeOnlyCancel,

    /// Subscription ID is missing for this order.
    #[code(
        40028,
        http = 400,
        module = "payment",
        title = "Subscription ID Missing",
        help = "Wait for webhook sync or retry later."
    )]
    SubscriptionIdMissing,

    /// You do not own this resource.
    #[code(
        40302,
        http = 403,
        module = "payment",
        title = "Forbidden Resource",
        help = "Use the resource under your own account."
    )]
    ForbiddenResource,

    /// Order record does not exist.
    #[code(
        40411,
        http = 404,
        module = "payment",
        title = "Order Not Found",
        help = "Verify `order_no` value."
    )]
    OrderNotFound,

    /// Failed to create payment checkout session.
    #[code(
        50021,
        http = 500,
        module = "payment",
        title = "Create Checkout Failed",
        help = "Retry later or use another payment method."
    )]
    CreateCheckoutFailed,

    /// Current provider does not support cancellation.
    #[code(
        50022,
        http = 500,
        module = "payment",
        title = "Cancel Unsupported",
        help = "Use supported provider or contact support."
    )]
    CancelUnsupported,

    /// Subscription cancellation failed.
    #[code(
        50023,
        http = 500,
        module = "payment",
        title = "Cancel Subscription Failed",
        help = "Retry later; if persistent, contact support."
    )]
    CancelSubscriptionFailed,
}
