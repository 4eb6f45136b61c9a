//! `interlude`: the desktop app, or with a subcommand, a headless tool.

use std::process::ExitCode;

use clap::Parser;
use interlude::cli::{self, Cli};

fn main() -> ExitCode {
    // Before anything is written: whatever this process makes — the
    // journal, its settings, WebKit's files, an export — is readable by
    // its owner only.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_bits_truncate(0o077));
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
