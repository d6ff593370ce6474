//! Access checks from memory: the events each decision depends on (a patient's with an
//! organisation, an organisation's own) are kept decoded, and the model runs on them per
//! request at the request's time, so an expiry needs no invalidation. What the store changes
//! is forgotten by a follower that reads every newly stored event (every 100 ms): a pair or
//! an organisation with a new event is dropped; a reorg (the last block seen is no longer in
//! the store's window) drops everything. A load racing a change is caught by the block it
//! started from: an entry older than its key's last change is loaded again.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use alloy::primitives::B256;
use consentry_sdk::vocabulary::Basis;

use consentry_store::{
    AccessQuery, AccessScope, PositionedEvent, Store, StoreError, access_answer,
};

/// How often the follower reads new events.
const FOLLOW_EVERY: Duration = Duration::from_millis(100);
/// More new events than this at once (a backfill): forget everything rather than each.
const MAX_CHANGES: u32 = 10_000;

/// A cached scope's events, with what the follower had seen when they were read.
#[derive(Clone)]
struct Entry {
    events: Arc<Vec<PositionedEvent>>,
    /// The follower's block when the read started.
    seen: u64,
    /// The follower's epoch (reorgs) then.
    epoch: u64,
}

struct Shared {
    entries: moka::future::Cache<AccessScope, Entry>,
    /// The block of each scope's last change the follower saw (kept longer than any load).
    changed: moka::future::Cache<AccessScope, u64>,
    /// The last block the follower has read every event of.
    seen: AtomicU64,
    /// Bumped when everything is forgotten.
    epoch: AtomicU64,
}

/// The cache (cheap to clone); its follower stops when the last clone is dropped.
#[derive(Clone)]
pub(super) struct AccessCache {
    shared: Arc<Shared>,
}

impl AccessCache {
    /// A cache of at most `capacity` scopes over `store`, with its follower (a task).
    pub(super) fn start(store: Store, capacity: u64) -> Self {
        let shared = Arc::new(Shared {
            entries: moka::future::Cache::builder()
                .max_capacity(capacity)
                .build(),
            changed: moka::future::Cache::builder()
                .time_to_live(Duration::from_secs(60))
                .build(),
            seen: AtomicU64::new(0),
            epoch: AtomicU64::new(0),
        });
        tokio::spawn(follow(store, Arc::downgrade(&shared)));
        AccessCache { shared }
    }

    /// The access decision for `query` at `time`, from the current events.
    pub(super) async fn check(
        &self,
        store: &Store,
        query: AccessQuery,
        time: u64,
    ) -> Result<Basis, StoreError> {
        let pair = self
            .events(store, AccessScope::Pair(query.patient, query.org))
            .await?;
        let org = self
            .events(store, AccessScope::Organization(query.org))
            .await?;
        let patient = self
            .events(store, AccessScope::Patient(query.patient))
            .await?;
        access_answer(&[&pair, &org, &patient], query, time)
    }

    async fn events(
        &self,
        store: &Store,
        scope: AccessScope,
    ) -> Result<Arc<Vec<PositionedEvent>>, StoreError> {
        let shared = &self.shared;
        if let Some(entry) = shared.entries.get(&scope).await {
            let changed = shared.changed.get(&scope).await;
            let fresh = entry.epoch == shared.epoch.load(Ordering::Acquire)
                && changed.is_none_or(|block| block < entry.seen);
            if fresh {
                return Ok(entry.events);
            }
        }
        let (seen, epoch) = (
            shared.seen.load(Ordering::Acquire),
            shared.epoch.load(Ordering::Acquire),
        );
        let events = Arc::new(store.access_events(scope, None, None).await?);
        shared
            .entries
            .insert(
                scope,
                Entry {
                    events: events.clone(),
                    seen,
                    epoch,
                },
            )
            .await;
        Ok(events)
    }
}

/// Reads every newly stored event and forgets what it changes, until the cache is dropped.
async fn follow(store: Store, shared: std::sync::Weak<Shared>) {
    // Start from the store's end: nothing is cached yet.
    let mut cursor = (0u64, 0u64);
    let mut last: Option<(u64, B256)> = None;
    let mut started = false;
    loop {
        let Some(shared) = shared.upgrade() else {
            return;
        };
        match follow_once(&store, &shared, &mut cursor, &mut last, started).await {
            Ok(()) => started = true,
            Err(error) => {
                tracing::warn!(%error, "access cache: could not read changes; forgetting everything");
                forget_all(&shared).await;
            }
        }
        drop(shared);
        tokio::time::sleep(FOLLOW_EVERY).await;
    }
}

async fn forget_all(shared: &Shared) {
    shared.epoch.fetch_add(1, Ordering::AcqRel);
    shared.entries.invalidate_all();
}

async fn follow_once(
    store: &Store,
    shared: &Shared,
    cursor: &mut (u64, u64),
    last: &mut Option<(u64, B256)>,
    started: bool,
) -> Result<(), StoreError> {
    let checkpoint = store.checkpoint().await?;
    // A reorg undone since the last round: the block seen then is gone from the window.
    if let Some((number, hash)) = *last
        && !store.holds_block(number, hash).await?
    {
        forget_all(shared).await;
        *cursor = (0, 0);
    }
    *last = checkpoint.map(|c| (c.block_number, c.block_hash));
    let Some(checkpoint) = checkpoint else {
        return Ok(());
    };
    // From the end of the store, forgetting what came before: at the start (nothing is
    // cached), after a reorg, and after a flood of changes (a backfill).
    let jump = |cursor: &mut (u64, u64)| {
        *cursor = (checkpoint.block_number, u64::MAX >> 1);
        shared
            .seen
            .store(checkpoint.block_number, Ordering::Release);
    };
    if !started || *cursor == (0, 0) {
        forget_all(shared).await;
        jump(cursor);
        return Ok(());
    }
    let changes = store.changes_after(*cursor, MAX_CHANGES).await?;
    if changes.len() as u32 == MAX_CHANGES {
        forget_all(shared).await;
        jump(cursor);
        return Ok(());
    }
    for change in &changes {
        let block = change.position.0;
        let scope = match (change.name.as_str(), change.patient, change.org_id) {
            (
                "OrganizationAccredited"
                | "OrganizationSuspended"
                | "OrganizationReinstated"
                | "EmergencyCapabilitySet",
                _,
                Some(org),
            ) => Some(AccessScope::Organization(org)),
            ("EmergencyPolicySet", Some(patient), None) => Some(AccessScope::Patient(patient)),
            (_, Some(patient), Some(org)) => Some(AccessScope::Pair(patient, org)),
            _ => None,
        };
        if let Some(scope) = scope {
            shared.changed.insert(scope, block).await;
            shared.entries.invalidate(&scope).await;
        }
        *cursor = change.position;
    }
    // Every event up to the checkpoint has been read (a batch commits whole).
    shared
        .seen
        .store(checkpoint.block_number.max(cursor.0), Ordering::Release);
    if cursor.0 < checkpoint.block_number {
        *cursor = (checkpoint.block_number, u64::MAX >> 1);
    }
    Ok(())
}
