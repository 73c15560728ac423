//! Error bodies of public APIs, declared with `envelope(...)`'s shape keys
//! instead of written by hand: each published example reproduced
//! JSON-equal from a catalogue value, read back as that value, and a body
//! whose facts contradict the catalogue read by its code, the
//! contradiction reported.
//!
//! - Twilio's REST API (2010-04-01): `{"code", "message", "more_info",
//!   "status"}`, <https://www.twilio.com/docs/usage/twilios-response>
//!   ("Exceptions"), each code documented at
//!   `https://www.twilio.com/docs/errors/{code}`.
//! - Twilio's product APIs (bulk messaging): `{"errors": [{"code",
//!   "message", "infoUrl", ...}]}`,
//!   <https://www.twilio.com/docs/bulk-messaging/api/seek-message-resource>.
//! - X (Twitter) API v1.1: `{"errors": [{"message", "code"}]}`,
//!   <https://developer.x.com/en/docs/basics/response-codes>, as sent in
//!   <https://github.com/bear/python-twitter/issues/59>.
//! - Slack-style answers with status 200 and a constant marking failures
//!   (`"ok": false`): <https://api.slack.com/web#evaluating_responses>.
//! - RFC 9457 problem details with a `type` URL per code, `instance` and
//!   extension members: the RFC's own example,
//!   <https://www.rfc-editor.org/rfc/rfc9457#section-3>.

use error_codes::envelope::Contradiction;
use error_codes::{Envelope, ErrorCatalog, Failure};
use serde_json::{Value, json};

/// Twilio's REST exceptions: no data, the status and a link beside the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    docs_url = "https://www.twilio.com/docs/errors/{code}",
    envelope(status = "status", docs_url = "more_info", without(data))
)]
enum TwilioError {
    /// The requested resource was not found.
    #[code(20404, http = 404)]
    NotFound,
    /// Too many requests.
    #[code(20429, http = 429)]
    TooManyRequests,
    /// No 'To' number is specified.
    #[code(21201, http = 400)]
    NoToNumber,
}

/// Twilio's product APIs: a list of errors, each with its `infoUrl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    docs_url = "https://www.twilio.com/docs/api/errors/{code}",
    envelope(under_list = "errors", docs_url = "infoUrl", without(data))
)]
enum TwilioBulkError {
    #[code(20404, http = 404, message = "Not Found")]
    NotFound,
}

/// X's v1.1 errors: a list of one `{"code", "message"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(errors_only, envelope(under_list = "errors", without(data)))]
enum XError {
    /// Could not authenticate you.
    #[code(32, http = 401)]
    CouldNotAuthenticate,
    /// Sorry, that page does not exist.
    #[code(34, http = 404)]
    PageDoesNotExist,
    /// Rate limit exceeded.
    #[code(88, http = 429)]
    RateLimitExceeded,
}

/// Status 200 for everything; failures marked `"ok": false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    http = 200,
    envelope(code = "error", message = "detail", fields(ok = false), without(data))
)]
enum MarkedError {
    /// Invalid authentication.
    #[code(4001)]
    InvalidAuth,
}

fn json_of<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

fn known<C: ErrorCatalog>(error: C, message: &str) -> Failure<C> {
    Failure::Known {
        error,
        message: message.to_owned().into(),
        detail: None,
    }
}

