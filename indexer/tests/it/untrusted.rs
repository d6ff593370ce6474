//! The node's answers checked, never taken on its word (issue 22), on SQLite and PostgreSQL:
//! each case a node that answers plausibly and wrongly, through the fault-injecting proxy,
//! ending with the store compared to the chain itself.

use std::time::{Duration, Instant};

use alloy::{
    primitives::B256,
    providers::{Provider as _, ext::AnvilApi},
    rpc::types::anvil::ReorgOptions,
};
use consentry_store::Store;
use consentry_testkit::{
    proxy::{Faults, Proxy},
    *,
};

use crate::reorg::grant_tx;

on_both_stores!(
    another_requests_logs_are_refused_and_asked_again,
    a_reorg_between_the_logs_and_the_header_reads_loses_nothing,
    a_log_index_behind_the_head_loses_nothing,
    a_range_answered_empty_once_is_asked_again,
    another_chain_behind_the_same_url_is_refused,
    logs_that_disagree_with_their_headers_are_asked_again_with_backoff,
    headers_behind_the_reported_head_are_committed_up_to_the_last,
    a_node_of_another_network_is_refused_at_start,
);

/// An `eth_getLogs` answered with another request's logs (the right id, blocks outside the
/// range asked for), as a load balancer that mixes up its backends answers, is refused and
/// asked again: nothing lost, nothing added, nothing committed as empty.
async fn another_requests_logs_are_refused_and_asked_again(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let head = chain.provider.get_block_number().await.unwrap();
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    // The first range asked for is answered with the logs of the chain's last blocks.
    let mut config = chain.config();
    config.initial_range = 8;
    let other = (head - 5, head);
    proxy.with(|f| f.answer_logs_of = Some(other));
    let store = Store::connect(url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, config, Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    let (served, first) = proxy.with(|f| (f.answer_logs_of.is_none(), f.ranges[0]));
    assert!(served, "the mixed-up answer was served");
    assert!(
        first.1 < other.0,
        "to a range that does not meet it: {first:?}"
    );
    assert_mirrors(&chain, &store).await;
}

/// Waits until `done` holds of the proxy's record, failing after ten seconds with `what`.
async fn wait_for(proxy: &Proxy, what: &str, done: impl Fn(&Faults) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !proxy.with(|f| done(f)) {
        assert!(Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// A reorg between the `eth_getLogs` of a range near the head and the header reads after it,
/// replacing blocks without the suite's logs by blocks with some, loses nothing: the range's
/// last block is read again after everything else, and a different block there means its
/// range is read again.
async fn a_reorg_between_the_logs_and_the_header_reads_loses_nothing(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    let store = Store::connect(url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();

    // Ten blocks without the suite's logs; the indexer reads their logs (none), and the
    // header reads after them wait while the last eight are replaced by blocks with grants.
    chain.provider.anvil_mine(Some(10), None).await.unwrap();
    proxy.with(|f| f.hold_headers_after_logs = true);
    let catching_up = tokio::spawn(async move { indexer.catch_up().await.map(|()| indexer) });
    wait_for(&proxy, "a header read after the logs waits", |f| {
        f.headers_waiting > 0
    })
    .await;
    let patient = chain.address(PATIENTS[1]);
    chain
        .provider
        .anvil_reorg(ReorgOptions {
            depth: 8,
            tx_block_pairs: vec![
                (grant_tx(&chain, patient, LAB, 1 << 3), 0),
                (grant_tx(&chain, patient, HOSPITAL, 1 << 5), 1),
            ],
        })
        .await
        .unwrap();
    proxy.with(|f| f.headers_held = false);
    catching_up.await.unwrap().unwrap();
    assert_mirrors(&chain, &store).await;
}

/// A node whose log index lags its head (the newest blocks' logs missing from `eth_getLogs`
/// for a while) loses nothing while the indexer follows the head: each block's bloom names the
/// suite, and a block it names but of which no log came has its logs asked for by its hash.
async fn a_log_index_behind_the_head_loses_nothing(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    proxy.with(|f| f.logs_lag = 2);
    let store = Store::connect(url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    let (stop, running) = following(indexer);
    workload(&chain, 0).await;
    let head = chain.head().await;
    wait_for_checkpoint(&store, head, 20, "the indexer reaches the head").await;
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    assert!(
        proxy.with(|f| f.calls.get("eth_getLogs").copied().unwrap_or_default())
            > proxy.with(|f| f.ranges.iter().filter(|(from, _)| *from > 0).count() as u64),
        "blocks were asked for by their hash"
    );
    assert_mirrors(&chain, &store).await;
}

/// A backfill whose range is once answered empty loses nothing: the answer is asked for again
/// (and the blocks whose headers are in hand have their blooms compared).
async fn a_range_answered_empty_once_is_asked_again(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    proxy.with(|f| f.empty_logs_once = true);
    let mut config = chain.config();
    config.window = 4;
    let store = Store::connect(url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, config, Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    assert!(
        !proxy.with(|f| f.empty_logs_once),
        "the empty answer was served"
    );
    assert_mirrors(&chain, &store).await;
}

/// A load balancer that fails over to a node of another network (the same chain id, the
/// suite at the same addresses) in the middle of a backfill, right after a header read: the
/// other chain's blocks are refused, never mixed in, and the indexer waits for its own chain;
/// once the node serves it again, the store equals it.
async fn another_chain_behind_the_same_url_is_refused(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    workload(&chain, 1).await;
    // Another network: its own genesis block, the same deployments, other patients' grants.
    let other = Chain::start_with(&["--timestamp", "1700000000"]).await;
    assert_eq!(
        other.addresses, chain.addresses,
        "the suite at the same addresses"
    );
    organisations(&other).await;
    workload(&other, 2).await;
    workload(&other, 3).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    let mut config = chain.config();
    config.window = 4;
    config.initial_range = 3;
    config.max_range = 3;
    let store = Store::connect(url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, config, Duration::from_secs(10)).await;
    proxy.with(|f| f.fail_over_after_headers = Some((7, other.anvil.endpoint())));
    let (stop, running) = following(indexer);
    wait_for(&proxy, "the node fails over", |f| f.upstream.is_some()).await;
    // Served by the other network for a while.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let stored = store.event_positions().await.unwrap();
    let ours = chain_positions(&chain).await;
    assert!(
        stored
            .iter()
            .all(|(block, index, hash, _)| ours.contains(&(*block, *index, *hash))),
        "nothing of the other chain is stored"
    );
    assert!(
        store.checkpoint().await.unwrap().unwrap().block_number < chain.head().await,
        "the backfill was cut off by the fail-over"
    );
    // The load balancer fails back.
    proxy.with(|f| f.upstream = None);
    wait_for_checkpoint(&store, chain.head().await, 20, "the indexer goes on").await;
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    assert_mirrors(&chain, &store).await;
}

/// Logs whose block hash disagrees with their block's header are read again after a wait
/// that grows, never in a tight loop; once the node agrees with itself, nothing is lost.
async fn logs_that_disagree_with_their_headers_are_asked_again_with_backoff(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    proxy.with(|f| f.log_block_hash = Some(format!("{}", B256::repeat_byte(0xee))));
    let store = Store::connect(url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    let (stop, running) = following(indexer);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let asked = proxy.with(|f| f.calls.get("eth_getLogs").copied().unwrap_or_default());
    // The waits from 100 ms doubling to the configured 500 ms: about ten tries in three
    // seconds (a tight loop made a thousand a second).
    assert!(
        (2..=20).contains(&asked),
        "{asked} eth_getLogs in three seconds"
    );
    assert_eq!(store.checkpoint().await.unwrap(), None, "nothing taken");
    proxy.with(|f| f.log_block_hash = None);
    wait_for_checkpoint(&store, chain.head().await, 20, "the indexer goes on").await;
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    assert_mirrors(&chain, &store).await;
}

/// A replica whose headers lag the head its load balancer reports has the range committed up
/// to its last header, not dropped whole on every try: the checkpoint keeps up with it.
async fn headers_behind_the_reported_head_are_committed_up_to_the_last(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    proxy.with(|f| f.header_lag = 3);
    let store = Store::connect(url).await.unwrap();
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    let head = chain.head().await;
    assert_eq!(
        store.checkpoint().await.unwrap().map(|c| c.block_number),
        Some(head - 3),
        "committed up to the last header the node gives"
    );
    // The chain moves on, the replica three blocks behind: the checkpoint follows it.
    workload(&chain, 1).await;
    indexer.catch_up().await.unwrap();
    assert_eq!(
        store.checkpoint().await.unwrap().map(|c| c.block_number),
        Some(chain.head().await - 3)
    );
    proxy.with(|f| f.header_lag = 0);
    indexer.catch_up().await.unwrap();
    assert_mirrors(&chain, &store).await;
}

/// An indexer started on a store of one network against a node of another (the same chain id,
/// another genesis block) is refused by name before it reads anything.
async fn a_node_of_another_network_is_refused_at_start(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    let store = Store::connect(url).await.unwrap();
    chain
        .indexer(&store, chain.config())
        .await
        .catch_up()
        .await
        .unwrap();
    let stored = store.event_count().await.unwrap();
    let other = Chain::start_with(&["--timestamp", "1700000000"]).await;
    let provider =
        consentry_indexer::rpc::connect(&other.anvil.endpoint(), Duration::from_secs(10)).unwrap();
    let refused = consentry_indexer::Indexer::new(provider, store.clone(), other.config()).await;
    match refused {
        Err(consentry_indexer::SyncError::Store(
            error @ consentry_store::StoreError::OtherGenesis {
                chain_id: 31337, ..
            },
        )) => assert!(error.to_string().contains("another chain 31337"), "{error}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        store.event_count().await.unwrap(),
        stored,
        "nothing touched"
    );
}
