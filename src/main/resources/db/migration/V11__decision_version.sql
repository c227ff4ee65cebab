-- Optimistic locking of penalty decisions: every write that changes a stored decision (an import
-- or a mutation) adds one, and a correction names the version it was made against.
ALTER TABLE penalty_decision ADD COLUMN version INT NOT NULL DEFAULT 1;
