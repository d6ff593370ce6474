//! `consentry index`: the indexer, until SIGTERM or Ctrl-C.

use std::{io::IsTerminal, time::Duration};

use consentry_deployer::manifest::{CONSENT_REGISTRY, ORGANIZATION_REGISTRY, RECORD_REGISTRY};
use consentry_indexer::{Indexer, Store, SyncConfig, rpc};
use eyre::WrapErr;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::{
    cli::IndexArgs,
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
        metrics_exporter_prometheus::PrometheusBuilder::new()
            .with_http_listener(addr)
            .install()
            .wrap_err_with(|| format!("serving metrics on {addr}"))?;
        tracing::info!(%addr, "Prometheus metrics at /metrics");
    }
    let store = Store::connect(&args.database_url)
        .await
        .wrap_err_with(|| format!("opening the store {}", redact(&args.database_url)))?;
    let provider = rpc::connect_any(&ctx.global.rpc_url, args.request_timeout)
        .await
        .map_err(|e| eyre::eyre!(e))?;
    let mut config = SyncConfig::new(addresses, start_block);
    config.poll_interval = args.poll_interval;
    config.confirmations = args.confirmations;
    config.window = args.window.max(1);
    config.initial_range = args.initial_range.max(1);
    config.max_range = args.max_range.max(config.initial_range);
    config.max_backoff = args.max_backoff;
    config.subscribe = rpc::is_websocket(&ctx.global.rpc_url);
    let indexer = Indexer::new(provider, store, config).await?;

    let progress = indexer.progress();
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

/// SIGTERM or Ctrl-C.
async fn shutdown() {
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

/// A progress bar on a terminal, else a log line every ten seconds.
async fn report(
    mut progress: tokio::sync::watch::Receiver<consentry_indexer::Progress>,
    bar: bool,
) {
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
        let p = *progress.borrow();
        tracing::info!(
            checkpoint = p.checkpoint,
            head = p.head,
            behind = p.head.saturating_sub(p.checkpoint.unwrap_or_default()),
            events = p.events,
            reorgs = p.reorgs,
            "indexing"
        );
    }
}

/// The URL without its password.
fn redact(url: &str) -> String {
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
