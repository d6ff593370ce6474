//! The indexer's numbers on a real anvil: backfill events/s for SQLite and PostgreSQL next to
//! the raw `eth_getLogs` + decode rate of the same chain, head latency (block mined to row
//! committed), and peak memory. A scripted run that prints a table, not a timed test:
//!
//! ```sh
//! cargo bench -p consentry-indexer --bench backfill            # 200,000 events, 3 rounds
//! CONSENTRY_BENCH_EVENTS=20000 cargo bench -p consentry-indexer --bench backfill
//! CONSENTRY_BENCH_ROUNDS=5 CONSENTRY_BENCH_STORES=sqlite cargo bench -p consentry-indexer --bench backfill
//! RUST_LOG=consentry_indexer=debug cargo bench -p consentry-indexer --bench backfill  # each batch, each phase
//! ```
//!
//! Each round backfills a fresh store of each kind, each straight after a raw pass of its own
//! and compared with it; the median of the rounds is the result.
//!
//! PostgreSQL: `DATABASE_URL=postgres://...` (a server to create databases on), else a
//! throwaway cluster is started from the installed binaries.
//!
//! Generating the chain takes about three minutes. To keep it between runs, start anvil by hand
//! with the benchmark's flags and point the benchmark at it: the first run generates the chain
//! there, later runs find it and skip to the measurements.
//!
//! ```sh
//! anvil --port 8700 --hardfork prague --gas-limit 100000000 --prune-history &
//! CONSENTRY_BENCH_RPC_URL=http://127.0.0.1:8700 cargo bench -p consentry-indexer --bench backfill
//! ```
#![allow(missing_docs, clippy::unwrap_used)]

use std::{
    path::PathBuf,
    time::{Duration, Instant},
};

use alloy::{
    node_bindings::Anvil,
    primitives::B256,
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::Filter,
    signers::local::{MnemonicBuilder, PrivateKeySigner, coins_bip39::English},
};
use consentry_indexer::{SyncConfig, rpc};
use consentry_sdk::{
    bindings::{
        consent_registry::ConsentRegistry, organization_registry::OrganizationRegistry,
        record_registry::RecordRegistry,
    },
    client::content_hash,
    eip712::{self, GrantConsent},
    types::ConsentTerms,
    vocabulary::{ActionSet, CategorySet, PurposeSet},
};
use consentry_store::{
    Store,
    decode::{EventRow, Position},
};

/// The allocator the `consentry` binary runs with.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn provider(url: &str, signer: PrivateKeySigner) -> DynProvider {
    ProviderBuilder::new()
        .wallet(signer)
        .connect_http(url.parse().unwrap())
        .erased()
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_owned))
        })
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// CPU seconds used so far by this process, by anvil and by PostgreSQL's server processes
/// (from `/proc`, in Linux's fixed 100 ticks a second): where the cores went during a phase.
fn cpu_seconds() -> [f64; 3] {
    let mut used = [0.0; 3];
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return used;
    };
    let me = std::process::id().to_string();
    for entry in entries.flatten() {
        let pid = entry.file_name();
        let Some(pid) = pid
            .to_str()
            .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // "pid (comm) state ppid ...": utime and stime are the 14th and 15th fields.
        let Some((head, tail)) = stat.rsplit_once(") ") else {
            continue;
        };
        let comm = head.split_once(" (").map_or("", |(_, comm)| comm);
        let fields: Vec<&str> = tail.split_whitespace().collect();
        let ticks: f64 =
            fields[11].parse::<f64>().unwrap_or(0.0) + fields[12].parse::<f64>().unwrap_or(0.0);
        let slot = match comm {
            _ if pid == me => 0,
            "anvil" => 1,
            "postgres" => 2,
            _ => continue,
        };
        used[slot] += ticks / 100.0;
    }
    used
}

