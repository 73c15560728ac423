//! Writes the catalogues that `benches/lookup.rs` measures: enums of 30 to
//! 3,000 variants, declared with the derive, each also with a hand-written
//! style `match` to compare against. Only the benchmark includes the file.

use std::fmt::Write as _;
use std::path::Path;

/// 2,000 codes clustered like real catalogues: modules 1,000 apart, groups
/// of 8 to 30 consecutive codes 100 apart (the first 2,000 of 20 modules of
/// 10 groups).
fn clustered() -> Vec<i64> {
    let mut codes = Vec::new();
    for module in 0..20 {
        for group in 0..10 {
            let size = 8 + (module * 7 + group * 3) % 23;
            codes.extend((0..size).map(|i| 10_000 + module * 1_000 + group * 100 + i));
        }
    }
    codes.truncate(2_000);
    codes
}

/// Code sets of the shapes the derive tells apart (`error_codes::lookup`).
fn shapes() -> Vec<(&'static str, Vec<i64>)> {
    // Runs of 20 codes, `gap` apart, like the seeds' modules.
    let runs = |count: i64, gap: i64| -> Vec<i64> {
        (0..count)
            .flat_map(|run| (0..20).map(move |i| 30_000 + run * gap + i))
            .collect()
    };
    // Scattered over a billion values (a fixed linear congruential sequence).
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut scattered: Vec<i64> = (0..3_000)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            i64::try_from(state >> 34).unwrap()
        })
        .collect();
    scattered.sort_unstable();
    scattered.dedup();
    vec![
        ("Direct30", (0..30).map(|i| 40_001 + 3 * i).collect()),
        ("Runs300", runs(15, 1_000)),
        ("Runs3000", runs(150, 1_000)),
        ("Clustered2000", clustered()),
        ("Scattered3000", scattered),
    ]
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut out = String::new();
    for (name, codes) in shapes() {
        writeln!(out, "/// {} codes.", codes.len()).unwrap();
        writeln!(
            out,
            "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_codes::ErrorCatalog)]"
        )
        .unwrap();
        writeln!(out, "pub enum {name} {{").unwrap();
        for (i, code) in codes.iter().enumerate() {
            writeln!(
                out,
                "    #[code({code}, message = \"Error {code}.\")] V{i},"
            )
            .unwrap();
        }
        writeln!(out, "}}\n\nimpl {name} {{").unwrap();
        writeln!(out, "    /// The same lookup as a `match`.").unwrap();
        writeln!(out, "    #[must_use]\n    pub fn by_match(code: i64) -> Option<Self> {{\n        match code {{").unwrap();
        for (i, code) in codes.iter().enumerate() {
            writeln!(out, "            {code} => Some(Self::V{i}),").unwrap();
        }
        writeln!(out, "            _ => None,\n        }}\n    }}\n}}\n").unwrap();
    }
    let dir = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&dir).join("bench_catalogues.rs"), out).unwrap();
}
