//! tonic both ways: a catalogue value as a [`tonic::Status`] carrying one
//! `google.rpc.ErrorInfo` and the standard details its entry calls for,
//! [`Detailed`] for the details of one call, and [`Failure::from_status`]
//! reading one back.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

use alloc::borrow::Cow;
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use std::collections::HashMap;

use serde::ser::{Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, ErrorInfo, StatusExt};

use super::GrpcCode;
use crate::envelope::{DataFields, DataVisitor, EachField};
use crate::locale::Translation;
use crate::{DataField, Detail, Entry, ErrorCatalog, Failure};

/// The [`Status`] of a catalogue value (what `tonic::Status::from(value)`
/// gives): its entry's gRPC code, its message, one `ErrorInfo` (see the
/// [module docs](super) for its fields), a `Help` link to its
/// documentation URL when it has one, and a `RetryInfo` with its delay
/// ([`ErrorCatalog::retry_after`]) when it has one.
#[must_use]
pub fn status<C: ErrorCatalog>(value: &C) -> Status {
    status_with(value, None, ErrorDetails::new())
}

/// The [`status`] of a value for the request whose metadata is
/// `metadata`: when its `accept-language` picks a translation of the
/// entry ([`ErrorCatalog::translation_for`]), the details also carry a
/// `google.rpc.LocalizedMessage` (its locale and message); the status's
/// own message stays the catalogue's, as AIP-193 asks.
#[must_use]
pub fn status_for<C: ErrorCatalog>(value: &C, metadata: &tonic::metadata::MetadataMap) -> Status {
    let accept = metadata
        .get("accept-language")
        .and_then(|value| value.to_str().ok());
    let translation = accept.and_then(|accept| C::translation_for(value.code(), accept));
    status_with(value, translation, ErrorDetails::new())
}

/// The [`status`] of a value in a language the caller already chose (a
/// user's setting, a negotiation of its own): the translation that `tag`
/// picks ([`ErrorCatalog::translation_for`]) goes in a `google.rpc.LocalizedMessage`,
/// as with [`status_for`].
#[must_use]
pub fn status_in<C: ErrorCatalog>(value: &C, tag: &str) -> Status {
    status_with(
        value,
        C::translation_for(value.code(), tag),
        ErrorDetails::new(),
    )
}

/// The status of `value`: the details of the call (`details`), then the
/// catalogue's: its `ErrorInfo` (always the catalogue's), a
/// `LocalizedMessage` in `translation`, a `Help` link (after the call's
/// links) and a `RetryInfo` (unless the call gave one).
fn status_with<C: ErrorCatalog>(
    value: &C,
    translation: Option<Translation>,
    mut details: ErrorDetails,
) -> Status {
    let entry = value.entry();
    let mut metadata = HashMap::new();
    value.__data(MetadataOf {
        entry,
        metadata: &mut metadata,
    });
    // The detail only where it is read: placeholders, and the record.
    let placeholders = |message: &str| message.contains('{');
    let needs_detail = placeholders(value.message())
        || translation.is_some_and(|t| placeholders(t.message))
        || cfg!(any(feature = "tracing", feature = "metrics"));
    let detail = needs_detail.then(|| value.__detail()).flatten();
    metadata.insert("code".into(), value.code().to_string());
    if let Some(module) = entry.module {
        metadata.insert("module".into(), module.into());
    }
    details.set_error_info(entry.reason, entry.domain, metadata);
    let fill = |message| crate::envelope::placeholder::fill(message, detail.as_ref());
    if let Some(translation) = translation {
        details.set_localized_message(translation.language, fill(translation.message));
    }
    if let Some(url) = entry.docs_url() {
        details.add_help_link(entry.title.unwrap_or(entry.message), url);
    }
    if details.retry_info().is_none()
        && let Some(delay) = value.retry_after()
    {
        details.set_retry_info(Some(delay));
    }
    #[cfg(any(feature = "tracing", feature = "metrics"))]
    {
        let data = detail.as_ref().map(crate::Detail::get);
        let observed = crate::observe::Observed::of::<C>(value.code(), Some(entry), data);
        crate::observe::answered(&observed, crate::observe::Transport::Grpc(entry.grpc));
    }
    Status::with_error_details(code(entry.grpc), fill(value.message()), details)
}

