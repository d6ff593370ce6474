//! Two indexers started at once on one empty store (issue 22), on SQLite and PostgreSQL: their
//! migrations take turns, and of their first batches one is stored and the other refused by
//! name, never a database's key error.

use consentry_store::{Batch, Store, StoreError};
use consentry_testkit::*;

use crate::store::batch_of;

on_both_stores!(two_first_batches_on_an_empty_store_one_is_stored);

/// Rounds of the race, each on a fresh store: enough for it to show on every run.
const ROUNDS: u64 = 20;

/// Two stores connected at once to a fresh database (both migrating it), then each committing
/// its first batch at once: exactly one commits, the other is refused as not following the
/// checkpoint the first left, and the store holds the first alone. The batches overlap (the
/// same events from two writers) and, every other round, hold no events (only the checkpoints
/// race).
async fn two_first_batches_on_an_empty_store_one_is_stored(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    let head = chain.head().await;
    let window = chain.config().window;
    let with_events = [
        batch_of(&chain, chain.deployed_at, head).await,
        batch_of(&chain, chain.deployed_at, head - 1).await,
    ];
    assert!(with_events.iter().all(|batch| !batch.events.is_empty()));
    for round in 0..ROUNDS {
        let url = fresh_store(url, round).await;
        let connecting = [0, 1].map(|_| {
            let url = url.clone();
            tokio::spawn(async move { Store::connect(&url).await })
        });
        let mut stores = Vec::new();
        for connected in connecting {
            let store = connected.await.unwrap();
            stores.push(store.unwrap_or_else(|e| panic!("round {round}: both connect: {e}")));
        }
        let batches = with_events.clone().map(|batch| Batch {
            events: if round % 2 == 0 {
                batch.events
            } else {
                Vec::new()
            },
            ..batch
        });
        let committing: Vec<_> = stores
            .iter()
            .zip(batches.clone())
            .map(|(store, batch)| {
                let store = store.clone();
                tokio::spawn(async move { store.commit(batch, window).await })
            })
            .collect();
        let mut outcomes = Vec::new();
        for commit in committing {
            outcomes.push(commit.await.unwrap());
        }
        let stored = match outcomes.as_slice() {
            [Ok(()), Err(_)] => &batches[0],
            [Err(_), Ok(())] => &batches[1],
            _ => panic!("round {round}: exactly one first batch commits: {outcomes:?}"),
        };
        let refused = outcomes.iter().find_map(|outcome| outcome.as_ref().err());
        assert!(
            matches!(
                refused,
                Some(StoreError::NotFollowing { expected: None, stored: Some(at) })
                    if *at == stored.last.number
            ),
            "round {round}: the other is refused as not following block {}: {refused:?}",
            stored.last.number
        );
        let store = &stores[0];
        assert_eq!(
            store.checkpoint().await.unwrap().map(|c| c.block_number),
            Some(stored.last.number),
            "round {round}"
        );
        assert_eq!(
            store.event_count().await.unwrap(),
            stored.events.len() as u64,
            "round {round}"
        );
    }
}

/// A fresh, empty store beside the one at `url`: another SQLite file in its directory, or
/// another database on its PostgreSQL server.
async fn fresh_store(url: &str, round: u64) -> String {
    use sqlx::Connection;
    if url.starts_with("sqlite:") {
        return format!("{url}.{round}");
    }
    let (server, database) = url.rsplit_once('/').unwrap();
    let fresh = format!("{database}_{round}");
    let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {fresh}")))
        .execute(&mut connection)
        .await
        .unwrap();
    format!("{server}/{fresh}")
}
