//! `twin review PLAN FILES…`: the audit of a plan however it was made (twin's, or one
//! edited in a spreadsheet): rules, capacities and locks line by line, and what it loses
//! against the best plan under the same rules and locks. Exit 1 when the plan breaks a
//! rule; the report is written either way.

use crate::candidates::order::{Pair, best_first};
use crate::cli::{PlanLayout, PlanMethod, ReviewArgs};
use crate::error::{Error, Result};
use crate::input::pairs::ListRole;
use crate::input::read_pair_lists;
use crate::model::dataset::Dataset;
use crate::output::messages::{self, plan_refused};
use crate::output::review::{self as render, View};
use crate::output::{Format, plan_summary, sink};
use crate::plan::matching::{Method, PlanOptions};
use crate::plan::review::{Listed, Locked, Locks, Origin, review};
use crate::settings::Config;

/// Checks the options and the output, loads the groups, the plan and the pair lists,
/// computes the best plan and the audit, writes the report, and fails (exit 1) when the
/// plan breaks a rule, each problem at its line.
pub(crate) fn run(args: &ReviewArgs, config: &Config) -> Result<()> {
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
    let listed: Vec<Listed> =
        read_pair_lists(std::slice::from_ref(&args.plan_file), ListRole::Plan)?
            .into_iter()
            .map(|p| Listed {
                id_a: p.id_a,
                id_b: p.id_b,
                line: p.line,
            })
            .collect();
    // History pairs become existing twins and forbidden pairs vetoes, as for `assign`.
    let lists = super::locks::apply(&mut ds, config, &args.plan.pairs)?;
    let plan_locks = lists.locks(&ds, config, args.plan.min_score);
    let locked = |resolved: &[super::locks::Resolved]| -> Vec<Locked> {
        resolved
            .iter()
            .map(|r| Locked {
                a: r.a,
                b: r.b,
                origin: Origin {
                    file: r.at.file.clone(),
                    line: r.at.line,
                },
            })
            .collect()
    };
    let locks = Locks {
        keep: locked(&lists.kept),
        forbid: locked(&lists.forbidden),
        history: locked(&lists.history),
        min_score: args.plan.min_score.unwrap_or(0),
    };

    let method = match args.plan.method {
        PlanMethod::Optimal => Method::Optimal,
        PlanMethod::Stable => Method::Stable,
    };
    let best = best_plan(&ds, config, method, args, &plan_locks)?;
    let scoring = &config.scoring;
    let audit = review(&ds, scoring, &listed, &locks, best);
    let view = View {
        ds: &ds,
        reference: &config.reference,
        review: &audit,
        plan: &args.plan_file,
        method: plan_summary::method_name(method),
        closest: &|id| super::closest_id(&ds, id).map(str::to_string),
    };
    match args.layout {
        PlanLayout::Pairs => {
            sink::write_with(out.output.as_deref(), out.force, |w| match format {
                Format::Table => render::write_table(&view, w),
                Format::Csv => render::write_csv(&view, csv, w),
                Format::Json => render::write_json(&view, w),
                Format::Xlsx => render::write_xlsx(&view, w),
            })?;
            if matches!(format, Format::Csv | Format::Xlsx) {
                messages::status(render::summary_text(&view).trim_end());
            }
        }
        PlanLayout::Groups => {
            // The plan as the groups see it: its pairs that name two groups, each once.
            let mut pairs: Vec<Pair> = audit
                .lines
                .iter()
                .filter(|l| l.counts())
                .map(|l| Pair {
                    a: l.a.expect("counted"),
                    b: l.b.expect("counted"),
                    score: l.score.expect("counted"),
                })
                .collect();
            pairs.sort_by(best_first);
            super::write_plan(&ds, config, &pairs, args.layout, None, format, csv, out)?;
            messages::status(render::summary_text(&view).trim_end());
        }
    }
    if audit.is_clean() {
        if format != Format::Table || args.layout == PlanLayout::Groups {
            messages::status(&messages::review_clean(&args.plan_file));
        }
        return Ok(());
    }
    Err(Error::Invalid(render::problems(&view)))
}

/// The best plan under the same rules and locks (`ds` holds the history pairs as twins
/// and the forbidden pairs as vetoes), as `assign` would make it (and with `--verify` its
/// certificate checked).
fn best_plan(
    ds: &Dataset,
    config: &Config,
    method: Method,
    args: &ReviewArgs,
    locks: &crate::plan::Locks,
) -> Result<Vec<Pair>> {
    let scoring = &config.scoring;
    let refused = |r| Error::Refused(plan_refused(&r));
    if method == Method::Optimal {
        crate::plan::check_optimal_fits(ds, scoring, locks.min_score).map_err(refused)?;
    }
    if !args.plan.verify {
        let opts = PlanOptions {
            method,
            max_cardinality: args.plan.max_cardinality,
        };
        return crate::plan::choose_locked(ds, scoring, &opts, locks).map_err(refused);
    }
    // With --verify, as `assign --verify`: the best plan's certificate checked and told.
    let (chosen, certificate) =
        crate::plan::choose_certified(ds, scoring, args.plan.max_cardinality, locks)
            .map_err(refused)?;
    match certificate {
        Ok(c) => messages::status(&messages::certificate_holds(&c)),
        Err(e) => return Err(Error::Refused(messages::certificate_fails(&e))),
    }
    Ok(chosen)
}
