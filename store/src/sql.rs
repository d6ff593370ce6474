//! Statements and conversions every writer and the reads share: the window's and the
//! checkpoint's statements, integers in signed columns, stored states and logs.

use alloy::primitives::{Address, B256};
use serde_json::Value;

use crate::{
    Backend, Batch, StoreError,
    decode::{EventRow, Position},
    projection::{Kind, ProjectionError},
};

/// Upserts a block of the reorg window (`$1`..`$4`: number, hash, parent hash, time).
pub(crate) const UPSERT_BLOCK: &str = "INSERT INTO blocks (number, hash, parent_hash, timestamp)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (number) DO UPDATE SET hash = excluded.hash,
       parent_hash = excluded.parent_hash, timestamp = excluded.timestamp";

/// The stored checkpoint's block number (no row: none yet).
pub(crate) const STORED_CHECKPOINT: &str = "SELECT block_number FROM checkpoint WHERE id = 1";

/// Refuses `batch` unless the stored checkpoint (`stored`, read in the batch's transaction) is
/// the one it continues from.
pub(crate) fn follows(batch: &Batch, stored: Option<i64>) -> Result<(), StoreError> {
    let stored = stored.map(|n| uint("block number", n)).transpose()?;
    if stored == batch.follows {
        Ok(())
    } else {
        Err(StoreError::NotFollowing {
            expected: batch.follows,
            stored,
        })
    }
}

/// Forgets the window's blocks below `$1`.
pub(crate) const DELETE_OLD_BLOCKS: &str = "DELETE FROM blocks WHERE number < $1";

/// Sets the checkpoint (`$1`..`$4`: chain id, block number, block hash, time written).
pub(crate) const UPSERT_CHECKPOINT: &str =
    "INSERT INTO checkpoint (id, chain_id, block_number, block_hash, updated_at)
     VALUES (1, $1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET chain_id = excluded.chain_id,
       block_number = excluded.block_number, block_hash = excluded.block_hash,
       updated_at = excluded.updated_at";

/// The current state of (`$1`: kind, `$2`: key).
pub(crate) const CURRENT_STATE: &str =
    "SELECT state FROM versions WHERE kind = $1 AND entity_key = $2
     ORDER BY block_number DESC, log_index DESC LIMIT 1";

pub(crate) fn int(what: &'static str, value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::OutOfRange { what, value })
}

pub(crate) fn uint(what: &str, value: i64) -> Result<u64, StoreError> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt(format!("negative {what} {value}")))
}

pub(crate) fn hash(bytes: &[u8]) -> Result<B256, StoreError> {
    B256::try_from(bytes)
        .map_err(|_| StoreError::Corrupt(format!("a hash of {} bytes", bytes.len())))
}

pub(crate) fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// A stored state of (`kind`, `key`), parsed.
pub(crate) fn state_from_text(kind: Kind, key: &str, text: &str) -> Result<Value, ProjectionError> {
    serde_json::from_str(text).map_err(|source| ProjectionError::Corrupt {
        kind: kind.as_str(),
        key: key.to_owned(),
        source,
    })
}

pub(crate) fn parse_state(text: &str) -> Result<Value, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("a stored state: {e}")))
}

/// The log of a stored event named `name`: its first topic from the name, the rest as stored.
pub(crate) fn raw_log(
    name: &str,
    address: &[u8],
    topics: &[u8],
    data: Vec<u8>,
) -> Result<alloy::primitives::Log, StoreError> {
    if address.len() != 20 || !topics.len().is_multiple_of(32) {
        return Err(StoreError::Corrupt(
            "a stored log's address or topics".into(),
        ));
    }
    let selector = consentry_sdk::events::ConsentryEvent::selector(name)
        .ok_or_else(|| StoreError::Corrupt(format!("a stored event named {name:?}")))?;
    let topics = std::iter::once(selector)
        .chain(topics.chunks(32).map(B256::from_slice))
        .collect();
    alloy::primitives::Log::new(Address::from_slice(address), topics, data.into())
        .ok_or_else(|| StoreError::Corrupt("a stored log has more than 4 topics".into()))
}

/// Stores a block that holds events (`$1`..`$3`: number, hash, time): each block's hash and time
/// once, not in every event of the block.
pub(crate) const INSERT_EVENT_BLOCK: &str =
    "INSERT INTO event_blocks (number, hash, timestamp) VALUES ($1, $2, $3)";

/// The position of each block's first event among `events` (in chain order): one a block.
pub(crate) fn event_blocks(events: &[EventRow]) -> impl Iterator<Item = &Position> {
    events
        .iter()
        .enumerate()
        .filter(|(at, row)| {
            *at == 0 || events[at - 1].position.block_number != row.position.block_number
        })
        .map(|(_, row)| &row.position)
}

/// `row`'s topics as stored, into `topics`: all but the first, the hash of the event's
/// signature, which its stored name gives back ([`raw_log`]).
pub(crate) fn stored_topics(row: &EventRow, topics: &mut Vec<u8>) {
    debug_assert_eq!(
        row.topics.first().copied(),
        consentry_sdk::events::ConsentryEvent::selector(row.name),
        "{} is stored under another event's name",
        row.name
    );
    topics.clear();
    topics.extend(row.topics.iter().skip(1).flat_map(|t| t.0));
}

/// Rows per INSERT statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
pub(crate) const ROWS_PER_INSERT: usize = 512;

/// `rows` in chunks of a power of two rows, at most [`ROWS_PER_INSERT`]: a batch of any size
/// is written by a handful of distinct statements, each prepared once per connection and then
/// reused from its statement cache, where a statement per batch size would be prepared anew
/// (and evict the others) almost every batch.
pub(crate) fn statement_chunks<T>(rows: &[T]) -> impl Iterator<Item = &[T]> {
    let mut rest = rows;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let size = ROWS_PER_INSERT.min(1 << rest.len().ilog2());
        let (chunk, tail) = rest.split_at(size);
        rest = tail;
        Some(chunk)
    })
}

/// `INSERT INTO ... VALUES (..), (..), ..` for `rows` rows of `columns` values: `$1, $2, ..`
/// for PostgreSQL, plain `?` for SQLite (which looks numbered parameters up one by one).
pub(crate) fn multi_row_insert(
    backend: Backend,
    head: &str,
    rows: usize,
    columns: usize,
) -> sqlx::AssertSqlSafe<String> {
    use std::fmt::Write;
    let mut sql = String::with_capacity(head.len() + rows * columns * 6);
    sql.push_str(head);
    sql.push_str(" VALUES ");
    for row in 0..rows {
        sql.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..columns {
            let separator = if column == 0 { "" } else { ", " };
            let _ = match backend {
                Backend::Postgres => write!(sql, "{separator}${}", row * columns + column + 1),
                Backend::Sqlite => write!(sql, "{separator}?"),
            };
        }
        sql.push(')');
    }
    sqlx::AssertSqlSafe(sql)
}
