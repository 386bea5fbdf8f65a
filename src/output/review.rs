//! A plan's review ([`Review`]) in words and formats: the report as a table (stdout), its
//! summary (stderr for CSV and xlsx, and with `--layout groups`), CSV (one row per line of
//! the plan), JSON (everything) and an xlsx workbook (sheets `pairs`, `groups`, `summary`).
//! The problems' words are `messages`'; every file text on a terminal is escaped.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::alone::{rule, rule_key, rules};
use super::explain::decimal;
use super::messages;
use super::names::score as points;
use super::terminal::escape;
use crate::candidates::order::Pair;
use crate::error::Problem;
use crate::i18n::{current, tr};
use crate::model::dataset::Dataset;
use crate::model::reference::Reference;
use crate::plan::review::{Audited, Breach, Change, Figures, Missed, Review};
use crate::score::{Hundredths, format_score, serialize_points, serialize_points_opt};

/// How many blocking pairs, groups missed and problems the table and the summary show; the
/// others are counted (JSON and xlsx hold them all).
pub(crate) const SHOWN: usize = 10;

/// What a review is rendered from.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    pub ds: &'a Dataset,
    pub reference: &'a Reference,
    pub review: &'a Review,
    /// The plan file, as named on the command line.
    pub plan: &'a str,
    /// The method of the best plan ("optimal", "stable").
    pub method: &'static str,
    /// The id of a group closest to an unknown id, for a "did you mean".
    pub closest: &'a dyn Fn(&str) -> Option<String>,
}

impl View<'_> {
    fn id(&self, g: usize) -> &str {
        &self.ds.groups[g].id
    }

    fn label(&self, g: usize) -> String {
        let group = &self.ds.groups[g];
        format!(
            "{} {} ({})",
            escape(&group.id),
            escape(&group.name),
            self.reference.countries[group.country].alpha2
        )
    }

    /// The id of group `g`, escaped, as a placeable.
    fn id_arg(&self, g: usize) -> fluent_bundle::FluentValue<'static> {
        escape(self.id(g)).into_owned().into()
    }

    /// The pair `p` as "A – B 80.00" (escaped; the run's decimal sign).
    fn pair(&self, p: &Pair) -> String {
        format!(
            "{} – {} {}",
            escape(self.id(p.a)),
            escape(self.id(p.b)),
            points(u64::from(p.score))
        )
    }
}

/// Every problem of the review as `file:line: message`, in the order of the plan's lines
/// (a missing kept pair at its `--keep` line).
pub(crate) fn problems(v: &View) -> Vec<Problem> {
    v.review
        .breaches
        .iter()
        .map(|b| match b {
            Breach::KeptMissing { a, b: other, by } => Problem::new(
                &by.file,
                Some(by.line),
                messages::review_kept_missing(v.id(*a), v.id(*other), v.plan),
            ),
            _ => Problem::new(v.plan, b.line(), breach_text(v, b)),
        })
        .collect()
}

/// A breach in words (its line aside).
fn breach_text(v: &View, b: &Breach) -> String {
    let ids = |line: u64| {
        let l = line_of(v.review, line);
        (l.id_a.as_str(), l.id_b.as_str())
    };
    match b {
        Breach::UnknownId { id, .. } => messages::review_unknown_id(id, (v.closest)(id).as_deref()),
        Breach::SameGroup { id, .. } => messages::review_same_group(id),
        Breach::Repeated { line, first } => {
            let (a, b) = ids(*line);
            messages::review_repeated(a, b, *first)
        }
        Breach::BreaksRules { line, rules: r } => {
            let (a, b) = ids(*line);
            messages::review_breaks_rules(a, b, &rules(r))
        }
        Breach::Forbidden { line, by } => {
            let (a, b) = ids(*line);
            messages::review_forbidden(a, b, &format!("{}:{}", by.file, by.line))
        }
        Breach::Historical { line, by } => {
            let (a, b) = ids(*line);
            messages::review_historical(a, b, &format!("{}:{}", by.file, by.line))
        }
        Breach::BelowMinScore { line, score, min } => {
            let (a, b) = ids(*line);
            messages::review_below_min_score(a, b, *score, *min)
        }
        Breach::OverCapacity {
            group,
            used,
            capacity,
            lines,
            ..
        } => messages::review_over_capacity(v.id(*group), *used, *capacity, lines),
        Breach::KeptMissing { a, b, .. } => {
            messages::review_kept_missing(v.id(*a), v.id(*b), v.plan)
        }
    }
}

