//! The `twin` binary: parse the command line, run it, exit with its code.

use clap::Parser;

fn main() {
    let code = twin::main(twin::Cli::parse());
    std::process::exit(code as i32);
}
