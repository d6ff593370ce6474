-- An access check looks up the organisation's own events (accreditation, suspension,
-- reinstatement, emergency capability) by name: the only query that seeks by name. The index
-- that served it held every event, so each consent and read receipt cost it an insert (a
-- backfill, a sort of every row) for entries no query reads. It now holds only those events:
-- a few per organisation, kept up as rows come even while a backfill holds the other query
-- indexes back.
DROP INDEX IF EXISTS events_by_name_org;
DELETE FROM deferred_indexes WHERE name = 'events_by_name_org';
--
-- The condition is a chain of comparisons, not `name IN (..)`: SQLite checks it for every row
-- stored, and codes an `IN` list of more than two values as a temporary table built for each
-- statement run, one stored row. The access check's query repeats it word for word: SQLite
-- only uses a partial index for a query whose conditions include the index's own.
CREATE INDEX events_of_organizations ON events (name, org_id, block_number, log_index)
    WHERE (name = 'OrganizationAccredited' OR name = 'OrganizationSuspended'
           OR name = 'OrganizationReinstated' OR name = 'EmergencyCapabilitySet');
