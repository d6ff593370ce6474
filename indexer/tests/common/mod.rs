//! A real anvil with the suite deployed and people to act in it; a throwaway PostgreSQL
//! cluster from the installed binaries (or `DATABASE_URL`); and the comparison of a store with
//! the chain it mirrors.
#![allow(dead_code, unreachable_pub, unused_macros, clippy::unwrap_used)]

/// Runs `$case(store_url)` once on a fresh SQLite file and once on a fresh PostgreSQL database.
macro_rules! on_both_stores {
    ($($case:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $case() {
                    let dir = tempfile::tempdir().unwrap();
                    let url = format!("sqlite://{}", dir.path().join("consentry.sqlite").display());
                    super::$case(&url).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $case() {
                    let cluster = super::Postgres::start();
                    let url = cluster.database().await;
                    super::$case(&url).await;
                }
            )*
        }
    };
}

pub mod proxy;

use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::atomic::{AtomicU32, Ordering},
    time::Duration,
};

use alloy::{
    node_bindings::{Anvil, AnvilInstance},
    primitives::{Address, B256},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
};
use consentry_indexer::{Indexer, Store, SyncConfig, SyncError, rpc};
use consentry_sdk::{
    bindings::{organization_registry::OrganizationRegistry, record_registry::RecordRegistry},
    client::{Addresses, Client, ClientError, NewRecord, content_hash},
    types::ConsentTerms,
    vocabulary::{
        Action, ActionSet, Category, CategorySet, EmergencyReason, FhirResourceType,
        OrganizationKind, Purpose, PurposeSet, Role,
    },
};

pub fn anvil_path() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    assert!(
        path.exists(),
        "{} is missing: run scripts/toolchain.sh",
        path.display()
    );
    path
}

/// A chain with the suite deployed.
pub struct Chain {
    pub anvil: AnvilInstance,
    pub provider: DynProvider,
    pub addresses: Addresses,
    pub deployed_at: u64,
}

impl Chain {
    pub async fn start() -> Self {
        let anvil = Anvil::new()
            .path(anvil_path())
            .arg("--hardfork")
            .arg("prague")
            .spawn();
        let provider = ProviderBuilder::new()
            .connect_http(anvil.endpoint_url())
            .erased();
        let (authority, deployer) = as_account(&anvil, 0);
        let organizations = OrganizationRegistry::deploy(deployer.clone(), authority, authority)
            .await
            .unwrap();
        let deployed_at = provider.get_block_number().await.unwrap();
        let consents = organizations.consents().call().await.unwrap();
        let records = RecordRegistry::deploy(deployer, *organizations.address())
            .await
            .unwrap();
        Chain {
            anvil,
            provider,
            addresses: Addresses {
                organizations: *organizations.address(),
                consents,
                records: *records.address(),
            },
            deployed_at,
        }
    }

    pub fn address(&self, index: usize) -> Address {
        PrivateKeySigner::from(self.anvil.keys()[index].clone()).address()
    }

    pub fn client(&self, index: usize) -> Client<DynProvider> {
        Client::new(as_account(&self.anvil, index).1, self.addresses)
    }

    pub fn config(&self) -> SyncConfig {
        let mut config = SyncConfig::new(
            vec![
                self.addresses.organizations,
                self.addresses.consents,
                self.addresses.records,
            ],
            self.deployed_at,
        );
        config.poll_interval = Duration::from_millis(20);
        config.max_backoff = Duration::from_millis(500);
        config
    }

    pub async fn indexer(&self, store: &Store, config: SyncConfig) -> Indexer {
        indexer_at(
            &self.anvil.endpoint(),
            store,
            config,
            Duration::from_secs(10),
        )
        .await
    }

    pub async fn head(&self) -> u64 {
        self.provider.get_block_number().await.unwrap()
    }

    pub async fn rpc<
        T: serde::de::DeserializeOwned + std::fmt::Debug + Send + Sync + Unpin + 'static,
    >(
        &self,
        method: &str,
        params: serde_json::Value,
    ) -> T {
        self.provider
            .raw_request::<_, T>(method.to_owned().into(), params)
            .await
            .unwrap()
    }
}

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

pub fn as_account(anvil: &AnvilInstance, index: usize) -> (Address, DynProvider) {
    let signer: PrivateKeySigner = anvil.keys()[index].clone().into();
    (
        signer.address(),
        ProviderBuilder::new()
            .wallet(signer)
            .connect_http(anvil.endpoint_url())
            .erased(),
    )
}

