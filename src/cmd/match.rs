//! `twin match`: ranked candidate twins — per group, for chosen groups, the top N, or all.
//!
//! Memory stays bounded whatever the size: per-group lists are held whole only up to
//! [`LISTED_PAIRS`] pairs, beyond that they are computed and written a chunk of groups at a
//! time; `--all` (and a `--top` too large to hold) comes from [`BestFirst`] batches, written
//! as they are found. Every format streams but xlsx. The table measures its columns on the
//! pairs when they fit in memory; past that, on bounds from the groups
//! (`output::width_bounds`), and goes through the pairs once, like CSV.

use std::cell::Cell;

use crate::candidates::index::ProfileIndex;
use crate::candidates::order::Pair;
use crate::candidates::reference::candidates;
use crate::candidates::scan::{
    BestFirst, candidates_of, count_pairs, pairs_after, top_candidates_with, top_pairs,
};
use crate::cli::{MatchArgs, OutputArgs};
use crate::error::{Error, Result};
use crate::model::dataset::Dataset;
use crate::output::progress::Progress;
use crate::output::{self, CsvOptions, Format, Layout, PairRow, sink};
use crate::score::kernel::Kernel;
use crate::score::{Hundredths, Scoring};
use crate::settings::Config;

/// How many "no candidate" notes to print before summarising the rest.
const MAX_NOTES: usize = 10;

/// The most pairs held in memory at once (about 24 bytes each, twice over while they are
/// ranked): larger per-group lists are written a chunk of groups at a time, and a larger
/// `--top` (groups × N) is found in batches.
pub const LISTED_PAIRS: usize = 2_000_000;

/// What one thread may hold for a batch of `--all` or a large `--top` (16 bytes a pair).
pub const BATCH_BYTES: usize = 256 << 20;

/// The first batch of `--all`: small, so the first rows come after one quick pass.
const FIRST_BATCH: usize = 1_000;

