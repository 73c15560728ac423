//! What a data variant's answer costs against hand-written code that
//! builds the same bytes, side by side in one run: the envelope as JSON,
//! an axum response, an actix-web response and a tonic `Status` with its
//! `google.rpc.ErrorInfo`. Before the timings, each way is run once under a
//! counting allocator and its allocations printed.
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
struct Body<'a> {
    code: i64,
    message: &'a str,
    data: Data,
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

/// The allocations of one run of `f`.
fn allocations<T>(f: impl FnOnce() -> T) -> usize {
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
}

fn count() {
    let rows: [(&str, usize, usize); 4] = [
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
}

criterion_group!(benches, answer_path);
criterion_main!(benches);
