//! The store: an SQLite file (default) or a PostgreSQL database, one schema for both (ordered
//! migrations per dialect under `migrations/`), written one batch per transaction.
//!
//! A batch's events, the versions its projections write, the window of recent blocks and the
//! checkpoint commit together, so a crash at any moment leaves the store at the end of one batch
//! or the next, and a reader never sees half a batch. Block numbers and log indexes are stored as
//! signed 64-bit integers (ordered); a value above `i64::MAX` is refused, never wrapped. Request
//! ids, which may use all 64 bits, are stored as decimal text.

use std::{collections::HashMap, str::FromStr, sync::Arc, time::Duration};

use alloy::primitives::{Address, B256};
use consentry_sdk::vocabulary::{Action, Basis, Category, Purpose};
use serde_json::Value;
use sqlx::{
    Any, AnyPool, Row, Transaction,
    any::{AnyConnectOptions, AnyPoolOptions},
};

mod deferred;
mod native;
mod postgres;
mod query;

pub use query::{
    AccessQuery, AccessScope, ApiRead, Change, EventCursor, EventFilter, ORGANIZATION_EVENTS,
    PositionedEvent, StatEvent, StoredEvent, access_answer, stat_events_sql,
};

use crate::{
    decode::EventRow,
    projection::{self, Kind, Lookup, ProjectionError},
};

/// Which database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An SQLite file.
    Sqlite,
    /// A PostgreSQL database.
    Postgres,
}

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL names no supported database.
    #[error("database URL {0:?} is neither sqlite:// nor postgres://")]
    UnsupportedUrl(String),
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
            StoreError::Database(error) => {
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
            // SQLite: busy, locked.
            StoreError::Sqlite(error) => matches!(
                error.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ),
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

/// A batch on its way into the store ([`Store::stage`]).
#[derive(Debug)]
pub struct Staged(StagedBatch);

#[derive(Debug)]
enum StagedBatch {
    /// Nothing sent yet.
    Whole(Store, Batch),
    /// Its events sent, in its open transaction.
    Postgres(postgres::Staged),
}

impl Staged {
    /// Completes the batch (its versions, window blocks and checkpoint) and commits it, all in
    /// one transaction with its events. Every batch before it must be committed: its
    /// projections start from the states they left.
    pub async fn commit(self, window: u64) -> Result<(), StoreError> {
        match self.0 {
            StagedBatch::Whole(store, batch) => store.commit_whole(batch, window).await,
            StagedBatch::Postgres(staged) => staged.commit(window).await,
        }
    }
}

/// The store.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// An SQLite file's own connections for the hottest statements (not for in-memory
    /// databases, which only sqlx's pool sees).
    native: Option<Arc<native::Native>>,
    /// A PostgreSQL database's pool of the native driver, for the indexer's batches (arrays,
    /// which `Any` cannot bind).
    postgres: Option<sqlx::PgPool>,
}

/// Upserts a block of the reorg window (`$1`..`$4`: number, hash, parent hash, time).
const UPSERT_BLOCK: &str = "INSERT INTO blocks (number, hash, parent_hash, timestamp)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (number) DO UPDATE SET hash = excluded.hash,
       parent_hash = excluded.parent_hash, timestamp = excluded.timestamp";

/// The stored checkpoint's block number (no row: none yet).
const STORED_CHECKPOINT: &str = "SELECT block_number FROM checkpoint WHERE id = 1";

/// Refuses `batch` unless the stored checkpoint (`stored`, read in the batch's transaction) is
/// the one it continues from.
fn follows(batch: &Batch, stored: Option<i64>) -> Result<(), StoreError> {
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
const DELETE_OLD_BLOCKS: &str = "DELETE FROM blocks WHERE number < $1";

/// Sets the checkpoint (`$1`..`$4`: chain id, block number, block hash, time written).
const UPSERT_CHECKPOINT: &str =
    "INSERT INTO checkpoint (id, chain_id, block_number, block_hash, updated_at)
     VALUES (1, $1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET chain_id = excluded.chain_id,
       block_number = excluded.block_number, block_hash = excluded.block_hash,
       updated_at = excluded.updated_at";

/// The current state of (`$1`: kind, `$2`: key).
const CURRENT_STATE: &str = "SELECT state FROM versions WHERE kind = $1 AND entity_key = $2
     ORDER BY block_number DESC, log_index DESC LIMIT 1";

fn int(what: &'static str, value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::OutOfRange { what, value })
}

fn uint(what: &str, value: i64) -> Result<u64, StoreError> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt(format!("negative {what} {value}")))
}

