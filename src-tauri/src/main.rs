//! `interlude-desktop`: the desktop app. People start it as `interlude`
//! (the command-line binary hands over to this one when given no command);
//! given a command itself, it does that command as `interlude` would.

use std::process::ExitCode;

use clap::Parser;
use interlude_cli::Cli;

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
            let code = interlude_cli::run(
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
