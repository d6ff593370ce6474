//! Answers matched to their requests (issue 22), on SQLite and PostgreSQL: a JSON-RPC answer
//! under another request's id, as a load balancer that mixes up its answers sends it, is
//! refused and the request made again.

use std::time::Duration;

use consentry_store::Store;
use consentry_testkit::{proxy::Proxy, *};

on_both_stores!(answers_under_another_id_are_refused_and_asked_again);

/// The first `eth_getLogs` ranges answered with another request's answer under that request's
/// id: the logs of the range's first half, each of them in the range asked for and of the
/// suite, so only the id tells it from the answer. Taken, the second half's events would be
/// lost; refused and the range asked again, the store mirrors the chain.
async fn answers_under_another_id_are_refused_and_asked_again(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let proxy = Proxy::start(&chain.anvil.endpoint()).await;
    proxy.with(|f| f.wrong_id_answers = 2);
    let store = Store::connect(url).await.unwrap();
    // The first range (2,000 blocks) reaches from the deployment to the head.
    let indexer = indexer_at(&proxy.url, &store, chain.config(), Duration::from_secs(10)).await;
    indexer.catch_up().await.unwrap();
    assert_mirrors(&chain, &store).await;
    let (unserved, ranges) = proxy.with(|f| (f.wrong_id_answers, f.ranges.clone()));
    assert_eq!(unserved, 0, "both answers under another id were served");
    // Refused by their ids, not mended by a check of their logs: the same range asked again.
    assert!(
        ranges.len() >= 3 && ranges[1..3].iter().all(|range| *range == ranges[0]),
        "the range asked again after each answer under another id: {ranges:?}"
    );
}
