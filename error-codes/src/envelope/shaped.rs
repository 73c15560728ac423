//! Envelopes of another [`BodyShape`] than the plain one, both ways: under a
//! member (`{"error": {...}}`) or in a list of one (`{"errors": [{...}]}`),
//! with the entry's facts beside the code (status, gRPC code, module,
//! documentation URL), constant fields, and without a message or data.
//!
//! Writing takes the facts from the entry of the code (none for a code the
//! catalogue does not declare). Reading copies the body once, finds the
//! inner object and reads the code, the message and the data as the plain
//! form does; the facts a body states are not trusted (the code decides),
//! and [`contradictions`](super::contradictions) lists where they differ.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

use alloc::borrow::Cow;
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::ToString;
use alloc::vec::Vec;
use core::fmt::{self, Formatter};

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::read::{CodeSeed, Sent, TextSeed, failure, text, typed};
use super::{BodyShape, Detail, Envelope, Failure, FieldNames, success_of};
use crate::{Entry, ErrorCatalog};

/// What one body says, before the code decides what it is.
pub(crate) struct Body<'a, D> {
    pub fields: FieldNames,
    /// The entry of the code, for its facts.
    pub entry: Option<&'static Entry>,
    /// Whether it is a failure (the constant fields are written).
    pub failure: bool,
    pub code: i64,
    /// The symbol of a code the catalogue does not declare, as read from a
    /// peer (`code_is = "symbol"`).
    pub symbol: Option<&'a str>,
    pub message: &'a str,
    pub data: Option<&'a D>,
}

impl<D: Serialize> Serialize for Body<'_, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let shape = self.fields.shape;
        let Some(under) = shape.under else {
            return Inner(self).serialize(serializer);
        };
        let mut outer = serializer.serialize_map(Some(1))?;
        if shape.list {
            outer.serialize_entry(under, &[Inner(self)])?;
        } else {
            outer.serialize_entry(under, &Inner(self))?;
        }
        outer.end()
    }
}

/// The object with the code.
struct Inner<'b, 'a, D>(&'b Body<'a, D>);

impl<D: Serialize> Serialize for Inner<'_, '_, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Body {
            fields,
            entry,
            failure,
            code,
            symbol,
            message,
            data,
        } = *self.0;
        let shape = fields.shape;
        let mut map = serializer.serialize_map(None)?;
        let symbol = symbol.or(entry.map(|entry| entry.symbol));
        match symbol.filter(|_| shape.code_is_symbol) {
            Some(symbol) => map.serialize_entry(fields.code, symbol)?,
            None => map.serialize_entry(fields.code, &code)?,
        }
        if !shape.without_message {
            map.serialize_entry(fields.message, message)?;
        }
        if let Some(entry) = entry {
            facts(&mut map, shape, entry)?;
        }
        if failure {
            for (name, json) in shape.constants {
                let value: &RawValue =
                    serde_json::from_str(json).map_err(serde::ser::Error::custom)?;
                map.serialize_entry(name, value)?;
            }
        }
        if fields.flatten {
            // Data beside the code, or nothing: no `null` stands for none.
            if let Some(data) = data {
                beside(&mut map, fields, data)?;
            }
        } else if !shape.without_data && (data.is_some() || fields.null_data) {
            map.serialize_entry(fields.data, &data)?;
        }
        map.end()
    }
}

/// `flatten`: an object's fields beside the code, unless one is named like
/// a field of the body (or it is empty); then, and for data of any other
/// kind, under the data's name.
fn beside<M: SerializeMap, D: Serialize>(
    map: &mut M,
    fields: FieldNames,
    data: &D,
) -> Result<(), M::Error> {
    // As JSON text, never a `Value`: a number a `Value` cannot hold (one
    // beyond f64, sent by a peer) is written back as it came.
    let raw = serde_json::value::to_raw_value(data).map_err(serde::ser::Error::custom)?;
    let object: Option<alloc::collections::BTreeMap<alloc::string::String, Box<RawValue>>> =
        serde_json::from_str(raw.get()).ok();
    let taken = |name: &str| MembersVisitor(fields).key(name).is_taken();
    match object {
        Some(object) if !object.is_empty() && !object.keys().any(|k| taken(k)) => {
            for (name, value) in &object {
                map.serialize_entry(name, value)?;
            }
            Ok(())
        }
        _ => map.serialize_entry(fields.data, &raw),
    }
}

