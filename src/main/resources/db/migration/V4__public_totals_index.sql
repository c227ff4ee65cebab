-- Per-agency totals over a period (penaltyTotals) read only this index: a range on the decision
-- date, the window's end, the agency and the fine, without touching the rows.
CREATE INDEX ix_public_totals ON public_decision (decision_date, visible_until, agency_code, fine_amount);
