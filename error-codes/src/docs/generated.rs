//! Generated files kept current: a committed TypeScript module or docs
//! page is checked like a lock ([`check_generated`]).

use std::format;
use std::path::Path;
use std::string::String;
use std::vec::Vec;

use crate::lock::{UPDATE_VARIABLE, update_asked};

/// Checks that the generated file at `path` holds `expected` (the
/// TypeScript of a catalogue, a docs page), as [`lock::check`](crate::lock::check) checks a lock:
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
///     error_codes::docs::check_generated("../web/src/errors.ts", &module);
/// }
/// ```
///
/// Alone, it writes in an update run whatever the lock says; to write a
/// file only behind a lock that passes, chain it on the lock's report:
/// [`Report::check_generated`](crate::lock::Report::check_generated).
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
    let update = format!("run the tests with {UPDATE_VARIABLE}=update to write it, then commit it");
    let found = match std::fs::read_to_string(path) {
        Ok(found) => found,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!("{} does not exist: {update}", path.display()));
        }
        Err(error) => return Err(format!("{}: cannot read it: {error}", path.display())),
    };
    // A checkout with `core.autocrlf` writes CRLF: the same text.
    let found = found.replace("\r\n", "\n");
    if found == expected.replace("\r\n", "\n") {
        return Ok(());
    }
    let (found, expected): (Vec<&str>, Vec<&str>) =
        (found.lines().collect(), expected.lines().collect());
    let differs = found
        .iter()
        .zip(&expected)
        .position(|(found, expected)| found != expected);
    let line = differs
        .unwrap_or_else(|| found.len().min(expected.len()))
        .saturating_add(1);
    let how = match (differs, found.len().cmp(&expected.len())) {
        (Some(_), _) => format!("it differs from line {line}"),
        (None, core::cmp::Ordering::Less) => format!("it ends before line {line}"),
        (None, core::cmp::Ordering::Greater) => format!("it has more lines, from line {line}"),
        (None, core::cmp::Ordering::Equal) => "only its final line break differs".into(),
    };
    Err(format!(
        "{} is not current ({how}): {update}",
        path.display()
    ))
}
