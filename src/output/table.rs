//! Pair rows as a readable table for the terminal, streamed: a first pass over the rows
//! measures the columns, a second writes the table row by row, so a table of a million
//! pairs never holds a million rows (the rows are produced twice instead).
//!
//! Every cell is file text made safe with [`escape`] and shortened to [`MAX_CELL_WIDTH`]
//! columns with "…" (the table only: CSV, JSON and xlsx keep the whole text), so one huge
//! name neither floods the terminal nor costs more than one linear pass. Shared themes are
//! shown by their names in the run's language (`food security`, `sécurité alimentaire`),
//! where CSV, JSON and xlsx keep their ids (`food-security`), the machine contract.

use std::collections::HashMap;
use std::io::{self, Write};

use unicode_width::UnicodeWidthChar;

use super::fit;
use super::rows::{Layout, PairRow};
use super::terminal::escape;
use crate::i18n::{Lang, tr};
use crate::model::reference::Reference;

/// The widest a cell is shown, in terminal columns; longer text ends with "…". Wide enough
/// that no real cell is cut (all 20 built-in themes shared take 300 columns; names are far
/// shorter), narrow enough that a hostile 100 MB name cannot pad every row of the table to
/// 100 MB.
pub(super) const MAX_CELL_WIDTH: usize = 320;

/// Columns of a table.
const COLUMNS: usize = 6;

/// Theme ids and the names the table shows for them, in the run's language; an id not in
/// the map (or no map) is shown as it is.
struct ThemeNames<'a>(HashMap<&'a str, &'a str>);

impl<'a> ThemeNames<'a> {
    fn new(reference: Option<&'a Reference>, lang: Lang) -> Self {
        let map = reference.map_or_else(HashMap::new, |r| {
            r.themes
                .iter()
                .map(|t| (t.id.as_str(), super::names::theme_in(lang, t)))
                .collect()
        });
        ThemeNames(map)
    }

    /// The shared themes of a row, named, separated by commas.
    fn cell(&self, ids: &[&str]) -> String {
        let named: Vec<&str> = ids
            .iter()
            .map(|&id| self.0.get(id).copied().unwrap_or(id))
            .collect();
        named.join(", ")
    }
}

/// One row's cells, made safe and short, with their display widths.
struct Cells {
    text: [String; COLUMNS],
    width: [usize; COLUMNS],
}

/// Writes the rows `rows()` yields as a table to `w`. Columns are as wide as the widest
/// cell `measure` yields: `rows()` itself (then `rows` is called twice and must yield the
/// same rows both times), or rows whose cells are at least as wide as any of `rows()`'s (a
/// bound, when the rows are too many to go through twice).
///
/// With `fit` (a terminal's width), a table wider than the terminal wraps its names,
/// themes and languages within narrower columns (see [`fit::widths`]); without, every row
/// is one line, whatever its width (the stable format of pipes and files). `names` gives the
/// shared themes' names in the run's language (none: the ids of the rows).
pub(super) fn write<'r, I: Iterator<Item = PairRow<'r>>, J: Iterator<Item = PairRow<'r>>>(
    rows: &dyn Fn() -> I,
    measure: Option<&dyn Fn() -> J>,
    layout: Layout,
    fit: Option<usize>,
    names: Option<&Reference>,
    w: &mut dyn Write,
) -> io::Result<()> {
    let themes = ThemeNames::new(names, crate::i18n::current());
    let header = header(layout);
    let right = match layout {
        Layout::PerGroup | Layout::Groups => [false, true, true, false, false, false],
        Layout::Pairs => [true, true, false, false, false, false],
    };
    let widths = match measure {
        Some(bounds) => widths(bounds(), layout, &themes),
        None => widths(rows(), layout, &themes),
    };
    let Some(mut widths) = widths else {
        return w.write_all(empty().as_bytes());
    };
    if let Some(columns) = fit {
        // Each cell has a space either side, and one more between two cells.
        let budget = columns.saturating_sub(3 * COLUMNS - 1);
        let fitted = fit::widths(&widths, &wraps(layout), budget);
        widths.copy_from_slice(&fitted);
    }
    // The header goes out with the first row: rows are produced once more only to measure.
    let mut started = false;
    let mut previous = None;
    for r in rows() {
        if !started {
            started = true;
            let header_cells = Cells {
                width: header.each_ref().map(|h| display_width(h)),
                text: header.clone(),
            };
            line(w, &header_cells, &widths, [false; COLUMNS])?;
            let rule: Vec<String> = widths.iter().map(|&n| "─".repeat(n + 2)).collect();
            writeln!(w, "{}", rule.join(" "))?;
        }
        line(
            w,
            &cells(&r, layout, &themes, &mut previous),
            &widths,
            right,
        )?;
    }
    if !started {
        w.write_all(empty().as_bytes())?;
    }
    Ok(())
}

