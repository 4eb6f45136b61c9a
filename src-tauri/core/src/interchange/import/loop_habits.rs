//! Loop Habit Tracker's CSV export → plans and their days.
//!
//! "Export as CSV" writes a zip ("Loop Habits CSV 2026-11-20.zip") with
//! `Habits.csv` (`Position,Name,Type,Question,Description,
//! FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target
//! Value,Archived?`; older versions: `…,NumRepetitions,Interval,…`), one
//! folder per habit named by its position and name (`001 Meditate/`) with
//! `Checkmarks.csv` (`Date,Value,Notes`) and `Scores.csv`, and a combined
//! `Checkmarks.csv` with a column per habit.
//!
//! Each habit becomes a plan (its name the action, its frequency as close
//! as a weekly count can say) and each day it was marked becomes a logged
//! day. Loop's values are words in newer versions and numbers in older
//! ones:
//!
//! | Loop | Interlude |
//! | --- | --- |
//! | `YES_MANUAL` / `2` (done) | done |
//! | `NO` / `0` (not done on a due day) | not today |
//! | `SKIP` / `-3` (skipped: doesn't count) | skipped, reason "Skipped in Loop Habit Tracker" |
//! | `YES_AUTO` / `1` (filled in by Loop: not due) | no day logged |
//! | `UNKNOWN` / `-1` / empty | no day logged |
//!
//! Interlude's score, like Loop's, counts a less-than-daily plan over a
//! window, so the days Loop fills in by itself need no record of their own.
//! A numerical habit's day is done when its value meets the target, partly
//! when it is below an "at least" target but above zero, and not today at
//! zero. Scores are left out: Interlude computes its own from the days.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::csv::{self, Row};
use super::zip::{self, Member, Zip};
use super::{at_line, fail, field_error, foreign, it_is, local, text, Converted, Source, Uids};
use crate::error::Result;
use crate::i18n;
use crate::interchange::transfer::{ExportedDay, ExportedPlan};
use crate::practice::log::Outcome;
use crate::practice::plan::{Frequency, PlanStatus, Unit};

/// The reason a day skipped in Loop is logged with (Interlude asks for one).
const SKIP_REASON: &str = "Skipped in Loop Habit Tracker";

pub(super) fn convert(file: &str, bytes: &[u8], zone: Tz, out: &mut Converted) -> Result<()> {
    if !zip::is_zip(bytes) {
        return Err(not_a_zip(file, bytes));
    }
    let archive = Zip::open(file, bytes)?;
    // Habits.csv sits at the top, or inside one folder if the zip was
    // unpacked and packed again.
    let habits_member = archive
        .members
        .iter()
        .filter(|m| m.name == "Habits.csv" || m.name.ends_with("/Habits.csv"))
        .min_by_key(|m| m.name.matches('/').count())
        .ok_or_else(|| {
            foreign(
                Source::Loop,
                file,
                &i18n::text("error-import-loop-no-habits", &[]),
            )
        })?;
    let root = &habits_member.name[..habits_member.name.len() - "Habits.csv".len()];
    let habits_place = format!("{file}, {}", habits_member.name);
    let habits_bytes = archive.read(habits_member)?;
    let habits_text = text(Source::Loop, &habits_place, &habits_bytes)?;
    let rows = csv::rows(habits_text, &habits_place)?;
    let Some((header, habits)) = rows.split_first() else {
        return Err(fail(&habits_place, &i18n::text("error-import-empty", &[])));
    };
    let columns = HabitColumns::find(header);
    if columns.name.is_none() {
        return Err(foreign(
            Source::Loop,
            file,
            &i18n::text("error-import-loop-columns", &[]),
        ));
    }
    let combined = Combined::read(&archive, root)?;
    // The combined file's header isn't quoted, so it can be trusted only
    // when it names exactly the habits of Habits.csv, in order.
    let names: Vec<&str> = habits.iter().map(|h| h.get(columns.name).trim()).collect();
    let aligned = combined.names == names;
    // Every day the export mentions, for habits with none of their own.
    let mut newest = combined.newest;
    let mut per_habit = Vec::with_capacity(habits.len());
    for (index, row) in habits.iter().enumerate() {
        let marks = match marks_of(&archive, root, row.get(columns.position), &columns)? {
            Some(marks) => marks,
            None if aligned => combined.marks_of(index)?,
            None => Marks::default(),
        };
        newest = newest.max(marks.newest);
        per_habit.push(marks);
    }
    let fallback_start = newest.or(habits_member.modified);
    let mut uids = Uids::new(Source::Loop);
    for (row, marks) in habits.iter().zip(per_habit) {
        let place = at_line(&habits_place, row.line);
        let (plan, unmarked_notes) = plan(
            &place,
            row,
            &columns,
            marks,
            fallback_start,
            zone,
            &mut uids,
        )?;
        out.left_out
            .add(unmarked_notes, "import-left-out-unmarked-notes");
        out.file.plans.push(plan);
        out.origins.plans.push(place);
    }
    out.left_out.add(
        usize::from(!habits.is_empty()),
        "import-left-out-loop-extras",
    );
    Ok(())
}

