//! One model of a data field's JSON, checked against what serde writes:
//! random values of every field type the crate states a shape for are sent
//! in an envelope, which a JSON Schema validator (the `jsonschema` crate)
//! checks against the catalogue's own OpenAPI component schema; and each
//! value crosses gRPC metadata and comes back equal.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use error_codes::{DataShape, Envelope, ErrorCatalog, Failure, Shape};
use proptest::prelude::*;

#[path = "support/json.rs"]
mod json;
use serde_json::{Value, json};

/// A name whose type the derive cannot read from its spelling.
type Name = String;

/// A type of the user's that states its shape.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum Tier {
    Gold,
    Silver,
}

impl DataShape for Tier {
    const SHAPE: Shape = Shape::String;
}

/// A struct that states nothing: any value.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Opaque {
    inner: u64,
}

#[derive(Debug, Clone, ErrorCatalog)]
enum Shapes {
    /// Signed.
    #[code(1, data)]
    Signed {
        tiny: i8,
        short: i16,
        int: i32,
        long: i64,
        size: isize,
    },
    /// Unsigned.
    #[code(2, data)]
    Unsigned {
        byte: u8,
        word: u16,
        dword: u32,
        qword: u64,
        count: usize,
    },
    /// Scalars.
    #[code(3, data)]
    Scalars {
        single: f32,
        double: f64,
        flag: bool,
        letter: char,
        text: String,
        alias: Name,
        tier: Tier,
    },
    /// Options.
    #[code(4, data)]
    Options {
        maybe_int: Option<i64>,
        maybe_text: Option<String>,
        maybe_float: Option<f64>,
        nested: Option<Option<u8>>,
        maybe_tier: Option<Tier>,
    },
    /// Sequences.
    #[code(5, data)]
    Sequences {
        list: Vec<u64>,
        deque: VecDeque<String>,
        set: BTreeSet<i32>,
        hashed: HashSet<u8>,
        fixed: [i16; 3],
        boxed: Box<u32>,
        leaked: &'static str,
        cow: Cow<'static, str>,
    },
    /// Maps and values.
    #[code(6, data)]
    Maps {
        tree: BTreeMap<String, f64>,
        hash: HashMap<String, Vec<Option<bool>>>,
        keyed: BTreeMap<u32, String>,
        any: Value,
        opaque: Opaque,
        values: Vec<Value>,
        anything: BTreeMap<String, Value>,
    },
}

/// The documented envelope schema of each code, from the catalogue's
/// OpenAPI components (what utoipa puts in the document).
fn documented() -> BTreeMap<i64, Value> {
    use utoipa::ToSchema;
    let mut schemas = Vec::new();
    <Shapes as ToSchema>::schemas(&mut schemas);
    let mut by_code = BTreeMap::new();
    for (name, schema) in schemas {
        let code = name.rsplit('_').next().unwrap().parse().unwrap();
        by_code.insert(code, serde_json::to_value(schema).unwrap());
    }
    by_code
}

fn check(value: &Shapes) -> Result<(), TestCaseError> {
    thread_local! {
        static VALIDATORS: BTreeMap<i64, jsonschema::Validator> = documented()
            .into_iter()
            .map(|(code, schema)| (code, jsonschema::validator_for(&schema).unwrap()))
            .collect();
    }
    let sent = serde_json::to_value(Envelope::<Shapes>::error(value.clone())).unwrap();
    let code = value.code();
    VALIDATORS.with(|validators| {
        let errors: Vec<String> = validators[&code]
            .iter_errors(&sent)
            .map(|error| format!("{error} at {}", error.instance_path()))
            .collect();
        prop_assert!(errors.is_empty(), "{sent}: {errors:#?}");
        Ok(())
    })?;
    // gRPC metadata carries each field and gives it back as it was sent.
    let status = error_codes::grpc::status(value);
    let read = Failure::<Shapes>::from_status(&status);
    let detail = read.detail().map(|detail| detail.to_value().unwrap());
    prop_assert_eq!(detail.as_ref(), Some(&sent["data"]), "{:?}", status);
    // Read back from the envelope and from gRPC: the variant again, its
    // envelope JSON-equal to the one sent, wherever serde reads each field
    // (integers always; a `&'static str` never: `Sequences` stays unknown;
    // a float sent as `null`, not a number, leaves its variant unknown).
    let from_envelope: Envelope<Shapes> = serde_json::from_value(sent.clone()).unwrap();
    let from_envelope = from_envelope.into_result().unwrap_err();
    for read in [from_envelope, read] {
        match read.known() {
            Some(back) => {
                let again = serde_json::to_value(Envelope::<Shapes>::error(back.clone())).unwrap();
                prop_assert_eq!(&again, &sent);
            }
            None => prop_assert!(
                !matches!(value, Shapes::Signed { .. } | Shapes::Unsigned { .. })
                    && (matches!(value, Shapes::Sequences { .. })
                        || sent.to_string().contains("null")),
                "{} read back as {:?}",
                sent,
                read
            ),
        }
    }
    prop_assert!(!matches!(read_known_sequences(value), Some(true)));
    Ok(())
}

