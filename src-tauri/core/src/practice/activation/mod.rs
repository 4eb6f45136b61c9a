//! Behavioural activation: doing more of what matters, and noticing how it
//! goes.
//!
//! [`values`] holds what matters to the person, in their words, by life
//! area; [`activity`] holds activities planned in the service of a value
//! (with a predicted mood, sense of achievement and enjoyment) and logged
//! afterwards with the actual ones, planned or not; [`insights`] puts the
//! two beside the mood the person reports, with its n, window and lag,
//! and never as a cause.

pub mod activity;
pub mod insights;
pub mod values;

/// Checks a 0–10 rating, naming the scale (`label`, the id of its name).
fn check_rating(rating: Option<u8>, label: &str) -> crate::error::Result<()> {
    match rating {
        Some(r) if r > 10 => Err(crate::error::Error::invalid(crate::i18n::text(
            "error-activity-rating-range",
            &[
                ("label", crate::i18n::text(label, &[]).as_str().into()),
                ("rating", r.into()),
            ],
        ))),
        _ => Ok(()),
    }
}