// Who acts in the workload (anvil's accounts).
pub const AUTHORITY: usize = 0;
pub const HOSPITAL_ADMIN: usize = 1;
pub const LAB_ADMIN: usize = 2;
pub const DOCTOR: usize = 3;
pub const LAB_SCIENTIST: usize = 4;
pub const PATIENTS: [usize; 3] = [5, 6, 7];
pub const HOSPITAL: u32 = 1;
pub const LAB: u32 = 2;

pub fn terms(
    categories: &str,
    purposes: &str,
    actions: &str,
    from: u64,
    until: u64,
) -> ConsentTerms {
    ConsentTerms {
        categories: categories.parse::<CategorySet>().unwrap(),
        purposes: purposes.parse::<PurposeSet>().unwrap(),
        actions: actions.parse::<ActionSet>().unwrap(),
        valid_from: from,
        valid_until: until,
    }
}

pub async fn now(chain: &Chain) -> u64 {
    chain
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp
}

/// Organisations and their staff.
pub async fn organisations(chain: &Chain) {
    let authority = chain.client(AUTHORITY);
    authority
        .accredit(
            OrganizationKind::Hospital,
            chain.address(HOSPITAL_ADMIN),
            true,
            "St Mary's",
            "https://h.example/fhir",
        )
        .await
        .unwrap();
    authority
        .accredit(
            OrganizationKind::Laboratory,
            chain.address(LAB_ADMIN),
            false,
            "City Lab",
            "https://l.example/fhir",
        )
        .await
        .unwrap();
    chain
        .client(HOSPITAL_ADMIN)
        .add_practitioner(HOSPITAL, chain.address(DOCTOR), Role::Physician)
        .await
        .unwrap();
    chain
        .client(LAB_ADMIN)
        .add_practitioner(LAB, chain.address(LAB_SCIENTIST), Role::LabScientist)
        .await
        .unwrap();
}

/// A workload touching every projection: grants, narrowing, extension, revocation, a
/// delegate, requests approved and denied, an emergency, records superseded and retracted, read
/// receipts, a suspension. `round` varies the content so that two forks differ.
pub async fn workload(chain: &Chain, round: u64) {
    let start = now(chain).await;
    let doctor = chain.client(DOCTOR);
    let lab = chain.client(LAB_SCIENTIST);
    for (i, &index) in PATIENTS.iter().enumerate() {
        let patient = chain.client(index);
        let me = chain.address(index);
        let until = start + 86_400 * (30 + round + i as u64);
        patient
            .grant(
                me,
                HOSPITAL,
                &terms(
                    "laboratory,conditions,clinical_notes",
                    "TREAT",
                    "read,write",
                    start,
                    until,
                ),
            )
            .await
            .unwrap();
        patient
            .grant(
                me,
                LAB,
                &terms("laboratory", "TREAT", "read,write", start, until),
            )
            .await
            .unwrap();
        let content = format!("result {round} {i}");
        let (id, _) = lab
            .add_record(&NewRecord {
                patient: me,
                category: Category::Laboratory,
                fhir_type: FhirResourceType::Observation,
                content_hash: content_hash(content.as_bytes()),
                supersedes: None,
                purpose: Purpose::Treat,
            })
            .await
            .unwrap();
        doctor
            .log_access(me, vec![id], Purpose::Treat)
            .await
            .unwrap();
        if i == 0 {
            let (newer, _) = lab
                .add_record(&NewRecord {
                    patient: me,
                    category: Category::Laboratory,
                    fhir_type: FhirResourceType::Observation,
                    content_hash: content_hash(format!("{content} corrected").as_bytes()),
                    supersedes: Some(id),
                    purpose: Purpose::Treat,
                })
                .await
                .unwrap();
            lab.retract_record(newer).await.unwrap();
            patient
                .narrow(
                    me,
                    HOSPITAL,
                    &terms("laboratory", "TREAT", "read", start, until),
                )
                .await
                .unwrap();
            patient.extend(me, HOSPITAL, until + 86_400).await.unwrap();
        }
        if i == 1 {
            patient.revoke(me, LAB).await.unwrap();
            patient
                .appoint_delegate(
                    chain.address(9),
                    "laboratory".parse().unwrap(),
                    PurposeSet::ALL,
                    ActionSet::ALL,
                    until,
                )
                .await
                .unwrap();
            let (request, _) = doctor
                .request_access(
                    me,
                    &terms("imaging", "TREAT", "read", 0, 0),
                    86_400 * 60,
                    B256::repeat_byte(1),
                )
                .await
                .unwrap();
            patient.approve_request(request).await.unwrap();
            let (denied, _) = doctor
                .request_access(
                    me,
                    &terms("mental_health", "TREAT", "read", 0, 0),
                    86_400,
                    B256::repeat_byte(2),
                )
                .await
                .unwrap();
            patient.deny_request(denied).await.unwrap();
        }
        if i == 2 {
            // One break-glass access at a time: an earlier round's, if still open, ends first
            // (its practitioners closing it start no wait before the next).
            let open_until: u64 = doctor
                .consents()
                .consentOf(me, HOSPITAL)
                .call()
                .await
                .unwrap()
                .emergencyUntil
                .to();
            if open_until > now(chain).await {
                doctor.close_emergency(me, HOSPITAL).await.unwrap();
            }
            // A rare failure here (about 1 run in 25, under load): the estimate passed, then the
            // mined transaction failed (`FailedOnChain`). Not understood yet: say how it failed.
            let opened = doctor
                .open_emergency(
                    me,
                    EmergencyReason::PatientIncapacitated,
                    B256::repeat_byte(3),
                )
                .await;
            if let Err(ClientError::FailedOnChain(hash)) = &opened {
                panic!(
                    "round {round}: opening the emergency failed on chain: {}",
                    how_it_failed(chain, *hash).await
                );
            }
            opened.unwrap_or_else(|e| panic!("round {round}: opening the emergency: {e:?}"));
        }
    }
}

