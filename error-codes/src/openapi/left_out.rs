//! [`rejections_left_out`]: a `codes!` list that forgot a refusal its
//! endpoint's inputs can get, found in the OpenAPI document.

use std::string::{String, ToString};
use std::vec::Vec;

use serde_json::Value;

use super::{Listed, answers};
use crate::ErrorCatalog;
use crate::rejection::RejectionKind;

/// The rejection kinds that an operation's inputs can be refused with but
/// its documented responses leave out, in catalogue `C`: a
/// [`codes!`](crate::codes) list that forgot one. `None` when the
/// document has no such operation.
///
/// What each input can be refused with (the extractors' kinds, see
/// [`rejection`](crate::rejection)): a path parameter, `"malformed-path"`
/// (`Path<T, C>`); a query parameter, `"malformed-query"` (`Query<T, C>`);
/// a request body, `"malformed-body"`, `"content-type"` and
/// `"body-too-large"` (`Json<T, C>`, `Form<T, C>`). A kind is documented
/// when the response of each status it is answered with (its marked code's,
/// else its fallback code's) names that code, in a schema's `enum` or an
/// example. `document` is the document as JSON (`serde_json::to_value(
/// ApiDoc::openapi())`, utoipa 5 or 6 alike); `method` is any case.
///
/// ```
/// # #[cfg(feature = "utoipa")] {
/// use error_codes::ErrorCatalog;
/// use error_codes::openapi::{Endpoint, rejections_left_out};
/// use error_codes::rejection::RejectionKind;
/// use utoipa::OpenApi;
///
/// #[derive(Debug, ErrorCatalog)]
/// enum ShopError {
///     /// A path parameter is not valid.
///     #[code(60002, http = 400, rejection = "malformed-path")]
///     InvalidPath,
///     /// Order not found.
///     #[code(60404, http = 404)]
///     OrderNotFound,
/// }
///
/// error_codes::codes! {
///     /// Forgets that the query can be refused too.
///     OrderErrors: ShopError [OrderNotFound, "malformed-path"]
/// }
///
/// #[utoipa::path(get, path = "/orders/{id}",
///     params(("id" = u32, Path), ("expand" = Option<bool>, Query)),
///     responses(Endpoint<u32, OrderErrors>))]
/// async fn order() {}
///
/// #[derive(OpenApi)]
/// #[openapi(paths(order))]
/// struct ApiDoc;
///
/// let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
/// // A malformed query answers 400 with the fallback code 400: undocumented.
/// let left_out = rejections_left_out::<ShopError>(&document, "GET", "/orders/{id}");
/// assert_eq!(left_out, Some(vec![RejectionKind::MalformedQuery]));
/// # }
/// ```
#[must_use]
pub fn rejections_left_out<C: ErrorCatalog>(
    document: &Value,
    method: &str,
    path: &str,
) -> Option<Vec<RejectionKind>> {
    let item = document.get("paths")?.get(path)?;
    let operation = item.get(method.to_ascii_lowercase())?;
    let kinds = input_kinds(document, item, operation);
    let left_out = kinds.into_iter().filter(|&kind| {
        let answered = answers::<C>(&[Listed::Rejection(kind)]);
        !answered.iter().all(|answer| {
            let response = operation
                .get("responses")
                .and_then(|responses| responses.get(answer.status.to_string()));
            response.is_some_and(|response| names_code::<C>(document, response, answer.code, 0))
        })
    });
    Some(left_out.collect())
}

/// The kinds an operation's parameters and body can be refused with.
fn input_kinds(document: &Value, item: &Value, operation: &Value) -> Vec<RejectionKind> {
    let parameters = [item, operation]
        .into_iter()
        .filter_map(|level| level.get("parameters")?.as_array())
        .flatten()
        .map(|parameter| resolve(document, parameter));
    let mut kinds = Vec::new();
    for parameter in parameters {
        let kind = match parameter.get("in").and_then(Value::as_str) {
            Some("path") => RejectionKind::MalformedPath,
            Some("query") => RejectionKind::MalformedQuery,
            _ => continue,
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if operation.get("requestBody").is_some() {
        kinds.extend([
            RejectionKind::MalformedBody,
            RejectionKind::ContentType,
            RejectionKind::BodyTooLarge,
        ]);
    }
    kinds
}

/// A `{"$ref": "#/components/..."}` resolved in the document (once; a
/// reference that leads nowhere is itself).
fn resolve<'a>(document: &'a Value, value: &'a Value) -> &'a Value {
    let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
        return value;
    };
    let pointer: String = reference.strip_prefix('#').unwrap_or_default().to_string();
    document.pointer(&pointer).unwrap_or(value)
}

/// Whether a response (its schemas, examples, references followed a few
/// levels deep) names `code`: in an `enum`, or as the value of the
/// catalogue's code field (its symbol, for a catalogue that sends it).
fn names_code<C: ErrorCatalog>(document: &Value, value: &Value, code: i64, depth: u8) -> bool {
    if depth > 16 {
        return false;
    }
    let value = resolve(document, value);
    let symbol = C::lookup(code).filter(|_| C::ENVELOPE.shape.code_is_symbol);
    let is_code = |candidate: &Value| {
        candidate.as_i64() == Some(code)
            || symbol.is_some_and(|entry| candidate.as_str() == Some(entry.symbol))
    };
    match value {
        Value::Object(fields) => {
            let in_enum = fields
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|values| values.iter().any(is_code));
            let as_field = fields.get(C::ENVELOPE.code).is_some_and(is_code);
            in_enum
                || as_field
                || fields
                    .values()
                    .any(|inner| names_code::<C>(document, inner, code, depth + 1))
        }
        Value::Array(items) => items
            .iter()
            .any(|inner| names_code::<C>(document, inner, code, depth + 1)),
        _ => false,
    }
}
