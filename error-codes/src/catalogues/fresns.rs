//! The error codes of the Fresns social platform: 252 codes, exactly as its
//! "Error Codes" page writes them; 0 "Successful" is the success code.
//!
//! Each section of the page is a module (`commons`, `headers`, `extensions`,
//! `systems`, `accounts`, `users`, `interactions`, `contents`, `editor`) and
//! each sub-heading a `group` ("Role", "Mark", "Publish", ...). The page
//! numbers codes by section (30xxx Commons, 31xxx Headers, ..., 38xxx Editor)
//! but declares no ranges, so each module reserves its block of a thousand
//! codes.
//!
//! Every message is also in Simplified Chinese (`zh-Hans`), as Fresns's
//! Chinese page writes it (`locales/fresns/zh-Hans.toml` in this crate):
//! `FresnsError::PlatformIdNotExist.message_in("zh-Hans")` is `"平台 ID 不存在"`.
//!
//! Enabled by the `fresns` feature.
//!
//! ```
//! use error_codes::ErrorCatalog;
//! use error_codes::catalogues::fresns::FresnsError;
//!
//! let error = FresnsError::PlatformIdNotExist;
//! assert_eq!((error.code(), error.message()), (31101, "Platform ID not exist"));
//! assert_eq!(error.entry().module, Some("headers"));
//! assert_eq!(FresnsError::RoleKycRequired.entry().group, Some("Role"));
//! assert_eq!(error.message_in("zh-Hans"), "平台 ID 不存在");
//! assert_eq!(error.message_in("zh-Hans-CN"), "平台 ID 不存在"); // then `zh-Hans`
//! # #[cfg(feature = "cldr")]
//! assert_eq!(error.message_in("zh-CN"), "平台 ID 不存在"); // `zh-CN` is `zh-Hans-CN` (feature `cldr`)
//! assert_eq!(error.message_in("en-GB"), "Platform ID not exist"); // the own language
//! assert_eq!(FresnsError::LANGUAGE, Some("en"));
//! assert_eq!(FresnsError::LOCALES, ["zh-Hans"]);
//! ```

use crate::ErrorCatalog;

/// The 252 error codes of the Fresns social platform: see the [module documentation](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    language = "en",
    locales = "locales/fresns",
    module(name = "commons", title = "Commons", ranges(30000..=30999)),
    module(name = "headers", title = "Headers", ranges(31000..=31999)),
    module(name = "extensions", title = "Extensions", ranges(32000..=32999)),
    module(name = "systems", title = "Systems", ranges(33000..=33999)),
    module(name = "accounts", title = "Accounts", ranges(34000..=34999)),
    module(name = "users", title = "Users", ranges(35000..=35999)),
    module(name = "interactions", title = "Interactions", ranges(36000..=36999)),
    module(name = "contents", title = "Contents", ranges(37000..=37999)),
    module(name = "editor", title = "Editor", ranges(38000..=38999)),
)]
#[non_exhaustive]
pub enum FresnsError {
    /// Successful
    #[code(0, success)]
    Successful,

    /// Parameter error
    #[code(30000)]
    ParameterError,

    /// Parameter missing error (mandatory parameters not passed)
    #[code(30001)]
    ParameterMissing,

    /// Parameter values do not meet the requirements (The parameter value is not the specified parameter value)
    #[code(30002)]
    ParameterValueInvalid,

    /// The parameter value is not in a valid Json array format
    #[code(30003)]
    ParameterNotJsonArray,

    /// The parameter value is not in a valid Json object format
    #[code(30004)]
    ParameterNotJsonObject,

    /// The two-choice parameter value cannot be passed to both parameters
    #[code(30005)]
    BothChoiceParametersPassed,

    /// Same old and new value, no change
    #[code(30006)]
    ValueUnchanged,

    /// Can't be empty
    #[code(30007)]
    CannotBeEmpty,

    /// Operation failed, please try again
    #[code(30008)]
    OperationFailed,

    /// Headers Error
    #[code(31000)]
    HeadersError,

    /// Platform ID not exist
    #[code(31101)]
    PlatformIdNotExist,

    /// Platform ID and Key do not match
    #[code(31102)]
    PlatformIdKeyMismatch,

    /// Platform ID does not match the account or user
    #[code(31103)]
    PlatformIdAccountMismatch,

    /// Version not exist
    #[code(31201)]
    VersionNotExist,

