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
