//! `twin assign`: one global plan within every group's capacity — optimal or stable —
//! with a summary, reasons for every group left out, and optionally a checked certificate.
//! [`build`] is the one path from the plan options to a plan, for every command that
//! shows one (`assign`, `report`; `review` compares with [`plan()`]).

use crate::candidates::order::Pair;
use crate::cli::{AssignArgs, PlanArgs, PlanMethod};
use crate::error::{Error, Result};
use crate::model::dataset::Dataset;
use crate::output::messages::{self, plan_refused};
use crate::output::{Format, plan_summary, progress, sink};
use crate::plan::matching::{Method, PlanOptions};
use crate::plan::{self, Locks, choose_certified, choose_watched, summarise_locked};
use crate::score::Scoring;
use crate::settings::Config;

/// Checks the options and the output, loads the groups and the pair lists, plans, then writes
/// the plan and prints its summary (on stderr; JSON holds it instead).
pub(crate) fn run(args: &AssignArgs, config: &Config) -> Result<()> {
    check_plan_args(&args.plan)?;
    let out = &args.output;
    let (format, csv) = super::output_choice(out)?;
    sink::check_target(out.output.as_deref(), out.force)?;
    let Planned {
        ds,
        pairs: chosen,
        summary,
    } = build(&args.files, &args.plan, config)?;
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

/// A plan as `assign` and `report` build it.
pub(crate) struct Planned {
    /// The groups, the history's pairs marked as existing twins and the forbidden ones as
    /// vetoes.
    pub ds: Dataset,
    /// The plan's pairs (kept pairs included), best first.
    pub pairs: Vec<Pair>,
    pub summary: plan::Summary,
}

/// Refuses, before any work, plan options that do not go together (usage errors).
pub(crate) fn check_plan_args(plan: &PlanArgs) -> Result<()> {
    let method = plan_summary::method_name(to_method(plan.method));
    // Optimal, coverage and fair are exact, each with its certificate; stable has none.
    if plan.verify && plan.method == PlanMethod::Stable {
        return Err(Error::Usage(messages::verify_needs_optimal(method)));
    }
    if plan.max_cardinality && plan.method != PlanMethod::Optimal {
        return Err(Error::Usage(messages::max_cardinality_needs_optimal(
            method,
        )));
    }
    Ok(())
}

/// Loads the groups and the pair lists (history, kept, forbidden), then plans and
/// summarises.
pub(crate) fn build(files: &[String], args: &PlanArgs, config: &Config) -> Result<Planned> {
    let mut ds = super::load(files, config)?;
    let lists = super::locks::apply(&mut ds, config, &args.pairs)?;
    let locks = lists.locks(&ds, config, args.min_score);
    super::locks::note_kept_below(&ds, &lists, &locks, args.min_score);

    let method = to_method(args.method);
    let scoring = &config.scoring;
    let pairs = plan(&ds, scoring, method, args, &locks)?;
    let bar = progress::left_out();
    let summary = summarise_locked(&ds, &config.reference, scoring, method, &pairs, &locks);
    drop(bar);
    Ok(Planned { ds, pairs, summary })
}

/// The solver's method for `--method`.
pub(crate) fn to_method(method: PlanMethod) -> Method {
    match method {
        PlanMethod::Optimal => Method::Optimal,
        PlanMethod::Coverage => Method::Coverage,
        PlanMethod::Fair => Method::Fair,
        PlanMethod::Stable => Method::Stable,
    }
}

/// The plan's pairs, best first: refused before any work when too large, and with
/// `--verify` from one solve that also checks the optimality certificate (its status line
/// printed; a certificate that does not hold is an error).
pub(crate) fn plan(
    ds: &Dataset,
    scoring: &Scoring,
    method: Method,
    args: &PlanArgs,
    locks: &Locks,
) -> Result<Vec<Pair>> {
    // One bar over the whole computation, cleared before the certificate's line.
    let watch = progress::Watch::new();
    if method != Method::Stable {
        crate::plan::check_optimal_fits(ds, scoring, locks.min_score).map_err(refused)?;
    }
    let opts = PlanOptions {
        method,
        max_cardinality: args.max_cardinality,
    };
    if !args.verify {
        return choose_watched(ds, scoring, &opts, locks, &watch).map_err(refused);
    }
    let certified = choose_certified(ds, scoring, &opts, locks, &watch);
    drop(watch);
    let (chosen, certificate) = certified.map_err(refused)?;
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
