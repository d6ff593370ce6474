//! The log of practitioners' reads, written with group commit: a read waits until its log row
//! is committed (so no answer leaves without its log entry), and the reads that arrive while
//! one transaction commits share the next one, so logging costs one transaction per round, not
//! one per request.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use super::error::ApiError;
use consentry_store::{ApiRead, Store, StoreError};

/// The most rows one transaction takes.
const MAX_BATCH: usize = 1_000;

/// A read waiting for its row, and where to say whether it was committed (one store error,
/// shared by every read of the failed transaction).
type Pending = (ApiRead, oneshot::Sender<Result<(), Arc<StoreError>>>);

/// The read log's writer.
pub(super) struct ReadLog {
    queue: mpsc::UnboundedSender<Pending>,
}

impl ReadLog {
    /// Starts the writer task (within a Tokio runtime); it ends when the log is dropped.
    pub(super) fn start(store: Store) -> Self {
        let (queue, mut pending) = mpsc::unbounded_channel::<Pending>();
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MAX_BATCH);
            while pending.recv_many(&mut batch, MAX_BATCH).await > 0 {
                let (reads, acks): (Vec<ApiRead>, Vec<_>) = batch.drain(..).unzip();
                let rows = reads.len();
                let outcome = store.log_reads(reads).await.map_err(Arc::new);
                if let Err(error) = &outcome {
                    tracing::warn!(%error, rows, "the read log could not be written");
                }
                for ack in acks {
                    let _ = ack.send(outcome.clone());
                }
            }
        });
        ReadLog { queue }
    }

    /// Logs `read`, returning once it is committed.
    pub(super) async fn log(&self, read: ApiRead) -> Result<(), ApiError> {
        let (ack, committed) = oneshot::channel();
        let unavailable = |why: &dyn std::fmt::Display| {
            ApiError::unavailable(format!(
                "the read could not be logged, so it is refused: {why}"
            ))
        };
        self.queue
            .send((read, ack))
            .map_err(|_| unavailable(&"the read log has stopped"))?;
        committed
            .await
            .map_err(|_| unavailable(&"the read log has stopped"))?
            .map_err(|error| unavailable(&error))
    }
}
