//! The wire form these APIs answer with, both ways:
//! `{"code": 40101, "message": "...", "data": null}`.
//!
//! [`Envelope`] is what a server sends and what a client parses. Built from a
//! catalogue value it borrows the `&'static` message (no allocation); parsed
//! from a peer it is exactly one of: a success with its data, a
//! [`Failure::Known`] variant of the catalogue, or a [`Failure::Unknown`] code
//! that keeps the raw code, message and data. [`Problem`] is the RFC 9457
//! `application/problem+json` form of a catalogue value.
//!
//! # Wire field names and the success code
//!
//! Field names come from the catalogue's `#[catalog(envelope(code = "...",
//! message = "...", data = "..."))]` ([`ErrorCatalog::ENVELOPE`](crate::ErrorCatalog::ENVELOPE)), the default
//! being `code`, `message`, `data`. The success code and message are the
//! catalogue's `success` entry, or `0` and `"ok"` for a catalogue without one.
//! In a composition, the composing enum's own names and success apply. An
//! error whose code is the success code would read back as a success, so it
//! cannot be built: declaring code `0` as an error without a `success`
//! entry, or composing a catalogue that has an error code `0` into an enum
//! without one, is a compile error (a composed catalogue's own success entry
//! is not a code of the composition); and [`Envelope::error`] of the success value
//! itself is a success. The docs export ([`docs::Catalogue::success_code`](crate::docs::Catalogue::success_code))
//! gives the same success code.
//!
//! # Data beside the code: `flatten`
//!
//! `envelope(code = "errcode", message = "errmsg", flatten)` writes a
//! success's data fields beside the code and the message (`{"errcode": 0,
//! "errmsg": "ok", "access_token": "...", "expires_in": 7200}`), and reads
//! every field but those two as the data; a body without a code is a
//! success whose data is the whole object, as WeChat answers
//! `{"access_token": "...", "expires_in": 7200}`. A failure's other fields
//! are its [`Detail`]. [`Envelope::ok`] is a success without data
//! (`{"errcode": 0, "errmsg": "ok"}`).
//!
//! No key is ever written twice, and what is written reads back equal:
//! data that is not an object with fields (an array, a number, `null`, `{}`),
//! or an object with a field named like the code, the message or the data
//! (`{"errcode": 0}` as a failure's detail), is written nested under the
//! data's name (`{"errcode": 40013, "errmsg": "...", "data": {"errcode":
//! 0}}`); reading, a body whose only other field is the data's is that
//! nested value. Parsing copies the body once and cuts the code and the
//! message out of that copy, so a flattened body costs about its size too.
//!
//! # What parsing does with what peers send
//!
//! | input | outcome |
//! |---|---|
//! | the success code | [`Envelope::Success`], `data` parsed as `T` |
//! | a declared code (through compositions) | [`Failure::Known`] with the variant |
//! | the code of a data variant, its `data` fields each readable by serde | [`Failure::Known`] with the variant and its fields, `data` kept |
//! | any other code, or a data variant whose fields do not read back (one missing, of another type, or a type that borrows or is not `Deserialize`) | [`Failure::Unknown`], the raw code kept |
//! | `data` missing or `null` | `None` (success data and failure detail alike; so a success built with `()` reads back as `None`) |
//! | `data` on a failure | kept as its JSON text in a [`Detail`], whatever its shape (about its size in memory) |
//! | `message` missing or `null` | the catalogue's message for a known code (success: its success message), else `""` |
//! | `message` of another type (a number, an object, ...) | a serde error: a peer that sends one is not speaking this envelope |
//! | a code as a string, `"40101"` | read as the number (an optional `-` and digits only; `"+1"`, `" 1"`, `"1.0"` are errors) |
//! | `-0`, as a number or as a string | a serde error: JSON readers give the number `-0` as a float, and the string follows the number |
//! | a code beyond `i64`, a float, `true`, an object, ... | a serde error, never a truncated or wrong code |
//! | `code` missing, a field twice | a serde error |
//! | fields the catalogue does not name | ignored |
//! | a success whose `data` is not a `T` | a serde error (use `T = serde_json::Value` to take anything) |
//! | `data` before `code` | kept as its JSON text until the code is known, then read into `T` (a `T` that borrows from the input cannot be read that way) |
//!
//! Parsing reads JSON, with `serde_json` (`from_str`, `from_slice`,
//! `from_reader`, `from_value`): data that must wait for the code, and a
//! failure's detail, are kept as JSON text, so a body of N bytes costs about
//! N bytes beyond the parsed `T` (`BENCHMARKS.md` in the repository measures
//! it). From `from_str`/`from_slice`, a message equal to the catalogue's is
//! not copied: it borrows the catalogue's `&'static str`.
//!
//! # Example
//!
//! ```
//! use error_codes::{Envelope, ErrorCatalog, Failure};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! enum ApiError {
//!     #[code(0, success, message = "ok")]
//!     Ok,
//!     /// Login session is missing or invalid.
//!     #[code(40101, http = 401)]
//!     Unauthorized,
//! }
//!
//! // A server answers.
//! let body = serde_json::to_string(&Envelope::<ApiError>::error(ApiError::Unauthorized))?;
//! assert_eq!(body, r#"{"code":40101,"message":"Login session is missing or invalid.","data":null}"#);
//! let body = serde_json::to_string(&Envelope::<ApiError, _>::success([1, 2]))?;
//! assert_eq!(body, r#"{"code":0,"message":"ok","data":[1,2]}"#);
//!
//! // A client reads what a peer answered.
//! let reply: Envelope<ApiError, Vec<u32>> = serde_json::from_str(r#"{"code":0,"message":"ok","data":[1,2]}"#)?;
//! assert_eq!(reply.into_result()?, Some(vec![1, 2]));
//! let reply: Envelope<ApiError> = serde_json::from_str(r#"{"code":"40101","message":"Session expired"}"#)?;
//! assert!(matches!(reply, Envelope::Failure(Failure::Known { error: ApiError::Unauthorized, .. })));
//! let reply: Envelope<ApiError> = serde_json::from_str(r#"{"code":50003,"message":"Upstream down","data":{"retry":3}}"#)?;
//! let Envelope::Failure(failure) = reply else { unreachable!() };
//! assert_eq!((failure.code(), failure.message()), (50003, "Upstream down"));
//! assert_eq!(failure.detail().map(|detail| detail.get()), Some(r#"{"retry":3}"#));
//! assert_eq!(failure.detail().unwrap().to_value()?, serde_json::json!({"retry": 3}));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
// The items these links name exist with a feature only; without it,
// each link leads to this page instead of being left unresolved. (The
// empty line ends the paragraph: a definition cannot interrupt one.)
#![doc = ""]
#![cfg_attr(feature = "alloc", doc = "[`Envelope`]: crate::Envelope")]
#![cfg_attr(not(feature = "alloc"), doc = "[`Envelope`]: #")]
#![cfg_attr(feature = "alloc", doc = "[`Envelope::error`]: crate::Envelope::error")]
#![cfg_attr(not(feature = "alloc"), doc = "[`Envelope::error`]: #")]
#![cfg_attr(feature = "alloc", doc = "[`Envelope::ok`]: crate::Envelope::ok")]
#![cfg_attr(not(feature = "alloc"), doc = "[`Envelope::ok`]: #")]
#![cfg_attr(
    feature = "alloc",
    doc = "[`Envelope::Success`]: crate::Envelope::Success"
)]
#![cfg_attr(not(feature = "alloc"), doc = "[`Envelope::Success`]: #")]
#![cfg_attr(feature = "alloc", doc = "[`Failure::Known`]: crate::Failure::Known")]
#![cfg_attr(not(feature = "alloc"), doc = "[`Failure::Known`]: #")]
#![cfg_attr(
    feature = "alloc",
    doc = "[`Failure::Unknown`]: crate::Failure::Unknown"
)]
#![cfg_attr(not(feature = "alloc"), doc = "[`Failure::Unknown`]: #")]
#![cfg_attr(feature = "alloc", doc = "[`Detail`]: crate::Detail")]
#![cfg_attr(not(feature = "alloc"), doc = "[`Detail`]: #")]
#![cfg_attr(feature = "alloc", doc = "[`Problem`]: crate::Problem")]
#![cfg_attr(not(feature = "alloc"), doc = "[`Problem`]: #")]

