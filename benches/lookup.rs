//! Code -> variant lookups of derived catalogues against the alternatives:
//! a `match` over the codes (what most hand-written and derived code does),
//! and a std `HashMap` and an `FxHashMap` built beforehand. Random declared codes (hits) and
//! random codes near them (mostly misses), 1,024 per iteration.
//!
//! Run: `cargo bench --bench lookup`.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use error_codes::ErrorCatalog;

mod catalogues {
    #![allow(clippy::all, clippy::pedantic, missing_docs)]
    include!(concat!(env!("OUT_DIR"), "/bench_catalogues.rs"));
}
use catalogues::{Clustered2000, Direct30, Runs300, Runs3000, Scattered3000};

const PROBES: usize = 1_024;

/// Random probes from a fixed seed: declared codes, or codes off by a little.
fn probes(codes: &[i64], hits: bool) -> Vec<i64> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..PROBES)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1442695040888963407);
            let code = codes[usize::try_from(state >> 33).unwrap() % codes.len()];
            if hits {
                code
            } else {
                code + i64::try_from(state % 7).unwrap() + 1
            }
        })
        .collect()
}

fn bench_shape<T>(group: &mut BenchmarkGroup<'_, WallTime>, by_match: fn(i64) -> Option<T>)
where
    T: ErrorCatalog + Copy + Eq + std::hash::Hash,
{
    let map: HashMap<i64, T> = T::CODES
        .iter()
        .map(|&code| (code, T::from_code(code).unwrap()))
        .collect();
    let fx: rustc_hash::FxHashMap<i64, T> =
        map.iter().map(|(&code, &value)| (code, value)).collect();
    for (kind, hits) in [("hit", true), ("miss", false)] {
        let codes = probes(T::CODES, hits);
        let label = |what: &str| format!("{what}/{}/{}/{kind}", T::NAME, T::LOOKUP.strategy());
        group.bench_function(label("derive from_code"), |b| {
            b.iter(|| {
                codes
                    .iter()
                    .filter_map(|&c| T::from_code(black_box(c)))
                    .count()
            });
        });
        group.bench_function(label("match"), |b| {
            b.iter(|| codes.iter().filter_map(|&c| by_match(black_box(c))).count());
        });
        group.bench_function(label("FxHashMap"), |b| {
            b.iter(|| {
                codes
                    .iter()
                    .filter_map(|&c| fx.get(&black_box(c)).copied())
                    .count()
            });
        });
        group.bench_function(label("std HashMap"), |b| {
            b.iter(|| {
                codes
                    .iter()
                    .filter_map(|&c| map.get(&black_box(c)).copied())
                    .count()
            });
        });
    }
}

fn lookups(c: &mut Criterion) {
    let mut group = c.benchmark_group("code -> variant, per 1024 lookups");
    group.throughput(Throughput::Elements(PROBES as u64));
    bench_shape::<Direct30>(&mut group, Direct30::by_match);
    bench_shape::<Runs300>(&mut group, Runs300::by_match);
    bench_shape::<Runs3000>(&mut group, Runs3000::by_match);
    bench_shape::<Clustered2000>(&mut group, Clustered2000::by_match);
    bench_shape::<Scattered3000>(&mut group, Scattered3000::by_match);
    group.finish();
}

fn metadata(c: &mut Criterion) {
    let mut group = c.benchmark_group("variant -> entry, per 1024 lookups");
    group.throughput(Throughput::Elements(PROBES as u64));
    let values: Vec<Runs3000> = probes(Runs3000::CODES, true)
        .into_iter()
        .map(|code| Runs3000::from_code(code).unwrap())
        .collect();
    group.bench_function("derive message()", |b| {
        b.iter(|| {
            values
                .iter()
                .map(|v| black_box(v).message().len())
                .sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, lookups, metadata);
criterion_main!(benches);
