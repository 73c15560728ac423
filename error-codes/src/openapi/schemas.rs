//! The OpenAPI JSON of a catalogue's answers, built as `serde_json` values
//! (what the backends, utoipa 6 and 5, read into their own types): one
//! schema per code in `components`, and responses that refer to them.

// A std module of a `#![no_std]` crate: what it takes of std's prelude.
use std::borrow::ToOwned;
use std::format;
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::{Answer, Listed};
use crate::entry::DataField;
use crate::envelope::{DEFAULT_SUCCESS_MESSAGE, success_code};
use crate::shape::Shape;
use crate::{Entry, ErrorCatalog};

/// The component name of `C`'s schema for `code`: `ShopError_60404`
/// (`ShopError_minus1` for `-1`), in the characters OpenAPI allows.
#[must_use]
pub fn component_name<C: ErrorCatalog>(code: i64) -> String {
    format!("{}_{}", catalogue_name::<C>(), code_text(code))
}

/// A code in the characters of a name: `60404`, `minus1`.
fn code_text(code: i64) -> String {
    let sign = if code < 0 { "minus" } else { "" };
    format!("{sign}{}", code.unsigned_abs())
}

/// `C::NAME` in the characters a component name allows: the name of `C`'s
/// own schema.
#[doc(hidden)]
#[must_use]
pub fn catalogue_name<C: ErrorCatalog>() -> String {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
    C::NAME
        .chars()
        .map(|c| if allowed(c) { c } else { '_' })
        .collect()
}

