//! The indexer against a real anvil, every case on SQLite and on PostgreSQL: a workload
//! mirrored exactly (events, projections, access decisions equal to `checkAccess`), the head
//! followed, and reorgs of every shape undone.
#![allow(clippy::unwrap_used)]

#[macro_use]
mod common;

use std::time::Duration;

use alloy::{
    primitives::{Address, B256, U256},
    providers::ext::AnvilApi,
    rpc::types::{
        TransactionRequest,
        anvil::{ReorgOptions, TransactionData},
    },
    sol_types::SolCall,
};
use common::*;
use consentry_indexer::{Store, SyncError, projection::Kind};
use consentry_sdk::bindings::consent_registry::ConsentRegistry;
use serde_json::json;

on_both_stores!(
    mirrors_a_workload_and_follows_the_head,
    undoes_a_reorg_that_removes_events,
    undoes_a_reorg_that_changes_an_event,
    undoes_three_reorgs_in_quick_succession,
    finds_a_reorg_that_happened_while_it_was_stopped,
    stops_loudly_at_a_reorg_deeper_than_its_window,
    rides_out_a_reorg_at_the_head_while_backfilling,
    answers_random_access_questions_as_the_contract_does,
    follows_the_head_by_websocket_subscription,
    builds_its_query_indexes_once_a_backfill_reaches_the_head,
    stages_a_batch_while_the_one_before_commits,
    migrates_stored_events_to_their_blocks,
    stays_the_configured_blocks_behind_the_head,
);

/// The secondary indexes of the events and versions tables, as the database lists them.
async fn event_indexes(store: &Store) -> Vec<String> {
    use sqlx::Row;
    let sql = match store.backend() {
        consentry_indexer::store::Backend::Sqlite => {
            "SELECT name FROM sqlite_master
             WHERE type = 'index' AND tbl_name IN ('events', 'versions') AND sql IS NOT NULL
             ORDER BY name"
        }
        consentry_indexer::store::Backend::Postgres => {
            "SELECT indexname::text FROM pg_indexes
             WHERE tablename IN ('events', 'versions') AND indexname NOT LIKE '%_pkey'
             ORDER BY indexname"
        }
    };
    sqlx::query(sql)
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect()
}

/// The plan of `query` (its parameters bound to zeros), as the planner would have it for a
/// large table.
async fn plan(store: &Store, query: &str, parameters: usize) -> String {
    use consentry_indexer::store::Backend;
    let mut tx = store.pool().begin().await.unwrap();
    let plan: Vec<String> = match store.backend() {
        Backend::Sqlite => {
            let mut explain =
                sqlx::query(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {query}")));
            for _ in 0..parameters {
                explain = explain.bind(0i64);
            }
            let rows = explain.fetch_all(&mut *tx).await.unwrap();
            rows.iter()
                .map(|row| sqlx::Row::get::<String, _>(row, 3))
                .collect()
        }
        Backend::Postgres => {
            // A test's table is small enough to scan: ask for the plan a large one gets.
            sqlx::query("SET LOCAL enable_seqscan = off")
                .execute(&mut *tx)
                .await
                .unwrap();
            let mut explain = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("EXPLAIN {query}")));
            for _ in 0..parameters {
                explain = explain.bind(0i64);
            }
            explain.fetch_all(&mut *tx).await.unwrap()
        }
    };
    plan.join("\n")
}

/// The index the planner seeks an organisation's own events with, for the query an access
/// check makes (`Store::access_events`).
async fn organization_events_seek(store: &Store) -> String {
    let query = format!(
        "SELECT block_number, log_index, address, topics, data FROM events
         WHERE {} AND +org_id = 1 ORDER BY block_number, log_index",
        consentry_indexer::store::ORGANIZATION_EVENTS
    );
    let plan = plan(store, &query, 0).await;
    // "SEARCH events USING INDEX events_of_organizations (name=?)" (SQLite), "Bitmap Index
    // Scan on events_of_organizations" or "Index Scan using events_by_org on events" (PostgreSQL).
    let index = plan
        .split_whitespace()
        .find(|word| word.starts_with("events_"));
    index
        .unwrap_or_else(|| panic!("no index in {plan}"))
        .to_owned()
}

