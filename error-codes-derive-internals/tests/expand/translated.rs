/// Messages in two languages, from `locales/fr.toml` and `locales/zh-CN.toml`.
#[catalog(locales = "tests/expand/locales")]
pub enum AuthError {
    #[code(0, success, message = "ok")]
    Ok,
    /// Login session is missing or invalid.
    #[code(40101, http = 401)]
    Unauthorized,
}
