//! `twin match`: ranked candidate twins — per group, for chosen groups, the top N, or all.

use crate::cli::MatchArgs;
use crate::config::Config;
use crate::error::Result;
use crate::output::progress::Progress;
use crate::output::{self, Layout, sink};
use crate::rank::{Pair, all_pairs, candidates};
use crate::topk::{top_candidates_with, top_pairs};

/// How many "no candidate" notes to print before summarising the rest.
const MAX_NOTES: usize = 10;

pub fn run(args: &MatchArgs, config: &Config) -> Result<()> {
    let out = &args.output;
    let (format, csv) = super::output_choice(out)?;
    sink::check_target(out.output.as_deref(), out.force)?;
    let ds = super::load(&args.files, config)?;
    let scoring = &config.scoring;
    let min = args.min_score.unwrap_or(0);

    let (pairs, ranks, layout): (Vec<Pair>, Vec<usize>, Layout) = if args.all || args.top.is_some()
    {
        let pairs = match args.top {
            // The best N overall are among each group's best N: O(groups · N) memory.
            Some(n) => top_pairs(&ds, scoring, n as usize, min),
            None => all_pairs(&ds, scoring, min),
        };
        let ranks = (1..=pairs.len()).collect();
        (pairs, ranks, Layout::Pairs)
    } else {
        let (groups, default_k) = if args.groups.is_empty() {
            // Every group seeking a twin, with the configured number of candidates.
            let seeking: Vec<usize> = (0..ds.groups.len())
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
        let k = args.per_group.map_or(default_k, |k| k as usize);
        // Lists for every group come from the fast all-pairs pass; a few chosen groups are
        // cheaper one row at a time.
        let mut lists = if args.groups.is_empty() {
            let bar = Progress::new("scoring pairs");
            top_candidates_with(&ds, scoring, k, min, &|done, total| bar.set(done, total))
        } else {
            vec![Vec::new(); ds.groups.len()]
        };
        let mut pairs = Vec::new();
        let mut ranks = Vec::new();
        let mut alone = 0usize;
        for g in groups {
            let mut list = if args.groups.is_empty() {
                std::mem::take(&mut lists[g])
            } else {
                candidates(&ds, scoring, g, min)
            };
            if list.is_empty() {
                // Say why for the first few; past that the list would drown the output.
                if alone < MAX_NOTES {
                    super::eprintln_safe(&format!(
                        "note: {}",
                        super::no_candidate(&ds, scoring, g, min)
                    ));
                }
                alone += 1;
            }
            list.truncate(k);
            ranks.extend(1..=list.len());
            pairs.extend(list);
        }
        if alone > MAX_NOTES {
            super::eprintln_safe(&format!(
                "note: … and {} more groups have no candidate; `twin check` lists them all with reasons",
                alone - MAX_NOTES
            ));
        }
        (pairs, ranks, Layout::PerGroup)
    };

    let export = output::Export {
        ds: &ds,
        reference: &config.reference,
        pairs: &pairs,
        ranks: &ranks,
    };
    sink::write_with(out.output.as_deref(), out.force, |w| {
        output::write(format, export.rows(), layout, None, csv, w)
    })
}
