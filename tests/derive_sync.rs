//! The derive keeps its own copies of two lists of the runtime crate (a
//! proc macro cannot read the crate whose code it writes): the rejection
//! kinds and the gRPC code names. Both are compared here with the
//! runtime's, names and order; and one enum declares every gRPC code name
//! and marks every rejection kind, so that a derive that emitted another
//! code or kind than the one written would fail here.

use error_codes::ErrorCatalog;
use error_codes::grpc::GrpcCode;
use error_codes::rejection::RejectionKind;
use error_codes_derive_internals::{GRPC_CODES, REJECTION_KINDS};

#[test]
fn the_derive_knows_the_rejection_kinds_of_the_runtime_in_its_order() {
    let runtime: Vec<&str> = RejectionKind::ALL.iter().map(|kind| kind.name()).collect();
    assert_eq!(REJECTION_KINDS.to_vec(), runtime);
}

#[test]
fn the_derive_knows_the_grpc_codes_of_the_runtime_in_its_order() {
    let runtime: Vec<(&str, String)> = GrpcCode::ALL
        .iter()
        .map(|code| (code.name(), format!("{code:?}")))
        .collect();
    let derive: Vec<(&str, String)> = GRPC_CODES
        .iter()
        .map(|(name, variant)| (*name, (*variant).to_owned()))
        .collect();
    assert_eq!(derive, runtime);
}

/// Every gRPC code name but `OK` declared once (`OK` is the success
/// entry's, and no other may declare it), every rejection kind marked once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum EveryName {
    #[code(0, success, message = "Done.")]
    Done,
    #[code(1, grpc = "CANCELLED", rejection = "malformed-body", message = "1.")]
    Cancelled,
    #[code(2, grpc = "UNKNOWN", rejection = "content-type", message = "2.")]
    Unknown,
    #[code(
        3,
        grpc = "INVALID_ARGUMENT",
        rejection = "unknown-route",
        message = "3."
    )]
    InvalidArgument,
    #[code(
        4,
        grpc = "DEADLINE_EXCEEDED",
        rejection = "body-too-large",
        message = "4."
    )]
    DeadlineExceeded,
    #[code(
        5,
        grpc = "NOT_FOUND",
        rejection = "method-not-allowed",
        message = "5."
    )]
    NotFound,
    #[code(
        6,
        grpc = "ALREADY_EXISTS",
        rejection = "malformed-query",
        message = "6."
    )]
    AlreadyExists,
    #[code(
        7,
        grpc = "PERMISSION_DENIED",
        rejection = "malformed-path",
        message = "7."
    )]
    PermissionDenied,
    #[code(8, grpc = "RESOURCE_EXHAUSTED", message = "8.")]
    ResourceExhausted,
    #[code(9, grpc = "FAILED_PRECONDITION", message = "9.")]
    FailedPrecondition,
    #[code(10, grpc = "ABORTED", message = "10.")]
    Aborted,
    #[code(11, grpc = "OUT_OF_RANGE", message = "11.")]
    OutOfRange,
    #[code(12, grpc = "UNIMPLEMENTED", message = "12.")]
    Unimplemented,
    #[code(13, grpc = "INTERNAL", message = "13.")]
    Internal,
    #[code(14, grpc = "UNAVAILABLE", message = "14.")]
    Unavailable,
    #[code(15, grpc = "DATA_LOSS", message = "15.")]
    DataLoss,
    #[code(16, grpc = "UNAUTHENTICATED", message = "16.")]
    Unauthenticated,
}

/// The names as written above, by code.
const WRITTEN_GRPC: [&str; 17] = [
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// The kinds as written above, marked on codes 1 to 7.
const WRITTEN_KINDS: [&str; 7] = [
    "malformed-body",
    "content-type",
    "unknown-route",
    "body-too-large",
    "method-not-allowed",
    "malformed-query",
    "malformed-path",
];

#[test]
fn every_grpc_name_written_is_the_code_the_entry_carries() {
    let every: Vec<&str> = GrpcCode::ALL.iter().map(|code| code.name()).collect();
    let mut written = WRITTEN_GRPC.to_vec();
    written.sort_unstable();
    let mut sorted = every.clone();
    sorted.sort_unstable();
    assert_eq!(written, sorted, "the enum above declares every gRPC code");
    for (code, name) in (0..).zip(WRITTEN_GRPC) {
        let entry = EveryName::lookup(code).unwrap();
        assert_eq!(entry.grpc.name(), name, "code {code}");
        assert_eq!(
            entry.grpc as i32,
            i32::try_from(code).unwrap(),
            "code {code}"
        );
    }
}

#[test]
fn every_rejection_kind_written_is_the_kind_the_code_answers() {
    assert_eq!(WRITTEN_KINDS.len(), RejectionKind::ALL.len());
    for (code, name) in (1..).zip(WRITTEN_KINDS) {
        let kind = RejectionKind::from_name(name).unwrap();
        assert_eq!(EveryName::REJECTIONS.code(kind), Some(code), "{name}");
    }
}