#[test]
fn twilio_rest_exceptions() {
    // The page's example: the handler's own message names the resource.
    let published = json!({
        "code": 20404,
        "message": "The requested resource /2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Calls/CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.json was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404
    });
    let message = published["message"].as_str().unwrap();
    let failure = known(TwilioError::NotFound, message);
    assert_eq!(json_of(&failure), published);
    let text = published.to_string();
    let read: Envelope<TwilioError> = Envelope::from_answer(404, text.as_bytes()).unwrap();
    assert_eq!(read, Envelope::Failure(failure));
    assert_eq!(
        TwilioError::NoToNumber.docs_url(),
        Some("https://www.twilio.com/docs/errors/21201")
    );
    // The declared message, written from the value alone.
    assert_eq!(
        json_of(&Envelope::<TwilioError>::error(
            TwilioError::TooManyRequests
        )),
        json!({"code": 20429, "message": "Too many requests.",
               "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429})
    );
}

#[test]
fn twilio_product_api_lists() {
    let published = json!({"errors": [{
        "code": 20404,
        "message": "Not Found",
        "infoUrl": "https://www.twilio.com/docs/api/errors/20404"
    }]});
    let written = json_of(&Envelope::<TwilioBulkError>::error(
        TwilioBulkError::NotFound,
    ));
    assert_eq!(written, published);
    let read: Envelope<TwilioBulkError> = serde_json::from_value(published).unwrap();
    assert_eq!(
        read.into_result().unwrap_err().known(),
        Some(&TwilioBulkError::NotFound)
    );
}

#[test]
fn x_v1_errors() {
    let published = r#"{"errors":[{"message":"Sorry, that page does not exist","code":34}]}"#;
    let read: Envelope<XError> = Envelope::from_answer(404, published.as_bytes()).unwrap();
    let failure = read.into_result().unwrap_err();
    assert_eq!(failure.known(), Some(&XError::PageDoesNotExist));
    assert_eq!(failure.message(), "Sorry, that page does not exist");
    let published: Value = serde_json::from_str(published).unwrap();
    assert_eq!(json_of(&failure), published, "round trip");
    // An unknown code is kept, a second error of the list is not read.
    let read: Envelope<XError> = serde_json::from_value(json!({"errors": [
        {"code": 999, "message": "New"}, {"code": 34, "message": "x"}
    ]}))
    .unwrap();
    let failure = read.into_result().unwrap_err();
    assert_eq!((failure.code(), failure.message()), (999, "New"));
    // A bare success that is no object reads as itself, from the body alone.
    let read: Envelope<TwilioError, Vec<u32>> = serde_json::from_str("[1, 2]").unwrap();
    assert_eq!(read.into_result().unwrap(), Some(vec![1, 2]));
    // A 2xx answer of an errors-only catalogue is the bare resource.
    let read: Envelope<XError, Value> =
        Envelope::from_answer(200, br#"{"id": 1, "code": 5}"#).unwrap();
    assert_eq!(
        read.into_result().unwrap(),
        Some(json!({"id": 1, "code": 5}))
    );
}

#[test]
fn a_constant_marks_failures_whatever_the_status() {
    let body = json!({"error": 4001, "detail": "Invalid authentication.", "ok": false});
    assert_eq!(
        json_of(&Envelope::<MarkedError>::error(MarkedError::InvalidAuth)),
        body
    );
    let read: Envelope<MarkedError> =
        Envelope::from_answer(200, body.to_string().as_bytes()).unwrap();
    assert_eq!(
        read.into_result().unwrap_err().known(),
        Some(&MarkedError::InvalidAuth)
    );
    // `"ok": true`, or no `ok`: a success, its data the whole body.
    for success in [json!({"ok": true, "error": 1}), json!({"channel": "C1"})] {
        let read: Envelope<MarkedError, Value> =
            Envelope::from_answer(200, success.to_string().as_bytes()).unwrap();
        assert_eq!(read.into_result().unwrap(), Some(success));
    }
}

#[test]
fn facts_a_body_contradicts_are_reported_not_trusted() {
    let body = json!({"code": 20404, "message": "gone", "status": 200,
                      "more_info": "https://www.twilio.com/docs/errors/20404"});
    let read: Envelope<TwilioError> =
        Envelope::from_answer(404, body.to_string().as_bytes()).unwrap();
    assert_eq!(
        read.into_result().unwrap_err().known(),
        Some(&TwilioError::NotFound)
    );
    let found = error_codes::envelope::contradictions::<TwilioError>(&body.to_string()).unwrap();
    assert_eq!(
        found,
        [Contradiction::__new(
            "status",
            "200".into(),
            Some("404".into())
        )]
    );
    let agreeing = json_of(&Envelope::<TwilioError>::error(TwilioError::NotFound));
    let found = error_codes::envelope::contradictions::<TwilioError>(&agreeing.to_string());
    assert_eq!(found.unwrap(), []);
}

/// The lock records the shape and each code's link: a moved field or a
/// changed link breaks it.
#[test]
fn the_lock_records_the_shape_and_the_links() {
    use error_codes::lock::{Lock, Problem, compare};
    let current = Lock::of::<TwilioError>();
    let text = current.render("TwilioError");
    let envelope = "envelope code=\"code\" message=\"message\" data=\"data\" null-data \
                    status=\"status\" docs-url=\"more_info\" without-data\n";
    assert!(text.contains(envelope), "{text}");
    assert!(
        text.contains("docs=\"https://www.twilio.com/docs/errors/20404\""),
        "{text}"
    );
    assert_eq!(Lock::parse(&text).unwrap(), current);
    let moved = text.replace("status=\"status\"", "status=\"http_status\"");
    let problems = compare(&Lock::parse(&moved).unwrap(), &current);
    assert!(
        matches!(problems[..], [Problem::EnvelopeChanged { .. }]),
        "{problems:?}"
    );
    assert!(problems[0].breaks());
    let relinked = text.replace("docs/errors/20429", "docs/errors/old-20429");
    let problems = compare(&Lock::parse(&relinked).unwrap(), &current);
    assert!(
        matches!(problems[..], [Problem::DocsUrlChanged { code: 20429, .. }]),
        "{problems:?}"
    );
    assert!(problems[0].breaks());
    // The docs export links each code.
    let page = error_codes::docs::markdown::<TwilioError>();
    assert!(
        page.contains("| [20404](<https://www.twilio.com/docs/errors/20404>) |"),
        "{page}"
    );
    let json: Value = serde_json::from_str(&error_codes::docs::json::<TwilioError>()).unwrap();
    assert_eq!(
        json["entries"][0]["docs_url"],
        "https://www.twilio.com/docs/errors/20404"
    );
    // A problem's type is the link.
    let problem = error_codes::Problem::of(&TwilioError::NotFound);
    assert_eq!(problem.kind, "https://www.twilio.com/docs/errors/20404");
}

/// Each response's schema and examples, for each shape: every example (what
/// the server writes) is valid against its response's schema, a body of
/// another code is not, and the facts are constants.
fn examples_match_schemas<C: utoipa::IntoResponses + ErrorCatalog>() -> usize {
    let responses = serde_json::to_value(C::responses()).unwrap();
    let mut checked = 0;
    for (status, response) in responses.as_object().unwrap() {
        let content = &response["content"]["application/json"];
        let validator = jsonschema::validator_for(&content["schema"]).unwrap();
        for (name, example) in content["examples"].as_object().unwrap() {
            let value = &example["value"];
            let errors: Vec<String> = validator
                .iter_errors(value)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{status} {name}: {value} {errors:?}");
            checked += 1;
        }
    }
    checked
}

#[test]
fn the_openapi_document_follows_the_shape() {
    // Each code's example, and the refusals' (rejections answer with the
    // fallback codes of their statuses).
    assert!(examples_match_schemas::<TwilioError>() >= TwilioError::CODES.len());
    assert!(examples_match_schemas::<XError>() >= XError::CODES.len());
    assert!(examples_match_schemas::<MarkedError>() >= MarkedError::CODES.len());
    assert!(examples_match_schemas::<StripeError>() >= StripeError::CODES.len());
    assert!(examples_match_schemas::<GitHubError>() >= GitHubError::CODES.len());
    let responses = serde_json::to_value(<StripeError as utoipa::IntoResponses>::responses());
    let schema = &responses.unwrap()["402"]["content"]["application/json"]["schema"];
    let inner = &schema["properties"]["error"]["properties"];
    assert_eq!(
        inner["code"],
        json!({"type": "string", "enum": ["card_declined"]})
    );
    assert_eq!(
        inner["type"],
        json!({"type": "string", "enum": ["card_error"]})
    );
    let responses = serde_json::to_value(<TwilioError as utoipa::IntoResponses>::responses());
    let schema = &responses.unwrap()["404"]["content"]["application/json"]["schema"];
    assert_eq!(
        schema["properties"]["status"],
        json!({"type": "integer", "enum": [404]})
    );
    assert_eq!(
        schema["properties"]["more_info"],
        json!({"type": "string", "enum": ["https://www.twilio.com/docs/errors/20404"]})
    );
    assert!(schema["properties"].get("data").is_none(), "{schema}");
    // A body of another code, or without the list, is not valid there.
    let validator = jsonschema::validator_for(schema).unwrap();
    let other = json_of(&Envelope::<TwilioError>::error(TwilioError::NoToNumber));
    assert!(!validator.is_valid(&other));
    let responses = serde_json::to_value(<XError as utoipa::IntoResponses>::responses()).unwrap();
    let schema = &responses["404"]["content"]["application/json"]["schema"];
    let validator = jsonschema::validator_for(schema).unwrap();
    assert!(validator.is_valid(&json!({"errors": [{"code": 34, "message": "x"}]})));
    assert!(!validator.is_valid(&json!({"code": 34, "message": "x"})));
    assert!(!validator.is_valid(&json!({"errors": []})));
}

/// The TypeScript modules of two shapes, kept current here and
/// type-checked with `shapes_check.ts` under `tsc --strict` by `.ci/run`.
#[test]
fn the_typescript_bodies_are_current() {
    let module = [
        error_codes::docs::typescript::<TwilioError>(),
        error_codes::docs::typescript::<XError>(),
        error_codes::docs::typescript::<MarkedError>(),
        error_codes::docs::typescript::<StripeError>(),
        error_codes::docs::typescript::<GitHubError>(),
    ]
    .join("\n");
    assert!(module.contains("export interface XErrorBody {\n  errors: XErrorBodyError[];\n}"));
    assert!(module.contains("  status?: number;\n  more_info?: string;\n}"));
    assert!(module.contains("  ok: false;\n}"));
    error_codes::docs::check_generated("contract/typescript/shapes.ts", &module);
}

/// Stripe: the error under `error`, the code as a symbol, the module as
/// `type`, a link per code, and the data's fields beside the code.
/// <https://docs.stripe.com/api/errors>, <https://docs.stripe.com/error-codes>.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    docs_url = "https://stripe.com/docs/error-codes/{symbol:kebab}",
    envelope(under = "error", code_is = "symbol", module = "type", docs_url = "doc_url", flatten),
    module(name = "invalid_request_error", ranges(400..=499)),
    module(name = "card_error", ranges(1400..=1499))
)]
enum StripeError {
    /// The ID provided is not valid.
    #[code(404, http = 404, symbol = "resource_missing", data)]
    ResourceMissing { param: String },
    /// The card has been declined.
    #[code(1402, http = 402, symbol = "card_declined")]
    CardDeclined,
}

#[test]
fn stripe_errors() {
    let published = json!({"error": {
        "code": "resource_missing",
        "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
        "message": "No such customer: 'cus_12345'",
        "param": "id",
        "type": "invalid_request_error"
    }});
    let failure = Failure::Known {
        error: StripeError::ResourceMissing { param: "id".into() },
        message: "No such customer: 'cus_12345'".into(),
        detail: None,
    }
    .with_detail(error_codes::Detail::new(&json!({"param": "id"})).unwrap());
    assert_eq!(json_of(&failure), published);
    let read: Envelope<StripeError> =
        Envelope::from_answer(404, published.to_string().as_bytes()).unwrap();
    let read = read.into_result().unwrap_err();
    // A data variant is read by its code and symbol, its fields the detail.
    assert_eq!(
        (read.code(), read.symbol()),
        (404, Some("resource_missing"))
    );
    assert_eq!(
        read.detail().unwrap().to_value().unwrap(),
        json!({"param": "id"})
    );
    assert_eq!(json_of(&read), published, "round trip");
    let declined = json_of(&Envelope::<StripeError>::error(StripeError::CardDeclined));
    assert_eq!(
        declined,
        json!({"error": {"code": "card_declined", "message": "The card has been declined.",
               "type": "card_error", "doc_url": "https://stripe.com/docs/error-codes/card-declined"}})
    );
    let read: Envelope<StripeError> = serde_json::from_value(declined).unwrap();
    assert_eq!(
        read.into_result().unwrap_err().known(),
        Some(&StripeError::CardDeclined)
    );
    // A code Stripe added later: kept as its symbol.
    let read: Envelope<StripeError> = serde_json::from_value(json!({"error": {
        "code": "new_code", "message": "New.", "type": "api_error"}}))
    .unwrap();
    let failure = read.into_result().unwrap_err();
    assert_eq!(
        (failure.symbol(), failure.message()),
        (Some("new_code"), "New.")
    );
    assert_eq!(
        json_of(&failure),
        json!({"error": {"code": "new_code", "message": "New."}})
    );
}

/// GitHub: no code field but the message, which names the error; the
/// status as a string; a link. <https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api>.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    envelope(
        code = "message",
        code_is = "symbol",
        without(message, data),
        status = "status",
        status_is = "string",
        docs_url = "documentation_url"
    )
)]
enum GitHubError {
    /// The credentials are wrong.
    #[code(
        401,
        http = 401,
        symbol = "Bad credentials",
        docs_url = "https://docs.github.com/rest"
    )]
    BadCredentials,
    /// No such repository, or not visible to the caller.
    #[code(
        404,
        http = 404,
        symbol = "Not Found",
        docs_url = "https://docs.github.com/rest/repos/repos#get-a-repository"
    )]
    NotFound,
}

