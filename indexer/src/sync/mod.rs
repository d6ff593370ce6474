//! Chain to rows: backfill with adaptive `eth_getLogs` ranges, then follow the head; each batch
//! committed with its checkpoint; reorgs found by parent hash and undone to the common ancestor
//! within the window of remembered blocks.
//!
//! One [`Indexer::step`] reads the next range from the node (`fetch`), checks that it continues
//! the stored chain (`window`), sizes the range after it (`range`) and hands its batches to the
//! commit pipeline (`commit`), which stores them while the next range is read.

mod commit;
mod fetch;
mod range;
mod window;

use std::{
    future::Future,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicBool, AtomicU64, Ordering::Relaxed},
    },
    time::Duration,
};

use alloy::{
    primitives::{Address, B256},
    providers::{DynProvider, Provider},
    pubsub::Subscription,
    rpc::types::Header,
    transports::TransportError,
};
use backon::{BackoffBuilder, ExponentialBackoff, ExponentialBuilder, Retryable};
use tokio::sync::watch;

use consentry_store::{Store, StoreError};

use crate::rpc;

use self::{
    commit::Committing,
    fetch::{Fetch, Fetcher, Prefetch},
    range::RangeSize,
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

/// How many blocks the store, at `checkpoint`, is behind the node's `head`; negative when the
/// node is behind the store (a node rolled back, a replica far behind).
pub fn blocks_behind(head: u64, checkpoint: u64) -> i64 {
    let distance = i64::try_from(head.abs_diff(checkpoint)).unwrap_or(i64::MAX);
    if head < checkpoint {
        -distance
    } else {
        distance
    }
}

/// What one step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Stored a batch, undid a reorg, or narrowed the range: step again at once.
    Progressed,
    /// Nothing new: wait for the next block.
    AtHead,
}

