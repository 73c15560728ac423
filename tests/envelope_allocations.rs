//! Building and writing an envelope into a reused buffer allocates nothing;
//! parsing a known code whose message is the catalogue's allocates nothing
//! either. Counted by a global allocator, so this file is its own test
//! binary with one test (other threads would count too).

use std::alloc::System;
use std::hint::black_box;

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::{Envelope, ErrorCatalog};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[test]
fn envelopes_do_not_allocate() {
    let mut buffer = Vec::with_capacity(1024);
    let errors: Vec<ApiGatewayError> = ApiGatewayError::entries()
        .iter()
        .filter_map(|entry| ApiGatewayError::from_code(entry.code))
        .collect();
    let texts: Vec<String> = errors
        .iter()
        .map(|&error| serde_json::to_string(&Envelope::<ApiGatewayError>::error(error)).unwrap())
        .collect();

    let region = Region::new(GLOBAL);
    for &error in &errors {
        buffer.clear();
        serde_json::to_writer(&mut buffer, &Envelope::<ApiGatewayError>::error(error)).unwrap();
        black_box(&buffer);
    }
    let written = region.change();

    let region = Region::new(GLOBAL);
    for text in &texts {
        let envelope: Envelope<ApiGatewayError> = serde_json::from_str(text).unwrap();
        black_box(&envelope);
    }
    let parsed = region.change();

    // The counter counts: a peer's own wording must be copied.
    let region = Region::new(GLOBAL);
    let envelope: Envelope<ApiGatewayError> =
        serde_json::from_str(r#"{"code":40101,"message":"Please log in again"}"#).unwrap();
    black_box(&envelope);
    assert_eq!(region.change().allocations, 1);

    // Something was done: the buffer holds the last envelope.
    assert!(buffer.starts_with(br#"{"code":"#));
    assert_eq!(
        (written.allocations, written.reallocations),
        (0, 0),
        "writing {} envelopes",
        errors.len()
    );
    assert_eq!(
        (parsed.allocations, parsed.reallocations),
        (0, 0),
        "parsing {} envelopes",
        texts.len()
    );
}