/// The columns that may wrap to fit a terminal: names, themes and languages (never the
/// rank or the score).
fn wraps(layout: Layout) -> [bool; COLUMNS] {
    match layout {
        Layout::Pairs => [false, false, true, true, true, true],
        _ => [true, false, false, true, true, true],
    }
}

/// The column widths for `rows` (headers included), or `None` when there is no row.
fn widths<'r>(
    rows: impl Iterator<Item = PairRow<'r>>,
    layout: Layout,
    themes: &ThemeNames,
) -> Option<[usize; COLUMNS]> {
    let mut widths = header(layout).map(|h| display_width(&h));
    let mut any = false;
    let mut previous = None;
    for r in rows {
        any = true;
        let cells = cells(&r, layout, themes, &mut previous);
        for (w, c) in widths.iter_mut().zip(cells.width) {
            *w = (*w).max(c);
        }
    }
    any.then_some(widths)
}

/// The column headers of `layout`, in the run's language.
fn header(layout: Layout) -> [String; COLUMNS] {
    let ids = match layout {
        Layout::PerGroup => [
            "table-group",
            "table-rank",
            "table-score",
            "table-candidate",
            "table-shared-themes",
            "table-languages",
        ],
        Layout::Groups => [
            "table-group",
            "table-rank",
            "table-score",
            "table-twin",
            "table-shared-themes",
            "table-languages",
        ],
        Layout::Pairs => [
            "table-rank",
            "table-score",
            "table-group-a",
            "table-group-b",
            "table-shared-themes",
            "table-languages",
        ],
    };
    ids.map(|id| tr(id, &[]))
}

/// Shown when there is no row.
fn empty() -> String {
    format!("{}\n", tr("table-empty", &[]))
}

/// A row's cells in `layout`; in per-group lists, the group is shown on its first row only
/// (`previous` holds the group of the row before).
fn cells(r: &PairRow, layout: Layout, themes: &ThemeNames, previous: &mut Option<String>) -> Cells {
    let label = |id: &str, name: &str, country: &str| {
        format!("{} {} ({})", escape(id), escape(name), escape(country))
    };
    let a = label(r.id_a, r.name_a, r.country_a);
    let b = label(r.id_b, r.name_b, r.country_b);
    let themes = escape(&themes.cell(&r.shared_themes)).into_owned();
    let langs = escape(&r.shared_languages.join(", ")).into_owned();
    let rank = r.rank.to_string();
    let score = super::names::score(u64::from(r.score));
    let text = match layout {
        Layout::PerGroup | Layout::Groups => {
            let first = previous.as_deref() != Some(r.id_a);
            if first {
                *previous = Some(r.id_a.to_owned());
            }
            let group = if first { a } else { String::new() };
            [group, rank, score, b, themes, langs]
        }
        Layout::Pairs => [rank, score, a, b, themes, langs],
    };
    let mut width = [0; COLUMNS];
    let text = text.map(|t| shorten(t, MAX_CELL_WIDTH));
    for (w, t) in width.iter_mut().zip(&text) {
        *w = display_width(t);
    }
    Cells { text, width }
}

