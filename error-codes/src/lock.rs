//! A lock file that keeps published codes from changing meaning.
//!
//! A published code is a contract: clients switch on it for years. Call
//! [`check`] in a test, with a lock file committed beside the crate:
//!
//! ```no_run
//! # use error_codes::ErrorCatalog;
//! # #[derive(Debug, ErrorCatalog)]
//! # enum ApiError {
//! #     #[code(40101, message = "Login again.")]
//! #     Unauthorized,
//! # }
//! #[test]
//! fn error_codes_keep_their_meaning() {
//!     error_codes::lock::check::<ApiError>("errors.lock");
//! }
//! ```
//!
//! The lock records the languages of the catalogue's translations (not
//! their messages): one that disappears is a note, like a reworded message.
//!
//! The test fails, one line per problem naming the code, when a locked code
//! is gone without being retired (`#[catalog(retired(...))]`), changed its
//! HTTP status, gRPC code or module, or was retired and is declared again, or is no
//! longer retired. A new code, or a newly retired one, fails too, until
//! the lock records it: run the tests once with `ERROR_CODES_LOCK=update`
//! (then commit the lock). Changed
//! messages and symbols are reported without failing: wording may improve.
//! A missing lock file fails with that same instruction.
//!
//! `ERROR_CODES_LOCK=update` never writes over a broken contract: it
//! records new codes, retirements and rewordings, and fails like the check
//! on anything else. To change a published code's status or module on
//! purpose, edit its line in the lock by hand, where the review sees it.
//!
//! # The format
//!
//! Plain text: first how answers are read (the success code, or `success
//! none` for an errors-only catalogue; the envelope's field names; the code
//! of each marked rejection), whose every change fails the check as a break
//! (an old client would misread a new server), then one line per code,
//! sorted by code, then one line per retired range: a change to one code is a one-line diff that names it, a merge
//! conflict is between two lines of two codes, and `grep '^code 40101 '`
//! finds one. Fields are `key=value`, strings quoted as JSON strings, so a
//! message with spaces, quotes or line breaks stays on its line, and a
//! later version can add a key that an older reader skips.
//!
//! ```text
//! # error-codes lock of ApiError: the published codes and what they mean.
//! # Checked by error_codes::lock::check; ERROR_CODES_LOCK=update records new codes.
//! success 0
//! envelope code="code" message="message" data="data" null-data
//! rejection malformed-body 40001
//! locale zh-CN
//! code 40101 http=401 module="auth" symbol="UNAUTHORIZED" message="Login again."
//! code 40401 http=404 grpc=FAILED_PRECONDITION symbol="NO_SUCH_ORDER" message="No such order."
//! retired 40007
//! retired 40010..=40012
//! ```

// A std module of a `#![no_std]` crate: what it takes of std's prelude.
use std::borrow::ToOwned;
use std::string::{String, ToString};
use std::vec::Vec;
use std::{eprint, format, vec};

use std::fmt::{self, Display, Formatter, Write as _};
use std::path::Path;

use crate::grpc::GrpcCode;
use crate::{CodeRange, ErrorCatalog};

/// The environment variable that turns [`check`] into an update.
pub const UPDATE_VARIABLE: &str = "ERROR_CODES_LOCK";

/// Checks catalogue `C` against the lock file at `path` (relative paths
/// start where `cargo test` runs a crate's tests: the crate's directory),
/// or with `ERROR_CODES_LOCK=update`, records it there. Meant for a test.
///
/// # Panics
///
/// When the check fails, with the [`Failure`] as the message (one line per
/// problem, naming the code); when `ERROR_CODES_LOCK` holds anything other
/// than `update`. Notes that do not fail (reworded messages) are printed to
/// stderr, which the test harness shows with `--nocapture`.
#[track_caller]
pub fn check<C: ErrorCatalog>(path: impl AsRef<Path>) -> Report {
    let result = if update_asked() {
        self::update::<C>(path)
    } else {
        verify::<C>(path)
    };
    match result {
        Ok(report) => {
            if !report.notes.is_empty() {
                eprint!("{report}");
            }
            report
        }
        Err(failure) => panic!("{failure}"),
    }
}