#[cfg(feature = "alloc")]
mod flatten;
#[cfg(feature = "alloc")]
pub(crate) mod placeholder;
#[cfg(feature = "alloc")]
mod problem;
#[cfg(feature = "alloc")]
mod problem_read;
#[cfg(feature = "alloc")]
mod read;
#[cfg(feature = "alloc")]
mod shaped;
#[cfg(feature = "alloc")]
mod types;
#[cfg(feature = "alloc")]
mod write;

#[cfg(feature = "alloc")]
pub use problem::Problem;
#[cfg(feature = "alloc")]
pub use shaped::Contradiction;
#[cfg(feature = "alloc")]
pub(crate) use types::DetailOf;
#[cfg(feature = "alloc")]
pub use types::{
    DataFields, DataVisitor, Detail, EachField, Envelope, Failure, detail_field, detail_fields,
};

/// The facts an answer in `C`'s [`BodyShape`] states (its status, gRPC code,
/// module, documentation URL) that the catalogue contradicts for its code:
/// reading trusts the code alone (a body saying `"status": 200` beside a
/// code declared 404 reads as that code), and this says where the two
/// disagree, for a client to log or refuse. Empty for a code the
/// catalogue does not declare, or a shape without facts.
///
/// # Errors
///
/// When the body is not JSON, or its code cannot be read.
#[cfg(feature = "alloc")]
pub fn contradictions<C: crate::ErrorCatalog>(
    body: &str,
) -> serde_json::Result<alloc::vec::Vec<Contradiction>> {
    shaped::contradictions_of::<C>(body)
}
#[cfg(feature = "alloc")]
pub(crate) use problem_read::borrowed_members;
#[cfg(feature = "alloc")]
pub(crate) use write::Written;

