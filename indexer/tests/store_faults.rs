//! PostgreSQL restarted under a running indexer: it reconnects by itself and loses nothing.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::*;
use consentry_indexer::Store;

#[tokio::test(flavor = "multi_thread")]
async fn postgres_restarted_under_the_indexer() {
    let cluster = Postgres::start();
    if std::env::var("DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        // Restarting is only possible on the throwaway cluster; an external database is the
        // operator's, and the other suites already ran against it.
        return;
    }
    let url = cluster.database().await;
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let store = Store::connect(&url).await.unwrap();
    let indexer = chain.indexer(&store, chain.config()).await;
    let progress = indexer.progress();
    let (stop, running) = following(indexer);
    wait_for_checkpoint(&store, chain.head().await, 60, "the indexer catches up").await;

    // The server crashes and comes straight back while blocks arrive...
    cluster.restart();
    workload(&chain, 1).await;
    // ...and then stays down longer than the pool waits for a connection (5 s).
    cluster.kill();
    workload(&chain, 2).await;
    tokio::time::sleep(Duration::from_secs(6)).await;
    cluster.resume();
    wait_for_checkpoint(&store, chain.head().await, 60, "the indexer catches up").await;
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    assert!(
        progress.borrow().store_retries > 0,
        "the restarts were felt, and ridden out"
    );
    assert_mirrors(&chain, &store).await;
}
