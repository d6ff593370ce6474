//! What an operator watches: `/healthz` (liveness and lag behind the chain head) and the
//! Prometheus `/metrics`.

use std::{sync::OnceLock, time::SystemTime};

use alloy::providers::Provider;
use axum::{
    Json,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;

use crate::{Api, Head, error::ApiError, unix};

/// The process's Prometheus recorder, installed on first use (the API's request metrics and
/// the indexer's sync metrics both go to it).
pub fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    metrics_exporter_prometheus::Matcher::Suffix("duration_seconds".into()),
                    &[
                        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                    ],
                )
                .map(PrometheusBuilder::build_recorder)
                .unwrap_or_else(|_| PrometheusBuilder::new().build_recorder());
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("another metrics recorder is installed; /metrics shows only ours");
            }
            handle
        })
        .clone()
}

pub(crate) async fn metrics_text(State(api): State<Api>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        api.0.metrics.render(),
    )
}

/// What `/healthz` reports.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Health {
    /// `ok`, or `lagging` / `empty` (answered with 503).
    pub status: String,
    /// The chain id.
    pub chain_id: u64,
    /// The last block stored.
    pub checkpoint: Option<u64>,
    /// That block's time.
    pub checkpoint_time: Option<u64>,
    /// The node's head, when known.
    pub head: Option<u64>,
    /// Blocks the store is behind the head.
    pub lag_blocks: Option<u64>,
    /// Seconds since the checkpoint block.
    pub lag_seconds: Option<u64>,
}

/// Liveness and lag behind the chain head.
#[utoipa::path(get, path = "/healthz", tag = "operations",
    responses((status = 200, body = Health), (status = 503, body = Health)))]
pub(crate) async fn healthz(State(api): State<Api>) -> Result<Response, ApiError> {
    let stored = api.store().head().await?;
    let head = match &api.0.head {
        Head::Indexer(head) => Some(head()),
        Head::Node(provider) => provider.get_block_number().await.ok(),
        Head::Unknown => None,
    };
    let checkpoint = stored.map(|(number, _)| number);
    let lag_blocks = match (head, checkpoint) {
        (Some(head), Some(checkpoint)) => Some(head.saturating_sub(checkpoint)),
        _ => None,
    };
    let status = match (checkpoint, lag_blocks) {
        (None, _) => "empty",
        (_, Some(lag)) if lag > api.0.config.max_lag => "lagging",
        _ => "ok",
    };
    let health = Health {
        status: status.into(),
        chain_id: api.0.config.chain_id,
        checkpoint,
        checkpoint_time: stored.map(|(_, time)| time),
        head,
        lag_blocks,
        lag_seconds: stored.map(|(_, time)| unix(SystemTime::now()).saturating_sub(time)),
    };
    let code = if status == "ok" {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    Ok((code, Json(json!(health))).into_response())
}