/// Syncs one deployment into one store.
#[derive(Debug)]
pub struct Indexer {
    provider: DynProvider,
    store: Store,
    config: SyncConfig,
    chain_id: u64,
    /// The `eth_getLogs` range, sized by what the last ranges brought and the node refused.
    range: RangeSize,
    progress: Arc<watch::Sender<Progress>>,
    /// Reads the ranges (each in a task of its own when asked for ahead).
    fetcher: Arc<Fetcher>,
    /// The newest head the node reported.
    head: AtomicU64,
    /// The next ranges' logs, asked for while the current range is decoded and committed.
    prefetch: Prefetch,
    /// The previous range's batches, committing while the next range is fetched and decoded.
    committing: tokio::sync::Mutex<Option<Committing>>,
    /// Whether the store's query indexes are held back until the head is reached.
    deferred: AtomicBool,
    /// Set when `run` is told to stop: the committing task stops after its current batch.
    stopping: Arc<AtomicBool>,
    /// The waits after the node's answers disagreed, while they go on disagreeing.
    distrust: Mutex<Option<ExponentialBackoff>>,
    /// The chain's genesis block, if the node gave it: a node that answers with another is
    /// serving another chain.
    genesis: Option<B256>,
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
        let genesis = rpc::block(&provider, 0, config.max_backoff)
            .await?
            .map(|block| block.hash);
        store.ensure_chain(chain_id, genesis).await?;
        let checkpoint = store.checkpoint().await?.map(|c| c.block_number);
        // Held back by an earlier run that stopped before it reached the head.
        let deferred = !store.deferred_indexes().await?.is_empty();
        let (progress, _) = watch::channel(Progress {
            start_block: config.start_block,
            checkpoint,
            range: config.initial_range,
            ..Progress::default()
        });
        Ok(Indexer {
            fetcher: Arc::new(Fetcher::new(provider.clone(), &config)),
            provider,
            store,
            chain_id,
            range: RangeSize::new(&config),
            config,
            progress: Arc::new(progress),
            head: 0.into(),
            prefetch: Prefetch::default(),
            committing: tokio::sync::Mutex::new(None),
            stopping: Arc::default(),
            deferred: deferred.into(),
            distrust: Mutex::default(),
            genesis,
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
        self.stopping.store(false, Relaxed);
        tokio::select! {
            biased;
            () = &mut shutdown => return self.stop().await,
            result = self.verify_checkpoint() => result?,
        }
        let mut heads = self.subscribe_heads().await;
        let mut analyzed_at = 0u64;
        loop {
            let step = tokio::select! {
                biased;
                () = &mut shutdown => return self.stop().await,
                step = self.step_through_store_failures() => step,
            };
            match step {
                Ok(Step::Progressed) => {}
                Ok(Step::AtHead) => {
                    self.refresh_statistics_after_growth(&mut analyzed_at).await;
                    tokio::select! {
                        biased;
                        () = &mut shutdown => return self.stop().await,
                        () = self.next_block(&mut heads) => {}
                    }
                }
                Err(error) => return Err(self.failed(error).await),
            }
        }
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

    /// One batch: the next range of blocks, or a reorg undone, or nothing at the head.
    pub async fn step(&self) -> Result<Step, SyncError> {
        let checkpoint = self.checkpoint_after_commits().await?;
        let next = checkpoint.map_or(self.config.start_block, |c| c.block_number + 1);
        let head = self.head_for(next).await?;
        // Here as well as per batch: a node behind the store brings no batches.
        if let Some(checkpoint) = checkpoint {
            metrics::gauge!("consentry_indexer_blocks_behind")
                .set(blocks_behind(head, checkpoint.block_number) as f64);
        }
        let target = head.saturating_sub(self.config.confirmations);
        if next > target {
            self.reached_head().await?;
            return Ok(Step::AtHead);
        }
        if checkpoint.is_none() {
            self.defer_indexes_for_backfill(next, target).await?;
        }
        let range = self.range.blocks();
        let (to, fetched) = self.read(next, target, head, range).await;
        let fetched = match fetched {
            Ok(Fetch::Ready(fetched)) => fetched,
            // Not on this node yet (a lagging replica): ask for the head again, once what was
            // read before it is committed.
            Ok(Fetch::Missing) => {
                self.prefetch.forget();
                self.head.store(0, Relaxed);
                self.settle().await?;
                return Ok(Step::AtHead);
            }
            // The answers disagree (the chain moved while the range was read, or the node is
            // not what it seems): read it again, after a wait.
            Ok(Fetch::Disagrees(why)) => {
                self.prefetch.forget();
                self.distrust(&why).await;
                return Ok(Step::Progressed);
            }
            Err(error) => {
                self.narrow_refused_range(error, next, to)?;
                return Ok(Step::Progressed);
            }
        };
        if !window::follows(checkpoint, &fetched.first) {
            self.undo_reorg_behind_range().await?;
            return Ok(Step::Progressed);
        }
        self.trusted();
        let events = fetched.events.len();
        let range = self.resize_range(range, fetched.to - next + 1, events);
        // While this range is committed, the next ranges are fetched and decoded: the node
        // prepares one answer while the indexer reads the one before. Not past the last
        // header the node gave.
        if fetched.to == to {
            self.prefetch
                .ask_ahead(&self.fetcher, to, target, range, head);
        } else {
            self.prefetch.forget();
        }
        let to = fetched.to;
        let first = fetched.first;
        let batches = commit::batches(self.chain_id, checkpoint, next, fetched);
        self.hand_over(batches, first, head).await?;
        tracing::trace!(from = next, to, events, "range decoded");
        Ok(Step::Progressed)
    }

    /// Waits before reading again after the node's answers disagreed (`why`), longer each
    /// time in a row (up to `max_backoff`), and says why: a node that keeps answering
    /// inconsistently is asked at the pace of a failing one, never in a tight loop.
    async fn distrust(&self, why: &str) {
        let delay = self
            .distrust
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_or_insert_with(|| rpc::backoff(self.config.max_backoff).build())
            .next()
            .unwrap_or(self.config.max_backoff);
        metrics::counter!("consentry_indexer_rpc_errors_total", "call" => "disagreement")
            .increment(1);
        tracing::warn!(retry_in = ?delay, "the node's answers disagree: {why}; reading again");
        tokio::time::sleep(delay).await;
    }

    /// The node's answers agree again: the next disagreement waits the shortest time.
    fn trusted(&self) {
        *self.distrust.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// A step, taken again while it fails on a store that may mend; see [`store_backoff`].
    async fn step_through_store_failures(&self) -> Result<Step, SyncError> {
        (|| self.step())
            .retry(store_backoff(self.config.max_backoff))
            .when(|error| mendable_store_failure(error).is_some())
            .notify(|error, delay| self.note_store_failure(error, delay))
            .await
    }

    fn note_store_failure(&self, error: &SyncError, delay: Duration) {
        metrics::counter!("consentry_indexer_store_errors_total").increment(1);
        self.progress.send_modify(|p| p.store_retries += 1);
        let what = if mendable_store_failure(error).is_some_and(StoreError::lost_commits) {
            "the store lost its last commits; indexing their blocks again"
        } else {
            "the store failed; retrying"
        };
        tracing::warn!(%error, retry_in = ?delay, "{what}");
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
        self.stopping.store(true, Relaxed);
        if let Err(error) = self.settle().await {
            tracing::warn!(%error, "the batch in flight failed as the indexer stopped");
        }
        Ok(())
    }

    /// The node's new-head subscription, if the config asks for one and the node offers it.
    async fn subscribe_heads(&self) -> Option<Subscription<Header>> {
        if !self.config.subscribe {
            return None;
        }
        match self.provider.subscribe_blocks().await {
            Ok(subscription) => Some(subscription),
            Err(error) => {
                tracing::warn!(%error, "no new-head subscription; polling");
                None
            }
        }
    }

    /// Waits for the next block: a new head from the subscription, or the poll interval. A
    /// subscription that ends is dropped, and polling takes over.
    async fn next_block(&self, heads: &mut Option<Subscription<Header>>) {
        let new_head = async {
            match heads.as_mut() {
                Some(subscription) => new_heads(subscription).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            biased;
            alive = new_head => if !alive {
                tracing::warn!("the new-head subscription ended; polling");
                *heads = None;
            },
            () = tokio::time::sleep(self.config.poll_interval) => {}
        }
    }

    /// At the head: the batches in flight committed, the checkpoint checked against the chain
    /// (a reorg at the head shows here), and the indexes held back during the backfill built.
    async fn reached_head(&self) -> Result<(), SyncError> {
        self.settle().await?;
        self.verify_checkpoint().await?;
        self.build_deferred_indexes().await
    }

    /// Holds the store's query indexes back if it is empty and `next..=target` is a backfill
    /// longer than the window.
    async fn defer_indexes_for_backfill(&self, next: u64, target: u64) -> Result<(), SyncError> {
        if !self.config.defer_indexes
            || target - next < self.config.window
            || self.deferred.load(Relaxed)
        {
            return Ok(());
        }
        let dropped = self.store.defer_query_indexes().await?;
        tracing::info!(
            indexes = dropped,
            blocks = target - next + 1,
            "backfilling an empty store: its query indexes are built when the head is reached"
        );
        self.deferred.store(true, Relaxed);
        Ok(())
    }

    /// Builds the query indexes held back during the backfill, if any.
    async fn build_deferred_indexes(&self) -> Result<(), SyncError> {
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

    /// After a backfill (or much growth), refreshes the planner's statistics so queries keep
    /// seeking, not scanning.
    async fn refresh_statistics_after_growth(&self, analyzed_at: &mut u64) {
        let events = self.progress.borrow().events;
        if events >= *analyzed_at + ANALYZE_EVERY {
            self.refresh_statistics().await;
            *analyzed_at = events;
        }
    }

    async fn refresh_statistics(&self) {
        let started = std::time::Instant::now();
        match self.store.analyze().await {
            Ok(()) => tracing::info!(took = ?started.elapsed(), "store statistics refreshed"),
            Err(error) => tracing::warn!(%error, "could not refresh the store's statistics"),
        }
    }
}

/// The store failure a step is taken again after, if `error` is one. The database went away
/// (a restart, a failover): the batch rolled back; wait and try again, as for the node. Or it
/// came back without the last commits it had acknowledged (a server that does not wait for the
/// disk, or a failover to a standby behind it): the next step starts from the stored checkpoint
/// and fetches their blocks again.
fn mendable_store_failure(error: &SyncError) -> Option<&StoreError> {
    match error {
        SyncError::Store(error) if error.is_transient() || error.lost_commits() => Some(error),
        _ => None,
    }
}

/// The waits between steps taken again after store failures: 200 ms, doubling up to
/// `max_delay` (and never past 100 ms × 2¹⁶), forever. No jitter: the store has one writer.
fn store_backoff(max_delay: Duration) -> ExponentialBuilder {
    let longest = max_delay.min(Duration::from_millis(100) * (1 << 16));
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_millis(200).min(longest))
        .with_max_delay(longest)
        .without_max_times()
}

/// Waits for the node's next new head, then takes every head already waiting too (one step
/// reads the head itself). Heads the client dropped because the indexer was busy (its buffer
/// holds 16) still mean the chain moved on: only a closed subscription answers `false`.
async fn new_heads(subscription: &mut Subscription<Header>) -> bool {
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use backon::BackoffBuilder;

    use super::{blocks_behind, store_backoff};

    /// A node whose head is below the stored checkpoint (rolled back, a replica far behind) is
    /// behind the store: the distance is negative, not 0.
    #[test]
    fn a_node_behind_the_store_is_a_negative_distance() {
        assert_eq!(blocks_behind(120, 100), 20);
        assert_eq!(blocks_behind(100, 100), 0);
        assert_eq!(blocks_behind(95, 100), -5);
        assert_eq!(blocks_behind(0, u64::MAX), -i64::MAX);
    }

    fn first_waits(max_delay: Duration, n: usize) -> Vec<Duration> {
        store_backoff(max_delay)
            .build()
            .take(n)
            .map(|wait| Duration::from_millis(wait.as_millis() as u64))
            .collect()
    }

    #[test]
    fn store_failures_wait_longer_each_time_up_to_the_cap() {
        let ms = Duration::from_millis;
        assert_eq!(
            first_waits(ms(1_000), 6),
            [ms(200), ms(400), ms(800), ms(1_000), ms(1_000), ms(1_000)]
        );
        // A cap below the first wait is every wait.
        assert_eq!(first_waits(ms(50), 3), [ms(50), ms(50), ms(50)]);
        // Retried forever.
        assert_eq!(store_backoff(ms(1)).build().take(10_000).count(), 10_000);
    }
}
