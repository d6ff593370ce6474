//! Reorgs of every shape, at the head, while backfilling and while stopped, undone on SQLite
//! and on PostgreSQL; one deeper than the window stops the indexer loudly.

use alloy::{
    primitives::{Address, U256},
    providers::ext::AnvilApi,
    rpc::types::{
        TransactionRequest,
        anvil::{ReorgOptions, TransactionData},
    },
    sol_types::SolCall,
};
use consentry_indexer::SyncError;
use consentry_sdk::bindings::consent_registry::ConsentRegistry;
use consentry_store::{Store, projection::Kind};
use consentry_testkit::*;
use serde_json::json;

on_both_stores!(
    undoes_a_reorg_that_removes_events,
    undoes_a_reorg_that_changes_an_event,
    undoes_three_reorgs_in_quick_succession,
    finds_a_reorg_that_happened_while_it_was_stopped,
    stops_loudly_at_a_reorg_deeper_than_its_window,
    rides_out_a_reorg_at_the_head_while_backfilling,
);

async fn rides_out_a_reorg_at_the_head_while_backfilling(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let store = Store::connect(url).await.unwrap();
    let mut config = chain.config();
    config.initial_range = 2;
    config.max_range = 2;
    let indexer = chain.indexer(&store, config).await;
    for _ in 0..3 {
        indexer.step().await.unwrap();
    }
    assert!(store.checkpoint().await.unwrap().unwrap().block_number + 10 < chain.head().await);
    // Far ahead of the indexer, the chain's tip is replaced.
    let patient = chain.address(PATIENTS[2]);
    chain
        .provider
        .anvil_reorg(ReorgOptions {
            depth: 4,
            tx_block_pairs: vec![(grant_tx(&chain, patient, LAB, 1 << 4), 1)],
        })
        .await
        .unwrap();
    indexer.catch_up().await.unwrap();
    assert_mirrors(&chain, &store).await;
}

async fn undoes_a_reorg_that_removes_events(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let store = Store::connect(url).await.unwrap();
    let indexer = chain.indexer(&store, chain.config()).await;
    indexer.catch_up().await.unwrap();
    let before = store.event_count().await.unwrap();

    // The last three blocks are replaced by empty ones.
    chain
        .provider
        .anvil_reorg(ReorgOptions {
            depth: 3,
            tx_block_pairs: vec![],
        })
        .await
        .unwrap();
    indexer.catch_up().await.unwrap();
    assert!(
        store.event_count().await.unwrap() < before,
        "the replaced blocks' events are gone"
    );
    assert_eq!(indexer.progress().borrow().reorgs, 1);
    assert_mirrors(&chain, &store).await;
}

/// A grant from `patient` to `org` of `categories`, as a transaction anvil signs.
pub(crate) fn grant_tx(
    chain: &Chain,
    patient: Address,
    org: u32,
    categories: u32,
) -> TransactionData {
    let call = ConsentRegistry::grantCall {
        patient,
        orgId: org,
        terms: ConsentRegistry::ConsentTerms {
            categories,
            purposes: 1,
            actions: 1,
            validFrom: alloy::primitives::aliases::U40::ZERO,
            validUntil: alloy::primitives::aliases::U40::from(4_000_000_000u64),
        },
    };
    TransactionData::JSON(
        TransactionRequest::default()
            .from(patient)
            .to(chain.addresses.consents)
            .input(call.abi_encode().into())
            .gas_limit(200_000)
            .value(U256::ZERO),
    )
}