pub fn run(args: &MatchArgs, config: &Config) -> Result<()> {
    let out = &args.output;
    let (format, csv) = super::output_choice(out)?;
    sink::check_target(out.output.as_deref(), out.force)?;
    let ds = super::load(&args.files, config)?;
    let scoring = &config.scoring;
    let min = args.min_score.unwrap_or(0);
    let n = ds.groups.len();
    let to_usize = |v: u64| usize::try_from(v).unwrap_or(usize::MAX);
    let row = |(p, rank): (Pair, usize)| output::pair_row(&ds, &config.reference, &p, rank);

    if args.all || args.top.is_some() {
        let limit = args.top.map_or(usize::MAX, to_usize);
        if limit.saturating_mul(n) <= LISTED_PAIRS {
            // The best N overall are among each group's best N: O(groups · N) memory.
            let pairs = top_pairs(&ds, scoring, limit, min);
            let rows = || -> Rows { Box::new(pairs.iter().copied().zip(1..).map(row)) };
            return write_rows(out, format, csv, &rows, None, Layout::Pairs);
        }
        let max_batch = (BATCH_BYTES / 16 / rayon::current_num_threads().max(1)).max(1);
        if matches!(format, Format::Table | Format::Xlsx) {
            // A table measures its rows first, a workbook holds them all: held whole when
            // they fit (counted first), a workbook refused before any work when they do not.
            let fits = limit.min(LISTED_PAIRS);
            let xlsx = format == Format::Xlsx;
            let count = (fits < limit || xlsx).then(|| count_pairs(&ds, scoring, min));
            if let Some(count) = count.filter(|_| xlsx) {
                let target = out.output.as_deref().unwrap_or("<stdout>");
                output::fits_in_sheet(count.min(limit as u64))
                    .map_err(|e| Error::io(target, std::io::Error::other(e)))?;
            }
            if count.is_none_or(|c| c <= fits as u64) {
                let pairs = pairs_after(&ds, scoring, fits, min, u128::MAX);
                let rows = || -> Rows { Box::new(pairs.iter().copied().zip(1..).map(row)) };
                return write_rows(out, format, csv, &rows, None, Layout::Pairs);
            }
        }
        let first = if args.all { FIRST_BATCH } else { limit };
        let rows = || -> Rows {
            let pairs = BestFirst::new(&ds, scoring, min, limit, first, max_batch);
            Box::new(pairs.zip(1..).map(row))
        };
        // Too many to go through twice: the table's columns fit any pair there can be.
        let most = limit.min(n.saturating_mul(n.saturating_sub(1)) / 2);
        let widths = || -> Rows { Box::new(output::width_bounds(&ds, &config.reference, most)) };
        return write_rows(out, format, csv, &rows, Some(&widths), Layout::Pairs);
    }

    let (groups, default_k) = if args.groups.is_empty() {
        // Every group seeking a twin, with the configured number of candidates.
        let seeking: Vec<usize> = (0..n)
            .filter(|&g| ds.groups[g].capacity > 0 || !scoring.rules.require_capacity)
            .collect();
        (seeking, config.per_group)
    } else {
        let mut chosen = Vec::new();
        for id in &args.groups {
            let g = super::group_index(&ds, id)?;
            if !chosen.contains(&g) {
                chosen.push(g);
            }
        }
        (chosen, usize::MAX)
    };
    // No group has more candidates than there are groups.
    let k = args.per_group.map_or(default_k, to_usize).min(n);
    let notes = Notes::default();

    if args.groups.is_empty() && groups.len().saturating_mul(k) > LISTED_PAIRS {
        // Too many to hold: a chunk of groups at a time, computed again for each pass.
        let kernel = Kernel::new(&ds, scoring);
        let index = kernel
            .as_ref()
            .map(|kernel| ProfileIndex::new(kernel, (0..n).filter(|&g| kernel.available(g))));
        let chunk = (LISTED_PAIRS / k.max(1)).max(1);
        let passes = Cell::new(0usize);
        let (ds, index, groups, notes) = (&ds, index.as_ref(), &groups, &notes);
        return write_rows(
            out,
            format,
            csv,
            &|| {
                let pass = passes.get();
                passes.set(pass + 1);
                let lists = groups.chunks(chunk).flat_map(move |chunk| {
                    let lists = candidates_of(ds, scoring, index, chunk, k, min);
                    let mut rows = Vec::new();
                    for (&g, list) in chunk.iter().zip(lists) {
                        if list.is_empty() && pass == 0 {
                            notes.alone(ds, scoring, g, min);
                        }
                        rows.extend(list.into_iter().zip(1..));
                    }
                    rows
                });
                // At the end of the first pass, the count of groups not noted.
                let end = std::iter::from_fn(move || {
                    if pass == 0 {
                        notes.finish();
                    }
                    None
                });
                Box::new(lists.chain(end).map(row))
            },
            // Too many to go through twice: the columns fit any candidate there can be.
            Some(&|| -> Rows { Box::new(output::width_bounds(ds, &config.reference, k)) }),
            Layout::PerGroup,
        );
    }

    // Lists for every group come from the fast all-pairs pass; a few chosen groups are
    // cheaper one row at a time.
    let mut lists = if args.groups.is_empty() {
        let bar = Progress::new("scoring pairs");
        top_candidates_with(&ds, scoring, k, min, &|done, total| bar.set(done, total))
    } else {
        vec![Vec::new(); n]
    };
    let mut pairs = Vec::new();
    let mut ranks = Vec::new();
    for g in groups {
        let mut list = if args.groups.is_empty() {
            std::mem::take(&mut lists[g])
        } else {
            candidates(&ds, scoring, g, min)
        };
        if list.is_empty() {
            notes.alone(&ds, scoring, g, min);
        }
        list.truncate(k);
        ranks.extend(1..=list.len());
        pairs.extend(list);
    }
    notes.finish();
    write_rows(
        out,
        format,
        csv,
        &|| Box::new(pairs.iter().copied().zip(ranks.iter().copied()).map(row)),
        None,
        Layout::PerGroup,
    )
}

/// Rows to write, produced lazily.
type Rows<'r> = Box<dyn Iterator<Item = PairRow> + 'r>;

/// Writes what `rows` yields where `out` says, in `format` (a table measured on `widths`
/// when given, see [`output::write`]).
fn write_rows<'r>(
    out: &OutputArgs,
    format: Format,
    csv: CsvOptions,
    rows: &dyn Fn() -> Rows<'r>,
    widths: Option<&dyn Fn() -> Rows<'r>>,
    layout: Layout,
) -> Result<()> {
    sink::write_with(out.output.as_deref(), out.force, |w| {
        output::write(format, rows, widths, layout, None, csv, w)
    })
}

/// The "no candidate" notes: the first [`MAX_NOTES`] say why, the rest are counted.
#[derive(Default)]
struct Notes {
    alone: Cell<usize>,
}

impl Notes {
    fn alone(&self, ds: &Dataset, scoring: &Scoring, g: usize, min: Hundredths) {
        // Say why for the first few; past that the list would drown the output.
        if self.alone.get() < MAX_NOTES {
            super::eprintln_safe(&format!(
                "note: {}",
                super::no_candidate(ds, scoring, g, min)
            ));
        }
        self.alone.set(self.alone.get() + 1);
    }

    fn finish(&self) {
        let alone = self.alone.replace(0);
        if alone > MAX_NOTES {
            super::eprintln_safe(&format!(
                "note: … and {} more groups have no candidate; `twin check` lists them all with reasons",
                alone - MAX_NOTES
            ));
        }
    }
}
