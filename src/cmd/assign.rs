//! `twin assign`: one global plan within every group's capacity — optimal or stable —
//! with a summary, reasons for every group left out, and optionally a checked certificate.

use crate::candidates::order::Pair;
use crate::cli::{AssignArgs, PlanMethod};
use crate::error::{Error, Result};
use crate::model::dataset::Dataset;
use crate::output::messages::{self, plan_refused};
use crate::output::{Format, plan_summary, sink};
use crate::plan::matching::{Method, PlanOptions};
use crate::plan::{Locks, choose_certified, choose_locked, summarise_locked};
use crate::score::Scoring;
use crate::settings::Config;

/// Checks the options and the output, loads the groups and the pair lists, plans, then writes
/// the plan and prints its summary (on stderr; JSON holds it instead).
pub(crate) fn run(args: &AssignArgs, config: &Config) -> Result<()> {
    if args.plan.method != PlanMethod::Optimal {
        if args.plan.verify {
            return Err(Error::Usage(messages::verify_needs_optimal()));
        }
        if args.plan.max_cardinality {
            return Err(Error::Usage(messages::max_cardinality_needs_optimal()));
        }
    }
    let out = &args.output;
    let (format, csv) = super::output_choice(out)?;
    sink::check_target(out.output.as_deref(), out.force)?;
    let mut ds = super::load(&args.files, config)?;
    let lists = super::locks::apply(&mut ds, config, &args.plan.pairs)?;
    let locks = lists.locks(&ds, config, args.plan.min_score);
    super::locks::note_kept_below(&ds, &lists, &locks, args.plan.min_score);

    let method = match args.plan.method {
        PlanMethod::Optimal => Method::Optimal,
        PlanMethod::Stable => Method::Stable,
    };
    let scoring = &config.scoring;
    let chosen = plan(&ds, scoring, method, args, &locks)?;

    let summary = summarise_locked(&ds, &config.reference, scoring, method, &chosen, &locks);
    super::write_plan(
        &ds,
        config,
        &chosen,
        args.layout,
        Some(&summary),
        format,
        csv,
        out,
    )?;
    if format != Format::Json {
        messages::status(plan_summary::summary_text(&summary).trim_end());
    }
    Ok(())
}

/// The plan's pairs, best first: refused before any work when too large, and with
/// `--verify` from one solve that also checks the optimality certificate (its status line
/// printed; a certificate that does not hold is an error).
fn plan(
    ds: &Dataset,
    scoring: &Scoring,
    method: Method,
    args: &AssignArgs,
    locks: &Locks,
) -> Result<Vec<Pair>> {
    if method == Method::Optimal {
        crate::plan::check_optimal_fits(ds, scoring, locks.min_score).map_err(refused)?;
    }
    if !args.plan.verify {
        let opts = PlanOptions {
            method,
            max_cardinality: args.plan.max_cardinality,
        };
        return choose_locked(ds, scoring, &opts, locks).map_err(refused);
    }
    let (chosen, certificate) =
        choose_certified(ds, scoring, args.plan.max_cardinality, locks).map_err(refused)?;
    match certificate {
        Ok(c) => messages::status(&messages::certificate_holds(&c)),
        Err(e) => return Err(Error::Refused(messages::certificate_fails(&e))),
    }
    Ok(chosen)
}

/// A plan refused before any work, as the command's error.
fn refused(refusal: crate::plan::Refusal) -> Error {
    Error::Refused(plan_refused(&refusal))
}
