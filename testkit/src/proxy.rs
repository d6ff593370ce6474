//! A JSON-RPC proxy in front of anvil that misbehaves on request, as real providers do:
//! JSON-RPC errors, HTTP 429 and 502, requests that never answer, block-range and result-size
//! limits with the providers' own messages, a head that lags behind (a replica), the same logs
//! served twice, log indexes shifted, extra logs injected, another request's logs answered, a
//! log index behind the head, headers behind `eth_blockNumber`, header reads held while the
//! chain is reorganised, a fail-over to another network. It records what it was asked.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
};
use serde_json::{Value, json};

/// One failure to serve instead of an answer.
#[derive(Debug, Clone)]
pub enum Fault {
    /// A JSON-RPC error object.
    Rpc(i64, String),
    /// An HTTP status with a plain body.
    Http(u16),
    /// No answer for a long time (the client times out).
    Stall,
}

/// A provider's refusal of wide `eth_getLogs` ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// "Log response size exceeded ... this block range should work: [0xa, 0xb]".
    Alchemy,
    /// "query returned more than 10000 results. Try with this block range [0xa, 0xb]."
    Infura,
    /// "eth_getLogs is limited to a N range".
    QuickNode,
    /// "block range is too wide".
    Ankr,
}

/// What the proxy is told to do.
#[derive(Debug, Default)]
pub struct Faults {
    /// Failures for the next requests: (method, or any), fault.
    pub queue: VecDeque<(Option<&'static str>, Fault)>,
    /// Refuse `eth_getLogs` ranges wider than this many blocks, as this provider says it.
    pub max_range: Option<(u64, Provider)>,
    /// Refuse `eth_getLogs` answers with more logs than this (Infura's / geth's text).
    pub max_results: Option<usize>,
    /// Pretend the head is this many blocks lower (and not to have the blocks above it).
    pub head_lag: u64,
    /// Serve every log twice.
    pub duplicate_logs: bool,
    /// Add this to every log index.
    pub log_index_offset: u64,
    /// Extra logs, added to `eth_getLogs` answers whose range covers their block.
    pub extra_logs: Vec<Value>,
    /// Answer the next `eth_getLogs` with the logs of this range instead (another request's
    /// answer under the right id, as a load balancer that mixes up its backends sends it).
    pub answer_logs_of: Option<(u64, u64)>,
    /// Answer this many of the next range `eth_getLogs` with another request's answer under
    /// that request's id (the next one), as a load balancer that mixes up its answers sends it:
    /// the logs of the first half of the range only, plausible and short of the rest.
    pub wrong_id_answers: u64,
    /// Answer each `eth_getLogs` this much later (a distant node).
    pub logs_delay: Duration,
    /// Hold `eth_getLogs` requests (unanswered) while this is set.
    pub logs_paused: bool,
    /// Every `eth_getLogs` range asked for, answered or not.
    pub ranges: Vec<(u64, u64)>,
    /// Requests received, by method.
    pub calls: std::collections::HashMap<String, u64>,
    /// Serve from this node instead of the one the proxy started in front of (a load
    /// balancer failed over to another backend).
    pub upstream: Option<String>,
    /// Fail over to this node after so many more `eth_getBlockByNumber` answers.
    pub fail_over_after_headers: Option<(u64, String)>,
    /// Hold the header reads that follow the next `eth_getLogs` answer (the test releases
    /// them by clearing `headers_held`, after reorganising the chain, say).
    pub hold_headers_after_logs: bool,
    /// Header reads wait while this is set.
    pub headers_held: bool,
    /// Header reads waiting now.
    pub headers_waiting: u64,
    /// Leave out of `eth_getLogs` range answers the logs of the chain's newest blocks, this
    /// many (a log index behind the node's head; a block's logs asked by its hash still come).
    pub logs_lag: u64,
    /// Answer the next `eth_getLogs` range with no logs at all.
    pub empty_logs_once: bool,
    /// Put this block hash on every log answered (logs that disagree with their headers).
    pub log_block_hash: Option<String>,
    /// Answer `eth_getBlockByNumber` as a replica this many blocks behind the head that
    /// `eth_blockNumber` reports (its load balancer's).
    pub header_lag: u64,
    /// How many requests were failed on purpose.
    pub failed: u64,
}

/// The running proxy.
#[derive(Clone)]
pub struct Proxy {
    pub url: String,
    pub faults: Arc<Mutex<Faults>>,
}

#[derive(Clone)]
struct Upstream {
    url: String,
    client: alloy::transports::http::reqwest::Client,
    faults: Arc<Mutex<Faults>>,
}

fn hex_u64(value: &Value) -> Option<u64> {
    u64::from_str_radix(value.as_str()?.trim_start_matches("0x"), 16).ok()
}

fn rpc_error(id: &Value, code: i64, message: &str) -> Response {
    Json(json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } }))
        .into_response()
}