/// What to say when the file isn't the zip Loop exports.
fn not_a_zip(file: &str, bytes: &[u8]) -> crate::error::Error {
    let why = if bytes.starts_with(b"SQLite format 3\0") {
        "error-import-loop-backup"
    } else if bytes.starts_with(b"Position,") || bytes.starts_with(b"\xEF\xBB\xBFPosition,") {
        "error-import-loop-habits-csv"
    } else if bytes.starts_with(b"Date,") || bytes.starts_with(b"\xEF\xBB\xBFDate,") {
        "error-import-loop-checkmarks-csv"
    } else if let Some(kind) = super::sniff(bytes) {
        return foreign(Source::Loop, file, &it_is(kind));
    } else {
        "error-import-loop-not-zip"
    };
    foreign(Source::Loop, file, &i18n::text(why, &[]))
}

/// Where the columns of `Habits.csv` are.
struct HabitColumns {
    position: Option<usize>,
    name: Option<usize>,
    kind: Option<usize>,
    numerator: Option<usize>,
    denominator: Option<usize>,
    unit: Option<usize>,
    target_type: Option<usize>,
    target_value: Option<usize>,
    archived: Option<usize>,
}

impl HabitColumns {
    fn find(header: &Row) -> Self {
        let [position, name, kind, numerator, repetitions, denominator, interval, unit, target_type, target_value, archived] =
            csv::columns(
                header,
                [
                    "Position",
                    "Name",
                    "Type",
                    "FrequencyNumerator",
                    "NumRepetitions",
                    "FrequencyDenominator",
                    "Interval",
                    "Unit",
                    "Target Type",
                    "Target Value",
                    "Archived?",
                ],
            );
        Self {
            position,
            name,
            kind,
            numerator: numerator.or(repetitions),
            denominator: denominator.or(interval),
            unit,
            target_type,
            target_value,
            archived,
        }
    }
}

/// One habit's marked days, by date: the value and the note.
#[derive(Debug, Default)]
struct Marks {
    days: BTreeMap<NaiveDate, (String, String)>,
    /// The newest date mentioned at all, even as "unknown".
    newest: Option<NaiveDate>,
}

impl Marks {
    /// Adds one line of a Checkmarks.csv; `place` names it.
    fn add(&mut self, place: &str, day: NaiveDate, value: &str, note: &str) -> Result<()> {
        let value = value.trim();
        if !value.is_empty() && !is_known_value(value) {
            return Err(field_error(
                place,
                "Value",
                &i18n::text("error-import-loop-value", &[]),
            ));
        }
        self.newest = self.newest.max(Some(day));
        self.days
            .insert(day, (value.to_owned(), note.trim().to_owned()));
        Ok(())
    }
}

