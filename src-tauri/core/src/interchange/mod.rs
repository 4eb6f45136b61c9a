//! Files in and out: [`transfer`] is Interlude's own export format (and
//! reading it back); [`import`] reads what other apps export (Daylio,
//! Day One, jrnl, Loop Habit Tracker, FreeCBT). Everything here reads
//! untrusted bytes, so limits are checked before anything is stored.

pub mod import;
pub mod transfer;
