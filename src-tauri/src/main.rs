//! `interlude`: the desktop app, or with a subcommand, a headless tool.

use std::process::ExitCode;

use clap::Parser;
use interlude::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = cli.data_dir();
    match &cli.command {
        Some(command) => {
            let code = cli::run(
                command,
                &data_dir,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            );
            ExitCode::from(code)
        }
        None => interlude::run(data_dir, cli.minimized),
    }
}