    /// Version and key do not match
    #[code(31202)]
    VersionKeyMismatch,

    /// App ID does not exist or is disabled
    #[code(31301)]
    AppIdNotExistOrDisabled,

    /// Signature error
    #[code(31302)]
    SignatureError,

    /// Signature expired
    #[code(31303)]
    SignatureExpired,

    /// The key does not have the right to request for the interface
    #[code(31304)]
    KeyNotEntitled,

    /// Read-only key are not entitled to request for the interface
    #[code(31305)]
    ReadOnlyKeyNotEntitled,

    /// Language tag incorrect
    #[code(31401)]
    LanguageTagIncorrect,

    /// Timezone incorrect
    #[code(31402)]
    TimezoneIncorrect,

    /// Account not logged in, Unable to use (AID is empty)
    #[code(31501)]
    AccountNotLoggedIn,

    /// Wrong account or record not exist
    #[code(31502)]
    AccountNotExist,

    /// Lost login token, Please login again (Token is empty)
    #[code(31503)]
    LoginTokenMissing,

    /// Login token is no longer valid, please login again (Token not enabled or expired)
    #[code(31504)]
    LoginTokenInvalid,

    /// Account login token are incorrect or do not exist (Account Token is incorrect)
    #[code(31505)]
    AccountTokenIncorrect,

    /// Login token is incorrect or does not exist, please login again.
    #[code(31506)]
    LoginTokenIncorrect,

    /// Login token has expired, please login again.
    #[code(31507)]
    LoginTokenExpired,

    /// There are multiple users for the current account, please select a user
    #[code(31508)]
    SelectUserRequired,

    /// User not logged in, Unable to use (UID is empty)
    #[code(31601)]
    UserNotLoggedIn,

    /// Wrong user or record not exist
    #[code(31602)]
    UserNotExist,

    /// User login token are incorrect or do not exist (User Token is incorrect)
    #[code(31603)]
    UserTokenIncorrect,

    /// The current user has set a PIN, please enter the PIN to log in
    #[code(31604)]
    UserPinRequired,

    /// Device information is not available (Device info is empty)
    #[code(31701)]
    DeviceInfoMissing,

    /// Wrong format of device information
    #[code(31702)]
    DeviceInfoMalformed,

    /// Missing IP information in device information
    #[code(31703)]
    DeviceInfoIpMissing,

    /// No service provider configured
    #[code(32100)]
    NoServiceProviderConfigured,

    /// The service provider not exist
    #[code(32101)]
    ServiceProviderNotExist,

    /// The service provider not enabled
    #[code(32102)]
    ServiceProviderNotEnabled,

    /// Service provider config parameter is empty
    #[code(32103)]
    ServiceProviderConfigEmpty,

    /// S3 uploads are not supported by the storage provider
    #[code(32104)]
    S3UploadNotSupported,

    /// Storage service provider configuration exception, temporarily unable to upload file
    #[code(32105)]
    StorageProviderConfigException,

    /// Wrong ID or record not exist
    #[code(32201)]
    RecordNotExist,

    /// Abnormal data: failed to be queried or data duplicated.
    #[code(32202)]
    AbnormalData,

    /// Record expired and invalid. Please try again.
    #[code(32203)]
    RecordExpired,

    /// Record used. Please try again.
    #[code(32204)]
    RecordUsedRetry,

    /// Record used. Can no longer be used.
    #[code(32205)]
    RecordUsed,

    /// Record content is empty
    #[code(32206)]
    RecordContentEmpty,

    /// No response from the service provider
    #[code(32301)]
    ServiceProviderNoResponse,

    /// Service provider processing failed
    #[code(32302)]
    ServiceProviderFailed,

    /// Callback error: data lost or wrong record
    #[code(32303)]
    CallbackError,

    /// Abnormal execution: file lost or wrong record
    #[code(32304)]
    AbnormalExecution,

    /// This interface or version has been disabled by the system and cannot be requested
    #[code(33100)]
    InterfaceDisabled,

    /// Request for the interface is forbidden under private mode
    #[code(33101)]
    PrivateModeForbidden,

    /// Site mode configuration error
    #[code(33102)]
    SiteModeConfigError,

    /// Verify code template unavailable or not exist
    #[code(33200)]
    VerifyCodeTemplateUnavailable,

