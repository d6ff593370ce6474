//! The store: an SQLite file (default) or a PostgreSQL database, one schema for both (ordered
//! migrations per dialect under `migrations/`), written one batch per transaction.
//!
//! A batch's events, the versions its projections write, the window of recent blocks and the
//! checkpoint commit together, so a crash at any moment leaves the store at the end of one batch
//! or the next, and a reader never sees half a batch. Block numbers and log indexes are stored as
//! signed 64-bit integers (ordered); a value above `i64::MAX` is refused, never wrapped. Request
//! ids, which may use all 64 bits, are stored as decimal text.

use std::{str::FromStr, sync::Arc, time::Duration};

use alloy::primitives::{Address, B256};
use consentry_sdk::vocabulary::{Action, Basis, Category, Purpose};
use serde_json::Value;
use sqlx::{
    AnyPool, Row,
    any::{AnyConnectOptions, AnyPoolOptions},
};

pub mod decode;
mod deferred;
mod error;
mod native;
mod postgres;
pub mod projection;
mod query;
mod sql;
mod sqlite;
mod types;

pub use error::StoreError;

pub use query::{
    AccessQuery, AccessScope, ApiRead, Change, EventCursor, EventFilter, ORGANIZATION_EVENTS,
    PositionedEvent, StatEvent, StoredEvent, access_answer, stat_events_sql,
};
pub use types::{Backend, Batch, BlockRef, Checkpoint};

use crate::{
    projection::Kind,
    sql::{CURRENT_STATE, hash, int, parse_state, uint},
};

/// How batches get into one kind of database: one implementation per database
/// ([`sqlite::Writer`], [`postgres::Writer`]), in Ponder's sync-store shape. Everything else
/// (reads, migrations, rollbacks) is the same SQL for both, through the pool.
trait BatchWriter {
    /// A batch on its way in.
    type Staged;

    /// Starts writing `batch`; dropping what it returns abandons the batch.
    fn stage(&self, batch: Batch) -> impl Future<Output = Result<Self::Staged, StoreError>> + Send;

