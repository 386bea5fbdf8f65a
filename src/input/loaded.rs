//! What reading produced: the records, and every problem, warning and note on the way.

use crate::error::Problem;
use crate::model::profile::Record;

/// What reading a set of files produced.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    /// Errors (the run fails if any).
    pub problems: Vec<Problem>,
    /// Warnings that do not fail the run (e.g. ignored columns).
    pub warnings: Vec<Problem>,
    /// What the user should know about how a file was read (e.g. a guessed encoding).
    pub notes: Vec<Problem>,
}
