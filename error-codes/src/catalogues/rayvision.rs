//! The exception codes of the Rayvision render API: 49 codes with their
//! symbols, exactly as its "Exception code" table writes them; 200 `SUCCESS`
//! is the success code.
//!
//! Every symbol is kept as documented, typos and mixed case included
//! (`VINSUFFICIENT_PERMISSIONS`, `VALIDATE_COMMOM_CODE_ERROR`, `APIError`,
//! `RayvisionError`), and so is every description ("unsupport agent").
//! Three rows of the page slipped a column, the first word of the description
//! printed in the symbol column; they are read as the symbol and the whole
//! description: 812 `ACCOUNT_LOGIN_IPLIMITFAIL` "IP address is prohibited",
//! 813 `ACCOUNT_QQ_FAIL` "QQ login failed", 815 `ACCOUNT_UNIONID_EXISTS`
//! "UNIONID already exists".
//!
//! Variant names are the symbols in PascalCase, with the typos fixed
//! (`InsufficientPermissions`, `ValidateCommonCodeError`) and words split
//! (`AccountUnionIdFail`, `PayMethodNotSupport`); 1000000 `RayvisionError` is
//! `PythonException` (its description), since a variant named like its enum
//! reads badly.
//!
//! Enabled by the `rayvision` feature.
//!
//! ```
//! use error_codes::ErrorCatalog;
//! use error_codes::catalogues::rayvision::RayvisionError;
//!
//! let error = RayvisionError::InsufficientPermissions;
//! assert_eq!((error.code(), error.entry().symbol), (605, "VINSUFFICIENT_PERMISSIONS"));
//! assert_eq!(RayvisionError::lookup(812).map(|e| e.message), Some("IP address is prohibited"));
//! assert_eq!(RayvisionError::success().map(|e| e.symbol), Some("SUCCESS"));
//! ```

use crate::ErrorCatalog;

/// The 49 exception codes of the Rayvision render API: see the [module documentation](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(language = "en")]
#[non_exhaustive]
pub enum RayvisionError {
    /// failed
    #[code(100, symbol = "FAIL")]
    Fail,

    /// returns successfully
    #[code(200, symbol = "SUCCESS", success)]
    Success,

    /// error request
    #[code(400, symbol = "APIError")]
    ApiError,

    /// no permission
    #[code(403, symbol = "FORBIDDEN")]
    Forbidden,

    /// resource does not exist
    #[code(404, symbol = "RESOURCE_NOT_FOUND")]
    ResourceNotFound,

    /// server processing failed
    #[code(500, symbol = "INTERNAL_ERROR")]
    InternalError,

    /// illegal parameter
    #[code(600, symbol = "PARAMETER_INVALID")]
    ParameterInvalid,

    /// missing required parameters
    #[code(601, symbol = "PARAMETER_CANT_BE_EMPTY")]
    ParameterCantBeEmpty,

    /// requires user login
    #[code(602, symbol = "NEED_USER_LOGIN")]
    NeedUserLogin,

    /// illegal request
    #[code(603, symbol = "ILLEGAL_PROTOCOL")]
    IllegalProtocol,

    /// mobile verification code error
    #[code(604, symbol = "VALIDATE_CODE_ERROR")]
    ValidateCodeError,

    /// insufficient permissions
    #[code(605, symbol = "VINSUFFICIENT_PERMISSIONS")]
    InsufficientPermissions,

    /// verification code error
    #[code(606, symbol = "VALIDATE_COMMOM_CODE_ERROR")]
    ValidateCommonCodeError,

    /// verification code failed to send
    #[code(607, symbol = "VALIDATE_SEND_CODE_ERROR")]
    ValidateSendCodeError,

    /// no more records
    #[code(700, symbol = "DO_NOT_HAVE_ANY_MORE_RECORD")]
    DoNotHaveAnyMoreRecord,

    /// account does not exist
    #[code(800, symbol = "ACCOUNT_BINDING_USER_NULL")]
    AccountBindingUserNull,

    /// device not bound
    #[code(801, symbol = "ACCOUNT_NOT_BINDING")]
    AccountNotBinding,

    /// device binding failed
    #[code(802, symbol = "ACCOUNT_BINDING_FAIL")]
    AccountBindingFail,

    /// account disabled
    #[code(804, symbol = "ACCOUNT_LOCKED")]
    AccountLocked,

