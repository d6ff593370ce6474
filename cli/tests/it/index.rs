//! `consentry index` as a process: killed with SIGKILL three times mid-sync and restarted, it
//! ends with exactly the chain's events; SIGTERM stops it cleanly, at once, with exit code 0.
//! `consentry serve` answers from the store another process filled.

use std::time::{Duration, Instant};

use crate::common::Chain;
use alloy::{
    primitives::B256,
    providers::{Provider, ProviderBuilder},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
};
use consentry_sdk::{
    client::{Addresses, Client},
    types::ConsentTerms,
    vocabulary::{ActionSet, CategorySet, OrganizationKind, PurposeSet},
};
use consentry_store::Store;

/// Deploys with the binary, then `grants` consents from anvil's patients, one block each.
async fn chain_with_events(grants: usize) -> (Chain, Addresses) {
    let chain = Chain::start(&[]);
    chain.run(Some(0), &["deploy"]).ok();
    let addresses = Addresses {
        organizations: chain.manifest_address("OrganizationRegistry"),
        consents: chain.manifest_address("ConsentRegistry"),
        records: chain.manifest_address("RecordRegistry"),
    };
    let client = |index: usize| {
        let signer: PrivateKeySigner = chain.anvil.keys()[index].clone().into();
        Client::new(
            ProviderBuilder::new()
                .wallet(signer)
                .connect_http(chain.anvil.endpoint_url())
                .erased(),
            addresses,
        )
    };
    client(0)
        .accredit(
            OrganizationKind::Hospital,
            chain.address(1),
            true,
            "St Mary's",
            "https://h.example",
        )
        .await
        .unwrap();
    let terms = |i: usize| ConsentTerms {
        categories: CategorySet(1 << (i % 13)),
        purposes: PurposeSet(1),
        actions: ActionSet(1),
        valid_from: 0,
        valid_until: 4_000_000_000,
    };
    let patients: Vec<_> = (2..10).map(|i| (chain.address(i), client(i))).collect();
    for i in 0..grants {
        let (address, patient) = &patients[i % patients.len()];
        patient.grant(*address, 1, &terms(i)).await.unwrap();
    }
    (chain, addresses)
}

async fn chain_events(chain: &Chain, addresses: &Addresses) -> Vec<(u64, u64, B256)> {
    let filter = Filter::new()
        .address(vec![
            addresses.organizations,
            addresses.consents,
            addresses.records,
        ])
        .from_block(0u64)
        .to_block(chain.provider.get_block_number().await.unwrap());
    chain
        .provider
        .get_logs(&filter)
        .await
        .unwrap()
        .iter()
        .map(|l| {
            (
                l.block_number.unwrap(),
                l.log_index.unwrap(),
                l.block_hash.unwrap(),
            )
        })
        .collect()
}

async fn stored_events(store: &Store) -> Vec<(u64, u64, B256)> {
    store
        .event_positions()
        .await
        .unwrap()
        .into_iter()
        .map(|(b, i, h, _)| (b, i, h))
        .collect()
}

