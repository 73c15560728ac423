//! A catalogue with translations compiles without a warning in a crate
//! that denies them, and reads them back.
#![deny(warnings, missing_docs)]
#![deny(clippy::all, clippy::pedantic)]

use error_codes::ErrorCatalog;

/// The API's errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(locales = "locales/translated")]
pub enum ApiError {
    /// Done.
    #[code(0, success, message = "ok")]
    Ok,
    /// Login session is missing or invalid.
    #[code(40101, http = 401)]
    Unauthorized,
}

/// A file named in lower case (`zh-hant.toml`), without the success.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(locales = "locales/lower_case", language = "en")]
pub enum Traditional {
    /// Done.
    #[code(0, success, message = "ok")]
    Ok,
    /// Login session is missing or invalid.
    #[code(40101, http = 401)]
    Unauthorized,
}

fn main() {
    // The tag in its conventional case, as `Content-Language` says it.
    assert_eq!(Traditional::LOCALES, ["zh-Hant"]);
    assert_eq!(Traditional::Unauthorized.message_in("zh-TW"), "登入工作階段遺失或無效。");
    assert_eq!(Traditional::Ok.message_in("zh-TW"), "ok");
    assert_eq!(Traditional::Ok.entry().translations().count(), 0);

    assert_eq!(ApiError::LOCALES, ["zh-CN"]);
    assert_eq!(ApiError::Unauthorized.message_in("zh-CN"), "登录会话缺失或无效。");
    // `zh-Hans-CN` (what Edge sends) is the file `zh-CN`, by CLDR likely subtags.
    assert_eq!(ApiError::Unauthorized.message_in("zh-Hans-CN"), "登录会话缺失或无效。");
}
