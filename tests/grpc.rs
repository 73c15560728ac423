//! gRPC both ways over a real socket: a tonic server on 127.0.0.1 answers
//! each code of the five shipped catalogues and of a composition with an
//! offset as a `tonic::Status`; a tonic client reads each back with
//! `Failure::from_status`, and checks its `google.rpc.ErrorInfo` with
//! `tonic-types`' own reader. The service is generated from
//! `proto/failures.proto` by `build.rs`.

use std::collections::HashMap;

use error_codes::catalogues::{
    api_gateway::ApiGatewayError, authing::AuthingError, edu::EduError, fresns::FresnsError,
    rayvision::RayvisionError,
};
use error_codes::grpc::WithDetails as _;
use error_codes::{Entry, ErrorCatalog, Failure};
use tonic::{Code, Request, Response, Status};
use tonic_types::{ErrorDetail, ErrorDetails, StatusExt};

mod failures {
    tonic::include_proto!("failures");
}

use failures::failures_client::FailuresClient;
use failures::failures_server::{Failures, FailuresServer};
use failures::{FailReply, FailRequest};

/// A composition: its own domain, a module with a gRPC code, a data
/// variant, and two shipped catalogues (one shifted by an offset).
#[derive(Debug, Clone, PartialEq, ErrorCatalog)]
#[catalog(
    domain = "platform.example.com",
    module(name = "orders", ranges(70000..=70999), grpc = "FAILED_PRECONDITION")
)]
enum Platform {
    #[code(0, success, message = "ok")]
    Ok,
    /// The order is already paid.
    #[code(70409)]
    AlreadyPaid,
    /// The order does not exist.
    #[code(70404, http = 404)]
    OrderNotFound,
    /// The order cannot be read now.
    #[code(70503, grpc = "UNAVAILABLE")]
    OrdersDown,
    /// Too many orders; slow down.
    #[code(70429, http = 429, grpc = "RESOURCE_EXHAUSTED", data)]
    SlowDown { retry_after: u32, scope: String },
    /// Orders are paused.
    #[code(
        70430,
        http = 429,
        grpc = "RESOURCE_EXHAUSTED",
        title = "Orders paused",
        data,
        docs_url = "https://platform.example.com/errors/{code}"
    )]
    Paused { pause: std::time::Duration },
    #[code(transparent, offset = 1_000_000)]
    Gateway(ApiGatewayError),
    #[code(transparent)]
    Rayvision(RayvisionError),
}

struct Service;

#[tonic::async_trait]
impl Failures for Service {
    async fn fail(&self, request: Request<FailRequest>) -> Result<Response<FailReply>, Status> {
        let metadata = request.metadata().clone();
        let FailRequest { catalogue, code } = request.into_inner();
        match catalogue.as_str() {
            "edu" => fail::<EduError>(code),
            "api_gateway" => fail::<ApiGatewayError>(code),
            "authing" => fail::<AuthingError>(code),
            "rayvision" => fail::<RayvisionError>(code),
            "fresns" => {
                let value =
                    FresnsError::from_code(code).ok_or_else(|| Status::internal("undeclared"))?;
                Err(error_codes::grpc::status_for(&value, &metadata))
            }
            "platform" if code == 70429 => Err(Platform::SlowDown {
                retry_after: 30,
                scope: "orders".into(),
            })?,
            "platform" => fail::<Platform>(code),
            "plain" => Err(Status::not_found("no such order")),
            // A handler's own details, through `?`.
            "detailed" => {
                let paused: Result<(), Platform> = Err(Platform::Paused {
                    pause: std::time::Duration::from_millis(1500),
                });
                paused.with_details(|details| {
                    details.add_bad_request_violation("quantity", "must be positive");
                    details.set_request_info("req-42", "");
                })?;
                unreachable!()
            }
            _ => Err(foreign_status()),
        }
    }
}

/// Fails with the value of `code`, through `?`.
fn fail<C: ErrorCatalog>(code: i64) -> Result<Response<FailReply>, Status>
where
    Status: From<C>,
{
    let value = C::from_code(code).ok_or_else(|| Status::internal("undeclared"))?;
    Err(value)?
}