/// How the mined transaction `hash` failed: its gas limit and use, its block, and the end of
/// anvil's trace of it (out of gas, or a revert and its data).
async fn how_it_failed(chain: &Chain, hash: B256) -> String {
    use alloy::consensus::Transaction;
    let limit = chain
        .provider
        .get_transaction_by_hash(hash)
        .await
        .ok()
        .flatten()
        .map(|tx| tx.gas_limit());
    let receipt = chain
        .provider
        .get_transaction_receipt(hash)
        .await
        .ok()
        .flatten();
    let trace: serde_json::Value = chain
        .provider
        .raw_request(
            "debug_traceTransaction".into(),
            (
                hash,
                serde_json::json!({ "disableStorage": true, "disableStack": true }),
            ),
        )
        .await
        .unwrap_or_default();
    let last_steps: Vec<&serde_json::Value> = trace["structLogs"]
        .as_array()
        .map(|steps| steps.iter().rev().take(3).collect())
        .unwrap_or_default();
    format!(
        "{hash}: gas limit {limit:?}, used {:?}, block {:?}; trace: failed {}, returned {}, last steps {last_steps:?}",
        receipt.as_ref().map(|r| r.gas_used),
        receipt.as_ref().and_then(|r| r.block_number),
        trace["failed"],
        trace["returnValue"],
    )
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

/// Asserts the store holds exactly the chain's events (positions, hashes) and answers access
/// questions as the contract does now.
pub async fn assert_mirrors(chain: &Chain, store: &Store) {
    let filter = Filter::new()
        .address(vec![
            chain.addresses.organizations,
            chain.addresses.consents,
            chain.addresses.records,
        ])
        .from_block(0u64)
        .to_block(chain.head().await);
    let logs = chain.provider.get_logs(&filter).await.unwrap();
    let expected: Vec<(u64, u64, B256)> = logs
        .iter()
        .map(|l| {
            (
                l.block_number.unwrap(),
                l.log_index.unwrap(),
                l.block_hash.unwrap(),
            )
        })
        .collect();
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

static DATABASES: AtomicU32 = AtomicU32::new(0);

/// A PostgreSQL to test against: `DATABASE_URL` if set, else a throwaway cluster started from
/// the installed binaries (as the postgres user when running as root). Never skipped.
pub struct Postgres {
    dir: Option<tempfile::TempDir>,
    base: String,
    options: String,
}

fn postgres_bin() -> PathBuf {
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if dir.join("initdb").exists() {
            return dir;
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .map(|e| e.path().join("bin"))
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions
        .pop()
        .filter(|bin| bin.join("initdb").exists())
        .expect("PostgreSQL server binaries (initdb, pg_ctl) are installed")
}

fn as_postgres(bin: &Path, program: &str) -> Command {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0"))
        .unwrap_or(false);
    if is_root {
        let mut command = Command::new("runuser");
        command
            .args(["-u", "postgres", "--"])
            .arg(bin.join(program));
        command
    } else {
        Command::new(bin.join(program))
    }
}

impl Postgres {
    /// A throwaway cluster for tests: `fsync` off (a test never loses power).
    pub fn start() -> Self {
        Self::start_with(false, "")
    }

    /// A throwaway cluster that syncs its commits to disk as a production server does (for
    /// benchmarks, so PostgreSQL's numbers compare with SQLite's `synchronous = FULL`).
    pub fn start_durable() -> Self {
        Self::start_with(true, "")
    }

    /// A throwaway cluster tuned as some operators tune theirs, with `synchronous_commit = off`:
    /// a commit returns before its write-ahead log is written, so a crash loses the last
    /// commits it acknowledged (whole, the latest ones). Its WAL writer writes a page it has not
    /// filled only every 10 s (`wal_writer_delay`, at its most), so that a crash reliably loses
    /// the latest.
    pub fn start_asynchronous() -> Self {
        Self::start_with(false, " -c synchronous_commit=off -c wal_writer_delay=10s")
    }

    /// `settings`: more `-c name=value` for the server.
    fn start_with(fsync: bool, settings: &str) -> Self {
        if let Ok(url) = std::env::var("DATABASE_URL")
            && url.starts_with("postgres")
        {
            return Postgres {
                dir: None,
                base: url,
                options: String::new(),
            };
        }
        let bin = postgres_bin();
        let dir = tempfile::Builder::new()
            .prefix("consentry-pg")
            .tempdir()
            .unwrap();
        let data = dir.path().join("data");
        let _ = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(dir.path())
            .status();
        let out = as_postgres(&bin, "initdb")
            .args([
                "-U",
                "consentry",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
                "-D",
            ])
            .arg(&data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync={} -c max_connections=50{settings}",
            dir.path().display(),
            if fsync { "on" } else { "off" }
        );
        let out = as_postgres(&bin, "pg_ctl")
            .arg("-D")
            .arg(&data)
            .args(["-o", &options, "-w", "-t", "60", "-l"])
            .arg(dir.path().join("log"))
            .arg("start")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Postgres {
            dir: Some(dir),
            base: format!("postgres://consentry@127.0.0.1:{port}/postgres"),
            options,
        }
    }

    /// The cluster, if it is a throwaway one this process may stop and restart (not the
    /// database `DATABASE_URL` names).
    pub fn throwaway(self) -> Option<Self> {
        self.dir.is_some().then_some(self)
    }

    /// A fresh, empty database.
    pub async fn database(&self) -> String {
        use sqlx::Connection;
        let name = format!(
            "consentry_test_{}_{}",
            std::process::id(),
            DATABASES.fetch_add(1, Ordering::Relaxed)
        );
        let mut conn = sqlx::PgConnection::connect(&self.base).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .unwrap();
        let (prefix, _) = self.base.rsplit_once('/').unwrap();
        format!("{prefix}/{name}")
    }

    /// Stops the server at once, as a crash would.
    pub fn kill(&self) {
        self.pg_ctl(&["-m", "immediate", "-w", "stop"]);
    }

    /// Starts the server again.
    pub fn resume(&self) {
        let options = self.options.clone();
        self.pg_ctl(&["-o", &options, "-w", "-t", "60", "start"]);
    }

    fn pg_ctl(&self, args: &[&str]) {
        let dir = self.dir.as_ref().expect("a throwaway cluster");
        let out = as_postgres(&postgres_bin(), "pg_ctl")
            .arg("-D")
            .arg(dir.path().join("data"))
            .arg("-l")
            .arg(dir.path().join("log"))
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Stops the cluster at once (as a crash would) and starts it again.
    pub fn restart(&self) {
        let dir = self.dir.as_ref().expect("a throwaway cluster");
        let bin = postgres_bin();
        let data = dir.path().join("data");
        let out = as_postgres(&bin, "pg_ctl")
            .arg("-D")
            .arg(&data)
            .args(["-m", "immediate", "-w", "-t", "60", "-l"])
            .arg(dir.path().join("log"))
            .arg("restart")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl restart: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = as_postgres(&postgres_bin(), "pg_ctl")
                .arg("-D")
                .arg(dir.path().join("data"))
                .args(["-m", "immediate", "-w", "stop"])
                .output();
        }
    }
}

/// A fresh SQLite store in `dir`.
pub async fn sqlite(dir: &Path) -> Store {
    Store::connect(&format!(
        "sqlite://{}",
        dir.join("consentry.sqlite").display()
    ))
    .await
    .unwrap()
}
