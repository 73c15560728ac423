//! Reading a [`Problem`](super::Problem) a server sent, and the members of
//! a detail object, which a problem writes as its extension members.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Formatter};
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use super::read::{CodeSeed, Sent, failure};
use crate::{Detail, ErrorCatalog, Failure};

/// The members of a problem that reading needs.
#[derive(Default)]
pub(super) struct SentProblem {
    kind: Option<String>,
    title: Option<String>,
    detail: Option<String>,
    code: Option<i64>,
    /// Every member RFC 9457 does not define, as sent.
    extensions: Vec<(String, Box<RawValue>)>,
}

impl SentProblem {
    /// The failure it reports: by `code`, else by `type`.
    pub(super) fn failure<C: ErrorCatalog>(self) -> Failure<C> {
        let kind = self.kind.as_deref();
        let by_type = || {
            let mut entries = C::CODES.iter().filter_map(|&code| C::lookup(code));
            entries
                .find(|entry| kind.is_some() && entry.docs_url() == kind)
                .map(|e| e.code)
        };
        let code = self.code.or_else(by_type).unwrap_or(0);
        let detail = (!self.extensions.is_empty())
            .then(|| Detail::new(&Members(&self.extensions)).ok())
            .flatten();
        let message = self.detail.or(self.title).map(Sent::Owned);
        failure::<C>(code, Some(message), detail)
    }
}

/// Members written as a JSON object.
struct Members<'a>(&'a [(String, Box<RawValue>)]);

impl Serialize for Members<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, value)| (name, &**value)))
    }
}

/// The members of a detail object, in the order sent (none for a detail
/// that is no object).
pub(crate) fn members(detail: &Detail) -> serde_json::Result<Vec<(String, Box<RawValue>)>> {
    object_members(detail.get())
}

/// The members of an object's JSON `text`, borrowed from it, in the
/// order written; `None` for text that is no object, or has a name with
/// an escape (a data variant's detail has none: its names are Rust
/// identifiers). One allocation, whatever the fields.
pub(crate) fn borrowed_members(text: &str) -> Option<Vec<(&str, &RawValue)>> {
    object_members(text).ok()
}

/// The members of the JSON object `text` in the order written (none for
/// `null`), with names `K` and values `V`: owned, or borrowed from `text`.
fn object_members<'de, K: Deserialize<'de>, V: Deserialize<'de>>(
    text: &'de str,
) -> serde_json::Result<Vec<(K, V)>> {
    struct Object<K, V>(PhantomData<(K, V)>);
    impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Object<K, V> {
        type Value = Vec<(K, V)>;
        fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut members = Vec::with_capacity(map.size_hint().unwrap_or(8));
            while let Some(entry) = map.next_entry::<K, V>()? {
                members.push(entry);
            }
            Ok(members)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    de::Deserializer::deserialize_any(&mut reader, Object(PhantomData))
}

impl<'de> Deserialize<'de> for SentProblem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ProblemVisitor)
    }
}

struct ProblemVisitor;

impl<'de> Visitor<'de> for ProblemVisitor {
    type Value = SentProblem;

    fn expecting(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("a problem details object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SentProblem, A::Error> {
        let mut sent = SentProblem::default();
        let mut seen = [false; 6];
        while let Some(name) = map.next_key::<Cow<'de, str>>()? {
            let standard = super::problem::MEMBERS.iter().position(|m| *m == name);
            if let Some(at) = standard
                && core::mem::replace(&mut seen[at], true)
            {
                let message = alloc::format!("duplicate member `{name}`");
                return Err(de::Error::custom(message));
            }
            match &*name {
                "type" => sent.kind = map.next_value::<Option<String>>()?,
                "title" => sent.title = map.next_value::<Option<String>>()?,
                "detail" => sent.detail = map.next_value::<Option<String>>()?,
                "code" => sent.code = Some(map.next_value_seed(CodeSeed)?),
                "status" | "instance" => {
                    map.next_value::<IgnoredAny>()?;
                }
                _ => {
                    let value = map.next_value::<Box<RawValue>>()?;
                    sent.extensions.push((name.into_owned(), value));
                }
            }
        }
        Ok(sent)
    }
}
