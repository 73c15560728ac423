//! The envelope itself (feature `alloc`): building, writing and reading it;
//! see the [module docs](super).

use alloc::borrow::{Cow, ToOwned};
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use core::fmt::{self, Display, Formatter};
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Unexpected, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

mod flat;

use super::{DEFAULT_SUCCESS_CODE, DEFAULT_SUCCESS_MESSAGE, FieldNames};
use crate::ErrorCatalog;

/// The success code and message of `C`'s envelopes; `None` for an
/// errors-only catalogue, whose successes have no code.
#[inline]
fn success_of<C: ErrorCatalog>() -> Option<(i64, &'static str)> {
    let message = C::success().map_or(DEFAULT_SUCCESS_MESSAGE, |entry| entry.message);
    super::success_code::<C>().map(|code| (code, message))
}

/// The success message of `C`'s envelopes (`""` for an errors-only one).
#[inline]
fn success_message<C: ErrorCatalog>() -> &'static str {
    success_of::<C>().map_or("", |(_, message)| message)
}

/// Whether `code` is `C`'s success code.
#[inline]
pub(crate) fn is_success<C: ErrorCatalog>(code: i64) -> bool {
    success_of::<C>().is_some_and(|(success, _)| success == code)
}

/// An envelope of catalogue `C` carrying success data of type `T`: what a
/// server sends ([`Envelope::success`], [`Envelope::error`]) and what a
/// client parses (see the [module docs](crate::envelope) for every case of input).
#[derive(Debug, Clone, PartialEq)]
pub enum Envelope<C, T = ()> {
    /// The catalogue's success code.
    Success {
        /// The message sent (built: the success entry's, else `"ok"`).
        message: Cow<'static, str>,
        /// The data; `None` when `data` is missing or `null`.
        data: Option<T>,
    },
    /// Any other code: a known variant or an unknown code.
    Failure(Failure<C>),
}

/// An envelope with a code other than the success code.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure<C> {
    /// A code the catalogue declares (through compositions too).
    Known {
        /// The variant of the code.
        error: C,
        /// The message sent: built, the catalogue's; parsed, the peer's
        /// (borrowed from the catalogue when equal).
        message: Cow<'static, str>,
        /// `data`, when the sender put something there.
        detail: Option<Detail>,
    },
    /// A code the catalogue does not declare, or one of a variant that
    /// carries data (which cannot be built from a code): kept as sent.
    Unknown {
        /// The raw code.
        code: i64,
        /// The message sent (`""` when missing).
        message: Cow<'static, str>,
        /// `data`, when the sender put something there.
        detail: Option<Detail>,
    },
}

/// The `data` of a failure, kept as the JSON text that was sent: it costs
/// about its size in memory, whatever its shape (a [`Value`] costs many
/// times more, which an untrusted peer could use). Read it with
/// [`Detail::to_value`] or [`Detail::parse`]; [`Detail::get`] is the text.
///
/// Two details are equal when their JSON values are (whitespace and key
/// order aside; past `serde_json`'s nesting limit of 128, whitespace aside).
#[derive(Clone)]
pub struct Detail(Box<RawValue>);

impl Detail {
    /// The detail of a serialisable value.
    ///
    /// # Errors
    ///
    /// When `value` cannot be written as JSON (a map with non-string keys, ...).
    pub fn new<D: Serialize + ?Sized>(value: &D) -> serde_json::Result<Self> {
        serde_json::value::to_raw_value(value).map(Self)
    }

    /// The JSON text, as sent (of a flattened envelope: the body with its
    /// code and message blanked to spaces, a valid JSON object of the rest).
    #[must_use]
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// The detail as a [`Value`].
    ///
    /// # Errors
    ///
    /// Only past `serde_json`'s nesting limit (the text was checked as JSON
    /// when it was read).
    pub fn to_value(&self) -> serde_json::Result<Value> {
        serde_json::from_str(self.get())
    }

