//! Files in and out: [`transfer`] is Interlude's own export format (and
//! reading it back); [`import`] reads what other apps export (Daylio,
//! Day One, jrnl, Loop Habit Tracker, FreeCBT); [`homework`] reads a
//! therapist's homework file. Everything here reads
//! untrusted bytes, so limits are checked before anything is stored.

pub mod homework;
pub mod import;
pub mod transfer;