#[test]
fn github_errors() {
    let published = json!({
        "message": "Not Found",
        "documentation_url": "https://docs.github.com/rest/repos/repos#get-a-repository",
        "status": "404"
    });
    assert_eq!(
        json_of(&Envelope::<GitHubError>::error(GitHubError::NotFound)),
        published
    );
    let read: Envelope<GitHubError> =
        Envelope::from_answer(404, published.to_string().as_bytes()).unwrap();
    assert_eq!(
        read.into_result().unwrap_err().known(),
        Some(&GitHubError::NotFound)
    );
    let bad = json!({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"});
    let read: Envelope<GitHubError> = serde_json::from_value(bad.clone()).unwrap();
    let failure = read.into_result().unwrap_err();
    assert_eq!(failure.known(), Some(&GitHubError::BadCredentials));
    assert_eq!(json_of(&failure), bad);
}

/// What the fuzz target found (`fuzz/seeds/envelope/8_43.json`,
/// `10_44.json`): a number beyond f64 beside the code is written back as
/// sent, and a constant field given twice is not a body of the shape.
#[test]
fn what_the_fuzzer_found() {
    let body = r#"{"error":{"code":"new_code","message":"x","extra":[6,2e999]}}"#;
    let read: Envelope<StripeError> = serde_json::from_str(body).unwrap();
    let written = serde_json::to_string(&read).unwrap();
    assert_eq!(
        written,
        r#"{"error":{"code":"new_code","message":"x","extra":[6,2e999]}}"#
    );
    let twice = r#"{"error":4001,"ok":2,"ok":false}"#;
    assert!(serde_json::from_str::<Envelope<MarkedError>>(twice).is_err());
}

/// The guide's bodies are the bytes this crate writes.
#[test]
fn the_guide_shows_what_is_written() {
    let guide = include_str!("../error-codes/src/guide/envelope.md");
    let stripe = Failure::Known {
        error: StripeError::ResourceMissing { param: "id".into() },
        message: "No such customer: 'cus_12345'".into(),
        detail: None,
    }
    .with_detail(error_codes::Detail::new(&json!({"param": "id"})).unwrap());
    let x = known(XError::PageDoesNotExist, "Sorry, that page does not exist");
    let written = [
        serde_json::to_string(&stripe).unwrap(),
        serde_json::to_string(&Envelope::<GitHubError>::error(GitHubError::NotFound)).unwrap(),
        serde_json::to_string(&x).unwrap(),
        serde_json::to_string(&out_of_credit()).unwrap(),
    ];
    for body in written {
        assert!(
            guide.contains(&format!("\n{body}\n")),
            "the guide's envelope page lacks {body}"
        );
    }
}

/// The JSON export describes a shaped envelope as it is declared; a plain
/// one is described by its entries alone, as before.
#[test]
fn the_json_export_describes_the_shape() {
    let json: Value = serde_json::from_str(&error_codes::docs::json::<StripeError>()).unwrap();
    assert_eq!(
        json["envelope"],
        json!({"code": "code", "message": "message", "data": "data", "under": "error",
               "code_is": "symbol", "module": "type", "docs_url": "doc_url", "flatten": true})
    );
    let json: Value = serde_json::from_str(&error_codes::docs::json::<MarkedError>()).unwrap();
    assert_eq!(
        json["envelope"],
        json!({"code": "error", "message": "detail", "fields": {"ok": false}, "without": ["data"]})
    );
    let json: Value = serde_json::from_str(&error_codes::docs::json::<
        error_codes::catalogues::edu::EduError,
    >())
    .unwrap();
    assert!(json.get("envelope").is_none());
}

/// RFC 9457 §3: an API whose problem types are URLs per code, whose
/// problems carry no `status` or `code` member, an `instance`, and the
/// data's fields as extension members. The message's price is the API's
/// fixed 50 credits per message.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(docs_url = "https://example.com/probs/{symbol:kebab}")]
enum CreditError {
    #[code(
        40301,
        http = 403,
        symbol = "out_of_credit",
        title = "You do not have enough credit.",
        message = "Your current balance is {balance}, but that costs 50.",
        data
    )]
    OutOfCredit { balance: u64, accounts: Vec<String> },
    #[code(
        42201,
        http = 422,
        symbol = "validation_error",
        title = "Your request is not valid.",
        message = "The request body is not valid."
    )]
    ValidationError,
}