async fn builds_its_query_indexes_once_a_backfill_reaches_the_head(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    // More blocks than the window: a backfill, not a follow.
    chain.provider.anvil_mine(Some(200), None).await.unwrap();
    let store = Store::connect(url).await.unwrap();
    let indexes = event_indexes(&store).await;
    assert!(indexes.len() >= 7, "{indexes:?}");
    assert!(
        indexes.contains(&"versions_by_patient".to_owned()),
        "{indexes:?}"
    );
    // The partial indexes (the organisations' own events, the records' additions) are kept
    // up, not held back.
    let partial = [
        "events_of_organizations".to_owned(),
        "events_of_records".to_owned(),
    ];
    for index in &partial {
        assert!(indexes.contains(index), "{indexes:?}");
    }
    let whole: Vec<String> = indexes
        .iter()
        .filter(|i| !partial.contains(i))
        .cloned()
        .collect();
    let mut config = chain.config();
    config.initial_range = 10_000; // the whole chain in one range
    let indexer = chain.indexer(&store, config.clone()).await;
    indexer.step().await.unwrap();
    indexer.settle().await.unwrap();
    // Every event stored, the indexes held back: dropped, their definitions kept, and the
    // answers the same without them.
    assert_eq!(store.deferred_indexes().await.unwrap(), whole);
    assert_eq!(event_indexes(&store).await, partial);
    assert_eq!(
        organization_events_seek(&store).await,
        "events_of_organizations"
    );
    // The statistics find a read's record by the partial index, for one organisation or all,
    // and the time range's blocks by their time, never scanning the events for it.
    for of_org in [false, true] {
        let sql = consentry_indexer::store::stat_events_sql(of_org);
        let plan = plan(&store, &sql, 2 + usize::from(of_org)).await;
        assert!(plan.contains("events_of_records"), "{plan}");
        assert!(plan.contains("event_blocks_by_time"), "{plan}");
    }
    assert_mirrors(&chain, &store).await;
    // Stopped before it reached the head, started again: it builds them there.
    drop(indexer);
    let indexer = chain.indexer(&store, config).await;
    indexer.catch_up().await.unwrap();
    assert!(store.deferred_indexes().await.unwrap().is_empty());
    assert_eq!(event_indexes(&store).await, indexes);
    assert_eq!(
        organization_events_seek(&store).await,
        "events_of_organizations"
    );
    assert_mirrors(&chain, &store).await;
    // PostgreSQL's planner statistics cover the columns queries filter on, not the raw log's
    // bytes (each ANALYZE would sort the widest values of the table for nothing).
    if store.backend() == consentry_indexer::store::Backend::Postgres {
        store.analyze().await.unwrap();
        let kept: Vec<String> = sqlx::query_scalar(
            "SELECT attname::text FROM pg_stats WHERE tablename = 'events' ORDER BY attname",
        )
        .fetch_all(store.pool())
        .await
        .unwrap();
        for column in ["block_number", "name", "org_id", "patient"] {
            assert!(kept.iter().any(|c| c == column), "{column}: {kept:?}");
        }
        for column in ["topics", "data", "tx_hash", "address", "account"] {
            assert!(!kept.iter().any(|c| c == column), "{column}: {kept:?}");
        }
    }

    // A store that is not empty keeps its indexes however far behind it is.
    chain.provider.anvil_mine(Some(300), None).await.unwrap();
    workload(&chain, 1).await;
    let indexer = chain.indexer(&store, chain.config()).await;
    indexer.step().await.unwrap();
    assert_eq!(event_indexes(&store).await, indexes);
    indexer.catch_up().await.unwrap();
    assert_mirrors(&chain, &store).await;
}

