//! The `utoipa` features: OpenAPI responses from the catalogue. The whole
//! document of the example server is checked by `openapi-spec-validator`,
//! `schemathesis` and two generated clients in `.ci/run` (that every body
//! the server sends matches it); here, what each response and schema says.

#[allow(dead_code)]
#[path = "../examples/axum_server.rs"]
mod server;

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::openapi::{Endpoint, schemas};
use error_codes::{Envelope, ErrorCatalog};
use serde_json::{Value, json};
use server::{LoginErrors, OrderErrors, ShopError, TokenErrors, WeChatError};
use utoipa::{IntoResponses, OpenApi};

fn responses<R: IntoResponses>() -> Value {
    serde_json::to_value(R::responses()).unwrap()
}

/// The codes a response's schema admits, read from the schemas written in
/// it (one, or `oneOf` them and the success).
fn codes_at<C: ErrorCatalog>(response: &Value) -> Vec<i64> {
    let schema = &response["content"]["application/json"]["schema"];
    let choices: Vec<&Value> = match schema.get("oneOf").or(schema.get("anyOf")) {
        Some(choices) => choices.as_array().unwrap().iter().collect(),
        None => vec![schema],
    };
    choices
        .iter()
        .filter_map(|schema| {
            let head = schema.get("allOf").map_or(*schema, |all| &all[0]);
            head["properties"][C::ENVELOPE.code]["enum"][0].as_i64()
        })
        .filter(|code| Some(*code) != error_codes::envelope::success_code::<C>())
        .collect()
}

fn examples(response: &Value) -> Vec<String> {
    let examples = response["content"]["application/json"]["examples"].as_object();
    examples.unwrap().keys().cloned().collect()
}

#[test]
fn one_response_per_status_with_every_code_of_it() {
    let all = responses::<ShopError>();
    let statuses: Vec<&String> = all.as_object().unwrap().keys().collect();
    // Every status an error of the catalogue answers with, and only those:
    // every rejection is marked, each code with its own status.
    let mut expected: Vec<String> = ShopError::entries()
        .iter()
        .filter(|entry| entry.code != 0)
        .map(|entry| entry.http.unwrap_or(500).to_string())
        .collect();
    expected.sort();
    expected.dedup();
    assert_eq!(statuses, expected.iter().collect::<Vec<_>>());
    for (status, response) in all.as_object().unwrap() {
        let codes = codes_at::<ShopError>(response);
        let of_status: Vec<i64> = ShopError::entries()
            .iter()
            .filter(|e| e.code != 0 && e.http.unwrap_or(500).to_string() == *status)
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, of_status, "{status}");
        let description = response["description"].as_str().unwrap();
        for code in &of_status {
            assert!(
                description.contains(&format!("`{code}`")),
                "{status}: {description}"
            );
        }
        assert_eq!(
            codes.len(),
            examples(response).len(),
            "{status}: one example per code"
        );
    }
}

/// Two codes of one status both stay (utoipa's own derive keeps one).
#[test]
fn two_codes_of_one_status_are_both_examples() {
    let all = responses::<ShopError>();
    let codes = codes_at::<ShopError>(&all["404"]);
    let examples = examples(&all["404"]);
    for (code, name) in [
        (60404, "OrderNotFound"),
        (60004, "NoSuchEndpoint"),
        (40401, "EmailNotFound"),
    ] {
        assert!(codes.contains(&code), "{codes:?}");
        assert!(examples.contains(&format!("{code} {name}")), "{examples:?}");
    }
    let example =
        &all["404"]["content"]["application/json"]["examples"]["60404 OrderNotFound"]["value"];
    assert_eq!(
        *example,
        json!({"code": 60404, "message": "Order not found.", "data": null})
    );
    let gateway = ApiGatewayError::UnauthorizedSession;
    let example =
        &all["401"]["content"]["application/json"]["examples"]["40101 UnauthorizedSession"];
    assert_eq!(example["value"]["message"], gateway.message());
}

