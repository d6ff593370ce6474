//! What went wrong in the store, and whether asking again may help.

use alloy::primitives::B256;

use crate::projection::ProjectionError;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL names no supported database.
    #[error("database URL {0:?} is neither sqlite:// nor postgres://")]
    UnsupportedUrl(String),
    /// An in-memory SQLite database: the mirror and its checkpoint would end with the process.
    #[error(
        "{0:?} is an in-memory SQLite database, gone when the process ends; name a file: sqlite://PATH"
    )]
    InMemory(String),
    /// The database failed or could not be reached.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// SQLite failed (a statement on the store's native connections).
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A migration failed.
    #[error("database migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// A value does not fit the column.
    #[error("{what} {value} does not fit a signed 64-bit column")]
    OutOfRange {
        /// Which value.
        what: &'static str,
        /// The value.
        value: u64,
    },
    /// The projections could not apply an event.
    #[error(transparent)]
    Projection(#[from] ProjectionError),
    /// A stored row is not what this version of the indexer wrote.
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    /// A batch was committed on top of a checkpoint other than the one it continues from
    /// (another writer moved it, a batch it follows was never stored, or the server lost the
    /// last commits it had acknowledged: see [`StoreError::lost_commits`]).
    #[error(
        "the batch continues from block {expected:?}, but the store's checkpoint is {stored:?}"
    )]
    NotFollowing {
        /// The checkpoint the batch continues from.
        expected: Option<u64>,
        /// The stored checkpoint.
        stored: Option<u64>,
    },
    /// The store holds another network's data: the same chain id, another genesis block.
    #[error(
        "the database holds the data of another chain {chain_id} than the node's: its genesis block is {stored}, the node's {node}"
    )]
    OtherGenesis {
        /// The chain id both share.
        chain_id: u64,
        /// The stored chain's genesis block hash.
        stored: B256,
        /// The node's.
        node: B256,
    },
    /// The store holds another chain's data.
    #[error("the database holds chain {stored}'s data, not chain {expected}'s")]
    WrongChain {
        /// The chain indexed.
        expected: u64,
        /// The chain stored.
        stored: u64,
    },
}

impl StoreError {
    /// Whether the database may answer again if asked later (a lost connection, a restarting
    /// server): the failed transaction was rolled back and can simply be retried.
    pub fn is_transient(&self) -> bool {
        match self {
            // A projection's read in the batch's transaction: as the database error it holds.
            StoreError::Projection(ProjectionError::Store(source)) => {
                if let Some(error) = source.downcast_ref::<sqlx::Error>() {
                    return database_is_transient(error);
                }
                source
                    .downcast_ref::<rusqlite::Error>()
                    .is_some_and(sqlite_is_transient)
            }
            StoreError::Database(error) => database_is_transient(error),
            StoreError::Sqlite(error) => sqlite_is_transient(error),
            _ => false,
        }
    }

    /// Whether the store is behind the batch (its checkpoint lower than the one the batch
    /// continues from): commits it acknowledged are gone, as when a PostgreSQL server run with
    /// `synchronous_commit = off` crashes before writing out its last commits, or fails over to
    /// an asynchronous standby that had not received them. Nothing was written on top of them;
    /// syncing again from the stored checkpoint fetches their blocks again. A store ahead of
    /// the batch has another writer, and is not this.
    pub fn lost_commits(&self) -> bool {
        matches!(self, StoreError::NotFollowing { expected, stored } if stored < expected)
    }
}

/// Whether sqlx's `error` may go away if asked again: a lost connection, a restarting server.
fn database_is_transient(error: &sqlx::Error) -> bool {
    matches!(
        error,
        sqlx::Error::Io(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed
            | sqlx::Error::Protocol(_)
    ) || error
        .as_database_error()
        .and_then(|e| e.code())
        // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, connection
        // failures; SQLite: busy, locked.
        .is_some_and(|code| {
            matches!(code.as_ref(), "57P01" | "57P02" | "57P03" | "5" | "6")
                || code.starts_with("08")
        })
}

/// Whether rusqlite's `error` may go away if asked again: SQLite busy or locked.
fn sqlite_is_transient(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store behind the batch lost commits (the indexer fetches their blocks again); one
    /// ahead of it has another writer (the indexer stops).
    #[test]
    fn a_store_behind_the_batch_lost_commits() {
        let lost = |expected, stored| StoreError::NotFollowing { expected, stored }.lost_commits();
        assert!(lost(Some(10), Some(7)));
        assert!(lost(Some(10), None));
        assert!(!lost(Some(7), Some(10)));
        assert!(!lost(None, Some(3)));
        assert!(!StoreError::Corrupt("a stored row".into()).lost_commits());
    }

    /// A projection's read that lost its connection is retried like any other; one that
    /// failed for good is not.
    #[test]
    fn a_projection_read_is_transient_as_its_database_error() {
        let lookup = |error: Box<dyn std::error::Error + Send + Sync>| {
            StoreError::Projection(ProjectionError::Store(error)).is_transient()
        };
        assert!(lookup(Box::new(sqlx::Error::PoolTimedOut)));
        assert!(lookup(Box::new(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        ))));
        assert!(!lookup(Box::new(sqlx::Error::RowNotFound)));
        assert!(!lookup(Box::new(rusqlite::Error::InvalidQuery)));
        assert!(!lookup("neither database's error".into()));
    }
}
