//! Two locks compared: every [`Problem`], and whether it breaks clients.

use std::borrow::ToOwned;
use std::string::{String, ToString};
use std::vec::Vec;
use std::{format, vec};

use std::fmt::{self, Display, Formatter};

use crate::CodeRange;
use crate::grpc::GrpcCode;

use super::format::quoted;
use super::{Lock, Locked, UPDATE_VARIABLE, Wire};

/// One difference between a lock and the catalogue, naming its code.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// A locked code is no longer declared, nor retired. Breaks.
    Removed {
        /// The code.
        code: i64,
        /// Its locked symbol.
        symbol: String,
    },
    /// A locked code is sent with another gRPC code (declared, or read from
    /// its HTTP status). Breaks.
    GrpcChanged {
        /// The code.
        code: i64,
        /// The gRPC code locked.
        was: GrpcCode,
        /// The gRPC code now.
        now: GrpcCode,
    },
    /// A locked code answers another HTTP status. Breaks.
    HttpChanged {
        /// The code.
        code: i64,
        /// The locked status.
        was: Option<u16>,
        /// The status now.
        now: Option<u16>,
    },
    /// A locked code moved to another module. Breaks.
    ModuleChanged {
        /// The code.
        code: i64,
        /// The locked module.
        was: Option<String>,
        /// The module now.
        now: Option<String>,
    },
    /// A locked code's documentation URL changed or is gone (the `type` of
    /// its problems, a link clients follow). Breaks. A URL the lock does
    /// not record yet: recorded by an update, a failure of a check.
    DocsUrlChanged {
        /// The code.
        code: i64,
        /// The locked URL.
        was: Option<String>,
        /// The URL now.
        now: Option<String>,
    },
    /// A locked code's answers carry another header value, or lose one
    /// (`Retry-After`, `WWW-Authenticate`). Breaks when a challenge changes
    /// or a header is gone (clients read them); a new header: recorded by
    /// an update, a failure of a check; another `Retry-After`: a note.
    HeaderChanged {
        /// The code.
        code: i64,
        /// The header's name.
        header: &'static str,
        /// The locked value.
        was: Option<String>,
        /// The value now.
        now: Option<String>,
    },
    /// A code the lock records as retired is declared again. Breaks.
    Redeclared {
        /// The code.
        code: i64,
        /// The symbol that declares it now.
        symbol: String,
    },
    /// A code the lock records as retired is no longer retired (nor
    /// declared): nothing would stop its reuse. Breaks.
    Unretired {
        /// The first such code of the locked range.
        code: i64,
    },
    /// A code the lock does not hold yet: recorded by an update, a failure
    /// of a check.
    Added {
        /// The code.
        code: i64,
        /// Its symbol.
        symbol: String,
    },
    /// A code is retired now that the lock does not record as retired
    /// (a locked code, or one never locked): recorded by an update, a
    /// failure of a check, as a new code is.
    Retired {
        /// The code.
        code: i64,
    },
    /// The lock does not record how answers are read (a lock written
    /// before it was recorded): recorded by an update, a failure of a check.
    WireUnrecorded,
    /// The success code changed, or a catalogue became errors-only or
    /// stopped being so (`None`): a client reads successes as errors.
    /// Breaks.
    SuccessChanged {
        /// The locked success code.
        was: Option<i64>,
        /// The success code now.
        now: Option<i64>,
    },
    /// The envelope's field names or form changed: a client finds no code.
    /// Breaks.
    EnvelopeChanged {
        /// The locked `envelope` line.
        was: String,
        /// The line now.
        now: String,
    },
    /// Another code answers a rejection, or none does now: breaks. A code
    /// marked for a rejection that had none: recorded by an update, a
    /// failure of a check.
    RejectionChanged {
        /// The rejection's kind (`"malformed-body"`).
        kind: String,
        /// The locked code.
        was: Option<i64>,
        /// The code now.
        now: Option<i64>,
    },
    /// A locked code's message changed: a note.
    MessageChanged {
        /// The code.
        code: i64,
        /// The locked message.
        was: String,
        /// The message now.
        now: String,
    },
    /// A language of the lock's is no longer translated: a note.
    LocaleRemoved {
        /// Its tag.
        tag: String,
    },
    /// A locked code's symbol changed: a note (its gRPC reason, which
    /// clients match on, is [`Problem::ReasonChanged`]).
    SymbolChanged {
        /// The code.
        code: i64,
        /// The locked symbol.
        was: String,
        /// The symbol now.
        now: String,
    },
    /// The lock does not record the gRPC domain and data fields (a lock
    /// written before they were recorded): recorded by an update, a
    /// failure of a check.
    GrpcUnrecorded,
    /// The gRPC domain changed: of the catalogue (`code` `None`; a renamed
    /// catalogue without `domain = "..."` too), or of one composed code. An
    /// old client's `Failure::from_status` reads the new errors as unknown.
    /// Breaks.
    DomainChanged {
        /// The code, or `None` for the catalogue's.
        code: Option<i64>,
        /// The locked domain.
        was: String,
        /// The domain now.
        now: String,
    },
    /// A code's gRPC `ErrorInfo` reason changed (a renamed symbol): an old
    /// client's `Failure::from_status` reads it as unknown. Breaks.
    ReasonChanged {
        /// The code.
        code: i64,
        /// The locked reason.
        was: String,
        /// The reason now.
        now: String,
    },
    /// A data field was removed or renamed (AIP-193 forbids both for
    /// `ErrorInfo` metadata): clients that read it break. Breaks.
    DataFieldRemoved {
        /// The code.
        code: i64,
        /// The field.
        field: String,
    },
    /// A data field's JSON shape changed: clients that read it break.
    /// Breaks.
    DataFieldChanged {
        /// The code.
        code: i64,
        /// The field.
        field: String,
        /// Its locked shape.
        was: String,
        /// Its shape now.
        now: String,
    },
    /// A data field was added: one that may be `null` (shape ending in
    /// `?`) is new to the lock, recorded by an update; one that may not
    /// breaks clients that build the data. Breaks unless optional.
    DataFieldAdded {
        /// The code.
        code: i64,
        /// The field.
        field: String,
        /// Its shape.
        shape: String,
    },
}

