//! The lock file's format: [`Lock`] and its lines, written by
//! [`Lock::render`] and read by [`Lock::parse`] (see the [module docs](super)).
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

use std::borrow::ToOwned;
use std::format;
use std::string::String;
use std::vec::Vec;

use std::fmt::{self, Display, Formatter, Write as _};

use super::UPDATE_VARIABLE;
use crate::grpc::GrpcCode;
use crate::{CodeRange, ErrorCatalog};

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
    /// The `domain` of its gRPC `ErrorInfo`s (`domain "..."`): with each
    /// code's reason, what `Failure::from_status` matches on. `None` in a
    /// lock written before it was recorded.
    pub domain: Option<String>,
}

/// The shape keys of the `envelope` line (` under="error" status="status"
/// status-is-string fields={"ok":false} without-data`): a moved, renamed
/// or removed field is a changed line, which breaks.
fn shape_text(envelope: &mut String, shape: crate::envelope::BodyShape) {
    for (key, name) in shape.named() {
        if let Some(name) = name {
            let _ = write!(envelope, " {}={}", key.replace('_', "-"), quoted(name));
        }
    }
    if shape.status_is_string {
        envelope.push_str(" status-is-string");
    }
    if !shape.constants.is_empty() {
        let fields: Vec<String> = shape
            .constants
            .iter()
            .map(|(name, json)| format!("{}:{json}", quoted(name)))
            .collect();
        let _ = write!(
            envelope,
            " fields={}",
            quoted(&format!("{{{}}}", fields.join(",")))
        );
    }
    for (flag, name) in [
        (shape.without_message, "without-message"),
        (shape.without_data, "without-data"),
        (shape.code_is_symbol, "code-is-symbol"),
    ] {
        if flag {
            let _ = write!(envelope, " {name}");
        }
    }
}