/// The RFC's example (§3), as its `application/problem+json` body.
fn out_of_credit_published() -> Value {
    json!({
        "type": "https://example.com/probs/out-of-credit",
        "title": "You do not have enough credit.",
        "detail": "Your current balance is 30, but that costs 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
        "accounts": ["/account/12345", "/account/67890"]
    })
}

fn out_of_credit() -> error_codes::Problem {
    let error = CreditError::OutOfCredit {
        balance: 30,
        accounts: vec!["/account/12345".into(), "/account/67890".into()],
    };
    error_codes::Problem::of(&error)
        .with_instance("/account/12345/msgs/abc")
        .without_status()
        .without_code()
}

#[test]
fn rfc_9457_problems() {
    let published = out_of_credit_published();
    let problem = out_of_credit();
    assert_eq!(problem.status, 403, "the answer's status");
    assert_eq!(json_of(&problem), published);
    // Read back by its `type` URL: the code, the detail, the members.
    let read = error_codes::Problem::read::<CreditError>(published.to_string().as_bytes()).unwrap();
    assert_eq!(read.code(), 40301);
    assert_eq!(read.message(), published["detail"]);
    assert_eq!(
        read.detail().unwrap().to_value().unwrap(),
        json!({"balance": 30, "accounts": ["/account/12345", "/account/67890"]})
    );
    // With its `code` and `status`, the default: read by the code.
    let validation = json_of(&error_codes::Problem::of(&CreditError::ValidationError));
    assert_eq!(
        validation,
        json!({"type": "https://example.com/probs/validation-error",
               "title": "Your request is not valid.", "status": 422,
               "detail": "The request body is not valid.", "code": 42201})
    );
    let read =
        error_codes::Problem::read::<CreditError>(validation.to_string().as_bytes()).unwrap();
    assert_eq!(read.known(), Some(&CreditError::ValidationError));
    // A type no code has, without a code: code 0, kept as sent.
    let other = json!({"type": "https://example.com/probs/other", "title": "Other."});
    let read = error_codes::Problem::read::<CreditError>(other.to_string().as_bytes()).unwrap();
    assert_eq!(
        (read.code(), read.message(), read.known()),
        (0, "Other.", None)
    );
    // Hostile input: a typed error, never a panic.
    for body in [
        &b"[]"[..],
        b"{\"type\": 1}",
        b"{\"code\": \"x\"}",
        b"{\"title\": \"a\", \"title\": \"b\"}",
    ] {
        assert!(
            error_codes::Problem::read::<CreditError>(body).is_err(),
            "{body:?}"
        );
    }
}