/// A status of another service whose reason and code are Platform's.
fn foreign_status() -> Status {
    let metadata = HashMap::from([("code".to_owned(), "70404".to_owned())]);
    let info = ErrorDetails::with_error_info("ORDER_NOT_FOUND", "other.example.com", metadata);
    Status::with_error_details(Code::NotFound, "not here", info)
}

async fn client() -> FailuresClient<tonic::transport::Channel> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    let server = tonic::transport::Server::builder().add_service(FailuresServer::new(Service));
    tokio::spawn(server.serve_with_incoming(incoming));
    FailuresClient::connect(format!("http://{address}"))
        .await
        .unwrap()
}

/// What the server answers for `code` of `catalogue`.
async fn call(
    client: &mut FailuresClient<tonic::transport::Channel>,
    catalogue: &str,
    code: i64,
) -> Status {
    let request = FailRequest {
        catalogue: catalogue.into(),
        code,
    };
    client.fail(request).await.unwrap_err()
}

/// The status carries what the entry says, in exactly one ErrorInfo.
fn assert_sent(status: &Status, entry: &Entry, what: &str) {
    assert_eq!(status.code() as i32, entry.grpc as i32, "{what}: gRPC code");
    assert_eq!(status.message(), entry.message, "{what}: message");
    let details = status.get_error_details_vec();
    let infos: Vec<_> = details
        .iter()
        .filter(|d| matches!(d, ErrorDetail::ErrorInfo(_)))
        .collect();
    assert_eq!(infos.len(), 1, "{what}: one ErrorInfo");
    let info = status.get_error_details().error_info().cloned().unwrap();
    assert_eq!(
        (info.reason.as_str(), info.domain.as_str()),
        (entry.reason, entry.domain),
        "{what}"
    );
    assert_eq!(
        info.metadata.get("code"),
        Some(&entry.code.to_string()),
        "{what}: code"
    );
    assert_eq!(
        info.metadata.get("module").map(String::as_str),
        entry.module,
        "{what}: module"
    );
}

/// Every error of `C` goes over the wire and reads back as its variant;
/// returns how many did.
async fn round_trip<C>(client: &mut FailuresClient<tonic::transport::Channel>, name: &str) -> usize
where
    C: ErrorCatalog + PartialEq + std::fmt::Debug,
{
    let mut count = 0;
    for entry in C::ENTRIES
        .iter()
        .filter(|entry| !entry.success && entry.data.is_empty())
    {
        let status = call(client, name, entry.code).await;
        let what = format!("{name} {}", entry.code);
        assert_sent(&status, entry, &what);
        let expected = C::from_code(entry.code).unwrap();
        match Failure::<C>::from_status(&status) {
            Failure::Known {
                error,
                message,
                detail,
            } => {
                assert_eq!(error, expected, "{what}");
                assert!(
                    matches!(message, std::borrow::Cow::Borrowed(_)),
                    "{what}: borrowed"
                );
                assert!(detail.is_none(), "{what}");
            }
            unknown => panic!("{what} read back as {unknown:?}"),
        }
        count += 1;
    }
    count
}

#[tokio::test]
async fn every_code_goes_over_the_wire_and_reads_back_as_its_variant() {
    let mut client = client().await;
    let shipped = [
        round_trip::<EduError>(&mut client, "edu").await,
        round_trip::<ApiGatewayError>(&mut client, "api_gateway").await,
        round_trip::<AuthingError>(&mut client, "authing").await,
        round_trip::<RayvisionError>(&mut client, "rayvision").await,
        round_trip::<FresnsError>(&mut client, "fresns").await,
    ];
    let errors = |entries: &[Entry]| entries.iter().filter(|e| !e.success).count();
    assert_eq!(shipped[0], errors(EduError::ENTRIES));
    assert_eq!(shipped[4], errors(FresnsError::ENTRIES));
    let platform = round_trip::<Platform>(&mut client, "platform").await;
    // All of the composition's errors but the two data variants.
    assert_eq!(platform, errors(Platform::ENTRIES) - 2);
}

