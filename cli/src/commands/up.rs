//! `consentry up`: the demo in one command. Starts a local anvil (or uses `--rpc-url`),
//! deploys the contracts, seeds the demo, indexes it into SQLite (or PostgreSQL) and serves
//! the API with the dashboard, until Ctrl-C.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::{Duration, Instant, SystemTime},
};

use alloy::{
    network::EthereumWallet,
    providers::{DynProvider, Provider, ProviderBuilder, ext::AnvilApi},
    signers::local::PrivateKeySigner,
};
use consentry_api::{Api, ApiConfig};
use consentry_deployer::{
    Config, Deployer, Manifest, Options, OrganizationSpec, Plan,
    manifest::{CONSENT_REGISTRY, ORGANIZATION_REGISTRY, RECORD_REGISTRY},
    plan::default_salt,
};
use consentry_indexer::{Indexer, SyncConfig, rpc};
use consentry_sdk::client::{Addresses, Client};
use consentry_store::Store;
use eyre::{WrapErr, eyre};
use serde_json::json;
use tokio::process::{Child, Command};

use super::index::{redact, shutdown};
use crate::{
    cli::{Global, UpArgs},
    demo::{self, Cast, DemoFile, Size},
    output::{Outcome, Output, thousands},
};

/// Anvil's first well-known development key: the deployer and health authority of the demo.
const ANVIL_KEY: &str = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const DAY: u64 = 86_400;