    /// The detail as a `D`.
    ///
    /// # Errors
    ///
    /// When the detail is not a `D`.
    pub fn parse<D: de::DeserializeOwned>(&self) -> serde_json::Result<D> {
        serde_json::from_str(self.get())
    }
}

impl From<Value> for Detail {
    fn from(value: Value) -> Self {
        // A `Value` is always valid JSON; its text form cannot fail.
        let text = value.to_string();
        Self(RawValue::from_string(text).unwrap_or_else(|_| RawValue::NULL.to_owned()))
    }
}

impl PartialEq for Detail {
    fn eq(&self, other: &Self) -> bool {
        if self.get() == other.get() {
            return true;
        }
        match (self.to_value(), other.to_value()) {
            (Ok(this), Ok(other)) => this == other,
            // Past serde_json's nesting limit: the texts, whitespace aside
            // (key order then counts), never "both unreadable, so equal".
            _ => tokens(self.get()).eq(tokens(other.get())),
        }
    }
}

/// The bytes of JSON text without the whitespace between tokens.
fn tokens(text: &str) -> impl Iterator<Item = u8> + '_ {
    let (mut in_string, mut escaped) = (false, false);
    text.bytes().filter(move |&byte| {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            return true;
        }
        in_string = byte == b'"';
        !byte.is_ascii_whitespace()
    })
}

impl fmt::Debug for Detail {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "Detail({})", self.get())
    }
}

impl Display for Detail {
    /// The JSON text.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

impl Serialize for Detail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<C: ErrorCatalog, T> Envelope<C, T> {
    /// A success carrying `data`, with the catalogue's success code and
    /// message.
    #[inline]
    pub fn success(data: T) -> Self {
        Self::Success {
            message: Cow::Borrowed(success_message::<C>()),
            data: Some(data),
        }
    }

    /// A success without data: `{"errcode": 0, "errmsg": "ok"}` in WeChat's
    /// names (the default names write `"data": null`).
    #[inline]
    pub fn ok() -> Self {
        Self::Success {
            message: Cow::Borrowed(success_message::<C>()),
            data: None,
        }
    }

    /// The envelope of a catalogue value: its code and `&'static` message,
    /// no data. Nothing of a source error leaks: the message is the
    /// catalogue's. Add detail with [`Envelope::error_with_detail`].
    ///
    /// The catalogue's success value gives a success without data, as a
    /// peer would read it back: never a failure carrying the success code.
    #[inline]
    pub fn error(error: C) -> Self {
        if is_success::<C>(error.code()) {
            return Self::Success {
                message: Cow::Borrowed(error.message()),
                data: None,
            };
        }
        Self::Failure(Failure::from(error))
    }

    /// The envelope of a catalogue value, with `detail` (chosen by the
    /// caller) in `data`. The success value gives a success without data
    /// (as [`Envelope::error`]): `detail` is not a `T`.
    #[inline]
    pub fn error_with_detail(error: C, detail: impl Into<Detail>) -> Self {
        match Self::error(error) {
            Self::Failure(failure) => Self::Failure(failure.with_detail(detail)),
            success => success,
        }
    }

    /// The code on the wire: `None` for a success of an errors-only
    /// catalogue, which has none.
    #[inline]
    pub fn code(&self) -> Option<i64> {
        match self {
            Self::Success { .. } => success_of::<C>().map(|(code, _)| code),
            Self::Failure(failure) => Some(failure.code()),
        }
    }

    /// The message on the wire.
    #[inline]
    pub fn message(&self) -> &str {
        match self {
            Self::Success { message, .. } => message,
            Self::Failure(failure) => failure.message(),
        }
    }

    /// Whether this is a success.
    pub const fn is_success(&self) -> bool {
        matches!(self, Self::Success { .. })
    }

    /// The data of a success (`None` also when it came without data).
    pub const fn data(&self) -> Option<&T> {
        match self {
            Self::Success { data, .. } => data.as_ref(),
            Self::Failure(_) => None,
        }
    }

