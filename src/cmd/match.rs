//! `twin match`: ranked candidate twins — per group, for chosen groups, the top N, or all.
//!
//! Memory stays bounded whatever the size: per-group lists are held whole only up to
//! [`LISTED_PAIRS`] pairs, beyond that they are computed and written a chunk of groups at a
//! time; `--all` (and a `--top` too large to hold) comes from [`BestFirst`] batches, written
//! as they are found. Every format streams but xlsx. The table measures its columns on the
//! pairs when they fit in memory; past that, on bounds from the groups
//! (`output::width_bounds`), and goes through the pairs once, like CSV.

use std::cell::Cell;

use crate::candidates::best::BestCandidates;
use crate::candidates::order::Pair;
use crate::candidates::reference::{candidates, why_alone};
use crate::candidates::scan::{
    BestFirst, candidates_of, count_pairs, pairs_after, top_candidates_with, top_pairs,
};
use crate::cli::{MatchArgs, OutputArgs};
use crate::error::{Error, Result};
use crate::model::dataset::Dataset;
use crate::output::alone::{self, GROUPS_SHOWN};
use crate::output::progress;
use crate::output::{self, CsvOptions, Format, Layout, PairRow, messages, sink};
use crate::score::kernel::Kernel;
use crate::score::{Hundredths, Scoring};
use crate::settings::Config;

/// The most pairs held in memory at once (about 24 bytes each, twice over while they are
/// ranked): larger per-group lists are written a chunk of groups at a time, and a larger
/// `--top` (groups × N) is found in batches.
pub(crate) const LISTED_PAIRS: usize = 2_000_000;

/// The most candidates [`Job::per_group_in_chunks`] holds at once, 8 bytes each (128 MB).
const HELD_CANDIDATES: usize = 16_000_000;

/// Groups whose rows are made together, in parallel, when written in chunks.
const ROW_BATCH: usize = 4_096;

/// What one thread may hold for a batch of `--all` or a large `--top` (16 bytes a pair).
pub(crate) const BATCH_BYTES: usize = 256 << 20;

/// The first batch of `--all`: small, so the first rows come after one quick pass.
const FIRST_BATCH: usize = 1_000;

/// Checks the output, loads the groups, then lists the best pairs overall (`--top`,
/// `--all`) or each group's candidates, held whole or in chunks by their number.
pub(crate) fn run(args: &MatchArgs, config: &Config) -> Result<()> {
    let out = &args.output;
    let (format, csv) = super::output_choice(out)?;
    sink::check_target(out.output.as_deref(), out.force)?;
    let mut ds = super::load(&args.files, config)?;
    super::locks::apply(&mut ds, config, &args.pairs)?;
    let job = Job {
        ds: &ds,
        config,
        out,
        format,
        csv,
        min: args.min_score.unwrap_or(0),
    };
    if args.all || args.top.is_some() {
        return job.best_overall(args.top.map_or(usize::MAX, to_usize), args.all);
    }
    let (groups, k) = job.chosen_groups(args)?;
    let every = args.groups.is_empty();
    if every && groups.len().saturating_mul(k) > LISTED_PAIRS {
        return job.per_group_in_chunks(&groups, k);
    }
    job.per_group(&groups, k, every)
}

/// `v` as a `usize`, saturating.
fn to_usize(v: u64) -> usize {
    usize::try_from(v).unwrap_or(usize::MAX)
}

/// One `match` run: the groups, where the rows go, and the lowest score listed.
struct Job<'a> {
    ds: &'a Dataset,
    config: &'a Config,
    out: &'a OutputArgs,
    format: Format,
    csv: CsvOptions,
    min: Hundredths,
}

