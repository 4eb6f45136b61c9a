//! A clock the end-to-end tests can move: only in builds with the
//! `e2e-clock` feature, which refuses to compile in release mode.
//!
//! Practice plans need days to pass ("log done on Monday, skip Tuesday and
//! Wednesday, see the offer on Thursday"). The e2e suite writes a number of
//! seconds into `<data dir>/e2e-clock-offset`; this clock adds it to the
//! real time on every reading, so the app can be moved days ahead between
//! launches without touching the machine's clock.

#[cfg(not(debug_assertions))]
compile_error!("the e2e-clock feature is for end-to-end test builds only, never release builds");

use std::path::PathBuf;

use chrono::{DateTime, Duration, FixedOffset};
use interlude_core::{Clock, SystemClock};

pub const OFFSET_FILE: &str = "e2e-clock-offset";

#[derive(Debug)]
pub struct OffsetFileClock {
    file: PathBuf,
}

impl OffsetFileClock {
    pub fn new(data_dir: &std::path::Path) -> Self {
        Self {
            file: data_dir.join(OFFSET_FILE),
        }
    }
}

impl Clock for OffsetFileClock {
    fn now(&self) -> DateTime<FixedOffset> {
        let seconds = std::fs::read_to_string(&self.file)
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or(0);
        (SystemClock.now() + Duration::seconds(seconds)).fixed_offset()
    }
}
