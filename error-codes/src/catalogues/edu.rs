//! The error codes of an education platform's API (courses, leads, coupons,
//! orders): 58 codes in seven sections, exactly as its "Error Codes" page
//! writes them.
//!
//! Each section of the page is a module (`system`, `user`, `leads`, `coupon`,
//! `order`, `sku`, `corporation`), titled with the section's heading. The page
//! numbers its codes by section (10xxx are system errors, 20xxx user errors,
//! ..., 80xxx corporation errors) but declares no ranges, so each module
//! reserves its block of ten thousand codes: [`EduError::module_of`] places a
//! raw code such as 10011 in `system`.
//!
//! Enabled by the `edu` feature.
//!
//! ```
//! use error_codes::ErrorCatalog;
//! use error_codes::catalogues::edu::EduError;
//!
//! assert_eq!(EduError::from_code(40001), Some(EduError::CouponNotFound));
//! assert_eq!(EduError::CouponNotFound.message(), "The coupon does not exist.");
//! assert_eq!(EduError::module_of(40999).and_then(|m| m.title), Some("Coupon Errors"));
//! ```

use crate::ErrorCatalog;

/// The 58 error codes of the education platform: see the [module documentation](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    language = "en",
    module(name = "system", title = "System Errors", ranges(10000..=19999)),
    module(name = "user", title = "User Errors", ranges(20000..=29999)),
    module(name = "leads", title = "Leads / Application / Order Errors", ranges(30000..=39999)),
    module(name = "coupon", title = "Coupon Errors", ranges(40000..=49999)),
    module(name = "order", title = "Order / Payment Errors", ranges(50000..=59999)),
    module(name = "sku", title = "SKU Errors", ranges(60000..=69999)),
    module(name = "corporation", title = "Corporation Errors", ranges(80000..=89999)),
)]
#[non_exhaustive]
pub enum EduError {
    /// An unspecified system error has occurred.
    #[code(10001)]
    UnspecifiedSystemError,

    /// There is an issue with the provided parameters.
    #[code(10002)]
    InvalidParameters,

    /// The required parameter cannot be empty.
    #[code(10003)]
    RequiredParameterEmpty,

    /// The parameter type is incorrect.
    #[code(10004)]
    ParameterTypeIncorrect,

    /// The access_token should not be empty.
    #[code(10005)]
    AccessTokenEmpty,

    /// The app_id should not be empty.
    #[code(10006)]
    AppIdEmpty,

    /// The app_secret should not be empty.
    #[code(10007)]
    AppSecretEmpty,

    /// The access_token has expired.
    #[code(10008)]
    AccessTokenExpired,

    /// There was an error in obtaining the access_token.
    #[code(10009)]
    AccessTokenFetchFailed,

    /// Insufficient permissions to perform the operation.
    #[code(10010)]
    InsufficientPermissions,

    /// Time stamp is invalid
    #[code(10020)]
    InvalidTimestamp,

    /// The requested URL does not exist.
    #[code(10090)]
    UrlNotFound,

    /// The URL already exists.
    #[code(10091)]
    UrlAlreadyExists,

    /// The URL type does not exist or is incorrect.
    #[code(10092)]
    UrlTypeInvalid,

    /// The user does not exist.
    #[code(20001)]
    UserNotFound,

    /// The user already exists.
    #[code(20002)]
    UserAlreadyExists,

    /// The user is not authorized.
    #[code(20003)]
    UserNotAuthorized,

    /// The user is not logged in.
    #[code(20004)]
    UserNotLoggedIn,

    /// The user's password is incorrect.
    #[code(20005)]
    UserPasswordIncorrect,

    /// The user's email already exists.
    #[code(20006)]
    UserEmailAlreadyExists,

    /// The user's phone number already exists.
    #[code(20007)]
    UserPhoneAlreadyExists,

    /// The user's email does not exist.
    #[code(20008)]
    UserEmailNotFound,

    /// The user's phone number does not exist.
    #[code(20009)]
    UserPhoneNotFound,

    /// The password provided is incorrect.
    #[code(20010)]
    PasswordIncorrect,

    /// The user is not active.
    #[code(20011)]
    UserNotActive,

    /// The user is not verified.
    #[code(20012)]
    UserNotVerified,

    /// Verification of the user failed.
    #[code(20013)]
    UserVerificationFailed,

    /// The user has exceeded the limit for binding phone numbers.
    #[code(20014)]
    PhoneBindingLimitExceeded,

    /// The verification code for the user has expired.
    #[code(20015)]
    VerificationCodeExpired,

    /// The verification code for the user is incorrect.
    #[code(20016)]
    VerificationCodeIncorrect,

    /// There was an issue with getting the verification code.
    #[code(20017)]
    VerificationCodeFetchFailed,

    /// The verification code has been sent too frequently.
    #[code(20018)]
    VerificationCodeTooFrequent,

    /// The phone number format is incorrect.
    #[code(20019)]
    PhoneFormatIncorrect,

    /// The email format is incorrect.
    #[code(20020)]
    EmailFormatIncorrect,

    /// Authorization with WeChat has failed.
    #[code(20021)]
    WechatAuthorizationFailed,

    /// The leads do not exist.
    #[code(30001)]
    LeadsNotFound,

    /// The leads already exist.
    #[code(30002)]
    LeadsAlreadyExist,

    /// The leads are not authorized.
    #[code(30003)]
    LeadsNotAuthorized,

    /// The leads have already been applied for.
    #[code(30004)]
    LeadsAlreadyApplied,

    /// The leads have not been applied for.
    #[code(30005)]
    LeadsNotApplied,

    /// The leads have already been ordered.
    #[code(30006)]
    LeadsAlreadyOrdered,

    /// The coupon does not exist.
    #[code(40001)]
    CouponNotFound,

    /// The coupon has expired.
    #[code(40002)]
    CouponExpired,

    /// The coupon cannot be used for this course.
    #[code(40003)]
    CouponNotApplicableToCourse,

    /// There is an error in the coupon configuration.
    #[code(40004)]
    CouponConfigurationError,

    /// The coupon usage has exceeded the limit.
    #[code(40005)]
    CouponUsageLimitExceeded,

    /// There is an error in the coupon amount.
    #[code(40006)]
    CouponAmountError,

    /// The order does not exist.
    #[code(50001)]
    OrderNotFound,

    /// The order has already been completed.
    #[code(50002)]
    OrderAlreadyCompleted,

    /// The order has been canceled.
    #[code(50003)]
    OrderCanceled,

    /// There is an error in the order status.
    #[code(50004)]
    OrderStatusError,

    /// The order has been canceled or has used a coupon.
    #[code(50005)]
    OrderCanceledOrCouponUsed,

    /// The order does not support installment.
    #[code(50006)]
    InstallmentNotSupported,

    /// The school information does not exist.
    #[code(60001)]
    SchoolNotFound,

    /// The course information does not exist.
    #[code(60002)]
    CourseNotFound,

    /// The class information does not exist.
    #[code(60003)]
    ClassNotFound,

    /// Corp_id is required.
    #[code(80000)]
    CorpIdRequired,

    /// Corporation not found.
    #[code(80001)]
    CorporationNotFound,
}
