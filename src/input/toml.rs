//! The TOML reader: an array of `[[group]]` tables with the CSV columns' English names as
//! keys; lists are arrays (or one string with separators), ids may be integers.
//!
//! Every value keeps the line of its key, so a problem found later (an unknown country)
//! names that line, not the `[[group]]` line. Lines come from one forward pass over the
//! text (see `lines`), so 100,000 groups cost no more than their size.
//!
//! Budgets, as for CSV: a line longer than [`MAX_ROW_BYTES`] is refused before the TOML
//! parser sees the text, and a value (a string, or a whole list) longer than
//! [`MAX_FIELD_BYTES`] as written is refused at its key's line; more than [`MAX_ROWS`]
//! `[[…]]` headers are refused before parsing, and so is a file over [`MAX_TOML_BYTES`].
//!
//! [`toml_error`] words a TOML parse error for both TOML inputs, profiles and twin.toml.

use serde::Deserialize;
use toml::Spanned;

use super::lines::LineCursor;
use super::loaded::Loaded;
use super::table::{MAX_FIELD_BYTES, MAX_ROW_BYTES, MAX_ROWS, too_many_rows};
use crate::error::Problem;
use crate::i18n::tr;
use crate::model::profile::{Cell, Record, Value};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    group: Vec<Spanned<Group>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    id: Option<Spanned<Scalar>>,
    name: Option<Spanned<Scalar>>,
    country: Option<Spanned<Scalar>>,
    languages: Option<Spanned<Items>>,
    themes: Option<Spanned<Items>>,
    city: Option<Spanned<Scalar>>,
    capacity: Option<Spanned<Scalar>>,
    twins: Option<Spanned<Items>>,
}

#[derive(Deserialize)]
#[serde(untagged, expecting = "expected a string or an integer")]
enum Scalar {
    Text(String),
    Int(i64),
}

#[derive(Deserialize)]
#[serde(untagged, expecting = "expected an array of strings, or one string")]
enum Items {
    List(Vec<Scalar>),
    One(Scalar),
}

impl Scalar {
    fn text(self) -> String {
        match self {
            Scalar::Text(t) => t,
            Scalar::Int(i) => i.to_string(),
        }
    }
}

/// The byte offset where the first line longer than [`MAX_ROW_BYTES`] starts.
fn long_line(text: &str) -> Option<usize> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']).len() > MAX_ROW_BYTES {
            return Some(start);
        }
        start += line.len();
    }
    None
}

/// The largest TOML profile file twin reads (20 MB, about 180,000 groups): the TOML parser
/// needs some 35 times a file's size, so larger networks are read from CSV, which needs far
/// less.
pub(super) const MAX_TOML_BYTES: usize = 20_000_000;

pub(super) fn parse(name: &str, text: &str, out: &mut Loaded) {
    if text.len() > MAX_TOML_BYTES {
        out.problems.push(Problem::new(
            name,
            None,
            tr(
                "input-toml-too-large",
                &[
                    ("size", (text.len() as u64).into()),
                    ("limit", (MAX_TOML_BYTES as u64).into()),
                ],
            ),
        ));
        return;
    }
    if let Some(at) = long_line(text) {
        let line = LineCursor::new(text).line_of(at);
        out.problems.push(Problem::new(
            name,
            Some(line),
            tr(
                "input-toml-line-too-long",
                &[("limit", (MAX_ROW_BYTES as u64).into())],
            ),
        ));
        return;
    }
    // Counted on the text, before the parser spends memory on every group.
    let mut start = 0;
    let mut groups = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with("[[") {
            groups += 1;
            if groups > MAX_ROWS {
                let line = LineCursor::new(text).line_of(start);
                out.problems.push(too_many_rows(name, line));
                return;
            }
        }
        start += line.len();
    }
    let file: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let (line, message) = toml_error(text, &e);
            out.problems.push(Problem::new(name, line, message));
            return;
        }
    };
    if file.group.is_empty() {
        out.problems
            .push(Problem::new(name, None, tr("input-toml-no-groups", &[])));
    }
    let shared_name: std::sync::Arc<str> = name.into();
    let lines = std::cell::RefCell::new(LineCursor::new(text));
    let line_of = |offset: usize| lines.borrow_mut().line_of(offset);
    // The line of a value's key, or a problem when the value is over its budget.
    let problems = std::cell::RefCell::new(Vec::new());
    let value_line = |key: &str, span: std::ops::Range<usize>| {
        let line = line_of(span.start);
        if span.len() > MAX_FIELD_BYTES {
            problems.borrow_mut().push(Problem::new(
                name,
                Some(line),
                tr(
                    "input-toml-value-too-long",
                    &[
                        ("key", key.into()),
                        ("limit", (MAX_FIELD_BYTES as u64).into()),
                    ],
                ),
            ));
        }
        line
    };
    for spanned in file.group {
        let line = line_of(spanned.span().start);
        let g = spanned.into_inner();
        let single = |key: &str, v: Option<Spanned<Scalar>>| {
            v.map(|s| Cell {
                column: key.into(),
                line: std::num::NonZeroU64::new(value_line(key, s.span())),
                value: Value::Text(s.into_inner().text()),
            })
        };
        let list = |key: &str, v: Option<Spanned<Items>>| {
            v.map(|items| Cell {
                column: key.into(),
                line: std::num::NonZeroU64::new(value_line(key, items.span())),
                value: match items.into_inner() {
                    Items::List(l) => Value::List(l.into_iter().map(Scalar::text).collect()),
                    Items::One(s) => Value::Text(s.text()),
                },
            })
        };
        let before = problems.borrow().len();
        let record = Record {
            file: shared_name.clone(),
            line,
            id: single("id", g.id),
            name: single("name", g.name),
            country: single("country", g.country),
            languages: list("languages", g.languages),
            themes: list("themes", g.themes),
            city: single("city", g.city),
            capacity: single("capacity", g.capacity),
            twins: list("twins", g.twins),
        };
        // A group with a value over budget is not read further.
        if problems.borrow().len() == before {
            out.records.push(record);
        }
    }
    out.problems.extend(problems.into_inner());
}

