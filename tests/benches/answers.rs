//! What counting and tracing cost an answer (features `tracing` and
//! `metrics`, through this package's `observe` feature): the 45 errors of
//! the shipped `api_gateway` catalogue turned into axum responses.
//!
//! Without `--features observe`, the answers alone (nothing of the
//! features is compiled). With it, side by side in one run: nothing
//! listening (no recorder, no subscriber), a metrics recorder, and a
//! recorder with a tracing subscriber.
//!
//! Run: `cargo bench -p error-codes-tests --bench answers` and
//! `cargo bench -p error-codes-tests --features observe --bench answers`.

use std::hint::black_box;

use axum::response::IntoResponse as _;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;

fn errors() -> Vec<ApiGatewayError> {
    ApiGatewayError::entries()
        .iter()
        .filter_map(|entry| ApiGatewayError::from_code(entry.code))
        .collect()
}

fn answer_all(errors: &[ApiGatewayError]) -> usize {
    let mut bytes = 0;
    for error in errors {
        let response = black_box(*error).into_response();
        bytes += usize::from(response.status().as_u16());
    }
    bytes
}

fn answers(c: &mut Criterion) {
    let errors = errors();
    let mut group = c.benchmark_group("answers/axum");
    group.throughput(Throughput::Elements(errors.len() as u64));
    #[cfg(not(feature = "observe"))]
    group.bench_function("features off", |b| b.iter(|| answer_all(&errors)));
    #[cfg(feature = "observe")]
    {
        group.bench_function("features on, nothing listening", |b| {
            b.iter(|| answer_all(&errors));
        });
        let recorder = metrics_util::debugging::DebuggingRecorder::new();
        group.bench_function("metrics recorder", |b| {
            metrics::with_local_recorder(&recorder, || b.iter(|| answer_all(&errors)));
        });
        let subscriber = tracing_subscriber::registry();
        tracing::subscriber::with_default(subscriber, || {
            group.bench_function("metrics recorder and tracing subscriber", |b| {
                metrics::with_local_recorder(&recorder, || b.iter(|| answer_all(&errors)));
            });
        });
    }
    group.finish();
}

criterion_group!(benches, answers);
criterion_main!(benches);
