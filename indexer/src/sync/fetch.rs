//! Reading a range from the node: the first block's header, the logs, and the headers the
//! reorg window and the batches need, all decoded into rows; and the next ranges, asked for
//! ahead (each in a task of its own) while the current one is decoded and committed.

use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex, MutexGuard, PoisonError, atomic::Ordering::Relaxed},
    time::Duration,
};

use alloy::{
    primitives::{Address, B256},
    providers::DynProvider,
    rpc::types::Log,
    transports::TransportError,
};
use tokio::task::JoinHandle;

use consentry_store::{
    BlockRef,
    decode::{EventRow, Position},
};

use super::{Indexer, SyncConfig, SyncError, commit};
use crate::rpc;

/// Ranges whose logs are asked for ahead of the one being decoded.
const PREFETCH_RANGES: usize = 2;

/// What fetching a range found.
#[derive(Debug)]
pub(super) enum Fetch {
    /// Its events, decoded, and the headers its batches need.
    Ready(Fetched),
    /// A block of it is not on the node yet (a lagging replica, a head that moved back).
    Missing,
    /// The chain changed while it was read: start again.
    Moved,
}

/// A range's events and the headers its batches need.
#[derive(Debug)]
pub(super) struct Fetched {
    /// The range's first block (its parent must be the checkpoint).
    pub(super) first: BlockRef,
    /// Blocks to remember for reorg detection: the first, and every block within the window
    /// of the head.
    pub(super) headers: Vec<BlockRef>,
    /// The events, in chain order, each once.
    pub(super) events: Vec<EventRow>,
    /// The last block of each batch the range is committed in.
    pub(super) ends: Vec<BlockRef>,
}

/// Why a range was not read whole: what [`Fetch`] says instead, or the node failing.
enum Unread {
    Missing,
    Moved,
    Rpc(TransportError),
}

impl From<TransportError> for Unread {
    fn from(error: TransportError) -> Self {
        Unread::Rpc(error)
    }
}

/// Reads ranges of the chain: logs, the headers they need, decoded into rows.
#[derive(Debug)]
pub(super) struct Fetcher {
    provider: DynProvider,
    addresses: Vec<Address>,
    window: u64,
    batch_events: usize,
    max_backoff: Duration,
}

impl Fetcher {
    pub(super) fn new(provider: DynProvider, config: &SyncConfig) -> Self {
        Fetcher {
            provider,
            addresses: config.addresses.clone(),
            window: config.window,
            batch_events: config.batch_events,
            max_backoff: config.max_backoff,
        }
    }

    /// Fetches blocks `from..=to` with the head at `head`: the first block's header, the logs,
    /// the headers of blocks within the window of the head, and each batch's last block.
    pub(super) async fn fetch(
        &self,
        from: u64,
        to: u64,
        head: u64,
    ) -> Result<Fetch, TransportError> {
        match self.read(from, to, head).await {
            Ok(fetched) => Ok(Fetch::Ready(fetched)),
            Err(Unread::Missing) => Ok(Fetch::Missing),
            Err(Unread::Moved) => Ok(Fetch::Moved),
            Err(Unread::Rpc(error)) => Err(error),
        }
    }

    async fn read(&self, from: u64, to: u64, head: u64) -> Result<Fetched, Unread> {
        let first = self.header(from).await?;
        let logs = rpc::logs(&self.provider, &self.addresses, from, to, self.max_backoff).await?;
        let headers = self.recent_headers(first, from, to, head).await?;
        let mut known: HashMap<u64, BlockRef> = headers.iter().map(|b| (b.number, *b)).collect();
        let events = self.decode(logs, &mut known).await?;
        let ends = self.batch_ends(&events, to, &mut known).await?;
        Ok(Fetched {
            first,
            headers,
            events,
            ends,
        })
    }

    /// Block `number`'s header, or `Missing` if the node does not have it (yet).
    async fn header(&self, number: u64) -> Result<BlockRef, Unread> {
        rpc::block(&self.provider, number, self.max_backoff)
            .await?
            .ok_or(Unread::Missing)
    }

    /// `first` (block `from`), then the headers of the blocks up to `to` within the window of
    /// `head`: each is remembered, and chained to the one before by parent hash. Deeper blocks
    /// are final, and of them only the batches' ends are fetched.
    async fn recent_headers(
        &self,
        first: BlockRef,
        from: u64,
        to: u64,
        head: u64,
    ) -> Result<Vec<BlockRef>, Unread> {
        let near_from = head.saturating_sub(self.window).max(from + 1);
        let mut headers = vec![first];
        for number in near_from..=to {
            let block = self.header(number).await?;
            let previous = headers[headers.len() - 1];
            if previous.number + 1 == number && block.parent_hash != previous.hash {
                return Err(Unread::Moved);
            }
            headers.push(block);
        }
        Ok(headers)
    }

    /// The events of `logs`, in chain order, each once. Headers fetched for their timestamps
    /// join `known`.
    async fn decode(
        &self,
        logs: Vec<Log>,
        known: &mut HashMap<u64, BlockRef>,
    ) -> Result<Vec<EventRow>, Unread> {
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
            let timestamp = self
                .timestamp(number, block_hash, log.block_timestamp, known)
                .await?;
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
        Ok(events)
    }

