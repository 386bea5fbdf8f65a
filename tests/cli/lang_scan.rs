//! No English sentence in a French or Spanish run: every command, on good inputs and on
//! broken ones, with `--lang fr` and `--lang es`, has its terminal output (stderr always,
//! stdout where it is for people: tables, `check`, `explain`, help) scanned for English
//! words.
//!
//! What is not twin's own text is left out before the scan: anything quoted (file text is
//! always quoted in messages: '…', "…", «…», `…`), option names and file paths, and the
//! words of the example's group names and cities (people's names, not twin's). Machine
//! formats (CSV and JSON, whose field names are English by contract) are not scanned.

use std::collections::BTreeSet;
use std::path::Path;

use crate::harness::{EXAMPLES, Outcome, root_dir, twin};

/// Words that are English and neither French nor Spanish words twin could use: a sentence
/// of twin's in English has several of them, a French or Spanish one none. (Left out on
/// purpose: "on", "or", "but", "an", "as", "places", "usage" are French words, "use", "no",
/// "has" and "error" Spanish ones, "note", "plan", "total", "options", "possible" both.)
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "without",
    "which",
    "cannot",
    "must",
    "should",
    "have",
    "been",
    "this",
    "that",
    "these",
    "found",
    "missing",
    "expected",
    "file",
    "files",
    "line",
    "row",
    "rows",
    "column",
    "columns",
    "groups",
    "pairs",
    "scores",
    "unknown",
    "empty",
    "more",
    "every",
    "only",
    "from",
    "into",
    "when",
    "there",
    "they",
    "you",
    "your",
    "wrote",
    "seeking",
    "partner",
    "partners",
    "eligible",
    "capacity",
    "country",
    "countries",
    "languages",
    "themes",
    "shared",
    "same",
    "values",
    "did",
    "not",
    "of",
    "to",
    "is",
    "are",
    "for",
    "it",
    "at",
    "by",
    "be",
    "was",
    "will",
    "left",
    "twinned",
    "warning",
    "try",
    "print",
    "default",
];

/// The words of the example's names, cities and ids, which runs quote as they are.
fn file_words() -> BTreeSet<String> {
    let text = std::fs::read_to_string(root_dir().join("examples/groups.csv")).unwrap();
    let mut out = BTreeSet::new();
    for line in text.lines().skip(1) {
        for field in line.split(',').take(4) {
            out.extend(words(field));
        }
    }
    out
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `text` without what is quoted, lists of column names, option names, placeholders and
/// paths.
fn twins_own(text: &str) -> String {
    let text = &without_name_lists(text);
    let mut out = String::with_capacity(text.len());
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => closing = Some(c),
                '«' => closing = Some('»'),
                '“' => closing = Some('”'),
                '‘' => closing = Some('’'),
                c => out.push(c),
            },
        }
    }
    let tokens: Vec<&str> = out.split_whitespace().collect();
    let mut kept = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let after_option = i > 0 && tokens[i - 1].starts_with("--");
        let next = tokens.get(i + 1).copied().unwrap_or("");
        // An option's value, as in "--layout groups" or "groups : …" in its help.
        let a_value = VALUES.contains(&t.trim_end_matches([':', ',', ';']))
            && (after_option || t.ends_with(':') || next == ":" || next.starts_with('('));
        let not_words = t.starts_with('-')
            || t.starts_with('<')
            || t.starts_with('[')
            || t.contains('/')
            || t.contains(".csv")
            || t.contains(".toml")
            || t.contains(".xlsx")
            || t.contains('=');
        if !(a_value || not_words) {
            kept.push(*t);
        }
    }
    kept.join(" ")
}