/// An "always 200" catalogue's endpoint: its 200 is the success or one of
/// the errors the endpoint lists, in its own field names, flattened.
#[test]
fn an_always_200_endpoint_is_one_of_success_or_errors() {
    let all = responses::<Endpoint<server::Session, TokenErrors>>();
    assert_eq!(all.as_object().unwrap().keys().collect::<Vec<_>>(), ["200"]);
    let content = &all["200"]["content"]["application/json"];
    let choices = content["schema"]["oneOf"].as_array().unwrap();
    assert_eq!(choices.len(), 3);
    // The success: the session's fields beside the code (flatten).
    let success = &choices[0]["allOf"];
    assert_eq!(success[0]["properties"]["errcode"]["enum"], json!([0]));
    assert_eq!(success[1]["properties"]["token"]["type"], "string");
    assert_eq!(codes_at::<WeChatError>(&all["200"]), [40013, 40097]);
    assert_eq!(
        content["examples"]["40013 InvalidAppId"]["value"],
        json!({"errcode": 40013, "errmsg": "invalid appid"})
    );
}

/// An "always 200" catalogue whose errors send headers: the success's
/// response, merged with its errors', documents them (its answers carry
/// them).
#[derive(Debug, Clone, Copy, error_codes::ErrorCatalog)]
#[catalog(http = 200, envelope(code_header = "x-error-code"))]
enum Always200 {
    /// Done.
    #[code(0, success)]
    Ok,
    /// Slow down.
    #[code(7)]
    SlowDown,
}

#[test]
fn a_success_sharing_its_status_documents_its_errors_headers() {
    let all = responses::<Envelope<Always200, ()>>();
    let header = &all["200"]["headers"]["x-error-code"];
    assert_eq!(header["schema"]["enum"], json!(["7"]), "{all}");
}

/// An endpoint documents the codes it lists, at their statuses; a
/// composed catalogue's code keeps its own status.
#[test]
fn an_endpoint_documents_just_its_codes() {
    let login = responses::<Endpoint<server::Session, LoginErrors>>();
    let statuses: Vec<&String> = login.as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["200", "400", "401", "413", "415"]);
    assert_eq!(codes_at::<ShopError>(&login["401"]), [40101]);
    assert_eq!(codes_at::<ShopError>(&login["400"]), [60000]);
    // The gateway's own success (code 200, HTTP 200) is no code of the
    // composition: the 200 is the shop's success envelope alone.
    let success = &login["200"]["content"]["application/json"]["schema"];
    assert!(success.get("oneOf").is_none(), "{success}");
    assert_eq!(success["properties"]["code"]["enum"], json!([0]));
    let order = responses::<OrderErrors>();
    let statuses: Vec<&String> = order.as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["400", "404", "409", "429"]);
}

/// A data variant's fields are in its schema, typed; the success's `data`
/// is `anyOf` the type and null, so a type that admits null is one match.
#[test]
fn schemas_say_what_is_sent() {
    let components = schemas::components::<ShopError>();
    let slow = &components["ShopError_60429"];
    assert_eq!(
        slow["properties"]["data"]["properties"]["retry_after"]["type"],
        "integer"
    );
    assert_eq!(
        slow["properties"]["data"]["required"],
        json!(["retry_after"])
    );
    let success =
        serde_json::to_value(<Envelope<ShopError, ()> as utoipa::PartialSchema>::schema()).unwrap();
    assert!(
        success["properties"]["data"]["anyOf"].is_array(),
        "{success}"
    );
    assert!(
        success["properties"]["data"].get("oneOf").is_none(),
        "{success}"
    );
}

/// utoipa 5 (feature `utoipa5`) documents the same as utoipa 6.
#[test]
fn utoipa_5_says_the_same() {
    let six = serde_json::to_value(<ShopError as utoipa::IntoResponses>::responses()).unwrap();
    let five = serde_json::to_value(<ShopError as utoipa5::IntoResponses>::responses()).unwrap();
    assert_eq!(six, five);
    let six = serde_json::to_value(<LoginErrors as utoipa::IntoResponses>::responses()).unwrap();
    let five = serde_json::to_value(<LoginErrors as utoipa5::IntoResponses>::responses()).unwrap();
    assert_eq!(six, five);
}