async fn checkpoint(store: &Store) -> u64 {
    store
        .checkpoint()
        .await
        .unwrap()
        .map_or(0, |c| c.block_number)
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_three_times_it_resumes_with_nothing_lost_or_doubled() {
    let (chain, addresses) = chain_with_events(240).await;
    let url = format!("sqlite://{}", chain.path("index.sqlite").display());
    // One block per batch: hundreds of commits.
    let args = [
        "index",
        "--database-url",
        &url,
        "--initial-range",
        "1",
        "--max-range",
        "1",
        "--poll-interval",
        "50ms",
    ];
    let store = Store::connect(&url).await.unwrap();
    let head = chain.provider.get_block_number().await.unwrap();

    // First kill: inside a commit. The 21st commit stops after writing its rows and before
    // committing them (a fail point); the process is killed there.
    let mut indexer = chain
        .command(None, &args)
        .env("FAILPOINTS", "store-commit=20*off->sleep(60000)")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = (checkpoint(&store).await, Instant::now());
    loop {
        let now = checkpoint(&store).await;
        if now != seen.0 {
            seen = (now, Instant::now());
        } else if now > 0 && seen.1.elapsed() > Duration::from_millis(500) {
            break; // stuck in the 21st commit
        }
        assert!(
            Instant::now() < deadline,
            "the indexer reaches its 21st commit"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    indexer.kill().unwrap();
    indexer.wait().unwrap();
    let mut last = checkpoint(&store).await;
    assert!(
        last < 40,
        "stopped by the fail point after 20 commits, at block {last}"
    );
    assert_eq!(
        store.event_count().await.unwrap() as usize,
        {
            let expected = chain_events(&chain, &addresses).await;
            expected
                .iter()
                .filter(|(block, _, _)| *block <= last)
                .count()
        },
        "the interrupted batch left nothing behind"
    );

    // Two more kills at arbitrary points.
    for target in [head / 3, 2 * head / 3] {
        let mut indexer = chain.spawn(None, &args);
        let deadline = Instant::now() + Duration::from_secs(60);
        while checkpoint(&store).await < target.max(last + 1) {
            assert!(Instant::now() < deadline, "the indexer makes progress");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        indexer.kill().unwrap(); // SIGKILL
        indexer.wait().unwrap();
        let stopped_at = checkpoint(&store).await;
        assert!(stopped_at >= last, "never goes back");
        last = stopped_at;
        // Whatever the kill interrupted, the store is a prefix of the chain.
        let stored = stored_events(&store).await;
        let expected = chain_events(&chain, &addresses).await;
        assert_eq!(
            stored[..],
            expected[..stored.len()],
            "a prefix, no duplicates"
        );
        assert!(stored.iter().all(|(block, _, _)| *block <= stopped_at));
    }
    assert!(last < head, "the kills came before the end");

    let mut exit_args = args.to_vec();
    exit_args.push("--exit-at-head");
    chain.run(None, &exit_args).ok();
    assert_eq!(
        stored_events(&store).await,
        chain_events(&chain, &addresses).await
    );
    assert_eq!(checkpoint(&store).await, head);
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_stops_it_cleanly_within_seconds() {
    let (chain, addresses) = chain_with_events(30).await;
    let url = format!("sqlite://{}", chain.path("index.sqlite").display());
    let store = Store::connect(&url).await.unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let metrics_addr = format!("127.0.0.1:{port}");
    let api_addr = format!("127.0.0.1:{}", free_port());
    let mut indexer = chain.spawn(
        None,
        &[
            "index",
            "--database-url",
            &url,
            "--poll-interval",
            "100ms",
            "--metrics-addr",
            &metrics_addr,
            "--api-addr",
            &api_addr,
        ],
    );
    let head = chain.provider.get_block_number().await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while checkpoint(&store).await < head {
        assert!(Instant::now() < deadline, "the indexer catches up");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Prometheus metrics, as scraped.
    let metrics = alloy::transports::http::reqwest::get(format!("http://{metrics_addr}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let events = chain_events(&chain, &addresses).await.len();
    assert!(
        metrics.contains(&format!("consentry_indexer_events_total {events}")),
        "{metrics}"
    );
    assert!(
        metrics.contains("consentry_indexer_blocks_behind 0"),
        "{metrics}"
    );
    assert!(
        metrics.contains("consentry_indexer_batch_seconds"),
        "{metrics}"
    );

    // The query API in the same process: healthy, nothing behind.
    let (status, health) = get(&format!("http://{api_addr}/healthz")).await;
    assert_eq!(
        (status, health["lagBlocks"].as_u64()),
        (200, Some(0)),
        "{health}"
    );

    assert_eq!(terminate(&mut indexer), Some(0), "SIGTERM is a clean exit");
    assert_eq!(
        stored_events(&store).await,
        chain_events(&chain, &addresses).await
    );
}

/// Runs `command` with a pseudo-terminal (120 columns) as its stdin, stdout and stderr (python3's
/// `pty`), and returns everything it wrote to it and its exit code.
fn on_a_terminal(command: &std::process::Command) -> (String, Option<i32>) {
    const PTY: &str = r#"
import fcntl, os, pty, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.execv(sys.argv[1], sys.argv[1:])
out = bytearray()
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
"#;
    let mut python = std::process::Command::new("python3");
    python
        .args(["-c", PTY])
        .arg(command.get_program())
        .args(command.get_args())
        .stdin(std::process::Stdio::null());
    if let Some(dir) = command.get_current_dir() {
        python.current_dir(dir);
    }
    for (name, value) in command.get_envs() {
        match value {
            Some(value) => python.env(name, value),
            None => python.env_remove(name),
        };
    }
    let output = python.output().unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code(),
    )
}

/// On a terminal: a progress bar while it backfills (blocks stored of the blocks to the head,
/// events, reorgs), and no log lines over it.
#[tokio::test(flavor = "multi_thread")]
async fn on_a_terminal_it_shows_a_progress_bar() {
    let (chain, addresses) = chain_with_events(60).await;
    let url = format!("sqlite://{}", chain.path("index.sqlite").display());
    // One block per batch: long enough for the bar to be drawn as it moves.
    let command = chain.command(
        None,
        &[
            "index",
            "--database-url",
            &url,
            "--initial-range",
            "1",
            "--max-range",
            "1",
            "--exit-at-head",
        ],
    );
    let (screen, code) = on_a_terminal(&command);
    assert_eq!(code, Some(0), "{screen}");
    let head = chain.provider.get_block_number().await.unwrap();
    let events = chain_events(&chain, &addresses).await.len();
    // "blocks 17/63 [bar] 20/s eta 2s 12 events, 0 reorgs", redrawn in place.
    let bars: Vec<(u64, u64)> = screen
        .split("blocks ")
        .skip(1)
        .filter_map(|drawn| {
            let (done, rest) = drawn.split_once('/')?;
            let total: String = rest.chars().take_while(char::is_ascii_digit).collect();
            Some((done.parse().ok()?, total.parse().ok()?))
        })
        .collect();
    assert!(bars.len() >= 2, "the bar is drawn as it moves: {screen}");
    assert!(
        bars.iter().any(|&(done, total)| done > 0 && done < total),
        "part of the way: {bars:?}"
    );
    assert!(
        bars.iter()
            .all(|&(done, total)| done <= total && total <= head),
        "{bars:?}"
    );
    assert!(screen.contains(" reorgs"), "{screen}");
    assert!(
        screen.contains(&format!("{events} events this run")),
        "the summary line: {screen}"
    );
    assert!(
        !screen.contains("INFO"),
        "no log lines over the bar: {screen}"
    );
}

/// Not on a terminal (a service under a supervisor): a log line every ten seconds saying where
/// it is, each line a JSON object with `--json`.
#[tokio::test(flavor = "multi_thread")]
async fn as_a_service_it_logs_its_progress_as_json() {
    use std::io::BufRead;

    let (chain, addresses) = chain_with_events(5).await;
    let url = format!("sqlite://{}", chain.path("index.sqlite").display());
    let mut indexer = chain
        .command(
            None,
            &[
                "index",
                "--database-url",
                &url,
                "--poll-interval",
                "100ms",
                "--json",
            ],
        )
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = indexer.stderr.take().unwrap();
    let (lines, logged) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let head = chain.provider.get_block_number().await.unwrap();
    let events = chain_events(&chain, &addresses).await.len();
    let deadline = Instant::now() + Duration::from_secs(30);
    let progress = loop {
        let line = logged
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("a progress line within ten seconds or so");
        let log: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("each log line is a JSON object ({e}): {line}"));
        assert!(
            log["level"].is_string() && log["timestamp"].is_string(),
            "{log}"
        );
        if log["fields"]["message"] == "indexing" {
            break log["fields"].clone();
        }
    };
    assert_eq!(progress["checkpoint"], head, "{progress}");
    assert_eq!(progress["head"], head, "{progress}");
    assert_eq!(progress["behind"], 0, "{progress}");
    assert_eq!(progress["events"], events, "{progress}");
    assert_eq!(terminate(&mut indexer), Some(0), "SIGTERM is a clean exit");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn get(url: &str) -> (u16, serde_json::Value) {
    let response = alloy::transports::http::reqwest::get(url).await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

fn terminate(child: &mut std::process::Child) -> Option<i32> {
    signal(child.id(), nix::sys::signal::Signal::SIGTERM);
    let sent = Instant::now();
    loop {
        if let Some(exit) = child.try_wait().unwrap() {
            return exit.code();
        }
        assert!(
            sent.elapsed() < Duration::from_secs(5),
            "exits within five seconds"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_answers_from_the_store_another_process_filled() {
    let (chain, _) = chain_with_events(10).await;
    let url = format!("sqlite://{}", chain.path("served.sqlite").display());
    chain
        .run(None, &["index", "--database-url", &url, "--exit-at-head"])
        .ok();
    let addr = format!("127.0.0.1:{}", free_port());
    let mut server = chain.spawn(
        None,
        &["serve", "--database-url", &url, "--api-addr", &addr],
    );
    let base = format!("http://{addr}");
    let deadline = Instant::now() + Duration::from_secs(30);
    let health = loop {
        if let Ok(response) = alloy::transports::http::reqwest::get(format!("{base}/healthz")).await
        {
            break response.json::<serde_json::Value>().await.unwrap();
        }
        assert!(Instant::now() < deadline, "serve listens");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(health["status"], "ok", "{health}");
    assert_eq!(health["lagBlocks"], 0, "{health}");
    let (status, orgs) = get(&format!("{base}/v1/organizations")).await;
    assert_eq!(status, 200);
    assert_eq!(orgs["items"][0]["name"], "St Mary's");
    let (status, org) = get(&format!("{base}/fhir/Organization/1")).await;
    assert_eq!(
        (status, org["resourceType"].as_str()),
        (200, Some("Organization"))
    );
    let (status, refused) = get(&format!(
        "{base}/v1/patients/{:#x}/consents",
        chain.address(2)
    ))
    .await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (401, Some("sign_in_required"))
    );
    assert_eq!(terminate(&mut server), Some(0), "SIGTERM is a clean exit");
}

/// Sends `signal` to the process `pid`.
fn signal(pid: u32, signal: nix::sys::signal::Signal) {
    let pid = nix::unistd::Pid::from_raw(i32::try_from(pid).unwrap());
    nix::sys::signal::kill(pid, signal).unwrap();
}

/// A node that takes connections and never answers (a hung load balancer): `consentry index`
/// says so within its request timeout instead of waiting in silence, and SIGTERM while it
/// waits stops it cleanly (exit 0), as it does once running.
#[tokio::test(flavor = "multi_thread")]
async fn a_node_that_never_answers_is_reported_and_sigterm_still_stops_it() {
    let chain = Chain::start(&[]);
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    // Connections are accepted (by the backlog) and held; nothing is ever read or answered.
    let store = format!("sqlite://{}", chain.path("silent.sqlite").display());
    let args = [
        "--rpc-url",
        &url,
        "index",
        "--database-url",
        &store,
        "--request-timeout",
        "2s",
        "--organization-registry",
        "0x0000000000000000000000000000000000000001",
        "--consent-registry",
        "0x0000000000000000000000000000000000000002",
        "--record-registry",
        "0x0000000000000000000000000000000000000003",
    ];
    let mut reporting = chain
        .command(None, &args)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = reporting.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            reporting.kill().unwrap();
            panic!("still waiting for the node in silence after 20 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut reporting.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "cannot reach the node at {url}: no answer to eth_chainId within 2s"
        )),
        "{stderr}"
    );

    let mut waiting = chain.spawn(None, &args);
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(
        terminate(&mut waiting),
        Some(0),
        "SIGTERM while it waits: exit 0"
    );
    drop(silent);
}
