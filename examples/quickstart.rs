//! The main job in one page: declare a documented catalogue once (here the
//! gateway and auth modules of an API's published error table), then look
//! codes up both ways, find the module of a raw code, and print the table.
//!
//! Run it with `cargo run --example quickstart`.

use error_codes::ErrorCatalog;

/// The business error codes of the gateway and auth modules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    name = "Gateway",
    module(name = "auth", title = "Auth", ranges(40001..=40111, 40401..=40402, 50011)),
    module(name = "gateway", title = "Gateway", ranges(40101..=40301, 42901..=42903, 50201, 50301)),
)]
pub enum GatewayError {
    #[code(
        200,
        success,
        http = 200,
        title = "Success",
        help = "Use `data` for business payload."
    )]
    /// Request processed successfully.
    Success,

    // Auth: login/register, captcha/email code, password reset/change.
    /// Image captcha is invalid.
    #[code(
        40001,
        http = 400,
        title = "Invalid Captcha",
        help = "Refresh captcha and try again."
    )]
    InvalidCaptcha,
    /// Captcha is required for this operation.
    #[code(
        40002,
        http = 400,
        title = "Captcha Required",
        help = "Submit captcha value."
    )]
    CaptchaRequired,
    /// Email is already registered.
    #[code(
        40003,
        http = 400,
        title = "Email Exists",
        help = "Use login or reset password."
    )]
    EmailExists,
    /// Email verification code is invalid or expired.
    #[code(
        40004,
        http = 400,
        title = "Email Code Invalid",
        help = "Request a new email code."
    )]
    EmailCodeInvalid,
    /// Password length is below minimum requirement.
    #[code(
        40005,
        http = 400,
        title = "Password Too Short",
        help = "Use at least 6 characters."
    )]
    PasswordTooShort,
    /// Reset token is invalid or expired.
    #[code(
        40006,
        http = 400,
        title = "Token Invalid",
        help = "Request a new reset token."
    )]
    TokenInvalid,
    /// Plan type or plan name is invalid.
    #[code(
        40007,
        http = 400,
        title = "Invalid Plan Type",
        help = "Use a valid plan from `/myapi/plans`."
    )]
    InvalidPlanType,
    /// Verification code requested too frequently.
    #[code(
        40008,
        http = 400,
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
        title = "Email Not Found",
        help = "Check email address or register first."
    )]
    EmailNotFound,
    /// User record does not exist.
    #[code(
        40402,
        http = 404,
        title = "User Not Found",
        help = "Verify login state and user ID."
    )]
    UserNotFound,
    /// Failed to send verification email.
    #[code(50011, http = 500, title = "Email Send Failed", help = "Retry later.")]
    EmailSendFailed,

    // Gateway: API key auth, credits check, rate limit, provider request failures.
    // 40101..=40103 lie in both modules' ranges, so they name theirs.
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
        title = "Insufficient Balance",
        help = "Recharge or upgrade plan and retry."
    )]
    InsufficientBalance,
    /// Account is frozen or restricted.
    #[code(
        40301,
        http = 403,
        title = "Account Frozen",
        help = "Contact support to restore account."
    )]
    AccountFrozen,
    /// Per-second rate limit exceeded.
    #[code(
        42901,
        http = 429,
        title = "RPS Limit Exceeded",
        help = "Reduce request burst and retry with backoff."
    )]
    RpsLimitExceeded,
    /// Per-hour rate limit exceeded.
    #[code(
        42902,
        http = 429,
        title = "RPH Limit Exceeded",
        help = "Lower request frequency."
    )]
    RphLimitExceeded,
    /// Monthly call quota reached.
    #[code(
        42903,
        http = 429,
        title = "Monthly Quota Exceeded",
        help = "Upgrade plan or wait next cycle."
    )]
    MonthlyQuotaExceeded,
    /// The service request failed to be processed.
    #[code(
        50201,
        http = 502,
        title = "Service Temporarily Unavailable",
        help = "Please try again later."
    )]
    ServiceTemporarilyUnavailable,
    /// Global protection limit is triggered.
    #[code(
        50301,
        http = 503,
        title = "Global Throttle Triggered",
        help = "Retry after a short wait."
    )]
    GlobalThrottleTriggered,
}

fn main() {
    // Variant -> code, message, HTTP status, and the whole documented entry.
    let error = GatewayError::ApiKeyMissing;
    println!(
        "{error:?}: code {}, HTTP {:?}",
        error.code(),
        error.http_status()
    );
    println!("  message: {error}");
    println!("  help:    {}", error.entry().help.unwrap_or("-"));

    // Code -> variant, as a client does with a code a server sent.
    for code in [42901, 40104] {
        match GatewayError::from_code(code) {
            Some(error) => println!("code {code} is {error:?}: {error}"),
            None => println!("code {code} is not declared"),
        }
    }

    // A raw code that is not declared still has a module by the declared ranges.
    let raw = 40104;
    if let Some(module) = GatewayError::module_of(raw) {
        println!(
            "code {raw} falls in module `{}` ({})",
            module.name,
            module.title.unwrap_or("untitled")
        );
    }
    println!(
        "the success entry: {:?}",
        GatewayError::success().map(|e| e.code)
    );

    // The whole catalogue, sorted by code, as a readable table.
    println!();
    println!(
        "{} error codes ({} modules)",
        GatewayError::NAME,
        GatewayError::modules().len()
    );
    println!(
        "{:>6}  {:<4}  {:<8}  {:<32}  message",
        "code", "http", "module", "title"
    );
    for entry in GatewayError::entries() {
        println!(
            "{:>6}  {:<4}  {:<8}  {:<32}  {}",
            entry.code,
            entry.http.map_or_else(|| "-".to_owned(), |s| s.to_string()),
            entry.module.unwrap_or("-"),
            entry.title.unwrap_or("-"),
            entry.message,
        );
    }
}
