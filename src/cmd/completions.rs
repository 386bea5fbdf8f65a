//! `twin completions SHELL`: the completion script clap_complete generates from twin's own
//! command-line definition, to standard output.

use crate::cli::CompletionsArgs;
use crate::error::Result;
use crate::output::sink;

pub(crate) fn run(args: &CompletionsArgs) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut crate::cli::command(), "twin", &mut script);
    sink::write(&script, None, false)
}
