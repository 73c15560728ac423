//! What a data variant's answer costs against hand-written code that
//! builds the same bytes, side by side in one run: the envelope as JSON,
//! an axum response, an actix-web response and a tonic `Status` with its
//! `google.rpc.ErrorInfo`. Then the languages: a catalogue with
//! translations answering with nobody asking for a language, against the
//! same catalogue without them; and a request for French through
//! `axum::localize`, against a handler that picks the French message
//! itself (both through an axum `Router`, in process). Before the
//! timings, each way is run twice under a counting allocator and the
//! second run's allocations printed.
//!
//! Run: `cargo bench -p error-codes-tests --bench answer_path`.

use std::alloc::System;
use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use error_codes::{Envelope, ErrorCatalog};
use serde::Serialize;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[path = "../support/shop.rs"]
mod shop;

/// The shop's `OrderNotFound`, without translations.
#[derive(Debug, Clone, Copy, ErrorCatalog)]
#[catalog(language = "en")]
enum Untranslated {
    /// Order not found.
    #[code(60404, http = 404)]
    OrderNotFound,
}

/// The catalogue: one data variant.
#[derive(Debug, Clone, ErrorCatalog)]
enum ShopError {
    /// The item is out of stock.
    #[code(60409, http = 409, data)]
    OutOfStock {
        sku: String,
        order_id: u64,
        left: u32,
    },
}

/// The same body, written by hand with serde's derive.
#[derive(Serialize)]
struct Body<'a, D = Data> {
    code: i64,
    message: &'a str,
    data: D,
}

#[derive(Serialize, Clone)]
struct Data {
    sku: String,
    order_id: u64,
    left: u32,
}

const MESSAGE: &str = "The item is out of stock.";

fn error() -> ShopError {
    ShopError::OutOfStock {
        sku: "SKU-20931-BLUE".into(),
        order_id: 9_007_199_254_740_993,
        left: 0,
    }
}

fn data() -> Data {
    Data {
        sku: "SKU-20931-BLUE".into(),
        order_id: 9_007_199_254_740_993,
        left: 0,
    }
}

fn hand_body(data: Data) -> Vec<u8> {
    let body = Body {
        code: 60409,
        message: MESSAGE,
        data,
    };
    serde_json::to_vec(&body).unwrap_or_default()
}

fn ours_body(error: ShopError) -> Vec<u8> {
    serde_json::to_vec(&Envelope::<ShopError>::error(error)).unwrap_or_default()
}

fn hand_axum(data: Data) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    let body = Body {
        code: 60409,
        message: MESSAGE,
        data,
    };
    (axum::http::StatusCode::CONFLICT, axum::Json(body)).into_response()
}

fn ours_axum(error: ShopError) -> axum::response::Response {
    axum::response::IntoResponse::into_response(error)
}

fn ours_axum_translated<C: axum::response::IntoResponse>(error: C) -> axum::response::Response {
    axum::response::IntoResponse::into_response(error)
}

fn hand_actix(data: Data) -> actix_web::HttpResponse {
    let body = Body {
        code: 60409,
        message: MESSAGE,
        data,
    };
    actix_web::HttpResponse::Conflict().json(body)
}

fn ours_actix(error: &ShopError) -> actix_web::HttpResponse {
    actix_web::ResponseError::error_response(error)
}

fn hand_tonic(data: Data, grpc: tonic::Code) -> tonic::Status {
    let mut metadata = HashMap::new();
    metadata.insert("sku".to_owned(), data.sku);
    metadata.insert("orderId".to_owned(), data.order_id.to_string());
    metadata.insert("left".to_owned(), data.left.to_string());
    metadata.insert("code".to_owned(), 60409.to_string());
    let mut details = tonic_types::ErrorDetails::new();
    details.set_error_info("OUT_OF_STOCK", "ShopError", metadata);
    <tonic::Status as tonic_types::StatusExt>::with_error_details(grpc, MESSAGE, details)
}

fn ours_tonic(error: &ShopError) -> tonic::Status {
    error_codes::grpc::status(error)
}