fn hash(bytes: &[u8]) -> Result<B256, StoreError> {
    B256::try_from(bytes)
        .map_err(|_| StoreError::Corrupt(format!("a hash of {} bytes", bytes.len())))
}

impl Store {
    /// Connects to `url` (`sqlite://PATH`, created if missing, or `postgres://...`) and runs
    /// the migrations.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") && !url.contains(":memory:") => {
                let separator = if url.contains('?') { '&' } else { '?' };
                format!("{url}{separator}mode=rwc")
            }
            _ => url.to_owned(),
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 4,
                Backend::Postgres => 8,
            })
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL: readers never block the writer; FULL: a committed batch survives
                        // a crash of the machine, not only of the process.
                        for pragma in [
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = FULL",
                            "PRAGMA busy_timeout = 10000",
                        ] {
                            sqlx::query(pragma).execute(&mut *conn).await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        let mut store = Store {
            pool,
            backend,
            native: None,
            postgres: None,
        };
        store.migrate().await?;
        if backend == Backend::Postgres {
            // The indexer's batches: one staged while the one before is committed.
            store.postgres = Some(
                sqlx::postgres::PgPoolOptions::new()
                    .max_connections(2)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect(&url)
                    .await?,
            );
        }
        if backend == Backend::Sqlite && !url.contains(":memory:") && !url.contains("mode=memory") {
            let path = sqlx::sqlite::SqliteConnectOptions::from_str(&url)?
                .get_filename()
                .to_owned();
            store.native = path.is_file().then(|| native::Native::new(path));
        }
        Ok(store)
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection pool, for read-only queries.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await?,
            Backend::Postgres => {
                sqlx::migrate!("migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// How far the store is; `None` before the first batch.
    pub async fn checkpoint(&self) -> Result<Option<Checkpoint>, StoreError> {
        let row =
            sqlx::query("SELECT chain_id, block_number, block_hash FROM checkpoint WHERE id = 1")
                .fetch_optional(&self.pool)
                .await?;
        row.map(|row| {
            Ok(Checkpoint {
                chain_id: uint("chain id", row.try_get(0)?)?,
                block_number: uint("block number", row.try_get(1)?)?,
                block_hash: hash(&row.try_get::<Vec<u8>, _>(2)?)?,
            })
        })
        .transpose()
    }

    /// Fails if the store holds another chain's data.
    pub async fn ensure_chain(&self, chain_id: u64) -> Result<(), StoreError> {
        match self.checkpoint().await? {
            Some(checkpoint) if checkpoint.chain_id != chain_id => Err(StoreError::WrongChain {
                expected: chain_id,
                stored: checkpoint.chain_id,
            }),
            _ => Ok(()),
        }
    }

    /// The remembered recent blocks, newest first.
    pub async fn window(&self) -> Result<Vec<BlockRef>, StoreError> {
        let rows = sqlx::query(
            "SELECT number, hash, parent_hash, timestamp FROM blocks ORDER BY number DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(BlockRef {
                    number: uint("block number", row.try_get(0)?)?,
                    hash: hash(&row.try_get::<Vec<u8>, _>(1)?)?,
                    parent_hash: hash(&row.try_get::<Vec<u8>, _>(2)?)?,
                    timestamp: uint("timestamp", row.try_get(3)?)?,
                })
            })
            .collect()
    }

    /// Commits `batch`: events, projections, window blocks and checkpoint in one transaction.
    /// Blocks more than `window` below the new checkpoint are forgotten.
    pub async fn commit(&self, batch: Batch, window: u64) -> Result<(), StoreError> {
        self.stage(batch).await?.commit(window).await
    }

    /// Starts committing `batch`. On PostgreSQL its events are sent in a transaction of its
    /// own, which may happen while the batch before is still being committed; an SQLite store,
    /// with one writer, does everything in [`Staged::commit`]. Dropping the result abandons
    /// the batch (its transaction rolls back).
    pub async fn stage(&self, batch: Batch) -> Result<Staged, StoreError> {
        Ok(Staged(match &self.postgres {
            Some(pool) => StagedBatch::Postgres(postgres::stage(pool, batch).await?),
            None => StagedBatch::Whole(self.clone(), batch),
        }))
    }

    /// [`Staged::commit`] of a batch with nothing sent yet.
    async fn commit_whole(&self, batch: Batch, window: u64) -> Result<(), StoreError> {
        if let Some(native) = &self.native {
            return native
                .write(move |connection| commit_sqlite(connection, &batch, window))
                .await;
        }
        let batch = &batch;
        let mut tx = self.pool.begin().await?;
        insert_events(self.backend, &mut tx, &batch.events).await?;
        // Projections read the state before the batch from the store and their own versions
        // from the cache; all versions are then written at once.
        let mut lookup = TxLookup {
            tx: &mut tx,
            cache: HashMap::new(),
        };
        let mut versions = Vec::new();
        for row in &batch.events {
            for version in projection::project(row, &mut lookup).await? {
                lookup
                    .cache
                    .insert((version.kind, version.key.clone()), version.state.clone());
                versions.push((row, version));
            }
        }
        insert_versions(self.backend, &mut tx, &versions).await?;
        finish_batch::<Any>(&mut tx, batch, window).await?;
        // Crash tests stop the process here: everything written, nothing committed.
        fail::fail_point!("store-commit");
        tx.commit().await?;
        Ok(())
    }

    /// Undoes every block after `ancestor` (events, versions, window), in one transaction.
    pub async fn rollback(&self, ancestor: &BlockRef) -> Result<(), StoreError> {
        let number = int("block number", ancestor.number)?;
        let mut tx = self.pool.begin().await?;
        for statement in [
            "DELETE FROM events WHERE block_number > $1",
            "DELETE FROM event_blocks WHERE number > $1",
            "DELETE FROM versions WHERE block_number > $1",
            "DELETE FROM blocks WHERE number > $1",
        ] {
            sqlx::query(statement)
                .bind(number)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE checkpoint SET block_number = $1, block_hash = $2 WHERE id = 1")
            .bind(number)
            .bind(ancestor.hash.to_vec())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// How many events are stored.
    pub async fn event_count(&self) -> Result<u64, StoreError> {
        let count: i64 = sqlx::query("SELECT COUNT(*) FROM events")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        uint("count", count)
    }

    /// Every stored event as (block number, log index, block hash, name), in chain order.
    pub async fn event_positions(&self) -> Result<Vec<(u64, u64, B256, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.block_number, e.log_index, b.hash, e.name
             FROM events e JOIN event_blocks b ON b.number = e.block_number
             ORDER BY e.block_number, e.log_index",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok((
                    uint("block number", row.try_get(0)?)?,
                    uint("log index", row.try_get(1)?)?,
                    hash(&row.try_get::<Vec<u8>, _>(2)?)?,
                    row.try_get(3)?,
                ))
            })
            .collect()
    }

    /// The current state of (`kind`, `key`).
    pub async fn current(&self, kind: Kind, key: &str) -> Result<Option<Value>, StoreError> {
        if let Some(native) = &self.native {
            let state: Option<String> = native.read(|connection| {
                use rusqlite::OptionalExtension;
                connection
                    .prepare_cached(CURRENT_STATE)?
                    .query_row((kind.as_str(), key), |row| row.get(0))
                    .optional()
            })?;
            return state.map(|state| parse_state(&state)).transpose();
        }
        let row = sqlx::query(CURRENT_STATE)
            .bind(kind.as_str())
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| parse_state(&row.try_get::<String, _>(0)?))
            .transpose()
    }

    /// The current states of every entity of `kind`, optionally only those of `patient`
    /// and/or `org`.
    pub async fn currents(
        &self,
        kind: Kind,
        patient: Option<Address>,
        org: Option<u32>,
    ) -> Result<Vec<Value>, StoreError> {
        let rows = sqlx::query(
            "SELECT state FROM current_versions WHERE kind = $1
               AND ($2 IS NULL OR patient = $2) AND ($3 IS NULL OR org_id = $3)
             ORDER BY entity_key",
        )
        .bind(kind.as_str())
        .bind(patient.map(|p| p.to_vec()))
        .bind(org.map(i64::from))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| parse_state(&row.try_get::<String, _>(0)?))
            .collect()
    }

    /// Every version of (`kind`, `key`), oldest first.
    pub async fn history(&self, kind: Kind, key: &str) -> Result<Vec<Value>, StoreError> {
        let versions = self.versions(kind, key).await?;
        Ok(versions.into_iter().map(|(_, state)| state).collect())
    }

    /// The access decision for (`patient`, `org`, `category`, `purpose`, `action`) at `time`,
    /// by the SDK's access model over the stored events that bear on it: the answer
    /// `ConsentRegistry.checkAccess` gives.
    pub async fn check_access(
        &self,
        patient: Address,
        org: u32,
        category: Category,
        purpose: Purpose,
        action: Action,
        time: u64,
    ) -> Result<Basis, StoreError> {
        let query = AccessQuery {
            patient,
            org,
            category,
            purpose,
            action,
        };
        self.check_access_as_of(query, time, None, None).await
    }
}

