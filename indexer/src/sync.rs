//! Chain to rows: backfill with adaptive `eth_getLogs` ranges, then follow the head; each batch
//! committed with its checkpoint; reorgs found by parent hash and undone to the common ancestor
//! within the window of remembered blocks.

use std::{
    collections::{HashMap, VecDeque},
    future::Future,
    sync::Arc,
    time::Duration,
};

use alloy::{
    primitives::{Address, B256},
    providers::DynProvider,
    transports::TransportError,
};
use tokio::sync::watch;

use crate::{
    decode::{EventRow, Position},
    rpc::{self, RangeAdvice},
    store::{Batch, BlockRef, Checkpoint, Store, StoreError},
};

/// How to sync.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// The suite's contracts (the organisation, consent and record registries).
    pub addresses: Vec<Address>,
    /// The first block to read (the deployment block).
    pub start_block: u64,
    /// How often to ask for a new head once caught up.
    pub poll_interval: Duration,
    /// Stay this many blocks behind the head.
    pub confirmations: u64,
    /// How many recent blocks are remembered to find and undo reorgs.
    pub window: u64,
    /// The first `eth_getLogs` range, in blocks.
    pub initial_range: u64,
    /// The widest range the indexer grows to.
    pub max_range: u64,
    /// The events a batch aims at: a range that brings more is committed in several batches
    /// (each with its checkpoint) and the next range is narrowed to match; ranges widen only
    /// while batches bring at most half of it. Small batches let the next range's logs arrive
    /// while the current batch commits.
    pub batch_events: usize,
    /// The longest wait between retries of a failing call.
    pub max_backoff: Duration,
    /// Wake on the node's new-head subscription (WebSocket providers), polling as a fallback.
    pub subscribe: bool,
    /// Hold the query indexes of events and versions back while backfilling an empty store
    /// more than `window` blocks behind the head, and build them when the head is reached
    /// (see [`Store::defer_query_indexes`]).
    pub defer_indexes: bool,
}

impl SyncConfig {
    /// Defaults for the suite at `addresses`, deployed at `start_block`.
    pub fn new(addresses: Vec<Address>, start_block: u64) -> Self {
        SyncConfig {
            addresses,
            start_block,
            poll_interval: Duration::from_secs(1),
            confirmations: 0,
            window: 128,
            initial_range: 2_000,
            max_range: 100_000,
            batch_events: 10_000,
            max_backoff: Duration::from_secs(30),
            subscribe: false,
            defer_indexes: true,
        }
    }
}

/// Why syncing stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The node failed in a way retrying cannot mend.
    #[error("rpc: {0}")]
    Rpc(#[from] TransportError),
    /// The chain replaced blocks older than the window: the store cannot be reconciled.
    #[error(
        "reorg deeper than the window: block {checkpoint} and every remembered block back to {oldest} were replaced; the store cannot be reconciled (re-index from scratch, or raise --window)"
    )]
    ReorgTooDeep {
        /// The stored checkpoint.
        checkpoint: u64,
        /// The oldest remembered block.
        oldest: u64,
    },
    /// A provider refuses even a single block's logs.
    #[error("the node refuses eth_getLogs even for the single block {block}: {message}")]
    RangeRefused {
        /// The block.
        block: u64,
        /// What it said.
        message: String,
    },
}

/// Ranges whose logs are asked for ahead of the one being decoded.
const PREFETCH_RANGES: usize = 2;

/// Events stored between refreshes of the query planner's statistics.
const ANALYZE_EVERY: u64 = 10_000;

/// Where the indexer is, for progress bars and health checks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// The first block indexed.
    pub start_block: u64,
    /// The last block stored.
    pub checkpoint: Option<u64>,
    /// The node's head.
    pub head: u64,
    /// Events stored by this run.
    pub events: u64,
    /// Reorgs undone by this run.
    pub reorgs: u64,
    /// The current `eth_getLogs` range.
    pub range: u64,
    /// Batches retried because the store failed (lost connection, server restart).
    pub store_retries: u64,
}

/// What one step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Stored a batch, undid a reorg, or narrowed the range: step again at once.
    Progressed,
    /// Nothing new: wait for the next block.
    AtHead,
}

