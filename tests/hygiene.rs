//! The generated code is warning-free under the strictest settings a user
//! may have: `warnings`, `missing_docs`, and clippy's `all` and `pedantic`
//! groups (checked by `cargo clippy --all-targets -- -D warnings` in CI), with
//! user types named like the prelude's in scope. `tests/pass/hygiene.rs` checks
//! the same under plain rustc through trybuild.
#![deny(warnings, missing_docs)]
#![deny(clippy::all, clippy::pedantic)]

#[allow(dead_code)]
mod shadowing {
    pub struct Option;
    pub struct Result;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Box;
    pub struct String;
}

mod api {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::shadowing::*;
    use error_codes::ErrorCatalog;

    /// A catalogue with every kind of key.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    #[catalog(
        name = "Gateway",
        http = 200,
        module(name = "auth", ranges(40001..=40111, 50011), title = "Auth", http = 400),
        module(name = "gateway", ranges(40101..=40301)),
    )]
    pub enum GatewayError {
        /// ok
        #[code(0, success)]
        Ok,
        /// System busy
        #[code(-1, symbol = "SYSTEM_BUSY", help = "Retry.")]
        Busy,
        /// Image captcha is invalid.
        #[code(40001, title = "Invalid Captcha", group = "Captcha")]
        InvalidCaptcha,
        /// Login session is missing or invalid.
        #[code(40101, http = 401, module = "gateway")]
        UnauthorizedSession,
        /// Failed to send verification email.
        #[code(50011)]
        EmailSendFailed(&'static str),
    }
}

use api::GatewayError;
use error_codes::ErrorCatalog;

#[test]
fn generated_code_is_lint_clean_and_works() {
    assert_eq!(
        GatewayError::from_code(-1),
        ::core::option::Option::Some(GatewayError::Busy)
    );
    assert_eq!(GatewayError::EmailSendFailed("x").code(), 50011);
    assert_eq!(
        GatewayError::UnauthorizedSession.to_string(),
        "Login session is missing or invalid."
    );
}