/// The end of a batch through sqlx (`Any` or PostgreSQL): the window's blocks, the blocks that
/// fell out of it, the checkpoint.
async fn finish_batch<DB>(
    connection: &mut DB::Connection,
    batch: &Batch,
    window: u64,
) -> Result<(), StoreError>
where
    DB: sqlx::Database,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    DB::Arguments: sqlx::IntoArguments<DB>,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Decode<'q, DB> + sqlx::Type<DB>,
    for<'q> Vec<u8>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    usize: sqlx::ColumnIndex<DB::Row>,
{
    for block in batch.blocks.iter().chain(std::iter::once(&batch.last)) {
        sqlx::query::<DB>(UPSERT_BLOCK)
            .bind(int("block number", block.number)?)
            .bind(block.hash.to_vec())
            .bind(block.parent_hash.to_vec())
            .bind(int("timestamp", block.timestamp)?)
            .execute(&mut *connection)
            .await?;
    }
    sqlx::query::<DB>(DELETE_OLD_BLOCKS)
        .bind(int(
            "block number",
            batch.last.number.saturating_sub(window),
        )?)
        .execute(&mut *connection)
        .await?;
    let stored: Option<i64> = sqlx::query_scalar::<DB, i64>(STORED_CHECKPOINT)
        .fetch_optional(&mut *connection)
        .await?;
    follows(batch, stored)?;
    sqlx::query::<DB>(UPSERT_CHECKPOINT)
        .bind(int("chain id", batch.chain_id)?)
        .bind(int("block number", batch.last.number)?)
        .bind(batch.last.hash.to_vec())
        .bind(int("time", unix_now())?)
        .execute(&mut *connection)
        .await?;
    Ok(())
}

