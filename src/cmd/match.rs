//! `twin match`: ranked candidate twins — per group, for chosen groups, the top N, or all.

use crate::cli::MatchArgs;
use crate::config::Config;
use crate::error::Result;
use crate::output::{self, Format, Layout, sink};
use crate::rank::{Pair, all_pairs, candidates};

pub fn run(args: &MatchArgs, config: &Config) -> Result<()> {
    let out = &args.output;
    sink::check_target(out.output.as_deref(), out.force)?;
    let format = out
        .format
        .or_else(|| out.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Table);
    let ds = super::load(&args.files, config)?;
    let scoring = &config.scoring;
    let min = args.min_score.unwrap_or(0);

    let (pairs, ranks, layout): (Vec<Pair>, Vec<usize>, Layout) = if args.all || args.top.is_some()
    {
        let mut pairs = all_pairs(&ds, scoring, min);
        if let Some(n) = args.top {
            pairs.truncate(n as usize);
        }
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
        let mut pairs = Vec::new();
        let mut ranks = Vec::new();
        for g in groups {
            let mut list = candidates(&ds, scoring, g, min);
            if list.is_empty() {
                super::eprintln_safe(&format!(
                    "note: {}",
                    super::no_candidate(&ds, scoring, g, min)
                ));
            }
            list.truncate(k);
            ranks.extend(1..=list.len());
            pairs.extend(list);
        }
        (pairs, ranks, Layout::PerGroup)
    };

    let rows = output::pair_rows(&ds, &config.reference, &pairs, &ranks);
    let bytes = output::render(format, &rows, layout);
    sink::write(&bytes, out.output.as_deref(), out.force)
}
