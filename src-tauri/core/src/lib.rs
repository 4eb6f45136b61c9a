//! Interlude's core: the domain, its storage and its sense of time.
//!
//! This crate knows nothing about windows, trays or IPC, so it builds and
//! tests in seconds and can be driven from the desktop shell, the command
//! line and the benchmarks alike. It must never depend on `tauri`
//! (`make test` checks).
//!
//! Entry point: [`Db`], opened with a [`Clock`]. Each domain module adds its
//! operations to `Db`; every fallible call returns the one [`Error`] type.

#![forbid(unsafe_code)]

pub mod backup;
pub mod brief;
pub mod clock;
pub mod compassion;
pub mod crisis;
pub mod db;
pub mod doctor;
pub mod draft;
pub mod encryption;
pub mod error;
pub mod feelings;
pub mod fsutil;
pub mod home;
pub mod import;
pub mod journal;
pub mod key;
pub mod keyfiles;
pub mod measures;
pub mod plan;
pub mod practice_log;
pub mod progress;
pub mod recurrence;
pub mod reflection;
pub mod reminder_log;
pub mod reminders;
pub mod safety_plan;
pub mod schedule;
pub mod today;
pub mod transfer;

pub use brief::{Brief, BriefPrep, BriefQuery};
pub use clock::{Clock, ManualClock, SystemClock};
pub use compassion::{CompassionBreak, CompassionBreakInput};
pub use db::{Db, DB_FILE, SCHEMA_VERSION};
pub use doctor::DoctorReport;
pub use draft::{reflection_draft_key, Draft};
pub use error::{Error, Result};
pub use home::{Focus, Home};
pub use import::{ImportCounts, ImportPreview, Source};
pub use journal::checkin::{Checkin, CheckinInput};
pub use journal::insights::Insights;
pub use journal::moment::{EmotionRating, Moment, MomentInput};
pub use journal::note::{Note, NoteInput};
pub use journal::search::{SearchHit, SearchResults};
pub use journal::tags::TagCount;
pub use journal::timeline::{Cursor, TimelineItem, TimelinePage, TimelineQuery};
pub use journal::vocabulary::{Vocabulary, VOCABULARY};
pub use journal::{EntryFlags, EntryRef, Kind};
pub use measures::{MeasureForm, MeasureHistory, MeasureInput, MeasureKind, MeasureResult};
pub use plan::{Frequency, Plan, PlanInput, PlanPreview, PlanStatus, Practice, Unit};
pub use practice_log::{LogInput, Outcome, PlanLog};
pub use progress::{PlanDetail, PlanWithProgress, Progress};
pub use reflection::{Reflection, ReflectionInput, MAX_ANSWER_CHARS};
pub use safety_plan::{SafetyPlan, SafetyPlanInput};
pub use today::{CompassionOffer, Today, TodayItem};
pub use transfer::{ExportFile, ImportSummary};
