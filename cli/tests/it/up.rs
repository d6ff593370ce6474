//! `consentry up` from the binary: it starts anvil, deploys, seeds the demo, indexes it and
//! serves the dashboard; the dashboard is then driven in Debian's Chromium by Playwright
//! (`scripts/dashboard-e2e.mjs`); SIGINT stops everything with exit code 0; `--keep` comes
//! back up on the same chain and database without seeding again.

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use serde_json::Value;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Up {
    child: Child,
    lines: mpsc::Receiver<String>,
    stdout: Vec<String>,
}

impl Up {
    fn start(dir: &Path, anvil_port: u16, api_port: u16, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_consentry"))
            .args(["up", "--dir"])
            .arg(dir)
            .args(["--anvil-port", &anvil_port.to_string()])
            .args(["--api-addr", &format!("127.0.0.1:{api_port}")])
            .args(extra)
            .env("CONSENTRY_ANVIL", crate::common::anvil_path())
            .env_remove("ETH_RPC_URL")
            .env_remove("DATABASE_URL")
            .env_remove("CONSENTRY_PRIVATE_KEY")
            .env("CONSENTRY_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        Up {
            child,
            lines,
            stdout: Vec::new(),
        }
    }

    /// Waits for the line starting with `prefix` (after trimming).
    fn wait_for(&mut self, prefix: &str, patience: Duration) -> String {
        let deadline = Instant::now() + patience;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.stdout.push(line.clone());
                    if line.trim_start().starts_with(prefix) {
                        return line;
                    }
                }
                Err(error) => panic!(
                    "no {prefix:?} line from `consentry up` within {patience:?} ({error}); stdout so far:\n{}",
                    self.stdout.join("\n")
                ),
            }
        }
    }

    /// SIGINT, as Ctrl-C sends; the exit status and the rest of stdout.
    fn interrupt(mut self, patience: Duration) -> (std::process::ExitStatus, Vec<String>) {
        let pid = nix::unistd::Pid::from_raw(i32::try_from(self.child.id()).unwrap());
        nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT).unwrap();
        let deadline = Instant::now() + patience;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                let rest: Vec<String> = self.lines.try_iter().collect();
                self.stdout.extend(rest);
                return (status, self.stdout);
            }
            if Instant::now() > deadline {
                self.child.kill().unwrap();
                panic!("`consentry up` did not stop within {patience:?} of SIGINT");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn get(url: &str) -> (u16, String) {
    let response = reqwest::blocking::get(url).unwrap();
    let status = response.status().as_u16();
    (status, response.text().unwrap())
}

fn screenshots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/dashboard-screenshots")
}

#[test]
fn up_seeds_serves_the_dashboard_and_stops_on_sigint_then_keeps() {
    let dir = tempfile::tempdir().unwrap();
    let (anvil_port, api_port) = (free_port(), free_port());
    let started = Instant::now();
    let mut up = Up::start(dir.path(), anvil_port, api_port, &[]);
    let dashboard = up.wait_for("Dashboard", Duration::from_secs(900));
    let url = dashboard
        .split_whitespace()
        .nth(1)
        .unwrap()
        .trim_end_matches('/')
        .to_owned();
    let came_up = started.elapsed();
    assert_eq!(url, format!("http://127.0.0.1:{api_port}"));

    // The demo's numbers, as the issue sets them.
    let demo: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("demo.json")).unwrap())
            .unwrap();
    let orgs = demo["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), 5);
    let kinds: Vec<&str> = orgs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "hospital").count(), 3);
    assert_eq!(kinds.iter().filter(|k| **k == "laboratory").count(), 2);
    let practitioners: usize = orgs
        .iter()
        .map(|o| o["practitioners"].as_array().unwrap().len())
        .sum();
    assert_eq!(practitioners, 30);
    assert_eq!(demo["patients"], 1000);
    let tally = &demo["tally"];
    for field in [
        "signedConsents",
        "delegatedConsents",
        "narrowed",
        "extended",
        "revoked",
        "requests",
        "emergencies",
        "superseded",
        "retracted",
    ] {
        assert!(tally[field].as_u64().unwrap() > 0, "no {field}: {tally}");
    }
    assert!(tally["records"].as_u64().unwrap() >= 2_000, "{tally}");

    // Served: health, the landing page, the public statistics, the organisations.
    let (status, health) = get(&format!("{url}/healthz"));
    assert_eq!(status, 200, "{health}");
    let (status, landing) = get(&format!("{url}/"));
    assert_eq!(status, 200);
    assert!(landing.contains("<html"), "{landing}");
    let (status, body) = get(&format!("{url}/v1/organizations"));
    assert_eq!(status, 200);
    let listed: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(listed["items"].as_array().unwrap().len(), 5, "{listed}");

    // The dashboard in a real browser.
    let shots = screenshots();
    std::fs::create_dir_all(&shots).unwrap();
    let e2e = Command::new("node")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/dashboard-e2e.mjs"))
        .arg(dir.path().join("demo.json"))
        .arg(&shots)
        .env("CONSENTRY_BIN", env!("CARGO_BIN_EXE_consentry"))
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))
        .status()
        .unwrap();
    assert!(e2e.success(), "the Playwright run failed: {e2e}");

    let events_before: u64 = {
        let (_, body) = get(&format!("{url}/healthz"));
        serde_json::from_str::<Value>(&body).unwrap()["checkpoint"]
            .as_u64()
            .unwrap()
    };
    let (status, stdout) = up.interrupt(Duration::from_secs(30));
    assert!(
        status.success(),
        "exit {status}; stdout:\n{}",
        stdout.join("\n")
    );
    assert!(
        stdout.iter().any(|l| l.starts_with("Stopped")),
        "{}",
        stdout.join("\n")
    );
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", api_port)).is_err(),
        "the API still listens after SIGINT"
    );
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", anvil_port)).is_err(),
        "anvil still listens after SIGINT"
    );

    // --keep: the same chain and database, without seeding again.
    let resumed = Instant::now();
    let mut again = Up::start(dir.path(), anvil_port, api_port, &["--keep"]);
    again.wait_for("Dashboard", Duration::from_secs(120));
    let came_back = resumed.elapsed();
    let (status, body) = get(&format!("{url}/healthz"));
    assert_eq!(status, 200, "{body}");
    let checkpoint = serde_json::from_str::<Value>(&body).unwrap()["checkpoint"]
        .as_u64()
        .unwrap();
    assert!(
        checkpoint >= events_before,
        "the kept chain is behind: {checkpoint} < {events_before}"
    );
    let (status, _) = again.interrupt(Duration::from_secs(30));
    assert!(status.success());
    eprintln!(
        "consentry up: ready in {:.1} s fresh, {:.1} s with --keep; screenshots in {}",
        came_up.as_secs_f64(),
        came_back.as_secs_f64(),
        shots.display()
    );
}
