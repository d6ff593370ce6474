//! The indexer's numbers on a real anvil: backfill events/s for SQLite and PostgreSQL next to
//! the raw `eth_getLogs` + decode rate of the same chain, head latency (block mined to row
//! committed), and peak memory. A scripted run that prints a table, not a timed test:
//!
//! ```sh
//! cargo bench -p consentry-indexer --bench backfill            # 200,000 events
//! CONSENTRY_BENCH_EVENTS=20000 cargo bench -p consentry-indexer --bench backfill
//! ```
//!
//! PostgreSQL: `DATABASE_URL=postgres://...` (an empty database), else a throwaway cluster is
//! started from the installed binaries.
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
    signers::local::PrivateKeySigner,
};
use consentry_indexer::{
    Indexer, Store, SyncConfig,
    decode::{EventRow, Position},
    rpc,
};
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
    format!(
        "CPU: this process {:.2} s, anvil {:.2} s, PostgreSQL {:.2} s",
        now[0] - before[0],
        now[1] - before[1],
        now[2] - before[2]
    )
}

// The throwaway PostgreSQL cluster of the tests (or DATABASE_URL).
#[path = "../tests/common/mod.rs"]
mod common;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let target: usize = std::env::var("CONSENTRY_BENCH_EVENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let anvil_bin = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    // No historical states: anvil would otherwise write the older ones under
    // ~/.foundry/anvil/tmp (gigabytes for this chain), and a killed anvil never deletes them.
    let anvil = Anvil::new()
        .path(anvil_bin)
        .args([
            "--hardfork",
            "prague",
            "--gas-limit",
            "100000000",
            "--prune-history",
        ])
        .spawn();
    let url = anvil.endpoint();
    let key = |i: usize| -> PrivateKeySigner { anvil.keys()[i].clone().into() };
    let (authority, admin, doctor, patient) = (key(0), key(1), key(2), key(3));

    // The suite, a hospital, a physician, a patient's consent.
    let deployer = provider(&url, authority.clone());
    let orgs =
        OrganizationRegistry::deploy(deployer.clone(), authority.address(), authority.address())
            .await
            .unwrap();
    let start_block = deployer.get_block_number().await.unwrap();
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
    OrganizationRegistry::new(*orgs.address(), provider(&url, admin.clone()))
        .addPractitioner(1, doctor.address(), 1)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    let terms = ConsentTerms {
        categories: CategorySet::STANDARD,
        purposes: PurposeSet::ALL,
        actions: ActionSet::ALL,
        valid_from: 0,
        valid_until: 4_000_000_000,
    };
    ConsentRegistry::new(consents_address, provider(&url, patient.clone()))
        .grant(patient.address(), 1, terms.to_sol())
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();

    // Events: signed grants from many patients (ConsentGranted) and read receipts for 256
    // records a transaction (RecordAccessed), until the target. By default the read receipts
    // are spread among the grants, as a hospital's day mixes them; with
    // CONSENTRY_BENCH_LAYOUT=tail they all come after the grants, so the chain turns from one
    // event a block to 256 at once (the worst case for sizing ranges by what came before).
    let tail = std::env::var("CONSENTRY_BENCH_LAYOUT").is_ok_and(|layout| layout == "tail");
    let generating = Instant::now();
    let hospital = provider(&url, doctor.clone());
    let consents = ConsentRegistry::new(consents_address, hospital.clone());
    let records = RecordRegistry::new(*records.address(), hospital.clone());
    let domain = eip712::domain(anvil.chain_id(), consents_address);
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
        ids.push(consentry_sdk::client::record_id(patient.address(), hash));
    }
    let grants = (target / 20).min(10_000);
    let receipts = target.saturating_sub(grants + 256).div_ceil(256);
    let mut receipts_sent = 0;
    for i in 0..grants {
        let signer = PrivateKeySigner::random();
        let message = GrantConsent::new(signer.address(), 1, &terms, 0, 4_000_000_000);
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
    let head = deployer.get_block_number().await.unwrap();
    let addresses = vec![*orgs.address(), consents_address, *records.address()];
    println!(
        "generated {} blocks ({} layout) in {:.1} s",
        head - start_block,
        if tail { "tail" } else { "mixed" },
        generating.elapsed().as_secs_f64()
    );

    // The raw rate: eth_getLogs in 2,000-block ranges and decoding, nothing stored. The first
    // pass finds anvil cold (it is slower by up to half); the rate compared with is the median
    // of the three passes after it, as the indexer reads the chain warm.
    let reader = rpc::connect(&url, Duration::from_secs(60)).unwrap();
    let mut raw_events = 0usize;
    let mut rates = Vec::new();
    for pass in 0..4 {
        let cpu = cpu_seconds();
        let started = Instant::now();
        raw_events = 0;
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
                raw_events += usize::from(EventRow::decode(position, &log.inner).is_some());
            }
            from = to + 1;
        }
        let elapsed = started.elapsed().as_secs_f64();
        let rate = raw_events as f64 / elapsed;
        let label = if pass == 0 {
            "cold".to_string()
        } else {
            format!("warm {pass}")
        };
        println!(
            "| eth_getLogs + decode (no store), {label} | {raw_events} | {elapsed:.2} s | {rate:.0} | {} |",
            cpu_since(cpu)
        );
        if pass > 0 {
            rates.push(rate);
        }
    }
    rates.sort_by(f64::total_cmp);
    let raw_rate = rates[rates.len() / 2];
    println!("| eth_getLogs + decode, median of the warm passes | | | {raw_rate:.0} |");

    let postgres = common::Postgres::start_durable();
    let postgres_url = postgres.database().await;
    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}", dir.path().join("bench.sqlite").display());
    let mut latency_store = None;
    for (name, store_url) in [
        ("SQLite", sqlite_url.as_str()),
        ("PostgreSQL", postgres_url.as_str()),
    ] {
        let store = Store::connect(store_url).await.unwrap();
        let config = SyncConfig::new(addresses.clone(), start_block);
        let indexer = Indexer::new(
            rpc::connect(&url, Duration::from_secs(60)).unwrap(),
            store.clone(),
            config,
        )
        .await
        .unwrap();
        let cpu = cpu_seconds();
        let started = Instant::now();
        indexer.catch_up().await.unwrap();
        let cpu = cpu_since(cpu);
        let elapsed = started.elapsed().as_secs_f64();
        let events = store.event_count().await.unwrap();
        assert_eq!(events as usize, raw_events, "{name} holds every event");
        println!(
            "| indexer backfill, {name} | {events} | {elapsed:.1} s | {:.0} ({:.2}x raw) | {cpu} |",
            events as f64 / elapsed,
            events as f64 / elapsed / raw_rate
        );
        latency_store.get_or_insert((store, name));
    }

    // Head latency: one grant a block, the indexer following with a 20 ms poll.
    let (store, name) = latency_store.unwrap();
    let mut config = SyncConfig::new(addresses.clone(), start_block);
    config.poll_interval = Duration::from_millis(20);
    let indexer = Indexer::new(
        rpc::connect(&url, Duration::from_secs(60)).unwrap(),
        store.clone(),
        config,
    )
    .await
    .unwrap();
    let progress = indexer.progress();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(async move {
        indexer
            .run(async {
                let _ = stopped.await;
            })
            .await
    });
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
    println!(
        "peak resident memory of this process: {:.0} MiB",
        peak_rss_mib()
    );
}