/// The success code and message of `C`'s envelopes; `None` for an
/// errors-only catalogue, whose successes have no code.
#[cfg(feature = "alloc")]
#[inline]
pub(crate) fn success_of<C: crate::ErrorCatalog>() -> Option<(i64, &'static str)> {
    let message = C::success().map_or(DEFAULT_SUCCESS_MESSAGE, |entry| entry.message);
    success_code::<C>().map(|code| (code, message))
}

/// The success message of `C`'s envelopes (`""` for an errors-only one).
#[cfg(feature = "alloc")]
#[inline]
pub(crate) fn success_message<C: crate::ErrorCatalog>() -> &'static str {
    success_of::<C>().map_or("", |(_, message)| message)
}

/// Whether `code` is `C`'s success code.
#[cfg(feature = "alloc")]
#[inline]
pub(crate) fn is_success<C: crate::ErrorCatalog>(code: i64) -> bool {
    success_of::<C>().is_some_and(|(success, _)| success == code)
}

/// The wire field names of a catalogue's envelopes:
/// `#[catalog(envelope(code = "errcode", message = "errmsg"))]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FieldNames {
    /// The code's field (`"code"`).
    pub code: &'static str,
    /// The message's field (`"message"`).
    pub message: &'static str,
    /// The data's field (`"data"`).
    pub data: &'static str,
    /// Whether an envelope without data writes `"data": null` (the default
    /// form, and whenever `envelope(...)` names `data`) or leaves the field
    /// out (an `envelope(...)` that renames the code or the message and
    /// does not name `data`, as WeChat's `{"errcode": 40001, "errmsg":
    /// "..."}`). Naming a default (`envelope(code = "code")`) changes nothing.
    pub null_data: bool,
    /// `envelope(..., flatten)`: a success's data fields stand beside the
    /// code and the message (`{"errcode": 0, "errmsg": "ok", "access_token":
    /// "..."}`), and a body without a code is a success whose data is the
    /// whole object, as WeChat answers.
    pub flatten: bool,
    /// The shape around and beside the three fields (`under = "error"`,
    /// `status = "status"`, `fields(ok = false)`, `without(data)`, ...):
    /// see [`BodyShape`].
    pub shape: BodyShape,
    /// `envelope(code_header = "x-ms-error-code")`: a response header that
    /// carries each error answer's code (as Azure's APIs do), in lower case.
    pub code_header: Option<&'static str>,
}

/// Where an envelope sits and what it carries besides the code, the
/// message and the data: the keys of `envelope(...)` that describe the
/// bodies public APIs already answer with.
///
/// ```text
/// envelope(under = "error")            {"error": {"code": ..., ...}}
/// envelope(under_list = "errors")      {"errors": [{"code": ..., ...}]}
/// envelope(status = "status")          {..., "status": 404}
/// envelope(status = "status", status_is = "string")   {..., "status": "404"}
/// envelope(grpc = "grpc")              {..., "grpc": "NOT_FOUND"}
/// envelope(module = "type")            {..., "type": "auth"}
/// envelope(docs_url = "more_info")     {..., "more_info": "https://..."}
/// envelope(fields(ok = false))         {..., "ok": false}
/// envelope(without(message))           no message field
/// envelope(without(data))              no data field
/// envelope(code_is = "symbol")         {"code": "card_declined", ...}
/// ```
///
/// The facts (status, gRPC code, module, documentation URL) are the
/// entry's, written where it has them; the constant fields are written on
/// every failure. Reading, a body's facts are not trusted: a failure is
/// read by its code (`grpc::contradictions` says where a body's facts differ
/// from the catalogue's); constant fields tell failures: with them, a body
/// whose constants differ (or are missing) is a success, whatever its
/// HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct BodyShape {
    /// `under = "error"` or `under_list = "errors"`: the member the body
    /// sits in.
    pub under: Option<&'static str>,
    /// `under_list`: that member is a list of one body (reading, the
    /// first).
    pub list: bool,
    /// `status = "..."`: the field carrying the HTTP status.
    pub status: Option<&'static str>,
    /// `status_is = "string"`: the status written as a string (`"404"`).
    pub status_is_string: bool,
    /// `grpc = "..."`: the field carrying the gRPC code's name.
    pub grpc: Option<&'static str>,
    /// `module = "..."`: the field carrying the module's name.
    pub module: Option<&'static str>,
    /// `docs_url = "..."`: the field carrying the documentation URL.
    pub docs_url: Option<&'static str>,
    /// `fields(ok = false)`: each constant field's name and JSON text.
    pub constants: &'static [(&'static str, &'static str)],
    /// `without(message)`: no message field.
    pub without_message: bool,
    /// `without(data)`: no data field.
    pub without_data: bool,
    /// `code_is = "symbol"`: the code field carries the entry's symbol
    /// (`"card_declined"`), and a body is read by it.
    pub code_is_symbol: bool,
}

