//! Every answer counted and traced (features `tracing`, `metrics`): one
//! event and one count per answer, over axum, actix-web and tonic on real
//! sockets, with OpenTelemetry's field names,
//! the request's span, levels by class, no data unless asked, and labels
//! bounded by the catalogue.

mod support;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use error_codes::{ErrorCatalog, Problem};
use metrics_util::debugging::{DebugValue, DebuggingRecorder, Snapshotter};
use tracing::Instrument as _;
use tracing_subscriber::layer::{Context, SubscriberExt as _};
use tracing_subscriber::registry::LookupSpan;

/// The shop's errors, as both servers answer them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(name = "orders", ranges(60400..=60599)))]
enum ObservedShop {
    /// Order not found.
    #[code(60404, http = 404, rejection = "malformed-path")]
    OrderNotFound,
    /// The store is down.
    #[code(60503, http = 503)]
    Down,
    /// Too many requests.
    #[code(60429, http = 429, data)]
    SlowDown { account: u32 },
}

/// One event as the capturing layer saw it.
#[derive(Debug, Clone)]
struct Seen {
    level: tracing::Level,
    fields: BTreeMap<String, String>,
    spans: Vec<String>,
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Seen>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S: tracing::Subscriber + for<'a> LookupSpan<'a>> tracing_subscriber::Layer<S> for Capture {
    fn on_event(&self, event: &tracing::Event<'_>, context: Context<'_, S>) {
        if event.metadata().target() != "error_codes" {
            return;
        }
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        let spans = context
            .event_scope(event)
            .map(|scope| scope.map(|span| span.name().to_owned()).collect())
            .unwrap_or_default();
        let level = *event.metadata().level();
        self.0.lock().unwrap().push(Seen {
            level,
            fields,
            spans,
        });
    }
}

/// The process's subscriber and recorder, installed once.
fn installed() -> &'static (Capture, Snapshotter) {
    static INSTALLED: OnceLock<(Capture, Snapshotter)> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let capture = Capture::default();
        let subscriber = tracing_subscriber::registry().with(capture.clone());
        tracing::subscriber::set_global_default(subscriber).unwrap();
        let recorder = DebuggingRecorder::new();
        let snapshotter = recorder.snapshotter();
        recorder.install().unwrap();
        (capture, snapshotter)
    })
}

/// One test at a time: both read the process's one subscriber and recorder.
fn alone() -> std::sync::MutexGuard<'static, ()> {
    static ALONE: Mutex<()> = Mutex::new(());
    ALONE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The events of catalogue `ObservedShop` so far, taken.
fn events() -> Vec<Seen> {
    let mut seen = installed().0.0.lock().unwrap();
    let (ours, others): (Vec<Seen>, Vec<Seen>) = seen
        .drain(..)
        .partition(|event| event.fields["error_codes.catalogue"] == "ObservedShop");
    *seen = others;
    ours
}

/// `error_codes_answers_total` of `ObservedShop`, by its labels: the
/// counts since the last call (a snapshot takes them).
fn counts() -> BTreeMap<String, u64> {
    let snapshot = installed().1.snapshot().into_vec();
    let mut counts = BTreeMap::new();
    for (key, _, _, value) in snapshot {
        let key = key.key();
        let labels: Vec<String> = key
            .labels()
            .map(|label| format!("{}={}", label.key(), label.value()))
            .collect();
        if key.name() != "error_codes_answers_total"
            || !labels.contains(&"catalogue=ObservedShop".to_owned())
        {
            continue;
        }
        if let DebugValue::Counter(count) = value {
            counts.insert(labels.join(","), count);
        }
    }
    counts
}

mod failures {
    tonic::include_proto!("failures");
}

use failures::failures_client::FailuresClient;
use failures::failures_server::{Failures, FailuresServer};
use failures::{FailReply, FailRequest};

/// A gRPC service that fails with the shop's value of the code asked for,
/// in a span of the call's own.
struct Service;

#[tonic::async_trait]
impl Failures for Service {
    async fn fail(
        &self,
        request: tonic::Request<FailRequest>,
    ) -> Result<tonic::Response<FailReply>, tonic::Status> {
        let code = request.into_inner().code;
        let value = ObservedShop::from_code(code).ok_or_else(|| tonic::Status::internal("no"))?;
        let span = tracing::info_span!("rpc");
        Err(span.in_scope(|| tonic::Status::from(value)))
    }
}

