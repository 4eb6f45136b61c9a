//! What goes back to the therapist: the standard measures (PHQ-9, GAD-7)
//! and the session brief built from the week.

pub mod brief;
pub mod measures;
