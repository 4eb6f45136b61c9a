//! Hybrid logical clocks: a timestamp every computer can compare, that
//! follows the wall clock where it can and never goes backwards.
//!
//! A stamp is the wall-clock millisecond, a counter for changes within (or
//! behind) that millisecond, and the computer's id as the tie-breaker. Its
//! text form sorts the way the stamps order, so SQLite's `max()` and string
//! comparison agree with [`Hlc::cmp`]. On receiving a stamp ahead of ours
//! (a computer whose clock runs hours fast), ours moves past it, so a
//! change made here afterwards still wins over what we just saw: the
//! order is the order a person could have seen, whatever the clocks say.

use std::fmt;

use crate::error::{Error, Result};
use crate::i18n;

/// One stamp. Ordered by (millisecond, counter, device).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hlc {
    pub millis: u64,
    pub counter: u32,
    pub device: String,
}

/// Digits of each part in the text form: 13 decimal digits of milliseconds
/// last until the year 2286; 10 of counter hold any `u32`, so a first sync
/// of a very large journal (every field stamped in one millisecond) or a
/// clock running far ahead can't outgrow the form.
const MILLIS_DIGITS: usize = 13;
const COUNTER_DIGITS: usize = 10;

impl Hlc {
    /// The stamp for a change made now on `device`, after `last` (the
    /// newest stamp this computer has made or seen).
    pub fn tick(last: Option<&Hlc>, wall_millis: u64, device: &str) -> Hlc {
        match last {
            Some(last) if last.millis >= wall_millis => Hlc {
                millis: last.millis,
                counter: last.counter.saturating_add(1),
                device: device.to_owned(),
            },
            _ => Hlc {
                millis: wall_millis,
                counter: 0,
                device: device.to_owned(),
            },
        }
    }

    /// The text form, e.g. `1733400000000.0000000003.9f2c…`.
    pub fn to_text(&self) -> String {
        format!(
            "{:0mw$}.{:0cw$}.{}",
            self.millis,
            self.counter,
            self.device,
            mw = MILLIS_DIGITS,
            cw = COUNTER_DIGITS
        )
    }

    /// Reads the text form; anything else is refused (a stamp comes from a
    /// file, which may be damaged).
    pub fn parse(text: &str) -> Result<Hlc> {
        let bad = || {
            Error::Invalid(i18n::text(
                "error-sync-bad-stamp",
                &[("stamp", text.into())],
            ))
        };
        let mut parts = text.splitn(3, '.');
        let millis = parts.next().ok_or_else(bad)?;
        let counter = parts.next().ok_or_else(bad)?;
        let device = parts.next().ok_or_else(bad)?;
        if millis.len() != MILLIS_DIGITS || counter.len() != COUNTER_DIGITS || !is_device_id(device)
        {
            return Err(bad());
        }
        Ok(Hlc {
            millis: millis.parse().map_err(|_| bad())?,
            counter: counter.parse().map_err(|_| bad())?,
            device: device.to_owned(),
        })
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// A computer's id: 16 lowercase hex digits, random at sync start.
pub fn is_device_id(text: &str) -> bool {
    text.len() == 16 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "00000000000000aa";
    const B: &str = "00000000000000bb";

    #[test]
    fn text_order_is_stamp_order() {
        let stamps = [
            Hlc {
                millis: 5,
                counter: 0,
                device: B.into(),
            },
            Hlc {
                millis: 5,
                counter: 1,
                device: A.into(),
            },
            Hlc {
                millis: 40,
                counter: 0,
                device: A.into(),
            },
            Hlc {
                millis: 1_733_400_000_000,
                counter: 0,
                device: A.into(),
            },
        ];
        for pair in stamps.windows(2) {
            assert!(pair[0] < pair[1]);
            assert!(pair[0].to_text() < pair[1].to_text());
            assert_eq!(Hlc::parse(&pair[1].to_text()).unwrap(), pair[1]);
        }
    }

    #[test]
    fn a_clock_behind_still_moves_forward() {
        let seen = Hlc {
            millis: 20_000_000,
            counter: 4,
            device: B.into(),
        };
        // Our wall clock says 3 hours earlier than the stamp we saw.
        let next = Hlc::tick(Some(&seen), 20_000_000 - 3 * 3_600_000, A);
        assert!(next > seen);
        assert_eq!(next.counter, 5);
        let later = Hlc::tick(Some(&next), 30_000_000, A);
        assert_eq!((later.millis, later.counter), (30_000_000, 0));
    }

    #[test]
    fn damaged_stamps_are_refused() {
        for bad in [
            "",
            "1.2.3",
            "0000000000001.0000000000.XYZ",
            "0000000000001.000000.00000000000000aa",
            "000000000000a.000000.00000000000000aa",
        ] {
            assert!(Hlc::parse(bad).is_err(), "{bad}");
        }
    }
}

#[cfg(test)]
mod width {
    use super::*;

    #[test]
    fn the_largest_counter_keeps_its_width_and_order() {
        let big = Hlc {
            millis: 7,
            counter: u32::MAX,
            device: "00000000000000aa".into(),
        };
        let small = Hlc {
            millis: 7,
            counter: 999_999,
            device: "00000000000000aa".into(),
        };
        assert_eq!(Hlc::parse(&big.to_text()).unwrap(), big);
        assert!(small.to_text() < big.to_text());
    }
}