/// The entry's facts the shape names, where the entry has them.
fn facts<M: SerializeMap>(map: &mut M, shape: BodyShape, entry: &Entry) -> Result<(), M::Error> {
    if let (Some(name), Some(status)) = (shape.status, entry.http) {
        if shape.status_is_string {
            map.serialize_entry(name, &status.to_string())?;
        } else {
            map.serialize_entry(name, &status)?;
        }
    }
    if let Some(name) = shape.grpc {
        map.serialize_entry(name, entry.grpc.name())?;
    }
    if let (Some(name), Some(module)) = (shape.module, entry.module) {
        map.serialize_entry(name, module)?;
    }
    if let (Some(name), Some(url)) = (shape.docs_url, entry.docs_url()) {
        map.serialize_entry(name, url)?;
    }
    Ok(())
}

/// Reads a body of `C`'s shape (see the module docs).
pub(super) fn read<'de, C: ErrorCatalog, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Envelope<C, T>, D::Error> {
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    read_raw(&raw).map_err(de::Error::custom)
}

/// [`read`] from a body's JSON text.
pub(super) fn read_raw<'de, C: ErrorCatalog, T: Deserialize<'de>>(
    raw: &RawValue,
) -> serde_json::Result<Envelope<C, T>> {
    let fields = C::ENVELOPE;
    let whole = || -> serde_json::Result<Envelope<C, T>> {
        Ok(Envelope::Success {
            message: Cow::Borrowed(""),
            data: Some(typed(raw)?),
        })
    };
    let Some(inner) = inner_of(raw.get(), fields.shape)? else {
        if C::ERRORS_ONLY {
            return whole();
        }
        let under = fields.shape.under.unwrap_or(fields.code);
        return Err(de::Error::missing_field(under));
    };
    // A bare success that is no object (a list, a number) holds no code.
    if C::ERRORS_ONLY && !inner.get().trim_start().starts_with('{') {
        return whole();
    }
    let mut members = Members::read::<C>(inner.get())?;
    let marked = members.constants_match(fields.shape);
    let coded = members.code.is_some() || members.symbol.is_some();
    if C::ERRORS_ONLY && (!marked || !coded) {
        return whole();
    }
    let data = data_of(&mut members, fields)?;
    if let Some(symbol) = members.symbol {
        return Ok(Envelope::Failure(Failure::Unknown {
            code: 0,
            symbol: Some(Cow::Owned(symbol)),
            message: text(members.message, ""),
            detail: data.map(Detail),
        }));
    }
    let code = members
        .code
        .ok_or_else(|| de::Error::missing_field(fields.code))?;
    if let Some((_, success_message)) = success_of::<C>().filter(|(success, _)| *success == code) {
        let data = match data {
            Some(raw) if raw.get() != "null" => Some(typed(&raw)?),
            _ => None,
        };
        return Ok(Envelope::Success {
            message: text(members.message, success_message),
            data,
        });
    }
    Ok(Envelope::Failure(failure(
        code,
        members.message,
        data.map(Detail),
    )))
}

/// The data a body carries: its data field's, or under `flatten` the
/// object of the members that are none of the body's own (with the data
/// field among them, when both are sent).
fn data_of(members: &mut Members, fields: FieldNames) -> serde_json::Result<Option<Box<RawValue>>> {
    let data = members.data.take().flatten();
    if !fields.flatten || members.others.is_empty() {
        return Ok(data);
    }
    let mut object: alloc::collections::BTreeMap<&str, &RawValue> = members
        .others
        .iter()
        .map(|(name, raw)| (name.as_str(), &**raw))
        .collect();
    if let Some(data) = &data {
        object.insert(fields.data, data);
    }
    serde_json::value::to_raw_value(&object).map(Some)
}

