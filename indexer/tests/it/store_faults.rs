//! PostgreSQL restarted under a running indexer: it reconnects by itself and loses nothing.

use std::time::Duration;

use consentry_store::Store;
use consentry_testkit::*;

#[tokio::test(flavor = "multi_thread")]
async fn postgres_restarted_under_the_indexer() {
    // Restarting is only possible on the throwaway cluster; an external database (DATABASE_URL)
    // is the operator's, and the other suites already ran against it.
    let Some(cluster) = Postgres::start().throwaway() else {
        return;
    };
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

/// PostgreSQL, run with `synchronous_commit = off`, crashes in the middle of a backfill: it
/// comes back without the last batches it acknowledged, each whole (their rows and checkpoint
/// are one transaction). The indexer's next batch finds the store behind the checkpoint it
/// continues from; the indexer fetches those blocks again and ends with every event once.
#[tokio::test(flavor = "multi_thread")]
async fn postgres_losing_its_last_commits_mid_backfill() {
    use alloy::providers::ext::AnvilApi;
    use consentry_testkit::proxy::{Provider, Proxy};

    let Some(cluster) = Postgres::start_asynchronous().throwaway() else {
        return;
    };
    let url = cluster.database().await;
    let chain = Chain::start().await;
    organisations(&chain).await;
    for round in 0..3 {
        workload(&chain, round).await;
        chain.provider.anvil_mine(Some(100), None).await.unwrap();
    }
    let head = chain.head().await;
    // A slow node serving three blocks at a time: a backfill of over a hundred batches that
    // lasts seconds, the crash landing among them.
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    proxy.with(|f| {
        f.max_range = Some((3, Provider::QuickNode));
        f.logs_delay = Duration::from_millis(15);
    });
    let mut config = chain.config();
    config.initial_range = 3;
    let store = Store::connect(&url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, config, Duration::from_secs(10)).await;
    let progress = indexer.progress();
    let (stop, running) = following(indexer);
    let third = chain.deployed_at + (head - chain.deployed_at) / 3;
    loop {
        if let Ok(Some(checkpoint)) = store.checkpoint().await
            && checkpoint.block_number >= third
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // The node stops answering: the ranges already fetched commit, and the indexer waits for
    // the next with nothing in flight...
    proxy.with(|f| f.logs_paused = true);
    let acknowledged = loop {
        let before = progress.borrow().checkpoint;
        tokio::time::sleep(Duration::from_millis(100)).await;
        if progress.borrow().checkpoint == before {
            break before.unwrap();
        }
    };
    // ...when the server crashes, losing the last of those commits.
    cluster.restart();
    let kept = store.checkpoint().await.unwrap().map(|c| c.block_number);
    assert!(
        kept < Some(acknowledged) && acknowledged < head,
        "the crash lost commits in the middle of the backfill: {kept:?} kept, \
         {acknowledged} acknowledged, head {head}"
    );
    proxy.with(|f| f.logs_paused = false);
    wait_for_checkpoint(&store, head, 60, "the indexer catches up").await;
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    assert!(
        progress.borrow().store_retries > 0,
        "the crash was felt, and ridden out"
    );
    assert_mirrors(&chain, &store).await;
}