#[tokio::test]
async fn a_composed_code_keeps_its_domain_and_reason_and_shifts_its_code() {
    let mut client = client().await;
    let status = call(&mut client, "platform", 1_040_101).await;
    let info = status.get_details_error_info().unwrap();
    assert_eq!(info.domain, ApiGatewayError::DOMAIN);
    assert_eq!(
        info.reason,
        ApiGatewayError::UnauthorizedSession.entry().reason
    );
    assert_eq!(info.metadata["code"], "1040101");
    assert_eq!(status.code(), Code::Unauthenticated);
    assert!(matches!(
        Failure::<Platform>::from_status(&status),
        Failure::Known {
            error: Platform::Gateway(ApiGatewayError::UnauthorizedSession),
            ..
        }
    ));
    // The part reads it too, by its domain and reason.
    assert!(matches!(
        Failure::<ApiGatewayError>::from_status(&status),
        Failure::Known {
            error: ApiGatewayError::UnauthorizedSession,
            ..
        }
    ));
    // Rayvision's `APIError` is not a valid reason: sent as `API_ERROR`.
    let status = call(&mut client, "platform", 400).await;
    let info = status.get_details_error_info().unwrap();
    assert_eq!(
        (info.reason.as_str(), info.domain.as_str()),
        ("API_ERROR", RayvisionError::DOMAIN)
    );
    assert!(matches!(
        Failure::<Platform>::from_status(&status),
        Failure::Known {
            error: Platform::Rayvision(RayvisionError::ApiError),
            ..
        }
    ));
}

#[tokio::test]
async fn declared_grpc_codes_win_over_the_http_status() {
    let mut client = client().await;
    let module = call(&mut client, "platform", 70404).await;
    assert_eq!(
        module.code(),
        Code::FailedPrecondition,
        "the module's, not 404's"
    );
    let own = call(&mut client, "platform", 70503).await;
    assert_eq!(own.code(), Code::Unavailable);
    let mapped = call(&mut client, "api_gateway", 42901).await;
    assert_eq!(mapped.code(), Code::ResourceExhausted, "from 429");
}

#[tokio::test]
async fn a_data_variant_sends_its_fields_and_reads_back_with_them() {
    let mut client = client().await;
    let status = call(&mut client, "platform", 70429).await;
    assert_eq!(status.code(), Code::ResourceExhausted);
    let info = status.get_details_error_info().unwrap();
    assert_eq!(info.metadata["retryAfter"], "30");
    assert_eq!(info.metadata["scope"], "orders");
    assert_eq!(info.metadata["module"], "orders");
    // Read back as the variant, with its fields.
    let Failure::Known { error, detail, .. } = Failure::<Platform>::from_status(&status) else {
        panic!("a data variant whose fields read back is known")
    };
    assert_eq!(
        error,
        Platform::SlowDown {
            retry_after: 30,
            scope: "orders".into()
        }
    );
    let detail = detail.unwrap().to_value().unwrap();
    assert_eq!(
        detail,
        serde_json::json!({"retry_after": 30, "scope": "orders"})
    );
}

#[tokio::test]
async fn unknown_and_foreign_statuses_read_as_unknown() {
    let mut client = client().await;
    let plain = call(&mut client, "plain", 0).await;
    let Failure::Unknown {
        code,
        message,
        detail,
        ..
    } = Failure::<Platform>::from_status(&plain)
    else {
        panic!("a status without ErrorInfo is unknown")
    };
    // No catalogue code was sent: 0, never the gRPC code's number (5,
    // which a catalogue may declare); the gRPC code is in the detail.
    assert_eq!((code, message.as_ref()), (0, "no such order"));
    assert_eq!(
        detail.unwrap().to_value().unwrap(),
        serde_json::json!({"grpc": "NOT_FOUND"})
    );

    // Platform's reason and code, from another domain.
    let foreign = call(&mut client, "foreign", 0).await;
    let Failure::Unknown { code, detail, .. } = Failure::<Platform>::from_status(&foreign) else {
        panic!("a reason of another domain is unknown")
    };
    assert_eq!(code, 70404);
    let detail = detail.unwrap().to_value().unwrap();
    assert_eq!(detail["domain"], "other.example.com");
    assert_eq!(detail["metadata"]["code"], "70404");

    // One catalogue's status is not another's, whatever their codes.
    let edu = call(&mut client, "edu", 10001).await;
    assert!(matches!(
        Failure::<FresnsError>::from_status(&edu),
        Failure::Unknown { .. }
    ));
    assert!(matches!(
        Failure::<EduError>::from_status(&edu),
        Failure::Known { .. }
    ));
}