    /// Send the Verify code too often, please try again later
    #[code(33201)]
    VerifyCodeTooOften,

    /// Verify code cannot be empty
    #[code(33202)]
    VerifyCodeEmpty,

    /// Verify code incorrect or expired
    #[code(33203)]
    VerifyCodeIncorrect,

    /// Content contains system banned words, please modify before submitting
    #[code(33301)]
    BannedWords,

    /// The length of the content exceeds the system limit, please reduce it and submit again
    #[code(33302)]
    ContentTooLong,

    /// IP error, not a valid IP address
    #[code(33400)]
    IpInvalid,

    /// The IP is abnormal and the details are not available
    #[code(33401)]
    IpAbnormal,

    /// The IP cannot be queried for details
    #[code(33402)]
    IpDetailsUnavailable,

    /// The IP has been disabled and the system cannot provide service
    #[code(33403)]
    IpDisabled,

    /// The IP is unknown.
    #[code(33404)]
    IpUnknown,

    /// Account cannot be empty
    #[code(34100)]
    AccountEmpty,

    /// Email incorrect
    #[code(34101)]
    EmailIncorrect,

    /// Phone number incorrect
    #[code(34102)]
    PhoneIncorrect,

    /// Country calling code error
    #[code(34103)]
    CountryCallingCodeError,

    /// The new password entered twice does not match
    #[code(34104)]
    NewPasswordMismatch,

    /// Password length incorrect
    #[code(34105)]
    PasswordLengthIncorrect,

    /// Password should contain numbers
    #[code(34106)]
    PasswordNeedsNumbers,

    /// Password should contain lowercase letters
    #[code(34107)]
    PasswordNeedsLowercase,

    /// Password should contain uppercase letters
    #[code(34108)]
    PasswordNeedsUppercase,

    /// Password should contain symbols
    #[code(34109)]
    PasswordNeedsSymbols,

    /// Email that do not support the domain
    #[code(34110)]
    EmailDomainNotSupported,

    /// Password cannot be empty
    #[code(34111)]
    PasswordEmpty,

    /// Password or verify code cannot be empty
    #[code(34112)]
    PasswordOrVerifyCodeEmpty,

    /// Birthday cannot be empty
    #[code(34113)]
    BirthdayEmpty,

    /// We are sorry, but according to our Terms of Use, you are not of legal age to use our services. This is to ensure that we comply with applicable laws and to protect the safety of all our users.
    #[code(34114)]
    UnderLegalAge,

    /// This registration channel has been closed and account registration through this function is prohibited
    #[code(34201)]
    RegistrationClosed,

    /// Registration with Email not supported
    #[code(34202)]
    EmailRegistrationNotSupported,

    /// Registration with Phone number not supported
    #[code(34203)]
    PhoneRegistrationNotSupported,

    /// The account has registered
    #[code(34204)]
    AccountRegistered,

    /// Email has been used
    #[code(34205)]
    EmailUsed,

    /// Phone number has been used
    #[code(34206)]
    PhoneUsed,

    /// Login with Email not supported
    #[code(34207)]
    EmailLoginNotSupported,

    /// Login with Phone number not supported
    #[code(34208)]
    PhoneLoginNotSupported,

    /// Account not exist
    #[code(34301)]
    AccountNotFound,

    /// Email not exist
    #[code(34302)]
    EmailNotExist,

    /// Phone number not exist
    #[code(34303)]
    PhoneNotExist,

    /// Incorrect account password
    #[code(34304)]
    AccountPasswordIncorrect,

    /// Incorrect account or wrong password
    #[code(34305)]
    AccountOrPasswordIncorrect,

    /// The error has exceeded the system limit. Please log in again 1 hour later
    #[code(34306)]
    LoginAttemptsExceeded,

    /// Current account disabled
    #[code(34307)]
    AccountDisabled,

    /// The account has been logged out
    #[code(34308)]
    AccountLoggedOut,

    /// Email bound
    #[code(34401)]
    EmailBound,

    /// Phone bound
    #[code(34402)]
    PhoneBound,

    /// Connect account error (Connected Token already exists)
    #[code(34403)]
    ConnectAccountError,

    /// Connect token is disabled
    #[code(34404)]
    ConnectTokenDisabled,

    /// You have already connected an account and cannot connect it again.
    #[code(34405)]
    AccountAlreadyConnected,

