//! Parsing an untrusted envelope costs about the size of its body in memory
//! beyond the parsed data, whatever its shape: a failure's large `data`, or
//! success data sent before the code (which must wait for the code). Peak
//! memory is measured by a global allocator, so this file is its own test
//! binary with one test (other threads would count too).

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::{Envelope, Failure};
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

/// `[1,1,1,...]` of `count` numbers: 2 bytes of input each, 32 bytes each as
/// a `serde_json::Value`.
fn ones(count: usize) -> String {
    let mut array = String::with_capacity(2 * count + 2);
    array.push('[');
    for index in 0..count {
        array.push_str(if index == 0 { "1" } else { ",1" });
    }
    array.push(']');
    array
}

/// The peak of memory allocated while `parse` runs, beyond what was
/// allocated before, in bytes.
fn peak_during<R>(parse: impl FnOnce() -> R) -> (R, usize) {
    let before = PEAK.current_usage();
    PEAK.reset_peak_usage();
    let result = parse();
    (result, PEAK.peak_usage().saturating_sub(before))
}

#[test]
fn parsing_costs_about_the_size_of_the_body() {
    let data = ones(2_000_000);
    let size = data.len();

    // A failure whose data is large: kept as its text.
    let body = format!(r#"{{"code":50099,"message":"x","data":{data}}}"#);
    let (parsed, peak) = peak_during(|| serde_json::from_str::<Envelope<ApiGatewayError>>(&body));
    let Envelope::Failure(failure @ Failure::Unknown { .. }) = parsed.unwrap() else {
        panic!("not an unknown failure")
    };
    assert_eq!(failure.detail().unwrap().get().len(), size);
    assert!(
        peak < size * 3 / 2,
        "failure data: peak {peak} for {size} bytes"
    );
    drop(failure);

    // Data before the code, then the success code: buffered as text, then
    // read into `T` (here `Vec<u8>`: one byte per number, up to twice that
    // while the vector grows).
    let body = format!(r#"{{"data":{data},"message":"ok","code":200}}"#);
    let (parsed, peak) =
        peak_during(|| serde_json::from_str::<Envelope<ApiGatewayError, Vec<u8>>>(&body));
    let data = parsed.unwrap().into_result().unwrap().unwrap();
    assert_eq!(data.len(), 2_000_000);
    assert!(
        peak < size * 5 / 2,
        "data before code: peak {peak} for {size} bytes"
    );

    // The same data before a failure's code: only its text is kept.
    let body = format!(r#"{{"data":{},"code":50099}}"#, ones(2_000_000));
    let (parsed, peak) = peak_during(|| serde_json::from_str::<Envelope<ApiGatewayError>>(&body));
    assert!(parsed.unwrap().code() == Some(50099));
    assert!(
        peak < size * 3 / 2,
        "failure data before code: peak {peak} for {size} bytes"
    );

    // A flattened envelope of many small fields: its other fields are cut
    // from one copy of the body, not kept a `String` and a `RawValue` each.
    let mut body = String::from(r#"{"errcode":40013"#);
    while body.len() < size {
        body.push_str(r#","a":0"#);
    }
    body.push('}');
    let (parsed, peak) = peak_during(|| serde_json::from_str::<Envelope<FlatError>>(&body));
    let Envelope::Failure(failure) = parsed.unwrap() else {
        panic!("not a failure")
    };
    assert_eq!(failure.code(), 40013);
    assert!(failure.detail().unwrap().get().len() > size - 20);
    assert!(
        peak < body.len() * 3 / 2,
        "flattened fields: peak {peak} for {} bytes",
        body.len()
    );
    drop(failure);

    // What keeping a `Value` would cost, to show that the bounds above can fail.
    let text = ones(2_000_000);
    let (value, peak) = peak_during(|| serde_json::from_str::<serde_json::Value>(&text));
    assert!(value.is_ok());
    assert!(peak > size * 10, "a Value of the same data: peak {peak}");
}
