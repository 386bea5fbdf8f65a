//! `twin assign`: one global plan within every group's capacity — optimal or stable —
//! with a summary, reasons for every group left out, and optionally a checked certificate.

use crate::cli::{AssignArgs, PlanMethod};
use crate::error::{Error, Problem, Result};
use crate::input::{history::PastPair, read_history};
use crate::model::dataset::Dataset;
use crate::output::terminal::escape;
use crate::output::{self, Format, sink};
use crate::plan::matching::{Method, PlanOptions};
use crate::plan::{choose, choose_certified, summarise};
use crate::settings::Config;

pub fn run(args: &AssignArgs, config: &Config) -> Result<()> {
    if args.method != PlanMethod::Optimal {
        for (given, option, what) in [
            (args.verify, "--verify", "checks the optimal plan"),
            (
                args.max_cardinality,
                "--max-cardinality",
                "applies to the optimal plan",
            ),
        ] {
            if given {
                return Err(Error::Usage(format!(
                    "{option} {what}: it cannot be used with --method stable (use --method optimal, or leave {option} out)"
                )));
            }
        }
    }
    let out = &args.output;
    let (format, csv) = super::output_choice(out)?;
    sink::check_target(out.output.as_deref(), out.force)?;
    let mut ds = super::load(&args.files, config)?;
    let past = read_history(&args.history)?;
    add_history(&mut ds, &past);

    let method = match args.method {
        PlanMethod::Optimal => Method::Optimal,
        PlanMethod::Stable => Method::Stable,
    };
    let opts = PlanOptions {
        method,
        max_cardinality: args.max_cardinality,
    };
    let scoring = &config.scoring;
    if method == Method::Optimal {
        crate::plan::check_optimal_fits(&ds, scoring).map_err(Error::Refused)?;
    }
    let chosen = if args.verify {
        // One solve: the plan, and its certificate checked from scratch.
        let (chosen, certificate) =
            choose_certified(&ds, scoring, args.max_cardinality).map_err(Error::Refused)?;
        match certificate {
            Ok(c) => super::eprintln_safe(&format!(
                "certificate: optimal — dual objective {} = plan objective {}; {} eligible pairs checked",
                c.dual_objective, c.objective, c.edges_checked
            )),
            Err(e) => {
                return Err(Error::Refused(format!(
                    "the optimality certificate does not hold: {e}"
                )));
            }
        }
        chosen
    } else {
        choose(&ds, scoring, &opts).map_err(Error::Refused)?
    };

    let ranks: Vec<usize> = (1..=chosen.len()).collect();
    let export = output::Export {
        ds: &ds,
        reference: &config.reference,
        pairs: &chosen,
        ranks: &ranks,
    };
    let summary = summarise(&ds, &config.reference, scoring, method, &chosen);
    sink::write_with(out.output.as_deref(), out.force, |w| {
        output::write(
            format,
            &|| export.rows(),
            None,
            output::Layout::Pairs,
            Some(&summary),
            csv,
            w,
        )
    })?;
    if format != Format::Json {
        super::eprintln_safe(summary.to_text().trim_end());
    }
    Ok(())
}

/// Marks every pair of `past` as existing twins; ids not in the input get a note.
fn add_history(ds: &mut Dataset, past: &[PastPair]) {
    for p in past {
        match (ds.index_of(&p.id_a), ds.index_of(&p.id_b)) {
            (Some(a), Some(b)) if a != b => {
                for (x, y) in [(a, b), (b, a)] {
                    let twins = &mut ds.groups[x].twins;
                    if let Err(i) = twins.binary_search(&y) {
                        twins.insert(i, y);
                    }
                }
            }
            _ => super::eprintln_safe(&format!(
                "note: {}",
                Problem::new(
                    &p.file,
                    Some(p.line),
                    format!(
                        "past pair {} – {} is not between two groups of the input; ignored",
                        escape(&p.id_a),
                        escape(&p.id_b)
                    )
                )
            )),
        }
    }
}
