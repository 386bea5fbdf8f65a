//! The `twin` binary: parse the command line, run, report the error, exit.

use clap::Parser;
use twin::error::ExitCode;

fn main() {
    let cli = twin::cli::Cli::parse();
    let code = match twin::run(cli) {
        Ok(()) => ExitCode::Success,
        Err(e) if e.is_broken_pipe() => ExitCode::Success,
        Err(e) => {
            twin::output::messages::final_error(&e);
            e.exit_code()
        }
    };
    std::process::exit(code as i32);
}