/// Waits for the node's next new head, then takes every head already waiting too (one step
/// reads the head itself). Heads the client dropped because the indexer was busy (its buffer
/// holds 16) still mean the chain moved on: only a closed subscription answers `false`.
async fn new_heads(
    subscription: &mut alloy::pubsub::Subscription<alloy::rpc::types::Header>,
) -> bool {
    use tokio::sync::broadcast::error::{RecvError, TryRecvError};
    match subscription.recv_any().await {
        Ok(_) | Err(RecvError::Lagged(_)) => {}
        Err(RecvError::Closed) => return false,
    }
    loop {
        match subscription.try_recv_any() {
            Ok(_) | Err(TryRecvError::Lagged(_)) => {}
            Err(TryRecvError::Empty) => return true,
            Err(TryRecvError::Closed) => return false,
        }
    }
}

/// Syncs one deployment into one store.
#[derive(Debug)]
pub struct Indexer {
    provider: DynProvider,
    store: Store,
    config: SyncConfig,
    chain_id: u64,
    range: std::sync::atomic::AtomicU64,
    successes: std::sync::atomic::AtomicU64,
    progress: Arc<watch::Sender<Progress>>,
    /// Reads the ranges (each in a task of its own when asked for ahead).
    fetcher: Arc<Fetcher>,
    /// The newest head the node reported.
    head: std::sync::atomic::AtomicU64,
    /// The next ranges' logs, asked for while the current range is decoded and committed.
    prefetch: std::sync::Mutex<VecDeque<Prefetch>>,
    /// The previous range's batches, committing while the next range is fetched and decoded.
    committing: tokio::sync::Mutex<Option<Committing>>,
    /// Whether the store's query indexes are held back until the head is reached.
    deferred: std::sync::atomic::AtomicBool,
    /// Set when `run` is told to stop: the committing task stops after its current batch.
    stopping: Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for Indexer {
    fn drop(&mut self) {
        self.forget_prefetched();
    }
}

/// A range's batches being committed, in order, by a task of their own.
#[derive(Debug)]
struct Committing {
    /// The last batch's last block: the checkpoint once they are all committed.
    last: BlockRef,
    task: tokio::task::JoinHandle<Result<(), StoreError>>,
    /// Becomes true once the last batch is staged.
    staged_all: watch::Receiver<bool>,
}

/// A range fetched and decoded ahead of the one being committed.
#[derive(Debug)]
struct Prefetch {
    from: u64,
    to: u64,
    task: tokio::task::JoinHandle<Result<Fetch, TransportError>>,
}

/// What fetching a range found.
#[derive(Debug)]
enum Fetch {
    /// Its events, decoded, and the headers its batches need.
    Ready(Fetched),
    /// A block of it is not on the node yet (a lagging replica, a head that moved back).
    Missing,
    /// The chain changed while it was read: start again.
    Moved,
}

/// A range's events and the headers its batches need.
#[derive(Debug)]
struct Fetched {
    /// The range's first block (its parent must be the checkpoint).
    first: BlockRef,
    /// Blocks to remember for reorg detection: the first, and every block within the window
    /// of the head.
    headers: Vec<BlockRef>,
    /// The events, in chain order, each once.
    events: Vec<EventRow>,
    /// The last block of each batch the range is committed in.
    ends: Vec<BlockRef>,
}

/// Reads ranges of the chain: logs, the headers they need, decoded into rows.
#[derive(Debug)]
struct Fetcher {
    provider: DynProvider,
    addresses: Vec<Address>,
    window: u64,
    batch_events: usize,
    max_backoff: Duration,
}

impl Indexer {
    /// An indexer of the chain behind `provider` into `store`; fails if the store holds another
    /// chain.
    pub async fn new(
        provider: DynProvider,
        store: Store,
        config: SyncConfig,
    ) -> Result<Self, SyncError> {
        let chain_id = rpc::chain_id(&provider, config.max_backoff).await?;
        store.ensure_chain(chain_id).await?;
        let checkpoint = store.checkpoint().await?.map(|c| c.block_number);
        // Held back by an earlier run that stopped before it reached the head.
        let deferred = !store.deferred_indexes().await?.is_empty();
        let (progress, _) = watch::channel(Progress {
            start_block: config.start_block,
            checkpoint,
            range: config.initial_range,
            ..Progress::default()
        });
        let fetcher = Arc::new(Fetcher {
            provider: provider.clone(),
            addresses: config.addresses.clone(),
            window: config.window,
            batch_events: config.batch_events,
            max_backoff: config.max_backoff,
        });
        Ok(Indexer {
            provider,
            store,
            chain_id,
            range: config.initial_range.max(1).into(),
            successes: 0.into(),
            config,
            progress: Arc::new(progress),
            fetcher,
            head: 0.into(),
            prefetch: std::sync::Mutex::default(),
            committing: tokio::sync::Mutex::new(None),
            stopping: Arc::default(),
            deferred: deferred.into(),
        })
    }