/// A TOML parse error as `(line, message)`, the message quoting the offending line so the
/// key and value are named: "expected a string or an integer, in `capacity = 1.5`". The
/// parser's and serde's usual messages are said in the run's language ([`toml_message`]).
pub(crate) fn toml_error(text: &str, e: &toml::de::Error) -> (Option<u64>, String) {
    let raw = e.message().trim();
    let message = toml_message(raw);
    let Some(span) = e.span() else {
        return (None, message);
    };
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let source = text[line_start..line_end].trim();
    let message = if source.is_empty() || source.chars().count() > 100 || raw.contains(source) {
        message
    } else {
        tr(
            "input-toml-in-line",
            &[("message", message.into()), ("source", source.into())],
        )
    };
    (Some(LineCursor::new(text).line_of(start)), message)
}

/// The message for serde's "unknown field `wieghts`, expected one of `lang`, `weights`, …"
/// (`deny_unknown_fields`), in the run's language and with the closest key when one is
/// within reach (the rule of every "did you mean", [`within_reach`]); none for any other
/// error. One message for every TOML file twin reads (groups and twin.toml); the key is
/// file text, escaped where problems are printed.
///
/// [`within_reach`]: crate::model::normalize::within_reach
pub(crate) fn unknown_key(serde_message: &str) -> Option<String> {
    let rest = serde_message.trim().strip_prefix("unknown field `")?;
    let (key, rest) = rest.split_once('`')?;
    let expected = rest.strip_prefix(", expected ")?;
    // The expected keys are the text between backticks: `a`, or `a` or `b`, or one of `a`, `b`.
    let keys: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    if keys.is_empty() {
        return None;
    }
    let typed: Vec<char> = key.to_lowercase().chars().collect();
    let best = keys
        .iter()
        .filter_map(|k| {
            let known: Vec<char> = k.chars().collect();
            crate::model::normalize::within_reach(&typed, &known).map(|d| (d, *k))
        })
        .min_by_key(|&(d, _)| d);
    let listed: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
    let args = |extra: Option<&str>| {
        let mut args = vec![
            ("key", fluent_bundle::FluentValue::from(key.to_string())),
            ("keys", listed.join(", ").into()),
        ];
        if let Some(best) = extra {
            args.push(("best", best.to_string().into()));
        }
        args
    };
    Some(match best {
        Some((_, best)) => tr("input-toml-unknown-key-suggest", &args(Some(best))),
        None => tr("input-toml-unknown-key", &args(None)),
    })
}

/// A message of the TOML parser or of serde in the run's language: the descriptions the
/// parser gives (`unclosed table`, `invalid basic string`, …) with what it expected, and
/// serde's `unknown field`, `missing field` and the `expecting` texts of the profile types.
/// A message not known here (a new parser version, a value twin.toml's own types refuse) is
/// kept as it is.
fn toml_message(raw: &str) -> String {
    if let Some(message) = unknown_key(raw) {
        return message;
    }
    if let Some(rest) = raw.strip_prefix("unknown field `")
        && let Some((key, _)) = rest.split_once('`')
    {
        return tr("input-toml-unknown-key-none", &[("key", key.into())]);
    }
    if let Some(key) = raw
        .strip_prefix("missing field `")
        .and_then(|k| k.strip_suffix('`'))
    {
        return tr("input-toml-missing-key", &[("key", key.into())]);
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return tr(
            "input-toml-invalid-type",
            &[
                ("found", toml_found(found).into()),
                ("expected", toml_kind(expected).into()),
            ],
        );
    }
    match raw {
        "expected a string or an integer" => return tr("input-toml-expected-scalar", &[]),
        "expected an array of strings, or one string" => {
            return tr("input-toml-expected-items", &[]);
        }
        _ => {}
    }
    let (description, expected) = match raw.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (raw, None),
    };
    let Some(what) = toml_description(description) else {
        return raw.to_string();
    };
    match expected {
        None => what,
        Some("nothing") => tr("input-toml-syntax-nothing", &[("what", what.into())]),
        Some(list) => {
            let items: Vec<String> = list.split(", ").map(toml_expected).collect();
            tr(
                "input-toml-syntax",
                &[("what", what.into()), ("expected", items.join(", ").into())],
            )
        }
    }
}