/// The gRPC code a call to a real server on 127.0.0.1 answers `code` with.
fn call_grpc(code: i64) -> tonic::Code {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
        let server = tonic::transport::Server::builder().add_service(FailuresServer::new(Service));
        tokio::spawn(server.serve_with_incoming(incoming));
        let mut client = FailuresClient::connect(format!("http://{address}"))
            .await
            .unwrap();
        let request = FailRequest {
            catalogue: String::new(),
            code,
        };
        client.fail(request).await.unwrap_err().code()
    })
}

type Path<T> = error_codes::axum::Path<T, ObservedShop>;

async fn order(id: Path<u32>) -> Result<String, ObservedShop> {
    match id.into_inner() {
        1 => Err(ObservedShop::OrderNotFound),
        2 => Err(ObservedShop::Down),
        _ => Err(ObservedShop::SlowDown { account: 42 }),
    }
}

/// A peer's failure relayed as it came: its code, whatever it is.
async fn relay(code: axum::extract::Path<i64>) -> error_codes::Envelope<ObservedShop> {
    error_codes::Envelope::Failure(error_codes::Failure::Unknown {
        code: code.0,
        symbol: None,
        message: "from a peer".into(),
        detail: None,
    })
}

async fn problem() -> Problem {
    Problem::of(&ObservedShop::OrderNotFound)
}

/// Each request in a span of its own, as a tracing middleware makes one.
async fn in_span(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let span = tracing::info_span!("request", path = %request.uri().path());
    next.run(request).instrument(span).await
}

fn axum_server() -> support::Running {
    let router = axum::Router::new()
        .route("/orders/{id}", axum::routing::get(order))
        .route("/problem", axum::routing::get(problem))
        .route("/relay/{code}", axum::routing::get(relay))
        .fallback(error_codes::axum::not_found::<ObservedShop>)
        .layer(axum::middleware::from_fn(error_codes::axum::localize))
        .layer(axum::middleware::from_fn(in_span));
    support::Running::start(router)
}

fn get(base: &str, path: &str) -> u16 {
    support::exchange(base, "GET", path, None, b"").status
}

#[test]
fn every_answer_is_one_event_and_one_count() {
    let _alone = alone();
    installed();
    let _ = events();
    let _ = counts();
    let server = axum_server();
    let base = format!("http://{}", server.address());
    let statuses: Vec<u16> = [
        "/orders/1",
        "/orders/2",
        "/orders/3",
        "/orders/x",
        "/nowhere",
        "/problem",
    ]
    .iter()
    .map(|path| get(&base, path))
    .collect();
    assert_eq!(statuses, [404, 503, 429, 404, 404, 404]);
    let events = events();
    assert_eq!(events.len(), 6, "{events:#?}");
    let field =
        |index: usize, name: &str| events[index].fields.get(name).cloned().unwrap_or_default();
    // OpenTelemetry's names, and the catalogue's.
    assert_eq!(field(0, "error.type"), "ORDER_NOT_FOUND");
    assert_eq!(field(0, "http.response.status_code"), "404");
    assert_eq!(field(0, "error_codes.code"), "60404");
    assert_eq!(field(0, "error_codes.module"), "orders");
    assert_eq!(field(0, "message"), "Order not found.");
    // 5xx at ERROR, the rest at INFO.
    let levels: Vec<tracing::Level> = events.iter().map(|event| event.level).collect();
    use tracing::Level;
    assert_eq!(
        levels,
        [
            Level::INFO,
            Level::ERROR,
            Level::INFO,
            Level::INFO,
            Level::INFO,
            Level::INFO
        ]
    );
    // A data variant's fields are not recorded unless asked for.
    assert_eq!(field(2, "error.type"), "SLOW_DOWN");
    assert!(
        !events[2].fields.contains_key("error_codes.data"),
        "{:?}",
        events[2]
    );
    // A refusal of the path, and an unknown route (a fallback code).
    assert_eq!(field(3, "error.type"), "ORDER_NOT_FOUND");
    assert_eq!(field(4, "error.type"), "_OTHER");
    assert_eq!(field(4, "error_codes.code"), "404");
    assert_eq!(field(5, "error_codes.code"), "60404");
    // Each in its request's span.
    assert!(
        events
            .iter()
            .all(|event| event.spans.contains(&"request".to_owned()))
    );

    let counts = counts();
    let count = |labels: &str| counts.get(labels).copied().unwrap_or(0);
    let http = |code: &str, symbol: &str, status: u16| {
        let module = if code == "undeclared" {
            "undeclared"
        } else {
            "orders"
        };
        format!(
            "catalogue=ObservedShop,code={code},symbol={symbol},module={module},status={status},transport=http"
        )
    };
    assert_eq!(
        count(&http("60404", "ORDER_NOT_FOUND", 404)),
        3,
        "{counts:#?}"
    );
    assert_eq!(count(&http("60503", "DOWN", 503)), 1);
    assert_eq!(count(&http("60429", "SLOW_DOWN", 429)), 1);
    assert_eq!(
        count(&http("undeclared", "undeclared", 404)),
        1,
        "{counts:#?}"
    );
}