/// [`Store::commit`] on an SQLite file's writer connection, in the calling (blocking) thread:
/// each table's rows through one statement prepared once, without sqlx's worker thread and
/// `Any` values in between.
fn commit_sqlite(
    connection: &mut rusqlite::Connection,
    batch: &Batch,
    window: u64,
) -> Result<(), StoreError> {
    use futures_util::FutureExt;
    let tx = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    {
        let mut insert = tx.prepare_cached(
            "INSERT INTO events (block_number, log_index, tx_hash, tx_index, address, topics,
               data, name, patient, org_id, record_id, request_id, account)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        let mut topics = Vec::with_capacity(3 * 32);
        for row in &batch.events {
            let position = &row.position;
            stored_topics(row, &mut topics);
            insert.execute(rusqlite::params![
                int("block number", position.block_number)?,
                int("log index", position.log_index)?,
                position.tx_hash.as_slice(),
                int("transaction index", position.tx_index)?,
                row.address.as_slice(),
                topics.as_slice(),
                row.data.as_ref(),
                row.name,
                row.patient.as_ref().map(|p| p.as_slice()),
                row.org_id,
                row.record_id.as_ref().map(|r| r.as_slice()),
                row.request_id.map(|r| r.to_string()),
                row.account.as_ref().map(|a| a.as_slice()),
            ])?;
        }
        let mut insert = tx.prepare_cached(INSERT_EVENT_BLOCK)?;
        for position in event_blocks(&batch.events) {
            insert.execute(rusqlite::params![
                int("block number", position.block_number)?,
                position.block_hash.as_slice(),
                int("block timestamp", position.block_timestamp)?,
            ])?;
        }
    }
    // Projections read the state before the batch from the store and their own versions from
    // the cache; each version is written as it is made.
    let mut lookup = SqliteLookup {
        tx: &tx,
        cache: HashMap::new(),
    };
    let mut versions = Vec::new();
    for row in &batch.events {
        let projected = projection::project(row, &mut lookup)
            .now_or_never()
            .expect("an SQLite lookup answers without waiting")?;
        for version in projected {
            lookup
                .cache
                .insert((version.kind, version.key.clone()), version.state.clone());
            versions.push((row, version));
        }
    }
    {
        let mut insert = tx.prepare_cached(
            "INSERT INTO versions (kind, entity_key, block_number, log_index, patient, org_id,
               state)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (row, version) in &versions {
            insert.execute(rusqlite::params![
                version.kind.as_str(),
                version.key,
                int("block number", row.position.block_number)?,
                int("log index", row.position.log_index)?,
                version.patient.as_ref().map(|p| p.as_slice()),
                version.org_id,
                version.state.to_string(),
            ])?;
        }
    }
    {
        let mut upsert = tx.prepare_cached(UPSERT_BLOCK)?;
        for block in batch.blocks.iter().chain(std::iter::once(&batch.last)) {
            upsert.execute(rusqlite::params![
                int("block number", block.number)?,
                block.hash.as_slice(),
                block.parent_hash.as_slice(),
                int("timestamp", block.timestamp)?,
            ])?;
        }
    }
    tx.prepare_cached(DELETE_OLD_BLOCKS)?.execute([int(
        "block number",
        batch.last.number.saturating_sub(window),
    )?])?;
    let stored: Option<i64> = {
        use rusqlite::OptionalExtension;
        tx.prepare_cached(STORED_CHECKPOINT)?
            .query_row([], |row| row.get(0))
            .optional()?
    };
    follows(batch, stored)?;
    tx.prepare_cached(UPSERT_CHECKPOINT)?
        .execute(rusqlite::params![
            int("chain id", batch.chain_id)?,
            int("block number", batch.last.number)?,
            batch.last.hash.as_slice(),
            int("time", unix_now())?,
        ])?;
    drop(lookup);
    // Crash tests stop the process here: everything written, nothing committed.
    fail::fail_point!("store-commit");
    tx.commit()?;
    Ok(())
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// Reads current states inside an SQLite batch's transaction, seeing the batch's own versions
/// (from its cache): answers at once, in the calling thread.
struct SqliteLookup<'t> {
    tx: &'t rusqlite::Transaction<'t>,
    cache: HashMap<(Kind, String), Value>,
}