    /// Completes a staged batch (its versions, window blocks and checkpoint) and commits it, in
    /// one transaction with its events.
    fn commit(
        staged: Self::Staged,
        window: u64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// The store's writer.
#[derive(Debug, Clone)]
enum Writer {
    Sqlite(sqlite::Writer),
    Postgres(postgres::Writer),
}

/// A batch on its way into the store ([`Store::stage`]).
#[derive(Debug)]
pub struct Staged(StagedBatch);

#[derive(Debug)]
enum StagedBatch {
    Sqlite(<sqlite::Writer as BatchWriter>::Staged),
    Postgres(<postgres::Writer as BatchWriter>::Staged),
}

impl Staged {
    /// Completes the batch (its versions, window blocks and checkpoint) and commits it, all in
    /// one transaction with its events. Every batch before it must be committed: its
    /// projections start from the states they left.
    pub async fn commit(self, window: u64) -> Result<(), StoreError> {
        match self.0 {
            StagedBatch::Sqlite(staged) => sqlite::Writer::commit(staged, window).await,
            StagedBatch::Postgres(staged) => postgres::Writer::commit(staged, window).await,
        }
    }
}

/// The store.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// An SQLite file's own connections for the hottest reads (and its writer).
    native: Option<Arc<native::Native>>,
    /// How batches are written.
    writer: Writer,
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
        if backend == Backend::Sqlite && (url.contains(":memory:") || url.contains("mode=memory")) {
            return Err(StoreError::InMemory(url.to_owned()));
        }
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") => {
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
        migrate(backend, &pool).await?;
        let (native, writer) = match backend {
            Backend::Sqlite => {
                let path = sqlx::sqlite::SqliteConnectOptions::from_str(&url)?
                    .get_filename()
                    .to_owned();
                if !path.is_file() {
                    return Err(StoreError::InMemory(url));
                }
                let native = native::Native::new(path);
                (Some(native.clone()), Writer::Sqlite(sqlite::Writer(native)))
            }
            // The indexer's batches: one staged while the one before is committed.
            Backend::Postgres => (
                None,
                Writer::Postgres(postgres::Writer(
                    sqlx::postgres::PgPoolOptions::new()
                        .max_connections(2)
                        .acquire_timeout(Duration::from_secs(5))
                        .connect(&url)
                        .await?,
                )),
            ),
        };
        Ok(Store {
            pool,
            backend,
            native,
            writer,
        })
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection pool, for read-only queries.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
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

    /// Fails if the store holds another chain's data: another chain id, or (once known) another
    /// genesis block than `genesis`, the node's block 0. The first indexer to start on a store
    /// records its chain; a store written before genesis blocks were recorded takes the node's.
    pub async fn ensure_chain(
        &self,
        chain_id: u64,
        genesis: Option<B256>,
    ) -> Result<(), StoreError> {
        if let Some(checkpoint) = self.checkpoint().await?
            && checkpoint.chain_id != chain_id
        {
            return Err(StoreError::WrongChain {
                expected: chain_id,
                stored: checkpoint.chain_id,
            });
        }
        let Some(genesis) = genesis else {
            return Ok(());
        };
        sqlx::query(
            "INSERT INTO chain (id, chain_id, genesis_hash) VALUES (1, $1, $2)
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(int("chain id", chain_id)?)
        .bind(genesis.to_vec())
        .execute(&self.pool)
        .await?;
        let row = sqlx::query("SELECT chain_id, genesis_hash FROM chain WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        let stored_id = uint("chain id", row.try_get(0)?)?;
        let stored = hash(&row.try_get::<Vec<u8>, _>(1)?)?;
        if stored_id != chain_id {
            return Err(StoreError::WrongChain {
                expected: chain_id,
                stored: stored_id,
            });
        }
        if stored != genesis {
            return Err(StoreError::OtherGenesis {
                chain_id,
                stored,
                node: genesis,
            });
        }
        Ok(())
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
        Ok(Staged(match &self.writer {
            Writer::Sqlite(writer) => StagedBatch::Sqlite(writer.stage(batch).await?),
            Writer::Postgres(writer) => StagedBatch::Postgres(writer.stage(batch).await?),
        }))
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

/// Brings the schema up to date, one store at a time: sqlx's migrator holds an advisory lock on
/// PostgreSQL but takes none on SQLite, where two stores opening a new file at once would both
/// apply the first migration. There the migrations run in one `IMMEDIATE` transaction, which
/// holds the file's write lock from its start: the second store waits, then finds them applied.
async fn migrate(backend: Backend, pool: &AnyPool) -> Result<(), StoreError> {
    match backend {
        Backend::Sqlite => {
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
            // `run_direct`, not `run`: `run` on a transaction's connection makes the future
            // not `Send` (sqlx's own comment on `run_direct` says so).
            sqlx::migrate!("migrations/sqlite")
                .run_direct(None, &mut *tx, false)
                .await?;
            tx.commit().await?;
        }
        Backend::Postgres => sqlx::migrate!("migrations/postgres").run(pool).await?,
    }
    Ok(())
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

    /// A batch writes the window and the checkpoint, forgets blocks older than the window, and
    /// commits only on top of the checkpoint it continues from.
    #[tokio::test]
    async fn batches_keep_the_window_and_follow_the_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("store.sqlite").display());
        let store = Store::connect(&url).await.unwrap();
        let batch = |follows, last| Batch {
            chain_id: 31337,
            events: Vec::new(),
            blocks: (last - 2..last).map(block).collect(),
            last: block(last),
            follows,
        };
        for (follows, last) in [(None, 3), (Some(3), 6)] {
            store.commit(batch(follows, last), 4).await.unwrap();
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
        assert!(matches!(
            store.commit(batch(Some(3), 9), 4).await,
            Err(StoreError::NotFollowing {
                expected: Some(3),
                stored: Some(6)
            })
        ));
    }

    /// An in-memory SQLite database would be gone with the process, checkpoint and all: it is
    /// refused by name, not silently used.
    #[tokio::test]
    async fn an_in_memory_database_is_refused() {
        for url in [
            "sqlite::memory:",
            "sqlite:file:consentry?mode=memory&cache=shared",
        ] {
            assert!(
                matches!(Store::connect(url).await, Err(StoreError::InMemory(ref u)) if u == url),
                "{url}"
            );
        }
    }
}
