//! OpenAPI descriptions with utoipa (feature `utoipa`), from the same
//! declaration as the code.
//!
//! Every catalogue is [`utoipa::IntoResponses`]: one response per HTTP
//! status its errors answer with (the rejections marked with
//! `rejection = "..."` included, with their statuses). Each response's
//! description lists its codes; its content is the envelope's schema, in
//! the catalogue's field names, whose `code` is an enum of exactly the codes
//! of that status; and it has one named example per code (`"40101
//! UnauthorizedSession"`: the real envelope). So
//! `#[utoipa::path(..., responses(ApiError))]` documents every error a
//! handler can answer, two codes of one status included.
//!
//! [`Envelope<C, T>`](Envelope) is `IntoResponses` too, for a whole endpoint:
//! the success (with `T`'s schema) and every error of `C`; where a success
//! and errors share a status (an "always 200" API), that response is one
//! of either. It is also a schema ([`utoipa::ToSchema`]): the success
//! envelope carrying a `T`. [`Problem`] is a schema.

// A std module of a `#![no_std]` crate: what it takes of std's prelude.
use std::borrow::ToOwned;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::{Value, json};
use utoipa::openapi::RefOr;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, SchemaType, Type};
use utoipa::{IntoResponses, PartialSchema, ToSchema};

use crate::envelope::{DEFAULT_SUCCESS_MESSAGE, success_code};
use crate::{Entry, Envelope, ErrorCatalog, Problem};

/// One answer of a catalogue: a code, with the status it is answered with.
struct Answer {
    status: u16,
    entry: &'static Entry,
    /// For a rejection: what axum's explanation (the envelope's `data`)
    /// looks like.
    data: Option<&'static str>,
}

/// Every error answer of `C`: each entry but the success, at its status
/// (else 500), then each marked rejection at the statuses it answers with.
fn answers<C: ErrorCatalog>() -> Vec<Answer> {
    let success = success_code::<C>();
    let errors = C::entries()
        .iter()
        .filter(|entry| Some(entry.code) != success);
    let mut answers: Vec<Answer> = errors
        .map(|entry| Answer {
            status: entry.http.unwrap_or(500),
            entry,
            data: None,
        })
        .collect();
    let rejections = C::REJECTIONS;
    let marked = [
        (
            rejections.malformed_body,
            &[400, 422][..],
            "Failed to parse the request body as JSON",
        ),
        (
            rejections.content_type,
            &[415][..],
            "Expected request with `Content-Type: application/json`",
        ),
        (
            rejections.unknown_route,
            &[404][..],
            "No route for GET /unknown",
        ),
    ];
    for (code, statuses, data) in marked {
        let Some(entry) = code.and_then(C::lookup) else {
            continue;
        };
        for &status in statuses {
            if !answers
                .iter()
                .any(|a| a.status == status && a.entry.code == entry.code)
            {
                answers.push(Answer {
                    status,
                    entry,
                    data: Some(data),
                });
            }
        }
    }
    answers
}

/// The envelope of an answer, as the server writes it.
fn example<C: ErrorCatalog>(answer: &Answer) -> Value {
    let fields = C::ENVELOPE;
    let mut envelope = serde_json::Map::new();
    envelope.insert(fields.code.to_owned(), json!(answer.entry.code));
    envelope.insert(fields.message.to_owned(), json!(answer.entry.message));
    match answer.data {
        Some(data) => {
            envelope.insert(fields.data.to_owned(), json!(data));
        }
        None if fields.null_data => {
            envelope.insert(fields.data.to_owned(), Value::Null);
        }
        None => {}
    }
    Value::Object(envelope)
}

/// The envelope's schema for the given codes: `code` one of them, the
/// message a string, `data` anything.
fn error_schema<C: ErrorCatalog>(codes: &[i64]) -> Schema {
    let code = ObjectBuilder::new()
        .schema_type(Type::Integer)
        .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
            utoipa::openapi::KnownFormat::Int64,
        )))
        .enum_values(Some(codes.iter().copied()));
    let data = ObjectBuilder::new()
        .schema_type(SchemaType::AnyValue)
        .description(Some("Detail of the failure, when the server gives some."));
    envelope_schema::<C>(code, data)
}

/// An envelope in `C`'s field names: `code` as given, the message a
/// string, `data` as given (required when `C` writes it as `null`).
fn envelope_schema<C: ErrorCatalog>(code: ObjectBuilder, data: impl Into<RefOr<Schema>>) -> Schema {
    let fields = C::ENVELOPE;
    let message = ObjectBuilder::new().schema_type(Type::String);
    let mut schema = ObjectBuilder::new()
        .property(fields.code, code)
        .required(fields.code)
        .property(fields.message, message)
        .required(fields.message)
        .property(fields.data, data);
    if fields.null_data {
        schema = schema.required(fields.data);
    }
    schema.into()
}

/// What the answers of one status have in common: their codes, a named
/// example each, and a description that lists them.
#[derive(Default)]
struct OfStatus {
    codes: Vec<i64>,
    examples: Vec<(String, Value)>,
    description: String,
}