    /// Your account is not set up with an email and phone number, so after you are disconnected your account will be empty, and you will not be able to log in, so disconnect is disabled.
    #[code(34406)]
    DisconnectDisabled,

    /// Account wallet not exist or disabled
    #[code(34501)]
    WalletNotExistOrDisabled,

    /// Account wallet password is incorrect
    #[code(34502)]
    WalletPasswordIncorrect,

    /// The counterparty wallet not exist or disabled
    #[code(34503)]
    CounterpartyWalletNotExistOrDisabled,

    /// Wallet balance is not allowed to make payment
    #[code(34504)]
    WalletPaymentNotAllowed,

    /// The counterparty wallet balance is not allowed to make payment
    #[code(34505)]
    CounterpartyWalletPaymentNotAllowed,

    /// The closing balance not match with the wallet limit
    #[code(34506)]
    ClosingBalanceMismatch,

    /// The closing balance of the counterparty does not match with the wallet limit
    #[code(34507)]
    CounterpartyClosingBalanceMismatch,

    /// User UID or username cannot be empty
    #[code(35100)]
    UidOrUsernameEmpty,

    /// Could only be modified once within the specified number of days
    #[code(35101)]
    ModifiedTooRecently,

    /// Your username can only contain letters, numbers and single hyphens
    #[code(35102)]
    UsernameCharactersInvalid,

    /// Username length incorrect
    #[code(35103)]
    UsernameLengthIncorrect,

    /// Username does not meet the minimum length requirement
    #[code(35104)]
    UsernameTooShort,

    /// That username has been taken. Please choose another.
    #[code(35105)]
    UsernameTaken,

    /// The username contains block words
    #[code(35106)]
    UsernameBlockWords,

    /// Consider using a nickname without special characters so it’s accessible to even more people, including people who are blind or have low vision.
    #[code(35107)]
    NicknameSpecialCharacters,

    /// Nickname length incorrect
    #[code(35108)]
    NicknameLengthIncorrect,

    /// Nickname does not meet the minimum length requirement
    #[code(35109)]
    NicknameTooShort,

    /// The nickname contains block words
    #[code(35110)]
    NicknameBlockWords,

    /// That nickname has been taken. Please choose another.
    #[code(35111)]
    NicknameTaken,

    /// Current user not exist or not belong to the current account
    #[code(35201)]
    CurrentUserNotExist,

    /// Current user disabled
    #[code(35202)]
    CurrentUserDisabled,

    /// The user has been logged out
    #[code(35203)]
    UserLoggedOut,

    /// Incorrect User PIN
    #[code(35204)]
    UserPinIncorrect,

    /// Current user has no right to request
    #[code(35301)]
    UserNoRightToRequest,

    /// The user has expired and has no right to use the function
    #[code(35302)]
    UserExpired,

    /// User has expired and is not entitled to view current content
    #[code(35303)]
    UserExpiredCannotView,

    /// The content belongs to the new content after the expiration date, the current user has expired and does not have the right to view
    #[code(35304)]
    UserExpiredNewContent,

    /// You cannot specify a user to view the content
    #[code(35305)]
    CannotSpecifyViewer,

    /// The system has been opened in private mode, the current user has no authorization information
    #[code(35306)]
    PrivateModeUnauthorized,

    /// None of the selected users are eligible, the content is empty
    #[code(35400)]
    NoEligibleUsers,

    /// Wrong role or record not exist
    #[code(36100, group = "Role")]
    RoleNotExist,

    /// Current role not configured with permissions. Please contact the administrator to confirm.
    #[code(36101, group = "Role")]
    RoleWithoutPermissions,

    /// Current role has no right to make request
    #[code(36102, group = "Role")]
    RoleNoRightToRequest,

    /// Current role has no right to browse
    #[code(36103, group = "Role")]
    RoleNoRightToBrowse,

    /// Current role has no right to publish content
    #[code(36104, group = "Role")]
    RoleNoRightToPublish,

    /// There is a time limit for the current role to publish content. Please try again within specific time
    #[code(36105, group = "Role")]
    RolePublishTimeLimit,

    /// Current role has to have an email bound before publishing content
    #[code(36106, group = "Role")]
    RoleEmailRequired,

    /// Current role has to have a mobile phone number bound before publishing content
    #[code(36107, group = "Role")]
    RolePhoneRequired,

    /// KYC verify is required for current role to publish content
    #[code(36108, group = "Role")]
    RoleKycRequired,

