//! `twin init`: writes a commented default `twin.toml`, and with `--template` a `groups.csv`.

use crate::cli::InitArgs;
use crate::error::Result;
use crate::output::{messages, sink};
use crate::settings::DEFAULT_TOML;

/// The `groups.csv` template: the header row and one example group.
pub(crate) const TEMPLATE_CSV: &str = "id,name,country,city,languages,themes,capacity,twins\n\
FR-01,Équipe Saint-Vincent,France,Lyon,fr; en,food security; education access,1,\n";

/// Writes the files, refusing them all before writing any when one exists (without
/// `--force`).
pub(crate) fn run(args: &InitArgs) -> Result<()> {
    let mut files = vec![("twin.toml", DEFAULT_TOML)];
    if args.template {
        files.push(("groups.csv", TEMPLATE_CSV));
    }
    // Refuse before writing anything, so a refusal never leaves half the files.
    for (path, _) in &files {
        sink::check_target(Some(path), args.force)?;
    }
    for (path, text) in files {
        sink::write(text.as_bytes(), Some(path), args.force)?;
        messages::status(&messages::wrote(path));
    }
    Ok(())
}
