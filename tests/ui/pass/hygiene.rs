//! The generated code compiles without a warning in a crate that denies
//! warnings, missing docs and clippy's `all` and `pedantic` groups, and that
//! has its own `Option`, `Result`, `Some`, `None`, `Ok`, `Err`, `Box` and
//! `String` (and `Status`, `HttpResponse`, `ResponseError`, `Response`, a
//! `tonic`, an `actix_web` and an `axum` module) in scope. trybuild builds it as a program with rustc
//! (`tests/ui.rs`); `tests/hygiene.rs` includes it as a module, so that
//! `cargo clippy --all-targets -- -D warnings` lints it too.
#![deny(warnings, missing_docs)]
#![deny(clippy::all, clippy::pedantic)]

mod shadowing {
    #![allow(dead_code)]
    pub struct Option;
    pub struct Result;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Box;
    pub struct String;
    pub struct Entry;
    pub struct Module;
    pub struct Status;
    pub struct HttpResponse;
    pub struct ResponseError;
    pub struct Response;
    pub mod tonic {}
    pub mod actix_web {}
    pub mod axum {}
    pub trait Display {}
    pub trait Error {}
}

mod api {
    #![allow(unused_imports)]
    use super::shadowing::*;
    use error_codes::ErrorCatalog;

    /// The catalogue under test.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    #[catalog(
        name = "Gateway",
        http = 200,
        envelope(code = "errcode", message = "errmsg"),
        module(name = "auth", ranges(40001..=40111, 50011), title = "Auth", http = 400, grpc = "UNAUTHENTICATED", description = "Every key of a module, so that nothing is left to `..BLANK` (clippy's `needless_update`)."),
    )]
    pub enum GatewayError {
        /// ok
        #[code(0, success)]
        Ok,
        /// System busy
        #[code(-1)]
        Busy,
        /// Image captcha is invalid.
        #[code(
            40001,
            title = "Invalid Captcha",
            help = "Refresh captcha and try again."
        )]
        InvalidCaptcha,
        /// Carries data (written as its detail): not built from a code.
        #[code(50011, group = "Email", data)]
        EmailSendFailed {
            /// The address.
            to: &'static str,
        },
    }

    /// A generic catalogue: the derive keeps the user's generics (no
    /// `'static` bound needed).
    #[derive(Debug, ErrorCatalog)]
    pub enum Wrapped<T> {
        /// It failed.
        #[code(1)]
        Failed(T),
    }

    /// A composition: own codes, two composed catalogues (one in a module).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    #[catalog(module(name = "quiet", ranges(5..=9)))]
    pub enum Composed {
        /// Own.
        #[code(-3)]
        Own,
        /// Its success (without one, 0 would be, and the gateway's 0 would
        /// read as a success).
        #[code(-4, success)]
        Fine,
        /// The gateway.
        #[code(transparent)]
        Gateway(GatewayError),
        /// Quiet ones.
        #[code(transparent, module = "quiet")]
        Quiet(Quiet),
    }

    /// Only composed catalogues, nested.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    pub enum Nested {
        /// Its success.
        #[code(-5, success)]
        Fine,
        /// The composition above.
        #[code(transparent)]
        Composed(Composed),
    }

    /// No display: the user brings their own `Display`.
    #[derive(Debug, ErrorCatalog)]
    #[catalog(display = false)]
    #[derive(Clone, Copy, PartialEq, Eq)]
    pub enum Quiet {
        /// Quiet.
        #[code(7)]
        Quiet,
    }

    impl core::fmt::Display for Quiet {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("quiet")
        }
    }
}

/// Uses what the derive generated.
pub fn main() {
    use error_codes::ErrorCatalog;
    assert_eq!(
        api::GatewayError::from_code(-1),
        ::core::option::Option::Some(api::GatewayError::Busy)
    );
    assert_eq!(api::Wrapped::<u8>::Failed(1).code(), 1);
    assert_eq!(
        <api::GatewayError as ErrorCatalog>::ENVELOPE.code,
        "errcode"
    );
    assert_eq!(api::Quiet::Quiet.code(), 7);
    assert_eq!(
        api::Nested::from_code(7),
        ::core::option::Option::Some(api::Nested::Composed(api::Composed::Quiet(
            api::Quiet::Quiet
        )))
    );
    assert_eq!(
        api::Nested::lookup(-3).map(|entry| entry.name),
        ::core::option::Option::Some("Own")
    );
}
