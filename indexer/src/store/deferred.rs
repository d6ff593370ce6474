//! The events table's query indexes, held back while a backfill loads an empty store.
//!
//! Every secondary index of the events table costs each stored event a B-tree insert at a
//! point of its own (by patient, organisation, record, request, name), and together they took
//! more than half of the store's time in a backfill. Building an index over rows already stored
//! is one sort and a sequential write: the bulk-loading advice of both databases ("create the
//! table, load it, then create the indexes", PostgreSQL's "Populating a Database"). So a
//! backfill into an empty store drops them, remembering their definitions in
//! `deferred_indexes` in the same transaction, and builds them again, in one transaction, when
//! it reaches the head. The primary key stays: it keeps events unique and serves the
//! indexer's own reads (rollbacks, the checkpoint's events).
//!
//! Until they are built, queries that would seek by them scan instead: answers are the same,
//! only slower, while the store is still far behind the chain.

use sqlx::Row;

use super::{Backend, Store, StoreError};

/// A stored index's name, quoted as an SQL identifier (names come from the database's own
/// catalogue, never from a request).
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Store {
    /// Drops the events table's secondary indexes, keeping their definitions to build them
    /// again; returns how many were dropped (none when they already are).
    pub async fn defer_query_indexes(&self) -> Result<usize, StoreError> {
        let listed = match self.backend {
            Backend::Sqlite => {
                "SELECT name, sql FROM sqlite_master
                 WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL
                 ORDER BY name"
            }
            // Not the primary key's index (nor any other constraint's).
            Backend::Postgres => {
                "SELECT i.indexname::text, i.indexdef FROM pg_indexes i
                 WHERE i.schemaname = current_schema() AND i.tablename = 'events'
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                 ORDER BY i.indexname"
            }
        };
        let mut tx = self.pool.begin().await?;
        let indexes = sqlx::query(listed).fetch_all(&mut *tx).await?;
        for index in &indexes {
            let name: String = index.try_get(0)?;
            let definition: String = index.try_get(1)?;
            sqlx::query("INSERT INTO deferred_indexes (name, definition) VALUES ($1, $2)")
                .bind(&name)
                .bind(definition)
                .execute(&mut *tx)
                .await?;
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP INDEX {}", quoted(&name))))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(indexes.len())
    }

    /// The names of the indexes held back (empty when every index is in place).
    pub async fn deferred_indexes(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT name FROM deferred_indexes ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| row.try_get(0).map_err(StoreError::from))
            .collect()
    }

    /// Builds every index held back, in one transaction; returns how many.
    pub async fn restore_query_indexes(&self) -> Result<usize, StoreError> {
        let mut tx = self.pool.begin().await?;
        if self.backend == Backend::Sqlite {
            // Each build sorts every row's key: with helper threads SQLite sorts the runs of
            // a large sort on the other cores while the table is still being read.
            let threads = std::thread::available_parallelism().map_or(1, usize::from);
            sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA threads = {threads}")))
                .execute(&mut *tx)
                .await?;
        }
        let indexes = sqlx::query("SELECT name, definition FROM deferred_indexes ORDER BY name")
            .fetch_all(&mut *tx)
            .await?;
        for index in &indexes {
            let name: String = index.try_get(0)?;
            let definition: String = index.try_get(1)?;
            sqlx::query(sqlx::AssertSqlSafe(definition))
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM deferred_indexes WHERE name = $1")
                .bind(name)
                .execute(&mut *tx)
                .await?;
        }
        if self.backend == Backend::Sqlite {
            sqlx::query("PRAGMA threads = 0").execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(indexes.len())
    }
}