/// Any JSON value.
fn any() -> Value {
    json!({})
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// `{"type": "integer", "format": "int64", "enum": [code]}`; for a code
/// beyond JavaScript's exact integers, a description that says so.
fn code_schema(code: i64) -> Value {
    let mut schema = json!({ "type": "integer", "format": "int64", "enum": [code] });
    if !crate::docs::exact_in_javascript(code) {
        schema["description"] = json!(
            "Beyond JavaScript's exact integers (2^53 - 1): `JSON.parse` reads it as a `number` \
             that another code may share; read it as a big integer."
        );
    }
    schema
}

/// A field's JSON Schema: its shape's own (`Shape`'s `Serialize`).
fn field_schema(field: &DataField) -> Value {
    serde_json::to_value(field.shape).unwrap_or_else(|_| any())
}

/// A data variant's fields as an object schema.
fn fields_schema(fields: &[DataField]) -> Value {
    let properties: Map<String, Value> = fields
        .iter()
        .map(|field| (field.name.to_owned(), field_schema(field)))
        .collect();
    let required: Vec<&str> = fields.iter().map(|field| field.name).collect();
    json!({ "type": "object", "properties": properties, "required": required })
}

/// An envelope in `C`'s field names and shape: `code` and `message` as
/// given, the data as `data` (left out under `without(data)`), the facts
/// of `entry` its shape names (each a constant), a failure's constant
/// fields, and the member it sits under.
fn envelope<C: ErrorCatalog>(said: Said<'_>, data: Option<Value>, data_required: bool) -> Value {
    let fields = C::ENVELOPE;
    let shape = fields.shape;
    let mut properties = Map::new();
    let mut required = vec![fields.code.to_owned()];
    let code = match said.entry.filter(|_| shape.code_is_symbol) {
        Some(entry) => json!({ "type": "string", "enum": [entry.symbol] }),
        None => said.code,
    };
    properties.insert(fields.code.to_owned(), code);
    if !shape.without_message {
        properties.insert(fields.message.to_owned(), json!({ "type": "string" }));
        required.push(fields.message.to_owned());
    }
    for (name, value) in facts(shape, said.entry, said.failure) {
        properties.insert(name.to_owned(), constant(value));
        required.push(name.to_owned());
    }
    if let Some(data) = data.filter(|_| !shape.without_data) {
        properties.insert(fields.data.to_owned(), data);
        // A shaped flattened body writes no `null` for no data.
        let null_data = fields.null_data && (shape.is_plain() || !fields.flatten);
        if data_required || null_data {
            required.push(fields.data.to_owned());
        }
    }
    let mut inner = json!({ "type": "object", "properties": properties, "required": required });
    if let Some(beside) = said.beside {
        inner = json!({ "allOf": [inner, beside] });
    }
    let Some(under) = shape.under else {
        return inner;
    };
    let member = match shape.list {
        true => json!({ "type": "array", "items": inner, "minItems": 1 }),
        false => inner,
    };
    json!({ "type": "object", "properties": { under: member }, "required": [under] })
}

/// A field that always holds `value`: its type and the one value.
fn constant(value: Value) -> Value {
    let kind = match &value {
        Value::Bool(_) => "boolean",
        Value::Number(number) if number.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Null => "null",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    json!({ "type": kind, "enum": [value] })
}

/// What [`envelope`] writes of one answer: its code's schema, its entry
/// (for the facts) and whether it is a failure (for the constant fields).
struct Said<'a> {
    code: Value,
    entry: Option<&'a Entry>,
    failure: bool,
    /// Under `flatten`, the schema of the data's fields beside the code.
    beside: Option<Value>,
}

/// The facts and constant fields a body of `entry` carries, as the writer
/// writes them: each field's name and value.
fn facts(
    shape: crate::envelope::BodyShape,
    entry: Option<&Entry>,
    failure: bool,
) -> Vec<(&'static str, Value)> {
    let mut found = Vec::new();
    if let Some(entry) = entry {
        if let (Some(name), Some(status)) = (shape.status, entry.http) {
            let status = match shape.status_is_string {
                true => json!(status.to_string()),
                false => json!(status),
            };
            found.push((name, status));
        }
        if let Some(name) = shape.grpc {
            found.push((name, json!(entry.grpc.name())));
        }
        if let (Some(name), Some(module)) = (shape.module, entry.module) {
            found.push((name, json!(module)));
        }
        if let (Some(name), Some(url)) = (shape.docs_url, entry.docs_url()) {
            found.push((name, json!(url)));
        }
    }
    if failure {
        for (name, json) in shape.constants {
            found.push((name, serde_json::from_str(json).unwrap_or(Value::Null)));
        }
    }
    found
}

/// The schema of one error code of `C`: its envelope, `code` exactly it,
/// and the data a `data` variant carries (beside the code under
/// `flatten`); other codes' data is anything the server gives (a
/// rejection's explanation, a detail added at run time), or `null`.
#[must_use]
pub fn error_schema<C: ErrorCatalog>(code: i64, entry: Option<&Entry>) -> Value {
    let data = entry.map_or(&[][..], |entry| entry.data);
    let said = || Said {
        code: code_schema(code),
        entry: entry.or_else(|| C::lookup(code)),
        failure: true,
        beside: None,
    };
    let mut schema = if data.is_empty() {
        envelope::<C>(said(), Some(any()), false)
    } else if C::ENVELOPE.flatten {
        let beside = Some(fields_schema(data));
        envelope::<C>(Said { beside, ..said() }, None, false)
    } else {
        envelope::<C>(said(), Some(fields_schema(data)), true)
    };
    // The title names the class a client generator writes for it
    // (`ShopError60404OrderNotFound`).
    let catalogue = catalogue_name::<C>();
    let code_text = code_text(code);
    let title = entry.map_or_else(
        || format!("{catalogue} {code_text} rejection"),
        |entry| format!("{catalogue} {code_text} {}", entry.name),
    );
    if let Value::Object(object) = &mut schema {
        object.insert("title".to_owned(), json!(title));
        if let Some(entry) = entry {
            object.insert("description".to_owned(), json!(description(entry)));
        }
    }
    schema
}

/// The entry's message, in the catalogue's own language as the examples
/// are, and the languages it is also answered in (`axum::localize`).
fn description(entry: &Entry) -> String {
    if entry.locales.is_empty() {
        return entry.message.to_owned();
    }
    let tags: Vec<String> = entry.locales.iter().map(|tag| format!("`{tag}`")).collect();
    format!(
        "{}\n\nThe message is also answered in {} (`Accept-Language`).",
        entry.message,
        tags.join(", ")
    )
}

/// Where the success schema holds the data's schema: a `$ref` that the
/// backend replaces with `T`'s schema as utoipa gives it (so that it is
/// never read back from JSON).
#[doc(hidden)]
pub const DATA_PLACEHOLDER: &str = "#/error-codes/data";

/// What stands for "any value" (`{}`, which utoipa cannot read back) in
/// what the backend reads; it puts utoipa's own any-value schema there.
#[doc(hidden)]
pub const ANY_PLACEHOLDER: &str = "#/error-codes/any";

/// `value` with each schema `{}` (any value) at a schema's place (a
/// property, an array's items, a map's values, an item of `allOf`,
/// `anyOf`, `oneOf`, a content's schema) replaced by [`ANY_PLACEHOLDER`].
#[doc(hidden)]
#[must_use]
pub fn mark_any(mut value: Value) -> Value {
    fn schema(value: &mut Value) {
        let Value::Object(object) = value else {
            return;
        };
        if object.is_empty() {
            *value = json!({ "$ref": ANY_PLACEHOLDER });
            return;
        }
        if let Some(Value::Object(properties)) = object.get_mut("properties") {
            properties.values_mut().for_each(schema);
        }
        for key in ["items", "additionalProperties"] {
            object.get_mut(key).into_iter().for_each(schema);
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(items)) = object.get_mut(key) {
                items.iter_mut().for_each(schema);
            }
        }
    }
    // A response: each content's schema; else a schema.
    match value.get_mut("content").and_then(Value::as_object_mut) {
        Some(contents) => contents
            .values_mut()
            .filter_map(|content| content.get_mut("schema"))
            .for_each(schema),
        None => schema(&mut value),
    }
    value
}

