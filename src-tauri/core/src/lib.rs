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

pub mod clock;
pub mod error;
pub mod home;
pub mod i18n;
pub mod interchange;
pub mod journal;
pub mod practice;
pub mod preferences;
pub mod safety;
pub mod schedule;
pub mod storage;
pub mod sync;
pub mod therapy;
mod uid;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{Error, Result};
pub use home::{Focus, Home};
pub use i18n::Language;
pub use interchange::homework::{HomeworkPreview, HomeworkSummary};
pub use interchange::import::{ImportCounts, ImportPreview, Source};
pub use interchange::transfer::{ExportFile, ImportSummary};
pub use journal::belief::Belief;
pub use journal::checkin::{Checkin, CheckinInput};
pub use journal::draft::{reflection_draft_key, Draft};
pub use journal::insights::Insights;
pub use journal::moment::{EmotionRating, Moment, MomentInput};
pub use journal::note::{Note, NoteInput};
pub use journal::questions::{AnswerInput, ReflectionAnswer, ReflectionQuestion};
pub use journal::reflection::{Reflection, ReflectionInput, MAX_ANSWER_CHARS};
pub use journal::search::{SearchHit, SearchResults};
pub use journal::tags::TagCount;
pub use journal::timeline::{Cursor, TimelineItem, TimelinePage, TimelineQuery};
pub use journal::vocabulary::{Vocabulary, VOCABULARY};
pub use journal::{EntryFlags, EntryRef, Kind};
pub use practice::activation::activity::{Activity, ActivityInput, ActivityStatus, Ratings};
pub use practice::activation::insights::ActivityInsights;
pub use practice::activation::values::{LifeArea, LifeValue, ValueInput};
pub use practice::compassion::{CompassionBreak, CompassionBreakInput};
pub use practice::experiment::{Experiment, ExperimentInput, ExperimentStatus};
pub use practice::log::{LogInput, Outcome, PlanLog};
pub use practice::plan::{Frequency, Plan, PlanInput, PlanPreview, PlanStatus, Practice, Unit};
pub use practice::progress::{PlanDetail, PlanWithProgress, Progress};
pub use practice::today::{CompassionOffer, Today, TodayItem};
pub use safety::plan::{SafetyPlan, SafetyPlanInput};
pub use storage::db::{Db, DB_FILE, SCHEMA_VERSION};
pub use storage::doctor::DoctorReport;
pub use therapy::brief::{Brief, BriefPrep, BriefQuery};
pub use therapy::measures::{
    MeasureForm, MeasureHistory, MeasureInput, MeasureKind, MeasureResult,
};
