//! `interlude`: the journal from a terminal; with no command, the desktop app.

use std::process::ExitCode;

use clap::Parser;
use interlude_cli::{desktop, Cli};

fn main() -> ExitCode {
    // Before anything is written: whatever this process makes — the
    // journal, an export, a backup — is readable by its owner only.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_bits_truncate(0o077));
    let cli = Cli::parse();
    let Some(command) = &cli.command else {
        // Checked by clap first, so `--help` and a typo never open a window.
        let message = desktop::hand_over(std::env::args_os().skip(1).collect());
        eprintln!("interlude: {message}");
        return ExitCode::from(1);
    };
    let code = interlude_cli::run(
        command,
        &cli.data_dir(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(code)
}