/// The catalogue's `grpc` for entries whose module names none.
#[derive(Debug, Clone, Copy, PartialEq, ErrorCatalog)]
#[catalog(grpc = "INTERNAL", module(name = "auth", ranges(401..=499), grpc = "UNAUTHENTICATED"))]
enum Layered {
    #[code(0, success, http = 200, message = "ok")]
    Ok,
    /// In a module with a gRPC code.
    #[code(401, http = 403)]
    Auth,
    /// In no module.
    #[code(503, http = 503)]
    Down,
    /// Its own.
    #[code(504, grpc = "DEADLINE_EXCEEDED")]
    Late,
}

#[test]
fn the_entry_then_the_module_then_the_catalogue_then_the_status() {
    use error_codes::grpc::GrpcCode;
    let grpc = |value: Layered| (value.entry().grpc, value.entry().has_declared_grpc());
    assert_eq!(grpc(Layered::Ok), (GrpcCode::Ok, false));
    assert_eq!(grpc(Layered::Auth), (GrpcCode::Unauthenticated, true));
    assert_eq!(grpc(Layered::Down), (GrpcCode::Internal, true));
    assert_eq!(grpc(Layered::Late), (GrpcCode::DeadlineExceeded, true));
    assert_eq!(Layered::DOMAIN, "Layered");
    // The success entry converts to `OK` (a service answers success with a
    // message, not a status).
    assert_eq!(Status::from(Layered::Ok).code(), Code::Ok);
    // Read from the status where nothing is declared.
    assert_eq!(
        ApiGatewayError::UnauthorizedSession.entry().grpc,
        GrpcCode::Unauthenticated
    );
    assert!(
        !ApiGatewayError::UnauthorizedSession
            .entry()
            .has_declared_grpc()
    );
}

#[tokio::test]
async fn a_request_that_asks_for_a_language_gets_a_localized_message() {
    let mut client = client().await;
    let mut request = Request::new(FailRequest {
        catalogue: "fresns".into(),
        code: 31101,
    });
    request
        .metadata_mut()
        .insert("accept-language", "zh-Hans-CN, en;q=0.5".parse().unwrap());
    let status = client.fail(request).await.unwrap_err();
    assert_eq!(
        status.message(),
        "Platform ID not exist",
        "Status.message stays the catalogue's"
    );
    let details = status.get_error_details();
    let localized = details.localized_message().unwrap();
    assert_eq!(
        (localized.locale.as_str(), localized.message.as_str()),
        ("zh-Hans", "平台 ID 不存在")
    );
    assert!(details.error_info().is_some());
    // Without the header, or in a language without translations: none.
    let status = call(&mut client, "fresns", 31101).await;
    assert!(status.get_error_details().localized_message().is_none());
    let mut request = Request::new(FailRequest {
        catalogue: "fresns".into(),
        code: 31101,
    });
    request
        .metadata_mut()
        .insert("accept-language", "fr".parse().unwrap());
    let status = client.fail(request).await.unwrap_err();
    assert!(status.get_error_details().localized_message().is_none());
    // A byte below `0` after `q=0.` once panicked the server (debug): an
    // ill-formed header is ignored, and the server still answers.
    let mut request = Request::new(FailRequest {
        catalogue: "fresns".into(),
        code: 31101,
    });
    request
        .metadata_mut()
        .insert("accept-language", "zh-Hans;q=0.-5".parse().unwrap());
    let status = client.fail(request).await.unwrap_err();
    assert_eq!(status.message(), "Platform ID not exist");
    assert!(status.get_error_details().localized_message().is_none());
}

