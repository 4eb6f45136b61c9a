//! `interlude`: the journal from a terminal; with no command, the desktop app.

use std::process::ExitCode;

use interlude_cli::{desktop, help};

fn main() -> ExitCode {
    interlude_cli::keep_new_files_private();
    let cli = help::parse();
    let Some(command) = &cli.command else {
        // Checked by clap first, so `--help` and a typo never open a window.
        let message = desktop::hand_over(std::env::args_os().skip(1).collect());
        eprintln!("interlude: {message}");
        return ExitCode::from(1);
    };
    interlude_cli::run_in_terminal(command, &cli.data_dir())
}