/// A catalogue value with standard details of its own call (`BadRequest`
/// violations, `QuotaFailure`, `PreconditionFailure`, `ResourceInfo`,
/// `RequestInfo` with the request's id, more `Help` links, a `RetryInfo`):
/// its [`Status`] carries them beside the catalogue's. A handler keeps `?`:
/// [`WithDetails::with_details`] turns a `Result<T, C>` into a
/// `Result<T, Detailed<C>>`, and `Detailed<C>` converts into a `Status`.
///
/// ```
/// use error_codes::ErrorCatalog;
/// use error_codes::grpc::{Detailed, WithDetails as _};
/// use tonic_types::StatusExt as _;
///
/// #[derive(Debug, ErrorCatalog)]
/// enum ShopError {
///     /// The quantity is not valid.
///     #[code(60400, http = 400)]
///     BadQuantity,
/// }
///
/// fn check(quantity: i32) -> Result<i32, ShopError> {
///     if quantity > 0 { Ok(quantity) } else { Err(ShopError::BadQuantity) }
/// }
///
/// fn handler(quantity: i32) -> Result<i32, tonic::Status> {
///     let quantity = check(quantity).with_details(|details| {
///         details.add_bad_request_violation("quantity", "must be positive");
///     })?;
///     Ok(quantity)
/// }
///
/// let status = handler(0).unwrap_err();
/// assert_eq!(status.code(), tonic::Code::InvalidArgument);
/// let violations = status.get_details_bad_request().unwrap().field_violations;
/// assert_eq!(violations[0].field, "quantity");
/// assert_eq!(status.get_details_error_info().unwrap().reason, "BAD_QUANTITY");
/// ```
#[derive(Debug)]
pub struct Detailed<C> {
    /// The catalogue value.
    pub value: C,
    /// The call's own details (boxed: an `ErrorDetails` is large, and a
    /// `Result` carries this).
    pub details: Box<ErrorDetails>,
}

impl<C: ErrorCatalog> Detailed<C> {
    /// `value` with no details of its own yet.
    #[must_use]
    pub fn new(value: C) -> Self {
        Self {
            value,
            details: Box::new(ErrorDetails::new()),
        }
    }

    /// With the details `add` writes (`details.add_bad_request_violation(...)`).
    #[must_use]
    pub fn with(mut self, add: impl FnOnce(&mut ErrorDetails)) -> Self {
        add(&mut self.details);
        self
    }

    /// Its [`Status`] for the request whose metadata is `metadata`, in the
    /// language its `accept-language` picks, as [`status_for`].
    #[must_use]
    pub fn status_for(self, metadata: &tonic::metadata::MetadataMap) -> Status {
        let accept = metadata
            .get("accept-language")
            .and_then(|v| v.to_str().ok());
        let translation = accept.and_then(|accept| C::translation_for(self.value.code(), accept));
        status_with(&self.value, translation, *self.details)
    }
}

impl<C: ErrorCatalog> From<C> for Detailed<C> {
    fn from(value: C) -> Self {
        Self::new(value)
    }
}

impl<C: ErrorCatalog> From<Detailed<C>> for Status {
    fn from(detailed: Detailed<C>) -> Self {
        status_with(&detailed.value, None, *detailed.details)
    }
}

/// Details for the error of a `Result`, keeping `?`: see [`Detailed`].
pub trait WithDetails<T, C> {
    /// The error with the details `add` writes.
    ///
    /// # Errors
    ///
    /// The error of `self`, [`Detailed`].
    fn with_details(self, add: impl FnOnce(&mut ErrorDetails)) -> Result<T, Detailed<C>>;
}

impl<T, C: ErrorCatalog> WithDetails<T, C> for Result<T, C> {
    fn with_details(self, add: impl FnOnce(&mut ErrorDetails)) -> Result<T, Detailed<C>> {
        self.map_err(|value| Detailed::new(value).with(add))
    }
}

/// tonic's code of ours.
fn code(code: GrpcCode) -> Code {
    Code::from_i32(code as i32)
}

/// A data variant's fields into `metadata`, each under its key
/// ([`DataField::metadata_key`]): a field whose shape is a string as it is,
/// any other value as its JSON text, and a `null` (a `None`) or a field
/// serde cannot write as no key. Each is written once, from the field.
struct MetadataOf<'a> {
    entry: &'static Entry,
    metadata: &'a mut HashMap<String, String>,
}

impl DataVisitor for MetadataOf<'_> {
    type Output = ();
    fn visit<F: DataFields>(mut self, fields: &F) {
        fields.each(&mut self);
    }
}

impl EachField for MetadataOf<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        let Some(field) = self.entry.data.iter().find(|field| field.name == name) else {
            return;
        };
        let Ok(mut text) = serde_json::to_string(value) else {
            return;
        };
        if text == "null" {
            return;
        }
        if field.shape.is_string() && text.starts_with('"') {
            if text.contains('\\') {
                text = serde_json::from_str(&text).unwrap_or(text);
            } else {
                text.pop();
                text.remove(0);
            }
        }
        self.metadata.insert(field.metadata_key.to_owned(), text);
    }
}