/// The inner object's text: the body itself, or its `under` member (the
/// first of its list); `None` when the body has no such member.
fn inner_of(body: &str, shape: BodyShape) -> serde_json::Result<Option<Box<RawValue>>> {
    let Some(under) = shape.under else {
        return RawValue::from_string(body.to_owned()).map(Some);
    };
    if !body.trim_start().starts_with('{') {
        return Ok(None);
    }
    let mut reader = serde_json::Deserializer::from_str(body);
    let member = de::Deserializer::deserialize_map(&mut reader, MemberOf(under))?;
    let Some(member) = member else {
        return Ok(None);
    };
    if !shape.list {
        return Ok(Some(member));
    }
    let mut reader = serde_json::Deserializer::from_str(member.get());
    let first = de::Deserializer::deserialize_seq(&mut reader, FirstOf)?;
    first
        .map(Some)
        .ok_or_else(|| de::Error::invalid_length(0, &"a list of one error"))
}

/// Finds one member of an object, kept as its text.
struct MemberOf(&'static str);

impl<'de> Visitor<'de> for MemberOf {
    type Value = Option<Box<RawValue>>;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "an object with `{}`", self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(name) = map.next_key::<Cow<'de, str>>()? {
            if name == self.0 {
                if found.is_some() {
                    return Err(de::Error::duplicate_field(self.0));
                }
                found = Some(map.next_value::<Box<RawValue>>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// The first element of a list, kept as its text.
struct FirstOf;

impl<'de> Visitor<'de> for FirstOf {
    type Value = Option<Box<RawValue>>;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("a list of errors")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let first = seq.next_element::<Box<RawValue>>()?;
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(first)
    }
}

/// The members of an inner object that reading needs.
#[derive(Default)]
pub(crate) struct Members {
    pub code: Option<i64>,
    /// A symbol the catalogue does not declare (`code_is = "symbol"`).
    pub symbol: Option<alloc::string::String>,
    /// Under `flatten`, the members that are none of the body's own: the
    /// data's fields.
    pub others: Vec<(alloc::string::String, Box<RawValue>)>,
    pub message: Option<Option<Sent<'static>>>,
    pub data: Option<Option<Box<RawValue>>>,
    /// Each constant field sent, by its position in the shape's.
    pub constants: Vec<(usize, Box<RawValue>)>,
    /// The facts sent: status, gRPC code, module, documentation URL.
    pub facts: [Option<Box<RawValue>>; 4],
}

impl Members {
    /// Reads an inner object of `C`'s shape.
    pub(crate) fn read<C: ErrorCatalog>(text: &str) -> serde_json::Result<Self> {
        let mut reader = serde_json::Deserializer::from_str(text);
        let visitor = MembersVisitor(C::ENVELOPE);
        let mut members = de::Deserializer::deserialize_map(&mut reader, visitor)?;
        if let Some(symbol) = members.symbol.take() {
            match C::lookup_symbol(&symbol) {
                Some(entry) => members.code = Some(entry.code),
                None => members.symbol = Some(symbol),
            }
        }
        reader.end()?;
        Ok(members)
    }

    /// Whether every constant field was sent with its value (JSON-equal).
    fn constants_match(&self, shape: BodyShape) -> bool {
        shape
            .constants
            .iter()
            .enumerate()
            .all(|(index, (_, json))| {
                let sent = self.constants.iter().find(|(at, _)| *at == index);
                sent.is_some_and(|(_, raw)| same_json(raw.get(), json))
            })
    }
}

/// Whether two JSON texts hold equal values.
pub(crate) fn same_json(a: &str, b: &str) -> bool {
    let a: Result<serde_json::Value, _> = serde_json::from_str(a);
    let b: Result<serde_json::Value, _> = serde_json::from_str(b);
    matches!((a, b), (Ok(a), Ok(b)) if a == b)
}

struct MembersVisitor(FieldNames);

/// Which member a name is.
enum Key {
    Code,
    Message,
    Data,
    Constant(usize),
    Fact(usize),
    Other,
}

impl Key {
    /// Whether it is one of the body's own fields (not data beside them).
    fn is_taken(&self) -> bool {
        !matches!(self, Self::Other)
    }
}

impl MembersVisitor {
    fn key(&self, name: &str) -> Key {
        let fields = self.0;
        let shape = fields.shape;
        if name == fields.code {
            return Key::Code;
        }
        if name == fields.message && !shape.without_message {
            return Key::Message;
        }
        if name == fields.data && !shape.without_data {
            return Key::Data;
        }
        if let Some(at) = shape.constants.iter().position(|(n, _)| *n == name) {
            return Key::Constant(at);
        }
        let facts = [shape.status, shape.grpc, shape.module, shape.docs_url];
        match facts.iter().position(|fact| *fact == Some(name)) {
            Some(at) => Key::Fact(at),
            None => Key::Other,
        }
    }
}

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = Members;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "an error object with `{}`", self.0.code)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
        let mut members = Members::default();
        while let Some(name) = map.next_key::<Cow<'de, str>>()? {
            let twice = || de::Error::custom(alloc::format!("duplicate field `{name}`"));
            match self.key(&name) {
                Key::Code if members.code.is_some() || members.symbol.is_some() => {
                    return Err(twice());
                }
                Key::Code if self.0.shape.code_is_symbol => {
                    members.symbol = Some(map.next_value()?);
                }
                Key::Code => members.code = Some(map.next_value_seed(CodeSeed)?),
                Key::Message if members.message.is_some() => return Err(twice()),
                Key::Message => {
                    let sent = map.next_value_seed(TextSeed)?;
                    members.message = Some(sent.map(Sent::into_owned));
                }
                Key::Data if members.data.is_some() => return Err(twice()),
                Key::Data => members.data = Some(map.next_value()?),
                Key::Constant(at) if members.constants.iter().any(|(seen, _)| *seen == at) => {
                    return Err(twice());
                }
                Key::Constant(at) => members.constants.push((at, map.next_value()?)),
                Key::Fact(at) => {
                    let slot = members.facts.get_mut(at).ok_or_else(twice)?;
                    if slot.is_some() {
                        return Err(twice());
                    }
                    *slot = Some(map.next_value()?);
                }
                Key::Other if self.0.flatten => {
                    members.others.push((name.into_owned(), map.next_value()?));
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(members)
    }
}

/// A fact a body states (its status, gRPC code, module or documentation
/// URL) that the catalogue's entry of its code does not: see
/// [`contradictions`](super::contradictions).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Contradiction {
    /// The body's field (`"status"`).
    pub field: &'static str,
    /// What the body sent, as JSON text (`"200"`).
    pub sent: alloc::string::String,
    /// What the catalogue declares for the code, as the body would write
    /// it; `None` when it declares nothing there.
    pub declared: Option<alloc::string::String>,
}

impl Contradiction {
    /// A contradiction, for tests that compare with one.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        field: &'static str,
        sent: alloc::string::String,
        declared: Option<alloc::string::String>,
    ) -> Self {
        Self {
            field,
            sent,
            declared,
        }
    }
}

