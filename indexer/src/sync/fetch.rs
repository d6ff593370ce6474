//! Reading a range from the node: the first block's header, the logs, and the headers the
//! reorg window and the batches need, all decoded into rows; and the next ranges, asked for
//! ahead (each in a task of its own) while the current one is decoded and committed.

use std::{
    collections::{HashMap, HashSet, VecDeque},
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
use crate::rpc::{self, Header};

/// Ranges whose logs are asked for ahead of the one being decoded.
const PREFETCH_RANGES: usize = 2;

/// What fetching a range found.
#[derive(Debug)]
pub(super) enum Fetch {
    /// Its events, decoded, and the headers its batches need.
    Ready(Fetched),
    /// Its first block is not on the node yet (a lagging replica, a head that moved back).
    Missing,
    /// The node's answers disagree with each other (why): the chain moved while the range was
    /// read, or the node answered for another chain or from a log index behind its headers.
    /// Read it again, after a wait.
    Disagrees(String),
}

/// A range's events and the headers its batches need.
#[derive(Debug)]
pub(super) struct Fetched {
    /// The range's first block (its parent must be the checkpoint).
    pub(super) first: BlockRef,
    /// The range's last block: the one asked for, or the last the node has a header of.
    pub(super) to: u64,
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
    Disagrees(String),
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

    /// Fetches blocks `from..=to` with the head at `head`: the headers, the logs, and each
    /// batch's last block.
    pub(super) async fn fetch(
        &self,
        from: u64,
        to: u64,
        head: u64,
    ) -> Result<Fetch, TransportError> {
        match self.read(from, to, head).await {
            Ok(fetched) => Ok(Fetch::Ready(fetched)),
            Err(Unread::Missing) => Ok(Fetch::Missing),
            Err(Unread::Disagrees(why)) => Ok(Fetch::Disagrees(why)),
            Err(Unread::Rpc(error)) => Err(error),
        }
    }

    /// The headers first, ending at the range's last block (its anchor); then the logs, each
    /// matched to its block's header, and the blocks whose bloom names the suite but of which
    /// no log came asked again; last, the anchor again. A block's hash fixes every block
    /// before it: if the anchor is the same at the end as at the start, every answer in
    /// between was of one chain, and no reorg replaced any of the range's blocks meanwhile.
    async fn read(&self, from: u64, to: u64, head: u64) -> Result<Fetched, Unread> {
        let (headers, anchor) = self.headers(from, to, head).await?;
        let to = anchor.block.number;
        let mut known: HashMap<u64, Header> = headers
            .iter()
            .chain([&anchor])
            .map(|header| (header.block.number, *header))
            .collect();
        let logs = self.range_logs(from, to, known.len()).await?;
        let (events, ends) = self.account_for(logs, to, &mut known).await?;
        match self.header(to).await {
            Ok(again) if again.block.hash == anchor.block.hash => {}
            Ok(_) | Err(Unread::Missing) => {
                return Err(Unread::Disagrees(format!(
                    "block {to} changed while its range was read (a reorg, or another chain behind the same URL)"
                )));
            }
            Err(error) => return Err(error),
        }
        Ok(Fetched {
            first: headers[0].block,
            to,
            headers: headers.iter().map(|header| header.block).collect(),
            events,
            ends,
        })
    }

    /// Block `number`'s header, or `Missing` if the node does not have it (yet).
    async fn header(&self, number: u64) -> Result<Header, Unread> {
        rpc::header(&self.provider, number, self.max_backoff)
            .await?
            .ok_or(Unread::Missing)
    }

    /// The header of block `from`, then those of the blocks up to `to` within the window of
    /// `head` (each remembered, and chained to the one before by parent hash; deeper blocks
    /// are final, and of them only the batches' ends are read); and the range's anchor, the
    /// header of its last block. The range ends at the last header the node gives: a replica
    /// whose headers lag the head its load balancer reports has the range committed up to
    /// there, not dropped whole.
    async fn headers(
        &self,
        from: u64,
        to: u64,
        head: u64,
    ) -> Result<(Vec<Header>, Header), Unread> {
        let mut headers = vec![self.header(from).await?];
        let mut end = to;
        for number in head.saturating_sub(self.window).max(from + 1)..=to {
            let header = match self.header(number).await {
                Ok(header) => header,
                Err(Unread::Missing) => {
                    tracing::debug!(block = number, head, "the node has no header yet");
                    end = number - 1;
                    break;
                }
                Err(error) => return Err(error),
            };
            let previous = headers[headers.len() - 1].block;
            if previous.number + 1 == number && header.block.parent_hash != previous.hash {
                return Err(Unread::Disagrees(format!(
                    "block {number}'s parent is not the block {} the node gave before",
                    number - 1
                )));
            }
            headers.push(header);
        }
        let anchor = match headers.last() {
            Some(last) if last.block.number == end => *last,
            _ => self.header(end).await?,
        };
        Ok((headers, anchor))
    }

    /// The suite's logs in `from..=to`, of which `vouched` blocks have their header in hand.
    /// An empty answer for a range with blocks no header vouches for is asked for once more:
    /// a node that answers a range empty once (a backend without its logs yet) is not taken
    /// at its word.
    async fn range_logs(&self, from: u64, to: u64, vouched: usize) -> Result<Vec<Log>, Unread> {
        let logs = rpc::logs(&self.provider, &self.addresses, from, to, self.max_backoff).await?;
        if !logs.is_empty() || to - from < vouched as u64 {
            return Ok(logs);
        }
        Ok(rpc::logs(&self.provider, &self.addresses, from, to, self.max_backoff).await?)
    }

    /// The events of `logs` (blocks up to `to`), and the last block of each batch they are
    /// committed in. Every header in hand (`known`) whose bloom names the suite's contracts,
    /// but of which no log came, has its block's logs asked for again by its hash (a node's
    /// log index can lag its head, or answer a range empty): what comes joins the rest.
    async fn account_for(
        &self,
        mut logs: Vec<Log>,
        to: u64,
        known: &mut HashMap<u64, Header>,
    ) -> Result<(Vec<EventRow>, Vec<BlockRef>), Unread> {
        let mut asked = HashSet::new();
        loop {
            let events = self.decode(&logs, known).await?;
            // The batches' ends bring headers of their own, blooms and all.
            let ends = self.batch_ends(&events, to, known).await?;
            if !self
                .ask_where_blooms_disagree(&mut logs, &events, to, known, &mut asked)
                .await?
            {
                return Ok((events, ends));
            }
        }
    }

    /// Asks, by their hash, for the logs of the blocks in `known` (up to `to`, not `asked`
    /// already) whose bloom names the suite's contracts but of which `events` (in chain order)
    /// has none, and adds them to `logs`. Whether any block was asked about.
    async fn ask_where_blooms_disagree(
        &self,
        logs: &mut Vec<Log>,
        events: &[EventRow],
        to: u64,
        known: &HashMap<u64, Header>,
        asked: &mut HashSet<u64>,
    ) -> Result<bool, Unread> {
        let logged = |number: u64| {
            events
                .binary_search_by_key(&number, |e| e.position.block_number)
                .is_ok()
        };
        let mut unaccounted: Vec<&Header> = known
            .values()
            .filter(|header| {
                let number = header.block.number;
                number <= to
                    && !asked.contains(&number)
                    && !logged(number)
                    && header.may_hold_logs_of(&self.addresses)
            })
            .collect();
        unaccounted.sort_by_key(|header| header.block.number);
        for header in &unaccounted {
            let found = rpc::block_logs(
                &self.provider,
                &self.addresses,
                &header.block,
                self.max_backoff,
            )
            .await?;
            if !found.is_empty() {
                metrics::counter!("consentry_indexer_logs_recovered_total")
                    .increment(found.len() as u64);
                tracing::warn!(
                    block = header.block.number,
                    logs = found.len(),
                    "the node's eth_getLogs left out logs its block's bloom names; taken from the block itself"
                );
            }
            logs.extend(found);
            asked.insert(header.block.number);
        }
        Ok(!unaccounted.is_empty())
    }

    /// The events of `logs`, in chain order, each once. Headers fetched for their timestamps
    /// join `known`.
    async fn decode(
        &self,
        logs: &[Log],
        known: &mut HashMap<u64, Header>,
    ) -> Result<Vec<EventRow>, Unread> {
        let mut events = Vec::with_capacity(logs.len());
        for log in logs {
            let (Some(number), Some(block_hash), Some(log_index)) =
                (log.block_number, log.block_hash, log.log_index)
            else {
                continue; // a pending log; refused by `rpc::logs`
            };
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
        events.sort_by_key(|e| (e.position.block_number, e.position.log_index));
        // A provider may serve the same log twice (overlapping pages, a retried response, a
        // block's logs asked for again).
        events.dedup_by_key(|e| (e.position.block_number, e.position.log_index));
        Ok(events)
    }

    /// The timestamp of block `number`, which a log places at `hash`: from the header already
    /// known, else from the log itself (`logged`), else from the node. A log of another block
    /// than the header of its number is an answer of another chain, or of before a reorg.
    async fn timestamp(
        &self,
        number: u64,
        hash: B256,
        logged: Option<u64>,
        known: &mut HashMap<u64, Header>,
    ) -> Result<u64, Unread> {
        let header = match (known.get(&number), logged) {
            (Some(header), _) => *header,
            (None, Some(timestamp)) => return Ok(timestamp),
            (None, None) => {
                let header = self.header(number).await?;
                known.insert(number, header);
                header
            }
        };
        if header.block.hash != hash {
            return Err(Unread::Disagrees(format!(
                "a log of block {number} names block hash {hash}, its header {}",
                header.block.hash
            )));
        }
        Ok(header.block.timestamp)
    }

    /// The last block of each batch a range ending at `to` is committed in (its checkpoint):
    /// its header, from those already `known` or from the node, on the fork its events were
    /// logged in.
    async fn batch_ends(
        &self,
        events: &[EventRow],
        to: u64,
        known: &mut HashMap<u64, Header>,
    ) -> Result<Vec<BlockRef>, Unread> {
        let cuts = commit::cuts(
            events.iter().map(|e| e.position.block_number),
            self.batch_events.max(1),
            to,
        );
        let mut ends = Vec::with_capacity(cuts.len());
        for cut in cuts {
            let end = match known.get(&cut) {
                Some(header) => header.block,
                None => {
                    let header = self.header(cut).await?;
                    known.insert(cut, header);
                    header.block
                }
            };
            let logged = events
                .iter()
                .rev()
                .find(|e| e.position.block_number == cut)
                .map(|e| e.position.block_hash);
            if let Some(hash) = logged.filter(|hash| *hash != end.hash) {
                return Err(Unread::Disagrees(format!(
                    "a log of block {cut} names block hash {hash}, its header {}",
                    end.hash
                )));
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
