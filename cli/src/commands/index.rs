//! `consentry index`: the indexer, until SIGTERM or Ctrl-C.

use std::{io::IsTerminal, time::Duration};

use consentry_api::{self as api, Api, ApiConfig, Head};
use consentry_deployer::manifest::{CONSENT_REGISTRY, ORGANIZATION_REGISTRY, RECORD_REGISTRY};
use consentry_indexer::{Indexer, Progress, SyncConfig, blocks_behind, rpc};
use consentry_store::Store;
use eyre::WrapErr;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::{
    cli::{ApiArgs, IndexArgs, ServeArgs},
    context::Context,
    output::{Outcome, Output, thousands},
};

pub(crate) async fn run(ctx: &Context, args: IndexArgs, out: Output) -> eyre::Result<Outcome> {
    let (addresses, manifest_start) = match (
        args.organization_registry,
        args.consent_registry,
        args.record_registry,
    ) {
        (Some(orgs), Some(consents), Some(records)) => (vec![orgs, consents, records], None),
        _ => {
            let manifest = ctx.manifest()?;
            let path = ctx.manifest_path();
            let address = |name: &str| {
                manifest
                    .address(name)
                    .ok_or_else(|| eyre::eyre!("manifest {} has no {name}", path.display()))
            };
            (
                vec![
                    address(ORGANIZATION_REGISTRY)?,
                    address(CONSENT_REGISTRY)?,
                    address(RECORD_REGISTRY)?,
                ],
                manifest.start_block(),
            )
        }
    };
    let start_block = args.from_block.or(manifest_start).unwrap_or_default();
    if let Some(addr) = args.metrics_addr {
        let handle = api::metrics_handle();
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .wrap_err_with(|| format!("serving metrics on {addr}"))?;
        let router = axum::Router::new().route(
            "/metrics",
            axum::routing::get(move || {
                let handle = handle.clone();
                async move { handle.render() }
            }),
        );
        tokio::spawn(async move { axum::serve(listener, router).await });
        tracing::info!(%addr, "Prometheus metrics at /metrics");
    }
    let starting = start(ctx, &args, addresses, start_block);
    let (store, provider, indexer) = tokio::select! {
        started = starting => started?,
        () = shutdown() => return Ok(stopped_before_start()),
    };

    let progress = indexer.progress();
    if let Some(addr) = args.api_addr {
        let chain_id = rpc::chain_id(&provider, args.max_backoff).await?;
        let head = followed_head(progress.clone());
        start_api(store, chain_id, Some(provider), head, addr, &args.api).await?;
    }
    let show = !out.json && !out.quiet;
    let reporter = tokio::spawn(report(
        progress.clone(),
        show && std::io::stderr().is_terminal(),
    ));
    let result = if args.exit_at_head {
        tokio::select! {
            result = indexer.catch_up() => result,
            () = shutdown() => Ok(()),
        }
    } else {
        indexer.run(shutdown()).await
    };
    reporter.abort();
    result?;
    let state = *progress.borrow();
    let events = indexer.store().event_count().await?;
    Ok(Outcome::new(json!({
        "checkpoint": state.checkpoint,
        "head": state.head,
        "eventsThisRun": state.events,
        "eventsStored": events,
        "reorgs": state.reorgs,
    }))
    .line(format!(
        "Stored up to block {} ({} events this run, {} in the store, {} reorgs undone)",
        state.checkpoint.map_or("-".into(), |c| c.to_string()),
        thousands(state.events),
        thousands(events),
        state.reorgs
    )))
}

/// Opens the store, connects to the node and starts the indexer (it asks the node its chain
/// id, which a node that is not there yet may take a while to answer).
async fn start(
    ctx: &Context,
    args: &IndexArgs,
    addresses: Vec<alloy::primitives::Address>,
    start_block: u64,
) -> eyre::Result<(Store, alloy::providers::DynProvider, Indexer)> {
    let store = Store::connect(&args.database_url)
        .await
        .wrap_err_with(|| format!("opening the store {}", redact(&args.database_url)))?;
    let provider = rpc::connect_any(&ctx.global.rpc_url, args.request_timeout).await?;
    let mut config = SyncConfig::new(addresses, start_block);
    config.poll_interval = args.poll_interval;
    config.confirmations = args.confirmations;
    config.window = args.window.max(1);
    config.initial_range = args.initial_range.max(1);
    config.max_range = args.max_range.max(config.initial_range);
    config.batch_events = args.batch_events.max(1);
    config.defer_indexes = !args.keep_indexes;
    config.max_backoff = args.max_backoff;
    config.subscribe = rpc::is_websocket(&ctx.global.rpc_url);
    let indexer = Indexer::new(provider.clone(), store.clone(), config).await?;
    Ok((store, provider, indexer))
}

/// What a service stopped (SIGTERM, Ctrl-C) before it started says: nothing was done.
pub(crate) fn stopped_before_start() -> Outcome {
    Outcome::new(json!({ "stopped": "before starting" })).line("Stopped before starting")
}