/// The same answers from actix-web, through tonic, relayed from peers, and
/// with the levels and the data recording changed.
#[test]
fn every_transport_counts_alike_and_the_labels_stay_bounded() {
    let _alone = alone();
    installed();
    let _ = events();
    let _ = counts();
    // actix-web.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = actix_web::HttpServer::new(|| {
                actix_web::App::new().route(
                    "/down",
                    actix_web::web::get().to(|| async { Err::<String, _>(ObservedShop::Down) }),
                )
            })
            .workers(1)
            .listen(listener)
            .unwrap()
            .run();
            server.await.unwrap();
        });
    });
    assert_eq!(get(&format!("http://{address}"), "/down"), 503);
    // tonic: a service's answer, over a socket.
    assert_eq!(call_grpc(60503), tonic::Code::Unavailable);
    let seen = events();
    assert_eq!(seen.len(), 2, "{seen:#?}");
    assert_eq!(seen[0].fields["http.response.status_code"], "503");
    assert_eq!(seen[1].fields["rpc.grpc.status_code"], "14");
    assert_eq!(seen[1].fields["rpc.system"], "grpc");
    assert_eq!(seen[1].fields["error.type"], "DOWN");
    assert_eq!(seen[1].level, tracing::Level::ERROR);
    assert!(seen[1].spans.contains(&"rpc".to_owned()), "{:?}", seen[1]);

    // Codes relayed from peers: counted under one label, however many.
    let server = axum_server();
    let base = format!("http://{}", server.address());
    for code in [7_i64, 99_999, -3, 9_007_199_254_740_993, 123_456_789] {
        assert_eq!(get(&base, &format!("/relay/{code}")), 500);
    }
    let counts = counts();
    let relayed = "catalogue=ObservedShop,code=undeclared,symbol=undeclared,module=undeclared,status=500,transport=http";
    assert_eq!(counts.get(relayed), Some(&5), "{counts:#?}");
    assert!(
        counts
            .keys()
            .all(|labels| !labels.contains("99999") && !labels.contains("code=7,"))
    );
    let grpc = "catalogue=ObservedShop,code=60503,symbol=DOWN,module=orders,status=UNAVAILABLE,transport=grpc";
    assert_eq!(counts.get(grpc), Some(&1), "{counts:#?}");
    let _ = events();

    // The levels and the data, as asked.
    error_codes::observe::set_levels(tracing::Level::WARN, tracing::Level::DEBUG);
    error_codes::observe::record_data(true);
    assert_eq!(get(&base, "/orders/3"), 429);
    assert_eq!(get(&base, "/orders/2"), 503);
    error_codes::observe::record_data(false);
    error_codes::observe::set_levels(tracing::Level::ERROR, tracing::Level::INFO);
    let seen = events();
    assert_eq!(seen[0].level, tracing::Level::DEBUG);
    assert_eq!(seen[0].fields["error_codes.data"], r#"{"account":42}"#);
    assert_eq!(seen[1].level, tracing::Level::WARN);
}