    /// Current role has no right to upload images
    #[code(36109, group = "Role")]
    RoleNoRightToUploadImages,

    /// Current role has no right to upload videos
    #[code(36110, group = "Role")]
    RoleNoRightToUploadVideos,

    /// Current role has no right to upload audios
    #[code(36111, group = "Role")]
    RoleNoRightToUploadAudios,

    /// Current role has no right to upload files
    #[code(36112, group = "Role")]
    RoleNoRightToUploadFiles,

    /// File size exceeds the set limit
    #[code(36113, group = "Role")]
    FileSizeExceeded,

    /// File time length exceeds the set limit
    #[code(36114, group = "Role")]
    FileDurationExceeded,

    /// The number of files exceeds the set limit
    #[code(36115, group = "Role")]
    FileCountExceeded,

    /// Current role has no conversation message permission
    #[code(36116, group = "Role")]
    RoleNoConversationPermission,

    /// The current role has reached the upper limit of today download, please download again tomorrow.
    #[code(36117, group = "Role")]
    RoleDownloadLimitReached,

    /// The current number of characters has reached the maximum number and cannot be added
    #[code(36118, group = "Role")]
    CharacterLimitReached,

    /// Publish too fast, please post again at intervals. Please check the current role settings for details
    #[code(36119, group = "Role")]
    PublishTooFast,

    /// The daily publish limit has been reached, please publish again tomorrow
    #[code(36120, group = "Role")]
    DailyPublishLimitReached,

    /// This feature is not open and cannot be operated
    #[code(36200, group = "Mark")]
    FeatureNotOpen,

    /// The content is not open and cannot be viewed
    #[code(36201, group = "Mark")]
    ContentNotOpen,

    /// Cannot operate on yourself or your published content
    #[code(36202, group = "Mark")]
    CannotOperateOnSelf,

    /// Only the specified method of publication is supported, and this interface prohibits requests
    #[code(36300, group = "Publish")]
    PublishMethodNotSupported,

    /// Please have your email bound before publishing content
    #[code(36301, group = "Publish")]
    PublishEmailRequired,

    /// Please have your mobile phone number bound before publishing content
    #[code(36302, group = "Publish")]
    PublishPhoneRequired,

    /// Please go through the KYC verify process before publishing content
    #[code(36303, group = "Publish")]
    PublishKycRequired,

    /// The system has time limit for content publishing. Please try again within specified time
    #[code(36304, group = "Publish")]
    PublishTimeLimit,

    /// Post cannot be edited after publication
    #[code(36305, group = "Publish")]
    PostNotEditable,

    /// Comment can not be edited after publish
    #[code(36306, group = "Publish")]
    CommentNotEditable,

    /// Editing not allowed for top contents
    #[code(36307, group = "Publish")]
    TopContentNotEditable,

    /// Editing not allowed for highlighted contents
    #[code(36308, group = "Publish")]
    HighlightedContentNotEditable,

    /// Editable time expired
    #[code(36309, group = "Publish")]
    EditTimeExpired,

    /// This extension of file can not be uploaded
    #[code(36310, group = "Publish")]
    FileExtensionNotAllowed,

    /// Current user does not have the post permission of the group
    #[code(36311, group = "Publish")]
    GroupPostPermissionMissing,

    /// Current user does not have the comment permission of the group
    #[code(36312, group = "Publish")]
    GroupCommentPermissionMissing,

    /// The current group is closed for publication
    #[code(36313, group = "Publish")]
    GroupClosedForPublication,

    /// This comment type does not allow editing
    #[code(36314, group = "Publish")]
    CommentTypeNotEditable,

    /// Failed to delete. Content error or not exist
    #[code(36400, group = "Delete")]
    DeleteFailed,

    /// The content can not be deleted
    #[code(36401, group = "Delete")]
    ContentNotDeletable,

    /// The resource is being used and deletion is not allowed
    #[code(36402, group = "Delete")]
    ResourceInUse,

    /// You can only delete your own content
    #[code(36403, group = "Delete")]
    DeleteOwnContentOnly,

    /// Not allowed to delete in the review, please withdraw the review and then delete
    #[code(36404, group = "Delete")]
    DeleteDuringReview,

    /// Content has been published, the draft can no longer operate, if you need to delete please delete the published content
    #[code(36405, group = "Delete")]
    DraftAlreadyPublished,

