//! Pair rows as CSV: the documented header, lists joined by "; ", scores with two decimals.

use super::PairRow;
use crate::score::format_score;

pub const HEADER: [&str; 10] = [
    "rank",
    "score",
    "id_a",
    "name_a",
    "country_a",
    "id_b",
    "name_b",
    "country_b",
    "shared_themes",
    "shared_languages",
];

pub fn render(rows: &[PairRow]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    w.write_record(HEADER).expect("in-memory write");
    for r in rows {
        w.write_record([
            r.rank.to_string(),
            format_score(r.score),
            r.id_a.clone(),
            r.name_a.clone(),
            r.country_a.clone(),
            r.id_b.clone(),
            r.name_b.clone(),
            r.country_b.clone(),
            r.shared_themes.join("; "),
            r.shared_languages.join("; "),
        ])
        .expect("in-memory write");
    }
    w.into_inner().expect("in-memory write")
}