/// The error responses of `C`, by status.
fn error_responses<C: ErrorCatalog>() -> BTreeMap<u16, OfStatus> {
    let mut by_status: BTreeMap<u16, OfStatus> = BTreeMap::new();
    for answer in answers::<C>() {
        let of_status = by_status.entry(answer.status).or_default();
        if !of_status.codes.contains(&answer.entry.code) {
            of_status.codes.push(answer.entry.code);
            let separator = if of_status.description.is_empty() {
                ""
            } else {
                "\n\n"
            };
            let line = format!(
                "{separator}`{}` {}",
                answer.entry.code, answer.entry.message
            );
            of_status.description.push_str(&line);
        }
        let name = format!("{} {}", answer.entry.code, answer.entry.name);
        of_status.examples.push((name, example::<C>(&answer)));
    }
    by_status
}

fn response(description: &str, schema: RefOr<Schema>, examples: Vec<(String, Value)>) -> Response {
    let examples = examples.into_iter().map(|(name, value)| {
        let example = ExampleBuilder::new()
            .summary(name.clone())
            .value(Some(value))
            .build();
        (name, example)
    });
    let content = ContentBuilder::new()
        .schema(Some(schema))
        .examples_from_iter(examples)
        .build();
    ResponseBuilder::new()
        .description(description)
        .content("application/json", content)
        .build()
}

/// What the derive's `IntoResponses` impl calls.
#[doc(hidden)]
#[must_use]
pub fn responses<C: ErrorCatalog>() -> BTreeMap<String, RefOr<Response>> {
    error_responses::<C>()
        .into_iter()
        .map(|(status, of_status)| {
            let schema = error_schema::<C>(&of_status.codes).into();
            let response = response(&of_status.description, schema, of_status.examples);
            (status.to_string(), response.into())
        })
        .collect()
}

/// The success envelope carrying a `T`: `code` the success code, the
/// message a string, `data` a `T` (or `null`).
impl<C: ErrorCatalog, T: ToSchema> PartialSchema for Envelope<C, T> {
    fn schema() -> RefOr<Schema> {
        // An errors-only catalogue's success is the bare body.
        if C::ERRORS_ONLY {
            return T::schema();
        }
        let code = ObjectBuilder::new()
            .schema_type(Type::Integer)
            .enum_values(Some(success_code::<C>()));
        // `T` inline, so that the schema stands alone wherever it is used
        // (types nested in `T` are referenced as utoipa references them).
        let data = OneOfBuilder::new()
            .item(T::schema())
            .item(ObjectBuilder::new().schema_type(Type::Null));
        envelope_schema::<C>(code, data).into()
    }
}

impl<C: ErrorCatalog, T: ToSchema> ToSchema for Envelope<C, T> {
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("{}Envelope_{}", C::NAME, T::name()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        T::schemas(schemas);
    }
}

/// A whole endpoint: its success (the success entry's status, else 200) and
/// every error of `C`.
impl<C: ErrorCatalog, T: ToSchema> IntoResponses for Envelope<C, T> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let status = C::success().and_then(|entry| entry.http).unwrap_or(200);
        let message = C::success().map_or(DEFAULT_SUCCESS_MESSAGE, |entry| entry.message);
        let mut responses = responses::<C>();
        let success = Self::schema();
        // The success envelope's example; an errors-only success is a bare
        // `T`, which has none to give.
        let success_example = success_code::<C>().map(|code| {
            let mut example = serde_json::Map::new();
            example.insert(C::ENVELOPE.code.to_owned(), json!(code));
            example.insert(C::ENVELOPE.message.to_owned(), json!(message));
            if C::ENVELOPE.null_data {
                example.insert(C::ENVELOPE.data.to_owned(), Value::Null);
            }
            (format!("{code} success"), Value::Object(example))
        });
        let description = if C::ERRORS_ONLY {
            "The success: the bare body"
        } else {
            "The success envelope"
        };
        let merged = match responses.remove(&status.to_string()) {
            Some(RefOr::T(errors)) => {
                let content = errors.content.get("application/json");
                let error_schema = content.and_then(|content| content.schema.clone());
                let mut schema = OneOfBuilder::new().item(success);
                if let Some(error_schema) = error_schema {
                    schema = schema.item(error_schema);
                }
                let mut examples: Vec<(String, Value)> = success_example.into_iter().collect();
                for (name, example) in content.iter().flat_map(|content| &content.examples) {
                    if let RefOr::T(example) = example {
                        examples.push((name.clone(), example.value.clone().unwrap_or_default()));
                    }
                }
                let description = format!("{description}, or:\n\n{}", errors.description);
                response(&description, schema.into(), examples)
            }
            _ => response(
                &format!("{description}."),
                success,
                success_example.into_iter().collect(),
            ),
        };
        responses.insert(status.to_string(), merged.into());
        responses
    }
}

/// RFC 9457 problem details, as [`Problem`] writes them.
impl PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        let string = || ObjectBuilder::new().schema_type(Type::String);
        ObjectBuilder::new()
            .property(
                "type",
                string().description(Some("A URI naming the problem type.")),
            )
            .property("title", string())
            .property("status", ObjectBuilder::new().schema_type(Type::Integer))
            .property("detail", string())
            .property("code", ObjectBuilder::new().schema_type(Type::Integer))
            .required("type")
            .required("title")
            .required("status")
            .required("detail")
            .required("code")
            .into()
    }
}

impl ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}
