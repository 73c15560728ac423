//! Random JSON values for property tests: `null`, booleans, integers to the
//! edges of `i64` and `u64`, floats, the given texts (as strings and as
//! object keys), nested in arrays and objects.

use proptest::prelude::*;
use serde_json::Value;

/// Any JSON value whose strings and keys are drawn from `texts`, nested
/// at most `depth` deep.
pub fn json_value<S>(texts: S, depth: u32) -> impl Strategy<Value = Value>
where
    S: Strategy<Value = String> + Clone + 'static,
{
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        texts.clone().prop_map(Value::from),
    ];
    leaf.prop_recursive(depth, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(texts.clone(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}
