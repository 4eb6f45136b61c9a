//! `FreeCBT`'s (formerly Quirk's) JSON export → moments.
//!
//! `FreeCBT`'s "Export → JSON" writes `{"v": "Archive-v1", "thoughts":
//! [...]}`; older versions and Quirk kept a bare list of thoughts. A
//! thought has `automaticThought`, `cognitiveDistortions`, `challenge`,
//! `alternativeThought`, `createdAt` and `updatedAt` (UTC) and a `uuid`
//! (sometimes prefixed `@Quirk:thoughts:`). Distortions are slugs
//! (`"mind-reading"`) or, in Quirk's records, objects `{"label", "slug",
//! "selected"}` of which only the selected ones count.
//!
//! `FreeCBT`'s twelve distortions are the twelve thinking traps Interlude
//! names, one for one. A slug outside them means a file from a version this
//! doesn't know: it is refused (naming the thought) rather than dropped.
//!
//! The automatic thought becomes the self-talk. The challenge and the
//! alternative thought together are what one would tell a friend: the
//! challenge first (the reasoning), then the alternative thought, with a
//! blank line between. `FreeCBT` asks nothing about the situation, emotions,
//! body or actions, so those stay empty. Times are placed in the caller's
//! zone.

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;
use serde_json::Value;

use super::{field_error, foreign, json, paragraphs, Converted, Fields, Source, Uids};
use crate::error::Result;
use crate::interchange::transfer::ExportedMoment;

/// `FreeCBT`'s distortion slugs and the trap each is in Interlude.
const TRAPS: &[(&str, &str)] = &[
    ("all-or-nothing", "allOrNothing"),
    ("overgeneralization", "overgeneralizing"),
    ("mind-reading", "mindReading"),
    ("fortune-telling", "fortuneTelling"),
    ("magnification-of-the-negative", "magnifyingNegative"),
    ("minimization-of-the-positive", "minimizingPositive"),
    ("catastrophizing", "catastrophizing"),
    ("emotional-reasoning", "emotionalReasoning"),
    ("should-statements", "shouldStatements"),
    ("labeling", "labeling"),
    ("self-blaming", "selfBlaming"),
    ("other-blaming", "otherBlaming"),
];

/// `FreeCBT`'s prefix on some stored ids.
const KEY_PREFIX: &str = "@Quirk:thoughts:";

pub(super) fn convert(file: &str, bytes: &[u8], zone: Tz, out: &mut Converted) -> Result<()> {
    if bytes.starts_with(b":FreeCBT:") {
        return Err(foreign(
            Source::FreeCbt,
            file,
            "it is FreeCBT's backup code, which is compressed; export as JSON from FreeCBT's \
             Export screen and import that file",
        ));
    }
    let value = json(Source::FreeCbt, file, bytes)?;
    let thoughts = match &value {
        Value::Array(list) => list,
        Value::Object(object) => match object.get("thoughts") {
            Some(Value::Array(list)) => list,
            _ => {
                return Err(foreign(
                    Source::FreeCbt,
                    file,
                    "it has no \"thoughts\" list like FreeCBT's exports",
                ))
            }
        },
        _ => {
            return Err(foreign(
                Source::FreeCbt,
                file,
                "it should be a list of thoughts",
            ))
        }
    };
    let mut uids = Uids::new(Source::FreeCbt);
    for (i, thought) in (1..).zip(thoughts) {
        let fields = Fields::new(format!("{file}, thought {i}"), thought)?;
        if !fields.has("automaticThought") && !fields.has("cognitiveDistortions") {
            return Err(foreign(
                Source::FreeCbt,
                file,
                &format!("thought {i} has no \"automaticThought\" or \"cognitiveDistortions\""),
            ));
        }
        let automatic = fields.text("automaticThought")?.unwrap_or("");
        let challenge = fields.text("challenge")?.unwrap_or("");
        let alternative = fields.text("alternativeThought")?.unwrap_or("");
        let traps = traps(&fields)?;
        if [automatic, challenge, alternative]
            .iter()
            .all(|t| t.trim().is_empty())
            && traps.is_empty()
        {
            out.left_out.add(
                1,
                "1 empty thought record — not imported",
                "{n} empty thought records — not imported",
            );
            continue;
        }
        let created = fields
            .moment("createdAt")?
            .ok_or_else(|| field_error(&fields.place, "createdAt", "is missing"))?;
        let updated = fields.moment("updatedAt")?.unwrap_or(created).max(created);
        let in_zone = |at: DateTime<FixedOffset>| at.with_timezone(&zone).fixed_offset();
        let uid = match fields.text("uuid")? {
            Some(id) if !id.trim().is_empty() => {
                let id = id.trim();
                uids.make(&["thought", id.strip_prefix(KEY_PREFIX).unwrap_or(id)])
            }
            _ => uids.make(&[
                "content",
                &created.to_rfc3339(),
                automatic,
                challenge,
                alternative,
            ]),
        };
        let at = in_zone(created);
        out.file.moments.push(ExportedMoment {
            uid,
            occurred_at: at,
            situation: String::new(),
            emotions: Vec::new(),
            body: String::new(),
            self_talk: automatic.trim().to_owned(),
            traps,
            did: String::new(),
            friend: paragraphs([challenge, alternative]),
            starred: false,
            private: false,
            tags: Vec::new(),
            created_at: at,
            updated_at: in_zone(updated),
        });
        out.origins.moments.push(fields.place);
    }
    Ok(())
}

/// The chosen distortions as Interlude's trap ids, in `FreeCBT`'s order.
fn traps(fields: &Fields<'_>) -> Result<Vec<String>> {
    let key = "cognitiveDistortions";
    let list = match fields.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(field_error(&fields.place, key, "should be a list")),
    };
    let mut out: Vec<String> = Vec::new();
    for item in list {
        let slug = match item {
            Value::String(slug) => slug.as_str(),
            Value::Object(d) => {
                if d.get("selected").and_then(Value::as_bool) == Some(false) {
                    continue;
                }
                d.get("slug").and_then(Value::as_str).ok_or_else(|| {
                    field_error(&fields.place, key, "has a distortion without a \"slug\"")
                })?
            }
            _ => {
                return Err(field_error(
                    &fields.place,
                    key,
                    "should list distortions by name",
                ))
            }
        };
        let trap = TRAPS
            .iter()
            .find(|(s, _)| s.eq_ignore_ascii_case(slug.trim()))
            .map(|(_, trap)| *trap)
            .ok_or_else(|| {
                field_error(
                    &fields.place,
                    key,
                    &format!(
                        "has \"{}\", which isn't one of FreeCBT's twelve distortions",
                        slug.chars().take(40).collect::<String>()
                    ),
                )
            })?;
        if !out.iter().any(|t| t == trap) {
            out.push(trap.to_owned());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_distortion_is_one_of_the_twelve_traps() {
        assert_eq!(TRAPS.len(), 12);
        for (_, trap) in TRAPS {
            assert!(crate::journal::vocabulary::trap(trap).is_some(), "{trap}");
        }
    }
}