/// The languages of the shop's messages, parsed once.
static LANGUAGES: std::sync::LazyLock<Vec<fluent_langneg::LanguageIdentifier>> =
    std::sync::LazyLock::new(|| {
        let tags = ["en", "fr", "zh", "zh-Hant"].iter().map(|tag| tag.parse());
        tags.collect::<Result<_, _>>().unwrap_or_default()
    });

/// The hand-written translation: the handler negotiates the language with
/// fluent-langneg (CLDR data, as `localize` does) and picks its message.
async fn hand_translated(headers: axum::http::HeaderMap) -> axum::response::Response {
    use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, VARY};
    use axum::response::IntoResponse as _;
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let requested = fluent_langneg::accepted_languages::parse(accept.unwrap_or(""));
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &LANGUAGES,
        LANGUAGES.first(),
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    let french = chosen
        .first()
        .is_some_and(|id| id.language.as_str() == "fr");
    let (message, language) = if french {
        ("Commande introuvable.", "fr")
    } else {
        ("Order not found.", "en")
    };
    let body = Body {
        code: 60404,
        message,
        data: (),
    };
    let mut response = (axum::http::StatusCode::NOT_FOUND, axum::Json(body)).into_response();
    let answer = response.headers_mut();
    answer.insert(
        VARY,
        axum::http::HeaderValue::from_static("accept-language"),
    );
    answer.insert(
        CONTENT_LANGUAGE,
        axum::http::HeaderValue::from_static(language),
    );
    response
}

async fn ours_translated() -> Result<(), shop::ShopError> {
    Err(shop::ShopError::OrderNotFound)
}

/// A middleware that does nothing: what axum's `from_fn` costs by itself.
async fn pass(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    next.run(request).await
}

/// The hand-written router behind a middleware that does nothing.
fn hand_behind_a_middleware() -> axum::Router {
    let hand = axum::Router::new().route("/", axum::routing::get(hand_translated));
    hand.layer(axum::middleware::from_fn(pass))
}

/// The two routers, and a request for French.
fn routers() -> (axum::Router, axum::Router) {
    let hand = axum::Router::new().route("/", axum::routing::get(hand_translated));
    let ours = axum::Router::new()
        .route("/", axum::routing::get(ours_translated))
        .layer(axum::middleware::from_fn(error_codes::axum::localize));
    (hand, ours)
}

fn french() -> axum::http::Request<axum::body::Body> {
    let request =
        axum::http::Request::get("/").header("accept-language", "fr-FR,fr;q=0.9,en;q=0.5");
    request.body(axum::body::Body::empty()).unwrap_or_default()
}

/// The status, headers and body of `router`'s answer to a request for French.
fn answer_french(
    runtime: &tokio::runtime::Runtime,
    router: &axum::Router,
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    use tower::ServiceExt as _;
    runtime.block_on(async {
        let response = router.clone().oneshot(french()).await.unwrap_or_default();
        let status = response.status().as_u16();
        let headers = response.headers().iter();
        let headers = headers.map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()));
        let headers = headers.collect();
        let body = axum::body::to_bytes(response.into_body(), 1 << 16).await;
        (status, headers, body.unwrap_or_default().to_vec())
    })
}

/// The allocations of one run of `f`, after a first run that warms what
/// a thread sets up once (actix-web's pool of response heads, the
/// thread-locals): what every later answer costs.
fn allocations<T>(f: impl Fn() -> T) -> usize {
    drop(black_box(f()));
    let region = Region::new(GLOBAL);
    drop(black_box(f()));
    region.change().allocations
}

/// Both ways write the same bytes (the tonic pair: the same metadata).
fn check_same() {
    assert_eq!(ours_body(error()), hand_body(data()));
    let status = ours_tonic(&error());
    let info = <tonic::Status as tonic_types::StatusExt>::get_details_error_info(&status);
    let info = info.expect("an ErrorInfo");
    let hand = hand_tonic(data(), status.code());
    let hand = <tonic::Status as tonic_types::StatusExt>::get_details_error_info(&hand);
    let hand = hand.expect("an ErrorInfo");
    assert_eq!(
        (info.reason, info.domain, info.metadata),
        (hand.reason, hand.domain, hand.metadata)
    );
    assert_eq!(status.message(), MESSAGE);
    let runtime = runtime();
    let (hand, ours) = routers();
    let (hand, ours) = (
        answer_french(&runtime, &hand),
        answer_french(&runtime, &ours),
    );
    assert_eq!(ours, hand, "the same status, headers and bytes");
    assert!(String::from_utf8_lossy(&ours.2).contains("Commande introuvable."));
}

