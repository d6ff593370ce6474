-- The query API's own tables.

-- Sign-In with Ethereum nonces the server issued and not yet used: a sign-in takes (deletes)
-- its nonce, so a message can't be replayed, by this or any other API instance.
CREATE TABLE siwe_nonces (
    nonce TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);

-- Every read of patient-level data by a practitioner: who, what, when.
CREATE TABLE api_reads (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    reader BLOB NOT NULL,
    org_id BIGINT NOT NULL,
    patient BLOB,
    route TEXT NOT NULL,
    query TEXT NOT NULL
);
CREATE INDEX api_reads_by_org ON api_reads (org_id, at);
CREATE INDEX api_reads_by_reader ON api_reads (reader, at);