/// The audited line `line` (lines are in file order, each once).
fn line_of(r: &Review, line: u64) -> &Audited {
    let at = r.lines.partition_point(|l| l.line < line);
    &r.lines[at]
}

/// A line's status in a few words: "ok", "kept", or what is wrong with it, short.
fn status(v: &View, l: &Audited) -> String {
    let mut parts: Vec<String> = Vec::new();
    for b in v
        .review
        .breaches
        .iter()
        .filter(|b| b.line() == Some(l.line))
    {
        parts.push(match b {
            Breach::UnknownId { id, .. } => tr(
                "review-status-unknown-id",
                &[("id", escape(id).into_owned().into())],
            ),
            Breach::SameGroup { .. } => tr("review-status-same-group", &[]),
            Breach::Repeated { first, .. } => tr(
                "review-status-repeated",
                &[("first", first.to_string().into())],
            ),
            Breach::BreaksRules { rules: r, .. } => rules(r),
            Breach::Forbidden { .. } => tr("review-status-forbidden", &[]),
            Breach::Historical { .. } => tr("review-status-historical", &[]),
            Breach::BelowMinScore { .. } => tr("review-status-below-min", &[]),
            Breach::OverCapacity {
                group,
                used,
                capacity,
                ..
            } => tr(
                "review-status-over-capacity",
                &[
                    ("id", v.id_arg(*group)),
                    (
                        "pairs",
                        tr("count-pairs", &[("count", (*used).into())]).into(),
                    ),
                    (
                        "places",
                        tr("count-places", &[("count", (*capacity).into())]).into(),
                    ),
                ],
            ),
            Breach::KeptMissing { .. } => continue,
        });
    }
    if parts.is_empty() {
        return if l.status.kept.is_some() {
            tr("review-status-ok-kept", &[])
        } else {
            tr("review-status-ok", &[])
        };
    }
    format!("✗ {}", parts.join(&tr("sep-clause", &[])))
}

/// Hundredths of a percent that `lost` is of `best`, rounded half away from zero; none
/// when the best plan scores nothing.
fn percent(lost: i64, best: u64) -> Option<i64> {
    if best == 0 {
        return None;
    }
    let best = best as i64;
    let scaled = lost * 10_000 * 2 / best;
    Some((scaled + scaled.signum()) / 2)
}

/// Signed hundredths as "-1.50" or "1.50" (JSON's numbers).
fn signed(h: i64) -> String {
    let text = format_score(h.unsigned_abs());
    if h < 0 { format!("-{text}") } else { text }
}

/// Signed hundredths for text: [`signed`] with this run's decimal sign.
fn signed_text(h: i64) -> String {
    decimal(signed(h))
}