    /// username/password invalid
    #[code(805, symbol = "ACCOUNT_USERNAME_PASSWORD_FAIL")]
    AccountUsernamePasswordFail,

    /// account is not bound to a third-party user
    #[code(806, symbol = "ACCOUNT_UNIONID_FAIL")]
    AccountUnionIdFail,

    /// phone number is not bound to a third-party user
    #[code(807, symbol = "ACCOUNT_PHONE_FAIL")]
    AccountPhoneFail,

    /// phone number is already bound to other user
    #[code(808, symbol = "ACCOUNT_UNIONID_PHONE")]
    AccountUnionIdPhone,

    /// Wechat login failed
    #[code(809, symbol = "ACCOUNT_WEIXIN_FAIL")]
    AccountWeixinFail,

    /// Weibo login failed
    #[code(810, symbol = "ACCOUNT_WEIBO_FAIL")]
    AccountWeiboFail,

    /// logout failed
    #[code(811, symbol = "ACCOUNT_LOGOUT_FAIL")]
    AccountLogoutFail,

    /// IP address is prohibited
    #[code(812, symbol = "ACCOUNT_LOGIN_IPLIMITFAIL")]
    AccountLoginIpLimitFail,

    /// QQ login failed
    #[code(813, symbol = "ACCOUNT_QQ_FAIL")]
    AccountQqFail,

    /// unable to select common software repeatedly
    #[code(814, symbol = "NOREPEAT_SELECT_SOFTWARE")]
    NoRepeatSelectSoftware,

    /// UNIONID already exists
    #[code(815, symbol = "ACCOUNT_UNIONID_EXISTS")]
    AccountUnionIdExists,

    /// phone number already exists
    #[code(900, symbol = "VALIDATE_PHONE_FAIL")]
    ValidatePhoneFail,

    /// mailbox already exists
    #[code(901, symbol = "VALIDATE_EMAIL_FAIL")]
    ValidateEmailFail,

    /// username already exists
    #[code(902, symbol = "VALIDATE_USERNAME_FAIL")]
    ValidateUsernameFail,

    /// mailbox is not bound to an account
    #[code(903, symbol = "ACCOUNT_EMAIL_FAIL")]
    AccountEmailFail,

    /// unsupported currency
    #[code(904, symbol = "CURRENCY_NOT_SUPPORT")]
    CurrencyNotSupport,

    /// unsupport agent
    #[code(905, symbol = "AGENT_NOT_SUPPORT")]
    AgentNotSupport,

    /// please enter a reasonable recharge value
    #[code(906, symbol = "AMOUNT_NOT_SUPPORT")]
    AmountNotSupport,

    /// coupon code is not supported
    #[code(908, symbol = "COUPONNO_NOT_SUPPORT")]
    CouponNoNotSupport,

    /// unsupported payment method
    #[code(909, symbol = "PAYMETHOD_NOT_SUPPORT")]
    PayMethodNotSupport,

    /// invoice order unavailable
    #[code(910, symbol = "NO_INVOICE_ORDER")]
    NoInvoiceOrder,

    /// invoice order address unavailable
    #[code(911, symbol = "NO_INVOICE_ADDRESS")]
    NoInvoiceAddress,

    /// unable to delete a sub-user with executing tasks
    #[code(912, symbol = "SUBUSER_EXISTS_TASKS")]
    SubuserExistsTasks,

    /// sub-user is overdue
    #[code(913, symbol = "SUBUSER_ARREARAGE")]
    SubuserArrearage,

    /// there is balance for the sub-user to be deleting
    #[code(914, symbol = "DELSUBUSER_EXISTS_BALANCE")]
    DelSubuserExistsBalance,

    /// invoice information unavailable
    #[code(915, symbol = "NO_INVOICE_TEMPLATE")]
    NoInvoiceTemplate,

    /// invoice type not match
    #[code(916, symbol = "RECEIPT_TYPE_ERROR")]
    ReceiptTypeError,

    /// no latest client version
    #[code(920, symbol = "NO_LATEST_VERSION")]
    NoLatestVersion,

    /// redis cache exception
    #[code(1000, symbol = "REDIS_CACHE_FAIL")]
    RedisCacheFail,

    /// python exception
    #[code(1000000, symbol = "RayvisionError")]
    PythonException,
}
