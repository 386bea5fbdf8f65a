//! The generic CSV layer: bytes as spreadsheets export them turned into a [`Table`] of text
//! cells with line numbers, before any column means anything.
//!
//! It decodes the text (see `decode`), picks the delimiter (`,` `;` tab `|`) from the header
//! and first rows unless one is forced, splits rows ending in CRLF, LF or a lone CR (old Mac
//! Excel), keeps quoted delimiters, quotes and line breaks, skips blank and all-empty rows,
//! trims header cells (non-breaking spaces included) and drops empty header cells at the end.
//! An unclosed quote is an error at the line where it opens: the csv crate alone would read
//! the rest of the file into one value without a word.
//!
//! Budgets: before the csv crate allocates anything, one pass over the text refuses a value
//! longer than [`MAX_FIELD_BYTES`] or a row longer than [`MAX_ROW_BYTES`], naming the line
//! where it starts, and the delimiter is detected on the first [`SNIFF_BYTES`] only. Every
//! buffer the reader then grows is bounded by these limits, so a file costs memory in
//! proportion to its size, never a multiple of one giant line.

use encoding_rs::Encoding;

use super::decode::{Decoded, decode, encoding_for_label, line_breaks};
use super::lines::LineCursor;
use super::options::ReadOptions;
use crate::error::Problem;
use crate::i18n::tr;

/// How many rows above the header may be titles (`Liste des groupes AIC 2025;;;;`).
pub const MAX_TITLE_ROWS: usize = 5;

/// The delimiters twin detects, in the order ties are broken after the extension's default.
pub(super) const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many rows after the header the delimiter detection looks at.
const SNIFF_ROWS: usize = 20;

/// The most bytes the delimiter detection reads (whole lines up to this size).
pub(super) const SNIFF_BYTES: usize = 1 << 20;

/// The longest value twin reads, in bytes of UTF-8 text (1 MB: a pasted document as a name
/// still fits, a runaway quote or a binary file does not).
pub const MAX_FIELD_BYTES: usize = 1_000_000;

/// The longest row twin reads, in bytes of UTF-8 text, line breaks inside quoted values
/// included (4 MB).
pub const MAX_ROW_BYTES: usize = 4_000_000;

/// The most groups (non-blank rows below the header, or TOML `[[group]]` tables) twin reads
/// from one file: each costs a few hundred bytes however short its row, so this bounds the
/// memory of a file of tiny rows (ten times the largest network twin is tuned for).
pub const MAX_ROWS: usize = 1_000_000;

/// The problem of a file with more than [`MAX_ROWS`] groups, at the line of the first one
/// too many.
pub(super) fn too_many_rows(name: &str, line: u64) -> Problem {
    Problem::new(
        name,
        Some(line),
        tr(
            "input-too-many-rows",
            &[("limit", (MAX_ROWS as u64).into())],
        ),
    )
}

/// A file read as rows of text cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The first row that is not blank, cells trimmed, empty cells at the end dropped; empty
    /// when the file holds no row at all.
    pub header: Vec<String>,
    /// The line where the header starts (1 when there is none).
    pub header_line: u64,
    /// How many cells the header row has, empty ones at the end included: spreadsheets pad
    /// every row to one width, so a row wider than this holds a stray delimiter.
    pub header_width: usize,
    /// The rows after the header, cells as written (not trimmed); blank rows left out.
    pub rows: Vec<Row>,
    pub encoding: &'static Encoding,
    pub delimiter: u8,
    /// What the user should know about how the file was read (e.g. a guessed encoding).
    pub notes: Vec<Problem>,
}

/// One row of a [`Table`], with the line where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

/// The text of a cell without surrounding spaces, non-breaking spaces and stray byte-order
/// marks.
pub(super) fn trim_cell(cell: &str) -> &str {
    cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}')
}

/// The delimiter's name as a user would type it after `--delimiter`.
pub(super) fn delimiter_name(delimiter: u8) -> String {
    match delimiter {
        b'\t' => "tab".into(),
        d => format!("{}", char::from(d)),
    }
}

