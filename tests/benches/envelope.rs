//! The envelope against a hand-written serde struct with `&'static str`
//! fields (`#[derive(Serialize, Deserialize)]`, `{code, message, data}`):
//! writing the 45 envelopes of the shipped `api_gateway` catalogue into a
//! reused buffer, and parsing them back (the struct borrowing its message
//! from the input; the envelope into known variants, messages borrowed from
//! the catalogue). Allocations are counted by `tests/envelope_allocations.rs`.
//!
//! Run: `cargo bench --bench envelope`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::{Envelope, ErrorCatalog};
use serde::{Deserialize, Serialize};

/// What one would write by hand.
#[derive(Serialize, Deserialize)]
struct Wire<'a> {
    code: i64,
    message: &'a str,
    data: Option<()>,
}

fn errors() -> Vec<ApiGatewayError> {
    ApiGatewayError::entries()
        .iter()
        .filter_map(|entry| ApiGatewayError::from_code(entry.code))
        .collect()
}

fn serialize(c: &mut Criterion) {
    let errors = errors();
    let mut group = c.benchmark_group("envelope/serialize");
    group.throughput(Throughput::Elements(errors.len() as u64));
    let mut buffer = Vec::with_capacity(4096);
    group.bench_function("hand-written struct", |b| {
        b.iter(|| {
            for error in black_box(&errors) {
                buffer.clear();
                let wire = Wire {
                    code: error.code(),
                    message: error.message(),
                    data: None,
                };
                serde_json::to_writer(&mut buffer, &wire).unwrap();
                black_box(&buffer);
            }
        });
    });
    group.bench_function("Envelope::error", |b| {
        b.iter(|| {
            for &error in black_box(&errors) {
                buffer.clear();
                serde_json::to_writer(&mut buffer, &Envelope::<ApiGatewayError>::error(error))
                    .unwrap();
                black_box(&buffer);
            }
        });
    });
    group.finish();
}

fn parse(c: &mut Criterion) {
    let texts: Vec<String> = errors()
        .into_iter()
        .map(|error| serde_json::to_string(&Envelope::<ApiGatewayError>::error(error)).unwrap())
        .collect();
    let mut group = c.benchmark_group("envelope/parse");
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function("hand-written struct", |b| {
        b.iter(|| {
            for text in black_box(&texts) {
                let wire: Wire<'_> = serde_json::from_str(text).unwrap();
                black_box(&wire);
            }
        });
    });
    group.bench_function("Envelope (known variant)", |b| {
        b.iter(|| {
            for text in black_box(&texts) {
                let envelope: Envelope<ApiGatewayError> = serde_json::from_str(text).unwrap();
                black_box(&envelope);
            }
        });
    });
    group.finish();
}

criterion_group!(benches, serialize, parse);
criterion_main!(benches);