/// The catalogue's standard details (a `Help` link to the code's
/// documentation URL, a `RetryInfo` from its `Duration` field) and the
/// handler's own (`BadRequest`, `RequestInfo`), read back typed.
#[tokio::test]
async fn standard_details_go_both_ways() {
    let mut client = client().await;
    let status = call(&mut client, "detailed", 0).await;
    assert_eq!(status.code(), Code::ResourceExhausted);
    let (failure, details) = Failure::<Platform>::from_status_and_details(&status);
    assert_eq!(failure.code(), 70430);
    let retry = details.retry_info().unwrap().retry_delay;
    assert_eq!(retry, Some(std::time::Duration::from_millis(1500)));
    let links = &details.help().unwrap().links;
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].description.as_str(), links[0].url.as_str()),
        ("Orders paused", "https://platform.example.com/errors/70430")
    );
    let violations = &details.bad_request().unwrap().field_violations;
    assert_eq!(
        (
            violations[0].field.as_str(),
            violations[0].description.as_str()
        ),
        ("quantity", "must be positive")
    );
    assert_eq!(details.request_info().unwrap().request_id, "req-42");
    assert_eq!(details.error_info().unwrap().reason, "PAUSED");
    // A code without a link or a delay carries neither.
    let plain = call(&mut client, "platform", 70404).await;
    let (_, details) = Failure::<Platform>::from_status_and_details(&plain);
    assert!(details.help().is_none() && details.retry_info().is_none());
    // A foreign status's details are kept too.
    let foreign = call(&mut client, "foreign", 0).await;
    let (failure, details) = Failure::<Platform>::from_status_and_details(&foreign);
    assert!(failure.known().is_none());
    assert_eq!(details.error_info().unwrap().domain, "other.example.com");
}

/// A shipped catalogue without statuses, composed with a status and a gRPC
/// code for its codes: they answer with them, over HTTP and gRPC, where
/// alone they answer `UNKNOWN`.
#[derive(Debug, Clone, PartialEq, ErrorCatalog)]
#[catalog(domain = "edu.example.com")]
enum Schooled {
    #[code(transparent, http = 503, grpc = "UNAVAILABLE")]
    Edu(EduError),
    #[code(transparent, offset = 1_000_000, http = 400)]
    Fresns(FresnsError),
}

#[tokio::test]
async fn a_composing_variant_gives_its_part_a_status_and_a_grpc_code() {
    let alone = EduError::ENTRIES
        .iter()
        .find(|e| !e.success && e.http.is_none())
        .unwrap();
    assert_eq!(
        alone.grpc as i32,
        Code::Unknown as i32,
        "alone, no status says nothing"
    );
    let composed = Schooled::lookup(alone.code).unwrap();
    assert_eq!(
        (composed.http, composed.grpc.name()),
        (Some(503), "UNAVAILABLE")
    );
    let value = Schooled::from_code(alone.code).unwrap();
    assert_eq!(value.http_status(), Some(503));
    assert_eq!(value.entry().http, Some(503), "the value's entry too");
    let status = Status::from(value.clone());
    assert_eq!(status.code(), Code::Unavailable);
    assert_eq!(
        Failure::<Schooled>::from_status(&status).known(),
        Some(&value)
    );
    // With a status only, the gRPC code follows it; with an offset too.
    let fresns = FresnsError::ENTRIES
        .iter()
        .find(|e| !e.success && e.http.is_none())
        .unwrap();
    let shifted = Schooled::lookup(fresns.code + 1_000_000).unwrap();
    assert_eq!(
        (shifted.http, shifted.grpc.name()),
        (Some(400), "INVALID_ARGUMENT")
    );
    // The lock records the composition's gRPC code as declared.
    let lock = error_codes::lock::Lock::of::<Schooled>().render("Schooled");
    assert!(
        lock.contains(&format!("code {} http=503 grpc=UNAVAILABLE", alone.code)),
        "{lock}"
    );
}

