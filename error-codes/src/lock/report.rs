//! What a check says: a [`Report`] when it passed, a [`Failure`] when not.

use std::string::String;
use std::vec::Vec;

use std::fmt::{self, Display, Formatter};

use super::{Problem, UPDATE_VARIABLE};

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
    /// Whether the lock was written ([`update`](super::update)).
    pub written: bool,
}

impl Report {
    /// Keeps a file generated from the locked catalogue (its TypeScript
    /// module, a docs page) behind the lock: when this report wrote the
    /// lock (an update run), writes `expected` to `path`; else checks it as
    /// [`docs::check_generated`](crate::docs::check_generated) does. A
    /// report exists only for a lock that passed, so an update run whose
    /// lock fails rewrites no generated file ahead of it:
    ///
    /// ```no_run
    /// # use error_codes::ErrorCatalog;
    /// # #[derive(Debug, ErrorCatalog)]
    /// # enum ApiError { #[code(40101, message = "Login again.")] Unauthorized }
    /// #[test]
    /// fn the_codes_and_the_frontend_types_are_current() {
    ///     error_codes::lock::check::<ApiError>("errors.lock")
    ///         .check_generated("../web/src/errors.ts", &error_codes::docs::typescript::<ApiError>());
    /// }
    /// ```
    ///
    /// # Panics
    ///
    /// When the file is missing or differs (a report that did not write
    /// the lock), or cannot be written (one that did).
    #[track_caller]
    pub fn check_generated(&self, path: impl AsRef<std::path::Path>, expected: &str) -> &Self {
        let path = path.as_ref();
        if self.written {
            if let Err(error) = std::fs::write(path, expected) {
                panic!("{}: cannot write it: {error}", path.display());
            }
        } else if let Err(stale) = crate::docs::verify_generated(path, expected) {
            panic!("{stale}");
        }
        self
    }
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
