//! `interlude-desktop`: the desktop app. People start it as `interlude`
//! (the command-line binary hands over to this one when given no command);
//! given a command itself, it does that command as `interlude` would.

use std::process::ExitCode;

use interlude_cli::help;

fn main() -> ExitCode {
    interlude_cli::keep_new_files_private();
    let cli = help::parse();
    let data_dir = cli.data_dir();
    match &cli.command {
        Some(command) => interlude_cli::run_in_terminal(command, &data_dir),
        None => interlude::run(data_dir, cli.minimized),
    }
}