#[test]
fn the_document_has_every_route_and_its_errors() {
    let document = serde_json::to_value(server::ApiDoc::openapi()).unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    let mut routes: Vec<&String> = paths.keys().collect();
    routes.sort();
    assert_eq!(
        routes,
        [
            "/login",
            "/orders/{id}",
            "/orders/{id}/problem",
            "/payments/{id}",
            "/wechat/token"
        ]
    );
    // Every reference resolves.
    let text = document.to_string();
    for reference in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = &reference[..reference.find('"').unwrap()];
        assert!(
            document["components"]["schemas"].get(name).is_some(),
            "{name} dangles"
        );
    }
    let problem = &paths["/orders/{id}/problem"]["get"]["responses"]["404"]["content"];
    assert!(problem.get("application/problem+json").is_some());
}

/// Every schema utoipa is given reads back as the JSON it was built from:
/// nothing is lost between the two (for each shipped catalogue and both
/// utoipa versions).
#[test]
fn component_schemas_survive_utoipa() {
    fn same<C: ErrorCatalog>() {
        let built = schemas::components::<C>();
        let mut six = Vec::new();
        error_codes::openapi::catalogue_schemas::<C>(&mut six);
        let mut five = Vec::new();
        error_codes::openapi::catalogue_schemas5::<C>(&mut five);
        assert_eq!(six.len(), built.len());
        for ((name, schema), (name5, schema5)) in six.iter().zip(&five) {
            assert_eq!(serde_json::to_value(schema).unwrap(), built[name], "{name}");
            assert_eq!(
                serde_json::to_value(schema5).unwrap(),
                built[name5],
                "{name5}"
            );
        }
        let listed = <error_codes::openapi::All<C> as error_codes::openapi::Codes>::listed();
        let built = Value::Object(schemas::responses::<C>(&listed, None));
        let read = error_codes::openapi::responses::<error_codes::openapi::All<C>>();
        assert_eq!(serde_json::to_value(read).unwrap(), built);
    }
    same::<ShopError>();
    same::<WeChatError>();
    same::<error_codes::catalogues::edu::EduError>();
    same::<error_codes::catalogues::fresns::FresnsError>();
}

/// A flattened catalogue: a data variant's fields are documented beside
/// the code, as they are sent, and no `data` property is required.
#[test]
fn flattened_data_is_documented_beside_the_code() {
    #[derive(Debug, ErrorCatalog)]
    #[catalog(envelope(code = "errcode", message = "errmsg", flatten))]
    enum Flat {
        #[code(0, success, message = "ok")]
        Ok,
        /// Slow down.
        #[code(45009, data)]
        SlowDown {
            retry_after: u32,
            region: Option<String>,
        },
    }
    let schema = &schemas::components::<Flat>()["Flat_45009"];
    let [head, fields] = schema["allOf"].as_array().unwrap().as_slice() else {
        panic!("{schema}")
    };
    assert_eq!(head["required"], json!(["errcode", "errmsg"]));
    assert!(head["properties"].get("data").is_none(), "{head}");
    assert_eq!(fields["properties"]["retry_after"]["type"], "integer");
    assert_eq!(
        fields["properties"]["region"]["anyOf"],
        json!([{"type": "string"}, {"type": "null"}])
    );
    // What is sent has them beside the code.
    let sent = serde_json::to_value(Envelope::<Flat>::error(Flat::SlowDown {
        retry_after: 3,
        region: None,
    }))
    .unwrap();
    assert_eq!(
        sent,
        json!({"errcode": 45009, "errmsg": "Slow down.", "retry_after": 3, "region": null})
    );
}

/// Catalogues composed in two levels, and one composed twice whose only
/// variant carries data: `codes!` lists exactly the codes named.
mod listed {
    use error_codes::ErrorCatalog;

    #[derive(Debug, Clone, Copy, ErrorCatalog)]
    pub enum Leaf {
        #[code(1, http = 400, message = "Leaf one.")]
        One,
    }

    #[derive(Debug, Clone, Copy, ErrorCatalog)]
    pub enum Mid {
        #[code(100, http = 409, message = "Mid one.")]
        One,
        #[code(transparent, offset = 1000)]
        Leaf(Leaf),
    }

