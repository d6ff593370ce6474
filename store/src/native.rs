//! SQLite without thread hops, for the API's hottest statements.
//!
//! sqlx runs each SQLite connection on a worker thread of its own, so every statement costs two
//! thread switches and a channel round trip: under load, more time went to switching threads
//! than to SQLite. The few statements every request runs (an access check's events, an
//! entity's current state) therefore run on rusqlite connections of their own, in the calling
//! thread, with their statements prepared once per connection. A point read from a WAL
//! database takes microseconds and never waits for the writer, so it runs in place on the async
//! worker. Writes whose commit waits for the disk (the indexer's batches, the read log's rows) go
//! through one writer connection on the blocking pool, one transaction each.

use std::{
    path::{Path, PathBuf},
    sync::{
        Arc, Mutex, MutexGuard, PoisonError,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use rusqlite::{Connection, OpenFlags};

use super::StoreError;

/// Reader connections: more than the async workers that may hold one at a time.
const READERS: usize = 8;

/// Each reader's page cache, in KiB (negative: SQLite's way of saying KiB, not pages).
const READER_CACHE_KIB: i64 = -32 * 1024;

/// An SQLite file's native connections (opened when first needed).
pub(super) struct Native {
    path: PathBuf,
    readers: Vec<Mutex<Option<Connection>>>,
    next: AtomicUsize,
    writer: Mutex<Option<Connection>>,
}

impl std::fmt::Debug for Native {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Native").field("path", &self.path).finish()
    }
}

fn open(path: &Path, reader: bool) -> rusqlite::Result<Connection> {
    // NO_MUTEX: a connection is only ever used under its own lock.
    let connection = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    if reader {
        // A reader never writes; a WAL reader waits only while the log is being recovered.
        connection.pragma_update(None, "query_only", true)?;
        connection.busy_timeout(Duration::from_secs(1))?;
        // Enough pages for the upper levels of the large indexes to stay in the connection.
        connection.pragma_update(None, "cache_size", READER_CACHE_KIB)?;
    } else {
        // As the store's own connections: a committed row survives a crash of the machine.
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.busy_timeout(Duration::from_secs(10))?;
    }
    connection.set_prepared_statement_cache_capacity(32);
    Ok(connection)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while a connection was held leaves the connection usable (SQLite rolls back an
    // unfinished transaction when the next one begins).
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn with<T>(
    slot: &mut Option<Connection>,
    path: &Path,
    reader: bool,
    run: impl FnOnce(&mut Connection) -> rusqlite::Result<T>,
) -> Result<T, StoreError> {
    let connection = match slot {
        Some(connection) => connection,
        None => slot.insert(open(path, reader)?),
    };
    Ok(run(connection)?)
}

impl Native {
    /// The native connections of the SQLite file at `path`.
    pub(super) fn new(path: PathBuf) -> Arc<Self> {
        Arc::new(Native {
            path,
            readers: (0..READERS).map(|_| Mutex::new(None)).collect(),
            next: AtomicUsize::new(0),
            writer: Mutex::new(None),
        })
    }

    /// Runs `read` on a reader connection, in this thread (it must not wait on anything but
    /// SQLite).
    pub(super) fn read<T>(
        &self,
        read: impl FnOnce(&mut Connection) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        // The first free connection: under light load the same few serve (their caches warm).
        let mut slot = self
            .readers
            .iter()
            .find_map(|reader| reader.try_lock().ok())
            .unwrap_or_else(|| {
                let any = self.next.fetch_add(1, Ordering::Relaxed) % self.readers.len();
                lock(&self.readers[any])
            });
        with(&mut slot, &self.path, true, read)
    }

    /// Runs `write` on the writer connection, on the blocking pool.
    pub(super) async fn write<T: Send + 'static>(
        self: &Arc<Self>,
        write: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let native = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut slot = lock(&native.writer);
            let connection = match &mut *slot {
                Some(connection) => connection,
                None => slot.insert(open(&native.path, false)?),
            };
            write(connection)
        })
        .await
        .map_err(|_| StoreError::Database(sqlx::Error::WorkerCrashed))?
    }
}
