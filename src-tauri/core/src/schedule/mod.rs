//! Time in the person's week: the therapy sessions' schedule
//! ([`sessions`], with [`recurrence`] rules), the reminders derived from
//! it and from plans ([`reminders`]), and the log of what was raised
//! ([`reminder_log`]) so nothing is raised twice.

pub mod recurrence;
pub mod reminder_log;
pub mod reminders;
pub mod sessions;
