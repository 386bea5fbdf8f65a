//! Pair rows as a readable table for the terminal.

use comfy_table::{Cell, CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};

use super::{Layout, PairRow};
use crate::score::format_score;

/// Columns separated by spaces, the header underlined: quiet, and easy to paste.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

pub fn render(rows: &[PairRow], layout: Layout) -> String {
    if rows.is_empty() {
        return "No eligible pair.\n".to_string();
    }
    let mut table = Table::new();
    table
        .load_style(STYLE)
        .set_content_arrangement(ContentArrangement::Disabled);
    let header = match layout {
        Layout::PerGroup => [
            "group",
            "#",
            "score",
            "candidate",
            "shared themes",
            "languages",
        ],
        Layout::Pairs => [
            "#",
            "score",
            "group A",
            "group B",
            "shared themes",
            "languages",
        ],
    };
    table.set_header(header);
    let mut previous: Option<&str> = None;
    for r in rows {
        let a = format!("{} {} ({})", r.id_a, r.name_a, r.country_a);
        let b = format!("{} {} ({})", r.id_b, r.name_b, r.country_b);
        let themes = r.shared_themes.join(", ");
        let langs = r.shared_languages.join(", ");
        let rank = Cell::new(r.rank).set_alignment(CellAlignment::Right);
        let score = Cell::new(format_score(r.score)).set_alignment(CellAlignment::Right);
        match layout {
            Layout::PerGroup => {
                let first = previous != Some(r.id_a.as_str());
                previous = Some(&r.id_a);
                let group = if first { a } else { String::new() };
                table.add_row(vec![
                    Cell::new(group),
                    rank,
                    score,
                    Cell::new(b),
                    Cell::new(themes),
                    Cell::new(langs),
                ]);
            }
            Layout::Pairs => {
                table.add_row(vec![
                    rank,
                    score,
                    Cell::new(a),
                    Cell::new(b),
                    Cell::new(themes),
                    Cell::new(langs),
                ]);
            }
        }
    }
    // Padding leaves trailing spaces after the last column; drop them.
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
