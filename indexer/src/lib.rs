//! Mirrors the suite's events into the store (`consentry-store`: SQLite or PostgreSQL) and
//! keeps the mirror right: batches committed with their checkpoint, reorgs undone within a
//! window of remembered blocks, every RPC failure retried with capped backoff. Inside: `sync`
//! (chain to rows) and `rpc` (the node). The API (`consentry-api`) reads the same store and
//! never this crate.

pub mod rpc;
mod rpc_ids;
pub mod sync;

pub use sync::{Indexer, Progress, SyncConfig, SyncError, blocks_behind};
