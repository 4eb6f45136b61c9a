//! `interlude homework`: a therapist's homework file, written and checked
//! at the terminal, without a journal.
//!
//! `new FILE` asks for who it is from, a note, then items one at a time
//! (a plan, a guided practice, an experiment, a questionnaire or a
//! question to ask after each session), checking
//! each with the app's own rules as it is given, and writes a file the app reads
//! (docs/homework-format.md). `check FILE` reads one as the app would and
//! says what it holds.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use clap::Subcommand;
use interlude_core::interchange::homework::{
    parse_homework, ExperimentItem, HomeworkFile, HomeworkItem, PlanItem, QuestionItem,
    QuestionnaireItem, HOMEWORK_FORMAT, HOMEWORK_VERSION,
};
use interlude_core::practice::plan::{Frequency, Practice};
use interlude_core::storage::files::write_atomically;
use interlude_core::therapy::measures::MeasureKind;
use interlude_core::therapy::requests::MeasureTiming;
use interlude_core::{Error, Result, SystemClock};

use super::{output_error as io, t};

#[derive(Debug, Subcommand)]
pub enum Homework {
    /// Write a homework file, answering a few questions.
    New {
        /// Where to save it, e.g. homework.json.
        file: PathBuf,
    },
    /// Check a homework file as the app would, and list what it holds.
    Check {
        /// The homework file.
        file: PathBuf,
    },
}

pub fn run(command: &Homework, out: &mut dyn Write) -> Result<u8> {
    match command {
        Homework::New { file } => new(file, &mut std::io::stdin().lock(), out),
        Homework::Check { file } => check(file, out),
    }
}

/// The app's one clock, as every command reads it.
fn now() -> chrono::DateTime<chrono::FixedOffset> {
    use interlude_core::Clock;
    SystemClock.now()
}

fn today() -> chrono::NaiveDate {
    now().date_naive()
}