impl Proxy {
    /// Starts a proxy in front of `upstream`.
    pub async fn start(upstream: &str) -> Self {
        let faults = Arc::new(Mutex::new(Faults::default()));
        let state = Upstream {
            url: upstream.to_owned(),
            client: alloy::transports::http::reqwest::Client::new(),
            faults: faults.clone(),
        };
        let app = Router::new().route("/", post(handle)).with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Proxy { url, faults }
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Faults) -> T) -> T {
        f(&mut self.faults.lock().unwrap())
    }
}

async fn forward(state: &Upstream, request: &Value) -> Value {
    let url = state
        .faults
        .lock()
        .unwrap()
        .upstream
        .clone()
        .unwrap_or_else(|| state.url.clone());
    state
        .client
        .post(&url)
        .json(request)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn handle(State(state): State<Upstream>, Json(request): Json<Value>) -> Response {
    let id = request["id"].clone();
    let method = request["method"].as_str().unwrap_or_default().to_owned();
    let fault = {
        let mut faults = state.faults.lock().unwrap();
        let position = faults
            .queue
            .iter()
            .position(|(only, _)| only.is_none_or(|m| m == method));
        let fault = position
            .and_then(|i| faults.queue.remove(i))
            .map(|(_, f)| f);
        if fault.is_some() {
            faults.failed += 1;
        }
        fault
    };
    match fault {
        Some(Fault::Rpc(code, message)) => return rpc_error(&id, code, &message),
        Some(Fault::Http(status)) => {
            let status = StatusCode::from_u16(status).unwrap();
            return (status, status.canonical_reason().unwrap_or("error")).into_response();
        }
        Some(Fault::Stall) => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            return StatusCode::GATEWAY_TIMEOUT.into_response();
        }
        None => {}
    }

    let delay = state.faults.lock().unwrap().logs_delay;
    if method == "eth_getLogs" && !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    while method == "eth_getLogs" && state.faults.lock().unwrap().logs_paused {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    *state
        .faults
        .lock()
        .unwrap()
        .calls
        .entry(method.clone())
        .or_default() += 1;
    if method == "eth_getBlockByNumber" && state.faults.lock().unwrap().head_lag == 0 {
        hold_header(&state).await;
        let header_lag = state.faults.lock().unwrap().header_lag;
        if header_lag > 0 {
            let head = upstream_head(&state).await;
            let asked = hex_u64(&request["params"][0]).unwrap_or(u64::MAX);
            if asked > head.saturating_sub(header_lag) {
                return Json(json!({ "jsonrpc": "2.0", "id": id, "result": null })).into_response();
            }
        }
        let answer = forward(&state, &request).await;
        fail_over_after_header(&state);
        return Json(answer).into_response();
    }
    let lag = state.faults.lock().unwrap().head_lag;
    match method.as_str() {
        "eth_blockNumber" if lag > 0 => {
            let mut answer = forward(&state, &request).await;
            let head = hex_u64(&answer["result"]).unwrap_or_default();
            answer["result"] = json!(format!("0x{:x}", head.saturating_sub(lag)));
            Json(answer).into_response()
        }
        "eth_getBlockByNumber" if lag > 0 => {
            let head = hex_u64(
                &forward(
                    &state,
                    &json!({"jsonrpc":"2.0","id":0,"method":"eth_blockNumber","params":[]}),
                )
                .await["result"],
            )
            .unwrap_or_default();
            let asked = hex_u64(&request["params"][0]).unwrap_or(u64::MAX);
            if asked > head.saturating_sub(lag) {
                return Json(json!({ "jsonrpc": "2.0", "id": id, "result": null })).into_response();
            }
            Json(forward(&state, &request).await).into_response()
        }
        "eth_getLogs" => get_logs(&state, &id, &request).await,
        _ => Json(forward(&state, &request).await).into_response(),
    }
}

/// The head of the node served from.
async fn upstream_head(state: &Upstream) -> u64 {
    let answer = forward(
        state,
        &json!({"jsonrpc":"2.0","id":0,"method":"eth_blockNumber","params":[]}),
    )
    .await;
    hex_u64(&answer["result"]).unwrap_or_default()
}

/// Waits while header reads are held.
async fn hold_header(state: &Upstream) {
    if !state.faults.lock().unwrap().headers_held {
        return;
    }
    state.faults.lock().unwrap().headers_waiting += 1;
    while state.faults.lock().unwrap().headers_held {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    state.faults.lock().unwrap().headers_waiting -= 1;
}

/// Counts a header answered towards a fail-over, and fails over when it is due.
fn fail_over_after_header(state: &Upstream) {
    let mut faults = state.faults.lock().unwrap();
    if let Some((left, to)) = faults.fail_over_after_headers.take() {
        if left <= 1 {
            faults.upstream = Some(to);
        } else {
            faults.fail_over_after_headers = Some((left - 1, to));
        }
    }
}

async fn get_logs(state: &Upstream, id: &Value, request: &Value) -> Response {
    let filter = &request["params"][0];
    let (from, to) = (
        hex_u64(&filter["fromBlock"]).unwrap_or_default(),
        hex_u64(&filter["toBlock"]).unwrap_or_default(),
    );
    let (max_range, max_results) = {
        let mut faults = state.faults.lock().unwrap();
        faults.ranges.push((from, to));
        (faults.max_range, faults.max_results)
    };
    if let Some((limit, provider)) = max_range
        && to - from + 1 > limit
    {
        let end = from + limit - 1;
        let message = match provider {
            Provider::Alchemy => format!(
                "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x{from:x}, 0x{end:x}]"
            ),
            Provider::Infura => format!(
                "query returned more than 10000 results. Try with this block range [0x{from:x}, 0x{end:x}]."
            ),
            Provider::QuickNode => format!("eth_getLogs is limited to a {limit} range"),
            Provider::Ankr => "block range is too wide".to_owned(),
        };
        return rpc_error(id, -32005, &message);
    }
    if let Some(answer) = wrong_id_answer(state, id, request, from, to).await {
        return answer;
    }
    let mixed_up = state.faults.lock().unwrap().answer_logs_of.take();
    let mut answer = match mixed_up {
        Some((other_from, other_to)) => {
            let mut other = request.clone();
            other["params"][0]["fromBlock"] = json!(format!("0x{other_from:x}"));
            other["params"][0]["toBlock"] = json!(format!("0x{other_to:x}"));
            forward(state, &other).await
        }
        None => forward(state, request).await,
    };
    let by_hash = filter.get("blockHash").is_some();
    let logs_lag = state.faults.lock().unwrap().logs_lag;
    let head = match logs_lag {
        0 => 0,
        _ if by_hash => 0,
        _ => upstream_head(state).await,
    };
    let mut faults = state.faults.lock().unwrap();
    if faults.hold_headers_after_logs {
        faults.hold_headers_after_logs = false;
        faults.headers_held = true;
    }
    let Some(logs) = answer["result"].as_array_mut() else {
        return Json(answer).into_response();
    };
    if !by_hash && std::mem::take(&mut faults.empty_logs_once) {
        logs.clear();
    }
    if head > 0 {
        let indexed = head.saturating_sub(faults.logs_lag);
        logs.retain(|log| hex_u64(&log["blockNumber"]).is_some_and(|block| block <= indexed));
    }
    if let Some(hash) = &faults.log_block_hash {
        for log in logs.iter_mut() {
            log["blockHash"] = json!(hash);
        }
    }
    if let Some(limit) = max_results
        && logs.len() > limit
    {
        return rpc_error(id, -32005, "query returned more than 10000 results");
    }
    for extra in &faults.extra_logs {
        let block = hex_u64(&extra["blockNumber"]).unwrap_or_default();
        if (from..=to).contains(&block) {
            logs.push(extra.clone());
        }
    }
    if faults.log_index_offset > 0 {
        for log in logs.iter_mut() {
            let index = hex_u64(&log["logIndex"]).unwrap_or_default() + faults.log_index_offset;
            log["logIndex"] = json!(format!("0x{index:x}"));
        }
    }
    if faults.duplicate_logs {
        let copy = logs.clone();
        logs.extend(copy);
    }
    Json(answer).into_response()
}

/// Another request's answer under its id, if [`Faults::wrong_id_answers`] asks for one: the
/// same filter's logs of the first half of `from..=to`, under the id after `id`.
async fn wrong_id_answer(
    state: &Upstream,
    id: &Value,
    request: &Value,
    from: u64,
    to: u64,
) -> Option<Response> {
    {
        let mut faults = state.faults.lock().unwrap();
        if faults.wrong_id_answers == 0 || request["params"][0]["blockHash"].is_string() {
            return None;
        }
        faults.wrong_id_answers -= 1;
        faults.failed += 1;
    }
    let mut other = request.clone();
    other["id"] = json!(id.as_u64().unwrap_or_default() + 1);
    other["params"][0]["toBlock"] = json!(format!("0x{:x}", from + (to - from) / 2));
    Some(Json(forward(state, &other).await).into_response())
}