/// The success of `C` carrying a `T` whose schema is `data` (as JSON, read
/// for its shape; the result holds [`DATA_PLACEHOLDER`] in its place): the
/// envelope whose `code` is the success code, `data` a `T` or `null`
/// (`anyOf`, so that a `T` that admits `null` is still one match); a
/// flattened envelope's data beside the code when it is an object with
/// fields, else nested under the data's name, as the server writes it; an
/// errors-only catalogue's, the bare `T`.
#[must_use]
pub fn success_schema<C: ErrorCatalog>(data: &Value) -> Value {
    let placeholder = json!({ "$ref": DATA_PLACEHOLDER });
    let Some(code) = success_code::<C>() else {
        return placeholder;
    };
    let said = || Said {
        code: code_schema(code),
        entry: C::success(),
        failure: false,
        beside: None,
    };
    if C::ENVELOPE.flatten {
        let beside = Some(placeholder.clone());
        let beside = envelope::<C>(Said { beside, ..said() }, None, false);
        let nested = envelope::<C>(said(), Some(placeholder), true);
        return match flattens::<C>(data) {
            Some(true) => beside,
            Some(false) => nested,
            None => json!({ "anyOf": [beside, nested] }),
        };
    }
    let nullable = json!({ "anyOf": [placeholder, { "type": "null" }] });
    envelope::<C>(said(), Some(nullable), true)
}

/// Whether the flattened envelope writes data of this schema beside the
/// code (an object with fields, none named like the envelope's), or nested
/// under the data's name; `None` when the schema does not tell (a `$ref`).
fn flattens<C: ErrorCatalog>(data: &Value) -> Option<bool> {
    let object = data.as_object()?;
    if object.contains_key("$ref")
        || object.contains_key("anyOf")
        || object.contains_key("oneOf")
        || object.contains_key("allOf")
    {
        return None;
    }
    let fields = C::ENVELOPE;
    let Some(properties) = object.get("properties").and_then(Value::as_object) else {
        return Some(false);
    };
    let reserved = [fields.code, fields.message, fields.data];
    Some(!properties.is_empty() && !reserved.iter().any(|name| properties.contains_key(*name)))
}

/// The success envelope's example (none for an errors-only success), as
/// the writer writes it.
pub(crate) fn success_example<C: ErrorCatalog>() -> Option<(String, Value)> {
    let code = success_code::<C>()?;
    let message = C::success().map_or(DEFAULT_SUCCESS_MESSAGE, |entry| entry.message);
    let envelope = crate::Envelope::<C, ()>::Success {
        message: message.into(),
        data: None,
    };
    let example = serde_json::to_value(&envelope).unwrap_or(Value::Null);
    Some((format!("{code} success"), example))
}

/// An example value of a data field's shape.
fn sample(shape: &Shape) -> Value {
    match shape {
        Shape::Integer { .. } | Shape::Number => json!(0),
        Shape::Boolean => json!(false),
        Shape::String => json!(""),
        Shape::Array(_) => json!([]),
        Shape::Map(_) => json!({}),
        Shape::Nullable(inner) => sample(inner),
        _ => Value::Null,
    }
}