/// One operation per published API, each answering its catalogue's codes
/// (the RFC 9457 one as problems): the document a client is generated from.
mod published {
    #![allow(dead_code)]
    use super::{
        CreditError, GitHubError, MarkedError, StripeError, TwilioBulkError, TwilioError, XError,
    };
    use error_codes::Problem;

    #[utoipa::path(get, path = "/twilio/{code}", params(("code" = i64, Path)), responses(TwilioError))]
    fn twilio() {}
    #[utoipa::path(get, path = "/twilio-bulk/{code}", params(("code" = i64, Path)), responses(TwilioBulkError))]
    fn twilio_bulk() {}
    #[utoipa::path(get, path = "/x/{code}", params(("code" = i64, Path)), responses(XError))]
    fn x_errors() {}
    #[utoipa::path(get, path = "/marked/{code}", params(("code" = i64, Path)), responses(MarkedError))]
    fn marked() {}
    #[utoipa::path(get, path = "/stripe/{code}", params(("code" = i64, Path)), responses(StripeError))]
    fn stripe() {}
    #[utoipa::path(get, path = "/github/{code}", params(("code" = i64, Path)), responses(GitHubError))]
    fn github() {}
    #[utoipa::path(
        get,
        path = "/credit/{code}",
        params(("code" = i64, Path)),
        responses(
            (status = 403, description = "`40301` out of credit.", body = Problem, content_type = "application/problem+json"),
            (status = 422, description = "`42201` not valid.", body = Problem, content_type = "application/problem+json"),
        )
    )]
    fn credit() {}

    #[derive(utoipa::OpenApi)]
    #[openapi(
        info(title = "Published error bodies", version = "1.0.0"),
        paths(twilio, twilio_bulk, x_errors, marked, stripe, github, credit)
    )]
    pub struct Document;

    /// Each published example as the catalogue writes it: the operation,
    /// the path, the status, the content type and the body.
    pub fn answers() -> Vec<serde_json::Value> {
        use error_codes::{Envelope, ErrorCatalog};
        fn envelope<C: ErrorCatalog>(operation: &str, path: &str, error: C) -> serde_json::Value {
            let status = error.http_status().unwrap();
            let body = serde_json::to_value(Envelope::<C>::error(error)).unwrap();
            serde_json::json!({"operation": operation, "path": path, "status": status,
                               "content_type": "application/json", "body": body})
        }
        let problem = |path: &str, problem: Problem| {
            let body = serde_json::to_value(&problem).unwrap();
            serde_json::json!({"operation": "credit", "path": path, "status": problem.status,
                               "content_type": Problem::CONTENT_TYPE, "body": body})
        };
        vec![
            envelope("twilio", "/twilio/20404", TwilioError::NotFound),
            envelope(
                "twilio_bulk",
                "/twilio-bulk/20404",
                TwilioBulkError::NotFound,
            ),
            envelope("x_errors", "/x/34", XError::PageDoesNotExist),
            envelope("marked", "/marked/4001", MarkedError::InvalidAuth),
            envelope(
                "stripe",
                "/stripe/404",
                StripeError::ResourceMissing { param: "id".into() },
            ),
            envelope("stripe", "/stripe/1402", StripeError::CardDeclined),
            envelope("github", "/github/404", GitHubError::NotFound),
            problem("/credit/40301", super::out_of_credit()),
            problem("/credit/42201", Problem::of(&CreditError::ValidationError)),
        ]
    }
}

