//! `interlude --help` in the language the app speaks.
//!
//! The English help is the doc comments on [`Cli`] and its commands, as
//! clap derives it. In another language each command's summary and each
//! option's help are replaced by the message named after its place:
//! `cli-help` for the program, `cli-help-<command>` for a command (with
//! `-<subcommand>` for each level below), and `<that>--<argument>` for an
//! argument. The English messages say exactly what the doc comments say
//! (a test compares them), so the translation always has its source.
//! clap's own words (its headings, its errors) are set here where clap
//! lets them be; its error messages stay English.

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use interlude_core::i18n::{self, Language};

use crate::{settings_file, Cli};

/// Reads the command line as [`Cli`], with help and usage in the language
/// the app speaks (Settings' choice in the data folder the arguments or
/// `INTERLUDE_DATA_DIR` name, else the computer's). Exits with clap's
/// message on a mistake, and after `--help` or `--version`.
pub fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let data_dir = data_dir_in(&args)
        .or_else(|| std::env::var_os("INTERLUDE_DATA_DIR").map(Into::into))
        .unwrap_or_else(crate::default_data_dir);
    let language = settings_file::language(&data_dir);
    i18n::set_current(language);
    let matches = command(language).get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The `--data-dir` given on the command line, if any: read before clap
/// parses, because the help clap prints depends on it.
fn data_dir_in(args: &[std::ffi::OsString]) -> Option<std::path::PathBuf> {
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let text = arg.to_string_lossy();
        if text == "--" {
            break;
        }
        if text == "--data-dir" {
            return iter.next().map(Into::into);
        }
        if let Some(value) = text.strip_prefix("--data-dir=") {
            return Some(value.into());
        }
    }
    None
}

/// The clap definition, its help in `language`.
pub fn command(language: Language) -> Command {
    let command = Cli::command();
    if language == Language::English {
        return command;
    }
    let mut command = translate(command, "cli-help", language);
    // clap makes `interlude help COMMAND` when the definition is built;
    // its summary can be put into words only after that.
    command.build();
    let about = language.text("cli-help-help-command", &[]);
    command.mut_subcommand("help", |help| help.about(about))
}

/// One command and everything below it, translated.
fn translate(mut command: Command, id: &str, language: Language) -> Command {
    let text = |id: &str| language.text(id, &[]);
    let options = text("cli-help-options");
    command = command
        .about(text(id))
        .long_about(None)
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            text("cli-help-usage")
        ))
        .subcommand_help_heading(text("cli-help-commands"))
        .subcommand_value_name(text("cli-help-command"));
    // Only what has help in English has a message (a bare FOLDER has none).
    let args: Vec<(String, bool)> = command
        .get_arguments()
        .filter(|a| a.get_help().is_some())
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (arg, positional) in args {
        let help = text(&format!("{id}--{arg}"));
        let heading = if positional {
            text("cli-help-arguments")
        } else {
            options.clone()
        };
        command = command.mut_arg(arg, |a| a.help(help).long_help(None).help_heading(heading));
    }
    // clap's own -h and -V, put into words as clap would, under Options.
    let flag = |id: &'static str, short: char, action: ArgAction, help: String| {
        Arg::new(id)
            .short(short)
            .long(id)
            .action(action)
            .help(help)
            .help_heading(options.clone())
    };
    command = command.disable_help_flag(true).arg(flag(
        "help",
        'h',
        ArgAction::Help,
        text("cli-help-help"),
    ));
    if id == "cli-help" {
        command = command.disable_version_flag(true).arg(flag(
            "version",
            'V',
            ArgAction::Version,
            text("cli-help-version"),
        ));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let below = format!("{id}-{name}");
        command = command.mut_subcommand(name, |s| translate(s, &below, language));
    }
    command
}

/// Every help message id [`translate`] asks for, with the English text
/// clap derives from the doc comments for it (for the test that keeps the
/// two the same).
#[cfg(test)]
fn english_help() -> Vec<(String, String)> {
    fn walk(command: &Command, id: &str, out: &mut Vec<(String, String)>) {
        let about = command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default();
        out.push((id.to_owned(), about));
        for arg in command.get_arguments() {
            if let Some(help) = arg.get_help() {
                out.push((format!("{id}--{}", arg.get_id()), help.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{id}-{}", sub.get_name()), out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "cli-help", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_messages_say_what_the_doc_comments_say() {
        for (id, derived) in english_help() {
            assert_eq!(
                Language::English.text(&id, &[]),
                derived,
                "{id}: the message and the doc comment differ"
            );
        }
    }

    #[test]
    fn german_help_has_every_summary_and_option_in_german() {
        let mut command = command(Language::German);
        let help = command.render_long_help().to_string();
        for expected in [
            "Aufruf:",
            "Befehle:",
            "Optionen:",
            "Eine Notiz im Tagebuch speichern",
            "Hilfe anzeigen",
        ] {
            assert!(help.contains(expected), "{expected:?} in:\n{help}");
        }
        let mut note = command.find_subcommand_mut("note").unwrap().clone();
        let help = note.render_long_help().to_string();
        assert!(help.contains("Wie du dich fühlst"), "{help}");
        assert!(!help.contains("How you feel"), "{help}");
        // The definition is still sound: every argument, every command.
        command.debug_assert();
    }

    /// The man page is written by hand in each language (roff says more
    /// than --help can); both list the same commands and options.
    #[test]
    fn the_german_man_page_has_what_the_english_one_has() {
        let bold = |page: &str| -> Vec<String> {
            page.lines()
                .filter(|l| l.starts_with(".B ") || l.starts_with(".BR "))
                .map(|l| l.split_whitespace().nth(1).unwrap_or_default().to_owned())
                .collect()
        };
        assert_eq!(
            bold(include_str!("../../../packaging/interlude.1")),
            bold(include_str!("../../../packaging/de/interlude.1"))
        );
    }

    /// Each man page's summary line is the program's summary in its
    /// language, as `--help` gives it (the messages are the source).
    #[test]
    fn each_man_page_summary_is_the_message() {
        for (language, page) in [
            (
                Language::English,
                include_str!("../../../packaging/interlude.1"),
            ),
            (
                Language::German,
                include_str!("../../../packaging/de/interlude.1"),
            ),
        ] {
            let summary = language.text("cli-help", &[]);
            let mut chars = summary.trim_end_matches('.').chars();
            let first = chars.next().unwrap_or_default().to_lowercase();
            let expected = format!("interlude \\- {first}{}", chars.as_str());
            let line = page.lines().nth(2).unwrap_or_default();
            assert_eq!(line, expected, "{language:?}");
        }
    }

    #[test]
    fn the_data_folder_is_found_before_parsing() {
        let args = |a: &[&str]| {
            a.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        assert_eq!(
            data_dir_in(&args(&["interlude", "search", "x", "--data-dir", "/j"])),
            Some("/j".into())
        );
        assert_eq!(
            data_dir_in(&args(&["interlude", "--data-dir=/k", "doctor"])),
            Some("/k".into())
        );
        assert_eq!(
            data_dir_in(&args(&["interlude", "note", "--", "--data-dir", "/x"])),
            None
        );
    }
}