impl<'a> Job<'a> {
    fn scoring(&self) -> &'a Scoring {
        &self.config.scoring
    }

    /// The row of a pair at `rank`.
    fn row(&self, (p, rank): (Pair, usize)) -> PairRow<'a> {
        output::pair_row(self.ds, &self.config.reference, &p, rank)
    }

    /// `pairs`, ranked 1, 2, …, as rows.
    fn ranked<'r>(&'r self, pairs: &'r [Pair]) -> Rows<'r> {
        Box::new(pairs.iter().copied().zip(1..).map(|r| self.row(r)))
    }

    /// Writes what `rows` yields where the command line says, in its format (a table
    /// measured on `widths` when given, see [`output::write`]).
    fn write<'r>(
        &self,
        rows: &dyn Fn() -> Rows<'r>,
        widths: Option<&dyn Fn() -> Rows<'r>>,
        layout: Layout,
    ) -> Result<()> {
        sink::write_with(self.out.output.as_deref(), self.out.force, |w| {
            let look = output::Look {
                csv: self.csv,
                fit: sink::terminal_width(self.out.output.as_deref()),
                names: Some(&self.config.reference),
            };
            output::write(self.format, rows, widths, layout, None, look, w)
        })
    }

    /// `--top N` and `--all`: the best `limit` pairs overall, best first. Held in memory
    /// when they fit, else found and written in [`BestFirst`] batches (the first of
    /// [`FIRST_BATCH`] pairs with `--all`, so the first rows come quickly).
    fn best_overall(&self, limit: usize, all: bool) -> Result<()> {
        let (ds, scoring, min) = (self.ds, self.scoring(), self.min);
        let n = ds.groups.len();
        if limit.saturating_mul(n) <= LISTED_PAIRS {
            // The best N overall are among each group's best N: O(groups · N) memory.
            let pairs = top_pairs(ds, scoring, limit, min);
            return self.write(&|| self.ranked(&pairs), None, Layout::Pairs);
        }
        if matches!(self.format, Format::Table | Format::Xlsx)
            && let Some(pairs) = self.held_whole(limit)?
        {
            return self.write(&|| self.ranked(&pairs), None, Layout::Pairs);
        }
        let max_batch = (BATCH_BYTES / 16 / rayon::current_num_threads().max(1)).max(1);
        let first = if all { FIRST_BATCH } else { limit };
        let rows = || -> Rows {
            let pairs = BestFirst::new(ds, scoring, min, limit, first, max_batch);
            Box::new(pairs.zip(1..).map(|r| self.row(r)))
        };
        // Too many to go through twice: the table's columns fit any pair there can be.
        let most = limit.min(n.saturating_mul(n.saturating_sub(1)) / 2);
        let widths =
            || -> Rows { Box::new(output::width_bounds(ds, &self.config.reference, most)) };
        self.write(&rows, Some(&widths), Layout::Pairs)
    }

    /// For a table (which measures its rows first) or a workbook (which holds them all):
    /// the best `limit` pairs when at most [`LISTED_PAIRS`] of them are eligible (counted
    /// first), else `None` to stream them; a workbook whose pairs would not fit in a sheet
    /// is refused before any work.
    fn held_whole(&self, limit: usize) -> Result<Option<Vec<Pair>>> {
        let (ds, scoring, min) = (self.ds, self.scoring(), self.min);
        let fits = limit.min(LISTED_PAIRS);
        let xlsx = self.format == Format::Xlsx;
        let count = (fits < limit || xlsx).then(|| count_pairs(ds, scoring, min));
        if let Some(count) = count.filter(|_| xlsx) {
            let target = self.out.output.as_deref().unwrap_or(sink::STDOUT);
            output::fits_in_sheet(count.min(limit as u64))
                .map_err(|e| Error::io(target, std::io::Error::other(e)))?;
        }
        Ok(count
            .is_none_or(|c| c <= fits as u64)
            .then(|| pairs_after(ds, scoring, fits, min, u128::MAX)))
    }

    /// The groups to list (dataset indices, in order) and how many candidates each: every
    /// group seeking a twin with the configured number, or the `--group` ones with all
    /// their candidates; `--per-group` overrides, and no list is longer than the groups.
    fn chosen_groups(&self, args: &MatchArgs) -> Result<(Vec<usize>, usize)> {
        let ds = self.ds;
        let n = ds.groups.len();
        let (groups, default_k) = if args.groups.is_empty() {
            let require_capacity = self.scoring().rules.require_capacity;
            let seeking: Vec<usize> = (0..n)
                .filter(|&g| ds.groups[g].capacity > 0 || !require_capacity)
                .collect();
            (seeking, self.config.per_group)
        } else {
            let mut chosen = Vec::new();
            for id in &args.groups {
                let g = super::group_index(ds, id)?;
                if !chosen.contains(&g) {
                    chosen.push(g);
                }
            }
            (chosen, usize::MAX)
        };
        Ok((groups, args.per_group.map_or(default_k, to_usize).min(n)))
    }

    /// Each group's best `k` candidates, held in memory: for every group (`every`) from the
    /// fast all-pairs pass, for a few chosen groups one row at a time, which is cheaper.
    fn per_group(&self, groups: &[usize], k: usize, every: bool) -> Result<()> {
        let (ds, scoring, min) = (self.ds, self.scoring(), self.min);
        let mut lists = if every {
            let bar = progress::scoring();
            top_candidates_with(ds, scoring, k, min, &|done, total| bar.set(done, total))
        } else {
            vec![Vec::new(); ds.groups.len()]
        };
        let notes = Notes::default();
        let mut pairs = Vec::new();
        let mut ranks = Vec::new();
        for &g in groups {
            let mut list = if every {
                std::mem::take(&mut lists[g])
            } else {
                candidates(ds, scoring, g, min)
            };
            if list.is_empty() {
                notes.alone(ds, scoring, g, min);
            }
            list.truncate(k);
            ranks.extend(1..=list.len());
            pairs.extend(list);
        }
        notes.finish();
        let rows = || -> Rows {
            let ranked = pairs.iter().copied().zip(ranks.iter().copied());
            Box::new(ranked.map(|r| self.row(r)))
        };
        self.write(&rows, None, Layout::PerGroup)
    }

    /// Each group's best `k` candidates when there are too many to hold as rows: found for
    /// up to [`HELD_CANDIDATES`] at a time (all of them, at 10 a group, up to 1.6 million
    /// groups: each theme set's visit order is computed once), kept in 8 bytes each, and
    /// turned into rows a batch of groups at a time, in parallel. Computed again for each
    /// pass over the rows (the table measures its columns on bounds from the groups, so
    /// every format goes through them once). The notes are printed during the first pass.
    fn per_group_in_chunks(&self, groups: &[usize], k: usize) -> Result<()> {
        use rayon::prelude::*;
        let (ds, scoring, min) = (self.ds, self.scoring(), self.min);
        let kernel = Kernel::new(ds, scoring);
        let best = kernel
            .as_ref()
            .map(|kernel| BestCandidates::new(ds, scoring, kernel));
        let chunk = (HELD_CANDIDATES / k.max(1)).max(1);
        let passes = Cell::new(0usize);
        let notes = Notes::default();
        let (best, notes) = (best.as_ref(), &notes);
        let compact = |list: Vec<Pair>| -> Box<[(u32, Hundredths)]> {
            list.into_iter().map(|p| (p.b as u32, p.score)).collect()
        };
        let rows = || -> Rows {
            let pass = passes.get();
            passes.set(pass + 1);
            let lists = groups.chunks(chunk).flat_map(move |chunk| {
                let lists: Vec<Box<[(u32, Hundredths)]>> = match best {
                    Some(best) => best.of_with(ds, chunk, k, min, |_, list| compact(list)),
                    None => candidates_of(ds, scoring, None, chunk, k, min)
                        .into_iter()
                        .map(compact)
                        .collect(),
                };
                let mut at = 0;
                std::iter::from_fn(move || {
                    let end = (at + ROW_BATCH).min(chunk.len());
                    let (batch, found) = (&chunk[at..end], &lists[at..end]);
                    if batch.is_empty() {
                        return None;
                    }
                    at = end;
                    for (&g, list) in batch.iter().zip(found) {
                        if list.is_empty() && pass == 0 {
                            notes.alone(ds, scoring, g, min);
                        }
                    }
                    let rows: Vec<PairRow> = batch
                        .par_iter()
                        .zip(found)
                        .flat_map_iter(|(&a, list)| {
                            list.iter().zip(1..).map(move |(&(b, score), rank)| {
                                let b = b as usize;
                                self.row((Pair { a, b, score }, rank))
                            })
                        })
                        .collect();
                    Some(rows)
                })
                .flatten()
            });
            // At the end of the first pass, the count of groups not noted.
            let end = std::iter::from_fn(move || {
                if pass == 0 {
                    notes.finish();
                }
                None
            });
            Box::new(lists.chain(end))
        };
        // Too many to go through twice: the columns fit any candidate there can be.
        let widths = || -> Rows { Box::new(output::width_bounds(ds, &self.config.reference, k)) };
        self.write(&rows, Some(&widths), Layout::PerGroup)
    }
}

/// Rows to write, produced lazily.
type Rows<'r> = Box<dyn Iterator<Item = PairRow<'r>> + 'r>;

/// The "no candidate" notes: the first [`GROUPS_SHOWN`] say why, the rest are counted.
#[derive(Default)]
struct Notes {
    alone: Cell<usize>,
}

impl Notes {
    fn alone(&self, ds: &Dataset, scoring: &Scoring, g: usize, min: Hundredths) {
        // Say why for the first few; past that the list would drown the output.
        if self.alone.get() < GROUPS_SHOWN {
            let excluded = why_alone(ds, scoring, g);
            messages::note(&alone::no_candidate(ds, g, &excluded, min));
        }
        self.alone.set(self.alone.get() + 1);
    }

    fn finish(&self) {
        let alone = self.alone.replace(0);
        if alone > GROUPS_SHOWN {
            messages::note(&alone::more_without_candidate(alone - GROUPS_SHOWN));
        }
    }
}