    /// The timestamp of block `number`, which a log places at `hash`: from the header already
    /// known, else from the log itself (`logged`), else from the node. A log of another fork
    /// than the headers means the chain moved.
    async fn timestamp(
        &self,
        number: u64,
        hash: B256,
        logged: Option<u64>,
        known: &mut HashMap<u64, BlockRef>,
    ) -> Result<u64, Unread> {
        match (known.get(&number), logged) {
            (Some(block), _) if block.hash != hash => Err(Unread::Moved),
            (Some(block), _) => Ok(block.timestamp),
            (None, Some(timestamp)) => Ok(timestamp),
            (None, None) => {
                let block = self.header(number).await?;
                if block.hash != hash {
                    return Err(Unread::Moved);
                }
                known.insert(number, block);
                Ok(block.timestamp)
            }
        }
    }

    /// The last block of each batch a range ending at `to` is committed in (its checkpoint):
    /// its header, from those already `known` or from the node, on the fork its events were
    /// logged in.
    async fn batch_ends(
        &self,
        events: &[EventRow],
        to: u64,
        known: &mut HashMap<u64, BlockRef>,
    ) -> Result<Vec<BlockRef>, Unread> {
        let cuts = commit::cuts(
            events.iter().map(|e| e.position.block_number),
            self.batch_events.max(1),
            to,
        );
        let mut ends = Vec::with_capacity(cuts.len());
        for cut in cuts {
            let end = match known.get(&cut) {
                Some(block) => *block,
                None => {
                    let block = self.header(cut).await?;
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
                return Err(Unread::Moved);
            }
            ends.push(end);
        }
        Ok(ends)
    }
}

/// The ranges asked for ahead of the one being decoded, in chain order. Their requests are
/// cancelled when they are forgotten or the indexer is dropped.
#[derive(Debug, Default)]
pub(super) struct Prefetch {
    ranges: Mutex<VecDeque<PrefetchedRange>>,
}

/// A range fetched and decoded ahead of the one being committed.
#[derive(Debug)]
struct PrefetchedRange {
    from: u64,
    to: u64,
    task: JoinHandle<Result<Fetch, TransportError>>,
}

impl Prefetch {
    fn ranges(&self) -> MutexGuard<'_, VecDeque<PrefetchedRange>> {
        self.ranges.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The range asked for ahead if it starts at `from` and ends by `target`; else none, and
    /// every range asked for ahead is forgotten.
    fn take(&self, from: u64, target: u64) -> Option<PrefetchedRange> {
        let mut ranges = self.ranges();
        match ranges.front() {
            Some(ahead) if ahead.from == from && ahead.to <= target => ranges.pop_front(),
            _ => {
                cancel(ranges.drain(..));
                None
            }
        }
    }

    /// Cancels the requests made ahead (their ranges are to be asked again, differently).
    pub(super) fn forget(&self) {
        cancel(self.ranges().drain(..));
    }

    /// Asks for the ranges after `to` (or after those already asked for), `range` blocks each
    /// and none past `target`, until [`PREFETCH_RANGES`] are on their way; each is fetched in a
    /// task of its own with the head at `head`.
    pub(super) fn ask_ahead(
        &self,
        fetcher: &Arc<Fetcher>,
        to: u64,
        target: u64,
        range: u64,
        head: u64,
    ) {
        let mut ranges = self.ranges();
        let mut after = ranges.back().map_or(to, |ahead| ahead.to);
        while ranges.len() < PREFETCH_RANGES && after < target {
            let (from, until) = (after + 1, target.min(after.saturating_add(range)));
            let fetcher = fetcher.clone();
            let task = tokio::spawn(async move { fetcher.fetch(from, until, head).await });
            ranges.push_back(PrefetchedRange {
                from,
                to: until,
                task,
            });
            after = until;
        }
    }
}

impl Drop for Prefetch {
    fn drop(&mut self) {
        self.forget();
    }
}

fn cancel(ranges: impl Iterator<Item = PrefetchedRange>) {
    for stale in ranges {
        stale.task.abort();
    }
}

impl Indexer {
    /// The head to sync towards from block `next`. The node is asked again only once the
    /// indexer has reached the head it knows: while it backfills, each request would wait
    /// behind the node's answers to the ranges asked for ahead.
    pub(super) async fn head_for(&self, next: u64) -> Result<u64, SyncError> {
        let known = self.head.load(Relaxed);
        if next <= known.saturating_sub(self.config.confirmations) {
            return Ok(known);
        }
        let head = rpc::head(&self.provider, self.config.max_backoff).await?;
        self.head.store(head, Relaxed);
        self.progress.send_modify(|p| p.head = head);
        metrics::gauge!("consentry_indexer_head_block").set(head as f64);
        Ok(head)
    }

    /// Reads on from block `next`, up to `target`: the range asked for ahead if it starts
    /// there, else one of `range` blocks. Answers the range's last block and what reading it
    /// found.
    pub(super) async fn read(
        &self,
        next: u64,
        target: u64,
        head: u64,
        range: u64,
    ) -> (u64, Result<Fetch, TransportError>) {
        match self.prefetch.take(next, target) {
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
        }
    }
}
