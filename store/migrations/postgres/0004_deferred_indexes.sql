-- The events table's query indexes held back while a backfill loads an empty store: building an
-- index over rows already stored (one sort) costs a fraction of updating it row by row, so the
-- indexer drops them at the start of such a backfill and builds them again when it reaches the
-- head. Each dropped index's definition is kept here, in the transaction that dropped it, so a
-- crash at any moment leaves every index either present or listed here.
--
-- A later migration that changes an index of the events table must allow for it being absent
-- (`DROP INDEX IF EXISTS`, and an update of its definition here).
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);