fn name_of(file: &Path) -> String {
    file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn check(file: &Path, out: &mut dyn Write) -> Result<u8> {
    let bytes = std::fs::read(file).map_err(|e| {
        Error::io(
            t(
                "cli-homework-unreadable",
                &[("file", file.display().to_string().as_str().into())],
            ),
            e,
        )
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let f = parse_homework(&text, &name_of(file), today())?;
    summarise(&f, &name_of(file), out)?;
    Ok(0)
}

/// "homework.json is a homework file from Ana Weber, with a note and 3
/// items:", then one line per item.
fn summarise(f: &HomeworkFile, name: &str, out: &mut dyn Write) -> Result<()> {
    let from = f.from.trim();
    let id = if from.is_empty() {
        "cli-homework-summary-unsigned"
    } else {
        "cli-homework-summary"
    };
    let note = if f.note.trim().is_empty() {
        "no"
    } else {
        "yes"
    };
    let args = [
        ("file", name.into()),
        ("from", from.into()),
        ("note", note.into()),
        ("count", f.items.len().into()),
    ];
    writeln!(out, "{}", t(id, &args)).map_err(io)?;
    for item in &f.items {
        let (kind, title) = match item {
            HomeworkItem::Plan(p) if p.practice.is_some() => {
                ("cli-homework-kind-practice", &p.action)
            }
            HomeworkItem::Plan(p) => ("cli-homework-kind-plan", &p.action),
            HomeworkItem::Experiment(e) => ("cli-homework-kind-experiment", &e.prediction),
            HomeworkItem::Question(q) => ("cli-homework-kind-question", &q.text),
            HomeworkItem::Questionnaire(q) => {
                let title = t(
                    "homework-questionnaire-title",
                    &[
                        ("measure", q.measure.as_str().into()),
                        ("when", q.when.as_str().into()),
                    ],
                );
                writeln!(
                    out,
                    "  {}\t{}\t{title}",
                    q.id,
                    t("cli-homework-kind-questionnaire", &[])
                )
                .map_err(io)?;
                continue;
            }
        };
        writeln!(out, "  {}\t{}\t{}", item.id(), t(kind, &[]), title.trim()).map_err(io)?;
    }
    Ok(())
}

/// Reads one answer; `None` at the end of input.
fn ask(prompt: &str, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<Option<String>> {
    write!(out, "{prompt} ").map_err(io)?;
    out.flush().map_err(io)?;
    let mut line = String::new();
    let read = input
        .read_line(&mut line)
        .map_err(|e| Error::io(t("cli-homework-input-failed", &[]), e))?;
    Ok((read > 0).then(|| line.trim().to_owned()))
}

/// Asks until an answer comes; the end of input stops the whole file.
fn answer(id: &str, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<String> {
    ask(&t(id, &[]), input, out)?.ok_or_else(|| Error::invalid(t("cli-homework-stopped", &[])))
}

/// Lines until an empty one, joined with newlines.
fn paragraph(id: &str, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<String> {
    writeln!(out, "{}", t(id, &[])).map_err(io)?;
    let mut lines = Vec::new();
    while let Some(line) = ask(">", input, out)? {
        if line.is_empty() {
            break;
        }
        lines.push(line);
    }
    Ok(lines.join("\n"))
}

/// Asks again until the answer passes `check` (which says why not).
fn asked_until_it_fits(
    id: &str,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    check: impl Fn(&str) -> Result<()>,
) -> Result<String> {
    loop {
        let answer = answer(id, input, out)?;
        match check(&answer) {
            Ok(()) => return Ok(answer),
            Err(e) => writeln!(out, "{}", e.message()).map_err(io)?,
        }
    }
}

fn frequency(input: &mut dyn BufRead, out: &mut dyn Write) -> Result<Frequency> {
    loop {
        let choice = answer("cli-homework-ask-frequency", input, out)?;
        let number = |id: &str,
                      input: &mut dyn BufRead,
                      out: &mut dyn Write|
         -> Result<Option<u8>> { Ok(answer(id, input, out)?.parse().ok()) };
        let f = match choice.as_str() {
            "" | "d" => Some(Frequency::Daily),
            "w" => {
                let days = answer("cli-homework-ask-days", input, out)?;
                let days: Option<Vec<u8>> = days
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().ok())
                    .collect();
                days.map(|days| Frequency::Weekdays { days })
            }
            "n" => number("cli-homework-ask-per-week", input, out)?
                .map(|times| Frequency::PerWeek { times }),
            "t" => number("cli-homework-ask-per-day", input, out)?
                .map(|times| Frequency::PerDay { times }),
            _ => None,
        };
        match f {
            Some(f) => return Ok(f),
            None => writeln!(out, "{}", t("cli-homework-not-understood", &[])).map_err(io)?,
        }
    }
}

const PRACTICES: [(&str, Practice); 5] = [
    ("cli-homework-practice-box", Practice::Box),
    ("cli-homework-practice-478", Practice::FourSevenEight),
    ("cli-homework-practice-space", Practice::BreathingSpace),
    ("cli-homework-practice-grounding", Practice::Grounding),
    ("cli-homework-practice-compassion", Practice::SelfCompassion),
];

fn plan(
    id: String,
    practice: bool,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<HomeworkItem> {
    let (action, practice) = if practice {
        loop {
            let n: usize = answer("cli-homework-ask-practice", input, out)?
                .parse()
                .unwrap_or(0);
            if let Some((words, p)) = n.checked_sub(1).and_then(|i| PRACTICES.get(i)) {
                break (t(words, &[]), Some(*p));
            }
            writeln!(out, "{}", t("cli-homework-not-understood", &[])).map_err(io)?;
        }
    } else {
        (answer("cli-homework-ask-action", input, out)?, None)
    };
    let frequency = frequency(input, out)?;
    let cue = answer("cli-homework-ask-cue", input, out)?;
    let time = answer("cli-homework-ask-time", input, out)?;
    Ok(HomeworkItem::Plan(PlanItem {
        id,
        action,
        amount: None,
        unit: None,
        frequency,
        cue,
        cue_time: (!time.is_empty()).then_some(time),
        start_date: None,
        end_date: None,
        practice,
    }))
}

fn questionnaire(id: String, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<HomeworkItem> {
    let measure = loop {
        match answer("cli-homework-ask-measure", input, out)?.as_str() {
            "1" => break MeasureKind::Phq9,
            "2" => break MeasureKind::Gad7,
            _ => writeln!(out, "{}", t("cli-homework-not-understood", &[])).map_err(io)?,
        }
    };
    let when = loop {
        match answer("cli-homework-ask-when", input, out)?.as_str() {
            "" | "s" => break MeasureTiming::BeforeEachSession,
            "w" => break MeasureTiming::Weekly,
            _ => writeln!(out, "{}", t("cli-homework-not-understood", &[])).map_err(io)?,
        }
    };
    Ok(HomeworkItem::Questionnaire(QuestionnaireItem {
        id,
        measure,
        when,
    }))
}

fn experiment(id: String, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<HomeworkItem> {
    Ok(HomeworkItem::Experiment(ExperimentItem {
        id,
        prediction: answer("cli-homework-ask-prediction", input, out)?,
        test: answer("cli-homework-ask-test", input, out)?,
        safety_behaviours: answer("cli-homework-ask-safety", input, out)?,
        expected: answer("cli-homework-ask-expected", input, out)?,
        planned_for: None,
    }))
}

/// Asks for the file, item by item, and writes it once it reads back as
/// the app would read it. `input` is the terminal (a test's text).
pub fn new(file: &Path, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<u8> {
    writeln!(out, "{}", t("cli-homework-intro", &[])).map_err(io)?;
    let from = asked_until_it_fits("cli-homework-ask-from", input, out, |from| {
        HomeworkFile::check_from(from)
    })?;
    let note = loop {
        let note = paragraph("cli-homework-ask-note", input, out)?;
        match HomeworkFile::check_note(&note) {
            Ok(()) => break note,
            Err(e) => writeln!(out, "{}", e.message()).map_err(io)?,
        }
    };
    let today = today();
    let mut f = HomeworkFile {
        format: HOMEWORK_FORMAT.to_owned(),
        version: HOMEWORK_VERSION,
        // New for every file (to the millisecond it was begun): a file
        // sent again keeps its id, a new one gets its own.
        id: now().format("%Y-%m-%d %H:%M:%S%.3f").to_string(),
        from,
        note,
        items: Vec::new(),
    };
    loop {
        let kind = answer("cli-homework-ask-kind", input, out)?;
        let id = format!("item-{}", f.items.len() + 1);
        let item = match kind.as_str() {
            "" => break,
            "p" => plan(id, false, input, out)?,
            "g" => plan(id, true, input, out)?,
            "e" => experiment(id, input, out)?,
            "q" => questionnaire(id, input, out)?,
            "r" => HomeworkItem::Question(QuestionItem {
                id,
                text: answer("cli-homework-ask-question", input, out)?,
            }),
            _ => {
                writeln!(out, "{}", t("cli-homework-not-understood", &[])).map_err(io)?;
                continue;
            }
        };
        // Checked as the app will check it, now, so a problem is asked
        // about while the words are fresh.
        match item.check(today) {
            Ok(()) => f.items.push(item),
            Err(e) => writeln!(
                out,
                "{}",
                t(
                    "cli-homework-item-refused",
                    &[("detail", e.message().as_str().into())]
                )
            )
            .map_err(io)?,
        }
    }
    let text = to_text(&f)?;
    // The whole file, as the app will read it, before it is saved.
    parse_homework(&text, &name_of(file), today)?;
    write_atomically(file, text.as_bytes())?;
    summarise(&f, &name_of(file), out)?;
    writeln!(
        out,
        "{}",
        t(
            "cli-homework-saved",
            &[("file", file.display().to_string().as_str().into())]
        )
    )
    .map_err(io)?;
    Ok(0)
}

fn to_text(f: &HomeworkFile) -> Result<String> {
    let mut text = serde_json::to_string_pretty(f).map_err(|e| Error::Storage(e.to_string()))?;
    text.push('\n');
    Ok(text)
}