/// Checks that the generated file at `path` holds `expected` (the
/// TypeScript of a catalogue, a docs page), as [`check`] checks a lock:
/// a missing or stale file fails, naming the first line that differs; with
/// `ERROR_CODES_LOCK=update` it is written instead. Meant for a test that
/// keeps a committed copy current:
///
/// ```no_run
/// # use error_codes::ErrorCatalog;
/// # #[derive(Debug, ErrorCatalog)]
/// # enum ApiError { #[code(40101, message = "Login again.")] Unauthorized }
/// #[test]
/// fn the_frontend_types_are_current() {
///     let module = error_codes::docs::typescript::<ApiError>();
///     error_codes::lock::check_generated("../web/src/errors.ts", &module);
/// }
/// ```
///
/// # Panics
///
/// When the file is missing or differs (without the update), or cannot be
/// written (with it); when `ERROR_CODES_LOCK` holds anything but `update`.
#[track_caller]
pub fn check_generated(path: impl AsRef<Path>, expected: &str) {
    let path = path.as_ref();
    if update_asked() {
        if let Err(error) = std::fs::write(path, expected) {
            panic!("{}: cannot write it: {error}", path.display());
        }
        return;
    }
    if let Err(stale) = verify_generated(path, expected) {
        panic!("{stale}");
    }
}

/// What [`check_generated`] does without `ERROR_CODES_LOCK=update`,
/// writing nothing.
///
/// # Errors
///
/// When the file at `path` is missing or does not hold `expected`: what to
/// say, naming the first line that differs.
pub fn verify_generated(path: impl AsRef<Path>, expected: &str) -> Result<(), String> {
    let path = path.as_ref();
    let found = std::fs::read_to_string(path).unwrap_or_default();
    if found == expected {
        return Ok(());
    }
    let line = found
        .lines()
        .zip(expected.lines())
        .position(|(found, expected)| found != expected)
        .unwrap_or_else(|| found.lines().count().min(expected.lines().count()));
    Err(format!(
        "{} is not current (it differs from line {}): run the tests with \
         {UPDATE_VARIABLE}=update to write it, then commit it",
        path.display(),
        line + 1
    ))
}

/// Whether `ERROR_CODES_LOCK=update` is set; panics on any other value.
#[track_caller]
fn update_asked() -> bool {
    match std::env::var(UPDATE_VARIABLE) {
        Ok(value) if value == "update" => true,
        Ok(value) if !value.is_empty() => {
            panic!("{UPDATE_VARIABLE}={value:?}: the only value it takes is `update`")
        }
        _ => false,
    }
}

/// Compares catalogue `C` with the lock file at `path`, writing nothing:
/// what [`check`] does without `ERROR_CODES_LOCK=update`.
///
/// # Errors
///
/// A [`Failure`] when the lock is missing or unreadable, or when a problem
/// breaks the contract or a code is new.
pub fn verify<C: ErrorCatalog>(path: impl AsRef<Path>) -> Result<Report, Failure> {
    let path = path.as_ref();
    let current = Lock::of::<C>();
    let locked = read(path, C::NAME)?;
    let problems = compare(&locked, &current);
    let fails = |problem: &Problem| problem.breaks() || problem.is_new();
    finish(path, C::NAME, problems, fails, false)
}

/// Records catalogue `C` in the lock file at `path` (creating it): new
/// codes, retirements and rewordings are written; anything that breaks the
/// contract is refused, and nothing is written.
///
/// # Errors
///
/// A [`Failure`] when a problem breaks the contract, or the lock cannot be
/// read or written.
pub fn update<C: ErrorCatalog>(path: impl AsRef<Path>) -> Result<Report, Failure> {
    let path = path.as_ref();
    let current = Lock::of::<C>();
    let problems = match std::fs::read_to_string(path) {
        Ok(text) => {
            let locked = Lock::parse(&text).map_err(|error| failure(path, C::NAME, error))?;
            compare(&locked, &current)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(error) => return Err(failure(path, C::NAME, error)),
    };
    let report = finish(path, C::NAME, problems, Problem::breaks, true)?;
    let text = current.render(C::NAME);
    std::fs::write(path, text).map_err(|error| failure(path, C::NAME, error))?;
    Ok(report)
}

fn read(path: &Path, name: &str) -> Result<Lock, Failure> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        let reason = if error.kind() == std::io::ErrorKind::NotFound {
            format!(
                "it does not exist: run the tests once with {UPDATE_VARIABLE}=update to write it, \
                 then commit it"
            )
        } else {
            error.to_string()
        };
        failure(path, name, reason)
    })?;
    Lock::parse(&text).map_err(|error| failure(path, name, error))
}