/// Reads `bytes` (named `name` in messages) as a table. `default_delimiter` is the one the
/// extension implies, preferred when detection finds a tie. Pure: no file is touched.
pub fn read_table(
    name: &str,
    bytes: &[u8],
    default_delimiter: u8,
    options: &ReadOptions,
) -> Result<Table, Vec<Problem>> {
    let forced = match options.encoding.as_deref().map(encoding_for_label) {
        None => None,
        Some(Ok(e)) => Some(e),
        Some(Err(message)) => return Err(vec![Problem::new(name, None, message)]),
    };
    let decoded = decode(name, bytes, forced).map_err(|p| vec![p])?;
    let notes = decoded.note(name).into_iter().collect();
    let Decoded { text, encoding, .. } = decoded;
    let text = without_bom(text);

    // Excel's "sep=;" first line names the delimiter; it becomes a blank line so that line
    // numbers stay those of the file.
    let (text, declared) = match sep_line(&text) {
        Some((delimiter, len)) => (
            format!("{}{}", " ".repeat(len), &text[len..]),
            Some(delimiter),
        ),
        None => (text, None),
    };
    let delimiter = options
        .delimiter
        .or(declared)
        .unwrap_or_else(|| sniff(sniff_part(&text), default_delimiter));
    if let Err(flaw) = scan(&text, delimiter) {
        let (at, message) = match flaw {
            Flaw::UnclosedQuote(at) => (at, tr("input-unclosed-quote", &[])),
            Flaw::LongField(at) => (
                at,
                tr(
                    "input-field-too-long",
                    &[("limit", (MAX_FIELD_BYTES as u64).into())],
                ),
            ),
            Flaw::LongRow(at) => (
                at,
                tr(
                    "input-row-too-long",
                    &[("limit", (MAX_ROW_BYTES as u64).into())],
                ),
            ),
            Flaw::TooManyRows(at) => {
                return Err(vec![too_many_rows(name, line_breaks(&text[..at]) + 1)]);
            }
        };
        return Err(vec![Problem::new(
            name,
            Some(line_breaks(&text[..at]) + 1),
            message,
        )]);
    }

    let mut reader = reader(&text, delimiter);
    let mut records = reader.records();
    let mut table = Table {
        header: Vec::new(),
        header_line: 1,
        header_width: 0,
        rows: Vec::new(),
        encoding,
        delimiter,
        notes,
    };
    let mut lines = LineCursor::new(&text);
    let mut header_seen = false;
    for record in records.by_ref() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e
                    .position()
                    .map(|p| lines.line_of_record(p.byte()))
                    .or(Some(1));
                return Err(vec![Problem::new(
                    name,
                    line,
                    tr("input-csv-unreadable", &[("why", e.to_string().into())]),
                )]);
            }
        };
        if record.iter().all(|c| trim_cell(c).is_empty()) {
            continue;
        }
        let line = record
            .position()
            .map_or(1, |p| lines.line_of_record(p.byte()));
        if header_seen {
            table.rows.push(Row {
                line,
                cells: record.iter().map(str::to_string).collect(),
            });
        } else {
            header_seen = true;
            table.header_line = line;
            table.header = record.iter().map(|c| trim_cell(c).to_string()).collect();
            table.header_width = table.header.len();
            while table.header.last().is_some_and(String::is_empty) {
                table.header.pop();
            }
            if let Some(p) = single_column(name, &table.header, line, delimiter) {
                return Err(vec![p]);
            }
        }
    }
    Ok(table)
}

