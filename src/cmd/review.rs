//! `twin review PLAN FILES…`: the audit of a plan however it was made (twin's, or one
//! edited in a spreadsheet): rules, capacities and locks line by line, and what it loses
//! against the best plan under the same rules and locks. Exit 1 when the plan breaks a
//! rule; the report is written either way.

use crate::candidates::order::{Pair, best_first};
use crate::cli::{PlanLayout, ReviewArgs};
use crate::error::{Error, Result};
use crate::input::pairs::ListRole;
use crate::input::read_pair_lists;
use crate::output::messages;
use crate::output::review::{self as render, View};
use crate::output::{Format, plan_summary, sink};
use crate::plan::review::{Listed, Locked, Locks, Origin, review};
use crate::settings::Config;

/// Checks the options and the output, loads the groups, the plan and the pair lists,
/// computes the best plan and the audit, writes the report, and fails (exit 1) when the
/// plan breaks a rule, each problem at its line.
pub(crate) fn run(args: &ReviewArgs, config: &Config) -> Result<()> {
    super::assign::check_plan_args(&args.plan)?;
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

    let method = super::assign::to_method(args.plan.method);
    // The best plan under the same rules and locks, as `assign` makes it (with --verify,
    // its certificate checked and told).
    let best = super::assign::plan(&ds, &config.scoring, method, &args.plan, &plan_locks)?;
    let scoring = &config.scoring;
    let bar = crate::output::progress::reviewing();
    let audit = review(&ds, scoring, &listed, &locks, best);
    drop(bar);
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