impl SqliteLookup<'_> {
    fn current_now(&self, kind: Kind, key: &str) -> Result<Option<Value>, ProjectionError> {
        use rusqlite::OptionalExtension;
        if let Some(state) = self.cache.get(&(kind, key.to_owned())) {
            return Ok(Some(state.clone()));
        }
        let text: Option<String> = self
            .tx
            .prepare_cached(CURRENT_STATE)
            .and_then(|mut select| {
                select
                    .query_row((kind.as_str(), key), |row| row.get(0))
                    .optional()
            })
            .map_err(|e| ProjectionError::Store(e.to_string()))?;
        text.map(|text| state_from_text(kind, key, &text))
            .transpose()
    }
}

/// A stored state of (`kind`, `key`), parsed.
fn state_from_text(kind: Kind, key: &str, text: &str) -> Result<Value, ProjectionError> {
    serde_json::from_str(text).map_err(|source| ProjectionError::Corrupt {
        kind: kind.as_str(),
        key: key.to_owned(),
        source,
    })
}

impl Lookup for SqliteLookup<'_> {
    fn current(
        &mut self,
        kind: Kind,
        key: &str,
    ) -> impl Future<Output = Result<Option<Value>, ProjectionError>> + Send {
        std::future::ready(self.current_now(kind, key))
    }
}

fn parse_state(text: &str) -> Result<Value, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("a stored state: {e}")))
}