pub(crate) async fn run(global: &Global, args: UpArgs, out: Output) -> eyre::Result<Outcome> {
    let started = Instant::now();
    std::fs::create_dir_all(&args.dir)
        .wrap_err_with(|| format!("creating {}", args.dir.display()))?;
    let dir = args.dir.canonicalize()?;
    let state = dir.join("anvil-state.json");
    let demo_path = dir.join("demo.json");
    let sqlite = dir.join("consentry.sqlite");
    let database_url = args
        .database_url
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}", sqlite.display()));
    let own_chain = !global.rpc_url_given;
    let keep = args.keep && demo_path.exists() && (!own_chain || state.exists());
    if args.keep && !keep {
        status(out, "Nothing to keep yet: starting a fresh demo");
    }
    // Everything that can refuse comes before anything is deleted: the API's address (a taken
    // port fails before minutes of seeding) and a database that already holds an index.
    let listener = tokio::net::TcpListener::bind(args.api_addr)
        .await
        .wrap_err_with(|| {
            format!(
                "--api-addr {}: is another `consentry up` running?",
                args.api_addr
            )
        })?;
    let anvil_binary = if own_chain {
        let port = args.anvil_port;
        std::net::TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
            eyre!(
                "port {port} is taken ({e}): is another node running? Give --anvil-port, or --rpc-url to use it"
            )
        })?;
        Some(anvil_binary(&args)?)
    } else {
        None
    };
    if !keep && args.database_url.is_some() {
        let store = Store::connect(&database_url)
            .await
            .wrap_err_with(|| format!("opening the store {}", redact(&database_url)))?;
        if let Some(checkpoint) = store.checkpoint().await? {
            eyre::bail!(
                "the database {} already holds an index (chain {}, up to block {}): give an empty one, or --keep to resume it",
                redact(&database_url),
                checkpoint.chain_id,
                checkpoint.block_number
            );
        }
    }
    if !keep {
        for file in [
            "anvil-state.json",
            "demo.json",
            "consentry.sqlite",
            "consentry.sqlite-wal",
            "consentry.sqlite-shm",
        ] {
            let path = dir.join(file);
            if path.exists() {
                std::fs::remove_file(&path)
                    .wrap_err_with(|| format!("removing {}", path.display()))?;
            }
        }
        let deployments = dir.join("deployments");
        if deployments.exists() {
            std::fs::remove_dir_all(&deployments)?;
        }
    }
    let store = Store::connect(&database_url)
        .await
        .wrap_err_with(|| format!("opening the store {}", redact(&database_url)))?;

    let mut anvil = None;
    let rpc_url = match &anvil_binary {
        Some(binary) => {
            let genesis = unix_now().saturating_sub(args.weeks * 7 * DAY + DAY / 24);
            anvil = Some(start_anvil(
                binary,
                args.anvil_port,
                &dir,
                &state,
                (!keep).then_some(genesis),
            )?);
            format!("http://127.0.0.1:{}", args.anvil_port)
        }
        None => global.rpc_url.clone(),
    };
    let provider = wait_for_node(&rpc_url, Duration::from_secs(30)).await?;
    let chain_id = provider.get_chain_id().await?;
    let manifest_path = Manifest::path(&dir.join("deployments"), chain_id);

    let demo = if keep {
        status(out, "Resuming the last demo (--keep)");
        DemoFile::load(&demo_path).wrap_err_with(|| format!("reading {}", demo_path.display()))?
    } else {
        let authority: PrivateKeySigner = match &global.private_key {
            Some(key) if !own_chain => key
                .trim()
                .parse()
                .map_err(|_| eyre!("--private-key is not a 32-byte hex private key"))?,
            _ => ANVIL_KEY.parse()?,
        };
        let cast = Cast::new(args.patients, 1);
        let addresses = out
            .waiting(
                "Deploying the contracts",
                deploy(&provider, chain_id, &authority, &cast, &manifest_path),
            )
            .await?;
        let start = chain_time(&provider).await? + 60;
        let domain = Client::new(provider.clone(), addresses)
            .domain()
            .await
            .wrap_err("reading the consent registry's EIP-712 domain")?;
        let size = Size {
            weeks: args.weeks,
            seed: args.seed,
        };
        let script = demo::plan::script(&cast, size, &domain, start);
        status(
            out,
            &format!(
                "Seeding {} transactions: {} patients, {} consents, {} records over {} simulated weeks",
                thousands(script.steps.len() as u64),
                thousands(cast.patients.len() as u64),
                thousands(script.tally.consents as u64),
                thousands(script.tally.records as u64),
                args.weeks
            ),
        );
        let seeded =
            demo::seed::play(&rpc_url, addresses, &cast, &script, !out.quiet && !out.json).await?;
        // Bring the chain's clock to the present (or past the script's end).
        let present = unix_now().max(script.end);
        provider.anvil_set_next_block_timestamp(present).await?;
        provider.evm_mine(None).await?;
        status(
            out,
            &format!(
                "Seeded {} transactions in {:.1} s ({:.0}/s)",
                thousands(seeded.transactions as u64),
                seeded.seconds,
                seeded.transactions as f64 / seeded.seconds.max(0.001)
            ),
        );
        let file = DemoFile::new(
            &cast,
            &authority,
            format!("http://{}", listener.local_addr()?),
            rpc_url.clone(),
            chain_id,
            &manifest_path,
            redact(&database_url),
            script.tally,
            script.end,
        );
        file.save(&demo_path)?;
        file
    };

    // The indexer, and the API with the dashboard.
    let manifest = Manifest::load(&manifest_path)
        .wrap_err_with(|| format!("reading the manifest {}", manifest_path.display()))?;
    let address = |name: &str| {
        manifest
            .address(name)
            .ok_or_else(|| eyre!("manifest {} has no {name}", manifest_path.display()))
    };
    let mut config = SyncConfig::new(
        vec![
            address(ORGANIZATION_REGISTRY)?,
            address(CONSENT_REGISTRY)?,
            address(RECORD_REGISTRY)?,
        ],
        manifest.start_block().unwrap_or_default(),
    );
    config.poll_interval = Duration::from_millis(250);
    let sync_provider = rpc::connect_any(&rpc_url, Duration::from_secs(10)).await?;
    let indexer = Indexer::new(sync_provider.clone(), store.clone(), config).await?;
    let indexing = Instant::now();
    out.waiting("Indexing the demo", indexer.catch_up()).await?;
    let indexed_in = indexing.elapsed();
    let progress = indexer.progress();

    let demo_wallets = if own_chain {
        demo.practitioner_keys()?
    } else {
        Vec::new()
    };
    let url = format!("http://{}", listener.local_addr()?);
    let api = Api::new(
        store.clone(),
        ApiConfig {
            public_url: args.api.public_url.clone().unwrap_or_else(|| url.clone()),
            chain_id,
            session_ttl: args.api.session_ttl,
            session_secret: args
                .api
                .session_secret
                .as_ref()
                .map(|s| s.as_bytes().to_vec()),
            max_lag: args.api.max_lag,
            demo_wallets,
        },
        Some(sync_provider),
        super::index::followed_head(progress.clone()),
    )?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stop| *stop).await;
    };
    let server = tokio::spawn(api.serve(listener, stopped(stop_rx.clone())));
    let events = store.event_count().await?;

    let ready = json!({
        "url": url,
        "rpcUrl": rpc_url,
        "chainId": chain_id,
        "demo": demo_path,
        "events": events,
        "readySeconds": started.elapsed().as_secs_f64(),
        "indexSeconds": indexed_in.as_secs_f64(),
    });
    if out.json {
        println!("{ready}");
    } else if !out.quiet {
        print_ready(
            &demo,
            &url,
            &rpc_url,
            &demo_path,
            events,
            own_chain,
            started.elapsed(),
        );
    }

    let sync = indexer.run(async {
        tokio::select! {
            () = shutdown() => {}
            () = stopped(stop_rx.clone()) => {}
        }
    });
    let result = sync.await;
    let _ = stop_tx.send(true);
    if let Ok(Err(error)) = tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .map(|r| r.unwrap_or(Ok(())))
    {
        tracing::warn!(%error, "the API stopped with an error");
    }
    if let Some(anvil) = anvil.take() {
        stop_anvil(anvil).await;
    }
    result?;
    Ok(
        Outcome::new(json!({ "stopped": true, "dir": dir })).line(format!(
            "Stopped. `consentry up --keep` resumes this chain and database ({}).",
            dir.display()
        )),
    )
}

