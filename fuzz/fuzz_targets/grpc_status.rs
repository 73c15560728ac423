//! Reading gRPC statuses from arbitrary bytes: a status code, a message,
//! `grpc-status-details-bin` bytes and metadata entries, read back by
//! `Failure::from_status` for shipped catalogues and for a catalogue of
//! data variants (whose fields come back from metadata by their shapes,
//! and rebuild the variant when each reads back).
//! It may not panic; a status the catalogue wrote reads back as its value;
//! a detail read back is JSON.
//!
//! Input: byte 0 the status code, byte 1 the message's length, the
//! message, two bytes the details' length, the details, then metadata
//! lines `key:value` separated by `\n` (those tonic accepts).
#![no_main]

use error_codes::catalogues::{api_gateway::ApiGatewayError, fresns::FresnsError};
use error_codes::envelope::Failure;
use error_codes::{ErrorCatalog, grpc};
use libfuzzer_sys::fuzz_target;
use tonic::metadata::{MetadataKey, MetadataMap, MetadataValue};
use tonic::{Code, Status};

/// Data variants: their fields are read from the metadata by shape.
#[derive(Debug, PartialEq, error_codes::ErrorCatalog)]
#[catalog(domain = "fuzz.example.com")]
enum Shaped {
    /// Slow down.
    #[code(1, data)]
    SlowDown {
        retry_after: u64,
        note: Option<String>,
        tags: Vec<String>,
        ratio: f64,
    },
}

/// Cuts `len` bytes off the front of `data`.
fn take<'a>(data: &mut &'a [u8], len: usize) -> &'a [u8] {
    let (head, tail) = data.split_at(len.min(data.len()));
    *data = tail;
    head
}

fn metadata(lines: &[u8]) -> MetadataMap {
    let mut map = MetadataMap::new();
    for line in lines.split(|&b| b == b'\n') {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let (key, value) = (&line[..colon], &line[colon + 1..]);
        if let (Ok(key), Ok(value)) = (MetadataKey::from_bytes(key), MetadataValue::try_from(value))
        {
            map.insert(key, value);
        }
    }
    map
}

fn status(mut data: &[u8]) -> Status {
    let code = Code::from(i32::from(take(&mut data, 1).first().copied().unwrap_or(0)));
    let message_len = usize::from(take(&mut data, 1).first().copied().unwrap_or(0));
    let message = String::from_utf8_lossy(take(&mut data, message_len)).into_owned();
    let details_len = take(&mut data, 2)
        .iter()
        .fold(0_usize, |len, &b| len * 256 + usize::from(b));
    let details = take(&mut data, details_len).to_vec();
    Status::with_details_and_metadata(code, message, details.into(), metadata(data))
}

/// Reads `status` as `C`'s; a known value written again reads back alike.
fn read<C: ErrorCatalog + PartialEq + std::fmt::Debug>(status: &Status) {
    if let Failure::Known { error, .. } = Failure::<C>::from_status(status) {
        let again = grpc::status(&error);
        let Failure::Known { error: back, .. } = Failure::<C>::from_status(&again) else {
            panic!("{error:?} written as a status does not read back");
        };
        assert_eq!(back, error);
    }
}

fuzz_target!(|data: &[u8]| {
    let status = status(data);
    read::<FresnsError>(&status);
    read::<ApiGatewayError>(&status);
    if let Some(detail) = Failure::<Shaped>::from_status(&status).detail() {
        assert!(detail.to_value().is_ok(), "{}", detail.get());
    }
    // A data variant rebuilt from metadata, written again, reads back equal.
    read::<Shaped>(&status);
    // The same status as the HTTP/2 headers carry it, read back by tonic.
    let response = self::status(data).into_http::<()>();
    if let Some(from_headers) = Status::from_header_map(response.headers()) {
        read::<FresnsError>(&from_headers);
    }
});