    /// The data of a success, or the failure: ready for `?`.
    ///
    /// # Errors
    ///
    /// The [`Failure`] when the envelope is not a success.
    pub fn into_result(self) -> Result<Option<T>, Failure<C>> {
        match self {
            Self::Success { data, .. } => Ok(data),
            Self::Failure(failure) => Err(failure),
        }
    }
}

impl<'de, C: ErrorCatalog, T: Deserialize<'de>> Envelope<C, T> {
    /// Reads an HTTP answer from its status and body: what a client of an
    /// errors-only catalogue ([`ErrorCatalog::ERRORS_ONLY`]) must do, since
    /// its successes are bare resources that may hold a `code` field of
    /// their own. There a 2xx status is a success whose data is the whole
    /// body (`None` when the body is empty), and any other status a failure
    /// read from the body (every code an error, `0` included). For other
    /// catalogues the body is the envelope, whatever the status.
    ///
    /// # Errors
    ///
    /// When the body is not a `T` (a success) or not an envelope of `C` (a
    /// failure: a proxy's HTML page, a body without a code, ...).
    pub fn from_answer(status: u16, body: &'de [u8]) -> serde_json::Result<Self> {
        if !C::ERRORS_ONLY {
            return serde_json::from_slice(body);
        }
        if (200..300).contains(&status) {
            let data = if body.iter().all(u8::is_ascii_whitespace) {
                None
            } else {
                Some(serde_json::from_slice(body)?)
            };
            return Ok(Self::Success {
                message: Cow::Borrowed(""),
                data,
            });
        }
        let text = core::str::from_utf8(body).map_err(de::Error::custom)?;
        failure_of_text(text)
    }
}

impl<C: ErrorCatalog, T> From<Failure<C>> for Envelope<C, T> {
    fn from(failure: Failure<C>) -> Self {
        Self::Failure(failure)
    }
}

impl<C: ErrorCatalog, T> From<Result<T, C>> for Envelope<C, T> {
    /// A handler's result: its data as a success, its error as a failure.
    fn from(result: Result<T, C>) -> Self {
        match result {
            Ok(data) => Self::success(data),
            Err(error) => Self::error(error),
        }
    }
}

impl<C: ErrorCatalog> Failure<C> {
    /// The code on the wire.
    #[inline]
    pub fn code(&self) -> i64 {
        match self {
            Self::Known { error, .. } => error.code(),
            Self::Unknown { code, .. } => *code,
        }
    }

    /// The message on the wire.
    #[inline]
    pub fn message(&self) -> &str {
        match self {
            Self::Known { message, .. } | Self::Unknown { message, .. } => message,
        }
    }

    /// The data sent with the failure, if any.
    #[inline]
    pub const fn detail(&self) -> Option<&Detail> {
        match self {
            Self::Known { detail, .. } | Self::Unknown { detail, .. } => detail.as_ref(),
        }
    }

    /// The variant, for a known code.
    pub const fn known(&self) -> Option<&C> {
        match self {
            Self::Known { error, .. } => Some(error),
            Self::Unknown { .. } => None,
        }
    }

    /// The same failure with `detail` in `data`.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<Detail>) -> Self {
        match &mut self {
            Self::Known { detail: slot, .. } | Self::Unknown { detail: slot, .. } => {
                *slot = Some(detail.into());
            }
        }
        self
    }
}

impl<C: ErrorCatalog> From<C> for Failure<C> {
    /// The failure of a value: no detail, unless its variant is marked
    /// `#[code(..., data)]`, whose fields are then the detail.
    #[inline]
    fn from(error: C) -> Self {
        Self::Known {
            message: Cow::Borrowed(error.message()),
            detail: error.__detail(),
            error,
        }
    }
}

/// The detail of a `#[code(..., data)]` variant: its named fields as an
/// object, each written with serde. Used by the generated code.
#[doc(hidden)]
#[must_use]
pub fn detail_of(fields: &[(&str, serde_json::Result<Value>)]) -> Option<Detail> {
    let mut object = serde_json::Map::new();
    for (name, value) in fields {
        let value = value.as_ref().ok()?;
        object.insert((*name).to_owned(), value.clone());
    }
    Some(Detail::from(Value::Object(object)))
}

