//! Generated files kept current: a committed TypeScript module or docs
//! page is checked like a lock ([`check_generated`]).

use std::format;
use std::path::Path;
use std::string::String;

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
