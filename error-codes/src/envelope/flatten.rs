//! `envelope(..., flatten)`: data fields beside the code and the message,
//! both ways, so that what is written reads back equal and no key is ever
//! written twice.
//!
//! Writing: an object's fields stand beside the code and the message,
//! unless one of them is named like the code, the message or the data
//! (it would be written twice, or read back as the envelope's own), or the
//! object is empty; that object, and data of any other kind (an array, a
//! number, `null`), is written nested under the data's name.
//!
//! Reading: the body is copied once (its JSON text); the code's and the
//! message's members are blanked out of that copy in place (replaced by
//! spaces, so nothing else moves), and what is left is the data: the one
//! member named like the data, nested, else the object of all the others.
//! A large body of small fields thus costs about its own size, not a
//! `String` and a `RawValue` per field.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt::{self, Formatter};
use core::ops::Range;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{self, SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use super::FieldNames;
use super::read::{CodeSeed, Sent, TextSeed, failure, text, typed};
use super::{Detail, Envelope, success_of};
use crate::ErrorCatalog;

/// The code, the message, then the data's own fields, or the data nested
/// under the data's name (see the module docs).
pub(super) fn write<S: Serializer, D: Serialize>(
    serializer: S,
    fields: FieldNames,
    code: i64,
    message: &str,
    data: &D,
) -> Result<S::Ok, S::Error> {
    let data = serde_json::to_value(data).map_err(ser::Error::custom)?;
    let mut envelope = serializer.serialize_map(None)?;
    envelope.serialize_entry(fields.code, &code)?;
    envelope.serialize_entry(fields.message, message)?;
    match &data {
        Value::Object(object) if !object.is_empty() && !holds_a_name(object, fields) => {
            for (name, value) in object {
                envelope.serialize_entry(name, value)?;
            }
        }
        data => envelope.serialize_entry(fields.data, data)?,
    }
    envelope.end()
}

/// Whether the object has a field named like the code, the message or the data.
fn holds_a_name(object: &serde_json::Map<String, Value>, fields: FieldNames) -> bool {
    [fields.code, fields.message, fields.data]
        .iter()
        .any(|name| object.contains_key(*name))
}

/// Reads a flattened envelope: a body without a code is a success whose
/// data is the whole object.
pub(super) fn read<'de, C: ErrorCatalog, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Envelope<C, T>, D::Error> {
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    let body = Box::<str>::from(raw).into_string();
    let fields = C::ENVELOPE;
    let members = Members::of(&body, fields).map_err(de::Error::custom)?;
    let code = match &members.code {
        Some(span) => Some(read_code(&body[span.clone()]).map_err(de::Error::custom)?),
        None => None,
    };
    let message = match &members.message {
        Some(span) => Some(read_message(&body[span.clone()]).map_err(de::Error::custom)?),
        None => None,
    };
    let data = members.data(body).map_err(de::Error::custom)?;
    // A body without a code is a success (errors-only catalogues too).
    let success = match (code, success_of::<C>()) {
        (None, success) => Some(success.map_or("", |(_, message)| message)),
        (Some(code), Some((success, message))) if code == success => Some(message),
        (Some(_), _) => None,
    };
    if let Some(success_message) = success {
        let data = match data {
            Some(raw) => read_data(&raw).map_err(de::Error::custom)?,
            None => None,
        };
        let message = text(message, success_message);
        return Ok(Envelope::Success { message, data });
    }
    // A failure: the code was read (`None` is a success, above).
    let code = code.unwrap_or_default();
    Ok(Envelope::Failure(failure(code, message, data.map(Detail))))
}

fn read_code(text: &str) -> serde_json::Result<i64> {
    CodeSeed.deserialize(&mut serde_json::Deserializer::from_str(text))
}

/// The message, owned: the body it was read from is changed next.
fn read_message(text: &str) -> serde_json::Result<Option<Sent<'static>>> {
    let sent = TextSeed.deserialize(&mut serde_json::Deserializer::from_str(text))?;
    Ok(sent.map(|sent| match sent {
        Sent::Borrowed(text) => Sent::Owned(String::from(text)),
        Sent::Owned(text) => Sent::Owned(text),
    }))
}

/// Success data: a `T` read from the data's text. `null` (written for
/// `()` or `Value::Null`) is a `T` where `T` reads one, else no data.
fn read_data<'de, T: Deserialize<'de>>(raw: &RawValue) -> serde_json::Result<Option<T>> {
    match typed(raw) {
        Ok(data) => Ok(Some(data)),
        Err(_) if raw.get().trim() == "null" => Ok(None),
        Err(error) => Err(error),
    }
}

/// Where the members of a flattened body are, as byte ranges of its text.
struct Members {
    /// The code's value.
    code: Option<Range<usize>>,
    /// The message's value.
    message: Option<Range<usize>>,
    /// The other members' count, and the value of the one named like the
    /// data when it is the only one.
    others: usize,
    nested: Option<Range<usize>>,
}