impl<C: ErrorCatalog> Display for Failure<C> {
    /// `"Login session is missing or invalid. (code 40101)"`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} (code {})", self.message(), self.code())
    }
}

impl<C: ErrorCatalog + fmt::Debug> core::error::Error for Failure<C> {}

impl<C: ErrorCatalog, T: Serialize> Serialize for Envelope<C, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // An errors-only catalogue's success: the bare body.
            Self::Success { data, .. } if C::ERRORS_ONLY => data.serialize(serializer),
            Self::Success { message, data } => write(
                serializer,
                C::ENVELOPE,
                success_of::<C>().map_or(DEFAULT_SUCCESS_CODE, |(code, _)| code),
                message,
                data.as_ref(),
            ),
            Self::Failure(failure) => write(
                serializer,
                C::ENVELOPE,
                failure.code(),
                failure.message(),
                failure.detail(),
            ),
        }
    }
}

impl<C: ErrorCatalog> Serialize for Failure<C> {
    /// The failure as an envelope.
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        write(
            serializer,
            C::ENVELOPE,
            self.code(),
            self.message(),
            self.detail(),
        )
    }
}

/// A failure's envelope from its parts, as [`Failure`] writes it: the
/// axum middleware `axum::localize` writes it again in another language.
#[cfg(feature = "__web")]
pub(crate) struct Written<'a> {
    pub fields: FieldNames,
    pub code: i64,
    pub message: &'a str,
    pub detail: Option<&'a Detail>,
}

#[cfg(feature = "__web")]
impl Serialize for Written<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        write(
            serializer,
            self.fields,
            self.code,
            self.message,
            self.detail,
        )
    }
}

#[inline]
fn write<S: Serializer, D: Serialize>(
    serializer: S,
    fields: FieldNames,
    code: i64,
    message: &str,
    data: Option<&D>,
) -> Result<S::Ok, S::Error> {
    if let Some(data) = data.filter(|_| fields.flatten) {
        return flat::write(serializer, fields, code, message, data);
    }
    let with_data = data.is_some() || fields.null_data;
    let mut envelope = serializer.serialize_struct("Envelope", 2 + usize::from(with_data))?;
    envelope.serialize_field(fields.code, &code)?;
    envelope.serialize_field(fields.message, message)?;
    if with_data {
        envelope.serialize_field(fields.data, &data)?;
    } else {
        envelope.skip_field(fields.data)?;
    }
    envelope.end()
}

