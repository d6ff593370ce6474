//! The query API's numbers with 1,000,000 consents stored: requests/s and latency of the
//! access check and of consents-by-patient, signed in as a practitioner (so every request also
//! checks the roster and commits a read-log row), on SQLite and on PostgreSQL, driven by a
//! load generator in this process over loopback, and again by `wrk` (a separate process, when
//! installed: `apt-get install wrk`; `CONSENTRY_BENCH_WRK=0` skips it). A scripted run that
//! prints a table, not a timed test:
//!
//! ```sh
//! cargo bench -p consentry-api --bench api
//! CONSENTRY_BENCH_CONSENTS=100000 CONSENTRY_BENCH_SECONDS=5 cargo bench -p consentry-api --bench api
//! CONSENTRY_BENCH_STORES=sqlite CONSENTRY_BENCH_WORKERS=64 cargo bench -p consentry-api --bench api
//! ```
//!
//! 128 connections by default: every practitioner read waits for its read-log commit (an
//! `fsync`), so fewer connections measure the disk's commit time rather than the server.
//!
//! The store is filled through the indexer's own commit path (events encoded with the
//! bindings, decoded and projected as the indexer does), not by anvil: a million transactions
//! would take an hour to mine. PostgreSQL: `DATABASE_URL`, else a throwaway cluster.
#![allow(missing_docs, clippy::unwrap_used)]

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant, SystemTime},
};

use alloy::{
    primitives::{Address, B256, U256, aliases::U40},
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::SolEvent,
};
use consentry_api::{Api, ApiConfig, Head};
use consentry_sdk::bindings::{
    consent_registry::ConsentRegistry::ConsentGranted,
    organization_registry::OrganizationRegistry::{OrganizationAccredited, PractitionerAdded},
};
use consentry_store::{
    Batch, BlockRef, Store,
    decode::{EventRow, Position},
};
use serde_json::{Value, json};

/// The allocator the `consentry` binary runs with.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ORGS: u32 = 2;
const EVENTS_PER_BLOCK: usize = 100;
const BLOCKS_PER_BATCH: usize = 50;

fn patient(i: u64) -> Address {
    Address::from_word(B256::from(U256::from(i + 1) << 96))
}

fn row(
    log: alloy::primitives::LogData,
    address: Address,
    block: u64,
    index: u64,
    time: u64,
) -> EventRow {
    let position = Position {
        block_number: block,
        block_hash: B256::from(U256::from(block)),
        block_timestamp: time,
        tx_hash: B256::from(U256::from(block << 20 | index)),
        tx_index: index,
        log_index: index,
    };
    EventRow::decode(position, &alloy::primitives::Log { address, data: log }).unwrap()
}

/// Two organisations, the doctor at the first, then `consents` grants (patients × 2 orgs).
async fn fill(store: &Store, consents: u64, doctor: Address) -> Duration {
    let started = Instant::now();
    let orgs = Address::repeat_byte(0x0a);
    let registry = Address::repeat_byte(0x0c);
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let mut events = std::collections::VecDeque::new();
    for org in 1..=ORGS {
        events.push_back(
            OrganizationAccredited {
                orgId: org,
                admin: Address::repeat_byte(org as u8),
                kind: 1,
                emergencyCapable: true,
                name: format!("Hospital {org}"),
                fhirEndpoint: "https://h.example/fhir".into(),
            }
            .encode_log_data(),
        );
    }
    events.push_back(
        PractitionerAdded {
            orgId: 1,
            account: doctor,
            role: 1,
        }
        .encode_log_data(),
    );
    let grant = |i: u64| {
        ConsentGranted {
            patient: patient(i / u64::from(ORGS)),
            orgId: (i % u64::from(ORGS)) as u32 + 1,
            actor: patient(i / u64::from(ORGS)),
            categories: (1 << 13) - 1,
            purposes: 0b1,
            actions: 0b1,
            validFrom: U40::from(now - 86_400),
            validUntil: U40::from(now + 365 * 86_400),
        }
        .encode_log_data()
    };
    let mut next = 0u64;
    let mut block = 1u64;
    let mut follows = None;
    loop {
        let mut rows = Vec::new();
        for _ in 0..BLOCKS_PER_BATCH {
            for index in 0..EVENTS_PER_BLOCK as u64 {
                let (log, address) = if let Some(log) = events.pop_front() {
                    (log, orgs)
                } else if next < consents {
                    next += 1;
                    (grant(next - 1), registry)
                } else {
                    break;
                };
                rows.push(row(log, address, block, index, now - 3_600));
            }
            block += 1;
        }
        let last = BlockRef {
            number: block - 1,
            hash: B256::from(U256::from(block - 1)),
            parent_hash: B256::from(U256::from(block - 2)),
            timestamp: now - 3_600,
        };
        store
            .commit(
                Batch {
                    chain_id: 31337,
                    events: rows,
                    blocks: vec![last],
                    last,
                    follows,
                },
                128,
            )
            .await
            .unwrap();
        follows = Some(last.number);
        if next >= consents {
            return started.elapsed();
        }
    }
}

