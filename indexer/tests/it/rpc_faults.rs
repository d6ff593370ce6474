//! The indexer behind a misbehaving provider (a fault-injecting proxy in front of anvil), each
//! case ending with the store compared to the chain itself.

use std::time::{Duration, Instant};

use alloy::{
    primitives::{B256, U256, aliases::U40},
    providers::{Provider as _, ext::AnvilApi},
    sol_types::SolEvent,
};
use consentry_sdk::bindings::consent_registry::ConsentRegistry;
use consentry_store::{Store, projection::Kind};
use consentry_testkit::{
    proxy::{Fault, Provider, Proxy},
    *,
};
use serde_json::json;

async fn setup() -> (Chain, Proxy, Store, tempfile::TempDir) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path()).await;
    (chain, proxy, store, dir)
}

#[tokio::test(flavor = "multi_thread")]
async fn rpc_errors_429_502_and_a_stall_are_retried_and_nothing_is_skipped() {
    let (chain, proxy, store, _dir) = setup().await;
    proxy.with(|f| {
        for fault in [
            (
                Some("eth_getLogs"),
                Fault::Rpc(-32000, "internal error".into()),
            ),
            (Some("eth_getLogs"), Fault::Http(502)),
            (None, Fault::Http(429)),
            (
                Some("eth_getBlockByNumber"),
                Fault::Rpc(-32603, "header not found".into()),
            ),
            (Some("eth_getLogs"), Fault::Stall),
            (None, Fault::Http(503)),
            (Some("eth_getLogs"), Fault::Http(429)),
        ] {
            f.queue.push_back(fault);
        }
    });
    let mut config = chain.config();
    config.initial_range = 4;
    let indexer = indexer_at(&proxy.url, &store, config, Duration::from_millis(500)).await;
    let started = Instant::now();
    indexer.catch_up().await.unwrap();
    assert_eq!(proxy.with(|f| f.failed), 7, "every fault was served");
    assert!(proxy.with(|f| f.queue.is_empty()));
    // Backoff, not a tight loop: seven failures cost at least their delays and the timeout.
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert_mirrors(&chain, &store).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn block_range_limits_narrow_the_range_then_it_widens_back() {
    for provider in [
        Provider::Alchemy,
        Provider::Infura,
        Provider::QuickNode,
        Provider::Ankr,
    ] {
        let (chain, proxy, store, _dir) = setup().await;
        proxy.with(|f| f.max_range = Some((5, provider)));
        let mut config = chain.config();
        config.initial_range = 1_000;
        let indexer = indexer_at(&proxy.url, &store, config, Duration::from_secs(10)).await;
        indexer.catch_up().await.unwrap();
        assert_mirrors(&chain, &store).await;
        let ranges = proxy.with(|f| std::mem::take(&mut f.ranges));
        assert!(
            ranges.iter().any(|(a, b)| b - a + 1 > 5),
            "{provider:?}: it tried wide first"
        );
        let refused_at = ranges.iter().rposition(|(a, b)| b - a + 1 > 5).unwrap();
        assert!(
            refused_at < ranges.len() - 1,
            "{provider:?}: and then asked narrower"
        );
        if matches!(
            provider,
            Provider::Alchemy | Provider::Infura | Provider::QuickNode
        ) {
            let (a, b) = ranges[refused_at + 1];
            assert_eq!(
                b - a + 1,
                5,
                "{provider:?}: the provider's own suggestion was taken"
            );
        }

        // The limit lifts: after a few good batches the range grows again.
        proxy.with(|f| f.max_range = None);
        chain.provider.anvil_mine(Some(200), None).await.unwrap();
        indexer.catch_up().await.unwrap();
        let widest = proxy
            .with(|f| f.ranges.iter().map(|(a, b)| b - a + 1).max())
            .unwrap();
        assert!(widest > 5, "{provider:?}: widened back to {widest}");
        assert_mirrors(&chain, &store).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn result_size_limits_narrow_the_range() {
    let (chain, proxy, store, _dir) = setup().await;
    proxy.with(|f| f.max_results = Some(3));
    let mut config = chain.config();
    config.initial_range = 1_000;
    let indexer = indexer_at(&proxy.url, &store, config, Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    assert_mirrors(&chain, &store).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_head_going_backwards_is_not_a_reorg() {
    let (chain, proxy, store, _dir) = setup().await;
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    let before = store.event_positions().await.unwrap();
    let checkpoint = store.checkpoint().await.unwrap();

    // A lagging replica: the head drops five blocks, and those blocks are unknown to it.
    proxy.with(|f| f.head_lag = 5);
    indexer.catch_up().await.unwrap();
    indexer.verify_checkpoint().await.unwrap();
    assert_eq!(
        store.checkpoint().await.unwrap(),
        checkpoint,
        "nothing undone"
    );
    assert_eq!(store.event_positions().await.unwrap(), before);
    assert_eq!(indexer.progress().borrow().reorgs, 0);

    proxy.with(|f| f.head_lag = 0);
    workload(&chain, 1).await;
    indexer.catch_up().await.unwrap();
    assert_eq!(indexer.progress().borrow().reorgs, 0);
    assert_mirrors(&chain, &store).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_logs_served_twice_are_stored_once() {
    let (chain, proxy, store, _dir) = setup().await;
    proxy.with(|f| f.duplicate_logs = true);
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    assert_mirrors(&chain, &store).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn large_values_are_stored_exactly() {
    let (chain, proxy, store, _dir) = setup().await;
    // Log indexes far beyond 32 bits.
    let offset = 1u64 << 40;
    proxy.with(|f| f.log_index_offset = offset);
    // And a request event carrying the largest values its fields hold, in a real block.
    let head = chain.head().await;
    let block = chain
        .provider
        .get_block_by_number(head.into())
        .await
        .unwrap()
        .unwrap();
    let patient = chain.address(PATIENTS[0]);
    let event = ConsentRegistry::AccessRequested {
        requestId: u64::MAX,
        patient,
        orgId: u32::MAX,
        practitioner: chain.address(DOCTOR),
        categories: 1,
        purposes: 1,
        actions: 1,
        duration: U40::MAX,
        reasonHash: B256::repeat_byte(0xff),
        expiresAt: U40::MAX,
    };
    let log = event.encode_log_data();
    proxy.with(|f| {
        f.extra_logs.push(json!({
            "address": chain.addresses.consents,
            "topics": log.topics(),
            "data": log.data,
            "blockNumber": format!("0x{head:x}"),
            "blockHash": block.header.hash,
            "transactionHash": B256::repeat_byte(0xee),
            "transactionIndex": "0x0",
            "logIndex": "0x3e7",
            "removed": false,
        }))
    });
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();

    let stored = store.event_positions().await.unwrap();
    assert!(stored.iter().all(|(_, index, _, _)| *index >= offset));
    assert!(
        stored
            .iter()
            .any(|(b, index, _, _)| *b == head && *index == offset + 999),
        "the injected log at its exact index"
    );
    let request = store
        .current(Kind::Request, &u64::MAX.to_string())
        .await
        .unwrap()
        .expect("the request with the largest id");
    assert_eq!(request["requestId"].as_u64(), Some(u64::MAX));
    assert_eq!(request["orgId"].as_u64(), Some(u64::from(u32::MAX)));
    assert_eq!(request["expiresAt"].as_u64(), Some((1 << 40) - 1));
    assert_eq!(request["duration"].as_u64(), Some((1 << 40) - 1));
    let _ = U256::MAX; // no event of the suite carries a uint256
}

#[tokio::test(flavor = "multi_thread")]
async fn five_hundred_empty_blocks_move_the_checkpoint_and_nothing_else() {
    let (chain, proxy, store, _dir) = setup().await;
    let mut config = chain.config();
    config.window = 16;
    let indexer = indexer_at(&proxy.url, &store, config, Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    let events = store.event_count().await.unwrap();
    chain.provider.anvil_mine(Some(500), None).await.unwrap();
    indexer.catch_up().await.unwrap();
    assert_eq!(
        store.checkpoint().await.unwrap().unwrap().block_number,
        chain.head().await
    );
    assert_eq!(store.event_count().await.unwrap(), events);
    assert!(
        store.window().await.unwrap().len() <= 17,
        "the window stays its size"
    );
    assert_mirrors(&chain, &store).await;
}