/// The chain's blocks `from..=to` as one batch, decoded as the indexer decodes them.
async fn batch_of(chain: &Chain, from: u64, to: u64) -> consentry_indexer::store::Batch {
    use alloy::providers::Provider;
    use consentry_indexer::decode::{EventRow, Position};
    let header = |number| async move {
        consentry_indexer::rpc::block(&chain.provider, number, Duration::from_secs(1))
            .await
            .unwrap()
            .unwrap()
    };
    let filter = alloy::rpc::types::Filter::new()
        .address(chain.config().addresses)
        .from_block(from)
        .to_block(to);
    let mut events = Vec::new();
    for log in chain.provider.get_logs(&filter).await.unwrap() {
        let block = header(log.block_number.unwrap()).await;
        let position = Position {
            block_number: block.number,
            block_hash: block.hash,
            block_timestamp: block.timestamp,
            tx_hash: log.transaction_hash.unwrap(),
            tx_index: log.transaction_index.unwrap(),
            log_index: log.log_index.unwrap(),
        };
        events.extend(EventRow::decode(position, &log.inner));
    }
    let last = header(to).await;
    consentry_indexer::store::Batch {
        chain_id: chain.provider.get_chain_id().await.unwrap(),
        events,
        blocks: vec![last],
        last,
        // The first batch of a fresh store, or the one after block `from - 1`.
        follows: (from > chain.deployed_at).then(|| from - 1),
    }
}

/// What the indexer does during a backfill, by hand: a batch is staged (on PostgreSQL its
/// events sent, in its own transaction) while the one before is still uncommitted, and
/// committed after it, from the states it left; a staged batch that is dropped (a failure
/// before it, a stop) leaves nothing behind, and can be staged again.
async fn stages_a_batch_while_the_one_before_commits(url: &str) {
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    let first_round = chain.head().await;
    // Then every consent to the hospital is extended: each new version is the one before with
    // a later end, so it can only be worked out from the first batch's states.
    let until = now(&chain).await + 86_400 * 365;
    for &index in &PATIENTS {
        let patient = chain.client(index);
        patient
            .extend(chain.address(index), HOSPITAL, until)
            .await
            .unwrap();
    }
    let second_round = chain.head().await;
    workload(&chain, 1).await;
    let head = chain.head().await;
    let window = chain.config().window;
    let one = batch_of(&chain, chain.deployed_at, first_round).await;
    let two = batch_of(&chain, first_round + 1, second_round).await;
    let three = batch_of(&chain, second_round + 1, head).await;
    let counts = (one.events.len() as u64, two.events.len() as u64);
    assert!(counts.0 > 0 && counts.1 > 0 && !three.events.is_empty());

    let store = Store::connect(url).await.unwrap();
    let (first, second) = tokio::join!(store.stage(one.clone()), store.stage(two.clone()));
    let (first, second) = (first.unwrap(), second.unwrap());
    first.commit(window).await.unwrap();
    second.commit(window).await.unwrap();
    assert_eq!(store.event_count().await.unwrap(), counts.0 + counts.1);
    // The projections are those of the same batches committed one after another.
    let dir = tempfile::tempdir().unwrap();
    let reference = format!("sqlite://{}", dir.path().join("reference.sqlite").display());
    let reference = Store::connect(&reference).await.unwrap();
    for batch in [one, two] {
        reference.commit(batch, window).await.unwrap();
    }
    same_projections(&store, &reference).await;

    // A batch commits only on top of the checkpoint it continues from: one that would leave a
    // gap, or write over blocks already stored (another writer's, or a first batch on a store
    // that holds some), is refused and leaves nothing behind.
    for follows in [Some(first_round), Some(second_round - 1), None] {
        let mut stray = three.clone();
        stray.follows = follows;
        let refused = match store.stage(stray).await {
            Ok(staged) => staged.commit(window).await,
            Err(error) => Err(error),
        };
        match refused {
            Err(consentry_indexer::store::StoreError::NotFollowing { expected, stored }) => {
                assert_eq!((expected, stored), (follows, Some(second_round)));
            }
            other => panic!("{follows:?}: {other:?}"),
        }
        assert_eq!(store.event_count().await.unwrap(), counts.0 + counts.1);
    }
    let staged = store.stage(three.clone()).await.unwrap();
    drop(staged);
    let checkpoint = store.checkpoint().await.unwrap().unwrap();
    assert_eq!(checkpoint.block_number, second_round);
    assert_eq!(store.event_count().await.unwrap(), counts.0 + counts.1);

    store
        .stage(three.clone())
        .await
        .unwrap()
        .commit(window)
        .await
        .unwrap();
    assert_mirrors(&chain, &store).await;
    reference.commit(three, window).await.unwrap();
    same_projections(&store, &reference).await;
}