impl Problem {
    /// The code it is about; `None` for a change to how answers are read
    /// (listed first).
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        Some(match self {
            Self::WireUnrecorded
            | Self::GrpcUnrecorded
            | Self::DomainChanged { code: None, .. }
            | Self::SuccessChanged { .. }
            | Self::EnvelopeChanged { .. }
            | Self::RejectionChanged { .. }
            | Self::LocaleRemoved { .. } => return None,
            Self::Removed { code, .. }
            | Self::HttpChanged { code, .. }
            | Self::GrpcChanged { code, .. }
            | Self::ModuleChanged { code, .. }
            | Self::DocsUrlChanged { code, .. }
            | Self::HeaderChanged { code, .. }
            | Self::Redeclared { code, .. }
            | Self::Unretired { code }
            | Self::Added { code, .. }
            | Self::Retired { code }
            | Self::MessageChanged { code, .. }
            | Self::SymbolChanged { code, .. }
            | Self::DomainChanged {
                code: Some(code), ..
            }
            | Self::ReasonChanged { code, .. }
            | Self::DataFieldRemoved { code, .. }
            | Self::DataFieldChanged { code, .. }
            | Self::DataFieldAdded { code, .. } => *code,
        })
    }

    /// Whether it breaks the contract: clients that rely on the lock would
    /// see a code change meaning. No update writes over it.
    #[must_use]
    pub fn breaks(&self) -> bool {
        matches!(
            self,
            Self::Removed { .. }
                | Self::HttpChanged { .. }
                | Self::GrpcChanged { .. }
                | Self::ModuleChanged { .. }
                | Self::DocsUrlChanged { was: Some(_), .. }
                | Self::HeaderChanged {
                    was: Some(_),
                    now: None,
                    ..
                }
                | Self::HeaderChanged {
                    header: "WWW-Authenticate",
                    was: Some(_),
                    ..
                }
                | Self::Redeclared { .. }
                | Self::Unretired { .. }
                | Self::SuccessChanged { .. }
                | Self::EnvelopeChanged { .. }
                | Self::RejectionChanged { was: Some(_), .. }
                | Self::DomainChanged { .. }
                | Self::ReasonChanged { .. }
                | Self::DataFieldRemoved { .. }
                | Self::DataFieldChanged { .. }
        ) || matches!(self, Self::DataFieldAdded { shape, .. } if !shape.ends_with('?'))
    }

    /// Whether a check fails on it until an update records it (a new code,
    /// a new retirement, a newly marked rejection, an unrecorded wire).
    #[must_use]
    pub fn is_new(&self) -> bool {
        matches!(
            self,
            Self::Added { .. }
                | Self::Retired { .. }
                | Self::WireUnrecorded
                | Self::GrpcUnrecorded
                | Self::RejectionChanged { was: None, .. }
                | Self::DocsUrlChanged { was: None, .. }
                | Self::HeaderChanged { was: None, .. }
        ) || matches!(self, Self::DataFieldAdded { shape, .. } if shape.ends_with('?'))
    }
}

