//! Chain to rows: backfill with adaptive `eth_getLogs` ranges, then follow the head; each batch
//! committed with its checkpoint; reorgs found by parent hash and undone to the common ancestor
//! within the window of remembered blocks.

use std::{collections::HashMap, future::Future, time::Duration};

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
    range: std::sync::atomic::AtomicU64,
    successes: std::sync::atomic::AtomicU64,
    progress: watch::Sender<Progress>,
    /// The next batch's logs, fetched while the current batch commits.
    prefetch: std::sync::Mutex<Option<Prefetch>>,
}

impl Drop for Indexer {
    fn drop(&mut self) {
        if let Some(prefetch) = self
            .prefetch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
        {
            prefetch.logs.abort();
        }
    }
}

/// An `eth_getLogs` in flight for the range after the batch being committed.
#[derive(Debug)]
struct Prefetch {
    from: u64,
    to: u64,
    logs: tokio::task::JoinHandle<Result<Vec<alloy::rpc::types::Log>, TransportError>>,
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
        let (progress, _) = watch::channel(Progress {
            start_block: config.start_block,
            checkpoint,
            range: config.initial_range,
            ..Progress::default()
        });
        Ok(Indexer {
            provider,
            store,
            chain_id,
            range: config.initial_range.max(1).into(),
            successes: 0.into(),
            config,
            progress,
            prefetch: std::sync::Mutex::new(None),
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
        tokio::select! {
            biased;
            () = &mut shutdown => return Ok(()),
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
                () = &mut shutdown => return Ok(()),
                step = self.step() => step,
            };
            let step = match step {
                Ok(step) => {
                    store_failures = 0;
                    step
                }
                // The database went away (a restart, a failover): the batch rolled back; wait
                // and try again, as for the node.
                Err(SyncError::Store(error)) if error.is_transient() => {
                    store_failures += 1;
                    let delay = self.config.max_backoff.min(
                        Duration::from_millis(100) * 2u32.saturating_pow(store_failures.min(16)),
                    );
                    metrics::counter!("consentry_indexer_store_errors_total").increment(1);
                    self.progress.send_modify(|p| p.store_retries += 1);
                    tracing::warn!(%error, retry_in = ?delay, "the store failed; retrying");
                    tokio::select! {
                        biased;
                        () = &mut shutdown => return Ok(()),
                        () = tokio::time::sleep(delay) => {}
                    }
                    continue;
                }
                Err(error) => return Err(error),
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
                        Some(subscription) => subscription.recv().await.is_ok(),
                        None => std::future::pending().await,
                    }
                };
                tokio::select! {
                    biased;
                    () = &mut shutdown => return Ok(()),
                    alive = new_head => if !alive {
                        tracing::warn!("the new-head subscription ended; polling");
                        heads = None;
                    },
                    () = tokio::time::sleep(self.config.poll_interval) => {}
                }
            }
        }
    }

    /// Syncs until the store holds every block up to the head (minus confirmations).
    pub async fn catch_up(&self) -> Result<(), SyncError> {
        self.verify_checkpoint().await?;
        while self.step().await? == Step::Progressed {}
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
        let checkpoint = self.store.checkpoint().await?;
        let head = rpc::head(&self.provider, max_backoff).await?;
        self.progress.send_modify(|p| p.head = head);
        metrics::gauge!("consentry_indexer_head_block").set(head as f64);
        let target = head.saturating_sub(self.config.confirmations);
        let next = checkpoint.map_or(self.config.start_block, |c| c.block_number + 1);
        if next > target {
            self.verify_checkpoint().await?;
            return Ok(Step::AtHead);
        }
        let range = self.range.load(Relaxed);
        let to = target.min(next.saturating_add(range - 1));

        let Some(first) = rpc::block(&self.provider, next, max_backoff).await? else {
            return Ok(Step::AtHead);
        };
        if let Some(checkpoint) = checkpoint
            && first.parent_hash != checkpoint.block_hash
        {
            self.undo_reorg(checkpoint).await?;
            return Ok(Step::Progressed);
        }

        let started = std::time::Instant::now();
        let prefetched = self
            .prefetch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        let fetched = match prefetched {
            Some(prefetch) if (prefetch.from, prefetch.to) == (next, to) => {
                match prefetch.logs.await {
                    Ok(result) => result,
                    // The task panicked or was cancelled: ask again.
                    Err(_) => {
                        rpc::logs(
                            &self.provider,
                            &self.config.addresses,
                            next,
                            to,
                            max_backoff,
                        )
                        .await
                    }
                }
            }
            other => {
                if let Some(stale) = other {
                    stale.logs.abort();
                }
                rpc::logs(
                    &self.provider,
                    &self.config.addresses,
                    next,
                    to,
                    max_backoff,
                )
                .await
            }
        };
        let logs = match fetched {
            Ok(logs) => logs,
            Err(error) => {
                let message = error.to_string();
                let Some(advice) = rpc::range_advice(&message) else {
                    return Err(error.into());
                };
                if range == 1 {
                    return Err(SyncError::RangeRefused {
                        block: next,
                        message,
                    });
                }
                let narrower = match advice {
                    RangeAdvice::AtMost(n) => n.clamp(1, range - 1),
                    RangeAdvice::Fewer => (range / 2).max(1),
                };
                tracing::info!(from = range, to = narrower, %message, "the node refused the range; narrowing");
                metrics::counter!("consentry_indexer_range_narrowed_total").increment(1);
                self.range.store(narrower, Relaxed);
                self.successes.store(0, Relaxed);
                self.progress.send_modify(|p| p.range = narrower);
                return Ok(Step::Progressed);
            }
        };

        // Blocks within the window of the head are each fetched, remembered and chained by
        // parent hash; deeper blocks are final, and of them only the batch's ends are fetched.
        let near_from = head.saturating_sub(self.config.window).max(next + 1);
        let mut headers: Vec<BlockRef> = vec![first];
        if near_from <= to {
            for number in near_from..=to {
                let Some(block) = rpc::block(&self.provider, number, max_backoff).await? else {
                    return Ok(Step::AtHead);
                };
                let previous = headers[headers.len() - 1];
                if previous.number + 1 == number && block.parent_hash != previous.hash {
                    // The chain moved under us: start the batch again.
                    return Ok(Step::Progressed);
                }
                headers.push(block);
            }
        } else if to != next {
            let Some(block) = rpc::block(&self.provider, to, max_backoff).await? else {
                return Ok(Step::AtHead);
            };
            headers.push(block);
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
                        return Ok(Step::Progressed); // logs of another fork: start again
                    }
                    block.timestamp
                }
                (None, Some(timestamp)) => timestamp,
                (None, None) => {
                    let Some(block) = rpc::block(&self.provider, number, max_backoff).await? else {
                        return Ok(Step::AtHead);
                    };
                    if block.hash != block_hash {
                        return Ok(Step::Progressed);
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
        events.sort_by_key(|e| (e.position.block_number, e.position.log_index));
        // A provider may serve the same log twice (overlapping pages, a retried response).
        events.dedup_by_key(|e| (e.position.block_number, e.position.log_index));
        let count = events.len();
        let budget = self.config.batch_events.max(1);
        let cuts = cuts(events.iter().map(|e| e.position.block_number), budget, to);
        // Each piece's last block is its checkpoint: its header, from the headers already
        // fetched or from the node (before the next range's request makes it busy).
        let mut ends = Vec::with_capacity(cuts.len());
        for &cut in &cuts {
            let end = match known.get(&cut) {
                Some(block) => *block,
                None => {
                    let Some(block) = rpc::block(&self.provider, cut, max_backoff).await? else {
                        return Ok(Step::AtHead);
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
                return Ok(Step::Progressed); // the chain moved under us: start again
            }
            ends.push(end);
        }

        let range = self.adapt_range(range, to - next + 1, count);
        // While this range's batches commit, the next range's logs are already on their way.
        if to < target {
            let (from, until) = (to + 1, target.min(to.saturating_add(range)));
            let provider = self.provider.clone();
            let addresses = self.config.addresses.clone();
            let logs = tokio::spawn(async move {
                rpc::logs(&provider, &addresses, from, until, max_backoff).await
            });
            *self
                .prefetch
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Prefetch {
                from,
                to: until,
                logs,
            });
        }

        let mut events = events.into_iter().peekable();
        let mut piece_from = next;
        let mut piece_started = started;
        for end in ends {
            let mut piece = Vec::new();
            while let Some(event) = events.next_if(|e| e.position.block_number <= end.number) {
                piece.push(event);
            }
            let piece_count = piece.len() as u64;
            let blocks = headers
                .iter()
                .filter(|b| (piece_from..=end.number).contains(&b.number))
                .copied()
                .collect();
            let batch = Batch {
                chain_id: self.chain_id,
                events: piece,
                blocks,
                last: end,
            };
            self.store.commit(batch, self.config.window).await?;

            metrics::counter!("consentry_indexer_events_total").increment(piece_count);
            metrics::counter!("consentry_indexer_batches_total").increment(1);
            metrics::histogram!("consentry_indexer_batch_seconds")
                .record(piece_started.elapsed().as_secs_f64());
            metrics::gauge!("consentry_indexer_checkpoint_block").set(end.number as f64);
            metrics::gauge!("consentry_indexer_blocks_behind")
                .set(head.saturating_sub(end.number) as f64);
            tracing::debug!(
                from = piece_from,
                to = end.number,
                events = piece_count,
                "batch stored"
            );
            self.progress.send_modify(|p| {
                p.checkpoint = Some(end.number);
                p.events += piece_count;
            });
            piece_from = end.number + 1;
            piece_started = std::time::Instant::now();
        }
        Ok(Step::Progressed)
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