/// The guide's gRPC page names the shipped catalogues whose codes declare
/// no HTTP status, and so answer `UNKNOWN` alone: it says what is true.
#[test]
fn the_guide_names_the_shipped_catalogues_that_answer_unknown() {
    fn unknown<C: ErrorCatalog>() -> (usize, usize) {
        let errors = C::ENTRIES.iter().filter(|e| !e.success);
        let unknown = errors
            .clone()
            .filter(|e| e.grpc as i32 == Code::Unknown as i32);
        (unknown.count(), errors.count())
    }
    let counts = [
        ("edu", unknown::<EduError>()),
        ("api_gateway", unknown::<ApiGatewayError>()),
        ("authing", unknown::<AuthingError>()),
        ("rayvision", unknown::<RayvisionError>()),
        ("fresns", unknown::<FresnsError>()),
    ];
    let guide = include_str!("../error-codes/src/guide/grpc.md");
    for (name, (unknown, errors)) in counts {
        let line = format!("| `{name}` | {unknown} of {errors} |");
        assert!(guide.contains(&line), "the guide's gRPC page lacks {line}");
    }
}

/// The reading rule, a case each: the `ErrorInfo`'s domain and reason name
/// the entry; a contradicting gRPC code or `metadata.code` neither wins
/// nor passes silently (`grpc::contradictions`); a code alone names
/// nothing.
#[test]
fn contradictions_are_decided_by_the_reason_and_reported() {
    use error_codes::grpc::contradictions;
    let status = |code: Code, reason: &str, domain: &str, metadata: &[(&str, &str)]| {
        let metadata = metadata
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()));
        let metadata: HashMap<String, String> = metadata.collect();
        let info = ErrorDetails::with_error_info(reason, domain, metadata);
        Status::with_error_details(code, "sent", info)
    };
    let fields = |status: &Status| -> Vec<(&'static str, String, Option<String>)> {
        let found = contradictions::<Platform>(status);
        found
            .into_iter()
            .map(|c| (c.field, c.sent, c.declared))
            .collect()
    };
    let ours = "platform.example.com";
    let known = |status: &Status| Failure::<Platform>::from_status(status).known().cloned();
    // Agreeing: read as the entry, nothing reported.
    // (Its module declares `FAILED_PRECONDITION`.)
    let agreeing = status(
        Code::FailedPrecondition,
        "ORDER_NOT_FOUND",
        ours,
        &[("code", "70404")],
    );
    assert_eq!(known(&agreeing), Some(Platform::OrderNotFound));
    assert!(fields(&agreeing).is_empty());
    // Another gRPC code: the reason decides, the code is reported.
    let internal = status(
        Code::Internal,
        "ORDER_NOT_FOUND",
        ours,
        &[("code", "70404")],
    );
    assert_eq!(known(&internal), Some(Platform::OrderNotFound));
    let some = |text: &str| Some(text.to_owned());
    assert_eq!(
        fields(&internal),
        [(
            "grpc-status",
            "INTERNAL".to_owned(),
            some("FAILED_PRECONDITION")
        )]
    );
    // `metadata.code` of another entry: the reason decides, the code is reported.
    let other_code = status(
        Code::FailedPrecondition,
        "ORDER_NOT_FOUND",
        ours,
        &[("code", "70409")],
    );
    assert_eq!(known(&other_code), Some(Platform::OrderNotFound));
    assert_eq!(
        fields(&other_code),
        [("metadata.code", "70409".to_owned(), some("70404"))]
    );
    // Another module: reported.
    let other_module = status(
        Code::FailedPrecondition,
        "ORDER_NOT_FOUND",
        ours,
        &[("code", "70404"), ("module", "billing")],
    );
    assert_eq!(
        fields(&other_module),
        [("metadata.module", "billing".to_owned(), some("orders"))]
    );
    // Our code with an unknown reason: unknown, never the code's variant.
    let unknown_reason = status(Code::NotFound, "NO_SUCH_THING", ours, &[("code", "70404")]);
    assert_eq!(known(&unknown_reason), None);
    assert_eq!(
        Failure::<Platform>::from_status(&unknown_reason).code(),
        70404
    );
    assert!(fields(&unknown_reason).is_empty(), "no entry to contradict");
}
