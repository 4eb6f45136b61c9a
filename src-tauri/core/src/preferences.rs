//! The person's own preferences, kept in the journal so they travel with
//! it: reminder preferences, quiet hours, a pause, the region for crisis
//! lines. What belongs to one computer (its window, autostart, theme, its
//! notification daemon) never comes here.
//!
//! Each preference is one JSON value under a dotted name, so two settings
//! changed on two computers both hold; one setting changed on both is
//! settled by sync's newest-stamp rule. The desktop shell keeps a copy in
//! its settings file, which it can read while the journal is locked (the
//! region decides which crisis lines the lock screen shows).

use std::collections::BTreeMap;

use rusqlite::OptionalExtension;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

/// Longest name and value kept: preferences are small, and a value that
/// isn't is a bug or a hostile caller, not a setting.
const MAX_NAME: usize = 64;
const MAX_VALUE_BYTES: usize = 16 * 1024;

impl Db {
    /// Every preference kept in the journal.
    pub fn preferences(&self) -> Result<BTreeMap<String, Value>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, value FROM preference ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (name, text) = row?;
            // A value that doesn't parse (written by hand, say) is left
            // out: the shell's own copy or the default holds.
            if let Ok(value) = serde_json::from_str(&text) {
                out.insert(name, value);
            }
        }
        Ok(out)
    }

    /// Keeps `value` under `name`, or forgets it (`None`: back to the
    /// default, or to what the computer guesses). Returns whether anything
    /// changed, so an unchanged save sends nothing to other computers.
    pub fn set_preference(&mut self, name: &str, value: Option<&Value>) -> Result<bool> {
        if name.is_empty()
            || name.len() > MAX_NAME
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
        {
            return Err(Error::invalid(i18n::text(
                "error-prefs-bad-name",
                &[("name", name.into())],
            )));
        }
        let text = value.map(Value::to_string);
        if text.as_ref().is_some_and(|t| t.len() > MAX_VALUE_BYTES) {
            return Err(Error::invalid(i18n::text("error-prefs-too-long", &[])));
        }
        let now: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM preference WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        let same = match (&now, value) {
            (Some(old), Some(new)) => serde_json::from_str::<Value>(old).ok().as_ref() == Some(new),
            (None, None) => true,
            _ => false,
        };
        if same {
            return Ok(false);
        }
        match text {
            Some(text) => self.conn.execute(
                "INSERT INTO preference (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                [name, &text],
            )?,
            None => self
                .conn
                .execute("DELETE FROM preference WHERE name = ?1", [name])?,
        };
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use serde_json::json;
    use std::sync::Arc;

    fn db() -> Db {
        Db::open_in_memory(Arc::new(ManualClock::at("2026-12-01T09:00:00+01:00"))).unwrap()
    }

    #[test]
    fn a_preference_is_kept_changed_and_forgotten() {
        let mut db = db();
        assert!(db.preferences().unwrap().is_empty());
        assert!(db.set_preference("region", Some(&json!("DE"))).unwrap());
        assert!(!db.set_preference("region", Some(&json!("DE"))).unwrap());
        assert!(db
            .set_preference(
                "reminders.quietHours",
                Some(&json!({"from": "22:00", "to": "07:00"}))
            )
            .unwrap());
        let all = db.preferences().unwrap();
        assert_eq!(all["region"], json!("DE"));
        assert_eq!(all["reminders.quietHours"]["from"], json!("22:00"));
        assert!(db.set_preference("region", None).unwrap());
        assert!(!db.set_preference("region", None).unwrap());
        assert!(!db.preferences().unwrap().contains_key("region"));
    }

    #[test]
    fn odd_names_and_huge_values_are_refused_and_change_nothing() {
        let mut db = db();
        for name in ["", "a b", "../x", &"x".repeat(65)] {
            assert!(matches!(
                db.set_preference(name, Some(&json!(1))),
                Err(Error::Invalid(_))
            ));
        }
        let huge = json!("x".repeat(20_000));
        assert!(matches!(
            db.set_preference("region", Some(&huge)),
            Err(Error::Invalid(_))
        ));
        assert!(db.preferences().unwrap().is_empty());
    }
}