/// The figures and findings of the review as lines (each ending in a line break): what
/// the table prints after the lines, and what goes to stderr for the other formats.
pub(crate) fn summary_text(v: &View) -> String {
    let r = v.review;
    let mut out = String::new();
    let f = &r.figures;
    let places: u64 = v.ds.groups.iter().map(|g| u64::from(g.capacity)).sum();
    let used: u64 = r.used.iter().map(|&u| u64::from(u)).sum();
    let count = |id: &str, n: usize| tr(id, &[("count", n.into())]);
    let line = |out: &mut String, text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(
        &mut out,
        tr(
            "review-summary-plan",
            &[
                ("plan", escape(v.plan).into_owned().into()),
                ("pairs", count("count-pairs", f.pairs).into()),
                ("total", points(f.total).into()),
                (
                    "lowest",
                    f.lowest.map_or("-".into(), |l| points(u64::from(l))).into(),
                ),
                ("twinned", f.groups_twinned.into()),
                ("seeking", count("count-groups", f.groups_seeking).into()),
                ("agree", f.groups_twinned.into()),
                ("used", used.into()),
                ("places", places.into()),
            ],
        ),
    );
    // Groups whose use of their places compares with capacity as `keep` asks, as `FR-01 3/2`.
    let usage = |keep: fn(u32, u32) -> bool| -> Vec<String> {
        (0..v.ds.groups.len())
            .filter(|&g| keep(r.used[g], v.ds.groups[g].capacity))
            .map(|g| {
                format!(
                    "{} {}/{}",
                    escape(v.id(g)),
                    r.used[g],
                    v.ds.groups[g].capacity
                )
            })
            .collect()
    };
    let over = usage(|used, capacity| used > capacity);
    if !over.is_empty() {
        let text = tr("review-over-capacity", &[("list", shown(&over).into())]);
        line(&mut out, format!("  {text}"));
    }
    let room = usage(|used, capacity| used < capacity);
    if !room.is_empty() {
        let text = tr("review-places-left", &[("list", shown(&room).into())]);
        line(&mut out, format!("  {text}"));
    }
    let b = &r.best_figures;
    let lost = r.lost();
    line(
        &mut out,
        tr(
            "review-best",
            &[
                ("method", v.method.into()),
                ("pairs", count("count-pairs", b.pairs).into()),
                ("total", points(b.total).into()),
                ("twinned", b.groups_twinned.into()),
                ("lost", signed_text(lost.abs()).into()),
                ("direction", if lost >= 0 { "less" } else { "more" }.into()),
                (
                    "percent",
                    percent(lost.abs(), b.total)
                        .map_or("-".into(), signed_text)
                        .into(),
                ),
            ],
        ),
    );
    if r.blocking_count == 0 {
        line(&mut out, tr("review-blocking-none", &[]));
    } else {
        line(&mut out, count("review-blocking", r.blocking_count));
        for p in r.blocking.iter().take(SHOWN) {
            line(&mut out, format!("  {}", v.pair(p)));
        }
        if r.blocking_count > SHOWN {
            let more = r.blocking_count - SHOWN;
            let text = if r.blocking.len() == r.blocking_count {
                count("review-more-blocking-all", more)
            } else {
                tr(
                    "review-more-blocking-best",
                    &[("count", more.into()), ("best", r.blocking.len().into())],
                )
            };
            line(&mut out, format!("  {text}"));
        }
    }
    if !r.missed.is_empty() {
        line(&mut out, count("review-missed", r.missed.len()));
        let sep = tr("sep-label", &[]);
        for m in r.missed.iter().take(SHOWN) {
            line(
                &mut out,
                format!("  {}{sep}{}", v.label(m.group), missed_text(v, m)),
            );
        }
        if r.missed.len() > SHOWN {
            let text = count("review-more-missed", r.missed.len() - SHOWN);
            line(&mut out, format!("  {text}"));
        }
    }
    if r.changes.is_empty() {
        line(&mut out, tr("review-changes-none", &[]));
    } else {
        line(&mut out, tr("review-changes", &[]));
        for c in &r.changes {
            line(
                &mut out,
                format!("  +{}  {}", signed_text(c.gain()), change_text(v, c)),
            );
        }
    }
    out
}

/// The first [`SHOWN`] items joined, then a count of the others.
fn shown(items: &[String]) -> String {
    let mut text = items[..items.len().min(SHOWN)].join(", ");
    if items.len() > SHOWN {
        text.push_str(", ");
        text.push_str(&tr(
            "review-and-more",
            &[("count", (items.len() - SHOWN).into())],
        ));
    }
    text
}

