//! Every answer, counted and traced (features `tracing` and `metrics`).
//!
//! Each answer that axum, actix-web (errors, envelopes, problems, refusals
//! of every kind) or tonic (a catalogue value turned into a `Status`)
//! sends is recorded once, where it is written: a middleware that
//! translates it does not record it again.
//!
//! - **`tracing`**: one event, target `error_codes`, in the current span
//!   (so a request's trace shows its code), with OpenTelemetry's names
//!   where they exist: `error.type` (the symbol; `_OTHER` for a code the
//!   catalogue does not declare), `http.response.status_code` or
//!   `rpc.grpc.status_code` (and `rpc.system = "grpc"`), and
//!   `error_codes.catalogue`, `error_codes.code`, `error_codes.module`.
//!   5xx answers (and gRPC's `INTERNAL`, `UNKNOWN`, `UNAVAILABLE`,
//!   `DATA_LOSS`, `UNIMPLEMENTED`, `DEADLINE_EXCEEDED`) are `ERROR`, others
//!   `INFO`: `set_levels` changes both. A data variant's fields may hold
//!   personal data: they are recorded (`error_codes.data`, the JSON the
//!   answer carries) only after `record_data(true)`.
//! - **`metrics`**: the counter `error_codes_answers_total` with the labels
//!   `catalogue`, `code`, `symbol`, `module` (empty for a code in none),
//!   `status` (the HTTP status, or the gRPC code's name) and `transport`
//!   (`http`, `grpc`). A code the catalogue does not declare (a refusal's
//!   fallback code, a peer's code relayed) counts under
//!   `code="undeclared"`, `symbol="undeclared"`, `module="undeclared"`:
//!   the labels are bounded by the catalogues, whatever a peer sends. The application
//!   installs the exporter (`metrics-exporter-prometheus`, ...).
//!
//! With neither feature, none of this is compiled.

// What records an answer is each transport's (`__web`, `tonic`): with one
// of them, or none, part of this goes unused.
#![cfg_attr(not(all(feature = "__web", feature = "tonic")), allow(dead_code))]

#[cfg(feature = "tracing")]
use core::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::string::String;

use crate::Entry;
use crate::grpc::GrpcCode;

/// What an answer says, for the record: its catalogue, its code, and the
/// entry when the catalogue declares the code.
#[derive(Debug, Clone)]
pub(crate) struct Observed {
    pub catalogue: &'static str,
    /// Read by the event (the count reads the entry's).
    #[cfg_attr(not(feature = "tracing"), allow(dead_code))]
    pub code: i64,
    pub entry: Option<&'static Entry>,
    /// The data's JSON, kept only when `record_data` asks for it.
    #[cfg_attr(not(feature = "tracing"), allow(dead_code))]
    pub data: Option<String>,
}

impl Observed {
    /// An answer of catalogue `C` with `code`, and its entry when the
    /// catalogue declares the code (the caller has it at hand).
    pub(crate) fn of<C: crate::ErrorCatalog>(
        code: i64,
        entry: Option<&'static Entry>,
        data: Option<&str>,
    ) -> Self {
        Self {
            catalogue: C::NAME,
            code,
            entry,
            data: data.filter(|_| data_recorded()).map(String::from),
        }
    }
}

/// How an answer went out.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Transport {
    /// An HTTP response with this status.
    Http(u16),
    /// A gRPC status with this code.
    Grpc(GrpcCode),
}

/// Records an answer: one event, one count.
pub(crate) fn answered(observed: &Observed, transport: Transport) {
    #[cfg(feature = "metrics")]
    count(observed, transport);
    #[cfg(feature = "tracing")]
    trace(observed, transport);
}

/// The label of a code or symbol the catalogue does not declare.
#[cfg(feature = "metrics")]
const UNDECLARED: &str = "undeclared";

#[cfg(feature = "metrics")]
fn count(observed: &Observed, transport: Transport) {
    use std::string::ToString;
    // Static labels borrow (no allocation); the code and the status are
    // written once per answer.
    let (code, symbol, module) = match observed.entry {
        Some(entry) => (
            entry.code.to_string(),
            entry.symbol,
            entry.module.unwrap_or(""),
        ),
        None => (UNDECLARED.to_string(), UNDECLARED, UNDECLARED),
    };
    let (status, transport) = match transport {
        Transport::Http(status) => (status.to_string(), "http"),
        Transport::Grpc(grpc) => (grpc.name().to_string(), "grpc"),
    };
    metrics::counter!(
        "error_codes_answers_total",
        "catalogue" => observed.catalogue,
        "code" => code,
        "symbol" => symbol,
        "module" => module,
        "status" => status,
        "transport" => transport,
    )
    .increment(1);
}