fn status(out: Output, line: &str) {
    if !out.quiet && !out.json {
        eprintln!("{line}");
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

async fn chain_time(provider: &DynProvider) -> eyre::Result<u64> {
    let block = provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await?
        .ok_or_else(|| eyre!("the node has no latest block"))?;
    Ok(block.header.timestamp)
}

/// The anvil binary: `--anvil`, else `anvil` on PATH, else the one scripts/toolchain.sh
/// installs under node_modules (beside the working directory or the binary's checkout).
fn anvil_binary(args: &UpArgs) -> eyre::Result<PathBuf> {
    if let Some(path) = &args.anvil {
        return Ok(path.clone());
    }
    let on_path = std::env::var_os("PATH").into_iter().flat_map(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("anvil"))
            .collect::<Vec<_>>()
    });
    let installed = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";
    let mut candidates: Vec<PathBuf> = on_path.collect();
    candidates.push(PathBuf::from(installed));
    if let Ok(exe) = std::env::current_exe() {
        // target/{debug,release}/consentry -> the checkout.
        if let Some(root) = exe.ancestors().nth(3) {
            candidates.push(root.join(installed));
        }
    }
    candidates
        .into_iter()
        .find(|path| path.is_file())
        .ok_or_else(|| {
            eyre!(
                "anvil not found: run scripts/up.sh (it installs the pinned toolchain), put anvil on PATH, or give --anvil PATH (or --rpc-url for a node of your own)"
            )
        })
}

/// Starts anvil on `--anvil-port`, loading and saving its state in `state`; a fresh chain's
/// genesis is dated `genesis` so that the demo's weeks end in the present.
fn start_anvil(
    binary: &Path,
    port: u16,
    dir: &Path,
    state: &Path,
    genesis: Option<u64>,
) -> eyre::Result<Child> {
    let log = std::fs::File::create(dir.join("anvil.log"))?;
    let mut command = Command::new(binary);
    command
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .args([
            "--chain-id",
            "31337",
            "--state-interval",
            "30",
            "--order",
            "fifo",
        ])
        .arg("--state")
        .arg(state)
        .stdin(Stdio::null())
        .stdout(Stdio::from(log.try_clone()?))
        .stderr(Stdio::from(log))
        .kill_on_drop(true);
    if let Some(genesis) = genesis {
        command.args(["--timestamp", &genesis.to_string()]);
    }
    // Its own process group: Ctrl-C reaches `consentry up`, which stops the indexer before
    // the chain.
    #[cfg(unix)]
    command.process_group(0);
    command
        .spawn()
        .wrap_err_with(|| format!("starting {}", binary.display()))
}

/// Asks anvil to stop (SIGINT: it saves its state), then kills it if it lingers.
async fn stop_anvil(mut anvil: Child) {
    #[cfg(unix)]
    if let Some(pid) = anvil.id().and_then(|pid| i32::try_from(pid).ok()) {
        use nix::{sys::signal, unistd::Pid};
        let _ = signal::kill(Pid::from_raw(pid), signal::Signal::SIGINT);
    }
    if tokio::time::timeout(Duration::from_secs(10), anvil.wait())
        .await
        .is_err()
    {
        let _ = anvil.kill().await;
    }
}

