//! What goes in and comes out: the database, the blocks the reorg window remembers, the
//! checkpoint and the batch.

use alloy::primitives::B256;

use crate::decode::EventRow;

/// Which database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An SQLite file.
    Sqlite,
    /// A PostgreSQL database.
    Postgres,
}

/// A block as the reorg window remembers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockRef {
    /// Its number.
    pub number: u64,
    /// Its hash.
    pub hash: B256,
    /// Its parent's hash.
    pub parent_hash: B256,
    /// Its timestamp.
    pub timestamp: u64,
}

/// How far the store is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkpoint {
    /// The chain.
    pub chain_id: u64,
    /// The last block whose events are all stored.
    pub block_number: u64,
    /// Its hash.
    pub block_hash: B256,
}

/// What one transaction of the store commits.
#[derive(Debug, Clone)]
pub struct Batch {
    /// The chain.
    pub chain_id: u64,
    /// The events of the batch's blocks, in chain order.
    pub events: Vec<EventRow>,
    /// Block headers to remember for reorg detection (at least the last block).
    pub blocks: Vec<BlockRef>,
    /// The batch's last block: the new checkpoint.
    pub last: BlockRef,
    /// The checkpoint the batch continues from (`None`: it is the store's first). A batch
    /// commits only on top of it: it never leaves a gap or overwrites another writer's blocks.
    pub follows: Option<u64>,
}