    #[derive(Debug, Clone, Copy, ErrorCatalog)]
    pub enum Top {
        #[code(transparent, offset = 1_000_000)]
        M(Mid),
    }

    #[derive(Debug, Clone, ErrorCatalog)]
    pub enum DataOnly {
        #[code(5, http = 422, data, message = "Five.")]
        Five { count: u32 },
    }

    #[derive(Debug, Clone, ErrorCatalog)]
    pub enum Twice {
        #[code(transparent, offset = 10)]
        A(DataOnly),
        #[code(transparent, offset = 20)]
        B(DataOnly),
    }

    error_codes::codes! { pub MidOne: Top [M(Mid::One)] }
    error_codes::codes! { pub AllOfMid: Top [M(..)] }
    error_codes::codes! { pub BAll: Twice [B(..)] }
    error_codes::codes! { pub BFive: Twice [B(DataOnly::Five)] }
}

fn listed_codes<L: error_codes::openapi::Codes>() -> Vec<i64> {
    L::listed()
        .into_iter()
        .filter_map(|listed| match listed {
            error_codes::openapi::Listed::Entry(entry) => Some(entry.code),
            _ => None,
        })
        .collect()
}

#[test]
fn codes_lists_exactly_the_codes_named() {
    // `Mid::One` is Mid's own variant, not Leaf's `One` composed into Mid.
    assert_eq!(listed_codes::<listed::MidOne>(), [1_000_100]);
    assert_eq!(listed_codes::<listed::AllOfMid>(), [1_000_100, 1_001_001]);
    // No value of a data variant can be built from its code: the part's
    // offset says where its codes are, the second part's here.
    assert_eq!(listed_codes::<listed::BAll>(), [25]);
    assert_eq!(listed_codes::<listed::BFive>(), [25]);
}

/// A document built with the guide's forms and nothing else (no
/// `components(...)`): utoipa registers no schema of an `IntoResponses`, so
/// each response writes what it refers to, down to the success type's own
/// nested types (a `MessageList` of `Message`s).
mod bare {
    use super::{Endpoint, Envelope, OrderErrors, ShopError};

    #[derive(serde::Serialize, utoipa::ToSchema)]
    pub struct Message {
        pub text: String,
    }

    #[derive(serde::Serialize, utoipa::ToSchema)]
    pub struct MessageList {
        pub messages: Vec<Message>,
        pub pinned: Option<Box<Message>>,
    }

    #[utoipa::path(get, path = "/errors", responses(ShopError))]
    #[allow(dead_code)]
    fn errors() {}

    #[utoipa::path(get, path = "/envelope", responses(Envelope<ShopError, MessageList>))]
    #[allow(dead_code)]
    fn envelope() {}

    #[utoipa::path(get, path = "/endpoint", responses(Endpoint<MessageList, OrderErrors>))]
    #[allow(dead_code)]
    fn endpoint() {}

    #[derive(utoipa::OpenApi)]
    #[openapi(paths(errors, envelope, endpoint))]
    pub struct Bare;
}

/// Every `"$ref"` in `value`, with where it is.
fn references(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(object) => {
            for (key, value) in object {
                match (key.as_str(), value) {
                    ("$ref", Value::String(target)) => out.push((at.to_owned(), target.clone())),
                    _ => references(value, &format!("{at}/{key}"), out),
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                references(item, &format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn a_document_without_components_refers_to_nothing_it_lacks() {
    let document = serde_json::to_value(bare::Bare::openapi()).unwrap();
    let mut found = Vec::new();
    references(&document, "", &mut found);
    let dangling: Vec<&(String, String)> = found
        .iter()
        .filter(|(_, target)| {
            let pointer = target.strip_prefix('#').unwrap_or("/not-local");
            document.pointer(pointer).is_none()
        })
        .collect();
    assert!(dangling.is_empty(), "{dangling:#?}");
    // The success writes `Message` where `MessageList` holds it.
    let ok = &document["paths"]["/endpoint"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    let text = ok.to_string();
    assert!(text.contains(r#""text":{"type":"string"}"#), "{ok}");
}