/// The text without the byte-order marks at its start that the decoding left (a file saved
/// with two). The csv crate drops one where it starts reading, unlike [`scan`]: a quote
/// after it would open a value for one and not the other, and the crate's offsets would
/// count from the mark.
fn without_bom(mut text: String) -> String {
    let marks = text.len() - text.trim_start_matches('\u{feff}').len();
    text.drain(..marks);
    text
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The delimiter a `sep=X` first line declares (as Excel writes and reads it), and the
/// length of that line without its line break.
fn sep_line(text: &str) -> Option<(u8, usize)> {
    let first = text.split(['\n', '\r']).next()?;
    let rest = first
        .strip_prefix("sep=")
        .or_else(|| first.strip_prefix("SEP="))?;
    let delimiter = match rest.trim_end() {
        "\\t" | "\t" => b'\t',
        d if d.len() == 1 && d.is_ascii() && d != "\"" => d.as_bytes()[0],
        _ => return None,
    };
    Some((delimiter, first.len()))
}

/// A header of one column holding another delimiter is a delimiter mistake, never one column.
fn single_column(name: &str, header: &[String], line: u64, delimiter: u8) -> Option<Problem> {
    let [only] = header else { return None };
    let other = DELIMITERS
        .into_iter()
        .find(|&d| d != delimiter && only.as_bytes().contains(&d))?;
    Some(Problem::new(
        name,
        Some(line),
        tr(
            "input-one-column-header",
            &[
                ("header", only.as_str().into()),
                ("found", delimiter_name(other).into()),
                ("used", delimiter_name(delimiter).into()),
                (
                    "option",
                    match other {
                        b'\t' => "tab".to_string(),
                        d => format!("'{}'", char::from(d)),
                    }
                    .into(),
                ),
            ],
        ),
    ))
}

/// The delimiter giving the header (the first row of two cells or more, below at most
/// `MAX_TITLE_ROWS` title rows) at least two columns and the most rows of the same width as
/// the header; ties go to `default`, then to the order of [`DELIMITERS`].
fn sniff(text: &str, default: u8) -> u8 {
    // (delimiter, title rows passed over, agreeing rows, rows)
    let mut best: Option<(u8, usize, usize, usize)> = None;
    let order = std::iter::once(default).chain(DELIMITERS.into_iter().filter(|&d| d != default));
    for d in order {
        let widths: Vec<usize> = reader(text, d)
            .records()
            .map_while(Result::ok)
            .filter(|r| r.iter().any(|c| !trim_cell(c).is_empty()))
            .take(SNIFF_ROWS + 1)
            .map(|r| r.len())
            .collect();
        // Title rows above the header (one cell: "Liste des groupes 2025") are passed over.
        let titles = widths
            .iter()
            .take(MAX_TITLE_ROWS)
            .take_while(|&&w| w < 2)
            .count();
        let Some((&header, rows)) = widths[titles..].split_first() else {
            continue;
        };
        if header < 2 {
            continue;
        }
        let agree = rows.iter().filter(|&&w| w == header).count();
        // Passing over title rows is for a header the rows below agree with.
        if titles > 0 && agree == 0 && !rows.is_empty() {
            continue;
        }
        // The share of rows as wide as the header (all of none is a full share).
        let share = if rows.is_empty() {
            (1, 1)
        } else {
            (agree, rows.len())
        };
        // A delimiter that needs no title row beats one that does, whatever the shares.
        let better = best.is_none_or(|(_, t, a, n)| {
            (titles == 0 && t != 0) || ((titles == 0) == (t == 0) && share.0 * n > a * share.1)
        });
        if better {
            best = Some((d, titles, share.0, share.1));
        }
    }
    best.map_or(default, |(d, _, _, _)| d)
}

/// The first whole lines of `text` up to [`SNIFF_BYTES`] (all of it when shorter; the first
/// [`SNIFF_BYTES`] when one line is longer, which [`scan`] then refuses).
fn sniff_part(text: &str) -> &str {
    if text.len() <= SNIFF_BYTES {
        return text;
    }
    let mut end = SNIFF_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match text[..end].rfind(['\n', '\r']) {
        Some(at) => &text[..at + 1],
        None => &text[..end],
    }
}

/// What [`scan`] refuses, with the byte offset where the value or row starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flaw {
    /// A quote that opens a value and never closes.
    UnclosedQuote(usize),
    /// A value longer than [`MAX_FIELD_BYTES`].
    LongField(usize),
    /// A row longer than [`MAX_ROW_BYTES`].
    LongRow(usize),
    /// The first row past the header and [`MAX_ROWS`] rows with content.
    TooManyRows(usize),
}

