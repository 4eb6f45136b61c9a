-- 0015: what the undo window is waiting to remove, found without reading
-- the journal.
--
-- Every open removes for good what was deleted more than ten minutes ago
-- (`Db::purge_deleted`). Without these, each of its questions ("anything
-- deleted before …?") read every row of every table: a 10,000-entry
-- journal read about 10 MB from disk to open, which was most of a
-- terminal command's time. Each index holds only the rows waiting in the
-- undo window (usually none), so it costs nothing to keep.

CREATE INDEX entry_deleted      ON entry      (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX reflection_deleted ON reflection (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX moment_deleted     ON moment     (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX checkin_deleted    ON checkin    (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX note_deleted       ON note       (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX measure_deleted    ON measure    (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX experiment_deleted ON experiment (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX activity_deleted   ON activity   (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX life_value_deleted ON life_value (deleted_at) WHERE deleted_at IS NOT NULL;

-- Removing a reflection for good sets its plans' `from_reflection_id` to
-- NULL; without an index on that key SQLite read every plan to find them.
CREATE INDEX plan_by_reflection ON plan (from_reflection_id);

-- The same for an experiment tested from a moment or run as a plan, and a
-- self-compassion break taken from a plan: removing the moment or plan for
-- good finds them by index.
CREATE INDEX experiment_by_moment ON experiment (moment_id);
CREATE INDEX experiment_by_plan   ON experiment (plan_id);
CREATE INDEX compassion_break_by_plan ON compassion_break (plan_id);