/// The folder of the habit at `position` ("001 Meditate/"): its
/// Checkmarks.csv, if the export has one.
fn marks_of(
    archive: &Zip<'_>,
    root: &str,
    position: &str,
    columns: &HabitColumns,
) -> Result<Option<Marks>> {
    let position = position.trim();
    if position.is_empty() || columns.position.is_none() {
        return Ok(None);
    }
    let member: Option<&Member> = archive.members.iter().find(|m| {
        m.name
            .strip_prefix(root)
            .and_then(|rest| rest.strip_suffix("/Checkmarks.csv"))
            .is_some_and(|folder| {
                !folder.contains('/')
                    && (folder == position || folder.starts_with(&format!("{position} ")))
            })
    });
    let Some(member) = member else {
        return Ok(None);
    };
    let place = format!("{}, {}", archive.file(), member.name);
    let content = archive.read(member)?;
    let rows = csv::rows(text(Source::Loop, &place, &content)?, &place)?;
    let mut marks = Marks::default();
    for row in &rows {
        if row.fields[0].trim().eq_ignore_ascii_case("date") {
            continue;
        }
        let day = parse_day(&place, row)?;
        let line = at_line(&place, row.line);
        marks.add(&line, day, row.get(Some(1)), row.get(Some(2)))?;
    }
    Ok(Some(marks))
}

fn parse_day(place: &str, row: &Row) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(row.get(Some(0)).trim(), "%Y-%m-%d").map_err(|_| {
        field_error(
            &at_line(place, row.line),
            "Date",
            &i18n::text("error-import-not-date", &[]),
        )
    })
}

/// The combined Checkmarks.csv: a column per habit, headed by its name
/// (written without quoting, so a name with a comma can't be found there).
#[derive(Debug, Default)]
struct Combined {
    names: Vec<String>,
    /// Each line: where it is, its date, a value per habit.
    rows: Vec<(String, NaiveDate, Vec<String>)>,
    newest: Option<NaiveDate>,
}

impl Combined {
    fn read(archive: &Zip<'_>, root: &str) -> Result<Self> {
        let Some(member) = archive.member(&format!("{root}Checkmarks.csv")) else {
            return Ok(Self::default());
        };
        let place = format!("{}, {}", archive.file(), member.name);
        let content = archive.read(member)?;
        let rows = csv::rows(text(Source::Loop, &place, &content)?, &place)?;
        let Some((header, data)) = rows.split_first() else {
            return Ok(Self::default());
        };
        let mut names: Vec<String> = header
            .fields
            .iter()
            .skip(1)
            .map(|n| n.trim().to_owned())
            .collect();
        // Each line ends in a comma.
        if names.last().is_some_and(String::is_empty) {
            names.pop();
        }
        let mut combined = Self {
            names,
            ..Self::default()
        };
        for row in data {
            let day = parse_day(&place, row)?;
            combined.newest = combined.newest.max(Some(day));
            combined.rows.push((
                at_line(&place, row.line),
                day,
                row.fields.iter().skip(1).cloned().collect(),
            ));
        }
        Ok(combined)
    }

    /// The marks in the `index`th habit's column.
    fn marks_of(&self, index: usize) -> Result<Marks> {
        let mut marks = Marks::default();
        for (place, day, values) in &self.rows {
            marks.add(
                place,
                *day,
                values.get(index).map_or("", String::as_str),
                "",
            )?;
        }
        Ok(marks)
    }
}

/// What a numerical habit aims for.
struct Target {
    at_most: bool,
    value: f64,
}

