// The utoipa side of the OpenAPI description, included once per supported
// utoipa version (`backend` is that version's crate): it reads the JSON that
// `schemas.rs` builds into utoipa's types.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::string::String;
use std::vec::Vec;

use backend::openapi::RefOr;
use backend::openapi::response::Response;
use backend::openapi::schema::{AdditionalProperties, ArrayItems, Schema};
use backend::{IntoResponses, PartialSchema, ToSchema};
use serde_json::{Map, Value};

use super::schemas;
use super::{All, Codes, Endpoint};
use crate::{Envelope, ErrorCatalog, Problem};

/// Any value, as utoipa writes it (`{}`).
fn any_value() -> RefOr<Schema> {
    let any = backend::openapi::schema::ObjectBuilder::new()
        .schema_type(backend::openapi::schema::SchemaType::AnyValue);
    RefOr::T(Schema::Object(any.build()))
}

/// A schema from the JSON `schemas.rs` builds (its `{}` through
/// [`schemas::ANY_PLACEHOLDER`], which utoipa reads); one utoipa cannot
/// read is any value (the tests compare every schema read with its JSON).
fn schema(value: Value) -> RefOr<Schema> {
    let mut schema = serde_json::from_value(schemas::mark_any(value)).unwrap_or_else(|_| any_value());
    fill(&mut schema, schemas::ANY_PLACEHOLDER, &any_value());
    schema
}

/// `T`'s schema as JSON, read for its shape only.
fn shape_of(data: &RefOr<Schema>) -> Value {
    serde_json::to_value(data).unwrap_or(Value::Object(Map::new()))
}

/// Calls `f` on each schema directly inside `schema`: its properties, a
/// map's values, an array's items, the choices of `allOf`, `anyOf`, `oneOf`.
fn for_each_child(schema: &mut RefOr<Schema>, f: &mut dyn FnMut(&mut RefOr<Schema>)) {
    match schema {
        RefOr::Ref(_) => {}
        RefOr::T(Schema::Object(object)) => {
            object.properties.values_mut().for_each(&mut *f);
            let values = object.additional_properties.as_deref_mut();
            if let Some(AdditionalProperties::RefOr(values)) = values {
                f(values);
            }
        }
        RefOr::T(Schema::Array(array)) => {
            if let ArrayItems::RefOrSchema(items) = &mut array.items {
                f(items);
            }
        }
        RefOr::T(Schema::AllOf(all)) => all.items.iter_mut().for_each(f),
        RefOr::T(Schema::AnyOf(any)) => any.items.iter_mut().for_each(f),
        RefOr::T(Schema::OneOf(one)) => one.items.iter_mut().for_each(f),
        RefOr::T(_) => {}
    }
}

/// Puts `with` where `schema` holds the reference `placeholder`.
fn fill(schema: &mut RefOr<Schema>, placeholder: &str, with: &RefOr<Schema>) {
    match schema {
        RefOr::Ref(reference) if reference.ref_location == placeholder => *schema = with.clone(),
        _ => for_each_child(schema, &mut |child| fill(child, placeholder, with)),
    }
}

/// `T`'s schema with each schema it refers to (`T::schemas`, which utoipa
/// registers for `body = T` but not for an `IntoResponses`) written in
/// place, so that a response refers to nothing the document may lack. A
/// type that holds itself keeps its `$ref` where it recurs (register it).
fn self_contained<T: ToSchema>() -> RefOr<Schema> {
    let mut named = Vec::new();
    T::schemas(&mut named);
    let mut schema = T::schema();
    let named: BTreeMap<String, RefOr<Schema>> = named
        .into_iter()
        .map(|(name, schema)| (std::format!("#/components/schemas/{name}"), schema))
        .collect();
    inline(&mut schema, &named, &mut Vec::new());
    schema
}

fn inline(schema: &mut RefOr<Schema>, named: &BTreeMap<String, RefOr<Schema>>, open: &mut Vec<String>) {
    if let RefOr::Ref(reference) = schema {
        let location = &reference.ref_location;
        let Some(found) = named.get(location).filter(|_| !open.contains(location)) else {
            return;
        };
        open.push(location.clone());
        *schema = found.clone();
        inline(schema, named, open);
        open.pop();
        return;
    }
    for_each_child(schema, &mut |child| inline(child, named, open));
}

/// The success schema of `C` carrying a `T`.
fn success_of<C: ErrorCatalog, T: PartialSchema>() -> RefOr<Schema> {
    let data = T::schema();
    let mut success = schema(schemas::success_schema::<C>(&shape_of(&data)));
    fill(&mut success, schemas::DATA_PLACEHOLDER, &data);
    success
}

