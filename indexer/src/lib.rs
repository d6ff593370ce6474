//! Mirrors the suite's events into SQLite or PostgreSQL and keeps the mirror right: batches
//! committed with their checkpoint, reorgs undone within a window of remembered blocks, every
//! RPC failure retried with capped backoff. Inside: `sync` (chain to rows), `store` (SQLite,
//! PostgreSQL), `projection` (events to entities), `decode` (logs to rows), `rpc` (the node).

pub mod api;
pub mod decode;
pub mod projection;
pub mod rpc;
pub mod store;
pub mod sync;

pub use store::{Backend, Store, StoreError};
pub use sync::{Indexer, Progress, SyncConfig, SyncError};