/// A description of the TOML parser in the run's language, if twin knows it.
fn toml_description(description: &str) -> Option<String> {
    Some(match description {
        "duplicate key" => tr("input-toml-duplicate-key", &[]),
        "unclosed array table" => tr("input-toml-unclosed-array-table", &[]),
        "unclosed table" => tr("input-toml-unclosed-table", &[]),
        "unclosed array" => tr("input-toml-unclosed-array", &[]),
        "unclosed inline table" => tr("input-toml-unclosed-inline-table", &[]),
        "key with no value" => tr("input-toml-key-without-value", &[]),
        "missing value for key" => tr("input-toml-missing-value-for-key", &[]),
        "missing value" => tr("input-toml-missing-value", &[]),
        "extra `=`" => tr("input-toml-extra-equals", &[]),
        "invalid basic string" => tr("input-toml-invalid-basic-string", &[]),
        "invalid literal string" => tr("input-toml-invalid-literal-string", &[]),
        "invalid string" => tr("input-toml-invalid-string", &[]),
        "invalid multi-line basic string" => tr("input-toml-invalid-multiline-basic-string", &[]),
        "invalid multi-line literal string" => {
            tr("input-toml-invalid-multiline-literal-string", &[])
        }
        "string values must be quoted" => tr("input-toml-unquoted-string", &[]),
        "unquoted keys cannot be empty" => tr("input-toml-empty-key", &[]),
        "invalid key" => tr("input-toml-invalid-key", &[]),
        "invalid unquoted key" => tr("input-toml-invalid-unquoted-key", &[]),
        "extra comma in array" => tr("input-toml-extra-comma", &[]),
        "missing comma between array elements" => tr("input-toml-missing-comma", &[]),
        "missing comma between key-value pairs" => tr("input-toml-missing-comma-pairs", &[]),
        "unexpected key or value" => tr("input-toml-unexpected-key-or-value", &[]),
        "unexpected content" => tr("input-toml-unexpected-content", &[]),
        "invalid boolean" => tr("input-toml-invalid-boolean", &[]),
        "invalid float" => tr("input-toml-invalid-float", &[]),
        "invalid integer" => tr("input-toml-invalid-integer", &[]),
        "invalid table" => tr("input-toml-invalid-table", &[]),
        _ => return None,
    })
}

/// What serde found instead of the type it wanted (`integer `3``, `string "x"`), in the
/// run's language; the value stays as written.
fn toml_found(found: &str) -> String {
    let value = |prefix: &str| found.strip_prefix(prefix).map(str::to_string);
    if let Some(v) = value("integer ") {
        tr("input-toml-found-integer", &[("value", v.into())])
    } else if let Some(v) = value("floating point ") {
        tr("input-toml-found-float", &[("value", v.into())])
    } else if let Some(v) = value("boolean ") {
        tr("input-toml-found-boolean", &[("value", v.into())])
    } else if let Some(v) = value("string ") {
        tr("input-toml-found-string", &[("value", v.into())])
    } else {
        match found {
            "sequence" => tr("input-toml-found-array", &[]),
            "map" => tr("input-toml-found-table", &[]),
            other => other.to_string(),
        }
    }
}

/// The type serde wanted (`a string`, `f64`), in the run's language.
fn toml_kind(expected: &str) -> String {
    match expected {
        "a string" => tr("input-toml-kind-string", &[]),
        "a sequence" => tr("input-toml-kind-array", &[]),
        "a map" => tr("input-toml-kind-table", &[]),
        "a boolean" => tr("input-toml-kind-boolean", &[]),
        "f32" | "f64" => tr("input-toml-kind-number", &[]),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            tr("input-toml-kind-integer", &[("type", expected.into())])
        }
        other => other.to_string(),
    }
}

