//! The indexer's use of the store, on SQLite and on PostgreSQL: query indexes built once a
//! backfill reaches the head, a batch staged while the one before commits, and a store written
//! by an earlier version migrated.

use std::time::Duration;

use alloy::providers::ext::AnvilApi;
use consentry_store::{Store, projection::Kind};
use consentry_testkit::*;

on_both_stores!(
    builds_its_query_indexes_once_a_backfill_reaches_the_head,
    stages_a_batch_while_the_one_before_commits,
    migrates_stored_events_to_their_blocks,
);

/// The secondary indexes of the events and versions tables, as the database lists them.
async fn event_indexes(store: &Store) -> Vec<String> {
    use sqlx::Row;
    let sql = match store.backend() {
        consentry_store::Backend::Sqlite => {
            "SELECT name FROM sqlite_master
             WHERE type = 'index' AND tbl_name IN ('events', 'versions') AND sql IS NOT NULL
             ORDER BY name"
        }
        consentry_store::Backend::Postgres => {
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
    use consentry_store::Backend;
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
        consentry_store::ORGANIZATION_EVENTS
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
        let sql = consentry_store::stat_events_sql(of_org);
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
    if store.backend() == consentry_store::Backend::Postgres {
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
pub(crate) async fn batch_of(chain: &Chain, from: u64, to: u64) -> consentry_store::Batch {
    use alloy::providers::Provider;
    use consentry_store::decode::{EventRow, Position};
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
    consentry_store::Batch {
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
            Err(consentry_store::StoreError::NotFollowing { expected, stored }) => {
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
    use consentry_store::{AccessScope, EventFilter};
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
        .join("../store/migrations")
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
