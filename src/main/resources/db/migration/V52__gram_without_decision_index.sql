-- The name grams keep only their key. Their second index, by decision number, served one purpose:
-- deleting a decision's grams when it changes. The writer now deletes them by their full key,
-- computed from the stored public name (policy/PublicationWriter), and a search that starts from
-- a decision reaches its grams through the same key (policy/PublicDecisions). The index doubled
-- what every gram costs to write: 1M decisions (2M grams) imported in 46-49 s without it, 57-62 s
-- with it, on the same machine and run alternately.
ALTER TABLE public_decision_gram DROP KEY ix_gram_decision;