async fn sign_in(http: &reqwest::Client, base: &str, signer: &PrivateKeySigner) -> String {
    let nonce: Value = http
        .get(format!("{base}/v1/auth/nonce"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let issued = humantime::format_rfc3339_seconds(SystemTime::now());
    let message = format!(
        "{} wants you to sign in with your Ethereum account:\n{}\n\nBenchmark.\n\nURI: {}\nVersion: 1\nChain ID: 31337\nNonce: {}\nIssued At: {issued}",
        nonce["domain"].as_str().unwrap(),
        signer.address().to_checksum(None),
        nonce["uri"].as_str().unwrap(),
        nonce["nonce"].as_str().unwrap(),
    );
    let signature = signer.sign_message_sync(message.as_bytes()).unwrap();
    let session: Value = http
        .post(format!("{base}/v1/auth/login"))
        .json(&json!({ "message": message, "signature": signature.to_string() }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    session["token"].as_str().unwrap().to_owned()
}

struct Load {
    requests: usize,
    seconds: f64,
    p50: Duration,
    p99: Duration,
}

/// `workers` clients asking `path(i)` for `seconds`, each answer checked.
async fn load(
    base: &str,
    token: &str,
    workers: usize,
    seconds: u64,
    path: impl Fn(u64) -> String + Send + Sync + 'static,
    check: impl Fn(&Value) + Send + Sync + 'static,
) -> Load {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(workers)
        .build()
        .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let path = Arc::new(path);
    let check = Arc::new(check);
    let started = Instant::now();
    let tasks: Vec<_> = (0..workers as u64)
        .map(|w| {
            let (http, stop, path, check) =
                (http.clone(), stop.clone(), path.clone(), check.clone());
            let (base, token) = (base.to_owned(), token.to_owned());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut i = w.wrapping_mul(0x9e37_79b9_7f4a_7c15);
                while !stop.load(Ordering::Relaxed) {
                    i = i
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    let sent = Instant::now();
                    let response = http
                        .get(format!("{base}{}", path(i >> 11)))
                        .bearer_auth(&token)
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(response.status(), 200);
                    let body: Value = response.json().await.unwrap();
                    latencies.push(sent.elapsed());
                    check(&body);
                }
                latencies
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    let seconds = started.elapsed().as_secs_f64();
    latencies.sort();
    let at = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p).round() as usize];
    Load {
        requests: latencies.len(),
        seconds,
        p50: at(0.50),
        p99: at(0.99),
    }
}

/// The same load from `wrk` (a separate process, so the server's numbers are not shared with
/// an in-process client): `threads` threads, `connections` connections, a Lua script choosing
/// uniformly random patients.
fn wrk_load(
    base: &str,
    token: &str,
    threads: usize,
    connections: usize,
    seconds: u64,
    path_lua: &str,
) -> Load {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("load.lua");
    std::fs::write(
        &script,
        format!(
            "wrk.headers[\"Authorization\"] = \"Bearer {token}\"\n\
             math.randomseed(42)\n\
             request = function()\n  return wrk.format(\"GET\", {path_lua})\nend\n"
        ),
    )
    .unwrap();
    let output = std::process::Command::new("wrk")
        .args(["--latency", "-t", &threads.to_string()])
        .args(["-c", &connections.to_string()])
        .args(["-d", &format!("{seconds}s")])
        .arg("-s")
        .arg(&script)
        .arg(base)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "wrk failed: {text}");
    assert!(!text.contains("Non-2xx"), "wrk saw error answers:\n{text}");
    let field = |prefix: &str| -> &str {
        text.lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.split_whitespace().nth(1))
            .unwrap_or_else(|| panic!("no {prefix} in wrk's output:\n{text}"))
    };
    let duration = |value: &str| -> Duration {
        let (number, unit) = value.split_at(value.find(|c: char| c.is_alphabetic()).unwrap());
        let number: f64 = number.parse().unwrap();
        Duration::from_secs_f64(match unit {
            "us" => number / 1e6,
            "ms" => number / 1e3,
            "s" => number,
            _ => panic!("unit {unit} in wrk's output"),
        })
    };
    let requests: usize = text
        .lines()
        .find(|l| l.contains("requests in"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no request count in wrk's output:\n{text}"));
    let rate: f64 = field("Requests/sec:").parse().unwrap();
    Load {
        requests,
        seconds: requests as f64 / rate,
        p50: duration(field("50%")),
        p99: duration(field("99%")),
    }
}

#[tokio::main]
async fn main() {
    let consents: u64 = std::env::var("CONSENTRY_BENCH_CONSENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let seconds: u64 = std::env::var("CONSENTRY_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(15);
    let workers: usize = std::env::var("CONSENTRY_BENCH_WORKERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(128);
    let patients = consents / u64::from(ORGS);
    // wrk (Debian's package), when installed, drives the same scenarios from its own process.
    let wrk = std::env::var("CONSENTRY_BENCH_WRK").map_or(true, |v| v != "0")
        && std::process::Command::new("wrk")
            .arg("--version")
            .output()
            .is_ok();
    let doctor = PrivateKeySigner::random();
    let postgres = consentry_testkit::Postgres::start_durable();
    let postgres_url = postgres.database().await;
    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}", dir.path().join("bench.sqlite").display());
    println!(
        "{consents} consents ({patients} patients x {ORGS} organisations), {workers} clients, {seconds} s a scenario\n"
    );
    println!("| store | fill | scenario | requests/s | p50 | p99 |");
    println!("| --- | ---: | --- | ---: | ---: | ---: |");
    // `CONSENTRY_BENCH_STORES=sqlite` (or `postgres`) runs one store only.
    let only = std::env::var("CONSENTRY_BENCH_STORES").unwrap_or_default();
    for (name, url) in [
        ("SQLite", sqlite_url.as_str()),
        ("PostgreSQL", postgres_url.as_str()),
    ] {
        if !only.is_empty() && !name.to_lowercase().starts_with(&only) {
            continue;
        }
        let store = Store::connect(url).await.unwrap();
        let filled = fill(&store, consents, doctor.address()).await;
        // As the indexer does once it reaches the head after a backfill.
        store.analyze().await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let config = ApiConfig {
            public_url: base.clone(),
            chain_id: 31337,
            session_ttl: Duration::from_secs(3600),
            session_secret: None,
            max_lag: 10,
            demo_wallets: Vec::new(),
        };
        let api = Api::new(store.clone(), config, None, Head::Unknown).unwrap();
        tokio::spawn(api.serve(listener, std::future::pending()));
        let token = sign_in(&reqwest::Client::new(), &base, &doctor).await;
        let access = load(
            &base,
            &token,
            workers,
            seconds,
            move |i| {
                format!(
                    "/v1/access?patient={:#x}&org=1&category=laboratory&purpose=TREAT",
                    patient(i % patients)
                )
            },
            |body| assert_eq!(body["basis"], "consent"),
        )
        .await;
        let by_patient = load(
            &base,
            &token,
            workers,
            seconds,
            move |i| format!("/v1/patients/{:#x}/consents", patient(i % patients)),
            |body| assert_eq!(body["items"].as_array().unwrap().len(), 1),
        )
        .await;
        let mut runs = vec![
            ("access check", access),
            ("consents by patient", by_patient),
        ];
        if wrk {
            let lua =
                |path: &str| format!("string.format(\"{path}\", math.random(1, {patients}), 0)");
            for (scenario, path) in [
                (
                    "access check, wrk",
                    "/v1/access?patient=0x%016x%024d&org=1&category=laboratory&purpose=TREAT",
                ),
                (
                    "consents by patient, wrk",
                    "/v1/patients/0x%016x%024d/consents",
                ),
            ] {
                let (base, token, expression) = (base.clone(), token.clone(), lua(path));
                let run = tokio::task::spawn_blocking(move || {
                    wrk_load(&base, &token, 1, workers, seconds, &expression)
                })
                .await
                .unwrap();
                runs.push((scenario, run));
            }
        }
        for (scenario, run) in &runs {
            println!(
                "| {name} | {:.0} s | {scenario} | {:.0} | {:.2} ms | {:.2} ms |",
                filled.as_secs_f64(),
                run.requests as f64 / run.seconds,
                run.p50.as_secs_f64() * 1e3,
                run.p99.as_secs_f64() * 1e3
            );
        }
        let reads = store.reads(1, 1).await.unwrap();
        assert!(!reads.is_empty(), "every read was logged");
    }
}