/// `consentry serve`: the query API alone, until SIGTERM or Ctrl-C.
pub(crate) async fn serve(ctx: &Context, args: ServeArgs, out: Output) -> eyre::Result<Outcome> {
    let store = Store::connect(&args.database_url)
        .await
        .wrap_err_with(|| format!("opening the store {}", redact(&args.database_url)))?;
    let provider = rpc::connect(&ctx.global.rpc_url, Duration::from_secs(10))?;
    let chain_id = match store.checkpoint().await? {
        Some(checkpoint) => checkpoint.chain_id,
        None => rpc::chain_id(&provider, Duration::from_secs(5))
            .await
            .wrap_err("the store is empty and the node does not answer: which chain is this?")?,
    };
    let head = Head::Node(provider.clone());
    let handle = start_api(
        store,
        chain_id,
        Some(provider),
        head,
        args.api_addr,
        &args.api,
    )
    .await?;
    if !out.json && !out.quiet {
        eprintln!(
            "Serving the query API at {} (Ctrl-C to stop)",
            public_url(args.api_addr, &args.api)
        );
    }
    shutdown().await;
    handle.abort();
    Ok(Outcome::new(json!({ "served": public_url(args.api_addr, &args.api) })).line("Stopped"))
}

fn public_url(addr: std::net::SocketAddr, args: &ApiArgs) -> String {
    args.public_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"))
}

/// Binds `addr` and serves the API there in the background.
async fn start_api(
    store: Store,
    chain_id: u64,
    rpc: Option<alloy::providers::DynProvider>,
    head: Head,
    addr: std::net::SocketAddr,
    args: &ApiArgs,
) -> eyre::Result<tokio::task::JoinHandle<()>> {
    let config = ApiConfig {
        public_url: public_url(addr, args),
        chain_id,
        session_ttl: args.session_ttl,
        session_secret: args.session_secret.as_ref().map(|s| s.as_bytes().to_vec()),
        max_lag: args.max_lag,
        demo_wallets: Vec::new(),
    };
    let api = Api::new(store, config, rpc, head)?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .wrap_err_with(|| format!("serving the API on {addr}"))?;
    tracing::info!(%addr, "query API listening");
    Ok(tokio::spawn(async move {
        if let Err(error) = api.serve(listener, std::future::pending()).await {
            tracing::error!(%error, "the query API stopped");
        }
    }))
}

/// SIGTERM or Ctrl-C.
pub(crate) async fn shutdown() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = term.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    tracing::info!("shutting down");
}

/// The head this process's indexer last saw, for the API's `/healthz`.
pub(crate) fn followed_head(progress: tokio::sync::watch::Receiver<Progress>) -> Head {
    Head::Indexer(std::sync::Arc::new(move || progress.borrow().head))
}

/// A progress bar on a terminal, else a log line every ten seconds.
async fn report(mut progress: tokio::sync::watch::Receiver<Progress>, bar: bool) {
    if bar {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} blocks {pos}/{len} {wide_bar} {per_sec} eta {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        loop {
            {
                let p = *progress.borrow_and_update();
                bar.set_length(p.head.saturating_sub(p.start_block));
                bar.set_position(
                    p.checkpoint
                        .unwrap_or(p.start_block)
                        .saturating_sub(p.start_block),
                );
                bar.set_message(format!(
                    "{} events, {} reorgs",
                    thousands(p.events),
                    p.reorgs
                ));
            }
            if progress.changed().await.is_err() {
                return;
            }
        }
    }
    loop {
        tokio::time::sleep(Duration::from_secs(10)).await;
        log_progress(&progress.borrow());
    }
}

/// The progress line logged every ten seconds: how many blocks the store is `behind` the node's
/// head, or, when the head is below the stored checkpoint (a node rolled back, a replica far
/// behind), how many the node is behind the store (`node_behind_store`).
fn log_progress(p: &Progress) {
    let behind = blocks_behind(p.head, p.checkpoint.unwrap_or_default());
    tracing::info!(
        checkpoint = p.checkpoint,
        head = p.head,
        behind = u64::try_from(behind).ok(),
        node_behind_store = (behind < 0).then(|| behind.unsigned_abs()),
        events = p.events,
        reorgs = p.reorgs,
        "indexing"
    );
}

/// The URL without its password.
pub(crate) fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use std::{
        io,
        sync::{Arc, Mutex},
    };

    use super::*;

    /// What `log` writes through `tracing`, as the compact format prints it.
    fn logged(log: impl FnOnce()) -> String {
        #[derive(Clone, Default)]
        struct Written(Arc<Mutex<Vec<u8>>>);
        impl io::Write for Written {
            fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let written = Written::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer({
                let written = written.clone();
                move || written.clone()
            })
            .with_ansi(false)
            .without_time()
            .compact()
            .finish();
        tracing::subscriber::with_default(subscriber, log);
        String::from_utf8(written.0.lock().unwrap().clone()).unwrap()
    }

    /// The progress line says how far the store is behind the node, and, when the node's head is
    /// below the stored checkpoint (a node rolled back, a replica far behind), how far the node
    /// is behind the store: never that the store is 0 blocks behind.
    #[test]
    fn the_progress_line_says_who_is_behind() {
        let line = |head, checkpoint| {
            logged(|| {
                log_progress(&Progress {
                    head,
                    checkpoint: Some(checkpoint),
                    ..Progress::default()
                })
            })
        };
        let store_behind = line(120, 100);
        assert!(store_behind.contains(" behind=20 "), "{store_behind}");
        assert!(
            !store_behind.contains("node_behind_store"),
            "{store_behind}"
        );
        let node_behind = line(95, 100);
        assert!(
            node_behind.contains(" node_behind_store=5 "),
            "{node_behind}"
        );
        assert!(!node_behind.contains(" behind="), "{node_behind}");
    }
}
