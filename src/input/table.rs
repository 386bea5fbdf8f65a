//! The generic CSV layer: bytes as spreadsheets export them turned into a [`Table`] of text
//! cells with line numbers, before any column means anything.
//!
//! It decodes the text (see `decode`), picks the delimiter (`,` `;` tab `|`) from the header
//! and first rows unless one is forced, splits rows ending in CRLF, LF or a lone CR (old Mac
//! Excel), keeps quoted delimiters, quotes and line breaks, skips blank and all-empty rows,
//! trims header cells (non-breaking spaces included) and drops empty header cells at the end.
//! An unclosed quote is an error at the line where it opens: the csv crate alone would read
//! the rest of the file into one value without a word.

use encoding_rs::Encoding;

use super::ReadOptions;
use super::decode::{Decoded, decode, encoding_for_label, line_breaks};
use crate::error::Problem;

/// The delimiters twin detects, in the order ties are broken after the extension's default.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many rows after the header the delimiter detection looks at.
const SNIFF_ROWS: usize = 20;

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
pub fn trim_cell(cell: &str) -> &str {
    cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}')
}

/// The delimiter's name as a user would type it after `--delimiter`.
pub fn delimiter_name(delimiter: u8) -> String {
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
        .unwrap_or_else(|| sniff(&text, default_delimiter));
    if let Some(at) = unclosed_quote(&text, delimiter) {
        return Err(vec![Problem::new(
            name,
            Some(line_breaks(&text[..at]) + 1),
            "unclosed quote starting here: a value opens with \" and never closes, so the rest of the file would be one value",
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
    let lines = Lines::new(&text);
    let mut header_seen = false;
    for record in records.by_ref() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| lines.of_record(p.byte())).or(Some(1));
                return Err(vec![Problem::new(
                    name,
                    line,
                    format!("cannot read CSV: {e}"),
                )]);
            }
        };
        if record.iter().all(|c| trim_cell(c).is_empty()) {
            continue;
        }
        let line = record.position().map_or(1, |p| lines.of_record(p.byte()));
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

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// Where each line of a text starts, to turn byte offsets into line numbers quickly.
struct Lines<'a> {
    text: &'a [u8],
    /// The byte offset of every line but the first; a line ends at `\r\n`, `\n` or a lone `\r`.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let text = text.as_bytes();
        let starts = (0..text.len())
            .filter(|&i| text[i] == b'\n' || (text[i] == b'\r' && text.get(i + 1) != Some(&b'\n')))
            .map(|i| i + 1)
            .collect();
        Lines { text, starts }
    }

    /// The 1-based line of the record starting at byte `offset` (the csv crate reports the
    /// offset of any blank lines before a record; those are skipped here).
    fn of_record(&self, offset: u64) -> u64 {
        let mut at = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while at < self.text.len() && matches!(self.text[at], b'\r' | b'\n') {
            at += 1;
        }
        self.starts.partition_point(|&s| s <= at) as u64 + 1
    }
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
        format!(
            "the header is one column \"{only}\" holding \"{}\": the columns are probably separated by {} (not {}); fix the quotes or pass --delimiter {}",
            delimiter_name(other),
            delimiter_name(other),
            delimiter_name(delimiter),
            match other {
                b'\t' => "tab".to_string(),
                d => format!("'{}'", char::from(d)),
            }
        ),
    ))
}

/// The delimiter giving the header at least two columns and the most rows of the same
/// width as the header; ties go to `default`, then to the order of [`DELIMITERS`].
fn sniff(text: &str, default: u8) -> u8 {
    let mut best: Option<(u8, usize, usize)> = None; // (delimiter, agreeing rows, rows)
    let order = std::iter::once(default).chain(DELIMITERS.into_iter().filter(|&d| d != default));
    for d in order {
        let widths: Vec<usize> = reader(text, d)
            .records()
            .map_while(Result::ok)
            .filter(|r| r.iter().any(|c| !trim_cell(c).is_empty()))
            .take(SNIFF_ROWS + 1)
            .map(|r| r.len())
            .collect();
        let Some((&header, rows)) = widths.split_first() else {
            continue;
        };
        if header < 2 {
            continue;
        }
        let agree = rows.iter().filter(|&&w| w == header).count();
        // The share of rows as wide as the header (all of none is a full share).
        let share = if rows.is_empty() {
            (1, 1)
        } else {
            (agree, rows.len())
        };
        if best.is_none_or(|(_, a, n)| share.0 * n > a * share.1) {
            best = Some((d, share.0, share.1));
        }
    }
    best.map_or(default, |(d, _, _)| d)
}

/// The byte offset of a quote that opens a value and never closes, read as the csv crate
/// reads: a quote opens a value only as its first character; `""` inside is one quote.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted(usize),
        QuoteInQuoted(usize),
    }
    let ends_field = |c: u8| c == delimiter || c == b'\r' || c == b'\n';
    let mut state = State::FieldStart;
    for (i, &c) in text.as_bytes().iter().enumerate() {
        state = match state {
            State::FieldStart if c == b'"' => State::Quoted(i),
            State::FieldStart | State::Unquoted if ends_field(c) => State::FieldStart,
            State::FieldStart | State::Unquoted => State::Unquoted,
            State::Quoted(s) if c == b'"' => State::QuoteInQuoted(s),
            State::Quoted(s) => State::Quoted(s),
            State::QuoteInQuoted(s) if c == b'"' => State::Quoted(s),
            State::QuoteInQuoted(_) if ends_field(c) => State::FieldStart,
            State::QuoteInQuoted(_) => State::Unquoted,
        };
    }
    match state {
        State::Quoted(start) => Some(start),
        _ => None,
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
}

#[cfg(test)]
#[path = "table_properties.rs"]
mod properties;
