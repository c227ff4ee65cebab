-- InnoDB recomputes a table's statistics in the background once a tenth of its rows changed. In
-- a first import of a million decisions that happens again and again, and on MariaDB's bulk path
-- for an empty table (which locks the table until commit) the statistics thread spun on the locked
-- tables: half of the database server's CPU in the import, taken from the hub's own reading
-- thread on a two-core machine. The hub recomputes them itself, once, after a transaction that
-- wrote many decisions (policy/DecisionTables.analyze).
ALTER TABLE penalty_decision STATS_AUTO_RECALC = 0;
ALTER TABLE public_decision STATS_AUTO_RECALC = 0;
ALTER TABLE decision_officer STATS_AUTO_RECALC = 0;
ALTER TABLE public_decision_gram STATS_AUTO_RECALC = 0;
ALTER TABLE withdrawal_notice STATS_AUTO_RECALC = 0;
ALTER TABLE publication_event STATS_AUTO_RECALC = 0;