/// Writes one row: each cell padded to its column (right-aligned where `right`), with one
/// space either side and between columns, trailing spaces dropped. A cell wider than its
/// column (a table fitted to a terminal) wraps onto the row's next lines.
fn line(
    w: &mut dyn Write,
    cells: &Cells,
    widths: &[usize; COLUMNS],
    right: [bool; COLUMNS],
) -> io::Result<()> {
    let pieces: Vec<Vec<String>> = (0..COLUMNS)
        .map(|i| {
            if cells.width[i] <= widths[i] {
                vec![cells.text[i].clone()]
            } else {
                fit::wrap(&cells.text[i], widths[i])
            }
        })
        .collect();
    let height = pieces.iter().map(Vec::len).max().unwrap_or(1);
    let mut out = String::new();
    for k in 0..height {
        let start = out.len();
        for i in 0..COLUMNS {
            if i > 0 {
                out.push(' ');
            }
            let text = pieces[i].get(k).map_or("", String::as_str);
            let pad = " ".repeat(widths[i].saturating_sub(display_width(text)));
            out.push(' ');
            if right[i] {
                out.push_str(&pad);
                out.push_str(text);
            } else {
                out.push_str(text);
                out.push_str(&pad);
            }
            out.push(' ');
        }
        out.truncate(start + out[start..].trim_end().len());
        out.push('\n');
    }
    w.write_all(out.as_bytes())
}