/// Why a group left out could have had a twin, in words.
fn missed_text(v: &View, m: &Missed) -> String {
    let mut parts = Vec::new();
    let side = |id: &str, p: &Pair| {
        tr(
            id,
            &[
                ("id", v.id_arg(p.b)),
                ("score", points(u64::from(p.score)).into()),
            ],
        )
    };
    if let Some(p) = &m.blocking {
        parts.push(side("review-would-take", p));
    }
    if let Some(p) = &m.in_best {
        parts.push(side("review-best-twins-it", p));
    }
    parts.join(&tr("sep-clause", &[]))
}

/// A change in words.
fn change_text(v: &View, c: &Change) -> String {
    match c {
        Change::Add { pair } => tr("review-add", &[("pair", v.pair(pair).into())]),
        Change::Replace { group, drop, add } => tr(
            "review-replace",
            &[
                ("group", v.id_arg(*group)),
                ("drop", v.id_arg(drop.b)),
                ("drop-score", points(u64::from(drop.score)).into()),
                ("add", v.id_arg(add.b)),
                ("add-score", points(u64::from(add.score)).into()),
            ],
        ),
        Change::Exchange { drop, add } => tr(
            "review-exchange",
            &[
                ("drop-a", v.pair(&drop[0]).into()),
                ("drop-b", v.pair(&drop[1]).into()),
                ("add-a", v.pair(&add[0]).into()),
                ("add-b", v.pair(&add[1]).into()),
            ],
        ),
    }
}

/// The report as a table: one row per line of the plan, then the summary.
pub(crate) fn write_table(v: &View, w: &mut dyn Write) -> io::Result<()> {
    let header = [
        "review-header-line",
        "table-score",
        "table-group-a",
        "table-group-b",
        "review-header-status",
    ]
    .map(|id| tr(id, &[]));
    let rows: Vec<[String; 5]> = v
        .review
        .lines
        .iter()
        .map(|l| {
            let side = |index: Option<usize>, id: &str| match index {
                Some(g) => v.label(g),
                None => tr(
                    "review-unknown-side",
                    &[("id", escape(id).into_owned().into())],
                ),
            };
            [
                l.line.to_string(),
                l.score.map_or("-".into(), |s| points(u64::from(s))),
                side(l.a, &l.id_a),
                side(l.b, &l.id_b),
                status(v, l),
            ]
        })
        .collect();
    let title = tr(
        "review-title",
        &[
            ("plan", escape(v.plan).into_owned().into()),
            (
                "lines",
                tr("review-lines", &[("count", v.review.lines.len().into())]).into(),
            ),
            (
                "groups",
                tr("count-groups", &[("count", v.ds.groups.len().into())]).into(),
            ),
        ],
    );
    writeln!(w, "{title}")?;
    if rows.is_empty() {
        writeln!(w, "{}", tr("review-empty", &[]))?;
    } else {
        let mut widths = header.each_ref().map(|h| h.width());
        for r in &rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.width());
            }
        }
        let right = [true, true, false, false, false];
        let line = |cells: [&str; 5]| {
            let mut out = String::new();
            for (i, c) in cells.iter().enumerate() {
                let pad = " ".repeat(widths[i] - c.width());
                out.push(' ');
                if right[i] {
                    out.push_str(&pad);
                    out.push_str(c);
                } else {
                    out.push_str(c);
                    out.push_str(&pad);
                }
                out.push_str("  ");
            }
            format!("{}\n", out.trim_end())
        };
        w.write_all(line(header.each_ref().map(String::as_str)).as_bytes())?;
        let rule: Vec<String> = widths.iter().map(|&n| "─".repeat(n + 2)).collect();
        writeln!(w, "{}", rule.join(" "))?;
        for r in &rows {
            w.write_all(line([&r[0], &r[1], &r[2], &r[3], &r[4]]).as_bytes())?;
        }
    }
    writeln!(w)?;
    w.write_all(summary_text(v).as_bytes())?;
    w.write_all(verdict(v).as_bytes())
}