impl<C: ErrorCatalog> Failure<C> {
    /// Reads a [`Status`] back as a failure of `C`.
    ///
    /// [`Failure::Known`] when the status carries a `google.rpc.ErrorInfo`
    /// whose domain and reason are an entry's of `C` (through compositions),
    /// with the status's message (borrowing the catalogue's when equal); a
    /// data variant is rebuilt from its fields in the metadata (read by
    /// their shapes, then by serde), its detail those fields. Else
    /// [`Failure::Unknown`], never a wrong variant: a reason from another
    /// domain is unknown even when the symbol matches. Its `code` is the
    /// catalogue code (`metadata.code`) when the status has one, else `0`
    /// (never the gRPC code's number, which could be taken for a code of
    /// the catalogue), and its detail keeps what the status said:
    ///
    /// - the entry of a `data` variant whose fields do not read back (as
    ///   with envelopes): its fields, under their own names, as an
    ///   envelope's `data` carries them;
    /// - anything else: `{"grpc": "NOT_FOUND"}` and, with an `ErrorInfo`,
    ///   its `reason`, `domain` and `metadata`.
    #[must_use]
    pub fn from_status(status: &Status) -> Self {
        Self::read_status(status, status.get_details_error_info())
    }

    /// [`from_status`](Self::from_status), and every standard detail the
    /// status carries, typed (`RetryInfo`, `Help`, `BadRequest`,
    /// `QuotaFailure`, `PreconditionFailure`, `ResourceInfo`,
    /// `RequestInfo`, `LocalizedMessage`, `DebugInfo`, `ErrorInfo`), for a
    /// known and an unknown error alike; none when its details cannot be
    /// decoded.
    #[must_use]
    pub fn from_status_and_details(status: &Status) -> (Self, ErrorDetails) {
        // The details decoded once; the `ErrorInfo` read from them.
        let details = status.get_error_details();
        let info = details.error_info().cloned();
        (Self::read_status(status, info), details)
    }

    /// The failure `status` reports, its `ErrorInfo` (if any) decoded.
    fn read_status(status: &Status, info: Option<ErrorInfo>) -> Self {
        let message = status.message();
        let entry = info.as_ref().and_then(find::<C>);
        if let Some(entry) = entry {
            let message = if message == entry.message {
                Cow::Borrowed(entry.message)
            } else {
                Cow::Owned(message.to_string())
            };
            if let Some(error) = C::from_code(entry.code) {
                return Failure::Known {
                    error,
                    message,
                    detail: None,
                };
            }
            // A data variant: rebuilt from its fields when each reads back.
            let detail = info.as_ref().and_then(|info| data_fields(entry, info));
            let rebuilt = detail
                .as_ref()
                .and_then(|d| C::__from_detail(entry.code, d));
            if let Some(error) = rebuilt {
                return Failure::Known {
                    error,
                    message,
                    detail,
                };
            }
            return Failure::Unknown {
                code: entry.code,
                symbol: None,
                message,
                detail,
            };
        }
        // A catalogue code, or none: the gRPC code stays in the detail, and
        // is never taken for a code of the catalogue.
        let code = info.as_ref().and_then(metadata_code);
        Failure::Unknown {
            code: code.unwrap_or(0),
            symbol: None,
            message: Cow::Owned(message.to_string()),
            detail: Detail::new(&unknown_detail(status, info.as_ref())).ok(),
        }
    }
}

