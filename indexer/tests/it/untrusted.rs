//! The node's answers checked, never taken on its word (issue 22), on SQLite and PostgreSQL:
//! each case a node that answers plausibly and wrongly, through the fault-injecting proxy,
//! ending with the store compared to the chain itself.

use std::time::Duration;

use alloy::providers::Provider as _;
use consentry_store::Store;
use consentry_testkit::{proxy::Proxy, *};

on_both_stores!(another_requests_logs_are_refused_and_asked_again);

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
