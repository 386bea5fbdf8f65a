//! `twin assign`: one global plan within every group's capacity — optimal or stable —
//! with a summary, reasons for every group left out, and optionally a checked certificate.

use crate::candidates::order::Pair;
use crate::cli::{AssignArgs, PlanMethod};
use crate::error::{Error, Problem, Result};
use crate::input::{history::PastPair, read_history};
use crate::model::dataset::Dataset;
use crate::output::messages::{self, plan_refused};
use crate::output::{self, Format, plan_summary, sink};
use crate::plan::matching::{Method, PlanOptions};
use crate::plan::{choose, choose_certified, summarise};
use crate::score::Scoring;
use crate::settings::Config;

/// Checks the options and the output, loads the groups and the history, plans, then writes
/// the plan and prints its summary (on stderr; JSON holds it instead).
pub(crate) fn run(args: &AssignArgs, config: &Config) -> Result<()> {
    if args.plan.method != PlanMethod::Optimal {
        let method = plan_summary::method_name(to_method(args.plan.method));
        // Coverage and fair have certificates too (`matching::solve_certified_with`); they
        // are allowed here once `choose_certified` takes the method (wired at merge).
        if args.plan.verify {
            return Err(Error::Usage(messages::verify_needs_optimal(method)));
        }
        if args.plan.max_cardinality {
            return Err(Error::Usage(messages::max_cardinality_needs_optimal(
                method,
            )));
        }
    }
    let out = &args.output;
    let (format, csv) = super::output_choice(out)?;
    sink::check_target(out.output.as_deref(), out.force)?;
    let mut ds = super::load(&args.files, config)?;
    let past = read_history(&args.plan.history)?;
    add_history(&mut ds, &past);

    let method = to_method(args.plan.method);
    let scoring = &config.scoring;
    let chosen = plan(&ds, scoring, method, args)?;

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
        messages::status(plan_summary::summary_text(&summary).trim_end());
    }
    Ok(())
}

/// The plan's pairs, best first: refused before any work when too large, and with
/// `--verify` from one solve that also checks the optimality certificate (its status line
/// printed; a certificate that does not hold is an error).
fn plan(ds: &Dataset, scoring: &Scoring, method: Method, args: &AssignArgs) -> Result<Vec<Pair>> {
    if method != Method::Stable {
        crate::plan::check_optimal_fits(ds, scoring).map_err(refused)?;
    }
    if !args.plan.verify {
        let opts = PlanOptions {
            method,
            max_cardinality: args.plan.max_cardinality,
        };
        return choose(ds, scoring, &opts).map_err(refused);
    }
    let (chosen, certificate) =
        choose_certified(ds, scoring, args.plan.max_cardinality).map_err(refused)?;
    match certificate {
        Ok(c) => messages::status(&messages::certificate_holds(&c)),
        Err(e) => return Err(Error::Refused(messages::certificate_fails(&e))),
    }
    Ok(chosen)
}

/// The solver's method for `--method`.
fn to_method(method: PlanMethod) -> Method {
    match method {
        PlanMethod::Optimal => Method::Optimal,
        PlanMethod::Coverage => Method::Coverage,
        PlanMethod::Fair => Method::Fair,
        PlanMethod::Stable => Method::Stable,
    }
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
            _ => messages::note(
                &Problem::new(
                    &p.file,
                    Some(p.line),
                    messages::past_pair_ignored(&p.id_a, &p.id_b),
                )
                .to_string(),
            ),
        }
    }
}

/// A plan refused before any work, as the command's error.
fn refused(refusal: crate::plan::Refusal) -> Error {
    Error::Refused(plan_refused(&refusal))
}
