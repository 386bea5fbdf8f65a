//! Spreadsheet exports as coordinators have them: encodings, delimiters and line ends.
//!
//! The fixtures in `tests/data/encodings/` hold the same five groups exported several ways:
//! a French Excel export (Windows-1252, `;`, CRLF, French headers), an Excel "CSV UTF-8"
//! export (byte-order mark, `,`, CRLF, Spanish headers), Excel's "Unicode text" (UTF-16LE
//! with a byte-order mark, tab) and an old Mac export (CR line ends). Every one must read
//! without options and give the same pairs; broken ones give one `file:line` error.

use crate::harness::{Outcome, fixture, twin};

/// No note, warning or error on stderr.
#[track_caller]
fn quiet(out: &Outcome) -> &Outcome {
    for prefix in ["note:", "warning:", "error:"] {
        assert!(
            out.stderr_lines(prefix).is_empty(),
            "{}: stderr {:?}",
            out.command,
            out.stderr
        );
    }
    out
}

const FRENCH: &str = "encodings/fr_excel.csv";
const UTF8: &str = "encodings/utf8_excel.csv";
const UTF16: &str = "encodings/utf16le_unicode.txt";
const CR_ONLY: &str = "encodings/cr_only.csv";

/// The expected `match --all --format csv` output of every export of the five groups.
const PAIRS: &str = "\
rank,score,id_a,name_a,country_a,id_b,name_b,country_b,shared_themes,shared_languages
1,73.33,FR-LYO,Équipe Saint-Vincent Lyon,FR,PE-LIM,Voluntarias de la Caridad Lima,PE,food-security,es
2,53.33,ES-MAD,Peña Solidaria Madrid,ES,FR-LYO,Équipe Saint-Vincent Lyon,FR,health,es; fr
3,53.33,ES-MAD,Peña Solidaria Madrid,ES,PE-LIM,Voluntarias de la Caridad Lima,PE,elderly,es
4,20.00,BE-BRU,AIC Bruxelles Marolles,BE,ES-MAD,Peña Solidaria Madrid,ES,,fr
";

#[test]
fn the_fixtures_are_the_bytes_the_exports_write() {
    let fr = fixture(FRENCH);
    assert!(
        std::str::from_utf8(&fr).is_err(),
        "the French export is not UTF-8"
    );
    assert!(fr.starts_with(b"Identifiant;Nom;Pays;Ville;Langues;Th\xe8mes;Capacit\xe9;"));
    assert!(fr.windows(2).filter(|w| w == b"\r\n").count() >= 6);
    assert!(fixture(UTF8).starts_with(b"\xef\xbb\xbfidentificador,nombre,pa\xc3\xads,"));
    assert!(fixture(UTF16).starts_with(b"\xff\xfeI\0d\0"));
    let cr = fixture(CR_ONLY);
    assert!(cr.contains(&b'\r') && !cr.contains(&b'\n'));
}

#[test]
fn a_french_excel_export_checks_without_options_and_says_how_it_was_read() {
    twin(&["check", FRENCH])
        .run()
        .ok()
        .stdout_has("5 groups in 5 countries")
        .stdout_has("ok: no problems found")
        .stderr_has(
            "note: encodings/fr_excel.csv: read as windows-1252 (not UTF-8); use --encoding to choose another",
        )
        .stderr_lacks("warning");
}

#[test]
fn a_french_excel_export_matches_without_options() {
    let out = twin(&["match", FRENCH]).run();
    out.ok()
        .stdout_has("FR-LYO Équipe Saint-Vincent Lyon (FR)        1   73.33   PE-LIM Voluntarias de la Caridad Lima (PE)")
        .stdout_has("ES-MAD Peña Solidaria Madrid (ES)");
    assert_eq!(out.stderr_lines("note: ").len(), 1, "{}", out.stderr);
    let out = twin(&["match", FRENCH, "--all", "--format", "csv"]).run();
    assert_eq!(out.ok().stdout, PAIRS);
}

