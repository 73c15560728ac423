//! The error codes of the Authing identity platform: 99 codes, exactly as its
//! "Error Codes" page writes them, answered in the envelope
//! `{message, code, data}` that the page shows.
//!
//! The page has one flat table: no modules, no HTTP statuses, no success
//! code. Two quirks are kept as documented: there is no code 2033, and 2227
//! and 2228 carry the same message (messages may repeat, codes may not); the
//! variant of 2228 is named after its code to tell the two apart.
//!
//! Enabled by the `authing` feature.
//!
//! ```
//! use error_codes::ErrorCatalog;
//! use error_codes::catalogues::authing::AuthingError;
//!
//! assert_eq!(AuthingError::from_code(2004), Some(AuthingError::UserNotFound));
//! assert_eq!(AuthingError::from_code(2033), None);
//! assert_eq!(
//!     AuthingError::OriginalMailboxVerificationRequired.message(),
//!     AuthingError::OriginalMailboxVerificationRequired2228.message(),
//! );
//! ```

use crate::ErrorCatalog;

/// The 99 error codes of the Authing identity platform: see the [module documentation](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(language = "en")]
#[non_exhaustive]
pub enum AuthingError {
    /// The system is busy, please try again later
    #[code(1000)]
    SystemBusy,

    /// No permission to perform this operation
    #[code(1001)]
    NoPermission,

    /// Account is abnormal, need to enter verification code
    #[code(2000)]
    AccountAbnormal,

    /// Verification code verification failed(Verification code error)
    #[code(2001)]
    VerificationCodeFailed,

    /// Monthly login quota has been used up
    #[code(2002)]
    MonthlyLoginQuotaExhausted,

    /// Incorrect email format when registering or logging in
    #[code(2003)]
    InvalidEmailFormatOnLogin,

    /// User does not exist
    #[code(2004)]
    UserNotFound,

    /// User has been locked
    #[code(2005)]
    UserLocked,

    /// Incorrect password
    #[code(2006)]
    IncorrectPassword,

    /// Illegal application name
    #[code(2007)]
    IllegalApplicationName,

    /// Has the same name application
    #[code(2008)]
    ApplicationNameTaken,

    /// Illegal application types
    #[code(2009)]
    IllegalApplicationType,

    /// The ID of the application that needs to provide the operation
    #[code(2010)]
    ApplicationIdRequired,

    /// Application does not exist
    #[code(2011)]
    ApplicationNotFound,

    /// Missing default user group
    #[code(2012)]
    MissingDefaultUserGroup,

    /// Illegal application description
    #[code(2013)]
    IllegalApplicationDescription,

    /// Wrong input format when searching for users
    #[code(2014)]
    InvalidUserSearchInput,

    /// Illegal search type when searching for users
    #[code(2015)]
    IllegalUserSearchType,

    /// Error decrypting client password
    #[code(2016)]
    ClientPasswordDecryptionFailed,

    /// Meta_data(macro) command error in parsing email template
    #[code(2017)]
    EmailTemplateMacroError,

    /// The user does not have permission to modify this content
    #[code(2018)]
    NoPermissionToModifyContent,

    /// Verification is required when changing the password
    #[code(2019)]
    PasswordChangeNeedsVerification,

    /// Not logged in yet, no permission to access this request
    #[code(2020)]
    NotLoggedIn,

    /// Failed to send mail, reason: unable to get mail template
    #[code(2021)]
    MailTemplateUnavailable,

    /// User mailbox verification failed, reason: unable to obtain email template
    #[code(2022)]
    MailboxVerificationTemplateUnavailable,

    /// User mailbox verification failed. Reason: verification link has expired and needs to be resent
    #[code(2023)]
    MailboxVerificationLinkExpired,

    /// Project description cannot exceed 140 words
    #[code(2024)]
    ProjectDescriptionTooLong,

    /// Error using default mail service provider
    #[code(2025)]
    DefaultMailServiceError,

    /// The user already exists, please do not register again
    #[code(2026)]
    UserAlreadyExists,

    /// OAuth registration, but try to log in with a password, because the password is not set, the authentication cannot be done, please log in via OAuth
    #[code(2027)]
    OauthUserHasNoPassword,

    /// Please provide the correct phone number or email address
    #[code(2028)]
    PhoneOrEmailRequired,

    /// Password length cannot be less than 6 digits
    #[code(2029)]
    PasswordTooShort,

    /// One-time query users cannot exceed 80 people
    #[code(2030)]
    TooManyUsersQueried,

    /// Application has banned registered users
    #[code(2031)]
    RegistrationDisabled,

    /// Password required for registration
    #[code(2032)]
    RegistrationPasswordRequired,

    /// Username already exists
    #[code(2034)]
    UsernameAlreadyExists,

    /// Mobile phone number has been bound
    #[code(2035)]
    PhoneAlreadyBound,

    /// User does not belong to this user pool
    #[code(2036)]
    UserNotInUserPool,

    /// The filled old mailbox does not match the actual mailbox
    #[code(2037)]
    OldMailboxMismatch,

    /// The filled-in old phone does not match the actual phone
    #[code(2038)]
    OldPhoneMismatch,

    /// The domain name has been taken
    #[code(2039)]
    DomainNameTaken,

    /// Headcount limit is full
    #[code(2040)]
    HeadcountLimitReached,

    /// Registration is too frequent, please try again later
    #[code(2100)]
    RegistrationTooFrequent,

    /// Please provide application ID
    #[code(2101)]
    ApplicationIdMissing,

    /// The mailbox already exists, please change one
    #[code(2200)]
    MailboxAlreadyExists,

    /// Please enter the original password
    #[code(2201)]
    OriginalPasswordRequired,