impl Display for Problem {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let or_none = |value: &Option<String>| match value {
            Some(value) => format!("`{value}`"),
            None => "none".to_owned(),
        };
        let status = |value: &Option<u16>| shown(value.as_ref(), "none");
        match self {
            Self::Removed { code, symbol } => write!(
                f,
                "code {code} ({symbol}) is no longer declared: declare it again, or retire it \
                 with #[catalog(retired({code}))]"
            ),
            Self::HttpChanged { code, was, now } => write!(
                f,
                "code {code} changed its HTTP status from {} to {}: clients that handle it break",
                status(was),
                status(now)
            ),
            Self::GrpcChanged { code, was, now } => write!(
                f,
                "code {code} changed its gRPC code from {was} to {now}: clients that handle it break"
            ),
            Self::ModuleChanged { code, was, now } => write!(
                f,
                "code {code} moved from module {} to {}: clients that route it by module break",
                or_none(was),
                or_none(now)
            ),
            Self::DocsUrlChanged { code, was, now } => write!(
                f,
                "code {code} changed its documentation URL from {} to {}: links and problem \
                 types that clients hold break",
                or_none(was),
                or_none(now)
            ),
            Self::HeaderChanged {
                code,
                header,
                was,
                now,
            } => write!(
                f,
                "code {code} changed its `{header}` from {} to {}",
                or_none(was),
                or_none(now)
            ),
            Self::Redeclared { code, symbol } => write!(
                f,
                "code {code} was retired and is declared again ({symbol}): give it a new code"
            ),
            Self::Unretired { code } => write!(
                f,
                "code {code} was retired and is no longer in #[catalog(retired(...))]: \
                 retire it again, so that nothing reuses it"
            ),
            Self::Added { code, symbol } => write!(
                f,
                "code {code} ({symbol}) is new: run the tests with {UPDATE_VARIABLE}=update \
                 to lock it"
            ),
            Self::Retired { code } => write!(
                f,
                "code {code} is retired now: run the tests with {UPDATE_VARIABLE}=update to \
                 lock its retirement"
            ),
            Self::MessageChanged { code, was, now } => write!(
                f,
                "code {code} changed its message from {} to {}",
                quoted(was),
                quoted(now)
            ),
            Self::LocaleRemoved { tag } => write!(
                f,
                "the messages are no longer translated into {tag}: clients that ask for it get the catalogue's own"
            ),
            Self::SymbolChanged { code, was, now } => {
                write!(f, "code {code} changed its symbol from {was} to {now}")
            }
            Self::GrpcUnrecorded => write!(
                f,
                "the lock does not record the gRPC domain and the data fields: run the tests \
                 with {UPDATE_VARIABLE}=update to lock them"
            ),
            Self::DomainChanged { code, was, now } => {
                let whose = code.map_or("the catalogue".to_owned(), |code| format!("code {code}"));
                write!(
                    f,
                    "{whose} changed its gRPC domain from {} to {}: old clients read its \
                     errors as unknown",
                    quoted(was),
                    quoted(now)
                )
            }
            Self::ReasonChanged { code, was, now } => write!(
                f,
                "code {code} changed its gRPC reason from {was} to {now}: old clients read it \
                 as unknown"
            ),
            Self::DataFieldRemoved { code, field } => write!(
                f,
                "code {code} no longer carries its data field `{field}`: clients that read it break"
            ),
            Self::DataFieldChanged {
                code,
                field,
                was,
                now,
            } => write!(
                f,
                "code {code}'s data field `{field}` changed from {was} to {now}: clients that read \
                 it break"
            ),
            Self::DataFieldAdded { code, field, shape } if shape.ends_with('?') => write!(
                f,
                "code {code} has a new optional data field `{field}` ({shape}): run the tests \
                 with {UPDATE_VARIABLE}=update to lock it"
            ),
            Self::DataFieldAdded { code, field, shape } => write!(
                f,
                "code {code} has a new data field `{field}` ({shape}) that may not be null: \
                 clients that build its data break; make it an `Option`"
            ),
            Self::WireUnrecorded => write!(
                f,
                "the lock does not record the success code, the envelope and the rejections: \
                 run the tests with {UPDATE_VARIABLE}=update to lock them"
            ),
            Self::SuccessChanged { was, now } => {
                let code = |code: &Option<i64>| shown(code.as_ref(), "none (errors only)");
                write!(
                    f,
                    "the success code changed from {} to {}: clients read successes as errors",
                    code(was),
                    code(now)
                )
            }
            Self::EnvelopeChanged { was, now } => write!(
                f,
                "the envelope changed from `{was}` to `{now}`: clients no longer find its fields"
            ),
            Self::RejectionChanged { kind, was, now } => {
                let code = |code: &Option<i64>| shown(code.as_ref(), "none");
                let hint = if was.is_none() {
                    format!(": run the tests with {UPDATE_VARIABLE}=update to lock it")
                } else {
                    ": clients that handle that rejection break".to_owned()
                };
                write!(
                    f,
                    "the code answering the {kind} rejection changed from {} to {}{hint}",
                    code(was),
                    code(now)
                )
            }
        }
    }
}