/// One thing the TOML parser expected: a literal (`` `=` ``) as it is, a description
/// (`newline`, `letters`) in the run's language.
fn toml_expected(item: &str) -> String {
    match item {
        "newline" => tr("input-toml-expected-newline", &[]),
        "letters" => tr("input-toml-expected-letters", &[]),
        "numbers" => tr("input-toml-expected-numbers", &[]),
        "value" => tr("input-toml-expected-value", &[]),
        "literal string" => tr("input-toml-expected-literal-string", &[]),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Loaded {
        let mut out = Loaded::default();
        parse("g.toml", text, &mut out);
        out
    }

    #[test]
    fn groups_are_read_with_lines() {
        let r = read(
            "# groups\n\n[[group]]\nid = 7\nname = \"A\"\ncountry = \"FR\"\nlanguages = [\"fr\", \"es\"]\nthemes = \"health; housing\"\ncapacity = 2\n\n[[group]]\nid = \"B\"\n",
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.records.len(), 2);
        let a = &r.records[0];
        assert_eq!(a.id.as_ref().unwrap().value, Value::Text("7".into()));
        assert_eq!(
            a.languages.as_ref().unwrap().value,
            Value::List(vec!["fr".into(), "es".into()])
        );
        assert_eq!(a.capacity.as_ref().unwrap().value, Value::Text("2".into()));
        assert!((3..=4).contains(&a.line), "line {}", a.line);
        assert!(
            (11..=12).contains(&r.records[1].line),
            "line {}",
            r.records[1].line
        );
    }

    #[test]
    fn type_errors_and_unknown_keys_are_located() {
        let r = read("[[group]]\nid = \"A\"\ncapacity = 1.5\n");
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, Some(3), "{:?}", r.problems);
        let r = read("[[group]]\nid = \"A\"\nthemse = [\"health\"]\n");
        assert!(
            r.problems[0].message.starts_with(
                "unknown key `themse` — did you mean `themes`? The keys here are `id`,"
            ),
            "{:?}",
            r.problems
        );
        assert_eq!(r.problems[0].line, Some(3));
        let r = read("[[groups]]\nid = \"A\"\n");
        assert!(r.problems[0].message.contains("groups"));
        let r = read("[[group]]\nid = \"A\"\nid = \"B\"\n");
        assert_eq!(r.problems[0].line, Some(3), "{:?}", r.problems);
    }

    #[test]
    fn lines_and_values_over_their_budget_are_refused_at_their_line() {
        let long = "x".repeat(MAX_ROW_BYTES + 1);
        let r = read(&format!("[[group]]\nid = \"A\"\nname = \"{long}\"\n"));
        assert!(r.records.is_empty());
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, Some(3));
        assert!(
            r.problems[0].message.contains("4,000,000 bytes"),
            "{:?}",
            r.problems
        );
        let lines = "\"health\",\n".repeat(MAX_FIELD_BYTES / 10 + 1);
        let r = read(&format!(
            "[[group]]\nid = \"A\"\n\n[[group]]\nid = \"B\"\nthemes = [\n{lines}]\n"
        ));
        assert_eq!(r.records.len(), 1, "{:?}", r.problems);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, Some(6));
        assert!(
            r.problems[0]
                .message
                .contains("`themes` is longer than 1,000,000 bytes"),
            "{:?}",
            r.problems
        );
    }

    #[test]
    fn a_file_over_the_toml_budget_is_refused_before_parsing() {
        let text = format!("{}\n", "#".repeat(MAX_TOML_BYTES));
        let r = read(&text);
        assert_eq!(r.problems.len(), 1);
        assert!(
            r.problems[0].to_string().starts_with(
                "g.toml: the file holds 20,000,001 bytes, over twin's limit of 20,000,000 bytes"
            ),
            "{:?}",
            r.problems
        );
    }

    #[test]
    fn more_groups_than_the_budget_are_refused_before_parsing() {
        // Short headers, so that the file stays under the size budget.
        let text = "[[g]]\n".repeat(MAX_ROWS + 1);
        let r = read(&text);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, Some(MAX_ROWS as u64 + 1));
        assert!(r.problems[0].message.contains("more than 1,000,000 groups"));
    }

    #[test]
    fn every_value_keeps_the_line_of_its_key_in_any_key_order() {
        let r = read(
            "[[group]]\nthemes = [\n  \"health\",\n]\nid = \"A\"\n\n[[group]]\r\ncountry = \"XX\"\r\nid = \"B\"\r\n",
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let line = |c: &Option<Cell>| c.as_ref().and_then(|c| c.line).map(u64::from);
        let lines = |g: &Record| (g.line, line(&g.themes), line(&g.id));
        assert_eq!(lines(&r.records[0]), (1, Some(2), Some(5)));
        let b = &r.records[1];
        assert_eq!(
            (b.line, line(&b.country), line(&b.id)),
            (7, Some(8), Some(9))
        );
    }
}