/// Whether a `Sequences` value (its `&'static str` cannot be read back
/// owned) came back known: never.
fn read_known_sequences(value: &Shapes) -> Option<bool> {
    let Shapes::Sequences { .. } = value else {
        return None;
    };
    let sent = serde_json::to_string(&Envelope::<Shapes>::error(value.clone())).unwrap();
    let read: Envelope<Shapes> = serde_json::from_str(&sent).unwrap();
    Some(read.into_result().unwrap_err().known().is_some())
}

fn text() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        any::<String>(),
        Just("null".to_owned()),
        Just("42".to_owned())
    ]
}

fn tier() -> impl Strategy<Value = Tier> {
    prop_oneof![Just(Tier::Gold), Just(Tier::Silver)]
}

fn json_value() -> impl Strategy<Value = Value> {
    json::json_value(text(), 3)
}

fn shapes() -> impl Strategy<Value = Shapes> {
    prop_oneof![
        (
            any::<i8>(),
            any::<i16>(),
            any::<i32>(),
            any::<i64>(),
            any::<isize>()
        )
            .prop_map(|(tiny, short, int, long, size)| Shapes::Signed {
                tiny,
                short,
                int,
                long,
                size
            }),
        (
            any::<u8>(),
            any::<u16>(),
            any::<u32>(),
            any::<u64>(),
            any::<usize>()
        )
            .prop_map(|(byte, word, dword, qword, count)| Shapes::Unsigned {
                byte,
                word,
                dword,
                qword,
                count
            }),
        (
            (any::<f32>(), any::<f64>(), any::<bool>(), any::<char>()),
            (text(), text(), tier())
        )
            .prop_map(|((single, double, flag, letter), (text, alias, tier))| {
                Shapes::Scalars {
                    single,
                    double,
                    flag,
                    letter,
                    text,
                    alias,
                    tier,
                }
            }),
        (
            any::<Option<i64>>(),
            prop::option::of(text()),
            any::<Option<f64>>(),
            any::<Option<Option<u8>>>(),
            prop::option::of(tier()),
        )
            .prop_map(|(maybe_int, maybe_text, maybe_float, nested, maybe_tier)| {
                Shapes::Options {
                    maybe_int,
                    maybe_text,
                    maybe_float,
                    nested,
                    maybe_tier,
                }
            }),
        (
            (any::<Vec<u64>>(), prop::collection::vec_deque(text(), 0..4)),
            (
                any::<BTreeSet<i32>>(),
                any::<HashSet<u8>>(),
                any::<[i16; 3]>()
            ),
            (any::<u32>(), text(), text()),
        )
            .prop_map(
                |((list, deque), (set, hashed, fixed), (boxed, shared, cow))| {
                    Shapes::Sequences {
                        list,
                        deque,
                        set,
                        hashed,
                        fixed,
                        boxed: Box::new(boxed),
                        leaked: Box::leak(shared.into_boxed_str()),
                        cow: Cow::Owned(cow),
                    }
                }
            ),
        (
            any::<BTreeMap<String, f64>>(),
            any::<HashMap<String, Vec<Option<bool>>>>(),
            any::<BTreeMap<u32, String>>(),
            json_value(),
            any::<u64>(),
            prop::collection::vec(json_value(), 0..3),
            prop::collection::btree_map(any::<String>(), json_value(), 0..3),
        )
            .prop_map(
                |(tree, hash, keyed, any, inner, values, anything)| Shapes::Maps {
                    tree,
                    hash,
                    keyed,
                    any,
                    opaque: Opaque { inner },
                    values,
                    anything,
                }
            ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_value_serde_writes_is_documented_and_crosses_grpc(value in shapes()) {
        check(&value)?;
    }
}

/// The shapes come from the types (an alias, a pointer, a user's impl),
/// and say what is sent: formats for wide integers, `null` for floats.
#[test]
fn the_documented_shapes() {
    let field = |code: i64, name: &str| {
        let entry = Shapes::lookup(code).unwrap();
        let field = entry.data.iter().find(|field| field.name == name).unwrap();
        (
            field.shape.to_string(),
            serde_json::to_value(field.shape).unwrap(),
        )
    };
    assert_eq!(field(2, "qword").0, "uint64");
    assert_eq!(field(2, "dword").0, "int64");
    assert_eq!(field(2, "word").0, "int32");
    assert_eq!(field(1, "long").1["format"], "int64");
    assert_eq!(field(2, "qword").1["maximum"], json!(u64::MAX));
    assert_eq!(field(3, "alias").0, "string");
    assert_eq!(field(3, "tier").0, "string");
    assert_eq!(
        field(3, "double").1,
        json!({"anyOf": [{"type": "number", "format": "double"}, {"type": "null"}]})
    );
    assert_eq!(field(4, "nested").0, "int32?");
    assert_eq!(field(5, "leaked").0, "string");
    assert_eq!(field(5, "fixed").0, "[int32]");
    assert_eq!(field(6, "hash").0, "{[boolean?]}");
    assert_eq!(field(6, "opaque").0, "any");
    assert_eq!(field(6, "opaque").1, json!({}));
    assert_eq!(field(6, "values").1, json!({"type": "array", "items": {}}));
    // Each code's schema is read by utoipa whole (one it cannot read would
    // be any value, and the property test would check nothing).
    for (code, schema) in documented() {
        let data = &schema["properties"]["data"];
        assert!(data.is_object(), "{code}: {schema}");
        if code < 100 {
            assert_eq!(data["type"], "object", "{code}: {schema}");
        }
    }
}

/// gRPC metadata: a `None` is no key, a string is verbatim (even `"42"`
/// and `"null"`), anything else is its JSON text; keys are lowerCamelCase.
#[test]
fn grpc_metadata_is_exact() {
    use tonic_types::StatusExt;
    let value = Shapes::Options {
        maybe_int: Some(i64::MAX),
        maybe_text: Some("null".into()),
        maybe_float: None,
        nested: Some(None),
        maybe_tier: Some(Tier::Gold),
    };
    let status = error_codes::grpc::status(&value);
    let info = status.get_details_error_info().unwrap();
    let metadata: BTreeMap<&str, &str> = info
        .metadata
        .iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    let expected = BTreeMap::from([
        ("code", "4"),
        ("maybeInt", "9223372036854775807"),
        ("maybeText", "null"),
        ("maybeTier", "gold"),
    ]);
    assert_eq!(metadata, expected);
    let read = Failure::<Shapes>::from_status(&status);
    let detail = read.detail().unwrap().to_value().unwrap();
    assert_eq!(
        detail,
        json!({
            "maybe_int": i64::MAX,
            "maybe_text": "null",
            "maybe_float": null,
            "nested": null,
            "maybe_tier": "gold",
        })
    );
}

/// A catalogue with a field serde cannot write as JSON (a map whose keys
/// are no strings).
#[derive(Debug, Clone, ErrorCatalog)]
enum Unwritable {
    /// Stock by shelf.
    #[code(1, data)]
    Stock {
        sku: String,
        by_shelf: BTreeMap<(u8, u8), u32>,
        left: u32,
    },
}

#[test]
fn a_field_serde_cannot_write_is_null_and_the_others_are_kept() {
    let error = Unwritable::Stock {
        sku: "SKU-1".into(),
        by_shelf: [((1, 2), 3)].into(),
        left: 7,
    };
    let detail = Failure::from(error).detail().map(|d| d.to_value().unwrap());
    assert_eq!(
        detail,
        Some(json!({"sku": "SKU-1", "by_shelf": null, "left": 7}))
    );
    let error = Unwritable::Stock {
        sku: "SKU-2".into(),
        by_shelf: BTreeMap::new(),
        left: 0,
    };
    let body = serde_json::to_string(&Failure::from(error)).unwrap();
    assert!(
        body.contains(r#""data":{"sku":"SKU-2","by_shelf":{},"left":0}"#),
        "{body}"
    );
}
