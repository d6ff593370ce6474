//! The commit pipeline. A range is cut into batches of about `batch_events` events, each
//! committed with its checkpoint, in order, by a task of their own: each batch is staged (its
//! events sent) while the one before is completed and committed, and the next range's task
//! starts once this one's last batch is staged. A failure drops the batches after it (their
//! transactions roll back): the store stays at the last committed batch, and the next step
//! starts there.

use std::{
    future::Future,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering::Relaxed},
    },
    time::{Duration, Instant},
};

use futures_util::{FutureExt, future::BoxFuture};
use tokio::{
    sync::watch,
    task::{JoinError, JoinHandle},
};

use consentry_store::{Batch, BlockRef, Checkpoint, Staged, Store, StoreError};

use super::{Indexer, Progress, SyncError, fetch::Fetched};

/// A range's batches being committed, in order, by a task of their own.
#[derive(Debug)]
pub(super) struct Committing {
    /// The last batch's last block: the checkpoint once they are all committed.
    last: BlockRef,
    task: JoinHandle<Result<(), StoreError>>,
    /// Becomes true once the last batch is staged.
    staged_all: watch::Receiver<bool>,
}

impl Indexer {
    /// Where the store will be once the batches in flight are committed.
    pub(super) async fn checkpoint_after_commits(&self) -> Result<Option<Checkpoint>, SyncError> {
        let committing = self.committing.lock().await.as_ref().map(|c| c.last);
        match committing {
            Some(last) => Ok(Some(Checkpoint {
                chain_id: self.chain_id,
                block_number: last.number,
                block_hash: last.hash,
            })),
            None => Ok(self.store.checkpoint().await?),
        }
    }

    /// Hands a range's `batches` to a commit task of their own, `first` being the range's first
    /// block and `head` the node's head. The previous range's batches come first: this range's
    /// task starts once the last of them is staged, and commits after them. A task that
    /// already ended is settled here, so its failure is this step's.
    pub(super) async fn hand_over(
        &self,
        batches: Vec<Batch>,
        first: BlockRef,
        head: u64,
    ) -> Result<(), SyncError> {
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
        let last = batches.last().map_or(first, |b| b.last);
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
        Ok(())
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
        Ok(joined(result)?)
    }
}

/// A range's batches, cut at `fetched.ends`: each with its events and the headers of its
/// blocks to remember, each following the one before, the first following `checkpoint`.
/// `next` is the range's first block.
pub(super) fn batches(
    chain_id: u64,
    checkpoint: Option<Checkpoint>,
    next: u64,
    fetched: Fetched,
) -> Vec<Batch> {
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
            chain_id,
            events: piece,
            blocks,
            last: end,
            follows,
        });
        follows = Some(end.number);
        piece_from = end.number + 1;
    }
    batches
}

/// The last block of each batch a range ending at `to` is committed in, given its events' block
/// numbers in order: a batch closes at the first block boundary after `budget` events (a block's
/// events are never split); the last batch ends at `to`.
pub(super) fn cuts(blocks: impl IntoIterator<Item = u64>, budget: usize, to: u64) -> Vec<u64> {
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

/// What a range's commit task needs besides its batches.
struct CommitTask {
    store: Store,
    window: u64,
    head: u64,
    progress: Arc<watch::Sender<Progress>>,
    stopping: Arc<AtomicBool>,
    /// The previous range's task: its batches are committed first, and if it fails this one
    /// commits nothing and fails with its error.
    before: Option<JoinHandle<Result<(), StoreError>>>,
    /// Told once the range's last batch is staged (or the task ended): the next range's task
    /// may start beside it.
    staged_all: watch::Sender<bool>,
}

/// Commits a range's batches in order, publishing each checkpoint as it is committed. Each
/// batch is staged (its events sent) while the one before is completed and committed.
async fn commit(batches: Vec<Batch>, task: CommitTask) -> Result<(), StoreError> {
    let CommitTask {
        store,
        window,
        head,
        progress,
        stopping,
        before,
        staged_all,
    } = task;
    let stopped = || stopping.load(Relaxed);
    let mut before: Option<BoxFuture<'static, Result<(), StoreError>>> =
        before.map(|task| async move { joined(task.await) }.boxed());
    let count = batches.len();
    for (n, batch) in batches.into_iter().enumerate() {
        if stopped() {
            break;
        }
        let (events, last) = (batch.events.len() as u64, batch.last.number);
        let earlier = async {
            match before.take() {
                Some(earlier) => earlier.await,
                None => Ok(()),
            }
        };
        let ((staged, staging), earlier) = tokio::join!(timed(store.stage(batch)), earlier);
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
        let done = Done {
            events,
            last,
            staging,
        };
        before = Some(complete(staged, window, head, done, progress.clone()).boxed());
    }
    staged_all.send_replace(true);
    match before {
        Some(last) => last.await,
        None => Ok(()),
    }
}

/// A staged batch, as its commit is reported.
struct Done {
    /// Its events.
    events: u64,
    /// Its last block: the checkpoint once committed.
    last: u64,
    /// How long staging it took.
    staging: Duration,
}

/// Completes and commits a staged batch, then reports it: metrics, a log line and the
/// progress's new checkpoint.
async fn complete(
    staged: Staged,
    window: u64,
    head: u64,
    done: Done,
    progress: Arc<watch::Sender<Progress>>,
) -> Result<(), StoreError> {
    let (committed, committing) = timed(staged.commit(window)).await;
    committed?;
    let Done {
        events,
        last,
        staging,
    } = done;
    let took = staging + committing;
    metrics::counter!("consentry_indexer_events_total").increment(events);
    metrics::counter!("consentry_indexer_batches_total").increment(1);
    metrics::histogram!("consentry_indexer_batch_seconds").record(took.as_secs_f64());
    metrics::gauge!("consentry_indexer_checkpoint_block").set(last as f64);
    metrics::gauge!("consentry_indexer_blocks_behind").set(super::blocks_behind(head, last) as f64);
    tracing::debug!(to = last, events, ?took, "batch stored");
    progress.send_modify(|p| {
        p.checkpoint = Some(last);
        p.events += events;
    });
    Ok(())
}

/// `work`'s output, and how long it took from its first poll.
async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    let started = Instant::now();
    (work.await, started.elapsed())
}

/// A commit task's result: its panic goes on unwinding here, and a task cancelled (the
/// runtime shutting down) is a crashed worker.
fn joined(result: Result<Result<(), StoreError>, JoinError>) -> Result<(), StoreError> {
    match result {
        Ok(result) => result,
        Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
        Err(_) => Err(StoreError::Database(sqlx::Error::WorkerCrashed)),
    }
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