async fn undoes_a_reorg_that_changes_an_event(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    let patient = chain.address(PATIENTS[0]);
    let client = chain.client(PATIENTS[0]);
    client
        .grant(
            patient,
            LAB,
            &terms("laboratory", "TREAT", "read", 0, 4_000_000_000),
        )
        .await
        .unwrap();
    let store = Store::connect(url).await.unwrap();
    let indexer = chain.indexer(&store, chain.config()).await;
    indexer.catch_up().await.unwrap();

    // The grant's block is replaced by one where the same patient grants imaging instead.
    chain
        .provider
        .anvil_reorg(ReorgOptions {
            depth: 1,
            tx_block_pairs: vec![(grant_tx(&chain, patient, LAB, 1 << 7), 0)],
        })
        .await
        .unwrap();
    indexer.catch_up().await.unwrap();
    let consent = store
        .current(
            Kind::Consent,
            &consentry_store::projection::pair_key(patient, LAB),
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        consent["categories"],
        json!(["imaging"]),
        "the new fork's grant"
    );
    assert_eq!(
        store
            .history(
                Kind::Consent,
                &consentry_store::projection::pair_key(patient, LAB)
            )
            .await
            .unwrap()
            .len(),
        1,
        "the replaced grant left no version behind"
    );
    assert_mirrors(&chain, &store).await;
}

async fn undoes_three_reorgs_in_quick_succession(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let store = Store::connect(url).await.unwrap();
    let indexer = chain.indexer(&store, chain.config()).await;
    indexer.catch_up().await.unwrap();
    for (round, depth) in [(1u32, 1u64), (2, 2), (3, 1)] {
        let patient = chain.address(PATIENTS[round as usize % 3]);
        chain
            .provider
            .anvil_reorg(ReorgOptions {
                depth,
                tx_block_pairs: vec![(grant_tx(&chain, patient, HOSPITAL, 1 << round), 0)],
            })
            .await
            .unwrap();
        // One step each: the indexer sees each fork only briefly.
        indexer.step().await.unwrap();
    }
    indexer.catch_up().await.unwrap();
    assert!(indexer.progress().borrow().reorgs >= 2);
    assert_mirrors(&chain, &store).await;
}

async fn finds_a_reorg_that_happened_while_it_was_stopped(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    let snapshot: U256 = chain.rpc("evm_snapshot", json!([])).await;
    workload(&chain, 0).await;
    let store = Store::connect(url).await.unwrap();
    chain
        .indexer(&store, chain.config())
        .await
        .catch_up()
        .await
        .unwrap();
    let checkpoint = store.checkpoint().await.unwrap().unwrap();

    // While it is stopped the chain forks from the snapshot and grows past the old height, so
    // a height check alone would see nothing wrong.
    let reverted: bool = chain.rpc("evm_revert", json!([snapshot])).await;
    assert!(reverted);
    workload(&chain, 7).await;
    chain.provider.anvil_mine(Some(3), None).await.unwrap();
    assert!(chain.head().await > checkpoint.block_number);

    let restarted = chain.indexer(&store, chain.config()).await;
    restarted.catch_up().await.unwrap();
    assert_eq!(restarted.progress().borrow().reorgs, 1);
    assert_mirrors(&chain, &store).await;
}

async fn stops_loudly_at_a_reorg_deeper_than_its_window(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    let snapshot: U256 = chain.rpc("evm_snapshot", json!([])).await;
    workload(&chain, 0).await;
    let store = Store::connect(url).await.unwrap();
    let mut config = chain.config();
    config.window = 4;
    let indexer = chain.indexer(&store, config.clone()).await;
    indexer.catch_up().await.unwrap();
    let before = store.event_positions().await.unwrap();

    let _: bool = chain.rpc("evm_revert", json!([snapshot])).await;
    workload(&chain, 9).await;
    let error = indexer.catch_up().await.unwrap_err();
    assert!(matches!(error, SyncError::ReorgTooDeep { .. }), "{error}");
    assert!(
        error.to_string().contains("reorg deeper than the window"),
        "{error}"
    );
    assert_eq!(
        store.event_positions().await.unwrap(),
        before,
        "nothing half-undone"
    );
    // And it stays stopped: a restart refuses too, rather than carrying on.
    let restarted = chain.indexer(&store, config).await;
    assert!(matches!(
        restarted.catch_up().await.unwrap_err(),
        SyncError::ReorgTooDeep { .. }
    ));
}
