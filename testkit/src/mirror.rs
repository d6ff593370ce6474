//! An indexer following a chain, and the comparison of its store with the chain it mirrors.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256},
    providers::{DynProvider, Provider},
    rpc::types::Filter,
};
use consentry_indexer::{Indexer, SyncConfig, SyncError, rpc};
use consentry_sdk::{
    client::Client,
    vocabulary::{Action, Category, Purpose},
};
use consentry_store::Store;

use crate::{AUTHORITY, Chain, HOSPITAL, LAB, PATIENTS, now};

/// `indexer` following the chain in a task of its own until the sender is used or dropped.
pub fn following(
    indexer: Indexer,
) -> (
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<Result<(), SyncError>>,
) {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(async move {
        indexer
            .run(async {
                let _ = stopped.await;
            })
            .await
    });
    (stop, running)
}

/// An indexer reading from `url` (a proxy, say), each request timing out after `timeout`.
pub async fn indexer_at(
    url: &str,
    store: &Store,
    config: SyncConfig,
    timeout: Duration,
) -> Indexer {
    let provider = rpc::connect(url, timeout).unwrap();
    Indexer::new(provider, store.clone(), config).await.unwrap()
}

/// Waits until the store's checkpoint is `head` (the indexer running elsewhere), failing after
/// `seconds` with `what`.
pub async fn wait_for_checkpoint(store: &Store, head: u64, seconds: u64, what: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(seconds);
    loop {
        if let Ok(Some(checkpoint)) = store.checkpoint().await
            && checkpoint.block_number == head
        {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{what} (block {head})"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Asks the contract and the store the same access question; asserts they agree and returns
/// the answer.
#[allow(clippy::too_many_arguments)]
pub async fn same_answer(
    client: &Client<DynProvider>,
    store: &Store,
    patient: Address,
    org: u32,
    category: Category,
    purpose: Purpose,
    action: Action,
    time: u64,
    context: &str,
) -> consentry_sdk::vocabulary::Basis {
    let on_chain = client
        .check_access(patient, org, category, purpose, action)
        .await
        .unwrap();
    let mirrored = store
        .check_access(patient, org, category, purpose, action, time)
        .await
        .unwrap();
    assert_eq!(
        mirrored, on_chain,
        "{context}{patient} {org} {category} {purpose} {action}"
    );
    on_chain
}

/// Every log of the suite on `chain`, as (block number, log index, block hash).
pub async fn chain_positions(chain: &Chain) -> Vec<(u64, u64, B256)> {
    let filter = Filter::new()
        .address(vec![
            chain.addresses.organizations,
            chain.addresses.consents,
            chain.addresses.records,
        ])
        .from_block(0u64)
        .to_block(chain.head().await);
    let logs = chain.provider.get_logs(&filter).await.unwrap();
    logs.iter()
        .map(|l| {
            (
                l.block_number.unwrap(),
                l.log_index.unwrap(),
                l.block_hash.unwrap(),
            )
        })
        .collect()
}

/// Asserts the store holds exactly the chain's events (positions, hashes) and answers access
/// questions as the contract does now.
pub async fn assert_mirrors(chain: &Chain, store: &Store) {
    let expected = chain_positions(chain).await;
    let stored: Vec<(u64, u64, B256)> = store
        .event_positions()
        .await
        .unwrap()
        .into_iter()
        .map(|(b, i, h, _)| (b, i, h))
        .collect();
    assert_eq!(
        stored, expected,
        "the store holds exactly the chain's events"
    );
    let consents = chain.client(AUTHORITY);
    let time = now(chain).await;
    for &index in &PATIENTS {
        let patient = chain.address(index);
        for org in [HOSPITAL, LAB] {
            for category in [
                Category::Laboratory,
                Category::Imaging,
                Category::Conditions,
                Category::MentalHealth,
            ] {
                for purpose in [Purpose::Treat, Purpose::Etreat] {
                    for action in [Action::Read, Action::Write] {
                        same_answer(
                            &consents, store, patient, org, category, purpose, action, time, "",
                        )
                        .await;
                    }
                }
            }
        }
    }
}
