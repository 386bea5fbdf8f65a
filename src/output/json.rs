//! Pair rows as JSON: `{"pairs": [...]}`, keys in the documented order, scores as numbers.

use std::cell::RefCell;
use std::io::Write;

use serde::{Serialize, Serializer};

use super::rows::PairRow;
use crate::plan::Summary;

/// A sequence serialised straight from an iterator, so rows are never all in memory.
struct Lazy<I>(RefCell<Option<I>>);

impl<I: Iterator<Item = PairRow>> Serialize for Lazy<I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let rows = self.0.borrow_mut().take();
        s.collect_seq(rows.into_iter().flatten())
    }
}

#[derive(Serialize)]
#[serde(bound = "")]
struct Document<I: Iterator<Item = PairRow>> {
    pairs: Lazy<I>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Summary>,
}

/// Streams `{"pairs": [...]}` (and `"summary"` for a plan) to `w`, pretty-printed.
pub fn write(
    rows: impl Iterator<Item = PairRow>,
    summary: Option<&Summary>,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let doc = Document {
        pairs: Lazy(RefCell::new(Some(rows))),
        summary: summary.cloned(),
    };
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    w.write_all(b"\n")
}
