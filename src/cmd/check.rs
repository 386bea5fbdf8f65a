//! `twin check`: validate every file, report all problems, then summarise the network.

use crate::candidates::alone::Alone;
use crate::cli::CheckArgs;
use crate::error::{Error, Result};
use crate::model::dataset::Dataset;
use crate::output::messages::{self, Severity};
use crate::output::{check, sink};
use crate::score::{Exclusion, Scoring};
use crate::settings::Config;

/// Loads leniently, prints every problem (stderr), writes the summary of the valid groups
/// (stdout) and ends with the verdict: `ok` after the summary, or the count of problems as
/// the error.
pub(crate) fn run(args: &CheckArgs, config: &Config) -> Result<()> {
    let (ds, problems) = super::load_lenient(&args.files, config)?;
    messages::problems(Severity::Error, &problems);
    let mut text = String::new();
    if !ds.groups.is_empty() {
        let alone = without_partner(&ds, &config.scoring);
        text = check::summary(&ds, &config.reference, &alone);
    }
    if problems.is_empty() {
        // The verdict goes where the summary goes: a saved summary says it was clean.
        text.push_str(&messages::no_problems());
        text.push('\n');
        sink::write(text.as_bytes(), None, false)
    } else {
        if !text.is_empty() {
            sink::write(text.as_bytes(), None, false)?;
        }
        // The problems are printed above; the error reports their count only.
        let n = crate::error::count(&problems);
        Err(Error::Refused(messages::problems_found(
            n,
            !ds.groups.is_empty(),
        )))
    }
}

/// Every group seeking a twin without an eligible partner, with the counts of the groups
/// each rule excludes: the census (or one parallel pass) finds them, only they get a full
/// scan.
fn without_partner(ds: &Dataset, scoring: &Scoring) -> Vec<(usize, Vec<(Exclusion, usize)>)> {
    let alone = Alone::new(ds, scoring);
    let has_partner = alone.has_partner();
    let lonely: Vec<usize> = (0..ds.groups.len())
        .filter(|&i| !(ds.groups[i].capacity == 0 && scoring.rules.require_capacity))
        .filter(|&i| !has_partner[i])
        .collect();
    let scans = alone.scan_many(&lonely);
    lonely
        .into_iter()
        .zip(scans)
        .map(|(i, scan)| (i, scan.excluded))
        .collect()
}
