//! The query indexes of the events and versions tables, held back while a backfill loads an
//! empty store.
//!
//! Every secondary index costs each stored row a B-tree insert at a point of its own (an event
//! by patient and by organisation; a version by patient, organisation and block), and
//! together they took more than half of the store's time in a backfill. Building an index over
//! rows already stored is one sort and a sequential write: the bulk-loading advice of both
//! databases ("create the table, load it, then create the indexes", PostgreSQL's "Populating a
//! Database"). So a backfill into an empty store drops them, remembering their definitions in
//! `deferred_indexes` in the same transaction, and builds them again when it reaches the head.
//! Primary keys stay: they keep rows unique and serve the indexer's own reads (rollbacks, the
//! checkpoint's events, the projections' current states). Partial indexes stay too: they hold
//! a few kinds of events (an organisation's own), so keeping them up row by row costs little,
//! where building one means reading the whole table.
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

/// Builds the held-back index `name` from its `definition` and strikes it off the list, in
/// the transaction `tx` (so a crash leaves it either built or listed).
async fn build(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    name: &str,
    definition: String,
) -> Result<(), StoreError> {
    sqlx::query(sqlx::AssertSqlSafe(definition))
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM deferred_indexes WHERE name = $1")
        .bind(name)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// Drops the secondary indexes of the events and versions tables, keeping their
    /// definitions to build them again; returns how many were dropped (none when they already
    /// are).
    pub async fn defer_query_indexes(&self) -> Result<usize, StoreError> {
        let listed = match self.backend {
            // Indexes made by `CREATE INDEX` (not a constraint's), whole (not partial).
            Backend::Sqlite => {
                "SELECT m.name, m.sql FROM sqlite_master m
                 JOIN pragma_index_list(m.tbl_name) l ON l.name = m.name
                 WHERE m.type = 'index' AND m.tbl_name IN ('events', 'versions')
                   AND l.origin = 'c' AND l.partial = 0
                 ORDER BY m.name"
            }
            Backend::Postgres => {
                "SELECT i.indexname::text, i.indexdef FROM pg_indexes i
                 JOIN pg_index x ON x.indexrelid =
                     format('%I.%I', i.schemaname, i.indexname)::regclass
                 WHERE i.schemaname = current_schema() AND i.tablename IN ('events', 'versions')
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                   AND x.indpred IS NULL
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

    /// Builds every index held back; returns how many.
    pub async fn restore_query_indexes(&self) -> Result<usize, StoreError> {
        match self.backend {
            Backend::Sqlite => self.restore_one_after_another().await,
            Backend::Postgres => self.restore_side_by_side().await,
        }
    }

    /// PostgreSQL builds each index in a transaction of its own (the build and the removal of
    /// its definition), all at once on connections of their own, each a plain build: several
    /// builds on one core each sort in memory, where one build at a time with parallel workers
    /// sorts on disk to merge their runs, and all at once they end together rather than the
    /// last alone on one core. Builds take a lock that lets the others through; an index whose
    /// build fails stays listed, to be built next time.
    async fn restore_side_by_side(&self) -> Result<usize, StoreError> {
        use futures_util::{StreamExt, TryStreamExt};
        let indexes: Vec<(String, String)> =
            sqlx::query_as("SELECT name, definition FROM deferred_indexes ORDER BY name")
                .fetch_all(&self.pool)
                .await?;
        let count = indexes.len();
        // Bounded below the pool's size of 8: the API shares it.
        let builders = count.clamp(1, 6);
        futures_util::stream::iter(indexes)
            .map(|(name, definition)| {
                let pool = self.pool.clone();
                async move {
                    let mut tx = pool.begin().await?;
                    sqlx::query("SET LOCAL max_parallel_maintenance_workers = 0")
                        .execute(&mut *tx)
                        .await?;
                    build(&mut tx, &name, definition).await?;
                    tx.commit().await?;
                    Ok::<_, StoreError>(())
                }
            })
            .buffer_unordered(builders)
            .try_collect::<()>()
            .await?;
        Ok(count)
    }

    /// SQLite builds them in one transaction (it has one writer), each sort with helper
    /// threads.
    async fn restore_one_after_another(&self) -> Result<usize, StoreError> {
        let mut tx = self.pool.begin().await?;
        // Each build sorts every row's key: with helper threads SQLite sorts the runs of a
        // large sort on the other cores while the table is still being read.
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA threads = {threads}")))
            .execute(&mut *tx)
            .await?;
        let indexes = sqlx::query("SELECT name, definition FROM deferred_indexes ORDER BY name")
            .fetch_all(&mut *tx)
            .await?;
        for index in &indexes {
            build(&mut tx, &index.try_get::<String, _>(0)?, index.try_get(1)?).await?;
        }
        sqlx::query("PRAGMA threads = 0").execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(indexes.len())
    }
}
