//! Keeping the search indexes (`entry_fts`, `entry_stem`) in step with a
//! big import.
//!
//! Triggers on `entry` write both indexes with every entry, which is right
//! for a person saving one entry. For an import of thousands it is not:
//! FTS5 writes out its in-memory batch at every statement savepoint, so each
//! entry became its own segment, merged again and again (migration 0017
//! has the figures). An import pauses the triggers, which then only note
//! what changed, and puts the noted entries in at its end with one
//! statement per index, in the same transaction.

use rusqlite::Transaction;

use crate::error::Result;

/// From this many entries an import indexes them at its end (below it,
/// row by row costs less than the two extra statements).
pub(crate) const INDEX_AT_END_FROM: usize = 1_000;

/// The search triggers stand aside until [`index_pending`], in the same
/// transaction.
pub(crate) fn pause(tx: &Transaction<'_>) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO search_index_paused (one) VALUES (1)",
        [],
    )?;
    Ok(())
}

/// Brings both indexes up to date with every entry noted since [`pause`]
/// and lets the triggers write them again.
pub(crate) fn index_pending(tx: &Transaction<'_>) -> Result<()> {
    // Old text out before new text in: `entry_fts` takes a row out by the
    // exact words it was given for it.
    //
    // FTS5 keeps what a statement adds in memory and writes it out as a new
    // segment whenever that passes `hashsize` (1 MiB by default); segments
    // are then merged in the background of later writes. Indexing a whole
    // import at once, a larger buffer (64 MiB at most, and only for these
    // statements) makes a few segments instead of hundreds: 2.7% of a
    // 100,000-entry import (5.45 → 5.29 s, three alternating runs each).
    // The default is put back before the transaction ends, so a person's
    // later saves keep the small buffer.
    tx.execute_batch(
        "INSERT INTO entry_fts (entry_fts, rank) VALUES ('hashsize', 67108864);
         INSERT INTO entry_stem (entry_stem, rank) VALUES ('hashsize', 67108864);
         INSERT INTO entry_fts (entry_fts, rowid, body, labels)
             SELECT 'delete', id, old_body, old_labels
             FROM search_index_pending WHERE indexed = 1;
         DELETE FROM entry_stem
             WHERE rowid IN (SELECT id FROM search_index_pending WHERE indexed = 1);
         INSERT INTO entry_fts (rowid, body, labels)
             SELECT e.id, e.body, e.labels
             FROM search_index_pending p JOIN entry e ON e.id = p.id;
         INSERT INTO entry_stem (rowid, stems)
             SELECT e.id, interlude_stem_set_de(e.body || char(10) || e.labels)
             FROM search_index_pending p JOIN entry e ON e.id = p.id;
         DELETE FROM search_index_pending;
         DELETE FROM search_index_paused;
         INSERT INTO entry_fts (entry_fts, rank) VALUES ('hashsize', 1048576);
         INSERT INTO entry_stem (entry_stem, rank) VALUES ('hashsize', 1048576);",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    //! What the paused triggers note is enough to put the indexes right:
    //! an entry the indexes held, changed twice and another removed, while
    //! paused.

    #![allow(clippy::unwrap_used)]

    use std::sync::Arc;

    use super::{index_pending, pause};
    use crate::clock::ManualClock;
    use crate::journal::moment::MomentInput;
    use crate::storage::db::Db;

    fn summaries(db: &Db, q: &str) -> Vec<String> {
        db.search(q, 20)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.item.summary)
            .collect()
    }

    #[test]
    fn changes_while_paused_reach_both_indexes() {
        let clock = Arc::new(ManualClock::at("2026-12-07T18:00:00+01:00"));
        let mut db = Db::open_in_memory(clock).unwrap();
        let moment = |situation: &str| MomentInput {
            situation: situation.to_owned(),
            ..MomentInput::default()
        };
        let kept = db.create_moment(moment("alpha first")).unwrap();
        let gone = db.create_moment(moment("beta second")).unwrap();

        let tx = db.conn.transaction().unwrap();
        pause(&tx).unwrap();
        for body in ["alpha changed", "alpha changed again"] {
            tx.execute(
                "UPDATE entry SET body = ?1, summary = ?1 WHERE kind = 'moment' AND ref_id = ?2",
                rusqlite::params![body, kept.id],
            )
            .unwrap();
        }
        tx.execute(
            "DELETE FROM entry WHERE kind = 'moment' AND ref_id = ?1",
            [gone.id],
        )
        .unwrap();
        // Paused: nothing reached the indexes yet.
        let noted: i64 = tx
            .query_row("SELECT count(*) FROM search_index_pending", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(noted, 2);
        index_pending(&tx).unwrap();
        tx.commit().unwrap();
        // The large buffer was for the import's statements only.
        for index in ["entry_fts", "entry_stem"] {
            let size: i64 = db
                .conn
                .query_row(
                    &format!("SELECT v FROM {index}_config WHERE k = 'hashsize'"),
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(size, 1_048_576, "{index}");
        }

        assert_eq!(summaries(&db, "again"), ["alpha changed again"]);
        assert!(summaries(&db, "first").is_empty());
        assert!(summaries(&db, "beta").is_empty());
        assert!(db.doctor().unwrap().is_healthy(), "{:?}", db.doctor());
        // Unpaused: the triggers index the next save themselves.
        db.create_moment(moment("gamma third")).unwrap();
        assert_eq!(summaries(&db, "gamma"), ["gamma third"]);
    }
}
