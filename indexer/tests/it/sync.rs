//! The indexer against a real anvil, every case on SQLite and on PostgreSQL: a workload
//! mirrored exactly (events, projections, access decisions equal to `checkAccess`) and the head
//! followed.

use std::time::Duration;

use alloy::{primitives::B256, providers::ext::AnvilApi};
use consentry_store::{Store, projection::Kind};
use consentry_testkit::*;
use serde_json::json;

on_both_stores!(
    mirrors_a_workload_and_follows_the_head,
    answers_random_access_questions_as_the_contract_does,
    follows_the_head_by_websocket_subscription,
    stays_the_configured_blocks_behind_the_head,
);

async fn follows_the_head_by_websocket_subscription(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    let store = Store::connect(url).await.unwrap();
    let mut config = chain.config();
    config.subscribe = true;
    config.poll_interval = Duration::from_secs(3600); // only the subscription can wake it
    let ws = chain.anvil.ws_endpoint();
    assert!(consentry_indexer::rpc::is_websocket(&ws));
    let provider = consentry_indexer::rpc::connect_any(&ws, Duration::from_secs(10))
        .await
        .unwrap();
    let indexer = consentry_indexer::Indexer::new(provider, store.clone(), config)
        .await
        .unwrap();
    indexer.catch_up().await.unwrap();
    let (stop, running) = following(indexer);
    tokio::time::sleep(Duration::from_millis(200)).await; // subscribed and waiting
    workload(&chain, 0).await;
    let head = chain.head().await;
    wait_for_checkpoint(&store, head, 20, "new heads wake the indexer").await;
    // More new heads at once than the client buffers (alloy keeps 16): the indexer, busy with
    // the first, misses some. Missed heads still mean "there is more": it keeps following.
    chain.provider.anvil_mine(Some(100), None).await.unwrap();
    workload(&chain, 1).await;
    let head = chain.head().await;
    wait_for_checkpoint(&store, head, 20, "a burst of new heads wakes the indexer").await;
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    assert_mirrors(&chain, &store).await;
}