impl<'de, C: ErrorCatalog, T: Deserialize<'de>> Deserialize<'de> for Envelope<C, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if C::ERRORS_ONLY {
            return errors_only(deserializer);
        }
        if C::ENVELOPE.flatten {
            return flat::read(deserializer);
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
fn failure_of_text<C: ErrorCatalog, T>(text: &str) -> serde_json::Result<Envelope<C, T>> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let envelope: Envelope<C, IgnoredAny> = if C::ENVELOPE.flatten {
        flat::read(&mut reader)?
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
                    } else {
                        Data::Raw(map.next_value()?)
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
fn failure<C: ErrorCatalog>(
    code: i64,
    message: Option<Option<Sent<'_>>>,
    detail: Option<Detail>,
) -> Failure<C> {
    match C::from_code(code) {
        Some(error) => Failure::Known {
            message: text(message, error.message()),
            error,
            detail,
        },
        None => Failure::Unknown {
            code,
            message: text(message, ""),
            detail,
        },
    }
}

/// Success data that came before the code, read from its buffered text. A
/// reader that never lends its input serves any lifetime: a `T` that would
/// borrow from the input is an error here, not a dangling borrow.
#[cfg(feature = "std")]
fn typed<'de, T: Deserialize<'de>>(raw: &RawValue) -> serde_json::Result<T> {
    let mut reader = serde_json::Deserializer::from_reader(raw.get().as_bytes());
    let data = T::deserialize(&mut reader)?;
    reader.end()?;
    Ok(data)
}

/// Without std (no reader): through a `Value`, which never lends either,
/// at a few times the text's size in memory.
#[cfg(not(feature = "std"))]
fn typed<'de, T: Deserialize<'de>>(raw: &RawValue) -> serde_json::Result<T> {
    let value: Value = serde_json::from_str(raw.get())?;
    T::deserialize(value)
}

/// A message as read: borrowed from the input when the format allows.
enum Sent<'de> {
    Borrowed(&'de str),
    Owned(String),
}

/// The message to keep: `reference` (the catalogue's `&'static` text) when
/// missing or equal to it, else the text sent.
fn text(message: Option<Option<Sent<'_>>>, reference: &'static str) -> Cow<'static, str> {
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
struct CodeSeed;

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
struct TextSeed;

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

/// The RFC 9457 `application/problem+json` form of a catalogue value:
/// `{"type", "title", "status", "detail", "code"}`.
///
/// `title` is the entry's title (`#[code(..., title = "...")]`), else its
/// message; `detail` the message; `status` the HTTP status
/// ([`ErrorCatalog::http_status`]), else 500; `type` is `"about:blank"`
/// until you give a URI with [`Problem::with_type`].
///
/// ```
/// use error_codes::{ErrorCatalog, Problem};
///
/// #[derive(Debug, Clone, Copy, ErrorCatalog)]
/// enum ApiError {
///     /// Login session is missing or invalid.
///     #[code(40101, http = 401, title = "Unauthorized Session")]
///     Unauthorized,
/// }
///
/// let problem = Problem::of(&ApiError::Unauthorized);
/// assert_eq!(
///     serde_json::to_string(&problem)?,
///     r#"{"type":"about:blank","title":"Unauthorized Session","status":401,"detail":"Login session is missing or invalid.","code":40101}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// A URI naming the problem type (`"about:blank"` by default).
    #[serde(rename = "type")]
    pub kind: Cow<'static, str>,
    /// A short summary of the problem type: the entry's title, else its message.
    pub title: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// The occurrence's explanation: the entry's message.
    pub detail: &'static str,
    /// The catalogue code (an extension member).
    pub code: i64,
    /// The entry it was made of, for its translations.
    #[serde(skip)]
    entry: Option<&'static crate::Entry>,
}

impl Problem {
    /// The media type of the problem form.
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The problem form of a catalogue value.
    pub fn of<C: ErrorCatalog>(error: &C) -> Self {
        let entry = error.entry();
        Self {
            kind: Cow::Borrowed("about:blank"),
            title: entry.title.unwrap_or(entry.message),
            status: error.http_status().unwrap_or(500),
            detail: entry.message,
            code: entry.code,
            entry: Some(entry),
        }
    }

    /// The same problem in the language of `tag` (see
    /// [`Entry::message_in`](crate::Entry::message_in)): its `detail`, and
    /// its `title` where that is the message. Unchanged without a
    /// translation.
    #[must_use]
    pub fn in_language(self, tag: &str) -> Self {
        match self.entry.and_then(|entry| entry.translation(tag)) {
            Some((_, message)) => self.with_message(message),
            None => self,
        }
    }

    /// With `message` as its detail (and its title, where that was the
    /// entry's message).
    pub(crate) fn with_message(mut self, message: &'static str) -> Self {
        if self.entry.is_some_and(|entry| entry.title.is_none()) {
            self.title = message;
        }
        self.detail = message;
        self
    }

    /// The entry it was made of.
    #[cfg(feature = "__web")]
    #[cfg_attr(not(feature = "axum"), allow(dead_code))]
    pub(crate) fn entry(&self) -> Option<&'static crate::Entry> {
        self.entry
    }

    /// The same problem with `type` set to `uri` (for example your docs
    /// page of the code).
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.kind = uri.into();
        self
    }
}