    /// The modified information does not belong to the current user
    #[code(2202)]
    InformationNotOwnedByUser,

    /// Original password error
    #[code(2203)]
    OriginalPasswordIncorrect,

    /// Incorrect email format
    #[code(2204)]
    InvalidEmailFormat,

    /// Missing parameter: registerInClient
    #[code(2205)]
    RegisterInClientMissing,

    /// Login information has expired, need to log in again
    #[code(2206)]
    LoginExpired,

    /// The login information is incorrect, please log in again
    #[code(2207)]
    LoginInformationIncorrect,

    /// Please change to a different mailbox from the existing one
    #[code(2208)]
    MailboxUnchanged,

    /// No permission to delete this user
    #[code(2209)]
    NoPermissionToDeleteUser,

    /// A wrong delete operation was performed, which may be due to the intention to delete a non-existent user, or other errors occurred during the deletion process
    #[code(2210)]
    DeleteOperationFailed,

    /// Missing parameter: username (user username)
    #[code(2211)]
    UsernameMissing,

    /// Cannot delete root user
    #[code(2212)]
    CannotDeleteRootUser,

    /// When trying to bind a third-party OAuth login method, it is found that this method has already been bound
    #[code(2213)]
    OauthMethodAlreadyBound,

    /// Failed to read the bound OAuth login method
    #[code(2214)]
    OauthMethodReadFailed,

    /// When trying to bind a third-party OAuth login method, the account to be bound has already been bound
    #[code(2215)]
    OauthAccountAlreadyBound,

    /// When trying to unbind the third-party OAuth login method, no such OAuth login has been bound
    #[code(2216)]
    OauthMethodNotBound,

    /// When trying to unbind the third-party OAuth login method or mailbox, there is only one login method, so it cannot be unbind
    #[code(2217)]
    LastLoginMethodCannotBeUnbound,

    /// When trying to modify the password, the mailbox is not bound, and modification is not allowed
    #[code(2218)]
    PasswordChangeNeedsMailbox,

    /// When trying to unbind the mailbox, the user did not bind the mailbox
    #[code(2219)]
    MailboxNotBound,

    /// When trying to create or update an OAuth application, this application name already exists
    #[code(2220)]
    OauthApplicationNameExists,

    /// When trying to update the OAuth application, the application does not exist
    #[code(2221)]
    OauthApplicationNotFound,

    /// When trying to create or update OAuth application information, a reserved domain name was used
    #[code(2222)]
    OauthReservedDomainName,

    /// When trying to create OAuth application information, a domain name that has already been used was used
    #[code(2223)]
    OauthDomainNameTaken,

    /// User pool does not exist
    #[code(2224)]
    UserPoolNotFound,

    /// The updateUser interface cannot directly modify the mailbox, please use the updateEmail interface
    #[code(2225)]
    UseUpdateEmail,

    /// The updateUser interface cannot directly modify the phone number, please use the updatePhone interface
    #[code(2226)]
    UseUpdatePhone,

    /// Modify the mailbox must verify the original mailbox
    #[code(2227)]
    OriginalMailboxVerificationRequired,

    /// Modify the mailbox must verify the original mailbox
    #[code(2228)]
    OriginalMailboxVerificationRequired2228,

    /// The new mailbox is the same as the old mailbox
    #[code(2229)]
    NewMailboxSameAsOld,

    /// The new phone number is the same as the old phone number
    #[code(2230)]
    NewPhoneSameAsOld,

    /// Incomplete request parameters!
    #[code(2231)]
    IncompleteRequestParameters,

    /// Verification code expired
    #[code(2300)]
    VerificationCodeExpired,

    /// Mobile application sso session does not exist
    #[code(2401)]
    MobileSsoSessionNotFound,

    /// Macro command execution error
    #[code(3012)]
    MacroExecutionError,

    /// Sending mail error, unknown error
    #[code(3013)]
    MailSendingError,

    /// Failed to send mail, reason: unable to obtain transporter
    #[code(3014)]
    MailTransporterUnavailable,

    /// No permission to add collaborators
    #[code(3617)]
    NoPermissionToAddCollaborators,

    /// No permission to add permission items
    #[code(3618)]
    NoPermissionToAddPermissionItems,

    /// No permission to view the user pool information for this user to participate in collaboration
    #[code(3619)]
    NoPermissionToViewCollaborationUserPool,

    /// Collaborator already exists
    #[code(3620)]
    CollaboratorAlreadyExists,

    /// No right to delete collaboration relationship
    #[code(3621)]
    NoPermissionToDeleteCollaboration,

    /// No access to view list of collaborators
    #[code(3622)]
    NoPermissionToListCollaborators,

    /// Collaboration does not exist
    #[code(3623)]
    CollaborationNotFound,

    /// No right to modify collaborators
    #[code(3624)]
    NoPermissionToModifyCollaborators,

    /// This second-level domain name is already occupied
    #[code(3829)]
    SubdomainTaken,

    /// OIDC application does not exist
    #[code(4212)]
    OidcApplicationNotFound,

    /// Failed to obtain the corresponding application of the order
    #[code(5000)]
    OrderApplicationNotFound,

    /// Order does not exist
    #[code(5001)]
    OrderNotFound,

    /// Failed to create order
    #[code(5022)]
    OrderCreationFailed,

    /// Failed to create Alipay order
    #[code(5023)]
    AlipayOrderCreationFailed,

    /// Failed to create order, unknown error
    #[code(5024)]
    OrderCreationUnknownError,

    /// Failed to create order: the price is illegal
    #[code(5025)]
    OrderPriceIllegal,

    /// SAML SP application does not exist
    #[code(7348)]
    SamlSpApplicationNotFound,

    /// An error occurred when returning to saml assertion
    #[code(8128)]
    SamlAssertionError,
}
