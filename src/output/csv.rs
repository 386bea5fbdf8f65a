//! Pair rows as CSV: the documented header, lists joined by "; ", scores with two decimals.
//!
//! Safe to open in a spreadsheet: a text cell starting with `=`, `+`, `-`, `@`, a tab or a
//! carriage return gets a leading `'`, so Excel, LibreOffice or Google Sheets show it as text
//! instead of running it as a formula (OWASP's advice against CSV injection). Rank and score
//! are numbers and never touched. [`CsvOptions`] adds a byte-order mark and, where the run's
//! region writes a decimal comma (French, most Spanish), `;` and `80,00` (`--excel`), or
//! another delimiter (`--out-delimiter`).

use std::borrow::Cow;

use super::rows::PairRow;
use crate::i18n::Locale;
use crate::score::format_score;

pub(super) const HEADER: [&str; 10] = [
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

/// How CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CsvOptions {
    /// The field delimiter (`,` by default; `;` for Excel in many European locales).
    pub delimiter: u8,
    /// Start with a UTF-8 byte-order mark, so Excel reads accents right.
    pub bom: bool,
    /// Scores with a decimal comma (`80,00`), as spreadsheets in France or Spain read
    /// numbers.
    pub decimal_comma: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        Self {
            delimiter: b',',
            bom: false,
            decimal_comma: false,
        }
    }
}

impl CsvOptions {
    /// The CSV a command line asks for. Plain CSV is the machine contract: `,` and a
    /// decimal point in every language. `--excel` writes what a spreadsheet in the run's
    /// locale opens as numbers: a byte-order mark, and where the region writes a decimal
    /// comma (France, Spain, Argentina, South Africa…) `;` between fields and `80,00`
    /// (Excel and LibreOffice there read `80.00` as text); where it writes a point
    /// (English, Mexico, Central America…) `,` and `80.00`, whatever the language of the
    /// words. `--out-delimiter` sets the delimiter in every case.
    pub(crate) fn new(excel: bool, delimiter: Option<u8>, locale: Locale) -> Self {
        let comma = excel && locale.decimal_comma;
        Self {
            delimiter: delimiter.unwrap_or(if comma { b';' } else { b',' }),
            bom: excel,
            decimal_comma: comma,
        }
    }
}

/// The UTF-8 byte-order mark.
pub(super) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Pair rows as CSV bytes.
#[cfg(test)]
pub(super) fn render(rows: &[PairRow], options: CsvOptions) -> Vec<u8> {
    let mut out = Vec::new();
    write(rows.iter().cloned(), options, &mut out).expect("writing to memory cannot fail");
    out
}

/// Rows rendered together, in parallel, before they are written in order.
const BATCH: usize = 8_192;

/// Streams pair rows as CSV to `w`, a batch at a time (rendered in parallel: a million
/// groups' candidates are ten million rows).
pub(super) fn write<'r>(
    mut rows: impl Iterator<Item = PairRow<'r>>,
    options: CsvOptions,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    if options.bom {
        w.write_all(BOM)?;
    }
    let mut header = writer(options, Vec::new());
    header.write_record(HEADER).map_err(io_error)?;
    w.write_all(&header.into_inner().map_err(|e| e.into_error())?)?;
    loop {
        let batch: Vec<PairRow> = rows.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            return w.flush();
        }
        let parts: Vec<Vec<u8>> = batch
            .par_chunks(BATCH / 16)
            .map(|part| records(part, options))
            .collect::<std::io::Result<_>>()?;
        for part in parts {
            w.write_all(&part)?;
        }
    }
}

/// A CSV writer with `options`' delimiter.
fn writer<W: std::io::Write>(options: CsvOptions, w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .from_writer(w)
}

