//! `twin report`: the plan `assign` would make, written as one self-contained HTML page
//! (see `output::report`) in the run's language, with the plan's summary on stderr as
//! `assign` prints it.

use crate::cli::ReportArgs;
use crate::error::{Error, Result};
use crate::output::messages;
use crate::output::{plan_summary, report, sink};
use crate::settings::Config;

/// Checks the options and the output, builds the plan through `assign`'s path, renders the
/// page and writes it whole (never to a terminal: it is a page for a browser).
pub(crate) fn run(args: &ReportArgs, config: &Config) -> Result<()> {
    super::assign::check_plan_args(&args.plan)?;
    let target = args.output.as_deref();
    if sink::is_terminal(target) {
        return Err(Error::Usage(messages::html_to_terminal()));
    }
    sink::check_target(target, args.force)?;
    let planned = super::assign::build(&args.files, &args.plan, config)?;
    let html = report::render(&report::Input {
        ds: &planned.ds,
        reference: &config.reference,
        scoring: &config.scoring,
        summary: &planned.summary,
        pairs: &planned.pairs,
        files: &args.files,
        history: &args.plan.pairs.history,
        max_cardinality: args.plan.max_cardinality,
        // The run's language (--lang, twin.toml, the locale), the one its summary and
        // messages speak.
        lang: crate::i18n::current(),
    });
    sink::write(html.as_bytes(), target, args.force)?;
    messages::status(plan_summary::summary_text(&planned.summary).trim_end());
    if let Some(path) = target.filter(|p| *p != "-") {
        messages::status(&messages::wrote(path));
    }
    Ok(())
}