impl Wire {
    /// What a lock holds of it before its lines are read.
    fn blank() -> Self {
        Wire {
            success: Some(crate::envelope::DEFAULT_SUCCESS_CODE),
            envelope: String::new(),
            rejections: Vec::new(),
            domain: None,
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
        shape_text(&mut envelope, fields.shape);
        if let Some(header) = fields.code_header {
            let _ = write!(envelope, " code-header={}", quoted(header));
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
            domain: Some(C::DOMAIN.to_owned()),
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
    /// Its gRPC `ErrorInfo` reason where it is not its symbol (`reason=`).
    pub reason: Option<String>,
    /// Its gRPC domain where it is not the catalogue's (`domain=`: a
    /// composed code keeps its part's).
    pub domain: Option<String>,
    /// A data variant's fields, each with its JSON shape (`data=`:
    /// `"retry_after:integer,note:string?"`, `?` for a field that may be
    /// `null`); empty for a code without data.
    pub data: Vec<(String, String)>,
    /// Its documentation URL (`docs=`), where it has one.
    pub docs_url: Option<String>,
    /// The `Retry-After` of its answers (`retry-after=`), in seconds.
    pub retry_after: Option<u32>,
    /// The data field its `Retry-After` is read from (`retry-after-field=`).
    pub retry_after_field: Option<String>,
    /// The `WWW-Authenticate` challenge of its answers (`www-authenticate=`).
    pub www_authenticate: Option<String>,
    /// Its message.
    pub message: String,
}

impl Locked {
    /// The reason `ErrorInfo` carries: [`reason`](Self::reason), else the symbol.
    #[must_use]
    pub fn reason(&self) -> &str {
        self.reason.as_deref().unwrap_or(&self.symbol)
    }
}

/// A data field's JSON shape as the lock writes it: `int64`, `string?`.
fn shape(field: &crate::DataField) -> String {
    std::string::ToString::to_string(field.shape)
}

/// `name:shape,...` of [`Locked::data`].
fn data_text(data: &[(String, String)]) -> String {
    let fields: Vec<String> = data
        .iter()
        .map(|(name, shape)| format!("{name}:{shape}"))
        .collect();
    fields.join(",")
}

/// [`Locked::data`] from its text.
fn parse_data(text: &str) -> Result<Vec<(String, String)>, String> {
    text.split(',')
        .filter(|field| !field.is_empty())
        .map(|field| match field.split_once(':') {
            Some((name, shape)) if !name.is_empty() && !shape.is_empty() => {
                Ok((name.to_owned(), shape.to_owned()))
            }
            _ => Err(format!("`data` takes `name:shape,...`, found `{field}`")),
        })
        .collect()
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
            reason: (entry.reason != entry.symbol).then(|| entry.reason.to_owned()),
            domain: (entry.domain != C::DOMAIN).then(|| entry.domain.to_owned()),
            data: entry
                .data
                .iter()
                .map(|field| (field.name.to_owned(), shape(field)))
                .collect(),
            docs_url: entry.docs_url().map(str::to_owned),
            retry_after: entry.retry_after,
            retry_after_field: entry.retry_after_field().map(str::to_owned),
            www_authenticate: entry.www_authenticate.map(str::to_owned),
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
            if let Some(domain) = &wire.domain {
                let _ = writeln!(text, "domain {}", quoted(domain));
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
            let _ = write!(text, " symbol={}", quoted(&locked.symbol));
            if let Some(reason) = &locked.reason {
                let _ = write!(text, " reason={}", quoted(reason));
            }
            if let Some(domain) = &locked.domain {
                let _ = write!(text, " domain={}", quoted(domain));
            }
            if !locked.data.is_empty() {
                let _ = write!(text, " data={}", quoted(&data_text(&locked.data)));
            }
            if let Some(url) = &locked.docs_url {
                let _ = write!(text, " docs={}", quoted(url));
            }
            if let Some(seconds) = locked.retry_after {
                let _ = write!(text, " retry-after={seconds}");
            }
            if let Some(field) = &locked.retry_after_field {
                let _ = write!(text, " retry-after-field={}", quoted(field));
            }
            if let Some(challenge) = &locked.www_authenticate {
                let _ = write!(text, " www-authenticate={}", quoted(challenge));
            }
            let _ = writeln!(text, " message={}", quoted(&locked.message));
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
        // The line of each `success`, `envelope` and `rejection KIND` line.
        let mut once = Once::default();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines = text.split('\n').flat_map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            line.split('\r')
        });
        for (index, line) in lines.enumerate() {
            let error = |reason: String| ParseError {
                line: index.saturating_add(1),
                reason,
            };
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let number = index.saturating_add(1);
            if let Some(rest) = line.strip_prefix("success ") {
                once.see("success", number).map_err(error)?;
                let wire = lock.wire.get_or_insert_with(Wire::blank);
                wire.success = match rest.trim() {
                    "none" => None,
                    code => Some(integer(code).ok_or_else(|| {
                        error(format!(
                            "`{code}` is not a success code (an integer, or `none`)"
                        ))
                    })?),
                };
            } else if let Some(rest) = line.strip_prefix("envelope ") {
                once.see("envelope", number).map_err(error)?;
                lock.wire.get_or_insert_with(Wire::blank).envelope = rest.trim().to_owned();
            } else if let Some(rest) = line.strip_prefix("rejection ") {
                let (kind, code) = rest.trim().split_once(' ').unwrap_or((rest, ""));
                once.see(&format!("rejection {kind}"), number)
                    .map_err(error)?;
                let code = integer(code.trim()).ok_or_else(|| {
                    error(format!(
                        "expected `rejection KIND CODE`, found `rejection {rest}`"
                    ))
                })?;
                let wire = lock.wire.get_or_insert_with(Wire::blank);
                wire.rejections.push((kind.to_owned(), code));
            } else if let Some(rest) = line.strip_prefix("domain ") {
                once.see("domain", number).map_err(error)?;
                let domain = serde_json::from_str::<String>(rest.trim()).map_err(|_| {
                    error(format!(
                        "`domain` takes a JSON string, found `{}`",
                        rest.trim()
                    ))
                })?;
                lock.wire.get_or_insert_with(Wire::blank).domain = Some(domain);
            } else if let Some(rest) = line.strip_prefix("locale ") {
                lock.locales.push(rest.trim().to_owned());
            } else if let Some(rest) = line.strip_prefix("retired ") {
                lock.retired.push(parse_range(rest.trim()).map_err(error)?);
            } else if let Some(rest) = line.strip_prefix("code ") {
                codes.push((parse_code(rest).map_err(error)?, index.saturating_add(1)));
            } else {
                return Err(error(
                    "expected `code N key=value ...`, `retired N` or `retired N..=M`, \
                     `success N`, `envelope ...`, `rejection KIND N`, `domain \"...\"` or \
                     `locale TAG`"
                        .into(),
                ));
            }
        }
        if lock.wire.is_some() && !once.seen("success") {
            return Err(ParseError {
                line: once.first_line(),
                reason: "the lock records how answers are read but has no `success` line \
                         (`success N`, or `success none`)"
                    .into(),
            });
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

    pub(super) fn find(&self, code: i64) -> Option<&Locked> {
        let index = self.codes.binary_search_by_key(&code, |locked| locked.code);
        index.ok().map(|index| &self.codes[index])
    }
}

pub(super) fn quoted(text: &str) -> String {
    // Serialising a string cannot fail.
    serde_json::to_string(text).unwrap_or_default()
}

/// An integer as the lock writes it: an optional `-` and digits, without a
/// `+` or a leading zero (`+401` and `0401` are not what was written, so
/// the lock was edited wrongly or is not one).
fn integer<T: core::str::FromStr>(text: &str) -> Option<T> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let canonical = digits == "0" && digits.len() == text.len()
        || !digits.is_empty() && !digits.starts_with('0');
    let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
    if canonical && all_digits {
        text.parse().ok()
    } else {
        None
    }
}

/// A code: [`integer`] in `i64`.
fn code(text: &str) -> Result<i64, String> {
    integer(text).ok_or_else(|| {
        format!("`{text}` is not a code (an integer, as written: no `+`, no leading zero)")
    })
}

fn parse_range(text: &str) -> Result<CodeRange, String> {
    let int = code;
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
    let code = self::code(code)?;
    let mut locked = Locked {
        code,
        http: None,
        grpc: None,
        module: None,
        symbol: String::new(),
        reason: None,
        domain: None,
        data: Vec::new(),
        docs_url: None,
        retry_after: None,
        retry_after_field: None,
        www_authenticate: None,
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
                let status = integer::<u16>(status).filter(|s| (100..=599).contains(s));
                locked.http = Some(status.ok_or("`http` takes a status, 100..=599")?);
            }
            ("grpc", Value::Bare(name)) => {
                let code = GrpcCode::from_name(name);
                locked.grpc = Some(code.ok_or("`grpc` takes a gRPC code's name, `NOT_FOUND`")?);
            }
            ("module", Value::Text(module)) => locked.module = Some(module),
            ("symbol", Value::Text(text)) => (locked.symbol, symbol) = (text, true),
            ("reason", Value::Text(text)) => locked.reason = Some(text),
            ("domain", Value::Text(text)) => locked.domain = Some(text),
            ("data", Value::Text(text)) => locked.data = parse_data(&text)?,
            ("docs", Value::Text(text)) => locked.docs_url = Some(text),
            ("retry-after", Value::Bare(seconds)) => {
                let seconds = integer::<u32>(seconds);
                locked.retry_after = Some(seconds.ok_or("`retry-after` takes seconds")?);
            }
            ("retry-after-field", Value::Text(text)) => locked.retry_after_field = Some(text),
            ("www-authenticate", Value::Text(text)) => locked.www_authenticate = Some(text),
            ("message", Value::Text(text)) => (locked.message, message) = (text, true),
            (
                "http" | "grpc" | "module" | "symbol" | "reason" | "domain" | "data" | "docs"
                | "retry-after" | "retry-after-field" | "www-authenticate" | "message",
                _,
            ) => {
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

/// The lines that may stand once in a lock, with where each stood.
#[derive(Default)]
struct Once(Vec<(String, usize)>);

impl Once {
    /// `what` at line `line`; an error when it stood before.
    fn see(&mut self, what: &str, line: usize) -> Result<(), String> {
        if let Some((_, first)) = self.0.iter().find(|(seen, _)| seen == what) {
            return Err(format!(
                "a second `{what}` line (the first is line {first})"
            ));
        }
        self.0.push((what.to_owned(), line));
        Ok(())
    }

    fn seen(&self, what: &str) -> bool {
        self.0.iter().any(|(seen, _)| seen == what)
    }

    /// The first of these lines (1 when there is none).
    fn first_line(&self) -> usize {
        self.0.iter().map(|(_, line)| *line).min().unwrap_or(1)
    }
}