/// One habit as a plan, with its days, and how many notes were on days
/// with no mark (which have nowhere to go).
fn plan(
    place: &str,
    row: &Row,
    columns: &HabitColumns,
    marks: Marks,
    fallback_start: Option<NaiveDate>,
    zone: Tz,
    uids: &mut Uids,
) -> Result<(ExportedPlan, usize)> {
    let name = row.get(columns.name).trim();
    if name.is_empty() {
        return Err(field_error(
            place,
            "Name",
            &i18n::text("error-import-empty", &[]),
        ));
    }
    let number = |column: Option<usize>, field: &str| -> Result<u32> {
        let raw = row.get(column).trim();
        if raw.is_empty() {
            return Ok(1);
        }
        raw.parse().map_err(|_| {
            field_error(
                place,
                field,
                &i18n::text("error-import-not-whole-number", &[]),
            )
        })
    };
    let frequency = frequency(
        number(columns.numerator, "FrequencyNumerator")?,
        number(columns.denominator, "FrequencyDenominator")?,
    );
    let numerical = row
        .get(columns.kind)
        .trim()
        .eq_ignore_ascii_case("NUMERICAL");
    let target = if numerical {
        let value: f64 = row
            .get(columns.target_value)
            .trim()
            .replace(',', ".")
            .parse()
            .map_err(|_| {
                field_error(
                    place,
                    "Target Value",
                    &i18n::text("error-import-not-number", &[]),
                )
            })?;
        Some(Target {
            at_most: row
                .get(columns.target_type)
                .trim()
                .eq_ignore_ascii_case("AT_MOST"),
            value,
        })
    } else {
        None
    };
    let unit_text = row.get(columns.unit).trim();
    let (action, amount, unit) = match &target {
        Some(t) => amount_of(name, unit_text, t),
        None => (name.to_owned(), None, None),
    };
    let (days, unmarked_notes) = days_of(&marks, target.as_ref(), zone);
    let first_marked = days.first().map(|d| d.day);
    let start = first_marked
        .or(fallback_start)
        .ok_or_else(|| fail(place, &i18n::text("error-import-loop-no-dates", &[])))?;
    let created = local(zone, start.and_time(NaiveTime::MIN));
    let updated = days.last().map_or(created, |d| d.logged_at.max(created));
    let archived = row
        .get(columns.archived)
        .trim()
        .eq_ignore_ascii_case("true");
    let plan = ExportedPlan {
        uid: uids.make(&["habit", name]),
        action,
        amount,
        unit,
        frequency,
        cue: String::new(),
        cue_time: None,
        start_date: start,
        end_date: None,
        practice: None,
        from_reflection_uid: None,
        status: if archived {
            PlanStatus::Archived
        } else {
            PlanStatus::Active
        },
        pauses: Vec::new(),
        days,
        created_at: created,
        updated_at: updated,
    };
    Ok((plan, unmarked_notes))
}

/// The logged days of a habit's marks, oldest first, and how many notes
/// were on days with no mark.
fn days_of(marks: &Marks, target: Option<&Target>, zone: Tz) -> (Vec<ExportedDay>, usize) {
    let mut days = Vec::new();
    let mut unmarked_notes = 0;
    for (day, (value, note)) in &marks.days {
        let Some(outcome) = outcome(value, target) else {
            unmarked_notes += usize::from(!note.is_empty());
            continue;
        };
        days.push(ExportedDay {
            day: *day,
            outcome,
            count: u32::from(outcome == Outcome::Done),
            reason: if outcome == Outcome::Skipped {
                SKIP_REASON.to_owned()
            } else {
                String::new()
            },
            note: note.clone(),
            logged_at: local(
                zone,
                day.and_time(NaiveTime::MIN) + chrono::Duration::hours(12),
            ),
        });
    }
    (days, unmarked_notes)
}

/// `numerator` times in `denominator` days, as Interlude's frequencies can
/// say it: every day, or a number of days a week (rounded; at least one).
fn frequency(numerator: u32, denominator: u32) -> Frequency {
    if numerator == 0 || denominator == 0 || numerator >= denominator {
        return Frequency::Daily;
    }
    if denominator == 7 {
        // numerator < 7 here.
        return Frequency::PerWeek {
            times: u8::try_from(numerator).unwrap_or(1),
        };
    }
    let per_week = (f64::from(numerator) * 7.0 / f64::from(denominator)).round();
    if per_week >= 7.0 {
        Frequency::Daily
    } else {
        // Between 0 and 6 after rounding: the cast is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let times = per_week.max(1.0) as u8;
        Frequency::PerWeek { times }
    }
}

/// A numerical habit's amount: minutes and counts fit Interlude's units;
/// anything else (kilometres, glasses) is said in the action.
fn amount_of(name: &str, unit: &str, target: &Target) -> (String, Option<u32>, Option<Unit>) {
    let whole = (target.value.fract() == 0.0 && target.value >= 1.0).then_some(target.value);
    let lower = unit.to_lowercase();
    if !target.at_most {
        if let Some(v) = whole {
            if ["min", "mins", "minute", "minutes"].contains(&lower.as_str()) && v <= 600.0 {
                // A whole number of at most 600: the cast is exact.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                return (name.to_owned(), Some(v as u32), Some(Unit::Minutes));
            }
            if ["", "x", "time", "times", "reps"].contains(&lower.as_str()) && v <= 100.0 {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                return (name.to_owned(), Some(v as u32), Some(Unit::Times));
            }
        }
    }
    let bound = if target.at_most {
        "at most"
    } else {
        "at least"
    };
    let amount = format!("{} {unit}", target.value);
    (format!("{name} ({bound} {})", amount.trim()), None, None)
}

