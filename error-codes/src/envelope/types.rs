//! The envelope's types (feature `alloc`): [`Envelope`], [`Failure`],
//! [`Detail`], and how they are built; see the [module docs](super).

use alloc::borrow::{Cow, ToOwned};
use alloc::boxed::Box;
use alloc::string::ToString;
use core::fmt::{self, Display, Formatter};

use serde::de;
use serde::ser::{SerializeMap as _, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use super::read::failure_of_text;
use super::{is_success, success_message, success_of};
use crate::ErrorCatalog;

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
    /// A code the catalogue does not declare, or one of a data variant
    /// whose fields did not read back (missing, of another type, or of a
    /// type that borrows or is not `Deserialize`): kept as sent.
    Unknown {
        /// The raw code of the catalogue, never a gRPC code; `0` when the
        /// peer sent none: a gRPC status without `metadata.code` (its gRPC
        /// code is in the detail, `{"grpc": "NOT_FOUND"}`), or a symbol the
        /// catalogue does not declare, read from a catalogue whose code
        /// field carries symbols (`envelope(code_is = "symbol")`): then
        /// [`symbol`] holds it.
        ///
        /// [`symbol`]: Failure::Unknown::symbol
        code: i64,
        /// The symbol sent, from a catalogue whose code field carries
        /// symbols; `None` otherwise.
        symbol: Option<Cow<'static, str>>,
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
pub struct Detail(pub(super) Box<RawValue>);

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

/// JSON values' equality is an equivalence (JSON has no NaN).
impl Eq for Detail {}

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
        // Constant fields (`fields(ok = false)`) mark failures whatever the
        // status: an API that answers errors with 200 says so in the body.
        if !C::ERRORS_ONLY || !C::ENVELOPE.shape.constants.is_empty() {
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

    /// The symbol: the known variant's (a data variant's too), else the
    /// one sent by a catalogue whose code field carries symbols
    /// (`envelope(code_is = "symbol")`).
    #[inline]
    pub fn symbol(&self) -> Option<&str> {
        match self {
            Self::Unknown {
                symbol: Some(symbol),
                ..
            } => Some(symbol),
            _ => self.entry().map(|entry| entry.symbol),
        }
    }

    /// The entry of its code: the known variant's, else the catalogue's
    /// entry of a data variant's code whose fields did not read back; never
    /// the success entry (an unknown failure's `0` is no code at all).
    pub(crate) fn entry(&self) -> Option<&'static crate::Entry> {
        match self {
            Self::Known { error, .. } => Some(ErrorCatalog::entry(error)),
            Self::Unknown { code, .. } => C::lookup(*code).filter(|entry| !entry.success),
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
    /// The failure of a value: its [formatted
    /// message](ErrorCatalog::formatted_message); no detail, unless its
    /// variant is marked `#[code(..., data)]`, whose fields are then the
    /// detail.
    #[inline]
    fn from(error: C) -> Self {
        // The detail once: the message's placeholders are filled from it.
        let detail = error.__detail();
        Self::Known {
            message: super::placeholder::fill(error.message(), detail.as_ref()),
            detail,
            error,
        }
    }
}

/// What is done with a data variant's fields: the derived `__data` hands
/// them, as a list `(name, &value, rest)`, to `visit` (its detail, its
/// gRPC metadata: each written once, straight from the fields).
#[doc(hidden)]
pub trait DataVisitor {
    /// What it makes of them.
    type Output;
    /// Makes it of `fields`.
    fn visit<F: DataFields>(self, fields: &F) -> Self::Output;
}

/// The detail of a `#[code(..., data)]` variant: its named fields as an
/// object, written once with serde straight to JSON text (never through a
/// `Value` or a re-read, so a wide integer inside a field of yours stays
/// exact). A field serde cannot write (a map with non-string keys, a
/// `Serialize` that fails) is `null`; the other fields are kept.
pub(crate) struct DetailOf;

impl DataVisitor for DetailOf {
    type Output = Option<Detail>;
    fn visit<F: DataFields>(self, fields: &F) -> Option<Detail> {
        struct Object<'a, F>(&'a F, bool);
        impl<F: DataFields> Serialize for Object<'_, F> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(F::LEN))?;
                self.0.write(&mut map, self.1)?;
                map.end()
            }
        }
        // Every field at once; only when one fails, each on its own.
        let once = serde_json::value::to_raw_value(&Object(fields, false));
        let detail = once.or_else(|_| serde_json::value::to_raw_value(&Object(fields, true)));
        detail.ok().map(Detail)
    }
}

/// Something done with each field of a data variant, in order.
#[doc(hidden)]
pub trait EachField {
    /// Does it with the field `name` of value `value`.
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T);
}

/// The named fields of a data variant, as the generated code lists them:
/// `(name, &value, rest)`, the last `rest` being `()`.
#[doc(hidden)]
pub trait DataFields {
    /// How many fields.
    const LEN: usize;
    /// Writes each field into `map`; `alone`: each field first on its own,
    /// `null` when it cannot be written.
    ///
    /// # Errors
    ///
    /// The serializer's.
    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M, alone: bool) -> Result<(), M::Error>;
    /// Gives each field to `each`, in order.
    fn each<E: EachField>(&self, each: &mut E);
}

impl DataFields for () {
    const LEN: usize = 0;
    #[inline]
    fn write<M: serde::ser::SerializeMap>(&self, _: &mut M, _: bool) -> Result<(), M::Error> {
        Ok(())
    }
    #[inline]
    fn each<E: EachField>(&self, _: &mut E) {}
}

impl<T: Serialize + ?Sized, R: DataFields> DataFields for (&'static str, &T, R) {
    const LEN: usize = 1 + R::LEN;
    #[inline]
    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M, alone: bool) -> Result<(), M::Error> {
        let (name, value, rest) = self;
        if alone {
            let value = serde_json::value::to_raw_value(value);
            let value: &RawValue = value.as_deref().unwrap_or(RawValue::NULL);
            map.serialize_entry(name, value)?;
        } else {
            map.serialize_entry(name, value)?;
        }
        rest.write(map, alone)
    }
    #[inline]
    fn each<E: EachField>(&self, each: &mut E) {
        let (name, value, rest) = self;
        each.field(name, *value);
        rest.each(each);
    }
}

/// The members of a detail object, in the order sent; `None` for a
/// detail that is no object. Used by the generated code to rebuild a data
/// variant.
#[doc(hidden)]
#[must_use]
pub fn detail_fields(
    detail: &Detail,
) -> Option<alloc::vec::Vec<(alloc::string::String, Box<RawValue>)>> {
    super::problem_read::members(detail).ok()
}

/// The JSON text of the member `name` of `fields`, else `null`. A name
/// sent twice reads as JSON readers read it (serde_json's `Value`,
/// JavaScript's `JSON.parse`), and as the envelope writes it back: the
/// last wins.
#[doc(hidden)]
#[must_use]
pub fn detail_field<'a>(
    fields: &'a [(alloc::string::String, Box<RawValue>)],
    name: &str,
) -> &'a str {
    let found = fields.iter().rev().find(|(member, _)| member == name);
    found.map_or("null", |(_, value)| value.get())
}

impl<C: ErrorCatalog> Display for Failure<C> {
    /// `"Login session is missing or invalid. (code 40101)"`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} (code {})", self.message(), self.code())
    }
}

impl<C: ErrorCatalog + fmt::Debug> core::error::Error for Failure<C> {}