/// A status or code of a message, `none` (as given) when there is none.
fn shown<T: Display>(value: Option<&T>, none: &str) -> String {
    value.map_or_else(|| none.to_owned(), ToString::to_string)
}

/// Every difference between `locked` and `current`, in the order of the
/// codes.
#[must_use]
pub fn compare(locked: &Lock, current: &Lock) -> Vec<Problem> {
    let mut problems = wire_changes(locked.wire.as_ref(), current.wire.as_ref());
    for was in &locked.codes {
        let code = was.code;
        let Some(now) = current.find(code) else {
            problems.push(if current.is_retired(code) {
                Problem::Retired { code }
            } else {
                Problem::Removed {
                    code,
                    symbol: was.symbol.clone(),
                }
            });
            continue;
        };
        let success = current.wire.as_ref().and_then(|wire| wire.success);
        problems.extend(changes(was, now, success));
        if let (Some(locked_domain), Some(current_domain)) = (domain(locked), domain(current)) {
            problems.extend(grpc_identity(was, now, locked_domain, current_domain));
            problems.extend(data_changes(was, now));
        }
    }
    for now in &current.codes {
        let code = now.code;
        let symbol = now.symbol.clone();
        if locked.is_retired(code) {
            problems.push(Problem::Redeclared { code, symbol });
        } else if locked.find(code).is_none() {
            problems.push(Problem::Added { code, symbol });
        }
    }
    for tag in &locked.locales {
        if !current.locales.contains(tag) {
            problems.push(Problem::LocaleRemoved { tag: tag.clone() });
        }
    }
    for range in &locked.retired {
        if let Some(code) = first_uncovered(*range, current) {
            problems.push(Problem::Unretired { code });
        }
    }
    // Codes retired now that the lock does not record as retired (a locked
    // one is reported above).
    let locked_retired = Lock {
        retired: locked.retired.clone(),
        ..Lock::default()
    };
    for range in &current.retired {
        let code = first_uncovered(*range, &locked_retired);
        if let Some(code) = code.filter(|code| locked.find(*code).is_none()) {
            problems.push(Problem::Retired { code });
        }
    }
    problems.sort_by_key(Problem::code);
    problems
}

/// The catalogue's gRPC domain a lock records, if it does.
fn domain(lock: &Lock) -> Option<&str> {
    lock.wire.as_ref()?.domain.as_deref()
}

/// What changed in how answers are read.
fn wire_changes(locked: Option<&Wire>, current: Option<&Wire>) -> Vec<Problem> {
    let (was, now) = match (locked, current) {
        (Some(was), Some(now)) => (was, now),
        (None, Some(_)) => return vec![Problem::WireUnrecorded],
        _ => return Vec::new(),
    };
    let mut problems = Vec::new();
    match (&was.domain, &now.domain) {
        (None, Some(_)) => problems.push(Problem::GrpcUnrecorded),
        (Some(was), Some(now)) if was != now => problems.push(Problem::DomainChanged {
            code: None,
            was: was.clone(),
            now: now.clone(),
        }),
        _ => {}
    }
    if was.success != now.success {
        let (was, now) = (was.success, now.success);
        problems.push(Problem::SuccessChanged { was, now });
    }
    if was.envelope != now.envelope {
        let (was, now) = (was.envelope.clone(), now.envelope.clone());
        problems.push(Problem::EnvelopeChanged { was, now });
    }
    let code_of = |wire: &Wire, kind: &str| {
        let found = wire.rejections.iter().find(|(marked, _)| marked == kind);
        found.map(|(_, code)| *code)
    };
    let mut kinds: Vec<&String> = was
        .rejections
        .iter()
        .chain(&now.rejections)
        .map(|(kind, _)| kind)
        .collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let (was, now) = (code_of(was, kind), code_of(now, kind));
        if was != now {
            problems.push(Problem::RejectionChanged {
                kind: kind.clone(),
                was,
                now,
            });
        }
    }
    problems
}

