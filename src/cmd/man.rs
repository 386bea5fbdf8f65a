//! `twin man [SUBCOMMAND]`: the manual page clap_mangen renders from twin's own
//! command-line definition (roff), to standard output: twin(1), or twin-SUBCOMMAND(1).

use crate::cli::ManArgs;
use crate::error::{Error, Result};
use crate::output::{messages, sink};

pub(crate) fn run(args: &ManArgs) -> Result<()> {
    let mut twin = crate::cli::command();
    // Built, each subcommand knows its full name (twin-assign) and usage (twin assign …).
    twin.build();
    let page = match &args.subcommand {
        None => twin,
        Some(name) => {
            let known: Vec<String> = twin
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .filter(|name| name != "help")
                .collect();
            let Some(sub) = twin.find_subcommand(name) else {
                return Err(Error::Usage(messages::unknown_subcommand(name, &known)));
            };
            sub.clone()
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .source(format!("twin {}", env!("CARGO_PKG_VERSION")))
        .render(&mut roff)
        .map_err(|e| Error::io("<man page>", e))?;
    sink::write(&roff, None, false)
}