fn is_known_value(value: &str) -> bool {
    ["YES_MANUAL", "YES_AUTO", "NO", "SKIP", "UNKNOWN"]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(value))
        || value.replace(',', ".").parse::<f64>().is_ok()
}

/// A Loop value as a day's outcome; `None` for the days nothing is logged.
fn outcome(value: &str, target: Option<&Target>) -> Option<Outcome> {
    match value.to_ascii_uppercase().as_str() {
        "YES_MANUAL" => return Some(Outcome::Done),
        "NO" => return Some(Outcome::NotToday),
        "SKIP" => return Some(Outcome::Skipped),
        "YES_AUTO" | "UNKNOWN" | "" => return None,
        _ => {}
    }
    // Older exports write the values as numbers. Loop's numbers for
    // "unknown" (-1) and "skip" (-3) hold for both kinds of habit.
    match value.trim() {
        "-1" => return None,
        "-3" => return Some(Outcome::Skipped),
        "2" if target.is_none() => return Some(Outcome::Done),
        "0" if target.is_none() => return Some(Outcome::NotToday),
        _ => {}
    }
    let number: f64 = value.replace(',', ".").parse().ok()?;
    match target {
        None => None,
        Some(t) if t.at_most => Some(if number <= t.value {
            Outcome::Done
        } else {
            Outcome::NotToday
        }),
        Some(t) if number >= t.value => Some(Outcome::Done),
        Some(_) if number > 0.0 => Some(Outcome::Partly),
        Some(_) => Some(Outcome::NotToday),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_as_close_as_a_week_can_say() {
        assert_eq!(frequency(1, 1), Frequency::Daily);
        assert_eq!(frequency(3, 7), Frequency::PerWeek { times: 3 });
        assert_eq!(frequency(2, 3), Frequency::PerWeek { times: 5 });
        assert_eq!(frequency(1, 2), Frequency::PerWeek { times: 4 });
        assert_eq!(frequency(1, 30), Frequency::PerWeek { times: 1 });
        assert_eq!(frequency(20, 31), Frequency::PerWeek { times: 5 });
        assert_eq!(frequency(6, 6), Frequency::Daily);
    }

    #[test]
    fn values_old_and_new() {
        assert_eq!(outcome("YES_MANUAL", None), Some(Outcome::Done));
        assert_eq!(outcome("2", None), Some(Outcome::Done));
        assert_eq!(outcome("NO", None), Some(Outcome::NotToday));
        assert_eq!(outcome("0", None), Some(Outcome::NotToday));
        assert_eq!(outcome("SKIP", None), Some(Outcome::Skipped));
        assert_eq!(outcome("YES_AUTO", None), None);
        assert_eq!(outcome("1", None), None);
        assert_eq!(outcome("-1", None), None);
        let at_least = Target {
            at_most: false,
            value: 5.0,
        };
        assert_eq!(outcome("5.5", Some(&at_least)), Some(Outcome::Done));
        assert_eq!(outcome("2", Some(&at_least)), Some(Outcome::Partly));
        assert_eq!(outcome("0", Some(&at_least)), Some(Outcome::NotToday));
        let at_most = Target {
            at_most: true,
            value: 2.0,
        };
        assert_eq!(outcome("0", Some(&at_most)), Some(Outcome::Done));
        assert_eq!(outcome("3", Some(&at_most)), Some(Outcome::NotToday));
    }

    #[test]
    fn amounts_fit_units_or_go_in_the_action() {
        let t = |v| Target {
            at_most: false,
            value: v,
        };
        assert_eq!(
            amount_of("Read", "minutes", &t(20.0)),
            ("Read".into(), Some(20), Some(Unit::Minutes))
        );
        assert_eq!(
            amount_of("Run", "km", &t(5.0)),
            ("Run (at least 5 km)".into(), None, None)
        );
    }
}