    /// Operation failed. Please confirm that you are the author
    #[code(36500, group = "Reset")]
    NotTheAuthor,

    /// There is no need to withdraw the content, for it is not being reviewed
    #[code(36501, group = "Reset")]
    NotUnderReview,

    /// Conversation function is not enabled and cannot be used
    #[code(36600, group = "Conversation")]
    ConversationDisabled,

    /// Conversation exception or non-existent
    #[code(36601, group = "Conversation")]
    ConversationNotExist,

    /// The conversation does not belong to the current user
    #[code(36602, group = "Conversation")]
    ConversationNotOwned,

    /// You can not send messages to yourself
    #[code(36603, group = "Conversation")]
    CannotMessageSelf,

    /// Each message should be either \[file\] or \[text\]
    #[code(
        36604,
        group = "Conversation",
        message = "Each message should be either [file] or [text]"
    )]
    MessageFileOrText,

    /// The message could not be sent for the block words it contains
    #[code(36605, group = "Conversation")]
    MessageBlockWords,

    /// The user they set that only the users he follows can send messages
    #[code(36606, group = "Conversation")]
    MessagesFromFollowingOnly,

    /// The user they set that only the users he follows and the verified users can send messages
    #[code(36607, group = "Conversation")]
    MessagesFromFollowingOrVerifiedOnly,

    /// The other party they set the conversation off function
    #[code(36608, group = "Conversation")]
    ConversationTurnedOff,

    /// Only your own conversation messages could be deleted.
    #[code(36609, group = "Conversation")]
    DeleteOwnMessagesOnly,

    /// Notification exception or non-existent
    #[code(36700, group = "Notification")]
    NotificationNotExist,

    /// The notification does not belong to the current user
    #[code(36701, group = "Notification")]
    NotificationNotOwned,

    /// Only your own notification messages could be deleted.
    #[code(36702, group = "Notification")]
    DeleteOwnNotificationsOnly,

    /// Wrong group or record not exist
    #[code(37100, group = "Group")]
    GroupNotExist,

    /// Group disabled
    #[code(37101, group = "Group")]
    GroupDisabled,

    /// None of the selected groups are eligible, the content is empty
    #[code(37102, group = "Group")]
    NoEligibleGroups,

    /// Only members can view this group.
    #[code(37103, group = "Group")]
    GroupMembersOnly,

    /// Only members can see who's in the group and what they post.
    #[code(37104, group = "Group")]
    GroupMembersOnlyContent,

    /// The current user disabled from viewing the content of this group
    #[code(37105, group = "Group")]
    GroupViewingDisabled,

    /// The service has expired and cannot be viewed and interacted with in this group
    #[code(37106, group = "Group")]
    GroupServiceExpired,

    /// Service has expired, can't view new content
    #[code(37107, group = "Group")]
    ServiceExpired,

    /// Wrong hashtag or record not exist
    #[code(37200, group = "Hashtag")]
    HashtagNotExist,

    /// Hashtag disabled
    #[code(37201, group = "Hashtag")]
    HashtagDisabled,

    /// None of the selected hashtags are eligible, the content is empty
    #[code(37202, group = "Hashtag")]
    NoEligibleHashtags,

    /// Wrong geotag or record not exist
    #[code(37300, group = "Geotag")]
    GeotagNotExist,

    /// Geotag disabled
    #[code(37301, group = "Geotag")]
    GeotagDisabled,

    /// None of the selected geotags are eligible, the content is empty
    #[code(37302, group = "Geotag")]
    NoEligibleGeotags,

    /// Wrong post or record not exist
    #[code(37400, group = "Post")]
    PostNotExist,

    /// Post disabled
    #[code(37401, group = "Post")]
    PostDisabled,

    /// Wrong post log or record not exist
    #[code(37402, group = "Post")]
    PostLogNotExist,

    /// Post log suspended
    #[code(37403, group = "Post")]
    PostLogSuspended,

    /// The content could not be accessed without authorization
    #[code(37404, group = "Post")]
    ContentUnauthorized,

    /// Wrong comment or record not exist
    #[code(37500, group = "Comment")]
    CommentNotExist,

    /// Comment disabled
    #[code(37501, group = "Comment")]
    CommentDisabled,

    /// Wrong comment log or record not exist
    #[code(37502, group = "Comment")]
    CommentLogNotExist,

    /// Comment log suspended
    #[code(37503, group = "Comment")]
    CommentLogSuspended,

    /// Comments are only visible to the author of the post
    #[code(37504, group = "Comment")]
    CommentsAuthorOnly,

    /// The post has timed out and no longer shows comments
    #[code(37505, group = "Comment")]
    PostCommentsTimedOut,

    /// Wrong file or record not exist
    #[code(37600, group = "File")]
    FileNotExist,

    /// File disabled
    #[code(37601, group = "File")]
    FileDisabled,

    /// You are not authorized to edit this file.
    #[code(37602, group = "File")]
    FileEditUnauthorized,

    /// Wrong extend content or record not exist
    #[code(37700, group = "Extend")]
    ExtendNotExist,

    /// Extend Disabled
    #[code(37701, group = "Extend")]
    ExtendDisabled,

    /// Extend key does not exist
    #[code(37702, group = "Extend")]
    ExtendKeyNotExist,

    /// Wrong archive content or record not exist
    #[code(37800, group = "Archive")]
    ArchiveNotExist,

    /// Archive configuration disabled
    #[code(37801, group = "Archive")]
    ArchiveConfigDisabled,

    /// Archive configuration mismatch
    #[code(37802, group = "Archive")]
    ArchiveConfigMismatch,

    /// Draft ID is incorrect or does not exist
    #[code(38100, group = "Edit Validation")]
    DraftNotExist,

    /// The content is being reviewed and can not be edited
    #[code(38101, group = "Edit Validation")]
    UnderReviewNotEditable,

    /// The content has been published and can not be edited
    #[code(38102, group = "Edit Validation")]
    PublishedNotEditable,

    /// Content being reviewed can not be submitted again
    #[code(38103, group = "Edit Validation")]
    UnderReviewResubmitted,

    /// Content being published can not be submitted again
    #[code(38104, group = "Edit Validation")]
    PublishingResubmitted,

    /// Failed to create draft comment. Only first-level comment can create draft
    #[code(38105, group = "Edit Validation")]
    DraftCommentFirstLevelOnly,

    /// Draft creation failed, draft box is full, please organize and create again
    #[code(38106, group = "Edit Validation")]
    DraftBoxFull,

    /// Comment failed, belongs to the post or has been deleted
    #[code(38107, group = "Edit Validation")]
    CommentPostDeleted,

    /// Comment failed, the post belongs to the comment function has been closed
    #[code(38108, group = "Edit Validation")]
    CommentFunctionClosed,

    /// The author of the post has made the comment private, do not support separate reconfiguration of comments
    #[code(38109, group = "Edit Validation")]
    CommentsPrivate,

    /// Content has been submitted, pending review and approval before official publication
    #[code(38200, group = "Check Parameter")]
    PendingReview,

    /// The existence of content to be audited, the system does not allow the simultaneous submission of two pieces of content for review, to be submitted after the end of the audit
    #[code(38201, group = "Check Parameter")]
    ReviewInProgress,

    /// Title cannot be empty
    #[code(38202, group = "Check Parameter")]
    TitleEmpty,

    /// The title is too long and has exceeded the length limit
    #[code(38203, group = "Check Parameter")]
    TitleTooLong,

    /// The content cannot be empty, please write the content and then publish
    #[code(38204, group = "Check Parameter")]
    ContentEmpty,

    /// The content is too long and has exceeded the length limit
    #[code(38205, group = "Check Parameter")]
    ContentLengthExceeded,

    /// There are banned words in the title, please modify it before publishing
    #[code(38206, group = "Check Parameter")]
    TitleBannedWords,

    /// There are banned words in the content, please revise before publishing
    #[code(38207, group = "Check Parameter")]
    ContentBannedWords,

    /// Group cannot be empty, please select group
    #[code(38208, group = "Check Parameter")]
    GroupEmpty,

    /// The author has set only the users he follows to comment
    #[code(38209, group = "Check Parameter")]
    CommentsFromFollowingOnly,

    /// The author has set only the users he follows and the verified users can comment
    #[code(38210, group = "Check Parameter")]
    CommentsFromFollowingOrVerifiedOnly,

    /// The author has turned off the comment function
    #[code(38211, group = "Check Parameter")]
    CommentsTurnedOff,

    /// Only users mentioned by the author can comment
    #[code(38212, group = "Check Parameter")]
    CommentsMentionedOnly,
}