/// The review's last line: clean, or how many problems (listed on stderr).
pub(crate) fn verdict(v: &View) -> String {
    if v.review.is_clean() {
        format!("{}\n", messages::review_clean(v.plan))
    } else {
        let n = v.review.breaches.len();
        format!("{}\n", tr("review-problems", &[("count", n.into())]))
    }
}

/// The CSV columns of a review: one row per line of the plan.
pub(crate) const CSV_HEADER: [&str; 9] = [
    "line",
    "id_a",
    "id_b",
    "score",
    "eligible",
    "broken_rules",
    "kept",
    "locked_out",
    "problems",
];

/// One line's CSV cells, in [`CSV_HEADER`]'s order (text exactly as read).
fn csv_cells(v: &View, problems: &[(Option<u64>, String)], l: &Audited) -> [String; 9] {
    let locked_out = locked_out(l, false);
    let texts: Vec<&str> = problems
        .iter()
        .filter(|(line, _)| *line == Some(l.line))
        .map(|(_, t)| t.as_str())
        .collect();
    let _ = v;
    [
        l.line.to_string(),
        l.id_a.clone(),
        l.id_b.clone(),
        l.score.map_or(String::new(), format_score),
        if eligible(l) { "yes" } else { "no" }.into(),
        l.broken
            .iter()
            .map(|&e| rule_key(e))
            .collect::<Vec<_>>()
            .join("; "),
        l.status
            .kept
            .as_ref()
            .map_or(String::new(), |o| format!("{}:{}", o.file, o.line)),
        locked_out.join("; "),
        texts.join("; "),
    ]
}

/// The locks that keep a line's pair out, with the file and line that say so: `forbidden
/// f.csv:2`, `history h.csv:5` (the CSV's keys), or in the run's language for people.
fn locked_out(l: &Audited, for_people: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (origin, key, id) in [
        (
            &l.status.forbidden,
            "forbidden",
            "workbook-review-forbidden-at",
        ),
        (&l.status.history, "history", "workbook-review-history-at"),
    ] {
        if let Some(o) = origin {
            let place = format!("{}:{}", o.file, o.line);
            out.push(if for_people {
                tr(id, &[("place", place.into())])
            } else {
                format!("{key} {place}")
            });
        }
    }
    out
}

/// The header row of a review's xlsx pairs sheet: the CSV columns, named in the run's
/// language (in English, the CSV field names).
const XLSX_HEADER: [&str; 9] = [
    "workbook-review-line",
    "workbook-header-id-a",
    "workbook-header-id-b",
    "workbook-header-score",
    "workbook-review-eligible",
    "workbook-review-broken-rules",
    "workbook-review-kept",
    "workbook-review-locked-out",
    "workbook-review-problems",
];

/// Whether a line is a pair the rules and locks allow (its capacity aside).
fn eligible(l: &Audited) -> bool {
    l.score.is_some()
        && l.broken.is_empty()
        && l.status.forbidden.is_none()
        && l.status.history.is_none()
}

/// The problems with their plan line, words unescaped (for CSV, JSON and xlsx).
fn plain_problems(v: &View) -> Vec<(Option<u64>, String)> {
    v.review
        .breaches
        .iter()
        .map(|b| (b.line(), breach_text(v, b)))
        .collect()
}