/// Reads `text` as the csv crate reads it, without storing anything, and returns the first
/// [`Flaw`]: a quote opens a value only as its first character; `""` inside is one quote; a
/// row ends at a line break outside quotes. Rows are counted when they hold anything but
/// delimiters and spaces (a quoted empty value counts: close enough for a budget).
///
/// # Complexity
/// O(n) time, O(1) memory.
fn scan(text: &str, delimiter: u8) -> Result<(), Flaw> {
    #[derive(Clone, Copy)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let ends_field = |c: u8| c == delimiter || c == b'\r' || c == b'\n';
    let ends_row = |c: u8| c == b'\r' || c == b'\n';
    let mut state = State::FieldStart;
    let (mut field_start, mut row_start) = (0, 0);
    let (mut rows, mut content) = (0, false);
    for (i, &c) in text.as_bytes().iter().enumerate() {
        if !content && c != delimiter && !c.is_ascii_whitespace() {
            content = true;
            rows += 1;
            if rows > MAX_ROWS + 1 {
                return Err(Flaw::TooManyRows(row_start));
            }
        }
        let next = match state {
            State::FieldStart if c == b'"' => State::Quoted,
            State::FieldStart | State::Unquoted if ends_field(c) => State::FieldStart,
            State::FieldStart | State::Unquoted => State::Unquoted,
            State::Quoted if c == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if c == b'"' => State::Quoted,
            State::QuoteInQuoted if ends_field(c) => State::FieldStart,
            State::QuoteInQuoted => State::Unquoted,
        };
        if matches!(state, State::FieldStart) {
            field_start = i;
        }
        if matches!(next, State::FieldStart) && ends_row(c) {
            row_start = i + 1;
            content = false;
        } else if i - row_start >= MAX_ROW_BYTES {
            return Err(Flaw::LongRow(row_start));
        } else if !matches!(next, State::FieldStart) && i - field_start >= MAX_FIELD_BYTES {
            return Err(Flaw::LongField(field_start));
        }
        state = next;
    }
    match state {
        State::Quoted => Err(Flaw::UnclosedQuote(field_start)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{UTF_8, WINDOWS_1252};

    fn table(text: &str) -> Table {
        read_table("t.csv", text.as_bytes(), b',', &ReadOptions::default())
            .unwrap_or_else(|p| panic!("{p:?}"))
    }

    fn error(bytes: &[u8], options: &ReadOptions) -> String {
        match read_table("t.csv", bytes, b',', options) {
            Err(p) => {
                assert_eq!(p.len(), 1, "{p:?}");
                p[0].to_string()
            }
            Ok(t) => panic!("accepted: {t:?}"),
        }
    }

    fn cells(t: &Table) -> Vec<(u64, Vec<&str>)> {
        t.rows
            .iter()
            .map(|r| (r.line, r.cells.iter().map(String::as_str).collect()))
            .collect()
    }

    #[test]
    fn an_excel_sep_line_names_the_delimiter_and_keeps_line_numbers() {
        let t = read_table(
            "t.csv",
            b"sep=;\r\nid;name\r\n1;a,b\r\n",
            b',',
            &ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.header, ["id", "name"]);
        assert_eq!(t.header_line, 2);
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(t.rows[0].cells, ["1", "a,b"]);
    }

    #[test]
    fn delimiters_are_detected_from_the_header_and_rows() {
        for (text, d) in [
            ("id,nom,pays\n1,\"a;b\",FR\n", b','),
            ("id;nom;pays\n1;a, b;FR\n2;c;FR\n", b';'),
            ("id\tnom\tpays\n1\ta; b\tFR\n", b'\t'),
            ("id|nom|pays\n1|a,b;c|FR\n", b'|'),
            ("\"id;x\";nom\n1;a\n", b';'),
        ] {
            assert_eq!(table(text).delimiter, d, "{text:?}");
        }
        // Quoted delimiters are not counted: "a,b" stays one value.
        let t = table("id;nom\n1;\"x,y,z\"\n2;\"p,q\"\n");
        assert_eq!(
            (t.delimiter, cells(&t)[0].1.clone()),
            (b';', vec!["1", "x,y,z"])
        );
    }

    #[test]
    fn ties_prefer_the_extensions_default_and_options_override() {
        // Two columns either way: the default decides.
        let text = "a,b;c\n1,2;3\n";
        assert_eq!(table(text).delimiter, b',');
        let t = read_table("t.tsv", text.as_bytes(), b';', &ReadOptions::default()).unwrap();
        assert_eq!(t.delimiter, b';');
        // Consistent widths beat the default.
        assert_eq!(table("a;b;c\n1;2,5;3\n4;5;6\n").delimiter, b';');
        let forced = ReadOptions {
            delimiter: Some(b'|'),
            ..ReadOptions::default()
        };
        let t = read_table("t.csv", b"a|b,c\n1|2,3\n", b',', &forced).unwrap();
        assert_eq!(t.header, ["a", "b,c"]);
    }

    #[test]
    fn a_single_column_header_with_a_delimiter_is_an_error() {
        let forced = ReadOptions {
            delimiter: Some(b','),
            ..ReadOptions::default()
        };
        let e = error(b"id;nom;pays\n1;a;FR\n", &forced);
        assert!(
            e.starts_with("t.csv:1: the header is one column \"id;nom;pays\""),
            "{e}"
        );
        assert!(e.contains("--delimiter ';'"), "{e}");
        let e = error(b"\n\"id\tnom\"\n", &ReadOptions::default());
        assert!(e.starts_with("t.csv:2: ") && e.contains("tab"), "{e}");
        // One plain column is fine for the table (the profile reader names what is missing).
        assert_eq!(table("id\n1\n").header, ["id"]);
    }

    #[test]
    fn crlf_lf_and_lone_cr_rows_keep_their_line_numbers() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["a,b", "1,2", "", "\"x", "y\",3", "4,5", ""].join(end);
            let t = table(&text);
            let quoted = format!("x{end}y");
            let expect = vec![
                (2, vec!["1", "2"]),
                (4, vec![quoted.as_str(), "3"]),
                (6, vec!["4", "5"]),
            ];
            assert_eq!(cells(&t), expect, "{end:?}");
        }
    }

    #[test]
    fn quoted_fields_keep_delimiters_quotes_and_line_breaks() {
        let t = table("a,b\n\"x, \"\"y\"\"\",\"1\n2\"\n");
        assert_eq!(cells(&t), [(2, vec!["x, \"y\"", "1\n2"])]);
    }

    #[test]
    fn blank_rows_trailing_columns_and_spaces_in_the_header() {
        let t = table("\n,,,\n\u{a0}Thèmes\u{202f}, Nom ,,,\r\n1,a,,,\r\n,,,,\r\n\r\n2,b,,,\r\n");
        assert_eq!(t.header, ["Thèmes", "Nom"]);
        assert_eq!(t.header_line, 3);
        assert_eq!(
            cells(&t),
            [
                (4, vec!["1", "a", "", "", ""]),
                (7, vec!["2", "b", "", "", ""])
            ]
        );
        let t = table("");
        assert!(t.header.is_empty() && t.rows.is_empty());
    }

    #[test]
    fn an_unclosed_quote_names_the_line_where_it_opens() {
        let e = error(b"a,b\n1,2\n3,\"open\n4,5\n6,7\n", &ReadOptions::default());
        assert!(
            e.starts_with("t.csv:3: unclosed quote starting here"),
            "{e}"
        );
        // A quote inside an unquoted value is an ordinary character, as csv-spectrum wants.
        let t = table("a,b\n1,37\"N\n");
        assert_eq!(cells(&t), [(2, vec!["1", "37\"N"])]);
    }

    #[test]
    fn values_and_rows_over_their_budget_are_refused_at_the_line_where_they_start() {
        let at_limit = "x".repeat(MAX_FIELD_BYTES);
        let t = table(&format!(
            "a,b\n1,{at_limit}\n2,\"{}\"\n",
            "y".repeat(MAX_FIELD_BYTES - 2)
        ));
        assert_eq!(t.rows.len(), 2);
        let e = error(
            format!("a,b\n1,2\n3,{at_limit}x\n").as_bytes(),
            &ReadOptions::default(),
        );
        assert!(
            e.starts_with("t.csv:3: a value starting on this line is longer than 1,000,000 bytes"),
            "{e}"
        );
        // A quoted value spanning lines is named at the line where it opens.
        let long = "z\n".repeat(MAX_FIELD_BYTES / 2 + 1);
        let e = error(
            format!("a,b\n1,\"{long}\"\n").as_bytes(),
            &ReadOptions::default(),
        );
        assert!(e.starts_with("t.csv:2: a value starting"), "{e}");
        // Many short values make a long row.
        let row = "a,".repeat(MAX_ROW_BYTES / 2 + 1);
        let e = error(
            format!("a,b\r\n\r\n{row}\r\n").as_bytes(),
            &ReadOptions::default(),
        );
        assert!(
            e.starts_with("t.csv:3: the row starting on this line is longer than 4,000,000 bytes"),
            "{e}"
        );
        // The header is held to the same budget, whatever the delimiter detection saw.
        let e = error(
            format!("a;{at_limit}{at_limit}\n").as_bytes(),
            &ReadOptions::default(),
        );
        assert!(e.starts_with("t.csv:1: a value"), "{e}");
    }

    #[test]
    fn rows_past_the_budget_are_refused_at_the_first_one_too_many() {
        let text = format!("a\n\n ,\t,\n{}", "1\n".repeat(MAX_ROWS + 1));
        let e = error(text.as_bytes(), &ReadOptions::default());
        let line = MAX_ROWS as u64 + 4;
        assert!(
            e.starts_with(&format!(
                "t.csv:{line}: more than 1,000,000 groups in one file"
            )),
            "{e}"
        );
        assert_eq!(scan(&text[..text.len() - 2], b','), Ok(()));
    }

    #[test]
    fn the_delimiter_is_detected_on_whole_lines_of_the_first_megabyte() {
        let text = format!("a;b\n{}", "1;2\n".repeat(SNIFF_BYTES / 4 + 1));
        let part = sniff_part(&text);
        assert!(part.len() <= SNIFF_BYTES && part.ends_with('\n'));
        assert_eq!(table(&text).delimiter, b';');
        let one_line = "é".repeat(SNIFF_BYTES);
        assert!(sniff_part(&one_line).len() <= SNIFF_BYTES);
    }

    #[test]
    fn encodings_reach_the_table_with_a_note_when_guessed() {
        let (bytes, _, _) = WINDOWS_1252.encode("Thèmes;Capacité\r\nsécurité alimentaire;2,0\r\n");
        let t = read_table("fr.csv", &bytes, b',', &ReadOptions::default()).unwrap();
        assert_eq!((t.encoding, t.delimiter), (WINDOWS_1252, b';'));
        assert_eq!(t.header, ["Thèmes", "Capacité"]);
        assert_eq!(cells(&t), [(2, vec!["sécurité alimentaire", "2,0"])]);
        assert_eq!(t.notes.len(), 1);
        let utf8 = ReadOptions {
            encoding: Some("utf-8".into()),
            ..ReadOptions::default()
        };
        assert!(error(&bytes, &utf8).starts_with("t.csv:1: bytes 0xE8"));
        let bad = ReadOptions {
            encoding: Some("utf-9".into()),
            ..ReadOptions::default()
        };
        assert!(error(b"a", &bad).contains("unknown encoding \"utf-9\""));
        assert_eq!(table("a,b\n").encoding, UTF_8);
    }

    #[test]
    fn a_second_byte_order_mark_is_dropped_before_reading() {
        // Saved twice with a mark: the quote after the marks opens a value (as the csv
        // crate reads it), the line numbers are the file's, and a sep= line is seen.
        let t = table("\u{feff}\u{feff}\"a\nb\",c\n\n1,2\n");
        assert_eq!(t.header, ["a\nb", "c"]);
        assert_eq!(cells(&t), [(4, vec!["1", "2"])]);
        let t = table("\u{feff}\u{feff}sep=;\nid;name\n1;x\n");
        assert_eq!((t.delimiter, t.header_line), (b';', 2));
        let e = error(
            "\u{feff}\u{feff}a,b\n\"open,1\n".as_bytes(),
            &ReadOptions::default(),
        );
        assert!(e.starts_with("t.csv:2: "), "{e}");
    }
}

#[cfg(test)]
#[path = "table_properties.rs"]
mod properties;
