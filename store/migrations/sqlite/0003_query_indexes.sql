-- Indexes for the query API.

-- An organisation's own events (accreditation, suspension, emergency capability) are looked up
-- by name and organisation for every access check: seek them instead of scanning all of the
-- organisation's events (a million consents make that half a million rows).
DROP INDEX events_by_name;
CREATE INDEX events_by_name_org ON events (name, org_id, block_number, log_index);

-- Pages of a patient's or an organisation's entities come in key order: the index that finds
-- them also orders them, so no page sorts (or scans) more than its own rows.
DROP INDEX versions_by_patient;
DROP INDEX versions_by_org;
CREATE INDEX versions_by_patient ON versions (kind, patient, entity_key);
CREATE INDEX versions_by_org ON versions (kind, org_id, entity_key);