/// The document and the answers a generated Python client reads in
/// `.ci/run` (`tests/contract/published_client.py`), kept current here:
/// each answer is one of the examples above, as written.
#[test]
fn the_published_document_and_answers_are_current() {
    use utoipa::OpenApi;
    let answers = published::answers();
    assert!(
        answers
            .iter()
            .any(|a| a["body"] == out_of_credit_published())
    );
    let document = serde_json::to_string_pretty(&published::Document::openapi()).unwrap();
    error_codes::docs::check_generated("contract/published/openapi.json", &(document + "\n"));
    let answers = serde_json::to_string_pretty(&answers).unwrap();
    error_codes::docs::check_generated("contract/published/answers.json", &(answers + "\n"));
}

/// The JSON of each fenced code block of a Markdown page, as a CommonMark
/// reader (pulldown-cmark) sees it.
fn code_blocks(page: &str) -> Vec<Value> {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new(page) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                assert_eq!(&*info, "json");
                current = Some(String::new());
            }
            Event::Text(text) => current.iter_mut().for_each(|c| c.push_str(&text)),
            Event::End(TagEnd::CodeBlock) => {
                let text = current.take().unwrap();
                blocks.push(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text}: {e}")));
            }
            _ => {}
        }
    }
    blocks
}

/// A shape whose message holds backticks: the fence outgrows them.
#[derive(Debug, Clone, Copy, ErrorCatalog)]
#[catalog(errors_only, envelope(under = "error", without(data)))]
enum Backticks {
    #[code(1, message = "Write ```rust``` or `x`.")]
    One,
}

#[test]
fn the_markdown_page_shows_the_body() {
    let page = error_codes::docs::markdown::<StripeError>();
    let expected = json_of(&Envelope::<StripeError>::error(StripeError::CardDeclined));
    assert_eq!(code_blocks(&page), [expected], "{page}");
    let page = error_codes::docs::markdown::<Backticks>();
    let expected = json_of(&Envelope::<Backticks>::error(Backticks::One));
    assert_eq!(code_blocks(&page), [expected], "{page}");
    // The plain envelope shows none.
    assert!(code_blocks(&error_codes::docs::markdown::<CreditError>()).is_empty());
}