    /// Progress updates.
    pub fn progress(&self) -> watch::Receiver<Progress> {
        self.progress.subscribe()
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Syncs until `shutdown` completes, then returns: a batch in flight either commits or is
    /// abandoned whole (its transaction rolls back).
    pub async fn run(&self, shutdown: impl Future<Output = ()>) -> Result<(), SyncError> {
        tokio::pin!(shutdown);
        self.stopping
            .store(false, std::sync::atomic::Ordering::Relaxed);
        tokio::select! {
            biased;
            () = &mut shutdown => return self.stop().await,
            result = self.verify_checkpoint() => result?,
        }
        let mut heads = if self.config.subscribe {
            use alloy::providers::Provider;
            match self.provider.subscribe_blocks().await {
                Ok(subscription) => Some(subscription),
                Err(error) => {
                    tracing::warn!(%error, "no new-head subscription; polling");
                    None
                }
            }
        } else {
            None
        };
        let mut store_failures = 0u32;
        let mut analyzed_at = 0u64;
        loop {
            let step = tokio::select! {
                biased;
                () = &mut shutdown => return self.stop().await,
                step = self.step() => step,
            };
            let step = match step {
                Ok(step) => {
                    store_failures = 0;
                    step
                }
                // The database went away (a restart, a failover): the batch rolled back; wait
                // and try again, as for the node. Or it came back without the last commits it had
                // acknowledged (a server that does not wait for the disk, or a failover to a
                // standby behind it): the next step starts from the stored checkpoint and
                // fetches their blocks again.
                Err(SyncError::Store(error)) if error.is_transient() || error.lost_commits() => {
                    store_failures += 1;
                    let delay = self.config.max_backoff.min(
                        Duration::from_millis(100) * 2u32.saturating_pow(store_failures.min(16)),
                    );
                    metrics::counter!("consentry_indexer_store_errors_total").increment(1);
                    self.progress.send_modify(|p| p.store_retries += 1);
                    let what = if error.lost_commits() {
                        "the store lost its last commits; indexing their blocks again"
                    } else {
                        "the store failed; retrying"
                    };
                    tracing::warn!(%error, retry_in = ?delay, "{what}");
                    tokio::select! {
                        biased;
                        () = &mut shutdown => return self.stop().await,
                        () = tokio::time::sleep(delay) => {}
                    }
                    continue;
                }
                Err(error) => return Err(self.failed(error).await),
            };
            if step == Step::AtHead {
                // After a backfill (or much growth), refresh the planner's statistics so
                // queries keep seeking, not scanning.
                let events = self.progress.borrow().events;
                if events >= analyzed_at + ANALYZE_EVERY {
                    self.refresh_statistics().await;
                    analyzed_at = events;
                }
                let new_head = async {
                    match heads.as_mut() {
                        Some(subscription) => new_heads(subscription).await,
                        None => std::future::pending().await,
                    }
                };
                tokio::select! {
                    biased;
                    () = &mut shutdown => return self.stop().await,
                    alive = new_head => if !alive {
                        tracing::warn!("the new-head subscription ended; polling");
                        heads = None;
                    },
                    () = tokio::time::sleep(self.config.poll_interval) => {}
                }
            }
        }
    }

    /// `error`, once the batches in flight have finished: an indexer that gives up leaves no
    /// commit running behind it (one started afterwards on the same store would ask for the
    /// same blocks).
    async fn failed(&self, error: SyncError) -> SyncError {
        if let Err(also) = self.settle().await {
            tracing::warn!(error = %also, "the batch in flight failed too");
        }
        error
    }

    /// Lets the batch being committed finish (or fail whole) and drops the rest of its range.
    async fn stop(&self) -> Result<(), SyncError> {
        self.stopping
            .store(true, std::sync::atomic::Ordering::Relaxed);
        if let Err(error) = self.settle().await {
            tracing::warn!(%error, "the batch in flight failed as the indexer stopped");
        }
        Ok(())
    }

    /// Syncs until the store holds every block up to the head (minus confirmations).
    pub async fn catch_up(&self) -> Result<(), SyncError> {
        self.verify_checkpoint().await?;
        loop {
            match self.step().await {
                Ok(Step::Progressed) => {}
                Ok(Step::AtHead) => break,
                Err(error) => return Err(self.failed(error).await),
            }
        }
        if self.progress.borrow().events >= ANALYZE_EVERY {
            self.refresh_statistics().await;
        }
        Ok(())
    }

    async fn refresh_statistics(&self) {
        let started = std::time::Instant::now();
        match self.store.analyze().await {
            Ok(()) => tracing::info!(took = ?started.elapsed(), "store statistics refreshed"),
            Err(error) => tracing::warn!(%error, "could not refresh the store's statistics"),
        }
    }

    /// Checks the stored checkpoint is still on the chain (a reorg may have happened while the
    /// indexer was stopped, or at the head while it waited) and undoes what is not. A node
    /// that does not have the block yet (a lagging replica) is not a reorg.
    pub async fn verify_checkpoint(&self) -> Result<(), SyncError> {
        let Some(checkpoint) = self.store.checkpoint().await? else {
            return Ok(());
        };
        match rpc::block(
            &self.provider,
            checkpoint.block_number,
            self.config.max_backoff,
        )
        .await?
        {
            Some(block) if block.hash != checkpoint.block_hash => self.undo_reorg(checkpoint).await,
            _ => Ok(()),
        }
    }

    /// One batch: the next range of blocks, or a reorg undone, or nothing at the head.
    pub async fn step(&self) -> Result<Step, SyncError> {
        use std::sync::atomic::Ordering::Relaxed;
        let max_backoff = self.config.max_backoff;
        // Where the store will be once the batches in flight are committed.
        let committing = self.committing.lock().await.as_ref().map(|c| c.last);
        let checkpoint = match committing {
            Some(last) => Some(Checkpoint {
                chain_id: self.chain_id,
                block_number: last.number,
                block_hash: last.hash,
            }),
            None => self.store.checkpoint().await?,
        };
        let next = checkpoint.map_or(self.config.start_block, |c| c.block_number + 1);
        // The head is asked for again only once the indexer has reached the one it knows: while
        // it backfills, each request would wait behind the node's answers to the ranges asked
        // for ahead.
        let mut head = self.head.load(Relaxed);
        if next > head.saturating_sub(self.config.confirmations) {
            head = rpc::head(&self.provider, max_backoff).await?;
            self.head.store(head, Relaxed);
            self.progress.send_modify(|p| p.head = head);
            metrics::gauge!("consentry_indexer_head_block").set(head as f64);
        }
        let target = head.saturating_sub(self.config.confirmations);
        if next > target {
            self.settle().await?;
            self.verify_checkpoint().await?;
            self.build_deferred_indexes().await?;
            return Ok(Step::AtHead);
        }
        if checkpoint.is_none()
            && self.config.defer_indexes
            && target - next >= self.config.window
            && !self.deferred.load(Relaxed)
        {
            let dropped = self.store.defer_query_indexes().await?;
            tracing::info!(
                indexes = dropped,
                blocks = target - next + 1,
                "backfilling an empty store: its query indexes are built when the head is reached"
            );
            self.deferred.store(true, Relaxed);
        }
        let range = self.range.load(Relaxed);
        // The range asked for ahead, if it starts here; else one of the current size.
        let prefetched = {
            let mut queue = self
                .prefetch
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match queue.front() {
                Some(ahead) if ahead.from == next && ahead.to <= target => queue.pop_front(),
                _ => None,
            }
        };
        if prefetched.is_none() {
            self.forget_prefetched();
        }
        let (to, fetched) = match prefetched {
            Some(ahead) => {
                let fetched = match ahead.task.await {
                    Ok(fetched) => fetched,
                    // The task panicked or was cancelled: ask again.
                    Err(_) => self.fetcher.fetch(next, ahead.to, head).await,
                };
                (ahead.to, fetched)
            }
            None => {
                let to = target.min(next.saturating_add(range - 1));
                (to, self.fetcher.fetch(next, to, head).await)
            }
        };
        let fetched = match fetched {
            Ok(Fetch::Ready(fetched)) => fetched,
            // Not on this node yet (a lagging replica): ask for the head again.
            Ok(Fetch::Missing) => {
                self.forget_prefetched();
                self.head.store(0, Relaxed);
                return Ok(Step::AtHead);
            }
            Ok(Fetch::Moved) => {
                self.forget_prefetched();
                return Ok(Step::Progressed);
            }
            Err(error) => {
                let message = error.to_string();
                let Some(advice) = rpc::range_advice(&message) else {
                    return Err(error.into());
                };
                let asked = to - next + 1;
                if asked == 1 {
                    return Err(SyncError::RangeRefused {
                        block: next,
                        message,
                    });
                }
                let narrower = match advice {
                    RangeAdvice::AtMost(n) => n.clamp(1, asked - 1),
                    RangeAdvice::Fewer => (asked / 2).max(1),
                };
                tracing::info!(from = asked, to = narrower, %message, "the node refused the range; narrowing");
                self.forget_prefetched();
                metrics::counter!("consentry_indexer_range_narrowed_total").increment(1);
                self.range.store(narrower, Relaxed);
                self.successes.store(0, Relaxed);
                self.progress.send_modify(|p| p.range = narrower);
                return Ok(Step::Progressed);
            }
        };
        if let Some(checkpoint) = checkpoint
            && fetched.first.parent_hash != checkpoint.block_hash
        {
            self.forget_prefetched();
            self.settle().await?;
            if let Some(stored) = self.store.checkpoint().await? {
                self.undo_reorg(stored).await?;
            }
            return Ok(Step::Progressed);
        }

        let count = fetched.events.len();
        let range = self.adapt_range(range, to - next + 1, count);
        // While this range is committed, the next ranges are fetched and decoded: the node
        // prepares one answer while the indexer reads the one before.
        {
            let mut queue = self
                .prefetch
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut after = queue.back().map_or(to, |ahead| ahead.to);
            while queue.len() < PREFETCH_RANGES && after < target {
                let (from, until) = (after + 1, target.min(after.saturating_add(range)));
                let fetcher = self.fetcher.clone();
                let task = tokio::spawn(async move { fetcher.fetch(from, until, head).await });
                queue.push_back(Prefetch {
                    from,
                    to: until,
                    task,
                });
                after = until;
            }
        }

        let Fetched {
            headers,
            events,
            ends,
            ..
        } = fetched;
        let mut events = events.into_iter().peekable();
        let mut piece_from = next;
        let mut follows = checkpoint.map(|c| c.block_number);
        let mut batches = Vec::with_capacity(ends.len());
        for end in ends {
            let mut piece = Vec::new();
            while let Some(event) = events.next_if(|e| e.position.block_number <= end.number) {
                piece.push(event);
            }
            let blocks = headers
                .iter()
                .filter(|b| (piece_from..=end.number).contains(&b.number))
                .copied()
                .collect();
            batches.push(Batch {
                chain_id: self.chain_id,
                events: piece,
                blocks,
                last: end,
                follows,
            });
            follows = Some(end.number);
            piece_from = end.number + 1;
        }
        // The previous range's batches come first: this range's task starts once the last of
        // them is staged, and commits after them. A task that already ended is settled here,
        // so its failure is this step's.
        let mut committing = self.committing.lock().await;
        if let Some(in_flight) = committing.as_mut() {
            // An error means the task ended: settled below.
            let _ = in_flight.staged_all.wait_for(|staged| *staged).await;
        }
        if committing.as_ref().is_some_and(|c| c.task.is_finished()) {
            drop(committing);
            self.settle().await?;
            committing = self.committing.lock().await;
        }
        let last = batches.last().map_or(headers[0], |b| b.last);
        let (staged_all, staged) = watch::channel(false);
        let task = tokio::spawn(commit(
            batches,
            CommitTask {
                store: self.store.clone(),
                window: self.config.window,
                head,
                progress: self.progress.clone(),
                stopping: self.stopping.clone(),
                before: committing.take().map(|c| c.task),
                staged_all,
            },
        ));
        *committing = Some(Committing {
            last,
            task,
            staged_all: staged,
        });
        drop(committing);
        tracing::trace!(from = next, to, events = count, "range decoded");
        Ok(Step::Progressed)
    }

    /// Waits until the batches in flight are committed (or failed: their transaction rolled
    /// back, the store stays at the last committed batch and the next step starts there).
    pub async fn settle(&self) -> Result<(), SyncError> {
        let mut committing = self.committing.lock().await;
        let Some(in_flight) = committing.as_mut() else {
            return Ok(());
        };
        // Awaited in place: a caller that gives up waiting leaves it to the next one.
        let result = (&mut in_flight.task).await;
        *committing = None;
        match result {
            Ok(result) => Ok(result?),
            Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
            Err(_) => Err(StoreError::Database(sqlx::Error::WorkerCrashed).into()),
        }
    }

    /// Cancels the requests made ahead (their ranges are to be asked again, differently).
    fn forget_prefetched(&self) {
        for stale in self
            .prefetch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .drain(..)
        {
            stale.task.abort();
        }
    }

    /// Builds the query indexes held back during the backfill, if any.
    async fn build_deferred_indexes(&self) -> Result<(), SyncError> {
        use std::sync::atomic::Ordering::Relaxed;
        if !self.deferred.load(Relaxed) {
            return Ok(());
        }
        tracing::info!("at the head: building the query indexes held back during the backfill");
        let started = std::time::Instant::now();
        let built = self.store.restore_query_indexes().await?;
        self.deferred.store(false, Relaxed);
        tracing::info!(indexes = built, took = ?started.elapsed(), "query indexes built");
        Ok(())
    }

    /// The next range, after one of `blocks` blocks brought `events` events: narrower when it
    /// brought more than a batch's worth, twice as wide after a run of successes that each
    /// brought at most half of one.
    fn adapt_range(&self, range: u64, blocks: u64, events: usize) -> u64 {
        use std::sync::atomic::Ordering::Relaxed;
        let budget = self.config.batch_events.max(1);
        let next = if events > budget {
            self.successes.store(0, Relaxed);
            let fitting = (blocks as u128 * budget as u128 / events as u128) as u64;
            fitting.clamp(1, range)
        } else if events <= budget / 2
            && self.successes.fetch_add(1, Relaxed) + 1 >= 4
            && range < self.config.max_range
        {
            self.successes.store(0, Relaxed);
            (range * 2).min(self.config.max_range)
        } else {
            range
        };
        if next != range {
            self.range.store(next, Relaxed);
            self.progress.send_modify(|p| p.range = next);
        }
        next
    }

    /// Finds the newest remembered block still on the chain and undoes everything after it.
    async fn undo_reorg(&self, checkpoint: Checkpoint) -> Result<(), SyncError> {
        let window = self.store.window().await?;
        for remembered in &window {
            let on_chain =
                rpc::block(&self.provider, remembered.number, self.config.max_backoff).await?;
            if on_chain.is_some_and(|b| b.hash == remembered.hash) {
                let depth = checkpoint.block_number - remembered.number;
                tracing::warn!(
                    checkpoint = checkpoint.block_number,
                    ancestor = remembered.number,
                    depth,
                    "reorg: undoing the replaced blocks"
                );
                self.store.rollback(remembered).await?;
                metrics::counter!("consentry_indexer_reorgs_total").increment(1);
                self.progress.send_modify(|p| {
                    p.reorgs += 1;
                    p.checkpoint = Some(remembered.number);
                });
                return Ok(());
            }
        }
        Err(SyncError::ReorgTooDeep {
            checkpoint: checkpoint.block_number,
            oldest: window.last().map_or(checkpoint.block_number, |b| b.number),
        })
    }
}

impl Fetcher {
    /// Fetches blocks `from..=to` with the head at `head`: the first block's header, the logs,
    /// the headers of blocks within the window of the head, and each batch's last block.
    async fn fetch(&self, from: u64, to: u64, head: u64) -> Result<Fetch, TransportError> {
        let max_backoff = self.max_backoff;
        let Some(first) = rpc::block(&self.provider, from, max_backoff).await? else {
            return Ok(Fetch::Missing);
        };
        let logs = rpc::logs(&self.provider, &self.addresses, from, to, max_backoff).await?;

        // Blocks within the window of the head are each fetched, remembered and chained by
        // parent hash; deeper blocks are final, and of them only the batches' ends are fetched.
        let near_from = head.saturating_sub(self.window).max(from + 1);
        let mut headers: Vec<BlockRef> = vec![first];
        if near_from <= to {
            for number in near_from..=to {
                let Some(block) = rpc::block(&self.provider, number, max_backoff).await? else {
                    return Ok(Fetch::Missing);
                };
                let previous = headers[headers.len() - 1];
                if previous.number + 1 == number && block.parent_hash != previous.hash {
                    return Ok(Fetch::Moved);
                }
                headers.push(block);
            }
        }
        let mut known: HashMap<u64, BlockRef> = headers.iter().map(|b| (b.number, *b)).collect();

        let mut events = Vec::with_capacity(logs.len());
        for log in &logs {
            let (Some(number), Some(block_hash), Some(log_index)) =
                (log.block_number, log.block_hash, log.log_index)
            else {
                continue; // a pending log; never returned for a mined range
            };
            if log.removed {
                continue;
            }
            let timestamp = match (known.get(&number), log.block_timestamp) {
                (Some(block), _) => {
                    if block.hash != block_hash {
                        return Ok(Fetch::Moved); // logs of another fork
                    }
                    block.timestamp
                }
                (None, Some(timestamp)) => timestamp,
                (None, None) => {
                    let Some(block) = rpc::block(&self.provider, number, max_backoff).await? else {
                        return Ok(Fetch::Missing);
                    };
                    if block.hash != block_hash {
                        return Ok(Fetch::Moved);
                    }
                    known.insert(number, block);
                    block.timestamp
                }
            };
            let position = Position {
                block_number: number,
                block_hash,
                block_timestamp: timestamp,
                tx_hash: log.transaction_hash.unwrap_or(B256::ZERO),
                tx_index: log.transaction_index.unwrap_or_default(),
                log_index,
            };
            if let Some(row) = EventRow::decode(position, &log.inner) {
                events.push(row);
            }
        }
        drop(logs);
        events.sort_by_key(|e| (e.position.block_number, e.position.log_index));
        // A provider may serve the same log twice (overlapping pages, a retried response).
        events.dedup_by_key(|e| (e.position.block_number, e.position.log_index));
        let cuts = cuts(
            events.iter().map(|e| e.position.block_number),
            self.batch_events.max(1),
            to,
        );
        // Each batch's last block is its checkpoint: its header, from those already fetched
        // or from the node.
        let mut ends = Vec::with_capacity(cuts.len());
        for &cut in &cuts {
            let end = match known.get(&cut) {
                Some(block) => *block,
                None => {
                    let Some(block) = rpc::block(&self.provider, cut, max_backoff).await? else {
                        return Ok(Fetch::Missing);
                    };
                    known.insert(cut, block);
                    block
                }
            };
            let logged = events
                .iter()
                .rev()
                .find(|e| e.position.block_number == cut)
                .map(|e| e.position.block_hash);
            if logged.is_some_and(|hash| hash != end.hash) {
                return Ok(Fetch::Moved);
            }
            ends.push(end);
        }
        Ok(Fetch::Ready(Fetched {
            first,
            headers,
            events,
            ends,
        }))
    }
}

/// What a range's commit task needs besides its batches.
struct CommitTask {
    store: Store,
    window: u64,
    head: u64,
    progress: Arc<watch::Sender<Progress>>,
    stopping: Arc<std::sync::atomic::AtomicBool>,
    /// The previous range's task: its batches are committed first, and if it fails this one
    /// commits nothing and fails with its error.
    before: Option<tokio::task::JoinHandle<Result<(), StoreError>>>,
    /// Told once the range's last batch is staged (or the task ended): the next range's task
    /// may start beside it.
    staged_all: watch::Sender<bool>,
}

/// Commits a range's batches in order, publishing each checkpoint as it is committed. Each
/// batch is staged (its events sent) while the one before is completed and committed.
async fn commit(batches: Vec<Batch>, task: CommitTask) -> Result<(), StoreError> {
    use futures_util::FutureExt;
    let CommitTask {
        store,
        window,
        head,
        progress,
        stopping,
        before,
        staged_all,
    } = task;
    let stopped = || stopping.load(std::sync::atomic::Ordering::Relaxed);
    let mut before = before.map(|task| {
        async move {
            match task.await {
                Ok(result) => result,
                Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
                Err(_) => Err(StoreError::Database(sqlx::Error::WorkerCrashed)),
            }
        }
        .boxed()
    });
    let count = batches.len();
    for (n, batch) in batches.into_iter().enumerate() {
        if stopped() {
            break;
        }
        let (events, last) = (batch.events.len() as u64, batch.last.number);
        let stage = async {
            let started = std::time::Instant::now();
            (store.stage(batch).await, started.elapsed())
        };
        let earlier = async {
            match before.take() {
                Some(earlier) => earlier.await,
                None => Ok(()),
            }
        };
        let ((staged, staging), earlier) = tokio::join!(stage, earlier);
        // A batch staged after a failure, or after the indexer was told to stop, is dropped:
        // its transaction rolls back.
        earlier?;
        let staged = staged?;
        if stopped() {
            break;
        }
        if n + 1 == count {
            staged_all.send_replace(true);
        }
        let progress = progress.clone();
        before = Some(
            async move {
                let started = std::time::Instant::now();
                staged.commit(window).await?;
                let took = staging + started.elapsed();
                metrics::counter!("consentry_indexer_events_total").increment(events);
                metrics::counter!("consentry_indexer_batches_total").increment(1);
                metrics::histogram!("consentry_indexer_batch_seconds").record(took.as_secs_f64());
                metrics::gauge!("consentry_indexer_checkpoint_block").set(last as f64);
                metrics::gauge!("consentry_indexer_blocks_behind")
                    .set(head.saturating_sub(last) as f64);
                tracing::debug!(to = last, events, ?took, "batch stored");
                progress.send_modify(|p| {
                    p.checkpoint = Some(last);
                    p.events += events;
                });
                Ok(())
            }
            .boxed(),
        );
    }
    staged_all.send_replace(true);
    match before {
        Some(last) => last.await,
        None => Ok(()),
    }
}

/// The last block of each batch a range ending at `to` is committed in, given its events' block
/// numbers in order: a batch closes at the first block boundary after `budget` events (a block's
/// events are never split); the last batch ends at `to`.
fn cuts(blocks: impl IntoIterator<Item = u64>, budget: usize, to: u64) -> Vec<u64> {
    let mut cuts = Vec::new();
    let mut since = 0;
    let mut blocks = blocks.into_iter().peekable();
    while let Some(block) = blocks.next() {
        since += 1;
        let boundary = blocks.peek().is_some_and(|&next| next != block);
        if since >= budget && boundary && block < to {
            cuts.push(block);
            since = 0;
        }
    }
    cuts.push(to);
    cuts
}

#[cfg(test)]
mod tests {
    use super::cuts;

    #[test]
    fn a_range_within_the_budget_is_one_batch() {
        assert_eq!(cuts([], 3, 10), [10]);
        assert_eq!(cuts([1, 2, 3], 3, 10), [10]);
        assert_eq!(cuts([1, 2, 3], 5, 10), [10]);
    }

    #[test]
    fn batches_close_at_block_boundaries_after_the_budget() {
        assert_eq!(cuts([1, 2, 3, 4, 5, 6, 7], 3, 10), [3, 6, 10]);
        // A block's events stay together, however many.
        assert_eq!(cuts([1, 2, 2, 2, 2, 3, 4, 5], 2, 10), [2, 4, 10]);
        assert_eq!(cuts([1, 2, 2, 2, 2, 3, 4], 2, 10), [2, 10]);
        assert_eq!(cuts([5, 5, 5, 5, 5], 2, 10), [10]);
    }

    #[test]
    fn the_last_batch_ends_at_the_range_end() {
        // Events in the range's last block: it is the last cut, not one more batch of nothing.
        assert_eq!(cuts([1, 2, 10, 10], 2, 10), [2, 10]);
        assert_eq!(cuts([1, 2], 2, 2), [2]);
    }
}
