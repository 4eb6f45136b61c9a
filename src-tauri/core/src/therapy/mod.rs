//! What goes back to the therapist: the standard measures (PHQ-9, GAD-7)
//! and the session brief built from the week; the measures as FHIR for a
//! clinic's record system.

pub mod brief;
pub mod fhir;
pub mod measures;
pub mod requests;
