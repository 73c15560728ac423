//! Reading an envelope with serde: every case of input the
//! [module docs](super) list, a typed error for each that is not an
//! envelope of the catalogue.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

use alloc::borrow::{Cow, ToOwned};
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt::{self, Formatter};
use core::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Unexpected, Visitor};
use serde_json::value::RawValue;

use super::{Detail, Envelope, Failure, FieldNames, flatten, is_success, success_of};
use crate::ErrorCatalog;

impl<'de, C: ErrorCatalog, T: Deserialize<'de>> Deserialize<'de> for Envelope<C, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if !C::ENVELOPE.shape.is_plain() {
            return super::shaped::read(deserializer);
        }
        if C::ERRORS_ONLY {
            return errors_only(deserializer);
        }
        if C::ENVELOPE.flatten {
            return flatten::read(deserializer);
        }
        deserializer.deserialize_map(EnvelopeVisitor(PhantomData))
    }
}

/// An errors-only catalogue's answer, read from its body alone: an object
/// with the code's field is a failure, anything else a success whose data
/// is the whole body. With the HTTP status at hand, [`Envelope::from_answer`]
/// reads a bare resource that holds a `code` field as the success it is.
fn errors_only<'de, C: ErrorCatalog, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Envelope<C, T>, D::Error> {
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    if !holds_field(raw.get(), C::ENVELOPE.code) {
        let data = typed(&raw).map_err(de::Error::custom)?;
        return Ok(Envelope::Success {
            message: Cow::Borrowed(""),
            data: Some(data),
        });
    }
    failure_of_text(raw.get()).map_err(de::Error::custom)
}

/// The failure a body holds, as an envelope of `C` (never a success).
pub(super) fn failure_of_text<C: ErrorCatalog, T>(
    text: &str,
) -> serde_json::Result<Envelope<C, T>> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let envelope: Envelope<C, IgnoredAny> = if !C::ENVELOPE.shape.is_plain() {
        super::shaped::read(&mut reader)?
    } else if C::ENVELOPE.flatten {
        flatten::read(&mut reader)?
    } else {
        let visitor = EnvelopeVisitor::<C, IgnoredAny>(PhantomData);
        de::Deserializer::deserialize_map(&mut reader, visitor)?
    };
    reader.end()?;
    match envelope {
        Envelope::Failure(failure) => Ok(Envelope::Failure(failure)),
        // Only a body without a code is a success here, and this one has one.
        Envelope::Success { .. } => Err(de::Error::missing_field(C::ENVELOPE.code)),
    }
}

/// Whether a body (JSON text) is an object holding a field named `name`.
fn holds_field(text: &str, name: &'static str) -> bool {
    if !text.trim_start().starts_with('{') {
        return false;
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    de::Deserializer::deserialize_map(&mut reader, HasField(name)).unwrap_or(false)
}

/// Reads an object's keys, looking for one.
struct HasField(&'static str);

impl<'de> Visitor<'de> for HasField {
    type Value = bool;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut found = false;
        while let Some(name) = map.next_key::<Cow<'de, str>>()? {
            found |= name == self.0;
            map.next_value::<IgnoredAny>()?;
        }
        Ok(found)
    }
}

struct EnvelopeVisitor<C, T>(PhantomData<fn() -> (C, T)>);

/// `data` as read: typed when the code, read before it, is the success
/// code; else kept as raw JSON text (about its size in memory) until the
/// code is known.
enum Data<T> {
    Missing,
    Typed(Option<T>),
    Raw(Option<Box<RawValue>>),
}

