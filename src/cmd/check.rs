//! `twin check`: validate every file, report all problems, then summarise the network.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::candidates::alone::{has_partner, scan_many};
use crate::cli::CheckArgs;
use crate::error::{Error, Result};
use crate::model::dataset::Dataset;
use crate::model::profile::themes_of;
use crate::model::reference::Reference;
use crate::output::sink;
use crate::output::terminal::escape;
use crate::score::Scoring;
use crate::settings::Config;

pub fn run(args: &CheckArgs, config: &Config) -> Result<()> {
    let (ds, problems) = super::load_lenient(&args.files, config)?;
    for line in crate::error::summarised(&problems, "error") {
        super::eprintln_safe(&line);
    }
    if !ds.groups.is_empty() {
        let text = summary(&ds, &config.reference, &config.scoring);
        sink::write(text.as_bytes(), None, false)?;
    }
    if problems.is_empty() {
        super::eprintln_safe("ok: no problems found");
        Ok(())
    } else {
        // The problems are printed above; the error reports their count only.
        let n = crate::error::count(&problems);
        let s = if n == 1 { "" } else { "s" };
        let tail = if ds.groups.is_empty() {
            ""
        } else {
            "; the summary covers the valid groups only"
        };
        Err(Error::Refused(format!("{n} problem{s} found{tail}")))
    }
}

/// The summary of a dataset as text, every piece of file text (ids, names, theme ids from
/// the config) [escaped](escape) for the terminal. Pure.
pub fn summary(ds: &Dataset, r: &Reference, scoring: &Scoring) -> String {
    let mut out = String::new();
    let mut countries: BTreeMap<&str, usize> = BTreeMap::new();
    let mut languages: BTreeMap<&str, usize> = BTreeMap::new();
    let mut themes: BTreeMap<&str, usize> = BTreeMap::new();
    for g in &ds.groups {
        *countries.entry(&r.countries[g.country].alpha2).or_default() += 1;
        for &l in &g.languages {
            *languages.entry(&r.languages[l].code).or_default() += 1;
        }
        for t in themes_of(g.themes) {
            *themes.entry(&r.themes[t].id).or_default() += 1;
        }
    }
    let seeking = ds.groups.iter().filter(|g| g.capacity > 0).count();
    let _ = writeln!(
        out,
        "{} groups in {} countries; {} seeking a twin ({} places in all)",
        ds.groups.len(),
        countries.len(),
        seeking,
        ds.groups.iter().map(|g| u64::from(g.capacity)).sum::<u64>()
    );
    let _ = writeln!(out, "\ngroups per country:\n  {}", counts(&countries));
    let _ = writeln!(out, "\nlanguages:\n  {}", counts(&languages));
    let _ = writeln!(out, "\nthemes:\n  {}", counts(&themes));

    let not_seeking: Vec<_> = ds
        .groups
        .iter()
        .filter(|g| g.capacity == 0)
        .map(|g| escape(&g.id))
        .collect();
    if !not_seeking.is_empty() {
        let _ = writeln!(
            out,
            "\nnot seeking a twin (capacity 0): {}",
            not_seeking.join(", ")
        );
    }

    // One fast all-pairs pass finds the lonely groups; only they get a full scan.
    let has_partner = has_partner(ds, scoring);
    let lonely: Vec<usize> = (0..ds.groups.len())
        .filter(|&i| !(ds.groups[i].capacity == 0 && scoring.rules.require_capacity))
        .filter(|&i| !has_partner[i])
        .collect();
    let scans = scan_many(ds, scoring, &lonely);
    let mut alone = Vec::new();
    for (&i, scan) in lonely.iter().zip(scans) {
        let g = &ds.groups[i];
        let detail: Vec<String> = scan
            .excluded
            .iter()
            .map(|(e, n)| format!("{} ({n})", e.describe()))
            .collect();
        let detail = if ds.groups.len() == 1 {
            "it is the only group".into()
        } else {
            detail.join(", ")
        };
        alone.push(format!(
            "  {} {} ({}): {}",
            escape(&g.id),
            escape(&g.name),
            escape(&r.countries[g.country].alpha2),
            detail
        ));
    }
    if alone.is_empty() {
        let _ = writeln!(
            out,
            "\nevery group seeking a twin has at least one eligible partner"
        );
    } else {
        let _ = writeln!(
            out,
            "\nno eligible partner ({}), with the rules excluding the other groups:\n{}",
            alone.len(),
            alone.join("\n")
        );
    }
    out
}

/// "FR 6, ES 4, …": largest count first, then by name.
fn counts(map: &BTreeMap<&str, usize>) -> String {
    let mut v: Vec<(&str, usize)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let parts: Vec<String> = v
        .iter()
        .map(|(k, n)| format!("{} {n}", escape(k)))
        .collect();
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(", ")
    }
}
