//! tonic both ways: a catalogue value as a [`tonic::Status`] carrying one
//! `google.rpc.ErrorInfo`, and [`Failure::from_status`] reading one back.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use std::collections::HashMap;

use serde_json::{Map, Value};
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, ErrorInfo, StatusExt};

use super::GrpcCode;
use crate::{DataField, Detail, Entry, ErrorCatalog, Failure, JsonType};

/// The [`Status`] of a catalogue value (what `tonic::Status::from(value)`
/// gives): its entry's gRPC code, its message, and one `ErrorInfo` (see
/// the [module docs](super) for its fields).
#[must_use]
pub fn status<C: ErrorCatalog>(value: &C) -> Status {
    status_with(value, None)
}

/// The [`status`] of a value for the request whose metadata is
/// `metadata`: when its `accept-language` picks a translation of the
/// entry ([`locale::best`](crate::locale::best)), the details also carry a
/// `google.rpc.LocalizedMessage` (its locale and message); the status's
/// own message stays the catalogue's, as AIP-193 asks.
#[must_use]
pub fn status_for<C: ErrorCatalog>(value: &C, metadata: &tonic::metadata::MetadataMap) -> Status {
    let accept = metadata
        .get("accept-language")
        .and_then(|value| value.to_str().ok());
    let translation = accept.and_then(|accept| value.entry().translation_for(accept));
    status_with(value, translation)
}

fn status_with<C: ErrorCatalog>(value: &C, translation: Option<(&str, &str)>) -> Status {
    let entry = value.entry();
    let mut metadata = HashMap::new();
    if let Some(detail) = value.__detail()
        && let Ok(Value::Object(fields)) = detail.to_value()
    {
        for (name, value) in fields {
            metadata.insert(metadata_key(&name), metadata_value(value));
        }
    }
    metadata.insert("code".into(), value.code().to_string());
    if let Some(module) = entry.module {
        metadata.insert("module".into(), module.into());
    }
    let mut details = ErrorDetails::with_error_info(entry.reason, entry.domain, metadata);
    if let Some((locale, message)) = translation {
        details.set_localized_message(locale, message);
    }
    Status::with_error_details(code(entry.grpc), value.message(), details)
}

/// tonic's code of ours.
fn code(code: GrpcCode) -> Code {
    Code::from_i32(code as i32)
}

/// A data field's metadata key: lowerCamelCase (`retry_after` is
/// `retryAfter`); `code` and `module`, which the entry's own values take,
/// become `dataCode` and `dataModule`.
fn metadata_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = !key.is_empty();
        } else if upper {
            key.extend(c.to_uppercase());
            upper = false;
        } else {
            key.push(c);
        }
    }
    match key.as_str() {
        "code" => "dataCode".into(),
        "module" => "dataModule".into(),
        _ => key,
    }
}

/// A string as it is; any other value as its JSON text.
fn metadata_value(value: Value) -> String {
    match value {
        Value::String(text) => text,
        other => other.to_string(),
    }
}

impl<C: ErrorCatalog> Failure<C> {
    /// Reads a [`Status`] back as a failure of `C`.
    ///
    /// [`Failure::Known`] when the status carries a `google.rpc.ErrorInfo`
    /// whose domain and reason are an entry's of `C` (through compositions),
    /// with the status's message (borrowing the catalogue's when equal).
    /// Else [`Failure::Unknown`], never a wrong variant: a reason from
    /// another domain is unknown even when the symbol matches. Its `code`
    /// is the catalogue code (`metadata.code`) when the status has one,
    /// else the gRPC code's number, and its detail keeps what the status
    /// said:
    ///
    /// - the entry of a `data` variant (which cannot be built without its
    ///   fields, as with envelopes): its fields, under their own names, as
    ///   an envelope's `data` carries them;
    /// - anything else: `{"grpc": "NOT_FOUND"}` and, with an `ErrorInfo`,
    ///   its `reason`, `domain` and `metadata`.
    #[must_use]
    pub fn from_status(status: &Status) -> Self {
        let message = status.message();
        let info = status.get_details_error_info();
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
            let fields = info.as_ref().map(|info| data_fields(entry, info));
            return Failure::Unknown {
                code: entry.code,
                message,
                detail: fields.and_then(|fields| Detail::new(&fields).ok()),
            };
        }
        let code = info.as_ref().and_then(metadata_code);
        Failure::Unknown {
            code: code.unwrap_or(i64::from(status.code() as i32)),
            message: Cow::Owned(message.to_string()),
            detail: Detail::new(&unknown_detail(status, info.as_ref())).ok(),
        }
    }
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

/// A data variant's fields, read back from `metadata` under their names.
fn data_fields(entry: &Entry, info: &ErrorInfo) -> Map<String, Value> {
    let field = |field: &DataField| {
        let text = info.metadata.get(&metadata_key(field.name))?;
        let value = match field.json {
            JsonType::String => Value::String(text.clone()),
            _ => serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.clone())),
        };
        Some((field.name.to_string(), value))
    };
    entry.data.iter().filter_map(field).collect()
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
