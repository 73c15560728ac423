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
//! longer retired; when what a gRPC client matches an error on changed (the
//! catalogue's `domain`, which defaults to its name, or a code's `ErrorInfo`
//! reason, which a renamed symbol changes: an old client's
//! `Failure::from_status` would read the error as unknown); or when a data
//! variant's field was removed, renamed, retyped, or added without being
//! optional (AIP-193 forbids removing or renaming `ErrorInfo` metadata).
//! A new code, a newly retired one or a new optional data field fails too,
//! until the lock records it: run the tests once with
//! `ERROR_CODES_LOCK=update` (then commit the lock). Changed messages and
//! symbols are reported without failing (wording may improve), but a
//! symbol is also its gRPC reason unless `reason=` says otherwise.
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
//! domain "ApiError"
//! locale zh-CN
//! code 40101 http=401 module="auth" symbol="UNAUTHORIZED" message="Login again."
//! code 40401 http=404 grpc=FAILED_PRECONDITION symbol="NO_SUCH_ORDER" message="No such order."
//! code 42901 http=429 symbol="THROTTLED" data="retry_after:integer,note:string?" message="Slow down."
//! retired 40007
//! retired 40010..=40012
//! ```

// A std module of a `#![no_std]` crate: what it takes of std's prelude.
use std::borrow::ToOwned;
use std::string::ToString;
use std::vec::Vec;
use std::{eprint, format};

use std::fmt::Display;
use std::path::Path;

use crate::ErrorCatalog;

mod compare;
mod format;
mod report;

pub use compare::{Problem, compare};
pub use format::{Lock, Locked, ParseError, Wire};
pub use report::{Failure, Report};

/// Kept here for one release; the check of generated files lives beside
/// the generators, in [`docs`](crate::docs).
pub use crate::docs::{check_generated, verify_generated};

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

/// Whether `ERROR_CODES_LOCK=update` is set; panics on any other value.
#[track_caller]
pub(crate) fn update_asked() -> bool {
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
