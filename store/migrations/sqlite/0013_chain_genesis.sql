-- The chain the store mirrors, known by its genesis block as well as its id: another network
-- behind the same URL (a load balancer failing over to another chain with the same id) is
-- refused, never mixed in. Exactly one row, written by the first indexer to start.
CREATE TABLE chain (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    chain_id BIGINT NOT NULL,
    genesis_hash BLOB NOT NULL
);
