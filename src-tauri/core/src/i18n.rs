//! The languages Interlude speaks, and the words the Rust side shows in them.
//!
//! Words live in Project Fluent files, as the UI's do (ui/locales/): the
//! ones the Rust side owns are in `src-tauri/core/locales/<tag>/*.ftl` and
//! are compiled into the binary, so nothing is read or fetched at run time.
//! Each file becomes its own bundle the first time one of its messages is
//! asked for, and is kept for the life of the process: a terminal command
//! that prints one kind of message parses one small file, not the ~100 KB
//! of all of them (`docs/benchmarks.md`). Files don't refer to each other
//! (no terms, no message references; the tests check every message formats
//! alone). A message a translation lacks falls back to English, and the
//! core's tests fail while any is missing.
//!
//! Which language: the person's choice in Settings, else the computer's
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX's order), else English.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;

/// A language Interlude is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[repr(u8)]
pub enum Language {
    #[default]
    #[serde(rename = "en-US")]
    English = 0,
    #[serde(rename = "de")]
    German = 1,
}

/// What the person chose in Settings: follow the computer, or one language.
pub const SYSTEM: &str = "system";

/// Every `.ftl` file of one language, by name: the same names in every
/// language (the completeness test compares them).
type Files = [(&'static str, &'static str); FILES];
const FILES: usize = 10;
/// One language's bundles, one per file, each made on first use.
type Slots = [OnceLock<FluentBundle<FluentResource>>; FILES];

const ENGLISH_FILES: Files = [
    ("desktop", include_str!("../locales/en-US/desktop.ftl")),
    (
        "vocabulary",
        include_str!("../locales/en-US/vocabulary.ftl"),
    ),
    ("errors", include_str!("../locales/en-US/errors.ftl")),
    ("measures", include_str!("../locales/en-US/measures.ftl")),
    ("safety", include_str!("../locales/en-US/safety.ftl")),
    (
        "errors-storage",
        include_str!("../locales/en-US/errors-storage.ftl"),
    ),
    (
        "errors-journal",
        include_str!("../locales/en-US/errors-journal.ftl"),
    ),
    (
        "errors-other",
        include_str!("../locales/en-US/errors-other.ftl"),
    ),
    (
        "brief-document",
        include_str!("../locales/en-US/brief-document.ftl"),
    ),
    ("cli", include_str!("../locales/en-US/cli.ftl")),
];

const GERMAN_FILES: Files = [
    ("desktop", include_str!("../locales/de/desktop.ftl")),
    ("vocabulary", include_str!("../locales/de/vocabulary.ftl")),
    ("errors", include_str!("../locales/de/errors.ftl")),
    ("measures", include_str!("../locales/de/measures.ftl")),
    ("safety", include_str!("../locales/de/safety.ftl")),
    (
        "errors-storage",
        include_str!("../locales/de/errors-storage.ftl"),
    ),
    (
        "errors-journal",
        include_str!("../locales/de/errors-journal.ftl"),
    ),
    (
        "errors-other",
        include_str!("../locales/de/errors-other.ftl"),
    ),
    (
        "brief-document",
        include_str!("../locales/de/brief-document.ftl"),
    ),
    ("cli", include_str!("../locales/de/cli.ftl")),
];

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::German];

    /// The BCP 47 tag, as the UI and the settings file write it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en-US",
            Language::German => "de",
        }
    }

    /// The translated language that best serves a tag or a POSIX locale
    /// (`de_AT.UTF-8` → German, `en_GB` → English, `fr_FR` → `None`).
    pub fn matching(tag: &str) -> Option<Language> {
        let base = tag
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Language::English),
            "de" => Some(Language::German),
            _ => None,
        }
    }

    /// The computer's language from its locale variables (the first that is
    /// set and not empty, as POSIX reads them); English when none is one we
    /// speak, or for "C" and "POSIX".
    pub fn of_system(locale: Option<&str>) -> Language {
        locale.and_then(Language::matching).unwrap_or_default()
    }

    /// The language in use for a choice from Settings ("system" or a tag).
    /// An unknown choice (a hand-edited file, a language since removed)
    /// follows the computer rather than failing.
    pub fn resolve(choice: &str, system_locale: Option<&str>) -> Language {
        if choice == SYSTEM {
            return Language::of_system(system_locale);
        }
        Language::matching(choice).unwrap_or_else(|| Language::of_system(system_locale))
    }

    fn files(self) -> &'static Files {
        match self {
            Language::English => &ENGLISH_FILES,
            Language::German => &GERMAN_FILES,
        }
    }

    /// The bundle of the file that holds `message_id`, made now if no
    /// message of that file was asked for before.
    fn bundle_with(self, message_id: &str) -> Option<&'static FluentBundle<FluentResource>> {
        static BUNDLES: [Slots; 2] = [const { [const { OnceLock::new() }; FILES] }; 2];
        let slots = match self {
            Language::English => &BUNDLES[0],
            Language::German => &BUNDLES[1],
        };
        self.bundle_in(slots, message_id)
    }

    fn bundle_in<'a>(
        self,
        slots: &'a Slots,
        message_id: &str,
    ) -> Option<&'a FluentBundle<FluentResource>> {
        // The files already read first: after a command's first message,
        // the rest are nearly always in the same one.
        if let Some(bundle) = slots
            .iter()
            .filter_map(OnceLock::get)
            .find(|bundle| bundle.has_message(message_id))
        {
            return Some(bundle);
        }
        // Then the file that defines it, whether or not its bundle was
        // made meanwhile: another thread may have finished it since the
        // look above, and skipping it would fall back to English.
        let files = self.files();
        let index = (0..FILES).find(|&i| defines(files[i].1, message_id))?;
        Some(slots[index].get_or_init(|| build_bundle(self, files[index].1)))
    }

    /// The message `id` in this language, with `args` filled in; English
    /// when this language lacks it, and the id itself when English does too
    /// (a bug the tests catch, but never a panic in front of a person).
    pub fn text(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.to_fluent());
        }
        let args = (!args.is_empty()).then_some(&fluent_args);
        let message_id = id.split_once('.').map_or(id, |(message, _)| message);
        let in_language = |language: Language| {
            language
                .bundle_with(message_id)
                .and_then(|bundle| format(bundle, id, args))
        };
        in_language(self)
            .or_else(|| in_language(Language::English))
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The language this process speaks: like the locale, one per process.
/// The desktop sets it from Settings (and again when the person changes
/// it), the command line from the computer's locale; errors and reminders
/// read it where they are put into words.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language this process speaks.
pub fn set_current(language: Language) {
    CURRENT.store(language as u8, Ordering::Relaxed);
}

