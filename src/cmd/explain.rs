//! `twin explain`: one pair's score component by component, or every rule excluding it.

use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::output::{explain, messages, sink};
use crate::settings::Config;

/// Loads the groups, finds the two ids, and writes the explanation of their pair.
pub(crate) fn run(args: &ExplainArgs, config: &Config) -> Result<()> {
    let (files, ids) = split_ids(&args.args)?;
    let ds = super::load(files, config)?;
    let a = super::group_index(&ds, &ids[0])?;
    let b = super::group_index(&ds, &ids[1])?;
    if a == b {
        return Err(Error::Usage(messages::explain_same_group(&ids[0])));
    }
    let text = explain::explanation(&ds, &config.reference, &config.scoring, a, b);
    sink::write(text.as_bytes(), None, false)
}

/// The profile files and the two ids of `explain`'s arguments, or a usage error saying that
/// explain needs two ids: with fewer than three arguments, or when an argument before the
/// last two is neither an existing path nor named like a profile file (a third id).
fn split_ids(args: &[String]) -> Result<(&[String], &[String])> {
    if args.len() < 3 {
        return Err(Error::Usage(messages::explain_too_few(args)));
    }
    let (files, ids) = args.split_at(args.len() - 2);
    let is_file =
        |a: &String| std::path::Path::new(a).exists() || crate::input::format_of(a).is_ok();
    if let Some(at) = files.iter().position(|a| !is_file(a)) {
        return Err(Error::Usage(messages::explain_too_many_ids(&args[at..])));
    }
    Ok((files, ids))
}