/// A store written before `0011_event_blocks.sql` (each event with its block's hash and time and
/// all its topics) answers, once migrated, as a store this version wrote: the same events,
/// arguments, times, statistics and access answers.
async fn migrates_stored_events_to_their_blocks(url: &str) {
    use consentry_indexer::store::{AccessScope, EventFilter};
    let chain = Chain::start().await;
    organisations(&chain).await;
    workload(&chain, 0).await;
    // A second round an hour later: events at more than one time.
    chain.provider.anvil_increase_time(3_600).await.unwrap();
    workload(&chain, 1).await;
    let batch = batch_of(&chain, chain.deployed_at, chain.head().await).await;
    assert!(batch.events.len() > 20, "{}", batch.events.len());

    // The schema as it was (the migrations before 0011), and the events as it stored them.
    let dialect = if url.starts_with("sqlite") {
        "sqlite"
    } else {
        "postgres"
    };
    let earlier = tempfile::tempdir().unwrap();
    let migrations = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(dialect);
    for entry in std::fs::read_dir(migrations).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name.as_str() < "0011" {
            std::fs::copy(&path, earlier.path().join(name)).unwrap();
        }
    }
    sqlx::any::install_default_drivers();
    let created = if dialect == "sqlite" {
        format!("{url}?mode=rwc")
    } else {
        url.to_owned()
    };
    let pool = sqlx::AnyPool::connect(&created).await.unwrap();
    sqlx::migrate::Migrator::new(earlier.path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    for row in &batch.events {
        let position = &row.position;
        let topics: Vec<u8> = row.topics.iter().flat_map(|t| t.0).collect();
        sqlx::query(
            "INSERT INTO events (block_number, log_index, block_hash, block_timestamp, tx_hash,
               tx_index, address, topics, data, name, patient, org_id, record_id, request_id,
               account)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        )
        .bind(position.block_number as i64)
        .bind(position.log_index as i64)
        .bind(position.block_hash.to_vec())
        .bind(position.block_timestamp as i64)
        .bind(position.tx_hash.to_vec())
        .bind(position.tx_index as i64)
        .bind(row.address.to_vec())
        .bind(topics)
        .bind(row.data.to_vec())
        .bind(row.name)
        .bind(row.patient.map(|p| p.to_vec()))
        .bind(row.org_id.map(i64::from))
        .bind(row.record_id.map(|r| r.to_vec()))
        .bind(row.request_id.map(|r| r.to_string()))
        .bind(row.account.map(|a| a.to_vec()))
        .execute(&pool)
        .await
        .unwrap();
    }
    pool.close().await;

    let migrated = Store::connect(url).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let reference = format!("sqlite://{}", dir.path().join("reference.sqlite").display());
    let reference = Store::connect(&reference).await.unwrap();
    reference
        .commit(batch.clone(), chain.config().window)
        .await
        .unwrap();
    let blocks: std::collections::BTreeSet<u64> = batch
        .events
        .iter()
        .map(|e| e.position.block_number)
        .collect();
    let stored_blocks: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM event_blocks")
        .fetch_one(migrated.pool())
        .await
        .unwrap();
    assert_eq!(stored_blocks as usize, blocks.len());

    assert_eq!(
        migrated.event_positions().await.unwrap(),
        reference.event_positions().await.unwrap()
    );
    let all = EventFilter::default();
    let page = migrated
        .event_page(&all, None, false, 10_000)
        .await
        .unwrap();
    assert_eq!(page.len(), batch.events.len());
    assert_eq!(
        page,
        reference
            .event_page(&all, None, false, 10_000)
            .await
            .unwrap()
    );
    // Times: an event page from the second round's time on, and the statistics.
    let first = batch.events[0].position.block_timestamp;
    let middle = batch
        .events
        .iter()
        .map(|e| e.position)
        .find(|p| p.block_timestamp >= first + 3_600)
        .unwrap();
    let since = EventFilter {
        since: Some(middle.block_timestamp),
        ..EventFilter::default()
    };
    let later = migrated
        .event_page(&since, None, false, 10_000)
        .await
        .unwrap();
    assert!(!later.is_empty() && later.len() < page.len());
    assert!(later.iter().all(|e| e.timestamp >= middle.block_timestamp));
    assert_eq!(
        later,
        reference
            .event_page(&since, None, false, 10_000)
            .await
            .unwrap()
    );
    // The statistics' events, in no particular order.
    let stats = |store: Store| async move {
        let events = store.stat_events(0, i64::MAX as u64, None).await.unwrap();
        let mut events: Vec<String> = events.iter().map(|e| format!("{e:?}")).collect();
        events.sort();
        events
    };
    let counted = stats(migrated.clone()).await;
    assert!(
        counted
            .iter()
            .any(|e| e.contains("RecordAccessed") && e.contains("category")),
        "{counted:?}"
    );
    assert_eq!(counted, stats(reference.clone()).await);
    assert_eq!(
        migrated.block_timestamp(middle.block_number).await.unwrap(),
        Some(middle.block_timestamp)
    );
    // An access check's events, known by the second round's time and by the last's.
    let last = batch.events[batch.events.len() - 1]
        .position
        .block_timestamp;
    let scope = AccessScope::Pair(chain.address(PATIENTS[0]), HOSPITAL);
    for time in [middle.block_timestamp, last] {
        let known = |store: Store| async move {
            let events = store.access_events(scope, None, Some(time)).await.unwrap();
            (events.len(), format!("{events:?}"))
        };
        let (count, events) = known(migrated.clone()).await;
        assert_eq!((count, events), known(reference.clone()).await);
        assert!(time != last || count > 0, "no events of the pair");
    }
}

/// Asserts two stores hold the same current state of every kind of entity.
async fn same_projections(store: &Store, reference: &Store) {
    for kind in [
        Kind::Organization,
        Kind::Practitioner,
        Kind::Consent,
        Kind::Delegation,
        Kind::Request,
        Kind::Emergency,
        Kind::Policy,
        Kind::Record,
    ] {
        assert_eq!(
            store.currents(kind, None, None).await.unwrap(),
            reference.currents(kind, None, None).await.unwrap(),
            "{kind:?}"
        );
    }
}

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
            &consentry_indexer::projection::pair_key(first, HOSPITAL),
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(consent["categories"], json!(["laboratory"]), "narrowed");
    assert_eq!(consent["change"], "ConsentExtended");
    let history = store
        .history(
            Kind::Consent,
            &consentry_indexer::projection::pair_key(first, HOSPITAL),
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
fn grant_tx(chain: &Chain, patient: Address, org: u32, categories: u32) -> TransactionData {
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
            &consentry_indexer::projection::pair_key(patient, LAB),
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
                &consentry_indexer::projection::pair_key(patient, LAB)
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
