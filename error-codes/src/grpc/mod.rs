//! gRPC: each entry's canonical gRPC code and its `google.rpc.ErrorInfo`
//! (always), and tonic both ways (feature `tonic`).
//!
//! # The gRPC code of an entry
//!
//! [`Entry::grpc`](crate::Entry::grpc) is the entry's own `grpc = "NOT_FOUND"` (a
//! canonical code name, [`GrpcCode::name`]), else its module's
//! (`module(..., grpc = "...")`), else the catalogue's (`#[catalog(grpc =
//! "...")]`), else read from its HTTP status by [`GrpcCode::from_http`]:
//!
//! | HTTP status | gRPC code |
//! |---|---|
//! | 400 | `INVALID_ARGUMENT` |
//! | 401 | `UNAUTHENTICATED` |
//! | 403 | `PERMISSION_DENIED` |
//! | 404 | `NOT_FOUND` |
//! | 409 | `ABORTED` |
//! | 412 | `FAILED_PRECONDITION` |
//! | 429 | `RESOURCE_EXHAUSTED` |
//! | 499 | `CANCELLED` |
//! | 501 | `UNIMPLEMENTED` |
//! | 503 | `UNAVAILABLE` |
//! | 504 | `DEADLINE_EXCEEDED` |
//! | any other 4xx | `FAILED_PRECONDITION` |
//! | any other 5xx | `INTERNAL` |
//! | 1xx, 2xx, 3xx, or no status at all | `UNKNOWN` |
//!
//! The rows up to 504 are the mapping of google's `code.proto` and
//! grpc-gateway. The last row is this crate's: an error answered with a
//! 2xx status (an always-200 API such as WeChat's) or with none says
//! nothing about its kind, and `OK` would read as a success. The success
//! entry is always `OK`; an error cannot declare `OK`, and the success
//! entry cannot declare anything else (both compile errors).
//!
//! # The `ErrorInfo` of an entry
//!
//! As Google's AIP-193 asks, each error carries exactly one
//! `google.rpc.ErrorInfo`:
//!
//! - `reason`: [`Entry::reason`](crate::Entry::reason), the entry's symbol where it is
//!   AIP-193's reason (`[A-Z][A-Z0-9_]+[A-Z0-9]`, 3 to 63 characters),
//!   else the symbol in UPPER_SNAKE_CASE, each run of other characters one
//!   underscore, none first or last, and `_ERROR` after a reason of one or
//!   two characters (Rayvision's `APIError` is sent as `API_ERROR`,
//!   `TRAILING_` as `TRAILING`, a variant `Io` as `IO_ERROR`, and each
//!   reads back). A symbol that cannot become one (`9LIVES`, no ASCII
//!   letter, over 63 characters), or two symbols that become the same
//!   reason, are compile errors at the symbol;
//! - `domain`: [`Entry::domain`](crate::Entry::domain), `#[catalog(domain = "shop.example.com")]`,
//!   else the catalogue's name ([`ErrorCatalog::DOMAIN`](crate::ErrorCatalog::DOMAIN));
//! - `metadata`: `code` (decimal), `module` where the entry has one, and
//!   the fields of a `data` variant, their names in lowerCamelCase
//!   (`retry_after` is `retryAfter`; one named like `code` or `module` is
//!   `dataCode`, `dataModule`), strings as they are, other values as their
//!   JSON text.
//!
//! # The other standard details
//!
//! A code with a documentation URL ([`Entry::docs_url`](crate::Entry::docs_url))
//! also carries a `google.rpc.Help` link to it (described by its title, else
//! its message), and a value with a delay
//! ([`ErrorCatalog::retry_after`](crate::ErrorCatalog::retry_after): a data
//! variant's `Duration` field, else the entry's `retry_after` seconds) a
//! `google.rpc.RetryInfo`. A call adds its own (`BadRequest`,
//! `QuotaFailure`, `PreconditionFailure`, `ResourceInfo`, `RequestInfo`) with
//! [`Detailed`] and [`WithDetails::with_details`], keeping `?`;
//! [`Failure::from_status_and_details`]
//! reads every one back, typed.
//!
//! A composed catalogue's entries keep their own domain and symbol, so a
//! reason stays unique within its domain; an `offset` shifts the `code` in
//! `metadata` only.
//!
//! # Messages in the caller's language
//!
//! [`status_for`]`(&value, request.metadata())` is the same status, plus a
//! `google.rpc.LocalizedMessage` when the request's `accept-language`
//! metadata picks a translation of the entry, matched as the HTTP
//! middleware matches (see [`locale`](crate::locale)); [`status_in`]`(&value,
//! "zh-Hant")` takes a language the caller already chose. `Status.message`
//! stays in the catalogue's own language.
//!
//! # tonic (feature `tonic`)
//!
//! Every catalogue converts into a [`tonic::Status`] (so `?` works in a
//! service), and [`Failure::from_status`]
//! reads one back:
//!
//! ```
//! # #[cfg(feature = "tonic")] {
//! use error_codes::{ErrorCatalog, Failure};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(domain = "shop.example.com")]
//! enum ShopError {
//!     /// The order does not exist.
//!     #[code(60404, http = 404)]
//!     OrderNotFound,
//!     /// The order is already paid.
//!     #[code(60409, grpc = "FAILED_PRECONDITION")]
//!     AlreadyPaid,
//! }
//!
//! let status = tonic::Status::from(ShopError::OrderNotFound);
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! assert_eq!(status.message(), "The order does not exist.");
//!
//! use tonic_types::StatusExt as _;
//! let info = status.get_details_error_info().unwrap();
//! assert_eq!((info.reason.as_str(), info.domain.as_str()), ("ORDER_NOT_FOUND", "shop.example.com"));
//! assert_eq!(info.metadata["code"], "60404");
//!
//! // A client reads it back as the variant.
//! let failure = Failure::<ShopError>::from_status(&status);
//! assert!(matches!(failure, Failure::Known { error: ShopError::OrderNotFound, .. }));
//! # }
//! ```
// The items these links name exist with a feature only; without it,
// each link leads to this page instead of being left unresolved. (The
// empty line ends the paragraph: a definition cannot interrupt one.)
#![doc = ""]
#![cfg_attr(feature = "tonic", doc = "[`Detailed`]: Detailed")]
#![cfg_attr(not(feature = "tonic"), doc = "[`Detailed`]: #")]
#![cfg_attr(
    feature = "tonic",
    doc = "[`WithDetails::with_details`]: WithDetails::with_details"
)]
#![cfg_attr(not(feature = "tonic"), doc = "[`WithDetails::with_details`]: #")]
#![cfg_attr(
    feature = "tonic",
    doc = "[`Failure::from_status_and_details`]: crate::Failure::from_status_and_details"
)]
#![cfg_attr(
    not(feature = "tonic"),
    doc = "[`Failure::from_status_and_details`]: #"
)]
#![cfg_attr(feature = "tonic", doc = "[`status_for`]: status_for")]
#![cfg_attr(not(feature = "tonic"), doc = "[`status_for`]: #")]
#![cfg_attr(feature = "tonic", doc = "[`status_in`]: status_in")]
#![cfg_attr(not(feature = "tonic"), doc = "[`status_in`]: #")]
#![cfg_attr(feature = "tonic", doc = "[`tonic::Status`]: tonic::Status")]
#![cfg_attr(not(feature = "tonic"), doc = "[`tonic::Status`]: #")]
#![cfg_attr(
    feature = "tonic",
    doc = "[`Failure::from_status`]: crate::Failure::from_status"
)]
#![cfg_attr(not(feature = "tonic"), doc = "[`Failure::from_status`]: #")]