impl Members {
    fn of(body: &str, fields: FieldNames) -> serde_json::Result<Self> {
        let mut reader = serde_json::Deserializer::from_str(body);
        let members = (&mut reader).deserialize_map(Scan { body, fields })?;
        reader.end()?;
        Ok(members)
    }

    /// The data's text, cut from `body` in place: `None` when there is no
    /// other member.
    fn data(&self, body: String) -> serde_json::Result<Option<Box<RawValue>>> {
        if self.others == 0 {
            return Ok(None);
        }
        let mut bytes = body.into_bytes();
        // In the order of the body, each member with a comma beside it; a
        // comma blanked with the first is skipped over by the second.
        let mut values = [self.code.clone(), self.message.clone()];
        values.sort_by_key(|value| value.as_ref().map(|value| value.start));
        for value in values.iter().flatten() {
            let member = member(&bytes, value);
            blank(&mut bytes, member);
        }
        if let Some(value) = &self.nested {
            let end = bytes.len();
            blank(&mut bytes, value.end..end);
            blank(&mut bytes, 0..value.start);
        }
        // Only whole members and what surrounds a value (ASCII delimited)
        // were blanked: still UTF-8.
        let body = String::from_utf8(bytes).map_err(de::Error::custom)?;
        // Shrinking reallocates: only when it frees more than half.
        let kept = body.trim();
        let text = if kept.len().saturating_mul(2) < body.len() {
            String::from(kept)
        } else {
            body
        };
        RawValue::from_string(text).map(Some)
    }
}

/// Replaces `span` of `bytes` by spaces, in place (JSON ignores them).
fn blank(bytes: &mut [u8], span: Range<usize>) {
    if let Some(bytes) = bytes.get_mut(span) {
        bytes.fill(b' ');
    }
}

/// Finds the members of the body's object, borrowing its values.
struct Scan<'a> {
    body: &'a str,
    fields: FieldNames,
}

impl<'a> Scan<'a> {
    fn span(&self, value: &RawValue) -> Range<usize> {
        // `value` borrows from `body`: its offset is the difference.
        let start = (value.get().as_ptr() as usize).saturating_sub(self.body.as_ptr() as usize);
        start..start.saturating_add(value.get().len())
    }
}

impl<'de> Visitor<'de> for Scan<'de> {
    type Value = Members;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "an envelope: a map with `{}`", self.fields.code)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
        let fields = self.fields;
        let mut members = Members {
            code: None,
            message: None,
            others: 0,
            nested: None,
        };
        // The data's name twice is refused, as the default envelope refuses
        // it: whether the body nests its data hangs on that member, and
        // JSON readers keep the last of two where this reading would count
        // both. (Other names twice read as JSON readers read them: the
        // last wins when the data is read as an object.)
        let mut data_named = false;
        while let Some(name) = map.next_key::<Cow<'de, str>>()? {
            let value: &'de RawValue = map.next_value()?;
            let span = self.span(value);
            let (place, field) = if name == fields.code {
                (&mut members.code, fields.code)
            } else if name == fields.message {
                (&mut members.message, fields.message)
            } else {
                members.others = members.others.saturating_add(1);
                members.nested = (members.others == 1 && name == fields.data).then_some(span);
                if name == fields.data {
                    if data_named {
                        return Err(de::Error::duplicate_field(fields.data));
                    }
                    data_named = true;
                }
                continue;
            };
            if place.replace(span).is_some() {
                return Err(de::Error::duplicate_field(field));
            }
        }
        if members.others != 1 {
            members.nested = None;
        }
        Ok(members)
    }
}

/// A member whose value is at `value`: from its key's opening quote,
/// with the comma after it, or else the one before it.
fn member(bytes: &[u8], value: &Range<usize>) -> Range<usize> {
    let skip_back = |mut at: usize| {
        while let Some(before) = at.checked_sub(1)
            && bytes[before].is_ascii_whitespace()
        {
            at = before;
        }
        at
    };
    // Back over `:` to the key's closing quote, then to its opening
    // quote: the first `"` not escaped (after an even run of `\`).
    let colon = skip_back(value.start).saturating_sub(1);
    let mut start = skip_back(colon).saturating_sub(1);
    loop {
        start = bytes[..start].iter().rposition(|&b| b == b'"').unwrap_or(0);
        let escapes = bytes[..start].iter().rev().take_while(|&&b| b == b'\\');
        if escapes.count() % 2 == 0 {
            break;
        }
    }
    let mut end = value.end;
    while end < bytes.len() && bytes[end].is_ascii_whitespace() {
        end = end.saturating_add(1);
    }
    if bytes.get(end) == Some(&b',') {
        return start..end.saturating_add(1);
    }
    let before = skip_back(start);
    if let Some(comma) = before.checked_sub(1)
        && bytes[comma] == b','
    {
        return comma..value.end;
    }
    start..value.end
}