/// The facts of `body` (an answer in `C`'s shape) that contradict the
/// entry of its code; empty for a code `C` does not declare.
pub(super) fn contradictions_of<C: ErrorCatalog>(
    body: &str,
) -> serde_json::Result<Vec<Contradiction>> {
    let shape = C::ENVELOPE.shape;
    let Some(inner) = inner_of(body, shape)? else {
        return Ok(Vec::new());
    };
    let members = Members::read::<C>(inner.get())?;
    let Some(entry) = members.code.and_then(C::lookup) else {
        return Ok(Vec::new());
    };
    let status = entry.http.map(|status| match shape.status_is_string {
        true => serde_json::to_string(&status.to_string()),
        false => serde_json::to_string(&status),
    });
    let text = |value: Option<&str>| value.map(serde_json::to_string);
    let declared = [
        status,
        Some(serde_json::to_string(entry.grpc.name())),
        text(entry.module),
        text(entry.docs_url()),
    ];
    let names = [shape.status, shape.grpc, shape.module, shape.docs_url];
    let mut found = Vec::new();
    for ((sent, declared), name) in members.facts.iter().zip(declared).zip(names) {
        let (Some(sent), Some(field)) = (sent, name) else {
            continue;
        };
        let declared = declared.transpose()?;
        if !declared
            .as_deref()
            .is_some_and(|d| same_json(sent.get(), d))
        {
            found.push(Contradiction {
                field,
                sent: sent.get().to_owned(),
                declared,
            });
        }
    }
    Ok(found)
}
