//! Homework as concrete plans, and what happens as the person practises.
//!
//! [`plan`] is the if-then plan itself; [`log`] records each day's outcome
//! (done, partly, not today, with a reason); [`progress`] turns the log
//! into the forgiving Loop score; [`today`] is what is due now;
//! [`compassion`] holds the self-compassion breaks offered when things slip;
//! [`experiment`] holds behavioural experiments, which may become plans;
//! [`activation`] holds values and the activities planned and done for them.

pub mod activation;
pub mod compassion;
pub mod experiment;
pub mod log;
pub mod plan;
pub mod progress;
pub mod today;