/// `rows` as CSV records.
fn records(rows: &[PairRow], options: CsvOptions) -> std::io::Result<Vec<u8>> {
    let mut w = writer(options, Vec::new());
    for r in rows {
        let texts = r.text_cells();
        let rank = r.rank.to_string();
        let mut score = format_score(r.score);
        if options.decimal_comma {
            score = score.replace('.', ",");
        }
        let mut record: Vec<Cow<str>> = vec![Cow::from(rank), Cow::from(score)];
        record.extend(texts.iter().map(|t| neutralise(t)));
        w.write_record(record.iter().map(|c| c.as_bytes()))
            .map_err(io_error)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// The I/O error inside a CSV write error, so a closed pipe stays a closed pipe (and twin
/// exits 0, like any filter whose reader stopped early).
fn io_error(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// `text` as a spreadsheet will show it, never as a formula: prefixed with `'` when it
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
pub(super) fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row<'a>(name_a: &'a str, id_b: &'a str) -> PairRow<'a> {
        PairRow {
            rank: 1,
            score: 8050,
            id_a: "A",
            name_a,
            country_a: "FR",
            id_b,
            name_b: "Équipe, Lima",
            country_b: "PE",
            shared_themes: vec!["health"],
            shared_languages: vec!["fr", "es"],
        }
    }

    #[test]
    fn formula_like_text_is_neutralised_and_numbers_are_not() {
        let rows = [
            row("=1+1", "B"),
            row("-5 Équipe", "@B"),
            row("+33 group", "\tB"),
            row("Lyon - Croix-Rousse", "=HYPERLINK(\"x\")"),
        ];
        let text = String::from_utf8(render(&rows, CsvOptions::default())).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], HEADER.join(","));
        assert_eq!(
            lines[1],
            "1,80.50,A,'=1+1,FR,B,\"Équipe, Lima\",PE,health,fr; es"
        );
        assert!(
            lines[2].starts_with("1,80.50,A,'-5 Équipe,FR,'@B,"),
            "{text}"
        );
        assert!(
            lines[3].starts_with("1,80.50,A,'+33 group,FR,'\tB,"),
            "{text}"
        );
        assert!(
            lines[4].starts_with("1,80.50,A,Lyon - Croix-Rousse,FR,\"'=HYPERLINK(\"\"x\"\")\","),
            "{text}"
        );
        assert_eq!(neutralise("\rx"), "'\rx");
        assert_eq!(neutralise("plain"), "plain");
    }

    #[test]
    fn the_bom_and_the_delimiter_follow_the_options() {
        let rows = [row("Équipe", "B")];
        let plain = render(&rows, CsvOptions::default());
        let excel = render(
            &rows,
            CsvOptions {
                delimiter: b';',
                bom: true,
                decimal_comma: false,
            },
        );
        assert!(!plain.starts_with(BOM));
        assert!(excel.starts_with(BOM));
        let text = std::str::from_utf8(&excel[BOM.len()..]).unwrap();
        assert!(text.starts_with("rank;score;id_a;"), "{text}");
        // A cell holding the delimiter is quoted; "; " inside lists too.
        assert!(
            text.contains(";Équipe, Lima;PE;health;\"fr; es\"\n"),
            "{text}"
        );
    }

    #[test]
    fn excel_follows_the_regions_decimal_sign_not_the_language() {
        use crate::i18n::{Lang, from_tag};
        let rows = [row("Équipe", "B")];
        let first_row = |options: CsvOptions| {
            let bytes = render(&rows, options);
            assert!(bytes.starts_with(BOM));
            let text = std::str::from_utf8(&bytes[BOM.len()..])
                .unwrap()
                .to_string();
            text.lines().nth(1).unwrap().to_string()
        };
        for (tag, comma) in [
            ("en", false),
            ("fr", true),
            ("es", true),
            ("es-ES", true),
            ("es-MX", false),
            ("fr-CH", true),
            ("en-ZA", true),
        ] {
            let locale = from_tag(tag).unwrap();
            let row = first_row(CsvOptions::new(true, None, locale));
            if comma {
                assert!(row.starts_with("1;80,50;A;"), "{tag}: {row}");
            } else {
                assert!(row.starts_with("1,80.50,A,"), "{tag}: {row}");
            }
            // Plain CSV is the contract, whatever the language and region.
            assert_eq!(CsvOptions::new(false, None, locale), CsvOptions::default());
        }
        // --out-delimiter wins; the comma in the score is then quoted, never ambiguous.
        let row = first_row(CsvOptions::new(true, Some(b','), Locale::of(Lang::Fr)));
        assert!(row.starts_with("1,\"80,50\",A,"), "{row}");
        let mexico = from_tag("es-MX").unwrap();
        let row = first_row(CsvOptions::new(true, Some(b';'), mexico));
        assert!(row.starts_with("1;80.50;A;"), "{row}");
    }
}