fn runtime() -> tokio::runtime::Runtime {
    let runtime = tokio::runtime::Builder::new_current_thread().build();
    runtime.unwrap_or_else(|error| panic!("a runtime: {error}"))
}

fn count() {
    let runtime = runtime();
    let (hand, ours) = routers();
    let behind = hand_behind_a_middleware();
    drop(answer_french(&runtime, &hand));
    let rows: [(&str, usize, usize); 7] = [
        (
            "envelope",
            allocations(|| ours_body(error())),
            allocations(|| hand_body(data())),
        ),
        (
            "axum",
            allocations(|| ours_axum(error())),
            allocations(|| hand_axum(data())),
        ),
        (
            "actix",
            allocations(|| ours_actix(&error())),
            allocations(|| hand_actix(data())),
        ),
        (
            "tonic",
            allocations(|| ours_tonic(&error())),
            allocations(|| hand_tonic(data(), tonic::Code::Aborted)),
        ),
        (
            "axum, translated, nobody asking (hand-written: no translations)",
            allocations(|| ours_axum_translated(shop::ShopError::OrderNotFound)),
            allocations(|| ours_axum_translated(Untranslated::OrderNotFound)),
        ),
        (
            "axum, a request for French through a router",
            allocations(|| answer_french(&runtime, &ours)),
            allocations(|| answer_french(&runtime, &hand)),
        ),
        (
            "axum, the same, the hand-written behind a middleware that does nothing",
            allocations(|| answer_french(&runtime, &ours)),
            allocations(|| answer_french(&runtime, &behind)),
        ),
    ];
    for (name, ours, hand) in rows {
        println!("allocations, {name}: error-codes {ours}, hand-written {hand}");
    }
}

fn answer_path(c: &mut Criterion) {
    check_same();
    count();
    let grpc = ours_tonic(&error()).code();
    let mut group = c.benchmark_group("answer_path/envelope");
    group.bench_function("hand-written", |b| b.iter(|| hand_body(black_box(data()))));
    group.bench_function("error-codes", |b| b.iter(|| ours_body(black_box(error()))));
    group.finish();
    let mut group = c.benchmark_group("answer_path/axum");
    group.bench_function("hand-written", |b| b.iter(|| hand_axum(black_box(data()))));
    group.bench_function("error-codes", |b| b.iter(|| ours_axum(black_box(error()))));
    group.finish();
    let mut group = c.benchmark_group("answer_path/actix");
    group.bench_function("hand-written", |b| b.iter(|| hand_actix(black_box(data()))));
    group.bench_function("error-codes", |b| {
        b.iter(|| ours_actix(&black_box(error())))
    });
    group.finish();
    let mut group = c.benchmark_group("answer_path/tonic");
    group.bench_function("hand-written", |b| {
        b.iter(|| hand_tonic(black_box(data()), grpc));
    });
    group.bench_function("error-codes", |b| {
        b.iter(|| ours_tonic(&black_box(error())))
    });
    group.finish();
    let mut group = c.benchmark_group("answer_path/nobody asking");
    group.bench_function("without translations", |b| {
        b.iter(|| ours_axum_translated(black_box(Untranslated::OrderNotFound)));
    });
    group.bench_function("with translations", |b| {
        b.iter(|| ours_axum_translated(black_box(shop::ShopError::OrderNotFound)));
    });
    group.finish();
    let runtime = runtime();
    let (hand, ours) = routers();
    let mut group = c.benchmark_group("answer_path/french through a router");
    group.bench_function("hand-written", |b| {
        b.iter(|| answer_french(&runtime, &hand))
    });
    let behind = hand_behind_a_middleware();
    group.bench_function("hand-written behind a middleware that does nothing", |b| {
        b.iter(|| answer_french(&runtime, &behind));
    });
    group.bench_function("error-codes", |b| b.iter(|| answer_french(&runtime, &ours)));
    group.finish();
}

criterion_group!(benches, answer_path);
criterion_main!(benches);