async fn answers_random_access_questions_as_the_contract_does(url: &str) {
    use consentry_sdk::vocabulary::{Action, Category, EmergencyReason, Purpose};
    use rand::{Rng, SeedableRng, rngs::StdRng};

    let seed: u64 = std::env::var("CONSENTRY_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    eprintln!("random workload seed {seed} (CONSENTRY_SEED={seed} replays it)");
    let mut rng = StdRng::seed_from_u64(seed);
    let chain = Chain::start().await;
    organisations(&chain).await;
    let authority = chain.client(AUTHORITY);
    let doctor = chain.client(DOCTOR);
    let categories = [
        Category::Laboratory,
        Category::Imaging,
        Category::Conditions,
        Category::MentalHealth,
        Category::Medications,
    ];
    for _ in 0..100 {
        let who = PATIENTS[rng.random_range(0..PATIENTS.len())];
        let patient = chain.address(who);
        let org = if rng.random_bool(0.5) { HOSPITAL } else { LAB };
        let now = now(&chain).await;
        let client = chain.client(who);
        // Refusals (narrowing a missing consent, closing nothing, ...) are part of the game.
        let _ = match rng.random_range(0..10) {
            0..=3 => {
                let mask: u32 = rng.random_range(1..32);
                let names: Vec<String> = categories
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, c)| c.to_string())
                    .collect();
                let from = now.saturating_sub(rng.random_range(0..3_600));
                let until = now + rng.random_range(1..86_400 * 30);
                let actions = ["read", "write", "read,write"][rng.random_range(0..3)];
                let purposes = ["TREAT", "TREAT,HPAYMT", "all"][rng.random_range(0..3)];
                client
                    .grant(
                        patient,
                        org,
                        &terms(&names.join(","), purposes, actions, from, until),
                    )
                    .await
                    .map(|_| ())
            }
            4 => client.revoke(patient, org).await.map(|_| ()),
            5 => client
                .narrow(
                    patient,
                    org,
                    &terms("laboratory", "TREAT", "read", now, now + 3_600),
                )
                .await
                .map(|_| ()),
            6 => doctor
                .open_emergency(patient, EmergencyReason::LifeThreatening, B256::ZERO)
                .await
                .map(|_| ()),
            7 => doctor.close_emergency(patient, HOSPITAL).await.map(|_| ()),
            8 => {
                if rng.random_bool(0.3) {
                    authority.suspend(org, B256::ZERO).await.map(|_| ())
                } else {
                    authority.reinstate(org).await.map(|_| ())
                }
            }
            _ => {
                let seconds = rng.random_range(60..21_600);
                chain.provider.anvil_increase_time(seconds).await.unwrap();
                chain.provider.anvil_mine(Some(1), None).await.unwrap();
                Ok(())
            }
        };
    }
    // The random history ends with every organisation active and a fresh random consent from
    // each patient to each, so that some questions are allowed and the comparison has teeth.
    let _ = authority.reinstate(HOSPITAL).await;
    let _ = authority.reinstate(LAB).await;
    let mut granted = std::collections::HashMap::new();
    for &who in &PATIENTS {
        for org in [HOSPITAL, LAB] {
            let now = now(&chain).await;
            let mask: u32 = rng.random_range(1..32);
            let chosen: Vec<Category> = categories
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, c)| *c)
                .collect();
            let names: Vec<String> = chosen.iter().map(|c| c.to_string()).collect();
            let actions = ["read", "write", "read,write"][rng.random_range(0..3)];
            chain
                .client(who)
                .grant(
                    chain.address(who),
                    org,
                    &terms(&names.join(","), "TREAT", actions, now - 60, now + 86_400),
                )
                .await
                .unwrap();
            granted.insert((who, org), chosen);
        }
    }
    let store = Store::connect(url).await.unwrap();
    chain
        .indexer(&store, chain.config())
        .await
        .catch_up()
        .await
        .unwrap();
    let time = now(&chain).await;
    let mut allowed = 0;
    for query in 0..200 {
        let who = PATIENTS[rng.random_range(0..PATIENTS.len())];
        let patient = chain.address(who);
        let org = [HOSPITAL, LAB, 3][rng.random_range(0..3)];
        // Half the questions ask about a category the patient granted, half about any.
        let category = match granted.get(&(who, org)) {
            Some(chosen) if query % 2 == 0 => chosen[rng.random_range(0..chosen.len())],
            _ => categories[rng.random_range(0..categories.len())],
        };
        // Mostly treatment, as in practice; emergency and payment too.
        let purpose = [
            Purpose::Treat,
            Purpose::Treat,
            Purpose::Treat,
            Purpose::Etreat,
            Purpose::Hpaymt,
        ][rng.random_range(0..5)];
        let action = if rng.random_bool(0.5) {
            Action::Read
        } else {
            Action::Write
        };
        let on_chain = same_answer(
            &authority,
            &store,
            patient,
            org,
            category,
            purpose,
            action,
            time,
            &format!("seed {seed}: "),
        )
        .await;
        allowed += usize::from(on_chain.allows());
    }
    eprintln!("{allowed} of 200 random questions were allowed");
    assert!(
        allowed > 0,
        "seed {seed}: the workload allowed something to compare"
    );
}