fn failure(path: &Path, catalogue: &str, reason: impl Display) -> Failure {
    Failure {
        path: path.display().to_string(),
        catalogue: catalogue.to_owned(),
        problems: Vec::new(),
        notes: Vec::new(),
        reason: Some(reason.to_string()),
    }
}

/// Splits the problems into failures and notes.
fn finish(
    path: &Path,
    catalogue: &str,
    problems: Vec<Problem>,
    fails: impl Fn(&Problem) -> bool,
    written: bool,
) -> Result<Report, Failure> {
    let (failing, notes): (Vec<Problem>, Vec<Problem>) = problems.into_iter().partition(fails);
    let path = path.display().to_string();
    let catalogue = catalogue.to_owned();
    if failing.is_empty() {
        return Ok(Report {
            path,
            catalogue,
            notes,
            written,
        });
    }
    Err(Failure {
        path,
        catalogue,
        problems: failing,
        notes,
        reason: None,
    })
}

/// What a lock records: how answers are read (the success code, the
/// envelope's field names, the codes that answer rejections), each code
/// with what clients rely on, and the retired ranges. [`Lock::parse`] reads
/// one, [`Lock::render`] writes one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Lock {
    /// How answers are read; `None` in a lock written before it was
    /// recorded.
    pub wire: Option<Wire>,
    /// The codes, sorted.
    pub codes: Vec<Locked>,
    /// The retired ranges, sorted by start.
    pub retired: Vec<CodeRange>,
    /// The languages of its translations (`locale zh-CN`), not their
    /// messages: rewording is no break, but a language that disappears is
    /// a note.
    pub locales: Vec<String>,
}

/// What a client reads an answer by, besides the codes: a change to any of
/// it makes an old client misread a new server (a success read as an
/// error, a field not found).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wire {
    /// The success code; `None` for an errors-only catalogue
    /// (`success none`).
    pub success: Option<i64>,
    /// The envelope's field names, and how data is written:
    /// `envelope code="code" message="message" data="data" null-data flatten`.
    pub envelope: String,
    /// `(kind, code)` for each marked rejection, sorted by kind.
    pub rejections: Vec<(String, i64)>,
}

impl Wire {
    /// What a lock holds of it before its lines are read.
    fn blank() -> Self {
        Wire {
            success: Some(crate::envelope::DEFAULT_SUCCESS_CODE),
            envelope: String::new(),
            rejections: Vec::new(),
        }
    }

    /// What catalogue `C` answers with now.
    #[must_use]
    pub fn of<C: ErrorCatalog>() -> Self {
        let success = crate::envelope::success_code::<C>();
        let fields = C::ENVELOPE;
        let mut envelope = format!(
            "code={} message={} data={}",
            quoted(fields.code),
            quoted(fields.message),
            quoted(fields.data)
        );
        for (flag, name) in [(fields.null_data, "null-data"), (fields.flatten, "flatten")] {
            if flag {
                let _ = write!(envelope, " {name}");
            }
        }
        let marked = C::REJECTIONS;
        let mut rejections: Vec<(String, i64)> = crate::rejection::RejectionKind::ALL
            .into_iter()
            .filter_map(|kind| Some((kind.name().to_owned(), marked.code(kind)?)))
            .collect();
        rejections.sort();
        Wire {
            success,
            envelope,
            rejections,
        }
    }
}

/// One line `code ...` of a lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    /// The code.
    pub code: i64,
    /// Its HTTP status.
    pub http: Option<u16>,
    /// Its gRPC code where the catalogue declares one (`grpc = "..."`);
    /// `None` when read from the HTTP status.
    pub grpc: Option<GrpcCode>,
    /// Its module's name.
    pub module: Option<String>,
    /// Its symbol.
    pub symbol: String,
    /// Its message.
    pub message: String,
}

