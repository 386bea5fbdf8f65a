//! The `twin` binary: run twin on its command line, exit with its code.

fn main() {
    let code = twin::main_with_args(std::env::args_os().collect());
    std::process::exit(code as i32);
}