/// The language this process speaks (English until set).
pub fn current() -> Language {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Language::German,
        _ => Language::English,
    }
}

/// The message `id` in the language this process speaks.
pub fn text(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    current().text(id, args)
}

/// A value passed into a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

/// Whole numbers of every width a message counts with.
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

impl Arg<'_> {
    fn to_fluent(self) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::from(text.to_owned()),
            Arg::Number(n) => FluentValue::from(n),
        }
    }
}

/// Whether the Fluent source `text` defines the message `id`: a line that
/// starts with the id, then `=` after any blanks. A quick look at the
/// source, so finding a message's file parses nothing.
fn defines(text: &str, id: &str) -> bool {
    text.match_indices(id).any(|(at, _)| {
        let line_start = at == 0 || text.as_bytes()[at - 1] == b'\n';
        line_start
            && text[at + id.len()..]
                .trim_start_matches([' ', '\t'])
                .starts_with('=')
    })
}

fn build_bundle(language: Language, text: &str) -> FluentBundle<FluentResource> {
    let langid = language
        .tag()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Tray menus, notifications and window titles can't isolate bidi runs
    // the way a web page can, and the marks show up as boxes in some of
    // them; text a person wrote is the only placeable that could need it.
    bundle.set_use_isolating(false);
    // A file that doesn't parse still gives the messages that do; the
    // tests below fail on any error, so this only guards a release.
    let resource =
        FluentResource::try_new(text.to_owned()).unwrap_or_else(|(resource, _)| resource);
    let _ = bundle.add_resource(resource);
    bundle
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeMap;

    /// Every message and term of one file: id → attribute names.
    fn ids(text: &str, file: &str) -> BTreeMap<String, Vec<String>> {
        let resource = FluentResource::try_new(text.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{file} doesn't parse: {errors:?}"));
        resource
            .entries()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some((
                    m.id.name.to_owned(),
                    m.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                )),
                ast::Entry::Term(t) => Some((format!("-{}", t.id.name), Vec::new())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_english_message_and_nothing_else() {
        for language in Language::ALL {
            for ((name, english), (other_name, text)) in
                ENGLISH_FILES.iter().zip(language.files().iter())
            {
                assert_eq!(name, other_name);
                let file = format!("{}/{name}.ftl", language.tag());
                assert_eq!(
                    ids(english, name),
                    ids(text, &file),
                    "{file} must have exactly English's messages and attributes"
                );
            }
        }
    }

    #[test]
    fn no_id_is_defined_in_two_files() {
        let mut seen = BTreeMap::new();
        for (name, text) in ENGLISH_FILES {
            for id in ids(text, name).into_keys() {
                if let Some(other) = seen.insert(id.clone(), name) {
                    panic!("{id} is in {other}.ftl and {name}.ftl");
                }
            }
        }
    }

    #[test]
    fn a_message_is_found_only_where_it_is_defined() {
        let text =
            "cli-kind-note = note\ncli-kind-note-long =   long\n  cli-kind = not a message line\n";
        assert!(defines(text, "cli-kind-note"));
        assert!(defines(text, "cli-kind-note-long"));
        // Only a prefix of a defined id, or indented (a continuation line).
        assert!(!defines(text, "cli-kind"));
        assert!(!defines(text, "kind-note"));
        assert!(!defines("", "cli-kind-note"));
    }

    /// Threads asking at once for messages of a file nobody read yet all
    /// get them in their language, never English: one of them makes the
    /// bundle while the others look (a `--help` in German once came out
    /// with an English heading this way).
    #[test]
    fn threads_meeting_at_a_new_file_all_get_the_language_asked() {
        let ids = [
            "cli-help-options",
            "cli-help-usage",
            "cli-help-commands",
            "cli-help-help",
        ];
        for _ in 0..200 {
            let slots: Slots = [const { OnceLock::new() }; FILES];
            let start = std::sync::Barrier::new(ids.len());
            std::thread::scope(|scope| {
                for id in ids {
                    let (slots, start) = (&slots, &start);
                    scope.spawn(move || {
                        start.wait();
                        let bundle = Language::German.bundle_in(slots, id);
                        let text = bundle.and_then(|b| format(b, id, None));
                        assert_eq!(text, Some(Language::German.text(id, &[])), "{id}");
                    });
                }
            });
        }
    }

    #[test]
    fn locales_and_choices_resolve() {
        assert_eq!(Language::of_system(Some("de_AT.UTF-8")), Language::German);
        assert_eq!(Language::of_system(Some("C.UTF-8")), Language::English);
        assert_eq!(Language::of_system(Some("POSIX")), Language::English);
        assert_eq!(Language::of_system(Some("fr_FR.UTF-8")), Language::English);
        assert_eq!(Language::of_system(None), Language::English);
        assert_eq!(
            Language::resolve(SYSTEM, Some("de_DE.UTF-8")),
            Language::German
        );
        assert_eq!(
            Language::resolve("en-US", Some("de_DE.UTF-8")),
            Language::English
        );
        assert_eq!(Language::resolve("de", Some("C")), Language::German);
        assert_eq!(
            Language::resolve("klingon", Some("de_DE")),
            Language::German
        );
    }

    #[test]
    fn messages_are_formatted_with_plurals_and_fall_back() {
        assert_eq!(Language::English.text("tray-open", &[]), "Open Interlude");
        assert_eq!(Language::German.text("tray-open", &[]), "Interlude öffnen");
        assert_eq!(
            Language::German.text("tray-paused-until", &[("time", Arg::Text("09:00"))]),
            "Erinnerungen pausiert bis 09:00"
        );
        assert_eq!(
            Language::English.text("no-such-message", &[]),
            "no-such-message"
        );
    }

    /// Every argument name the code passes to a message.
    const ARG_NAMES: &[&str] = &[
        "action",
        "advice",
        "after",
        "already",
        "answer",
        "average",
        "band",
        "before",
        "byte",
        "change",
        "chars",
        "column",
        "command",
        "count",
        "day",
        "days",
        "dd",
        "detail",
        "direction",
        "done",
        "eased",
        "export",
        "field",
        "file",
        "first",
        "focus",
        "folder",
        "format",
        "found",
        "from",
        "given",
        "item",
        "kept",
        "key",
        "kind",
        "label",
        "lanes",
        "language",
        "letter",
        "line",
        "list",
        "made",
        "max",
        "measure",
        "megabytes",
        "memory",
        "merged",
        "message",
        "method",
        "min",
        "mm",
        "month",
        "mood",
        "name",
        "not_today",
        "note",
        "number",
        "page",
        "part",
        "partly",
        "parts",
        "passes",
        "path",
        "place",
        "planned",
        "points",
        "prediction",
        "problem",
        "program",
        "questions",
        "range",
        "rating",
        "reasons",
        "received",
        "region",
        "row",
        "score",
        "section",
        "sent",
        "since_first",
        "since_last",
        "situation",
        "skipped",
        "stamp",
        "start",
        "summary",
        "supported",
        "table",
        "text",
        "time",
        "title",
        "trap",
        "trend",
        "until",
        "value",
        "weekday",
        "when",
        "why",
        "window",
        "word",
        "year",
    ];

    #[test]
    fn every_message_formats_without_errors_in_every_language() {
        // Arguments every message might take, so a typo in a variable's
        // name (which Fluent reports as an error) is caught.
        let mut args = FluentArgs::new();
        for &name in ARG_NAMES {
            args.set(name, FluentValue::from("x"));
        }
        for language in Language::ALL {
            for (name, text) in language.files() {
                for (id, attributes) in ids(text, name) {
                    if id.starts_with('-') {
                        continue;
                    }
                    // The bundle `text` uses: the one file's, found by its
                    // quick look, so a message that needed another file
                    // (a term, a reference) would fail here.
                    let bundle = language.bundle_with(&id).expect("found");
                    assert!(
                        defines(text, &id),
                        "{}/{name}.ftl {id}: not found by its quick look",
                        language.tag()
                    );
                    let message = bundle.get_message(&id).expect("added");
                    let patterns = message.value().into_iter().chain(
                        attributes
                            .iter()
                            .filter_map(|a| message.get_attribute(a).map(|a| a.value())),
                    );
                    for pattern in patterns {
                        let mut errors = Vec::new();
                        bundle.format_pattern(pattern, Some(&args), &mut errors);
                        assert!(
                            errors.is_empty(),
                            "{}/{name}.ftl {id}: {errors:?}",
                            language.tag()
                        );
                    }
                }
            }
        }
    }
}