/// What a status says that contradicts the entry it reads as: its gRPC
/// code (`grpc-status`), `metadata.code` and `metadata.module` against the
/// entry's. Empty when it reads as no entry of `C`, or agrees.
///
/// The rule [`Failure::from_status`] follows: the `ErrorInfo`'s domain and
/// reason name the entry, and nothing else does. `metadata.code` only
/// chooses among entries of that domain and reason (a fast lookup), and
/// the status's gRPC code is never read as a code at all; neither
/// overrides the reason, and neither is trusted silently: a client that
/// cares logs or refuses what this lists. A status without an `ErrorInfo`
/// of `C` is [`Failure::Unknown`] whatever its `metadata.code`.
///
/// ```
/// use error_codes::ErrorCatalog;
/// use tonic_types::{ErrorDetails, StatusExt as _};
///
/// #[derive(Debug, ErrorCatalog)]
/// #[catalog(domain = "shop.example.com")]
/// enum ShopError {
///     /// Order not found.
///     #[code(60404, http = 404)]
///     OrderNotFound,
/// }
///
/// // A peer that sends the reason of 60404 with another code and status.
/// let metadata = std::collections::HashMap::from([("code".to_owned(), "60409".to_owned())]);
/// let info = ErrorDetails::with_error_info("ORDER_NOT_FOUND", "shop.example.com", metadata);
/// let status = tonic::Status::with_error_details(tonic::Code::Internal, "gone", info);
/// let found = error_codes::grpc::contradictions::<ShopError>(&status);
/// let fields: Vec<_> = found.iter().map(|c| (c.field, c.sent.as_str())).collect();
/// assert_eq!(fields, [("grpc-status", "INTERNAL"), ("metadata.code", "60409")]);
/// ```
#[must_use]
pub fn contradictions<C: ErrorCatalog>(status: &Status) -> Vec<crate::envelope::Contradiction> {
    use crate::envelope::Contradiction;
    let Some(info) = status.get_details_error_info() else {
        return Vec::new();
    };
    let Some(entry) = find::<C>(&info) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let sent = GrpcCode::from_i32(status.code() as i32).unwrap_or(GrpcCode::Unknown);
    if sent != entry.grpc {
        let declared = Some(entry.grpc.name().to_owned());
        found.push(Contradiction::__new(
            "grpc-status",
            sent.name().to_owned(),
            declared,
        ));
    }
    let code = info.metadata.get("code");
    if code.is_some_and(|code| *code != entry.code.to_string()) {
        let declared = Some(entry.code.to_string());
        found.push(Contradiction::__new(
            "metadata.code",
            code.cloned().unwrap_or_default(),
            declared,
        ));
    }
    let module = info.metadata.get("module");
    if module.is_some_and(|module| Some(module.as_str()) != entry.module) {
        let declared = entry.module.map(str::to_owned);
        found.push(Contradiction::__new(
            "metadata.module",
            module.cloned().unwrap_or_default(),
            declared,
        ));
    }
    found
}

/// `metadata.code`, when it is a decimal `i64`.
fn metadata_code(info: &ErrorInfo) -> Option<i64> {
    info.metadata.get("code")?.parse().ok()
}

/// The entry of `C` with the domain and the reason of `info`: first the
/// entry of its `metadata.code` (a static lookup), else any.
fn find<C: ErrorCatalog>(info: &ErrorInfo) -> Option<&'static Entry> {
    let names = |entry: &&Entry| entry.domain == info.domain && entry.reason == info.reason;
    let by_code = metadata_code(info).and_then(C::lookup).filter(names);
    by_code.or_else(|| C::ENTRIES.iter().find(names))
}

/// A data variant's fields, read back from `metadata` by their shapes, as
/// [`write_fields`] wrote them: a string field's text as the string, any
/// other as JSON text (a string when it is not JSON), no key as `null`
/// when the field may be null. The values are kept as text: a 64-bit
/// integer comes back exact.
fn data_fields(entry: &Entry, info: &ErrorInfo) -> Option<Detail> {
    let field = |field: &DataField| {
        let value = match info.metadata.get(field.metadata_key) {
            None if field.shape.is_nullable() => RawValue::NULL.to_owned(),
            None => return None,
            Some(text) if field.shape.is_string() => serde_json::value::to_raw_value(text).ok()?,
            Some(text) => RawValue::from_string(text.clone())
                .or_else(|_| serde_json::value::to_raw_value(text))
                .ok()?,
        };
        Some((field.name, value))
    };
    let fields: Vec<(&str, Box<RawValue>)> = entry.data.iter().filter_map(field).collect();
    Detail::new(&Fields(&fields)).ok()
}

/// Fields as a JSON object, in the entry's order.
struct Fields<'a>(&'a [(&'a str, Box<RawValue>)]);

impl Serialize for Fields<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, value)| (name, value)))
    }
}

/// What an unknown status said: its gRPC code's name, and its `ErrorInfo`.
fn unknown_detail(status: &Status, info: Option<&ErrorInfo>) -> Value {
    let grpc = GrpcCode::from_i32(status.code() as i32).unwrap_or(GrpcCode::Unknown);
    let mut detail = Map::new();
    detail.insert("grpc".into(), grpc.name().into());
    if let Some(info) = info {
        detail.insert("reason".into(), info.reason.clone().into());
        detail.insert("domain".into(), info.domain.clone().into());
        let metadata = info.metadata.iter();
        let metadata = metadata.map(|(key, value)| (key.clone(), Value::from(value.clone())));
        detail.insert("metadata".into(), Value::Object(metadata.collect()));
    }
    Value::Object(detail)
}

/// `From<C> for tonic::Status` (feature `tonic`).
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::From<$($ty)*> for $crate::__private::tonic::Status
        where
            $($where)*
        {
            fn from(value: $($ty)*) -> Self {
                $crate::grpc::status(&value)
            }
        }
    };
}