/// The review as CSV: one row per line of the plan (CSV-injection safe, as pair rows).
pub(crate) fn write_csv(v: &View, options: super::CsvOptions, w: &mut dyn Write) -> io::Result<()> {
    if options.bom {
        w.write_all(super::csv::BOM)?;
    }
    let problems = plain_problems(v);
    let mut out = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .from_writer(w);
    out.write_record(CSV_HEADER).map_err(io::Error::other)?;
    for l in &v.review.lines {
        let cells = csv_cells(v, &problems, l);
        let record: Vec<std::borrow::Cow<str>> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| match i {
                0 | 3 => std::borrow::Cow::Borrowed(c.as_str()),
                _ => super::csv::neutralise(c),
            })
            .collect();
        out.write_record(record.iter().map(|c| c.as_bytes()))
            .map_err(io::Error::other)?;
    }
    out.flush()
}

#[derive(Serialize)]
struct FiguresJson {
    pairs: usize,
    #[serde(serialize_with = "serialize_points")]
    total_score: u64,
    groups_seeking: usize,
    groups_twinned: usize,
    #[serde(serialize_with = "serialize_points_opt")]
    lowest_score: Option<Hundredths>,
}

impl From<&Figures> for FiguresJson {
    fn from(f: &Figures) -> Self {
        FiguresJson {
            pairs: f.pairs,
            total_score: f.total,
            groups_seeking: f.groups_seeking,
            groups_twinned: f.groups_twinned,
            lowest_score: f.lowest,
        }
    }
}

#[derive(Serialize)]
struct PairJson<'a> {
    id_a: &'a str,
    id_b: &'a str,
    #[serde(serialize_with = "serialize_points")]
    score: Hundredths,
}

#[derive(Serialize)]
struct LineJson<'a> {
    line: u64,
    id_a: &'a str,
    id_b: &'a str,
    #[serde(serialize_with = "serialize_points_opt")]
    score: Option<Hundredths>,
    eligible: bool,
    broken_rules: Vec<&'static str>,
    kept: Option<String>,
    forbidden: Option<String>,
    history: Option<String>,
    repeat_of: Option<u64>,
    problems: Vec<&'a str>,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    id: &'a str,
    name: &'a str,
    country: &'a str,
    capacity: u32,
    used: u32,
}

#[derive(Serialize)]
struct BestJson {
    method: &'static str,
    #[serde(flatten)]
    figures: FiguresJson,
    /// Points the plan has fewer than the best plan (negative: more).
    #[serde(serialize_with = "serialize_signed")]
    points_lost: i64,
    #[serde(serialize_with = "serialize_signed_opt")]
    percent_lost: Option<i64>,
}

#[derive(Serialize)]
struct MissedJson<'a> {
    id: &'a str,
    would_take_it: Option<PairJson<'a>>,
    twin_in_best_plan: Option<PairJson<'a>>,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    kind: &'static str,
    #[serde(serialize_with = "serialize_signed")]
    gain: i64,
    drop: Vec<PairJson<'a>>,
    add: Vec<PairJson<'a>>,
    text: String,
}

#[derive(Serialize)]
struct ProblemJson {
    line: Option<u64>,
    message: String,
}

#[derive(Serialize)]
struct ReviewJson<'a> {
    plan_file: &'a str,
    ok: bool,
    plan: FiguresJson,
    best_plan: BestJson,
    lines: Vec<LineJson<'a>>,
    groups: Vec<GroupJson<'a>>,
    blocking_pairs: usize,
    blocking: Vec<PairJson<'a>>,
    could_have_had_a_twin: Vec<MissedJson<'a>>,
    changes: Vec<ChangeJson<'a>>,
    problems: Vec<ProblemJson>,
}

fn serialize_signed<S: serde::Serializer>(h: &i64, s: S) -> Result<S::Ok, S::Error> {
    // Two decimals exactly, as a number.
    let value: f64 = signed(*h).parse().unwrap_or(0.0);
    s.serialize_f64(value)
}

fn serialize_signed_opt<S: serde::Serializer>(h: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
    match h {
        Some(h) => serialize_signed(h, s),
        None => s.serialize_none(),
    }
}

