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
//! The automatic thought becomes the self-talk, the challenge (how the
//! thought could be disputed) what doesn't fit it, and the alternative
//! thought the balanced thought: the thought record's own columns.
//! `FreeCBT` asks nothing about the situation, emotions, body, actions or
//! how strongly a thought was believed, so those stay empty. Times are
//! placed in the caller's zone.

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;
use serde_json::Value;

use super::{field_error, foreign, json, Converted, Fields, Source, Uids};
use crate::error::Result;
use crate::i18n;
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
            &i18n::text("error-import-freecbt-backup-code", &[]),
        ));
    }
    let value = json(Source::FreeCbt, file, bytes)?;
    let thoughts = thought_list(file, &value)?;
    let mut uids = Uids::new(Source::FreeCbt);
    for (i, thought) in (1_usize..).zip(thoughts) {
        let fields = Fields::new(
            i18n::text(
                "error-import-place-thought",
                &[("file", file.into()), ("number", i.into())],
            ),
            thought,
        )?;
        if !fields.has("automaticThought") && !fields.has("cognitiveDistortions") {
            return Err(foreign(
                Source::FreeCbt,
                file,
                &i18n::text(
                    "error-import-freecbt-thought-empty",
                    &[("number", i.into())],
                ),
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
            out.left_out.add(1, "import-left-out-empty-thoughts");
            continue;
        }
        let created = fields.moment("createdAt")?.ok_or_else(|| {
            field_error(
                &fields.place,
                "createdAt",
                &i18n::text("error-import-missing", &[]),
            )
        })?;
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
            friend: String::new(),
            belief_before: None,
            evidence_for: String::new(),
            evidence_against: challenge.trim().to_owned(),
            balanced: alternative.trim().to_owned(),
            belief_after: None,
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

/// The list of thoughts, from either of the shapes `FreeCBT` has written.
fn thought_list<'a>(file: &str, value: &'a Value) -> Result<&'a Vec<Value>> {
    match value {
        Value::Array(list) => Ok(list),
        Value::Object(object) => match object.get("thoughts") {
            Some(Value::Array(list)) => Ok(list),
            _ => Err(foreign(
                Source::FreeCbt,
                file,
                &i18n::text("error-import-freecbt-no-thoughts", &[]),
            )),
        },
        _ => Err(foreign(
            Source::FreeCbt,
            file,
            &i18n::text("error-import-freecbt-not-list", &[]),
        )),
    }
}

/// The chosen distortions as Interlude's trap ids, in `FreeCBT`'s order.
fn traps(fields: &Fields<'_>) -> Result<Vec<String>> {
    let key = "cognitiveDistortions";
    let list = match fields.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => {
            return Err(field_error(
                &fields.place,
                key,
                &i18n::text("error-import-should-be-list", &[]),
            ))
        }
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
                    field_error(
                        &fields.place,
                        key,
                        &i18n::text("error-import-freecbt-no-slug", &[]),
                    )
                })?
            }
            _ => {
                return Err(field_error(
                    &fields.place,
                    key,
                    &i18n::text("error-import-freecbt-not-names", &[]),
                ))
            }
        };
        let trap = TRAPS
            .iter()
            .find(|(s, _)| s.eq_ignore_ascii_case(slug.trim()))
            .map(|(_, trap)| *trap)
            .ok_or_else(|| {
                let name = slug.chars().take(40).collect::<String>();
                field_error(
                    &fields.place,
                    key,
                    &i18n::text(
                        "error-import-freecbt-unknown",
                        &[("name", name.as_str().into())],
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