impl Lock {
    /// What catalogue `C` declares now.
    #[must_use]
    pub fn of<C: ErrorCatalog>() -> Self {
        let codes = C::ENTRIES.iter().map(|entry| Locked {
            code: entry.code,
            http: entry.http,
            grpc: entry.has_declared_grpc().then_some(entry.grpc),
            module: entry.module.map(str::to_owned),
            symbol: entry.symbol.to_owned(),
            message: entry.message.to_owned(),
        });
        Lock {
            wire: Some(Wire::of::<C>()),
            codes: codes.collect(),
            retired: C::RETIRED.to_vec(),
            locales: C::LOCALES.iter().map(|tag| (*tag).to_owned()).collect(),
        }
    }

    /// The lock's text, headed by comments naming `catalogue`.
    #[must_use]
    pub fn render(&self, catalogue: &str) -> String {
        let mut text = format!(
            "# error-codes lock of {catalogue}: the published codes and what they mean.\n\
             # Checked by error_codes::lock::check; {UPDATE_VARIABLE}=update records new codes.\n"
        );
        if let Some(wire) = &self.wire {
            match wire.success {
                Some(code) => {
                    let _ = writeln!(text, "success {code}");
                }
                None => text.push_str("success none\n"),
            }
            if !wire.envelope.is_empty() {
                let _ = writeln!(text, "envelope {}", wire.envelope);
            }
            for (kind, code) in &wire.rejections {
                let _ = writeln!(text, "rejection {kind} {code}");
            }
        }
        for tag in &self.locales {
            let _ = writeln!(text, "locale {tag}");
        }
        for locked in &self.codes {
            let _ = write!(text, "code {}", locked.code);
            if let Some(http) = locked.http {
                let _ = write!(text, " http={http}");
            }
            if let Some(grpc) = locked.grpc {
                let _ = write!(text, " grpc={grpc}");
            }
            if let Some(module) = &locked.module {
                let _ = write!(text, " module={}", quoted(module));
            }
            let _ = writeln!(
                text,
                " symbol={} message={}",
                quoted(&locked.symbol),
                quoted(&locked.message)
            );
        }
        for range in &self.retired {
            let _ = writeln!(text, "retired {range}");
        }
        text
    }

    /// Reads a lock's text: blank lines and `#` comments are skipped, keys
    /// this version does not know are ignored. Lines may end in `\n`,
    /// `\r\n` or a lone `\r`; a byte order mark before the first line is
    /// skipped.
    ///
    /// # Errors
    ///
    /// A [`ParseError`] naming the line that is not a lock line, or a code
    /// locked twice.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let mut lock = Lock::default();
        let mut codes = Vec::new();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines = text.split('\n').flat_map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            line.split('\r')
        });
        for (index, line) in lines.enumerate() {
            let error = |reason: String| ParseError {
                line: index + 1,
                reason,
            };
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(rest) = line.strip_prefix("success ") {
                let wire = lock.wire.get_or_insert_with(Wire::blank);
                wire.success = match rest.trim() {
                    "none" => None,
                    code => Some(code.parse().map_err(|_| {
                        error(format!(
                            "`{code}` is not a success code (an integer, or `none`)"
                        ))
                    })?),
                };
            } else if let Some(rest) = line.strip_prefix("envelope ") {
                lock.wire.get_or_insert_with(Wire::blank).envelope = rest.trim().to_owned();
            } else if let Some(rest) = line.strip_prefix("rejection ") {
                let (kind, code) = rest.trim().split_once(' ').unwrap_or((rest, ""));
                let code = code.trim().parse().map_err(|_| {
                    error(format!(
                        "expected `rejection KIND CODE`, found `rejection {rest}`"
                    ))
                })?;
                let wire = lock.wire.get_or_insert_with(Wire::blank);
                wire.rejections.push((kind.to_owned(), code));
            } else if let Some(rest) = line.strip_prefix("locale ") {
                lock.locales.push(rest.trim().to_owned());
            } else if let Some(rest) = line.strip_prefix("retired ") {
                lock.retired.push(parse_range(rest.trim()).map_err(error)?);
            } else if let Some(rest) = line.strip_prefix("code ") {
                codes.push((parse_code(rest).map_err(error)?, index + 1));
            } else {
                return Err(error(
                    "expected `code N key=value ...`, `retired N` or `retired N..=M`, \
                     `success N`, `envelope ...`, `rejection KIND N` or `locale TAG`"
                        .into(),
                ));
            }
        }
        // By code, then by line: a code locked twice is reported at its later line.
        codes.sort_by_key(|(locked, line)| (locked.code, *line));
        if let Some(pair) = codes
            .windows(2)
            .find(|pair| pair[0].0.code == pair[1].0.code)
        {
            return Err(ParseError {
                line: pair[1].1,
                reason: format!("code {} is locked twice", pair[0].0.code),
            });
        }
        lock.codes = codes.into_iter().map(|(locked, _)| locked).collect();
        lock.retired.sort_by_key(|range| (range.start, range.end));
        if let Some(wire) = &mut lock.wire {
            wire.rejections.sort();
        }
        Ok(lock)
    }

    /// Whether a retired range holds `code`.
    #[must_use]
    pub fn is_retired(&self, code: i64) -> bool {
        self.retired.iter().any(|range| range.contains(code))
    }

    fn find(&self, code: i64) -> Option<&Locked> {
        let index = self.codes.binary_search_by_key(&code, |locked| locked.code);
        index.ok().map(|index| &self.codes[index])
    }
}