/// The review as one JSON document.
pub(crate) fn write_json(v: &View, w: &mut dyn Write) -> io::Result<()> {
    let r = v.review;
    let problems = plain_problems(v);
    let pair = |p: &Pair| PairJson {
        id_a: v.id(p.a),
        id_b: v.id(p.b),
        score: p.score,
    };
    let at = |o: &crate::plan::review::Origin| format!("{}:{}", o.file, o.line);
    let doc = ReviewJson {
        plan_file: v.plan,
        ok: r.is_clean(),
        plan: (&r.figures).into(),
        best_plan: BestJson {
            method: v.method,
            figures: (&r.best_figures).into(),
            points_lost: r.lost(),
            percent_lost: percent(r.lost(), r.best_figures.total),
        },
        lines: r
            .lines
            .iter()
            .map(|l| LineJson {
                line: l.line,
                id_a: &l.id_a,
                id_b: &l.id_b,
                score: l.score,
                eligible: eligible(l),
                broken_rules: l.broken.iter().map(|&e| rule_key(e)).collect(),
                kept: l.status.kept.as_ref().map(at),
                forbidden: l.status.forbidden.as_ref().map(at),
                history: l.status.history.as_ref().map(at),
                repeat_of: l.repeat_of,
                problems: problems
                    .iter()
                    .filter(|(line, _)| *line == Some(l.line))
                    .map(|(_, t)| t.as_str())
                    .collect(),
            })
            .collect(),
        groups: v
            .ds
            .groups
            .iter()
            .zip(&r.used)
            .map(|(g, &used)| GroupJson {
                id: &g.id,
                name: &g.name,
                country: &v.reference.countries[g.country].alpha2,
                capacity: g.capacity,
                used,
            })
            .collect(),
        blocking_pairs: r.blocking_count,
        blocking: r.blocking.iter().map(pair).collect(),
        could_have_had_a_twin: r
            .missed
            .iter()
            .map(|m| MissedJson {
                id: v.id(m.group),
                would_take_it: m.blocking.as_ref().map(pair),
                twin_in_best_plan: m.in_best.as_ref().map(pair),
            })
            .collect(),
        changes: r
            .changes
            .iter()
            .map(|c| {
                let (kind, drop, add): (&str, Vec<Pair>, Vec<Pair>) = match c {
                    Change::Add { pair } => ("add", vec![], vec![*pair]),
                    Change::Replace { drop, add, .. } => ("replace", vec![*drop], vec![*add]),
                    Change::Exchange { drop, add } => ("exchange", drop.to_vec(), add.to_vec()),
                };
                ChangeJson {
                    kind,
                    gain: c.gain(),
                    drop: drop.iter().map(pair).collect(),
                    add: add.iter().map(pair).collect(),
                    text: change_text(v, c),
                }
            })
            .collect(),
        problems: problems
            .iter()
            .map(|(line, message)| ProblemJson {
                line: *line,
                message: message.clone(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    w.write_all(b"\n")
}

/// The review as an xlsx workbook: `pairs` (the CSV rows), `groups` (capacity used) and
/// `summary` (the summary's lines, one a row).
pub(crate) fn write_xlsx(v: &View, w: &mut dyn Write) -> io::Result<()> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let problems = plain_problems(v);
    let build = || -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let bold = Format::new().set_bold();
        let two = Format::new().set_num_format("0.00");
        let mut book = Workbook::new();
        let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
        book.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let sheet = book.add_worksheet();
        sheet.set_name(super::xlsx::sheet_name(current(), "pairs"))?;
        for (c, h) in XLSX_HEADER.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, tr(h, &[]), &bold)?;
        }
        let sep = tr("sep-clause", &[]);
        let (yes, no) = (tr("workbook-yes", &[]), tr("workbook-no", &[]));
        for (i, l) in v.review.lines.iter().enumerate() {
            let row = i as u32 + 1;
            let mut cells = csv_cells(v, &problems, l);
            // For people: yes/no, rules and locks in the run's language (the CSV keeps
            // its keys; in English the two read alike).
            cells[4] = if eligible(l) { &yes } else { &no }.clone();
            cells[5] = l
                .broken
                .iter()
                .map(|&e| rule(e))
                .collect::<Vec<_>>()
                .join(&sep);
            cells[7] = locked_out(l, true).join(&sep);
            sheet.write_number(row, 0, l.line as f64)?;
            for (c, text) in cells.iter().enumerate().skip(1) {
                if c == 3 {
                    if let Some(s) = l.score {
                        sheet.write_number_with_format(row, 3, f64::from(s) / 100.0, &two)?;
                    }
                } else {
                    sheet.write_string(row, c as u16, cut(text)?)?;
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        let groups = book.add_worksheet();
        groups.set_name(super::xlsx::sheet_name(current(), "groups"))?;
        for (c, h) in [
            "workbook-review-id",
            "workbook-name",
            "workbook-country",
            "workbook-review-capacity",
            "workbook-review-used",
        ]
        .iter()
        .enumerate()
        {
            groups.write_string_with_format(0, c as u16, tr(h, &[]), &bold)?;
        }
        for (i, (g, &used)) in v.ds.groups.iter().zip(&v.review.used).enumerate() {
            let row = i as u32 + 1;
            groups.write_string(row, 0, cut(&g.id)?)?;
            groups.write_string(row, 1, cut(&g.name)?)?;
            groups.write_string(row, 2, &v.reference.countries[g.country].alpha2)?;
            groups.write_number(row, 3, f64::from(g.capacity))?;
            groups.write_number(row, 4, f64::from(used))?;
        }
        groups.set_freeze_panes(1, 0)?;
        let summary = book.add_worksheet();
        summary.set_name(super::xlsx::sheet_name(current(), "summary"))?;
        let text = summary_text(v) + &verdict(v);
        let mut row = 0;
        for line in text.lines() {
            summary.write_string(row, 0, cut(line)?)?;
            row += 1;
        }
        for (line, message) in &problems {
            let text = match line {
                Some(l) => tr(
                    "review-at-line",
                    &[
                        ("line", l.to_string().into()),
                        ("message", message.as_str().into()),
                    ],
                ),
                None => message.clone(),
            };
            summary.write_string(row, 0, cut(&text)?)?;
            row += 1;
        }
        book.save_to_buffer()
    };
    let bytes = build().map_err(io::Error::other)?;
    w.write_all(&bytes)
}

/// Text for an Excel cell, refused (never cut: the `pairs` sheet is a pair list twin reads
/// back) when longer than a cell holds.
fn cut(text: &str) -> Result<&str, rust_xlsxwriter::XlsxError> {
    let units = text.encode_utf16().count();
    if units > super::xlsx::MAX_CELL_CHARS {
        let start: String = text.chars().take(20).collect();
        return Err(rust_xlsxwriter::XlsxError::ParameterError(tr(
            "review-cell-too-long",
            &[
                ("start", start.trim_end().to_string().into()),
                ("count", units.into()),
                ("max", super::xlsx::MAX_CELL_CHARS.into()),
            ],
        )));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_half_away_from_zero_in_hundredths() {
        // 42.00 of 1423.33 points: 2.9508… %.
        assert_eq!(percent(4200, 142_333), Some(295));
        assert_eq!(percent(-4200, 142_333), Some(-295));
        assert_eq!(percent(1, 200), Some(50));
        // 1 of 30000: 0.00333… % rounds to 0; 1 of 20000 is 0.005 %, half: away from 0.
        assert_eq!(percent(1, 30_000), Some(0));
        assert_eq!(percent(1, 20_000), Some(1));
        assert_eq!(percent(0, 0), None);
        assert_eq!(signed(-150), "-1.50");
        assert_eq!(signed(8000), "80.00");
    }
}