#[test]
fn an_excel_csv_utf8_export_needs_no_option_and_no_note() {
    quiet(twin(&["check", UTF8]).run().ok());
    let out = twin(&["match", UTF8, "--all", "--format", "csv"]).run();
    assert_eq!(quiet(out.ok()).stdout, PAIRS);
    twin(&["match", UTF8])
        .run()
        .ok()
        .stdout_has("PE-LIM Voluntarias de la Caridad Lima (PE)   1   73.33   FR-LYO Équipe Saint-Vincent Lyon (FR)");
}

#[test]
fn utf16_and_cr_only_exports_give_the_same_pairs() {
    let out = twin(&["match", UTF16, "--all", "--format", "csv"]).run();
    out.ok()
        .stderr_has("read as UTF-16LE (from its byte-order mark)");
    assert_eq!(out.stdout, PAIRS);
    let out = twin(&["match", CR_ONLY, "--all", "--format", "csv"]).run();
    assert_eq!(quiet(out.ok()).stdout, PAIRS);
}

#[test]
fn standard_input_is_decoded_like_a_file() {
    let out = twin(&["match", "-", "--all", "--format", "csv"])
        .stdin(fixture(FRENCH))
        .run();
    out.ok().stderr_has("note: <stdin>: read as windows-1252");
    assert_eq!(out.stdout, PAIRS);
}

#[test]
fn encoding_and_delimiter_options_override_detection() {
    let out = twin(&["match", FRENCH, "--all", "--format", "csv"])
        .args(&["--encoding", "windows-1252", "--delimiter", ";"])
        .run();
    assert_eq!(quiet(out.ok()).stdout, PAIRS);
    // Forced to UTF-8, the first byte that is not UTF-8 is named with its line.
    twin(&["match", FRENCH, "--encoding", "utf-8"])
        .run()
        .one_error(
            "encodings/fr_excel.csv:1:",
            &["0xE8", "not valid UTF-8", "--encoding windows-1252"],
        );
    // A wrong delimiter leaves a one-column header: an error, never one column.
    twin(&["match", FRENCH, "--delimiter", ","])
        .run()
        .one_error(
            "encodings/fr_excel.csv:1:",
            &["the header is one column", "--delimiter ';'"],
        );
}

#[test]
fn an_unknown_encoding_is_a_usage_error_with_a_suggestion() {
    twin(&["match", UTF8, "--encoding", "win-1252"])
        .run()
        .code(2)
        .stdout_empty()
        .stderr_has("unknown encoding \"win-1252\"")
        .stderr_has("did you mean \"windows-1252\"?");
}

#[test]
fn trailing_empty_columns_and_rows_are_ignored() {
    let out = twin(&["check", "encodings/trailing_columns.csv"]).run();
    quiet(out.ok()).stdout_has("2 groups in 2 countries");
}

#[test]
fn an_unclosed_quote_names_the_line_where_it_opens() {
    twin(&["match", "encodings/unclosed_quote.csv"])
        .run()
        .one_error(
            "encodings/unclosed_quote.csv:3:",
            &["unclosed quote starting here"],
        );
}

#[test]
fn a_capacity_with_a_fraction_is_an_error_but_a_zero_decimal_is_not() {
    let out = twin(&["match", "encodings/capacity_fraction.csv"]).run();
    out.code(1).stdout_empty();
    assert_eq!(
        out.stderr_lines("error: "),
        [
            "error: encodings/capacity_fraction.csv:2: invalid capacity \"1,5\" in column \"capacité\": expected a whole number ≥ 0 (how many twins the group wants now; 0 = not seeking)"
        ]
    );
    // fr_excel.csv has "2,0" for FR-LYO and utf8_excel.csv "1.0" for BE-BRU.
    twin(&["check", FRENCH])
        .run()
        .ok()
        .stdout_has("(5 places in all)");
}
