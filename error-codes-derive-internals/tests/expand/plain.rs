/// A catalogue with modules, inherited HTTP statuses, a success entry and
/// a renamed envelope.
#[catalog(
    name = "Gateway",
    http = 200,
    module(name = "auth", title = "Auth", http = 401, ranges(40001..=40111, 50011)),
    envelope(code = "errcode", message = "errmsg"),
)]
pub enum GatewayError {
    #[code(0, success, message = "ok")]
    Success,
    /// Image captcha is invalid.
    #[code(40001, http = 400, title = "Invalid Captcha", help = "Refresh it.")]
    InvalidCaptcha,
    /// Login session is missing or invalid.
    #[code(40101, symbol = "SESSION_INVALID", group = "Session")]
    UnauthorizedSession,
    #[code(-1, message = "System busy")]
    Busy,
}