/// How many terminal columns `text` takes (as comfy-table and most terminals count them).
fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` columns, ending with "…" when cut: one pass, linear in the
/// length of the text.
fn shorten(text: String, max: usize) -> String {
    if text.len() <= max {
        // At most `max` bytes: at most `max` columns.
        return text;
    }
    let mut used = 0;
    let mut cut = None;
    for (at, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if cut.is_none() && used + w > max - 1 {
            // Past here only "…" (one column) fits, if nothing more follows.
            cut = Some(at);
        }
        used += w;
        if used > max {
            let mut short = text[..cut.unwrap_or(at)].to_string();
            short.push('…');
            return short;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::format_score;

    fn row<'a>(rank: usize, id_a: &'a str, name_a: &'a str, id_b: &'a str) -> PairRow<'a> {
        PairRow {
            rank,
            score: 7400,
            id_a,
            name_a,
            country_a: "FR",
            id_b,
            name_b: "Équipe Lima",
            country_b: "PE",
            shared_themes: vec!["health", "elderly"],
            shared_languages: vec!["fr"],
        }
    }

    fn render<'r>(rows: &'r [PairRow<'r>], layout: Layout) -> String {
        let mut out = Vec::new();
        let exact: Option<&dyn Fn() -> std::iter::Empty<PairRow<'r>>> = None;
        write(
            &|| rows.iter().cloned(),
            exact,
            layout,
            None,
            None,
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The table comfy-table drew before this renderer (the oracle for the layout).
    fn comfy(rows: &[PairRow], layout: Layout) -> String {
        use comfy_table::{Cell, CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};
        const STYLE: TableStyle =
            TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));
        let mut table = Table::new();
        table
            .load_style(STYLE)
            .set_content_arrangement(ContentArrangement::Disabled);
        // The header words are not what the oracle checks (the layout is): take them from
        // the renderer.
        table.set_header(header(layout));
        let mut previous: Option<&str> = None;
        for r in rows {
            let a = format!("{} {} ({})", r.id_a, r.name_a, r.country_a);
            let b = format!("{} {} ({})", r.id_b, r.name_b, r.country_b);
            let rank = Cell::new(r.rank).set_alignment(CellAlignment::Right);
            let score = Cell::new(format_score(r.score)).set_alignment(CellAlignment::Right);
            let (t, l) = (r.shared_themes.join(", "), r.shared_languages.join(", "));
            match layout {
                Layout::PerGroup | Layout::Groups => {
                    let first = previous != Some(r.id_a);
                    previous = Some(r.id_a);
                    let group = if first { a } else { String::new() };
                    table.add_row(vec![
                        Cell::new(group),
                        rank,
                        score,
                        Cell::new(b),
                        Cell::new(t),
                        Cell::new(l),
                    ]);
                }
                Layout::Pairs => {
                    table.add_row(vec![
                        rank,
                        score,
                        Cell::new(a),
                        Cell::new(b),
                        Cell::new(t),
                        Cell::new(l),
                    ]);
                }
            }
        }
        table
            .lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect()
    }

    #[test]
    fn the_layout_is_the_one_comfy_table_drew() {
        let rows = [
            row(1, "A", "Lyon Solidarité", "B"),
            row(2, "A", "Lyon Solidarité", "CC-1"),
            row(1, "D", "中文名字 wide", "B"),
            row(10, "E", "", "B"),
        ];
        for layout in [Layout::PerGroup, Layout::Groups, Layout::Pairs] {
            assert_eq!(render(&rows, layout), comfy(&rows, layout), "{layout:?}");
        }
        assert_eq!(render(&[], Layout::Pairs), empty());
    }

    #[test]
    fn shared_themes_are_shown_by_their_names_in_the_language() {
        let r = crate::settings::Config::default_config().reference;
        let mut rows = [row(1, "A", "Lyon", "B")];
        rows[0].shared_themes = vec!["food-security", "not-a-theme"];
        let mut out = Vec::new();
        let exact: Option<&dyn Fn() -> std::iter::Empty<PairRow<'static>>> = None;
        let all = || rows.iter().cloned();
        write(&all, exact, Layout::Pairs, None, Some(&r), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        // Unit tests run in English: the English label; an id twin does not know as is.
        assert!(text.contains("  food security, not-a-theme"), "{text}");
        assert!(!text.contains("food-security"), "{text}");
        let ids = &rows[0].shared_themes;
        for (lang, name) in [
            (Lang::Fr, "sécurité alimentaire, not-a-theme"),
            (Lang::Es, "seguridad alimentaria, not-a-theme"),
        ] {
            assert_eq!(ThemeNames::new(Some(&r), lang).cell(ids), name);
        }
        // Without reference data: the ids, as the rows hold them.
        assert_eq!(
            ThemeNames::new(None, Lang::Fr).cell(ids),
            "food-security, not-a-theme"
        );
    }

    #[test]
    fn control_characters_are_escaped_and_long_cells_shortened() {
        let long = "x".repeat(10_000);
        let rows = [row(1, "A\u{1b}[31m", &long, "B\u{7}")];
        let text = render(&rows, Layout::Pairs);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text}"
        );
        assert!(text.contains("A\\u{1b}[31m x"), "{text}");
        assert!(text.contains("B\\u{7} Équipe Lima (PE)"), "{text}");
        let widest = text.lines().map(display_width).max().unwrap();
        assert!(widest < 4 * MAX_CELL_WIDTH, "{widest}");
        assert!(text.contains("xx…"), "{text}");
    }

    #[test]
    fn columns_measured_on_bounds_hold_every_row_in_one_pass() {
        let rows = [row(1, "A", "Lyon", "B"), row(2, "A", "Lyon", "C")];
        let exact: Option<&dyn Fn() -> std::iter::Empty<PairRow<'static>>> = None;
        let mut plain = Vec::new();
        write(
            &|| rows.iter().cloned(),
            exact,
            Layout::Pairs,
            None,
            None,
            &mut plain,
        )
        .unwrap();
        // Bounds equal to the rows: the same table.
        let mut same = Vec::new();
        let bounds = || rows.iter().cloned();
        write(
            &|| rows.iter().cloned(),
            Some(&bounds),
            Layout::Pairs,
            None,
            None,
            &mut same,
        )
        .unwrap();
        assert_eq!(same, plain);
        // Wider bounds: wider columns, every line still aligned on them.
        let wide = [row(100, "A-LONGER", "Lyon Croix-Rousse", "B")];
        let bounds = || wide.iter().cloned();
        let mut out = Vec::new();
        write(
            &|| rows.iter().cloned(),
            Some(&bounds),
            Layout::Pairs,
            None,
            None,
            &mut out,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(
            lines[2].starts_with("   1   74.00   A Lyon (FR)   "),
            "{text}"
        );
        let at = |l: &str| l.find("Équipe").unwrap();
        assert_eq!(at(lines[2]), at(lines[3]), "{text}");
        // No row: the empty message, whatever the bounds.
        let mut none = Vec::new();
        write(
            &|| [].into_iter(),
            Some(&bounds),
            Layout::Pairs,
            None,
            None,
            &mut none,
        )
        .unwrap();
        assert_eq!(none, empty().as_bytes());
    }

    #[test]
    fn shortening_counts_columns_not_bytes() {
        assert_eq!(shorten("abc".into(), 3), "abc");
        assert_eq!(shorten("abcd".into(), 3), "ab…");
        assert_eq!(shorten("ééé".into(), 3), "ééé");
        assert_eq!(shorten("éééé".into(), 3), "éé…");
        // Wide characters take two columns: "中中" is 4, with "…" at most 3 fit.
        assert_eq!(shorten("中中中".into(), 4), "中…");
        assert_eq!(display_width(&shorten("中".repeat(100), 9)), 9);
    }

    fn render_fitted<'r>(rows: &'r [PairRow<'r>], layout: Layout, width: usize) -> String {
        let mut out = Vec::new();
        let exact: Option<&dyn Fn() -> std::iter::Empty<PairRow<'r>>> = None;
        write(
            &|| rows.iter().cloned(),
            exact,
            layout,
            Some(width),
            None,
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_table_fitted_to_a_terminal_wraps_within_its_width_and_loses_nothing() {
        let mut rng = crate::testkit::Rng::new(0x7ab1e);
        let words = [
            "Lyon",
            "Solidarité",
            "Équipe",
            "Saint-Vincent",
            "中文",
            "AIC",
            "de",
            "la",
        ];
        for _ in 0..300 {
            let n = 1 + rng.below(6);
            let texts: Vec<(String, String, usize)> = (0..n)
                .map(|i| {
                    let name: Vec<&str> = (0..1 + rng.below(6))
                        .map(|_| words[rng.below(words.len())])
                        .collect();
                    (format!("G-{i}"), name.join(" "), rng.below(5))
                })
                .collect();
            let themes = ["theme-0", "theme-1", "theme-2", "theme-3", "theme-4"];
            let rows: Vec<PairRow> = texts
                .iter()
                .enumerate()
                .map(|(i, (id, name, shared))| {
                    let mut r = row(i + 1, id, name, "B");
                    r.shared_themes = themes[..*shared].to_vec();
                    r
                })
                .collect();
            for layout in [Layout::PerGroup, Layout::Pairs] {
                let natural = render(&rows, layout);
                let widest = natural.lines().map(display_width).max().unwrap();
                // As wide as the table or wider: the very same table.
                assert_eq!(render_fitted(&rows, layout, widest), natural);
                assert_eq!(render_fitted(&rows, layout, widest + 40), natural);
                // Narrower: every line fits (80 leaves every column its minimum).
                let fitted = render_fitted(&rows, layout, 80);
                for l in fitted.lines() {
                    assert!(display_width(l) <= 80, "{l:?}\n{fitted}");
                }
                // Every word of every cell is still there.
                let words_of = |t: &str| -> Vec<String> {
                    t.split_whitespace()
                        .filter(|w| !w.starts_with('─'))
                        .map(String::from)
                        .collect()
                };
                if widest <= 80 {
                    assert_eq!(fitted, natural);
                } else {
                    let joined: String = fitted.split_whitespace().collect::<Vec<_>>().concat();
                    for word in words_of(&natural) {
                        // A word cut at a line's end is split over two lines: compare
                        // the text without spaces.
                        assert!(joined.contains(&word), "{word:?}\n{fitted}");
                    }
                }
            }
        }
    }
}