/// The log of a stored event named `name`: its first topic from the name, the rest as stored.
fn raw_log(
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
const INSERT_EVENT_BLOCK: &str =
    "INSERT INTO event_blocks (number, hash, timestamp) VALUES ($1, $2, $3)";

/// The position of each block's first event among `events` (in chain order): one a block.
fn event_blocks(events: &[EventRow]) -> impl Iterator<Item = &crate::decode::Position> {
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
fn stored_topics(row: &EventRow, topics: &mut Vec<u8>) {
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
const ROWS_PER_INSERT: usize = 512;

/// `rows` in chunks of a power of two rows, at most [`ROWS_PER_INSERT`]: a batch of any size
/// is written by a handful of distinct statements, each prepared once per connection and then
/// reused from its statement cache, where a statement per batch size would be prepared anew
/// (and evict the others) almost every batch.
fn statement_chunks<T>(rows: &[T]) -> impl Iterator<Item = &[T]> {
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
fn multi_row_insert(
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

async fn insert_events(
    backend: Backend,
    tx: &mut Transaction<'static, Any>,
    rows: &[EventRow],
) -> Result<(), StoreError> {
    for chunk in statement_chunks(rows) {
        let sql = multi_row_insert(
            backend,
            "INSERT INTO events (block_number, log_index, tx_hash, tx_index, address, topics,
               data, name, patient, org_id, record_id, request_id, account)",
            chunk.len(),
            13,
        );
        let mut insert = sqlx::query(sql);
        for row in chunk {
            let position = &row.position;
            let mut topics = Vec::with_capacity(3 * 32);
            stored_topics(row, &mut topics);
            insert = insert
                .bind(int("block number", position.block_number)?)
                .bind(int("log index", position.log_index)?)
                .bind(position.tx_hash.to_vec())
                .bind(int("transaction index", position.tx_index)?)
                .bind(row.address.to_vec())
                .bind(topics)
                .bind(row.data.to_vec())
                .bind(row.name)
                .bind(row.patient.map(|p| p.to_vec()))
                .bind(row.org_id.map(i64::from))
                .bind(row.record_id.map(|r| r.to_vec()))
                .bind(row.request_id.map(|r| r.to_string()))
                .bind(row.account.map(|a| a.to_vec()));
        }
        insert.execute(&mut **tx).await?;
    }
    for position in event_blocks(rows) {
        sqlx::query(INSERT_EVENT_BLOCK)
            .bind(int("block number", position.block_number)?)
            .bind(position.block_hash.to_vec())
            .bind(int("block timestamp", position.block_timestamp)?)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn insert_versions(
    backend: Backend,
    tx: &mut Transaction<'static, Any>,
    versions: &[(&EventRow, projection::Version)],
) -> Result<(), StoreError> {
    for chunk in statement_chunks(versions) {
        let sql = multi_row_insert(
            backend,
            "INSERT INTO versions (kind, entity_key, block_number, log_index, patient, org_id,
               state)",
            chunk.len(),
            7,
        );
        let mut insert = sqlx::query(sql);
        for (row, version) in chunk {
            insert = insert
                .bind(version.kind.as_str())
                .bind(version.key.clone())
                .bind(int("block number", row.position.block_number)?)
                .bind(int("log index", row.position.log_index)?)
                .bind(version.patient.map(|p| p.to_vec()))
                .bind(version.org_id.map(i64::from))
                .bind(version.state.to_string());
        }
        insert.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Reads current states inside the batch's transaction, seeing the batch's own versions.
struct TxLookup<'t> {
    tx: &'t mut Transaction<'static, Any>,
    cache: HashMap<(Kind, String), Value>,
}

impl Lookup for TxLookup<'_> {
    async fn current(&mut self, kind: Kind, key: &str) -> Result<Option<Value>, ProjectionError> {
        if let Some(state) = self.cache.get(&(kind, key.to_owned())) {
            return Ok(Some(state.clone()));
        }
        let text: Option<String> = sqlx::query(CURRENT_STATE)
            .bind(kind.as_str())
            .bind(key)
            .fetch_optional(&mut **self.tx)
            .await
            .and_then(|row| row.map(|row| row.try_get(0)).transpose())
            .map_err(|e| ProjectionError::Store(e.to_string()))?;
        text.map(|text| state_from_text(kind, key, &text))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(number: u64) -> BlockRef {
        BlockRef {
            number,
            hash: B256::with_last_byte(number as u8),
            parent_hash: B256::with_last_byte(number as u8 - 1),
            timestamp: 1_700_000_000 + number,
        }
    }

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

    /// An in-memory database stays on sqlx's `Any` driver for its batches: the window and the
    /// checkpoint are written, and blocks older than the window forgotten.
    #[tokio::test]
    async fn in_memory_batches_keep_the_window_and_checkpoint() {
        let store = Store::connect("sqlite:file:consentry_any_batches?mode=memory&cache=shared")
            .await
            .unwrap();
        assert!(store.native.is_none() && store.postgres.is_none());
        for (follows, last) in [(None, 3), (Some(3), 6)] {
            let blocks = (last - 2..last).map(block).collect();
            let batch = Batch {
                chain_id: 31337,
                events: Vec::new(),
                blocks,
                last: block(last),
                follows,
            };
            store.commit(batch, 4).await.unwrap();
        }
        let checkpoint = store.checkpoint().await.unwrap().unwrap();
        assert_eq!(
            (
                checkpoint.chain_id,
                checkpoint.block_number,
                checkpoint.block_hash
            ),
            (31337, 6, block(6).hash)
        );
        let window: Vec<u64> = store
            .window()
            .await
            .unwrap()
            .iter()
            .map(|b| b.number)
            .collect();
        assert_eq!(window, vec![6, 5, 4, 3, 2]);
        assert_eq!(store.window().await.unwrap()[0], block(6));
    }
}
