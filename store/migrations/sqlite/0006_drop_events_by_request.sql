-- No query looks events up by access request (a request's states are its projection's
-- versions), so the index only cost every stored event an insert, and a backfill a build.
DROP INDEX IF EXISTS events_by_request;
DELETE FROM deferred_indexes WHERE name = 'events_by_request';