/// What a gRPC client matches one code on: its domain (where it is not
/// the catalogue's; a change of the catalogue's is reported once) and its
/// reason.
fn grpc_identity(was: &Locked, now: &Locked, locked: &str, current: &str) -> Vec<Problem> {
    let code = was.code;
    let mut problems = Vec::new();
    let (was_domain, now_domain) = (
        was.domain.as_deref().unwrap_or(locked),
        now.domain.as_deref().unwrap_or(current),
    );
    let own = was.domain.is_some() || now.domain.is_some();
    if own && was_domain != now_domain {
        let (was, now) = (was_domain.to_owned(), now_domain.to_owned());
        problems.push(Problem::DomainChanged {
            code: Some(code),
            was,
            now,
        });
    }
    if was.reason() != now.reason() {
        let (was, now) = (was.reason().to_owned(), now.reason().to_owned());
        problems.push(Problem::ReasonChanged { code, was, now });
    }
    problems
}

/// What changed in one code's data fields.
fn data_changes(was: &Locked, now: &Locked) -> Vec<Problem> {
    let code = was.code;
    let shape_in = |locked: &Locked, name: &str| {
        let found = locked.data.iter().find(|(field, _)| field == name);
        found.map(|(_, shape)| shape.clone())
    };
    let mut problems = Vec::new();
    for (field, was_shape) in &was.data {
        let field = field.clone();
        match shape_in(now, &field) {
            None => problems.push(Problem::DataFieldRemoved { code, field }),
            Some(now) if &now != was_shape => {
                let was = was_shape.clone();
                problems.push(Problem::DataFieldChanged {
                    code,
                    field,
                    was,
                    now,
                });
            }
            Some(_) => {}
        }
    }
    for (field, shape) in &now.data {
        if shape_in(was, field).is_none() {
            let (field, shape) = (field.clone(), shape.clone());
            problems.push(Problem::DataFieldAdded { code, field, shape });
        }
    }
    problems
}

fn changes(was: &Locked, now: &Locked, success: Option<i64>) -> Vec<Problem> {
    let code = was.code;
    let mut problems = Vec::new();
    if was.http != now.http {
        let (was, now) = (was.http, now.http);
        problems.push(Problem::HttpChanged { code, was, now });
    }
    // The code sent: declaring the one read from the status changes nothing,
    // and a new status that changes it is the one problem above.
    let grpc =
        |locked: &Locked| crate::grpc::resolve(locked.grpc, success == Some(code), locked.http);
    let declared = was.grpc.is_some() || now.grpc.is_some();
    if grpc(was) != grpc(now) && (declared || was.http == now.http) {
        let (was, now) = (grpc(was), grpc(now));
        problems.push(Problem::GrpcChanged { code, was, now });
    }
    if was.module != now.module {
        let (was, now) = (was.module.clone(), now.module.clone());
        problems.push(Problem::ModuleChanged { code, was, now });
    }
    if was.docs_url != now.docs_url {
        let (was, now) = (was.docs_url.clone(), now.docs_url.clone());
        problems.push(Problem::DocsUrlChanged { code, was, now });
    }
    let seconds = |locked: &Locked| match (&locked.retry_after_field, locked.retry_after) {
        (Some(field), _) => Some(format!("its `{field}`")),
        (None, seconds) => seconds.map(|s| s.to_string()),
    };
    let headers = [
        ("Retry-After", seconds(was), seconds(now)),
        (
            "WWW-Authenticate",
            was.www_authenticate.clone(),
            now.www_authenticate.clone(),
        ),
    ];
    for (header, was, now) in headers {
        if was != now {
            problems.push(Problem::HeaderChanged {
                code,
                header,
                was,
                now,
            });
        }
    }
    if was.symbol != now.symbol {
        let (was, now) = (was.symbol.clone(), now.symbol.clone());
        problems.push(Problem::SymbolChanged { code, was, now });
    }
    if was.message != now.message {
        let (was, now) = (was.message.clone(), now.message.clone());
        problems.push(Problem::MessageChanged { code, was, now });
    }
    problems
}

/// The first code of a locked retired range that `current` neither retires
/// nor declares (a declared one is [`Problem::Redeclared`]).
fn first_uncovered(range: CodeRange, current: &Lock) -> Option<i64> {
    let mut code = range.start;
    loop {
        let covering = current
            .retired
            .iter()
            .find(|retired| retired.contains(code));
        match covering {
            Some(retired) if retired.end >= range.end => return None,
            Some(retired) => code = retired.end + 1,
            None if current.find(code).is_some() => {
                if code == range.end {
                    return None;
                }
                code += 1;
            }
            None => return Some(code),
        }
    }
}