async fn wait_for_node(url: &str, patience: Duration) -> eyre::Result<DynProvider> {
    use backon::{ConstantBuilder, Retryable};
    let provider = rpc::connect(url, Duration::from_secs(5))?;
    let every = Duration::from_millis(100);
    let times = usize::try_from(patience.as_millis() / every.as_millis()).unwrap_or(usize::MAX);
    (|| provider.get_chain_id())
        .retry(
            ConstantBuilder::default()
                .with_delay(every)
                .with_max_times(times),
        )
        .await
        .map_err(|error| eyre!("the node at {url} did not answer within {patience:?}: {error}"))?;
    Ok(provider)
}

/// Deploys the suite with the demo's organisations; returns the addresses.
async fn deploy(
    provider: &DynProvider,
    chain_id: u64,
    authority: &PrivateKeySigner,
    cast: &Cast,
    manifest_path: &Path,
) -> eyre::Result<Addresses> {
    let sender = authority.address();
    let organizations = cast
        .orgs
        .iter()
        .map(|org| OrganizationSpec {
            name: org.name.to_owned(),
            kind: org.kind,
            admin: org.admin.address(),
            emergency_capable: org.emergency_capable,
            fhir_endpoint: org.fhir_endpoint.to_owned(),
        })
        .collect();
    let config = Config {
        salt: default_salt(),
        governance: sender,
        authorities: vec![sender],
        organizations,
    };
    let plan = Plan::simulate(chain_id, sender, config)?;
    let addresses = Addresses {
        organizations: plan.contract(ORGANIZATION_REGISTRY).address,
        consents: plan.contract(CONSENT_REGISTRY).address,
        records: plan.contract(RECORD_REGISTRY).address,
    };
    let wallet = EthereumWallet::from(authority.clone());
    let signing = ProviderBuilder::new()
        .wallet(wallet.clone())
        .connect_provider(provider.clone())
        .erased();
    let deployer = Deployer::new(
        signing,
        Some(wallet),
        sender,
        plan,
        Options::new(manifest_path.to_path_buf()),
    );
    deployer.deploy().await?;
    // The demo's organisations must be ids 1 to 5: a chain with another deployment is no
    // place for it.
    let first = consentry_sdk::client::Client::new(provider.clone(), addresses)
        .organizations()
        .organization(1)
        .call()
        .await?;
    if first.admin != cast.orgs[0].admin.address() {
        eyre::bail!(
            "organisation 1 on this chain is not the demo's: the demo needs a fresh chain (drop --rpc-url to start one)"
        );
    }
    Ok(addresses)
}

fn print_ready(
    demo: &DemoFile,
    url: &str,
    rpc_url: &str,
    demo_path: &Path,
    events: u64,
    own_chain: bool,
    took: Duration,
) {
    println!();
    println!(
        "Consentry demo is up after {:.0} s: {} events from {} patients and {} organisations.",
        took.as_secs_f64(),
        thousands(events),
        thousands(demo.patients as u64),
        demo.organizations.len()
    );
    println!();
    println!("  Dashboard   {url}/");
    println!("  Statistics  {url}/stats  (public)");
    println!("  API         {url}/openapi.json   FHIR {url}/fhir/metadata");
    println!(
        "  Chain       {rpc_url} (chain {}{})",
        demo.chain_id,
        if own_chain { ", a local anvil" } else { "" }
    );
    println!();
    if own_chain {
        println!(
            "Sign in on the dashboard with \"Demo sign-in\", or import a practitioner's key into MetaMask"
        );
    } else {
        println!("Sign in with a practitioner's key in your wallet (MetaMask: import the key)");
    }
    println!("(network {rpc_url}, chain id {}):", demo.chain_id);
    for org in &demo.organizations {
        if let Some(first) = org.practitioners.first() {
            println!(
                "  {:<32} {:<10} {:#x}  key {}",
                org.name,
                first.role.as_deref().unwrap_or(""),
                first.address,
                first.private_key
            );
        }
    }
    println!();
    println!(
        "Every demo account and key: {}. These keys are public: use them on this local chain only.",
        demo_path.display()
    );
    println!("Ctrl-C stops everything; `consentry up --keep` resumes this chain and database.");
    use std::io::Write;
    let _ = std::io::stdout().flush();
}