/// With `confirmations` N, the store follows the head N blocks behind: it holds exactly the
/// events up to head − N, and the rest once N more blocks are mined.
async fn stays_the_configured_blocks_behind_the_head(url: &str) {
    use alloy::providers::Provider;
    const BEHIND: u64 = 4;
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let head = chain.head().await;
    let on_chain = |to: u64| {
        let filter = alloy::rpc::types::Filter::new()
            .address(chain.config().addresses)
            .from_block(0u64)
            .to_block(to);
        let provider = chain.provider.clone();
        async move {
            let logs = provider.get_logs(&filter).await.unwrap();
            logs.iter()
                .map(|l| (l.block_number.unwrap(), l.log_index.unwrap()))
                .collect::<Vec<_>>()
        }
    };
    let stored = |store: Store| async move {
        let positions = store.event_positions().await.unwrap();
        positions
            .into_iter()
            .map(|(block, index, _, _)| (block, index))
            .collect::<Vec<_>>()
    };
    let store = Store::connect(url).await.unwrap();
    let mut config = chain.config();
    config.confirmations = BEHIND;
    let indexer = chain.indexer(&store, config).await;
    indexer.catch_up().await.unwrap();
    let checkpoint = store.checkpoint().await.unwrap().unwrap();
    assert_eq!(checkpoint.block_number, head - BEHIND);
    let held = stored(store.clone()).await;
    assert_eq!(held, on_chain(head - BEHIND).await);
    // The workload's last blocks hold events: some are not stored yet.
    assert!(held.len() < on_chain(head).await.len());

    chain.provider.anvil_mine(Some(BEHIND), None).await.unwrap();
    indexer.catch_up().await.unwrap();
    assert_eq!(
        store.checkpoint().await.unwrap().unwrap().block_number,
        head
    );
    assert_eq!(stored(store.clone()).await, on_chain(head).await);
}

async fn mirrors_a_workload_and_follows_the_head(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let store = Store::connect(url).await.unwrap();
    let mut config = chain.config();
    config.initial_range = 3; // several batches, widening as it goes
    let indexer = chain.indexer(&store, config).await;
    indexer.catch_up().await.unwrap();
    assert_mirrors(&chain, &store).await;

    // Projections, spot-checked against what the workload did.
    let first = chain.address(PATIENTS[0]);
    let consent = store
        .current(
            Kind::Consent,
            &consentry_store::projection::pair_key(first, HOSPITAL),
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(consent["categories"], json!(["laboratory"]), "narrowed");
    assert_eq!(consent["change"], "ConsentExtended");
    let history = store
        .history(
            Kind::Consent,
            &consentry_store::projection::pair_key(first, HOSPITAL),
        )
        .await
        .unwrap();
    assert_eq!(history.len(), 3, "granted, narrowed, extended");
    let records = store
        .currents(Kind::Record, Some(first), None)
        .await
        .unwrap();
    let statuses: Vec<&str> = records
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses.len(), 2);
    assert!(statuses.contains(&"current") && statuses.contains(&"entered-in-error"));
    let second = chain.address(PATIENTS[1]);
    let requests = store
        .currents(Kind::Request, Some(second), None)
        .await
        .unwrap();
    let mut outcomes: Vec<&str> = requests
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    outcomes.sort();
    assert_eq!(outcomes, ["approved", "denied"]);
    let lab_consents = store
        .currents(Kind::Consent, None, Some(LAB))
        .await
        .unwrap();
    assert_eq!(lab_consents.len(), 3);
    assert_eq!(
        lab_consents.iter().filter(|c| c["granted"] == true).count(),
        2,
        "one patient revoked the lab"
    );
    assert_eq!(
        store
            .currents(Kind::Emergency, None, Some(HOSPITAL))
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .currents(Kind::Organization, None, None)
            .await
            .unwrap()
            .len(),
        2
    );

    // Following: a second round is picked up while the indexer runs.
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let mut progress;
    let running = {
        let store = store.clone();
        let mut config = chain.config();
        config.initial_range = 1000;
        // Batches of two events: the round's range is committed in several, each with its
        // checkpoint, and the next range narrows.
        config.batch_events = 2;
        let indexer = chain.indexer(&store, config).await;
        progress = indexer.progress();
        tokio::spawn(async move {
            indexer
                .run(async {
                    let _ = stopped.await;
                })
                .await
        })
    };
    workload(&chain, 1).await;
    let head = chain.head().await;
    wait_for_checkpoint(&store, head, 30, "the indexer follows the head").await;
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    let progress = *progress.borrow_and_update();
    assert!(progress.range < 1000, "narrowed to {}", progress.range);
    assert!(progress.events > 2);
    assert_mirrors(&chain, &store).await;
}
