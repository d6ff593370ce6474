//! The indexer's integration tests, one binary (one link): against a real anvil, on SQLite and
//! PostgreSQL; reorgs; the store's indexes, staging and migrations; behind a misbehaving node
//! and a restarted database.
#![allow(clippy::unwrap_used)]

mod answer_ids;
mod one_writer;
mod reorg;
mod rpc_faults;
mod store;
mod store_faults;
mod sync;
mod untrusted;
