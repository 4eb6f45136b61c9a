-- 0011: behavioural experiments.
--
-- Homework "is not a test. It is an experiment." An experiment holds a
-- belief or prediction in the person's words and how strongly it is
-- believed (0–100); the test (what, when, where); the safety behaviours to
-- drop; what they expect. Afterwards: what happened, what they learned,
-- the belief again, and what got in the way (Bennett-Levy et al., Oxford
-- Guide to Behavioural Experiments in Cognitive Therapy, 2004).
--
-- It may start from a moment ("Test this thought"), and may become a
-- one-day plan whose reminder the scheduler fires at the planned time;
-- both links are kept and cleared, never cascaded, if the other goes.
-- `written_up_at` is when a write-up was first given: the brief reports
-- an experiment in the days it was planned for or written up.

CREATE TABLE experiment (
    id               INTEGER PRIMARY KEY,
    uid              TEXT    NOT NULL UNIQUE,
    prediction       TEXT    NOT NULL,
    belief_before    INTEGER CHECK (belief_before BETWEEN 0 AND 100),
    test             TEXT    NOT NULL DEFAULT '',
    safety           TEXT    NOT NULL DEFAULT '',
    expected         TEXT    NOT NULL DEFAULT '',
    planned_at       TEXT,
    planned_offset   INTEGER,
    moment_id        INTEGER REFERENCES moment (id) ON DELETE SET NULL,
    plan_id          INTEGER REFERENCES plan (id) ON DELETE SET NULL,
    happened         TEXT    NOT NULL DEFAULT '',
    learned          TEXT    NOT NULL DEFAULT '',
    belief_after     INTEGER CHECK (belief_after BETWEEN 0 AND 100),
    obstacles        TEXT    NOT NULL DEFAULT '',
    written_up_at    TEXT,
    created_at       TEXT    NOT NULL,
    created_offset   INTEGER NOT NULL,
    updated_at       TEXT    NOT NULL,
    updated_offset   INTEGER NOT NULL,
    deleted_at       TEXT
) STRICT;

CREATE INDEX experiment_by_time ON experiment (created_at) WHERE deleted_at IS NULL;
