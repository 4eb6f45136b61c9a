-- 0010: the full thought record.
--
-- A moment gains the columns of the seven-column thought record that it
-- lacked (Greenberger & Padesky, Mind Over Mood): the evidence for the
-- self-talk and against it, a balanced thought, and how strongly the
-- self-talk was believed (0–100) when written and again after the
-- balanced thought. Every one is optional, like every other step, so the
-- ratings are NULL until the person gives one: a made-up rating would
-- make Insights' "how much the thought eased" dishonest.

ALTER TABLE moment ADD COLUMN evidence_for TEXT NOT NULL DEFAULT '';
ALTER TABLE moment ADD COLUMN evidence_against TEXT NOT NULL DEFAULT '';
ALTER TABLE moment ADD COLUMN balanced TEXT NOT NULL DEFAULT '';
ALTER TABLE moment ADD COLUMN belief_before INTEGER CHECK (belief_before BETWEEN 0 AND 100);
ALTER TABLE moment ADD COLUMN belief_after INTEGER CHECK (belief_after BETWEEN 0 AND 100);

-- Insights and the brief read only the moments rated twice, by time, and
-- find both ratings in the index itself without visiting the table.
CREATE INDEX moment_belief ON moment (occurred_at, belief_before, belief_after)
    WHERE deleted_at IS NULL AND belief_before IS NOT NULL AND belief_after IS NOT NULL;