fn quoted(text: &str) -> String {
    // Serialising a string cannot fail.
    serde_json::to_string(text).unwrap_or_default()
}

fn parse_range(text: &str) -> Result<CodeRange, String> {
    let int = |text: &str| {
        text.parse::<i64>()
            .map_err(|_| format!("`{text}` is not a code (an integer)"))
    };
    let (start, end) = match text.split_once("..=") {
        Some((start, end)) => (int(start)?, int(end)?),
        None => (int(text)?, int(text)?),
    };
    if start > end {
        return Err(format!("`{text}`: its start is greater than its end"));
    }
    Ok(CodeRange { start, end })
}

fn parse_code(text: &str) -> Result<Locked, String> {
    let (code, mut rest) = text.split_once(' ').unwrap_or((text, ""));
    let code = code
        .parse::<i64>()
        .map_err(|_| format!("`{code}` is not a code (an integer)"))?;
    let mut locked = Locked {
        code,
        http: None,
        grpc: None,
        module: None,
        symbol: String::new(),
        message: String::new(),
    };
    let (mut symbol, mut message) = (false, false);
    let mut seen: Vec<&str> = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let Some((key, value)) = rest.split_once('=') else {
            return Err(format!("expected `key=value`, found `{rest}`"));
        };
        let (value, after) = if value.starts_with('"') {
            let mut strings = serde_json::Deserializer::from_str(value).into_iter::<String>();
            let string = strings
                .next()
                .and_then(Result::ok)
                .ok_or_else(|| format!("the value of `{key}` is not a closed JSON string"))?;
            let end = strings.byte_offset();
            (Value::Text(string), &value[end..])
        } else {
            let end = value.find(' ').unwrap_or(value.len());
            (Value::Bare(&value[..end]), &value[end..])
        };
        if !after.is_empty() && !after.starts_with(' ') {
            return Err(format!("expected a space after the value of `{key}`"));
        }
        if seen.contains(&key) {
            return Err(format!("`{key}` is given twice: keep one"));
        }
        seen.push(key);
        rest = after;
        match (key, value) {
            ("http", Value::Bare(status)) => {
                let status = status
                    .parse::<u16>()
                    .ok()
                    .filter(|s| (100..=599).contains(s));
                locked.http = Some(status.ok_or("`http` takes a status, 100..=599")?);
            }
            ("grpc", Value::Bare(name)) => {
                let code = GrpcCode::from_name(name);
                locked.grpc = Some(code.ok_or("`grpc` takes a gRPC code's name, `NOT_FOUND`")?);
            }
            ("module", Value::Text(module)) => locked.module = Some(module),
            ("symbol", Value::Text(text)) => (locked.symbol, symbol) = (text, true),
            ("message", Value::Text(text)) => (locked.message, message) = (text, true),
            ("http" | "grpc" | "module" | "symbol" | "message", _) => {
                return Err(format!("the value of `{key}` has the wrong form"));
            }
            // A key of a later version.
            _ => {}
        }
    }
    if !(symbol && message) {
        return Err(format!("code {code} lacks its `symbol` or its `message`"));
    }
    Ok(locked)
}