impl<'de, C: ErrorCatalog, T: Deserialize<'de>> Visitor<'de> for EnvelopeVisitor<C, T> {
    type Value = Envelope<C, T>;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let fields = C::ENVELOPE;
        write!(
            f,
            "an envelope: a map with `{}`, `{}` and `{}`",
            fields.code, fields.message, fields.data
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let fields = C::ENVELOPE;
        let success = success_of::<C>();
        let mut code: Option<i64> = None;
        let mut message: Option<Option<Sent<'de>>> = None;
        let mut data: Data<T> = Data::Missing;
        while let Some(key) = map.next_key_seed(KeySeed(fields))? {
            match key {
                Key::Code => {
                    if code.is_some() {
                        return Err(de::Error::duplicate_field(fields.code));
                    }
                    code = Some(map.next_value_seed(CodeSeed)?);
                }
                Key::Message => {
                    if message.is_some() {
                        return Err(de::Error::duplicate_field(fields.message));
                    }
                    message = Some(map.next_value_seed(TextSeed)?);
                }
                Key::Data => {
                    if !matches!(data, Data::Missing) {
                        return Err(de::Error::duplicate_field(fields.data));
                    }
                    data = if code.is_some_and(is_success::<C>) {
                        Data::Typed(map.next_value()?)
                    } else if fields.null_data {
                        Data::Raw(map.next_value()?)
                    } else {
                        // Renamed fields write `data` only when there is
                        // some: a `null` sent is kept, to be written back.
                        Data::Raw(Some(map.next_value()?))
                    };
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let code = code.ok_or_else(|| de::Error::missing_field(fields.code))?;
        if let Some((_, success_message)) = success.filter(|(success, _)| *success == code) {
            let data = match data {
                Data::Missing | Data::Raw(None) => None,
                Data::Raw(Some(raw)) if raw.get() == "null" => None,
                Data::Typed(data) => data,
                Data::Raw(Some(raw)) => Some(typed(&raw).map_err(de::Error::custom)?),
            };
            return Ok(Envelope::Success {
                message: text(message, success_message),
                data,
            });
        }
        // `Typed` only follows the success code, read once.
        let detail = match data {
            Data::Raw(raw) => raw.map(Detail),
            Data::Missing | Data::Typed(_) => None,
        };
        Ok(Envelope::Failure(failure(code, message, detail)))
    }
}

/// The failure of a code read from a peer: the known variant, or the code
/// kept as sent; the message the peer's, borrowed from the catalogue when
/// equal.
pub(super) fn failure<C: ErrorCatalog>(
    code: i64,
    message: Option<Option<Sent<'_>>>,
    detail: Option<Detail>,
) -> Failure<C> {
    let rebuilt = || C::__from_detail(code, detail.as_ref()?);
    match C::from_code(code).or_else(rebuilt) {
        Some(error) => Failure::Known {
            message: text(message, error.message()),
            error,
            detail,
        },
        None => Failure::Unknown {
            code,
            symbol: None,
            message: text(message, ""),
            detail,
        },
    }
}

/// Success data that came before the code, read from its buffered text. A
/// reader that never lends its input serves any lifetime: a `T` that would
/// borrow from the input is an error here, not a dangling borrow.
#[cfg(feature = "std")]
pub(super) fn typed<'de, T: Deserialize<'de>>(raw: &RawValue) -> serde_json::Result<T> {
    let mut reader = serde_json::Deserializer::from_reader(raw.get().as_bytes());
    let data = T::deserialize(&mut reader)?;
    reader.end()?;
    Ok(data)
}

/// Without std (no reader): through a `Value`, which never lends either,
/// at a few times the text's size in memory.
#[cfg(not(feature = "std"))]
pub(super) fn typed<'de, T: Deserialize<'de>>(raw: &RawValue) -> serde_json::Result<T> {
    let value: serde_json::Value = serde_json::from_str(raw.get())?;
    T::deserialize(value)
}

/// A message as read: borrowed from the input when the format allows.
pub(super) enum Sent<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Sent<'_> {
    /// The same text, owned.
    pub(super) fn into_owned(self) -> Sent<'static> {
        match self {
            Self::Borrowed(text) => Sent::Owned(text.to_owned()),
            Self::Owned(text) => Sent::Owned(text),
        }
    }
}

/// The message to keep: `reference` (the catalogue's `&'static` text) when
/// missing or equal to it, else the text sent.
pub(super) fn text(
    message: Option<Option<Sent<'_>>>,
    reference: &'static str,
) -> Cow<'static, str> {
    match message.flatten() {
        None => Cow::Borrowed(reference),
        Some(Sent::Borrowed(sent)) if sent == reference => Cow::Borrowed(reference),
        Some(Sent::Owned(sent)) if sent == reference => Cow::Borrowed(reference),
        Some(Sent::Borrowed(sent)) => Cow::Owned(sent.to_owned()),
        Some(Sent::Owned(sent)) => Cow::Owned(sent),
    }
}

enum Key {
    Code,
    Message,
    Data,
    Other,
}

/// Reads a field name, compared with the catalogue's.
struct KeySeed(FieldNames);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
        Ok(if name == self.0.code {
            Key::Code
        } else if name == self.0.message {
            Key::Message
        } else if name == self.0.data {
            Key::Data
        } else {
            Key::Other
        })
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Key, E> {
        match core::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Ok(Key::Other),
        }
    }
}

/// Reads a code: an integer in `i64` range, or such an integer in a string.
pub(super) struct CodeSeed;

impl<'de> DeserializeSeed<'de> for CodeSeed {
    type Value = i64;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<i64, D::Error> {
        deserializer.deserialize_any(self)
    }
}

const CODE_RANGE: &str = "a code in the range of i64";

impl Visitor<'_> for CodeSeed {
    type Value = i64;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("a code: an integer, or an integer in a string")
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<i64, E> {
        Ok(code)
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<i64, E> {
        i64::try_from(code).map_err(|_| E::invalid_value(Unexpected::Unsigned(code), &CODE_RANGE))
    }

    fn visit_i128<E: de::Error>(self, code: i128) -> Result<i64, E> {
        i64::try_from(code)
            .map_err(|_| E::invalid_value(Unexpected::Other("a 128-bit integer"), &CODE_RANGE))
    }

    fn visit_u128<E: de::Error>(self, code: u128) -> Result<i64, E> {
        i64::try_from(code)
            .map_err(|_| E::invalid_value(Unexpected::Other("a 128-bit integer"), &CODE_RANGE))
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<i64, E> {
        let digits = code.strip_prefix('-').unwrap_or(code);
        let canonical = !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit());
        // `-0` as a number reads as a float; as a string it is refused alike.
        let negative_zero = digits.len() < code.len() && digits.bytes().all(|byte| byte == b'0');
        let canonical = canonical && !negative_zero;
        match code.parse() {
            Ok(code) if canonical => Ok(code),
            _ if canonical => Err(E::invalid_value(Unexpected::Str(code), &CODE_RANGE)),
            _ => Err(E::invalid_value(Unexpected::Str(code), &self)),
        }
    }
}

/// Reads an optional message.
pub(super) struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Option<Sent<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = Option<Sent<'de>>;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("a message: a string or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(MessageVisitor).map(Some)
    }
}

struct MessageVisitor;

impl<'de> Visitor<'de> for MessageVisitor {
    type Value = Sent<'de>;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("a message string")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Sent<'de>, E> {
        Ok(Sent::Borrowed(text))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Sent<'de>, E> {
        Ok(Sent::Owned(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Sent<'de>, E> {
        Ok(Sent::Owned(text))
    }
}