/// `text` without the parentheses that list names one word each, as a message lists the
/// column names a file may use: "(id, name, country, languages, themes, …)" or
/// "(noms acceptés : themes, theme, thèmes)". Those are the file's vocabulary, not prose.
fn without_name_lists(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        let list = inner.rsplit(':').next().unwrap_or(inner);
        let names = list.contains(',')
            && list
                .split(',')
                .all(|item| item.split_whitespace().count() == 1);
        out.push_str(&rest[..open]);
        if !names {
            out.push_str(&rest[open..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The values of twin's options that are English words (`--layout groups`).
const VALUES: &[&str] = &["pairs", "groups", "table"];

/// The English words in `text` (twin's own part of it), with the line they are on.
fn english_in(text: &str, skip: &BTreeSet<String>) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in text.lines() {
        let own = twins_own(line);
        for w in words(&own) {
            if ENGLISH.contains(&w.as_str()) && !skip.contains(&w) {
                found.push((w, line.to_string()));
            }
        }
    }
    found
}

/// One run to scan: its arguments and whether stdout is for people.
struct Case {
    args: Vec<String>,
    stdout_for_people: bool,
}

fn case(args: &[&str], stdout_for_people: bool) -> Case {
    Case {
        args: args.iter().map(|s| s.to_string()).collect(),
        stdout_for_people,
    }
}

fn cases(tmp: &Path) -> Vec<Case> {
    let plan = tmp.join("plan.csv");
    let plan = plan.to_str().unwrap();
    let report = tmp.join("report.html");
    let report = report.to_str().unwrap();
    let out_csv = tmp.join("out.csv");
    let out_csv = out_csv.to_str().unwrap();
    let edited = tmp.join("edited.csv");
    let edited = edited.to_str().unwrap();
    let keep = tmp.join("keep.csv");
    let keep = keep.to_str().unwrap();
    let forbid = tmp.join("forbid.csv");
    let forbid = forbid.to_str().unwrap();
    let xlsx = tmp.join("plan.xlsx");
    let xlsx = xlsx.to_str().unwrap();
    let mut all = vec![
        // A plan edited by hand: a same-country pair over capacity, an unknown id, a repeat.
        case(&["review", edited, EXAMPLES], true),
        case(
            &["review", edited, EXAMPLES, "--format", "xlsx", "-o", xlsx],
            true,
        ),
        // Locks that conflict or break rules.
        case(
            &["assign", EXAMPLES, "--keep", keep, "--forbid", forbid],
            true,
        ),
        case(&["assign", EXAMPLES, "--keep", edited], true),
        case(&["explain", EXAMPLES, "FR-LYO", "--keep", keep], true),
        case(&["match", EXAMPLES, "--top", "0"], true),
        case(&["match", EXAMPLES, "--group", "XX-NOPE"], true),
        case(&["assign", EXAMPLES, "--format", "xlsx"], true),
        case(&["assign", EXAMPLES, "--history", edited], true),
        case(&["completions", "tcsh"], true),
        case(&["man", "nope"], true),
        case(&["--help"], true),
        case(&["check", EXAMPLES], true),
        case(&["assign", EXAMPLES], true),
        case(&["assign", EXAMPLES, "--method", "stable"], true),
        case(&["assign", EXAMPLES, "--method", "coverage"], true),
        case(&["assign", EXAMPLES, "--method", "fair", "--verify"], true),
        case(&["assign", EXAMPLES, "--layout", "groups"], true),
        case(&["assign", EXAMPLES, "--min-score", "60"], true),
        case(&["assign", EXAMPLES, "-o", out_csv], true),
        case(&["match", EXAMPLES], true),
        case(&["match", EXAMPLES, "--top", "3"], true),
        case(&["explain", EXAMPLES, "FR-LYO"], true),
        case(&["explain", EXAMPLES, "FR-LYO", "ES-SEV"], true),
        case(&["explain", EXAMPLES, "FR-PAR", "FR-LYO"], true),
        case(&["review", plan, EXAMPLES], true),
        case(&["report", EXAMPLES, "-o", report], true),
        // Usage errors.
        case(&["assign", EXAMPLES, "--methd", "x"], true),
        case(&["assign", EXAMPLES, "--method", "nope"], true),
        case(&["assign"], true),
        case(&["asign", EXAMPLES], true),
        case(&[], true),
        case(&["explain", EXAMPLES], true),
        case(&["explain", EXAMPLES, "XX-NOPE"], true),
        // Input that cannot be read.
        case(&["check", "no/such/file.csv"], true),
        case(&["assign", EXAMPLES, "-o", "/nonexistent/dir/x.csv"], true),
        case(&["review", EXAMPLES, EXAMPLES], true),
        case(&["assign", EXAMPLES, "--keep", EXAMPLES], true),
    ];
    for sub in [
        "check",
        "assign",
        "match",
        "explain",
        "review",
        "report",
        "init",
        "completions",
        "man",
    ] {
        all.push(case(&[sub, "--help"], true));
    }
    let broken = crate::harness::data_dir().join("broken");
    let mut files: Vec<_> = std::fs::read_dir(&broken)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    for f in files {
        let path = format!("broken/{f}");
        if f.ends_with(".toml") && f.contains("config") {
            all.push(case(&["check", EXAMPLES, "--config", &path], true));
        } else {
            all.push(case(&["check", &path], true));
            all.push(case(&["assign", &path], true));
        }
    }
    all
}

#[test]
fn no_english_sentence_reaches_a_french_or_spanish_user() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan.csv");
    twin(&[
        "assign",
        EXAMPLES,
        "--format",
        "csv",
        "-o",
        plan.to_str().unwrap(),
    ])
    .run()
    .ok();
    let plan_text = std::fs::read_to_string(&plan).unwrap();
    let mut lines: Vec<&str> = plan_text.lines().collect();
    lines.push("99,50.00,FR-LYO,x,FR,FR-PAR,y,FR,,");
    lines.push("99,50.00,FR-LYO,x,FR,XX-NOPE,y,XX,,");
    lines.push(lines[1]);
    std::fs::write(tmp.path().join("edited.csv"), lines.join("\n") + "\n").unwrap();
    std::fs::write(
        tmp.path().join("keep.csv"),
        "id_a,id_b\nES-MAD,MX-MEX\nFR-LIL,FR-LYO\n",
    )
    .unwrap();
    std::fs::write(tmp.path().join("forbid.csv"), "id_a,id_b\nES-MAD,MX-MEX\n").unwrap();
    let skip = file_words();
    let mut failures = Vec::new();
    for lang in ["fr", "es"] {
        for c in cases(tmp.path()) {
            let mut args = vec!["--lang", lang];
            args.extend(c.args.iter().map(String::as_str));
            let out: Outcome = twin(&args).run();
            let mut text = out.stderr.clone();
            if c.stdout_for_people {
                text.push_str(&out.stdout);
            }
            for (word, line) in english_in(&text, &skip) {
                failures.push(format!("{}: {word:?} in {line:?}", out.command));
            }
        }
    }
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} English words in French or Spanish runs:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_scan_finds_english() {
    // The same runs in English must be caught, or the scan proves nothing.
    let skip = file_words();
    for args in [
        &["check", EXAMPLES][..],
        &["assign", EXAMPLES],
        &["check", "broken/unknown_country.csv"],
        &["assign", EXAMPLES, "--methd", "x"],
    ] {
        let out = twin(args).run();
        let text = format!("{}{}", out.stderr, out.stdout);
        assert!(
            english_in(&text, &skip).len() >= 2,
            "{}: the scan sees no English in\n{text}",
            out.command
        );
    }
    assert!(english_in("error: the file is empty", &skip).len() >= 3);
    assert!(english_in("vide (id, name, country, themes, …)", &skip).is_empty());
    assert!(english_in("absente (noms acceptés : themes, theme)", &skip).is_empty());
    assert_eq!(english_in("vide (the file, as written)", &skip).len(), 2);
    assert!(english_in("erreur : le fichier « the file » est vide", &skip).is_empty());
}