enum Value<'a> {
    Bare(&'a str),
    Text(String),
}

/// A line of a lock that is not a lock line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The line, counted from 1.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl Display for ParseError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for ParseError {}

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
    /// A locked code's symbol changed: a note.
    SymbolChanged {
        /// The code.
        code: i64,
        /// The locked symbol.
        was: String,
        /// The symbol now.
        now: String,
    },
}

impl Problem {
    /// The code it is about; `None` for a change to how answers are read
    /// (listed first).
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        Some(match self {
            Self::WireUnrecorded
            | Self::SuccessChanged { .. }
            | Self::EnvelopeChanged { .. }
            | Self::RejectionChanged { .. }
            | Self::LocaleRemoved { .. } => return None,
            Self::Removed { code, .. }
            | Self::HttpChanged { code, .. }
            | Self::GrpcChanged { code, .. }
            | Self::ModuleChanged { code, .. }
            | Self::Redeclared { code, .. }
            | Self::Unretired { code }
            | Self::Added { code, .. }
            | Self::Retired { code }
            | Self::MessageChanged { code, .. }
            | Self::SymbolChanged { code, .. } => *code,
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
                | Self::Redeclared { .. }
                | Self::Unretired { .. }
                | Self::SuccessChanged { .. }
                | Self::EnvelopeChanged { .. }
                | Self::RejectionChanged { was: Some(_), .. }
        )
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
                | Self::RejectionChanged { was: None, .. }
        )
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

/// The differences of one code locked and declared.
/// What changed in how answers are read.
fn wire_changes(locked: Option<&Wire>, current: Option<&Wire>) -> Vec<Problem> {
    let (was, now) = match (locked, current) {
        (Some(was), Some(now)) => (was, now),
        (None, Some(_)) => return vec![Problem::WireUnrecorded],
        _ => return Vec::new(),
    };
    let mut problems = Vec::new();
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

/// A check that passed: what it noted, and whether it wrote the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The lock file.
    pub path: String,
    /// The catalogue's name.
    pub catalogue: String,
    /// What changed without failing (messages, symbols; with an update, the
    /// codes it added and retired).
    pub notes: Vec<Problem>,
    /// Whether the lock was written ([`update`]).
    pub written: bool,
}

impl Display for Report {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let verb = if self.written { "written" } else { "holds" };
        writeln!(f, "{} {verb} for {}:", self.path, self.catalogue)?;
        for note in &self.notes {
            writeln!(f, "  {note}")?;
        }
        Ok(())
    }
}

/// A check that failed: the problems and the notes, or why the lock could
/// not be read or written.
#[derive(Clone, PartialEq, Eq)]
pub struct Failure {
    /// The lock file.
    pub path: String,
    /// The catalogue's name.
    pub catalogue: String,
    /// What fails.
    pub problems: Vec<Problem>,
    /// What changed without failing.
    pub notes: Vec<Problem>,
    /// Why the lock could not be used at all.
    pub reason: Option<String>,
}

impl Display for Failure {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if let Some(reason) = &self.reason {
            return writeln!(f, "{}: {}", self.path, reason);
        }
        let failing = self.problems.len();
        let plural = if failing == 1 { "" } else { "s" };
        writeln!(
            f,
            "{} no longer holds for {}, {failing} problem{plural}:",
            self.path, self.catalogue
        )?;
        for problem in &self.problems {
            writeln!(f, "  {problem}")?;
        }
        writeln!(
            f,
            "to accept a deliberate change: new codes and retirements with \
             {UPDATE_VARIABLE}=update; a published code's status or module by editing its line \
             in the lock, where the review sees it"
        )?;
        if !self.notes.is_empty() {
            writeln!(f, "not failing:")?;
        }
        for note in &self.notes {
            writeln!(f, "  {note}")?;
        }
        Ok(())
    }
}

/// What `Result::unwrap` and a test returning `Result` print: the message.
impl fmt::Debug for Failure {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Display::fmt(self, f)
    }
}

impl std::error::Error for Failure {}