/// Responses from their JSON, each `{}` schema as utoipa's any value. A
/// response utoipa cannot read stays, as its description with a body of
/// any value (never dropped: its status is still documented; the tests
/// compare every response read with its JSON).
fn read_responses(responses: Map<String, Value>) -> BTreeMap<String, RefOr<Response>> {
    let read = |response: Value| -> Response {
        let description = String::from(response["description"].as_str().unwrap_or_default());
        let Ok(mut response) = serde_json::from_value::<Response>(schemas::mark_any(response)) else {
            let content = backend::openapi::content::Content::new(Some(any_value()));
            let response = backend::openapi::response::ResponseBuilder::new();
            return response.description(description).content("application/json", content).build();
        };
        let schemas = schemas_of(&mut response).filter_map(Option::as_mut);
        schemas.for_each(|schema| fill(schema, schemas::ANY_PLACEHOLDER, &any_value()));
        response
    };
    let responses = responses.into_iter();
    responses
        .map(|(status, response)| (status, RefOr::T(read(response))))
        .collect()
}

/// What `E` lists, as responses: what a catalogue's and a `codes!` type's
/// `IntoResponses` call.
#[must_use]
pub fn responses<E: Codes>() -> BTreeMap<String, RefOr<Response>> {
    read_responses(schemas::responses::<E::Catalogue>(&E::listed(), None))
}

/// A catalogue's own schema, any of its errors: what its `PartialSchema`
/// calls.
#[must_use]
pub fn catalogue_schema<C: ErrorCatalog>() -> RefOr<Schema> {
    schema(schemas::any_error::<C>())
}

/// The schema of each of a catalogue's codes, for `components`: what its
/// `ToSchema::schemas` calls.
pub fn catalogue_schemas<C: ErrorCatalog>(out: &mut Vec<(String, RefOr<Schema>)>) {
    for (name, value) in schemas::components::<C>() {
        out.push((name, schema(value)));
    }
}

/// The success envelope carrying a `T` (see [the module docs](super)).
impl<C: ErrorCatalog, T: ToSchema> PartialSchema for Envelope<C, T> {
    fn schema() -> RefOr<Schema> {
        success_of::<C, T>()
    }
}

impl<C: ErrorCatalog, T: ToSchema> ToSchema for Envelope<C, T> {
    fn name() -> Cow<'static, str> {
        Cow::Owned(std::format!("{}Envelope_{}", schemas::catalogue_name::<C>(), T::name()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        T::schemas(schemas);
    }
}

/// The success (the success entry's status, else 200) carrying a `T`, and
/// the errors `E` lists.
fn endpoint<T: ToSchema, E: Codes>() -> BTreeMap<String, RefOr<Response>> {
    let success = <E::Catalogue as ErrorCatalog>::success().and_then(|entry| entry.http);
    let data = self_contained::<T>();
    let shape = schemas::success_schema::<E::Catalogue>(&shape_of(&data));
    let listed = E::listed();
    let responses = schemas::responses::<E::Catalogue>(&listed, Some((success.unwrap_or(200), shape)));
    let mut responses = read_responses(responses);
    for response in responses.values_mut() {
        if let RefOr::T(response) = response {
            let schemas = schemas_of(response).filter_map(Option::as_mut);
            schemas.for_each(|schema| fill(schema, schemas::DATA_PLACEHOLDER, &data));
        }
    }
    responses
}

/// A whole endpoint: its success and every error of `C`.
impl<C: ErrorCatalog, T: ToSchema> IntoResponses for Envelope<C, T> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        endpoint::<T, All<C>>()
    }
}

/// The success carrying a `T`, and the errors `E` lists.
impl<T: ToSchema, E: Codes> IntoResponses for Endpoint<T, E> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        endpoint::<T, E>()
    }
}

/// RFC 9457 problem details, as [`Problem`] writes them: `status` and
/// `code` unless left out, `instance` when given, and extension members
/// (a data variant's fields).
impl PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        let string = serde_json::json!({ "type": "string" });
        let integer = serde_json::json!({ "type": "integer" });
        schema(serde_json::json!({
            "type": "object",
            "properties": {
                "type": { "type": "string", "description": "A URI naming the problem type." },
                "title": string,
                "status": integer,
                "detail": string,
                "instance": { "type": "string", "description": "A URI naming this occurrence." },
                "code": integer
            },
            "required": ["type", "title", "detail"]
        }))
    }
}

impl ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}