fn cpu_since(before: [f64; 3]) -> String {
    let now = cpu_seconds();
    // A process that exited in between (PostgreSQL's autovacuum workers come and go) takes
    // its time with it: a sum that fell is shown as nothing rather than as a negative.
    let spent = |slot: usize| (now[slot] - before[slot]).max(0.0);
    format!(
        "CPU: this process {:.2} s, anvil {:.2} s, PostgreSQL {:.2} s",
        spent(0),
        spent(1),
        spent(2)
    )
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The flags of the benchmark's anvil (and of one started by hand for CONSENTRY_BENCH_RPC_URL).
const ANVIL_ARGS: [&str; 5] = [
    "--hardfork",
    "prague",
    "--gas-limit",
    "100000000",
    "--prune-history",
];

/// Deploys the suite (the authority's first two deployments), accredits a hospital with a
/// physician, then writes the events: signed grants from many patients (`ConsentGranted`) and
/// read receipts for 256 records a transaction (`RecordAccessed`), until `target`. By default
/// the read receipts are spread among the grants, as a hospital's day mixes them; with `tail`
/// they all come after the grants, so the chain turns from one event a block to 256 at once
/// (the worst case for sizing ranges by what came before).
async fn generate(
    url: &str,
    target: usize,
    tail: bool,
    [authority, admin, doctor, patient]: [&PrivateKeySigner; 4],
    terms: &ConsentTerms,
) {
    let deployer = provider(url, authority.clone());
    let orgs =
        OrganizationRegistry::deploy(deployer.clone(), authority.address(), authority.address())
            .await
            .unwrap();
    let consents_address = orgs.consents().call().await.unwrap();
    let records = RecordRegistry::deploy(deployer.clone(), *orgs.address())
        .await
        .unwrap();
    orgs.accredit(
        1,
        admin.address(),
        true,
        "St Mary's".into(),
        "https://h.example".into(),
    )
    .send()
    .await
    .unwrap()
    .get_receipt()
    .await
    .unwrap();
    OrganizationRegistry::new(*orgs.address(), provider(url, admin.clone()))
        .addPractitioner(1, doctor.address(), 1)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    ConsentRegistry::new(consents_address, provider(url, patient.clone()))
        .grant(patient.address(), 1, terms.to_sol())
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();

    let hospital = provider(url, doctor.clone());
    let consents = ConsentRegistry::new(consents_address, hospital.clone());
    let records = RecordRegistry::new(*records.address(), hospital.clone());
    let domain = consent_domain(&deployer, consents_address).await;
    let mut pending = Vec::new();
    let mut ids = Vec::new();
    for i in 0..256u32 {
        let hash = content_hash(&i.to_be_bytes());
        pending.push(
            records
                .addRecord(patient.address(), 7, 2, hash, B256::ZERO, 1)
                .gas(300_000)
                .send()
                .await
                .unwrap(),
        );
        ids.push(consentry_sdk::client::record_id(
            patient.address(),
            1,
            consentry_sdk::vocabulary::Category::Imaging,
            hash,
        ));
    }
    let grants = (target / 20).min(10_000);
    let receipts = target.saturating_sub(grants + 256).div_ceil(256);
    let mut receipts_sent = 0;
    for i in 0..grants {
        let signer = PrivateKeySigner::random();
        let message = GrantConsent::new(signer.address(), 1, terms, 0, 4_000_000_000);
        let signature = eip712::sign(&signer, &message, &domain).await.unwrap();
        let call = consents.grantBySig(
            signer.address(),
            1,
            terms.to_sol(),
            message.nonce,
            message.deadline,
            signature,
        );
        pending.push(call.gas(200_000).send().await.unwrap());
        let due = if tail {
            if i + 1 == grants { receipts } else { 0 }
        } else {
            (i + 1) * receipts / grants
        };
        while receipts_sent < due {
            pending.push(
                records
                    .logAccess(patient.address(), ids.clone(), 1)
                    .gas(20_000_000)
                    .send()
                    .await
                    .unwrap(),
            );
            receipts_sent += 1;
            if pending.len() >= 500 {
                for p in pending.drain(..) {
                    p.get_receipt().await.unwrap();
                }
            }
        }
        if pending.len() >= 500 {
            for p in pending.drain(..) {
                p.get_receipt().await.unwrap();
            }
        }
    }
    for p in pending.drain(..) {
        p.get_receipt().await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    // The indexer's own logs (phases and their timings) with RUST_LOG=consentry_indexer=debug.
    if std::env::var_os("RUST_LOG").is_some() {
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .with_writer(std::io::stderr)
            .init();
    }
    let target: usize = std::env::var("CONSENTRY_BENCH_EVENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    // A node of our own, or CONSENTRY_BENCH_RPC_URL: an anvil started by hand with the same
    // flags, which keeps the generated chain between runs (the next run finds the suite there
    // and skips the generation).
    let external = std::env::var("CONSENTRY_BENCH_RPC_URL").ok();
    let anvil_bin = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    // No historical states: anvil would otherwise write the older ones under
    // ~/.foundry/anvil/tmp (gigabytes for this chain), and a killed anvil never deletes them.
    let anvil = external
        .is_none()
        .then(|| Anvil::new().path(anvil_bin).args(ANVIL_ARGS).spawn());
    let url = external.unwrap_or_else(|| anvil.as_ref().unwrap().endpoint());
    // anvil's own accounts, from its default mnemonic.
    let key = |i: u32| -> PrivateKeySigner {
        MnemonicBuilder::<English>::default()
            .phrase("test test test test test test test test test test test junk")
            .index(i)
            .unwrap()
            .build()
            .unwrap()
    };
    let (authority, admin, doctor, patient) = (key(0), key(1), key(2), key(3));
    let deployer = provider(&url, authority.clone());
    let terms = ConsentTerms {
        categories: CategorySet::STANDARD,
        purposes: PurposeSet::ALL,
        actions: ActionSet::ALL,
        valid_from: 0,
        valid_until: 4_000_000_000,
    };

    // The suite is the authority's first two deployments, in the first blocks of the chain.
    let orgs_address = authority.address().create(0);
    let records_address = authority.address().create(1);
    let generated = !deployer.get_code_at(orgs_address).await.unwrap().is_empty();
    let start_block = 1;
    let tail = std::env::var("CONSENTRY_BENCH_LAYOUT").is_ok_and(|layout| layout == "tail");
    if generated {
        println!("the chain at {url} was generated by an earlier run: reusing it");
    } else {
        let generating = Instant::now();
        generate(
            &url,
            target,
            tail,
            [&authority, &admin, &doctor, &patient],
            &terms,
        )
        .await;
        let head = deployer.get_block_number().await.unwrap();
        println!(
            "generated {} blocks ({} layout) in {:.1} s",
            head - start_block,
            if tail { "tail" } else { "mixed" },
            generating.elapsed().as_secs_f64()
        );
    }
    let orgs = OrganizationRegistry::new(orgs_address, deployer.clone());
    let consents_address = orgs.consents().call().await.unwrap();
    let domain = consent_domain(&deployer, consents_address).await;
    let consents = ConsentRegistry::new(consents_address, provider(&url, doctor.clone()));
    let head = deployer.get_block_number().await.unwrap();
    let addresses = vec![orgs_address, consents_address, records_address];

    // The raw rate: eth_getLogs in 2,000-block ranges and decoding, nothing stored. The first
    // pass finds anvil cold (it is slower by up to half) and is only shown. Then in each round,
    // each store's backfill comes straight after a raw pass of its own and is compared with it:
    // the machine's speed drifts (this 2-core machine has shown the same pass take 1.6 s and
    // 2.4 s within the hour), so a rate is compared with one measured beside it, not with one
    // from before the other store's backfill.
    let reader = rpc::connect(&url, Duration::from_secs(60)).unwrap();
    let raw = async || {
        let cpu = cpu_seconds();
        let started = Instant::now();
        let mut events = 0usize;
        let mut from = start_block;
        while from <= head {
            let to = head.min(from + 1_999);
            let logs = reader
                .get_logs(
                    &Filter::new()
                        .address(addresses.clone())
                        .from_block(from)
                        .to_block(to),
                )
                .await
                .unwrap();
            for log in &logs {
                let position = Position {
                    block_number: log.block_number.unwrap(),
                    block_hash: log.block_hash.unwrap(),
                    block_timestamp: log.block_timestamp.unwrap_or_default(),
                    tx_hash: log.transaction_hash.unwrap(),
                    tx_index: log.transaction_index.unwrap(),
                    log_index: log.log_index.unwrap(),
                };
                events += usize::from(EventRow::decode(position, &log.inner).is_some());
            }
            from = to + 1;
        }
        (events, started.elapsed().as_secs_f64(), cpu_since(cpu))
    };
    let (raw_events, elapsed, cpu) = raw().await;
    println!(
        "| eth_getLogs + decode (no store), cold | {raw_events} | {elapsed:.2} s | {:.0} | {cpu} |",
        raw_events as f64 / elapsed
    );

    let stores = std::env::var("CONSENTRY_BENCH_STORES").unwrap_or_default();
    let postgres = (!stores.contains("sqlite")).then(consentry_testkit::Postgres::start_durable);
    let dir = tempfile::tempdir().unwrap();
    let rounds: usize = std::env::var("CONSENTRY_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let mut ratios: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    let mut latency_stores = [None, None];
    for round in 1..=rounds {
        for (slot, name) in [(0, "SQLite"), (1, "PostgreSQL")] {
            let store_url = match slot {
                0 if !stores.contains("postgres") => format!(
                    "sqlite://{}",
                    dir.path().join(format!("bench-{round}.sqlite")).display()
                ),
                1 if let Some(postgres) = &postgres => postgres.database().await,
                _ => continue,
            };
            let store = Store::connect(&store_url).await.unwrap();
            // The rounds before left dirty pages in the kernel's cache (the SQLite files, the
            // sorts' temporary files): written out now, not by this round (whose first fsync
            // would otherwise wait for them and pay for writing them).
            let synced = std::process::Command::new("sync").status();
            if !synced.as_ref().is_ok_and(|s| s.success()) {
                println!("(no sync before the round: {synced:?})");
            }
            if slot == 1 {
                // The earlier rounds' databases stay, their pages dirty in the server's buffers
                // and its next checkpoint due: written out now, not by this round's backfill
                // (as on a server doing nothing else). Needs a superuser or pg_checkpoint.
                if let Err(error) = sqlx::query("CHECKPOINT").execute(store.pool()).await {
                    println!("(no CHECKPOINT before the round: {error})");
                }
            }
            let mut config = SyncConfig::new(addresses.clone(), start_block);
            if let Some(range) = std::env::var("CONSENTRY_BENCH_INITIAL_RANGE")
                .ok()
                .and_then(|s| s.parse().ok())
            {
                config.initial_range = range;
            }
            if let Some(events) = std::env::var("CONSENTRY_BENCH_BATCH_EVENTS")
                .ok()
                .and_then(|s| s.parse().ok())
            {
                config.batch_events = events;
            }
            let indexer =
                consentry_testkit::indexer_at(&url, &store, config, Duration::from_secs(60)).await;
            let (events, elapsed, cpu) = raw().await;
            assert_eq!(events, raw_events, "every pass reads the same chain");
            let raw_rate = events as f64 / elapsed;
            println!(
                "| round {round}: eth_getLogs + decode (no store), warm | {events} | {elapsed:.2} s | {raw_rate:.0} | {cpu} |"
            );
            let cpu = cpu_seconds();
            let started = Instant::now();
            indexer.catch_up().await.unwrap();
            let cpu = cpu_since(cpu);
            let elapsed = started.elapsed().as_secs_f64();
            let stored = store.event_count().await.unwrap();
            assert_eq!(stored as usize, raw_events, "{name} holds every event");
            assert!(
                store.deferred_indexes().await.unwrap().is_empty(),
                "{name} has every index built"
            );
            let ratio = stored as f64 / elapsed / raw_rate;
            ratios[slot].push(ratio);
            println!(
                "| round {round}: indexer backfill, {name} | {stored} | {elapsed:.2} s | {:.0} ({ratio:.2}x raw) | {cpu} |",
                stored as f64 / elapsed
            );
            latency_stores[slot] = Some((store, name));
        }
    }
    for (slot, name) in [(0, "SQLite"), (1, "PostgreSQL")] {
        let ratios = &mut ratios[slot];
        if ratios.is_empty() {
            continue;
        }
        ratios.sort_by(f64::total_cmp);
        println!(
            "| indexer backfill, {name}: median of {} rounds | | | {:.2}x raw (from {:.2}x to {:.2}x) |",
            ratios.len(),
            ratios[ratios.len() / 2],
            ratios[0],
            ratios[ratios.len() - 1]
        );
    }

    // Head latency on each store: one grant a block, the indexer following with a 20 ms poll.
    for (store, name) in latency_stores.into_iter().flatten() {
        let mut config = SyncConfig::new(addresses.clone(), start_block);
        config.poll_interval = Duration::from_millis(20);
        let indexer =
            consentry_testkit::indexer_at(&url, &store, config, Duration::from_secs(60)).await;
        let progress = indexer.progress();
        let (stop, running) = consentry_testkit::following(indexer);
        // When each checkpoint was reached, as the indexer published it.
        let reached = std::sync::Arc::new(std::sync::Mutex::new(Vec::<(u64, Instant)>::new()));
        let recorder = {
            let reached = reached.clone();
            let mut watch = progress.clone();
            tokio::spawn(async move {
                while watch.changed().await.is_ok() {
                    if let Some(checkpoint) = watch.borrow_and_update().checkpoint {
                        reached.lock().unwrap().push((checkpoint, Instant::now()));
                    }
                }
            })
        };
        let mut latencies = Vec::new();
        for _ in 0..200 {
            let signer = PrivateKeySigner::random();
            let message = GrantConsent::new(signer.address(), 1, &terms, 0, 4_000_000_000);
            let signature = eip712::sign(&signer, &message, &domain).await.unwrap();
            // anvil mines as it accepts the transaction: the send's return is the block's birth.
            let sent = consents
                .grantBySig(
                    signer.address(),
                    1,
                    terms.to_sol(),
                    message.nonce,
                    message.deadline,
                    signature,
                )
                .gas(200_000)
                .send()
                .await
                .unwrap();
            let mined = Instant::now();
            let block = sent.get_receipt().await.unwrap().block_number.unwrap();
            let committed = loop {
                let found = reached
                    .lock()
                    .unwrap()
                    .iter()
                    .find(|(checkpoint, _)| *checkpoint >= block)
                    .map(|(_, at)| *at);
                if let Some(at) = found {
                    break at;
                }
                tokio::time::sleep(Duration::from_millis(1)).await;
            };
            latencies.push(committed.saturating_duration_since(mined));
        }
        recorder.abort();
        stop.send(()).unwrap();
        running.await.unwrap().unwrap();
        latencies.sort();
        println!(
            "| head latency, {name}, 20 ms poll | 200 blocks | p50 {:.1} ms | p99 {:.1} ms |",
            percentile(&latencies, 0.5).as_secs_f64() * 1e3,
            percentile(&latencies, 0.99).as_secs_f64() * 1e3
        );
    }
    println!(
        "peak resident memory of this process: {:.0} MiB",
        peak_rss_mib()
    );
}

/// The EIP-712 domain the consent registry at `consents` publishes (its salt included).
async fn consent_domain<P: Provider>(
    provider: &P,
    consents: alloy::primitives::Address,
) -> alloy::sol_types::Eip712Domain {
    let published = ConsentRegistry::new(consents, provider)
        .eip712Domain()
        .call()
        .await
        .unwrap();
    eip712::domain(published.chainId.to(), consents, published.salt)
}