#[cfg(feature = "tonic")]
mod status;

#[cfg(feature = "tonic")]
pub use status::{Detailed, WithDetails, contradictions, status, status_for, status_in};

/// The canonical gRPC status codes (`google.rpc.Code`), by their names in
/// `grpc = "..."`. The numbers are the wire values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(i32)]
#[allow(missing_docs)]
pub enum GrpcCode {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
}

impl GrpcCode {
    /// Every code, by number.
    pub const ALL: [Self; 17] = [
        Self::Ok,
        Self::Cancelled,
        Self::Unknown,
        Self::InvalidArgument,
        Self::DeadlineExceeded,
        Self::NotFound,
        Self::AlreadyExists,
        Self::PermissionDenied,
        Self::ResourceExhausted,
        Self::FailedPrecondition,
        Self::Aborted,
        Self::OutOfRange,
        Self::Unimplemented,
        Self::Internal,
        Self::Unavailable,
        Self::DataLoss,
        Self::Unauthenticated,
    ];

    /// Its canonical name (`"NOT_FOUND"`), as `grpc = "..."` takes it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Ok => "OK",
            Self::Cancelled => "CANCELLED",
            Self::Unknown => "UNKNOWN",
            Self::InvalidArgument => "INVALID_ARGUMENT",
            Self::DeadlineExceeded => "DEADLINE_EXCEEDED",
            Self::NotFound => "NOT_FOUND",
            Self::AlreadyExists => "ALREADY_EXISTS",
            Self::PermissionDenied => "PERMISSION_DENIED",
            Self::ResourceExhausted => "RESOURCE_EXHAUSTED",
            Self::FailedPrecondition => "FAILED_PRECONDITION",
            Self::Aborted => "ABORTED",
            Self::OutOfRange => "OUT_OF_RANGE",
            Self::Unimplemented => "UNIMPLEMENTED",
            Self::Internal => "INTERNAL",
            Self::Unavailable => "UNAVAILABLE",
            Self::DataLoss => "DATA_LOSS",
            Self::Unauthenticated => "UNAUTHENTICATED",
        }
    }

    /// The code of a canonical name, or `None`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|code| code.name() == name)
    }

    /// The code of a wire number, or `None` outside `0..=16`.
    #[must_use]
    pub const fn from_i32(number: i32) -> Option<Self> {
        if 0 <= number && number < Self::ALL.len() as i32 {
            Some(Self::ALL[number as usize])
        } else {
            None
        }
    }

    /// The code of an error answered with `status` (see the
    /// [module docs](self) for the table); `None` (no status) is `UNKNOWN`.
    #[must_use]
    pub const fn from_http(status: Option<u16>) -> Self {
        match status {
            Some(400) => Self::InvalidArgument,
            Some(401) => Self::Unauthenticated,
            Some(403) => Self::PermissionDenied,
            Some(404) => Self::NotFound,
            Some(409) => Self::Aborted,
            Some(429) => Self::ResourceExhausted,
            Some(499) => Self::Cancelled,
            Some(501) => Self::Unimplemented,
            Some(503) => Self::Unavailable,
            Some(504) => Self::DeadlineExceeded,
            Some(400..=499) => Self::FailedPrecondition,
            Some(500..=599) => Self::Internal,
            _ => Self::Unknown,
        }
    }
}

impl core::fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for GrpcCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// The gRPC code of an entry: `declared`, else `OK` for the success
/// entry, else [`GrpcCode::from_http`] of its status.
pub(crate) const fn resolve(
    declared: Option<GrpcCode>,
    success: bool,
    http: Option<u16>,
) -> GrpcCode {
    match declared {
        Some(code) => code,
        None if success => GrpcCode::Ok,
        None => GrpcCode::from_http(http),
    }
}
