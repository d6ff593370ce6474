-- The checkpoint: the last block whose events are all stored (exactly one row).
CREATE TABLE checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    chain_id BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    block_hash BYTEA NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Recent blocks (number, hash, parent hash): the window reorgs are detected and undone within.
CREATE TABLE blocks (
    number BIGINT PRIMARY KEY,
    hash BYTEA NOT NULL,
    parent_hash BYTEA NOT NULL,
    timestamp BIGINT NOT NULL
);

-- Every event of the suite, decoded; topics and data kept so any consumer can decode again.
CREATE TABLE events (
    block_number BIGINT NOT NULL,
    log_index BIGINT NOT NULL,
    block_hash BYTEA NOT NULL,
    block_timestamp BIGINT NOT NULL,
    tx_hash BYTEA NOT NULL,
    tx_index BIGINT NOT NULL,
    address BYTEA NOT NULL,
    topics BYTEA NOT NULL,
    data BYTEA NOT NULL,
    name TEXT NOT NULL,
    patient BYTEA,
    org_id BIGINT,
    record_id BYTEA,
    request_id TEXT,
    account BYTEA,
    args TEXT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX events_by_patient ON events (patient, block_number, log_index);
CREATE INDEX events_by_org ON events (org_id, block_number, log_index);
CREATE INDEX events_by_record ON events (record_id);
CREATE INDEX events_by_request ON events (request_id);
CREATE INDEX events_by_name ON events (name, block_number);

-- Projections, versioned: each event that changes an entity (an organisation, a practitioner,
-- a consent, a delegation, an access request, an emergency access, a record) writes the
-- entity's new state as a row. The current state is the latest version; the history is all
-- of them; undoing a reorg deletes the versions of the abandoned blocks.
CREATE TABLE versions (
    kind TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    block_number BIGINT NOT NULL,
    log_index BIGINT NOT NULL,
    patient BYTEA,
    org_id BIGINT,
    state TEXT NOT NULL,
    PRIMARY KEY (kind, entity_key, block_number, log_index)
);
CREATE INDEX versions_by_patient ON versions (kind, patient);
CREATE INDEX versions_by_org ON versions (kind, org_id);
CREATE INDEX versions_by_block ON versions (block_number);

CREATE VIEW current_versions AS
SELECT kind, entity_key, block_number, log_index, patient, org_id, state FROM (
    SELECT v.kind, v.entity_key, v.block_number, v.log_index, v.patient, v.org_id, v.state, ROW_NUMBER() OVER (
        PARTITION BY kind, entity_key ORDER BY block_number DESC, log_index DESC
    ) AS newest
    FROM versions v
) ranked WHERE newest = 1;
