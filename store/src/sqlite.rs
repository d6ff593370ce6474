//! An SQLite batch: one transaction on the file's writer connection, each table's rows through
//! one statement prepared once.

use std::{collections::HashMap, sync::Arc};

use serde_json::Value;

use crate::{
    Batch, BatchWriter, StoreError,
    native::Native,
    projection::{self, Kind, Lookup, ProjectionError},
    sql::{
        CURRENT_STATE, DELETE_OLD_BLOCKS, INSERT_EVENT_BLOCK, STORED_CHECKPOINT, UPSERT_BLOCK,
        UPSERT_CHECKPOINT, event_blocks, follows, int, state_from_text, stored_topics, unix_now,
    },
};

/// SQLite's [`BatchWriter`]: with one writer, a batch is held until its turn and then written
/// whole, in the blocking pool.
#[derive(Debug, Clone)]
pub(crate) struct Writer(pub(crate) Arc<Native>);

impl BatchWriter for Writer {
    type Staged = (Arc<Native>, Batch);

    async fn stage(&self, batch: Batch) -> Result<Self::Staged, StoreError> {
        Ok((self.0.clone(), batch))
    }

    async fn commit((native, batch): Self::Staged, window: u64) -> Result<(), StoreError> {
        native
            .write(move |connection| commit(connection, &batch, window))
            .await
    }
}

/// A batch on an SQLite file's writer connection, in the calling (blocking) thread:
/// each table's rows through one statement prepared once, without sqlx's worker thread and
/// `Any` values in between.
fn commit(
    connection: &mut rusqlite::Connection,
    batch: &Batch,
    window: u64,
) -> Result<(), StoreError> {
    use futures_util::FutureExt;
    // IMMEDIATE: the file's write lock from the start, so the checkpoint read first is the one
    // the batch is written on, whatever another writer (another process) does meanwhile.
    let tx = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let stored: Option<i64> = {
        use rusqlite::OptionalExtension;
        tx.prepare_cached(STORED_CHECKPOINT)?
            .query_row([], |row| row.get(0))
            .optional()?
    };
    // Before anything is written: a batch over blocks already stored is refused as such, not
    // by the events' primary key.
    follows(batch, stored)?;
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
            .map_err(|e| ProjectionError::Store(e.into()))?;
        text.map(|text| state_from_text(kind, key, &text))
            .transpose()
    }
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
