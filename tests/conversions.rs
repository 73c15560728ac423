//! Conversions: `?` lifts a composed catalogue's error, `TryFrom<i64>` keeps
//! an unknown code, `From<Enum> for i64`, and `source()` chains through
//! compositions and `#[source]` fields; beside thiserror with
//! `display = false`, no impl clashes.

use std::error::Error as _;

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::catalogues::{authing, edu, fresns, rayvision};
use error_codes::{ErrorCatalog, UnknownCode};

/// A storage catalogue whose failure carries its cause.
#[derive(Debug, ErrorCatalog)]
enum StorageError {
    /// Disk read failed.
    #[code(7001)]
    ReadFailed {
        #[source]
        cause: std::io::Error,
    },
    /// Upstream failed.
    #[code(7002)]
    Upstream(u16, #[source] Box<dyn std::error::Error + Send + Sync>),
    /// No cause.
    #[code(7003)]
    Full,
}

/// Our API: own codes, the gateway, and storage.
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(0, success, message = "ok")]
    Ok,
    #[code(transparent)]
    Gateway(ApiGatewayError),
    #[code(transparent)]
    Storage(StorageError),
}

/// One level up.
#[derive(Debug, ErrorCatalog)]
enum Platform {
    #[code(1, success, message = "ok")]
    Ok,
    #[code(transparent, offset = 1_000_000)]
    Api(ApiError),
}

fn check_session(valid: bool) -> Result<(), ApiGatewayError> {
    if valid {
        Ok(())
    } else {
        Err(ApiGatewayError::UnauthorizedSession)
    }
}

fn handler(valid: bool) -> Result<u32, ApiError> {
    check_session(valid)?; // `From<ApiGatewayError> for ApiError`
    Ok(7)
}

#[test]
fn question_mark_lifts_a_composed_catalogue() {
    assert_eq!(handler(true).unwrap(), 7);
    let error = handler(false).unwrap_err();
    assert!(matches!(
        error,
        ApiError::Gateway(ApiGatewayError::UnauthorizedSession)
    ));
    assert_eq!(error.code(), 40101);
    assert_eq!(i64::from(error), 40101);
}

#[test]
fn source_chains_through_compositions_and_fields() {
    let io = std::io::Error::other("disk on fire");
    let error = ApiError::Storage(StorageError::ReadFailed { cause: io });
    // The composition is the storage error itself: its source is the cause.
    let source = error.source().expect("a source");
    assert_eq!(source.to_string(), "disk on fire");
    assert!(source.source().is_none());
    let boxed: Box<dyn std::error::Error + Send + Sync> = "upstream said no".into();
    let error = ApiError::Storage(StorageError::Upstream(502, boxed));
    assert_eq!(error.source().unwrap().to_string(), "upstream said no");
    if let ApiError::Storage(StorageError::Upstream(status, _)) = error {
        assert_eq!(status, 502);
    }
    assert!(ApiError::Storage(StorageError::Full).source().is_none());
    // Two levels of composition: still the storage error's cause.
    let io = std::io::Error::other("disk on fire");
    let top = Platform::Api(ApiError::Storage(StorageError::ReadFailed { cause: io }));
    assert_eq!(
        top.source().map(ToString::to_string).as_deref(),
        Some("disk on fire")
    );
    assert_eq!(top.code(), 1_007_001);
    let lifted: Platform = ApiError::Ok.into();
    assert_eq!(lifted.code(), 1_000_000);
    assert!(
        ApiError::Gateway(ApiGatewayError::UnauthorizedSession)
            .source()
            .is_none()
    );
}

fn try_from_round_trips<C>() -> usize
where
    C: ErrorCatalog + TryFrom<i64, Error = UnknownCode> + std::fmt::Debug,
    i64: From<C>,
{
    let mut checked = 0;
    for entry in C::entries() {
        let value = C::try_from(entry.code).unwrap();
        assert_eq!(value.entry(), entry);
        assert_eq!(i64::from(value), entry.code);
        let next = entry.code + 1;
        if C::lookup(next).is_none() {
            assert_eq!(C::try_from(next).unwrap_err(), UnknownCode(next));
        }
        checked += 1;
    }
    checked
}

#[test]
fn try_from_round_trips_every_shipped_entry() {
    let counts = [
        try_from_round_trips::<edu::EduError>(),
        try_from_round_trips::<ApiGatewayError>(),
        try_from_round_trips::<authing::AuthingError>(),
        try_from_round_trips::<rayvision::RayvisionError>(),
        try_from_round_trips::<fresns::FresnsError>(),
    ];
    assert_eq!(counts, [58, 45, 99, 49, 252]);
    // A data-carrying variant cannot be built from its code: the code is kept.
    assert_eq!(StorageError::try_from(7001).unwrap_err(), UnknownCode(7001));
    assert_eq!(ApiError::try_from(-5).unwrap_err().code(), -5);
}

/// With `display = false`, thiserror writes `Display`, `Error`, `source()`
/// and the `From` of a `#[from]` field; the derive writes the rest (and no
/// `From` for that field).
#[derive(Debug, ErrorCatalog, thiserror::Error)]
#[catalog(display = false)]
enum ThisApiError {
    #[code(0, success, message = "ok")]
    #[error("ok")]
    Ok,
    #[code(transparent)]
    #[error(transparent)]
    Gateway(#[from] ApiGatewayError),
    #[code(9001, message = "Storage failed.")]
    #[error("storage failed: {cause}")]
    Storage {
        #[source]
        cause: std::io::Error,
    },
}

#[test]
fn beside_thiserror() {
    let error: ThisApiError = ApiGatewayError::RpsLimitExceeded.into();
    assert_eq!(error.code(), 42901);
    assert_eq!(
        error.to_string(),
        ApiGatewayError::RpsLimitExceeded.message()
    );
    let error = ThisApiError::Storage {
        cause: std::io::Error::other("full"),
    };
    assert_eq!(error.to_string(), "storage failed: full");
    assert_eq!(error.message(), "Storage failed.");
    assert_eq!(error.source().unwrap().to_string(), "full");
    assert_eq!(ThisApiError::try_from(42901).map(|e| e.code()), Ok(42901));
}
