//! `twin explain`: one pair's score component by component, or every rule excluding it;
//! or, given one id, where that group stands.

use crate::candidates::reference::{candidates, scan_one};
use crate::cli::ExplainArgs;
use crate::cmd::locks::Resolved;
use crate::error::{Error, Result};
use crate::input::pairs::ListRole;
use crate::output::{explain, messages, sink};
use crate::score::kernel::Kernel;
use crate::settings::Config;

/// How many best candidates the one-group view lists.
const BEST_SHOWN: usize = 5;

/// Loads the groups, finds the ids, and writes the explanation of their pair, or of the
/// one group's standing.
pub(crate) fn run(args: &ExplainArgs, config: &Config) -> Result<()> {
    let (files, ids) = split_ids(&args.args)?;
    let mut ds = super::load(files, config)?;
    let lists = super::locks::apply(&mut ds, config, &args.pairs)?;
    let a = super::group_index(&ds, &ids[0])?;
    let text = match ids.get(1) {
        None => {
            let scoring = &config.scoring;
            let scan = scan_one(&ds, scoring, Kernel::new(&ds, scoring).as_ref(), a);
            let mut best = candidates(&ds, scoring, a, 0);
            best.truncate(BEST_SHOWN);
            let partners = |list: &[Resolved]| {
                list.iter()
                    .filter(|r| r.a == a || r.b == a)
                    .map(|r| (if r.a == a { r.b } else { r.a }, r.at.at()))
                    .collect()
            };
            let listed = explain::GroupListed {
                kept: partners(&lists.kept),
                forbidden: partners(&lists.forbidden),
            };
            explain::standing(
                &ds,
                &config.reference,
                a,
                scan.eligible,
                &scan.excluded,
                &best,
                &listed,
            )
        }
        Some(id_b) => {
            let b = super::group_index(&ds, id_b)?;
            if a == b {
                return Err(Error::Usage(messages::explain_same_group(&ids[0])));
            }
            let at = |role| lists.find(role, a, b).map(|p| p.at());
            let listed = explain::Listed {
                kept: at(ListRole::Keep),
                forbidden: at(ListRole::Forbid),
                history: at(ListRole::History),
            };
            explain::explanation(&ds, &config.reference, &config.scoring, (a, b), &listed)
        }
    };
    sink::write(text.as_bytes(), None, false)
}

/// The profile files and the ids (one or two) of `explain`'s arguments: the ids are the
/// arguments after the last one that is an existing path or named like a profile file.
/// A usage error when no id or more than two follow the files, or no file precedes them.
fn split_ids(args: &[String]) -> Result<(&[String], &[String])> {
    let is_file =
        |a: &String| std::path::Path::new(a).exists() || crate::input::format_of(a).is_ok();
    // At least one file, then the ids; the last two are ids whatever they look like.
    let last_file = args[..args.len().saturating_sub(1)]
        .iter()
        .rposition(is_file);
    let Some(last_file) = last_file else {
        return Err(Error::Usage(messages::explain_too_few(args)));
    };
    let (files, ids) = args.split_at(last_file + 1);
    if let Some(at) = files.iter().position(|a| !is_file(a)) {
        return Err(Error::Usage(messages::explain_too_many_ids(&args[at..])));
    }
    match ids.len() {
        1 | 2 => Ok((files, ids)),
        0 => Err(Error::Usage(messages::explain_too_few(args))),
        _ => Err(Error::Usage(messages::explain_too_many_ids(ids))),
    }
}
