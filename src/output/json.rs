//! Pair rows as JSON: `{"pairs": [...]}`, keys in the documented order, scores as numbers.

use serde::{Serialize, Serializer};

use super::PairRow;
use crate::score::Hundredths;

#[derive(Serialize)]
struct Document<'a> {
    pairs: &'a [PairRow],
}

pub fn render(rows: &[PairRow]) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(&Document { pairs: rows }).expect("rows serialize");
    out.push(b'\n');
    out
}

#[derive(Serialize)]
struct PlanDocument<'a> {
    pairs: &'a [PairRow],
    summary: &'a crate::plan::Summary,
}

pub fn render_plan(rows: &[PairRow], summary: &crate::plan::Summary) -> Vec<u8> {
    let doc = PlanDocument {
        pairs: rows,
        summary,
    };
    let mut out = serde_json::to_vec_pretty(&doc).expect("plan serializes");
    out.push(b'\n');
    out
}

/// Serialises a score in hundredths as a JSON number with at most two decimals.
pub fn score<S: Serializer>(score: &Hundredths, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(f64::from(*score) / 100.0)
}