/// Whether answers of this kind are server errors: 5xx, or a gRPC code
/// that says the server failed.
#[cfg(feature = "tracing")]
fn server_error(transport: Transport) -> bool {
    match transport {
        Transport::Http(status) => status >= 500,
        Transport::Grpc(code) => matches!(
            code,
            GrpcCode::Internal
                | GrpcCode::Unknown
                | GrpcCode::Unavailable
                | GrpcCode::DataLoss
                | GrpcCode::Unimplemented
                | GrpcCode::DeadlineExceeded
        ),
    }
}

#[cfg(feature = "tracing")]
static SERVER_LEVEL: AtomicU8 = AtomicU8::new(level_index(tracing::Level::ERROR));
#[cfg(feature = "tracing")]
static OTHER_LEVEL: AtomicU8 = AtomicU8::new(level_index(tracing::Level::INFO));
#[cfg(feature = "tracing")]
static RECORD_DATA: AtomicBool = AtomicBool::new(false);

/// The levels of the events: of server errors (5xx, and gRPC's server
/// codes; `ERROR` by default), and of every other answer (`INFO`).
#[cfg(feature = "tracing")]
pub fn set_levels(server_errors: tracing::Level, others: tracing::Level) {
    SERVER_LEVEL.store(level_index(server_errors), Ordering::Relaxed);
    OTHER_LEVEL.store(level_index(others), Ordering::Relaxed);
}

/// Whether the events record a data variant's fields (`error_codes.data`,
/// as the answer's JSON). Off by default: they may hold personal data.
#[cfg(feature = "tracing")]
pub fn record_data(record: bool) {
    RECORD_DATA.store(record, Ordering::Relaxed);
}

#[cfg(feature = "tracing")]
fn data_recorded() -> bool {
    RECORD_DATA.load(Ordering::Relaxed)
}

/// Without `tracing`, nothing records the data.
#[cfg(not(feature = "tracing"))]
const fn data_recorded() -> bool {
    false
}

#[cfg(feature = "tracing")]
const fn level_index(level: tracing::Level) -> u8 {
    match level {
        tracing::Level::ERROR => 0,
        tracing::Level::WARN => 1,
        tracing::Level::INFO => 2,
        tracing::Level::DEBUG => 3,
        _ => 4,
    }
}

/// One event at a level chosen at run time (tracing's macros take a
/// constant level).
#[cfg(feature = "tracing")]
macro_rules! event_at {
    ($level:expr, $($field:tt)*) => {
        match $level {
            0 => tracing::event!(target: "error_codes", tracing::Level::ERROR, $($field)*),
            1 => tracing::event!(target: "error_codes", tracing::Level::WARN, $($field)*),
            2 => tracing::event!(target: "error_codes", tracing::Level::INFO, $($field)*),
            3 => tracing::event!(target: "error_codes", tracing::Level::DEBUG, $($field)*),
            _ => tracing::event!(target: "error_codes", tracing::Level::TRACE, $($field)*),
        }
    };
}

#[cfg(feature = "tracing")]
fn trace(observed: &Observed, transport: Transport) {
    let level = if server_error(transport) {
        SERVER_LEVEL.load(Ordering::Relaxed)
    } else {
        OTHER_LEVEL.load(Ordering::Relaxed)
    };
    let symbol = observed.entry.map_or("_OTHER", |entry| entry.symbol);
    let module = observed.entry.and_then(|entry| entry.module).unwrap_or("");
    let message = observed.entry.map_or("", |entry| entry.message);
    let data = observed.data.as_deref();
    match transport {
        Transport::Http(status) => event_at!(
            level,
            error.type = symbol,
            http.response.status_code = status,
            error_codes.catalogue = observed.catalogue,
            error_codes.code = observed.code,
            error_codes.module = module,
            error_codes.data = data,
            "{message}"
        ),
        Transport::Grpc(code) => event_at!(
            level,
            error.type = symbol,
            rpc.system = "grpc",
            rpc.grpc.status_code = code as i32,
            error_codes.catalogue = observed.catalogue,
            error_codes.code = observed.code,
            error_codes.module = module,
            error_codes.data = data,
            "{message}"
        ),
    }
}