/// The envelope of an answer, as the server writes it: a data variant's
/// fields with sample values, a rejection's explanation as its data.
fn example<C: ErrorCatalog>(answer: &Answer) -> Value {
    let message = answer
        .entry
        .map_or(answer.explanation.unwrap_or(""), |e| e.message);
    let data_fields = answer.entry.map_or(&[][..], |entry| entry.data);
    let data = if !data_fields.is_empty() {
        let data: Map<String, Value> = data_fields
            .iter()
            .map(|field| (field.name.to_owned(), sample(field.shape)))
            .collect();
        Some(Value::Object(data))
    } else if let (Some(_), Some(explanation)) = (answer.entry, answer.explanation) {
        Some(json!(explanation))
    } else {
        None
    };
    let failure = crate::Failure::<C>::Unknown {
        code: answer.code,
        symbol: None,
        message: message.to_owned().into(),
        detail: data.and_then(|data| crate::Detail::new(&data).ok()),
    };
    serde_json::to_value(&failure).unwrap_or(Value::Null)
}

/// The answers of one status: their codes, a named example each, and a
/// description that lists them.
#[derive(Default)]
struct OfStatus {
    codes: Vec<(i64, Option<&'static Entry>)>,
    examples: Vec<(String, Value)>,
    description: String,
}

fn by_status<C: ErrorCatalog>(listed: &[Listed]) -> BTreeMap<u16, OfStatus> {
    let mut by_status: BTreeMap<u16, OfStatus> = BTreeMap::new();
    for answer in super::answers::<C>(listed) {
        let of_status = by_status.entry(answer.status).or_default();
        let name = match answer.entry {
            Some(entry) => format!("{} {}", answer.code, entry.name),
            None => format!("{} {}", answer.code, answer.kind.map_or("", |k| k.name())),
        };
        if !of_status.codes.iter().any(|(code, _)| *code == answer.code) {
            of_status.codes.push((answer.code, answer.entry));
            let text = answer.entry.map_or_else(
                || format!("a `{}` rejection", answer.kind.map_or("", |k| k.name())),
                |entry| entry.message.to_owned(),
            );
            let separator = if of_status.description.is_empty() {
                ""
            } else {
                "\n\n"
            };
            of_status
                .description
                .push_str(&format!("{separator}`{}` {text}", answer.code));
        }
        if !of_status.examples.iter().any(|(known, _)| *known == name) {
            of_status.examples.push((name, example::<C>(&answer)));
        }
    }
    by_status
}

/// One response: its description, its schema (a code's, or `oneOf`
/// them), its named examples.
fn response(description: &str, schema: Value, examples: Vec<(String, Value)>) -> Value {
    let examples: Map<String, Value> = examples
        .into_iter()
        .map(|(name, value)| (name.clone(), json!({ "summary": name, "value": value })))
        .collect();
    json!({
        "description": description,
        "content": { "application/json": { "schema": schema, "examples": examples } }
    })
}

fn one_of(mut schemas: Vec<Value>, disjoint: bool) -> Value {
    if schemas.len() == 1 {
        return schemas.remove(0);
    }
    let key = if disjoint { "oneOf" } else { "anyOf" };
    let mut object = Map::new();
    object.insert(key.to_owned(), Value::Array(schemas));
    Value::Object(object)
}

/// The error responses of the listed answers of `C`, by status, as the
/// OpenAPI `responses` object; with `success` (its status, schema and
/// example), the endpoint's success too, merged where it shares a status.
#[must_use]
pub fn responses<C: ErrorCatalog>(
    listed: &[Listed],
    success: Option<(u16, Value)>,
) -> Map<String, Value> {
    let mut responses = Map::new();
    let mut errors = by_status::<C>(listed);
    if let Some((status, schema)) = success {
        let description = if C::ERRORS_ONLY {
            "The success: the bare body"
        } else {
            "The success envelope"
        };
        let mut examples: Vec<(String, Value)> = success_example::<C>().into_iter().collect();
        let mut schemas = vec![schema];
        let mut codes = Vec::new();
        let description = match errors.remove(&status) {
            Some(of_status) => {
                schemas.extend(inline::<C>(&of_status.codes));
                examples.extend(of_status.examples);
                codes = of_status.codes;
                format!("{description}, or:\n\n{}", of_status.description)
            }
            None => format!("{description}."),
        };
        let schema = one_of(schemas, !C::ERRORS_ONLY);
        let response = response(&description, schema, examples);
        responses.insert(status.to_string(), with_headers::<C>(response, &codes));
    }
    for (status, of_status) in errors {
        let schema = one_of(inline::<C>(&of_status.codes), true);
        let response = response(&of_status.description, schema, of_status.examples);
        responses.insert(
            status.to_string(),
            with_headers::<C>(response, &of_status.codes),
        );
    }
    responses
}

/// `response` with the headers its error `codes` send (a success sharing
/// their status included: the headers come with its errors' answers).
fn with_headers<C: ErrorCatalog>(
    mut response: Value,
    codes: &[(i64, Option<&'static Entry>)],
) -> Value {
    if codes.is_empty() {
        return response;
    }
    let headers = headers::<C>(codes);
    if !headers.is_empty() {
        response["headers"] = Value::Object(headers);
    }
    response
}

/// The headers the error answers of one status carry (`Retry-After`,
/// `WWW-Authenticate`, the catalogue's code header), each saying which
/// codes send it.
fn headers<C: ErrorCatalog>(codes: &[(i64, Option<&'static Entry>)]) -> Map<String, Value> {
    let mut headers = Map::new();
    let entries = || {
        codes
            .iter()
            .filter_map(|(code, entry)| Some((*code, (*entry)?)))
    };
    let listed = |codes: Vec<String>| codes.join(", ");
    let retry: Vec<String> = entries()
        .filter(|(_, entry)| entry.http.is_some_and(crate::entry::retries))
        .filter_map(|(code, entry)| match entry.retry_after_field() {
            Some(field) => Some(format!("`{code}`: its `{field}`, rounded up")),
            None => Some(format!("`{code}`: {} s", entry.retry_after?)),
        })
        .collect();
    if !retry.is_empty() {
        let description = format!("When to retry, in seconds ({}).", listed(retry));
        let schema = json!({ "type": "integer", "minimum": 0 });
        headers.insert(
            "Retry-After".to_owned(),
            json!({ "description": description, "schema": schema }),
        );
    }
    let challenges: Vec<String> = entries()
        .filter_map(|(code, entry)| Some(format!("`{code}`: `{}`", entry.www_authenticate?)))
        .collect();
    if !challenges.is_empty() {
        let description = format!("The authentication challenge ({}).", listed(challenges));
        let schema = json!({ "type": "string" });
        headers.insert(
            "WWW-Authenticate".to_owned(),
            json!({ "description": description, "schema": schema }),
        );
    }
    if let Some(name) = C::ENVELOPE.code_header {
        let codes: Vec<i64> = codes.iter().map(|(code, _)| *code).collect();
        let values: Vec<String> = codes.iter().map(ToString::to_string).collect();
        let schema = json!({ "type": "string", "enum": values });
        let description = "The error code, as the body carries it.";
        headers.insert(
            name.to_owned(),
            json!({ "description": description, "schema": schema }),
        );
    }
    headers
}

/// The schemas of codes, written in the response: utoipa registers no
/// schema an `IntoResponses` refers to, so a response refers to nothing
/// the document may lack (the components stay for whoever names them).
fn inline<C: ErrorCatalog>(codes: &[(i64, Option<&'static Entry>)]) -> Vec<Value> {
    let schemas = codes.iter();
    schemas
        .map(|&(code, entry)| error_schema::<C>(code, entry))
        .collect()
}

/// Every schema of `C`'s codes, by component name: one per error
/// code, and one per code a rejection without a marked code answers with.
#[must_use]
pub fn components<C: ErrorCatalog>() -> BTreeMap<String, Value> {
    let all = super::every_error::<C>();
    super::answers::<C>(&all)
        .into_iter()
        .map(|answer| {
            (
                component_name::<C>(answer.code),
                error_schema::<C>(answer.code, answer.entry),
            )
        })
        .collect()
}

/// `C`'s own schema: any of its errors.
#[must_use]
pub fn any_error<C: ErrorCatalog>() -> Value {
    let refs: Vec<Value> = components::<C>()
        .keys()
        .map(|name| reference(name))
        .collect();
    one_of(refs, true)
}