impl BodyShape {
    /// The plain shape: the three fields at the top, nothing else.
    pub const PLAIN: Self = Self {
        under: None,
        list: false,
        status: None,
        status_is_string: false,
        grpc: None,
        module: None,
        docs_url: None,
        constants: &[],
        without_message: false,
        without_data: false,
        code_is_symbol: false,
    };

    /// The keys that name a field of the body, as `envelope(...)` spells
    /// them, each with the name it gives (`("status", Some("status"))`):
    /// the one list the JSON export and the lock describe a shape by.
    #[cfg(feature = "alloc")]
    #[must_use]
    pub(crate) const fn named(&self) -> [(&'static str, Option<&'static str>); 5] {
        let under = if self.list { "under_list" } else { "under" };
        [
            (under, self.under),
            ("status", self.status),
            ("grpc", self.grpc),
            ("module", self.module),
            ("docs_url", self.docs_url),
        ]
    }

    /// Whether it is [`PLAIN`](Self::PLAIN).
    #[must_use]
    pub const fn is_plain(&self) -> bool {
        self.under.is_none()
            && self.status.is_none()
            && self.grpc.is_none()
            && self.module.is_none()
            && self.docs_url.is_none()
            && self.constants.is_empty()
            && !self.without_message
            && !self.without_data
            && !self.code_is_symbol
    }

    /// Used by the generated code.
    #[doc(hidden)]
    #[must_use]
    #[allow(clippy::too_many_arguments, clippy::fn_params_excessive_bools)]
    pub const fn __new(
        under: Option<&'static str>,
        list: bool,
        status: Option<&'static str>,
        status_is_string: bool,
        grpc: Option<&'static str>,
        module: Option<&'static str>,
        docs_url: Option<&'static str>,
        constants: &'static [(&'static str, &'static str)],
        [without_message, without_data, code_is_symbol]: [bool; 3],
    ) -> Self {
        Self {
            under,
            list,
            status,
            status_is_string,
            grpc,
            module,
            docs_url,
            constants,
            without_message,
            without_data,
            code_is_symbol,
        }
    }
}

impl FieldNames {
    /// Used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        code: &'static str,
        message: &'static str,
        data: &'static str,
        null_data: bool,
        flatten: bool,
    ) -> Self {
        Self {
            code,
            message,
            data,
            null_data,
            flatten,
            shape: BodyShape::PLAIN,
            code_header: None,
        }
    }

    /// The same names with a header carrying the code. Used by the
    /// generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __code_header(mut self, name: &'static str) -> Self {
        self.code_header = Some(name);
        self
    }

    /// The same names in `shape`. Used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __shaped(mut self, shape: BodyShape) -> Self {
        self.shape = shape;
        self
    }

    /// `{"code": ..., "message": ..., "data": ...}`, `data` written as `null`
    /// when there is none.
    pub const DEFAULT: Self = Self {
        code: "code",
        message: "message",
        data: "data",
        null_data: true,
        flatten: false,
        shape: BodyShape::PLAIN,
        code_header: None,
    };
}

impl Default for FieldNames {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// The success code of a catalogue without a `success` entry.
pub const DEFAULT_SUCCESS_CODE: i64 = 0;

/// The success message of a catalogue without a `success` entry.
pub const DEFAULT_SUCCESS_MESSAGE: &str = "ok";

/// The code `C`'s envelopes answer success with: its `success` entry's,
/// else [`DEFAULT_SUCCESS_CODE`]; `None` for an errors-only catalogue
/// ([`ErrorCatalog::ERRORS_ONLY`](crate::ErrorCatalog::ERRORS_ONLY)), whose
/// successes have no code. The envelope, the docs export, OpenAPI and the
/// lock all read it here.
#[must_use]
pub fn success_code<C: crate::ErrorCatalog>() -> Option<i64> {
    if C::ERRORS_ONLY {
        return None;
    }
    Some(C::success().map_or(DEFAULT_SUCCESS_CODE, |entry| entry.code))
}
