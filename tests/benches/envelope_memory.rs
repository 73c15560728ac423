//! Peak memory of parsing large hostile envelopes (`BENCHMARKS.md`,
//! "Envelope memory"): `cargo bench --bench envelope_memory [-- MEGABYTES]`.
//! Each body is an array of small numbers (2 bytes of input each), the
//! shape that costs most as a `serde_json::Value`; the figure is the peak
//! allocated while parsing, beyond the body itself.

use error_codes::Envelope;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use peak_alloc::PeakAlloc;

/// WeChat's form, with data fields beside the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_codes::ErrorCatalog)]
#[catalog(envelope(code = "errcode", message = "errmsg", flatten))]
enum FlatError {
    /// ok
    #[code(0, success)]
    Ok,
    /// invalid appid
    #[code(40013)]
    InvalidAppId,
}

#[global_allocator]
static PEAK: PeakAlloc = PeakAlloc;

fn peak_during<R>(parse: impl FnOnce() -> R) -> usize {
    let before = PEAK.current_usage();
    PEAK.reset_peak_usage();
    let result = parse();
    let peak = PEAK.peak_usage().saturating_sub(before);
    drop(result);
    peak
}

fn main() {
    let megabytes: usize = std::env::args()
        .skip(1)
        .find_map(|arg| arg.parse().ok())
        .unwrap_or(100);
    let count = megabytes * 1_000_000 / 2;
    let mut data = String::with_capacity(2 * count + 2);
    data.push('[');
    for index in 0..count {
        data.push_str(if index == 0 { "1" } else { ",1" });
    }
    data.push(']');
    let bodies = [
        (
            "failure, data after the code",
            format!(r#"{{"code":50099,"message":"x","data":{data}}}"#),
        ),
        (
            "failure, data before the code",
            format!(r#"{{"data":{data},"code":50099}}"#),
        ),
        (
            "success, data before the code (T = Vec<u8>)",
            format!(r#"{{"data":{data},"code":200}}"#),
        ),
    ];
    drop(data);
    // A flattened envelope (WeChat's form) of many small fields.
    let mut flat = String::with_capacity(megabytes * 1_000_000 + 8);
    flat.push_str(r#"{"errcode":40013"#);
    while flat.len() < megabytes * 1_000_000 {
        flat.push_str(r#","a":0"#);
    }
    flat.push('}');
    println!("| body ({megabytes} MB) | parsed as | peak beyond the body | per byte of body |");
    println!("|---|---|---|---|");
    for (what, body) in &bodies {
        let size = body.len() as f64;
        let report = |how: &str, peak: usize| {
            println!(
                "| {what} | {how} | {:.0} MB | {:.2} |",
                peak as f64 / 1e6,
                peak as f64 / size
            );
        };
        if what.starts_with("success") {
            let parse =
                || serde_json::from_str::<Envelope<ApiGatewayError, Vec<u8>>>(body).unwrap();
            report("`Envelope<_, Vec<u8>>`", peak_during(parse));
        } else {
            let parse = || serde_json::from_str::<Envelope<ApiGatewayError>>(body).unwrap();
            report("`Envelope` (detail as JSON text)", peak_during(parse));
        }
        let parse = || serde_json::from_str::<serde_json::Value>(body).unwrap();
        report(
            "`serde_json::Value` (how data was kept before)",
            peak_during(parse),
        );
    }
    let what = "flattened failure, 6-byte fields `\"a\":0`";
    let size = flat.len() as f64;
    let parse = || serde_json::from_str::<Envelope<FlatError>>(&flat).unwrap();
    let peak = peak_during(parse);
    println!(
        "| {what} | `Envelope`, `envelope(..., flatten)` | {:.0} MB | {:.2} |",
        peak as f64 / 1e6,
        peak as f64 / size
    );
}
