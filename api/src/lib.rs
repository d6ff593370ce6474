//! The query API: JSON for dashboards and hospital systems (`/v1`), FHIR R4 views (`/fhir`),
//! Sign-In with Ethereum, server-sent events, `/healthz`, Prometheus `/metrics` and the
//! OpenAPI document (`/openapi.json`).
//!
//! Who may see what: organisations, practitioners and aggregate statistics are public.
//! Patient-level data goes to the patient (or a delegate of theirs) and, for the rows that
//! concern an organisation, to a signed-in practitioner of that organisation who is on its
//! roster and whose organisation is not suspended at the time of the request. Every such read
//! by a practitioner is logged in the store (`api_reads`). The API only reads the mirror (and
//! writes its own two tables), so any number of instances can serve one PostgreSQL.

mod access_cache;
pub mod auth;
mod dashboard;
mod docs;
pub mod error;
pub mod fhir;
mod fhir_routes;
mod openapi;
pub mod params;
mod readlog;
mod throttle;
mod v1;

use std::{
    sync::{Arc, Mutex, OnceLock},
    time::{Duration, Instant, SystemTime},
};

use alloy::{
    primitives::Address,
    providers::{DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use axum::{
    Json, Router,
    extract::{FromRequestParts, MatchedPath, Request, State},
    http::{StatusCode, header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;

use self::{
    auth::{Sessions, SiweConfig},
    error::ApiError,
    fhir::FhirContext,
};
use consentry_store::{
    Store,
    projection::{Kind, Organization, Practitioner, delegation_key},
};

/// How many (patient, organisation) pairs and organisations the access cache holds (each a few
/// hundred bytes).
const ACCESS_CACHE_SCOPES: u64 = 1_000_000;

/// How the API is set up.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    /// Where clients reach it, e.g. `http://127.0.0.1:8080`: sign-in messages must name this
    /// host as their domain and an URI under it.
    pub public_url: String,
    /// The chain the store mirrors; sign-in messages must name it.
    pub chain_id: u64,
    /// How long a session lasts.
    pub session_ttl: Duration,
    /// The session-signing secret, shared by every instance behind one address (random when
    /// `None`: sessions then end with the process).
    pub session_secret: Option<Vec<u8>>,
    /// How many blocks behind the node `/healthz` tolerates before it answers 503.
    pub max_lag: u64,
    /// Keys of demo practitioners the dashboard's demo sign-in signs with, on a local
    /// development chain only (empty: no demo sign-in, the routes answer 404).
    pub demo_wallets: Vec<PrivateKeySigner>,
}

/// How the server guards its connections.
#[derive(Debug, Clone, Copy)]
pub struct ServeLimits {
    /// How long a client may take to send a request's headers once the connection is ready
    /// for one (from its opening, or the end of the previous answer) before it is closed.
    pub header_read_timeout: Duration,
    /// How many connections are served at once (live streams included).
    pub max_connections: usize,
}

impl Default for ServeLimits {
    /// Ten seconds for headers (a real client sends them in one packet), 1,024 connections.
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 1024,
        }
    }
}

/// Chains demo wallets may be used on: anvil's and hardhat's local development chains.
pub const LOCAL_CHAIN_IDS: [u64; 2] = [31337, 1337];

/// The configuration can't be served.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The public URL is unusable.
    #[error("public URL {url:?} is not an http(s) URL with a host: {why}")]
    PublicUrl {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        why: &'static str,
    },
    /// Demo wallets sign anything put to them: they are for a local development chain.
    #[error(
        "demo wallets are for a local development chain (chain id 31337 or 1337), not chain {0}"
    )]
    DemoWalletsOffLocalChain(u64),
}

/// Where the node's head comes from, for `/healthz`.
#[derive(Clone)]
pub enum Head {
    /// The indexer in this process: the head it last saw (the API never talks to the sync;
    /// whoever runs both hands over this reading of it).
    Indexer(Arc<dyn Fn() -> u64 + Send + Sync>),
    /// The node, asked directly.
    Node(DynProvider),
    /// Unknown: only the store's own checkpoint is reported.
    Unknown,
}

impl std::fmt::Debug for Head {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Indexer(head) => f.debug_tuple("Indexer").field(&head()).finish(),
            Self::Node(_) => f.write_str("Node"),
            Self::Unknown => f.write_str("Unknown"),
        }
    }
}

/// The API, shared by every request.
#[derive(Clone)]
pub struct Api(Arc<Inner>);

struct Inner {
    store: Store,
    config: ApiConfig,
    /// `scheme://host[:port]` of the public URL: what a browser on the API's pages sends as
    /// `Origin`.
    origin: String,
    siwe: SiweConfig,
    sessions: Sessions,
    rpc: Option<DynProvider>,
    head: Head,
    fhir: FhirContext,
    metrics: PrometheusHandle,
    chain_time: Mutex<Option<(Instant, u64)>>,
    /// Who practises where, remembered for a second: most requests come from a few
    /// practitioners, and a removal or suspension takes effect within that second.
    rosters: moka::future::Cache<Address, Option<u32>>,
    reads: readlog::ReadLog,
    access: access_cache::AccessCache,
    nonces: throttle::NonceThrottle,
}

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

impl Api {
    /// An API over `store` (within a Tokio runtime: the read log's writer is a task). `rpc`
    /// verifies contract-wallet (ERC-1271) sign-ins and dates past
    /// blocks the store holds no event of; `head` feeds `/healthz`.
    pub fn new(
        store: Store,
        config: ApiConfig,
        rpc: Option<DynProvider>,
        head: Head,
    ) -> Result<Self, ConfigError> {
        let bad = |why| ConfigError::PublicUrl {
            url: config.public_url.clone(),
            why,
        };
        if !config.demo_wallets.is_empty() && !LOCAL_CHAIN_IDS.contains(&config.chain_id) {
            return Err(ConfigError::DemoWalletsOffLocalChain(config.chain_id));
        }
        let public_url = config.public_url.trim_end_matches('/').to_owned();
        let uri: axum::http::Uri = public_url.parse().map_err(|_| bad("it does not parse"))?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) {
            return Err(bad("the scheme must be http or https"));
        }
        let domain = uri
            .authority()
            .ok_or_else(|| bad("it names no host"))?
            .to_string();
        let origin = format!("{}://{domain}", uri.scheme_str().unwrap_or("http"));
        let siwe = SiweConfig {
            domain: domain.clone(),
            uri: public_url.clone(),
            chain_id: config.chain_id,
            max_age: Duration::from_secs(600),
            clock_skew: Duration::from_secs(60),
        };
        let sessions = match &config.session_secret {
            Some(secret) => Sessions::new(secret, &domain, config.session_ttl),
            None => Sessions::random(&domain, config.session_ttl),
        };
        let fhir = FhirContext {
            base_url: format!("{public_url}/fhir"),
            chain_id: config.chain_id,
        };
        let reads = readlog::ReadLog::start(store.clone());
        let access = access_cache::AccessCache::start(store.clone(), ACCESS_CACHE_SCOPES);
        Ok(Api(Arc::new(Inner {
            rosters: moka::future::Cache::builder()
                .time_to_live(Duration::from_secs(1))
                .max_capacity(100_000)
                .build(),
            reads,
            access,
            nonces: throttle::NonceThrottle::new(),
            origin,
            store,
            config: ApiConfig {
                public_url,
                ..config
            },
            siwe,
            sessions,
            rpc,
            head,
            fhir,
            metrics: metrics_handle(),
            chain_time: Mutex::new(None),
        })))
    }

    /// Every route, with request metrics.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/healthz", get(healthz))
            .route("/metrics", get(metrics_text))
            .route("/openapi.json", get(openapi::document))
            .merge(v1::routes())
            .merge(fhir_routes::routes())
            .merge(dashboard::routes())
            .fallback(|| async { ApiError::not_found("no such route") })
            .layer(axum::middleware::from_fn(track))
            .with_state(self.clone())
    }

    /// Serves until `shutdown` completes, with the default [`ServeLimits`].
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        self.serve_with(listener, ServeLimits::default(), shutdown)
            .await
    }

    /// Serves until `shutdown` completes, then waits for the open connections to finish.
    ///
    /// hyper, not `axum::serve`, drives the connections: `axum::serve` gives hyper no timer, so
    /// a client that never finished its headers (or never sent a byte) held its connection and
    /// a task for ever. Here a connection must deliver each request's headers within
    /// [`ServeLimits::header_read_timeout`] of being ready for one (an idle keep-alive
    /// connection is closed after as long), and at most [`ServeLimits::max_connections`] are
    /// served at once (the next waits in the listen backlog until one closes).
    ///
    /// HTTP/1.1 only: hyper's HTTP/2 has no header timeout, and guessing the version of a
    /// connection waits for its first bytes with none. Browsers speak HTTP/2 only over TLS,
    /// which a proxy in front of this server ends.
    pub async fn serve_with(
        self,
        listener: tokio::net::TcpListener,
        limits: ServeLimits,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        use hyper_util::{
            rt::{TokioIo, TokioTimer},
            server::graceful::GracefulShutdown,
            service::TowerToHyperService,
        };
        use tower::ServiceExt;

        let router = self.router();
        let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout);
        let graceful = GracefulShutdown::new();
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let slot = tokio::select! {
                slot = slots.clone().acquire_owned() => match slot {
                    Ok(slot) => slot,
                    Err(_) => break,
                },
                () = &mut shutdown => break,
            };
            let (stream, remote) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        // Out of file descriptors, or a connection reset before it was
                        // accepted: wait a moment rather than spin.
                        tracing::warn!(%error, "accepting a connection failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let service =
                router
                    .clone()
                    .map_request(move |mut request: Request<hyper::body::Incoming>| {
                        request
                            .extensions_mut()
                            .insert(axum::extract::ConnectInfo(remote));
                        request.map(axum::body::Body::new)
                    });
            let connection = graceful.watch(
                http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)),
            );
            tokio::spawn(async move {
                if let Err(error) = connection.await {
                    tracing::debug!(%error, %remote, "connection ended with an error");
                }
                drop(slot);
            });
        }
        drop(listener);
        graceful.shutdown().await;
        Ok(())
    }

    fn store(&self) -> &Store {
        &self.0.store
    }

    /// The `Set-Cookie` value that gives a browser `token` for `max_age` seconds (0 clears
    /// it): HttpOnly so scripts can't read it, SameSite=Strict so no other site's page sends
    /// it, Secure when the API is served over https.
    fn session_cookie(&self, token: &str, max_age: u64) -> axum::http::HeaderValue {
        let secure = if self.0.config.public_url.starts_with("https://") {
            "; Secure"
        } else {
            ""
        };
        let value = format!(
            "{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}"
        );
        // A JWT is base64url and dots: always a valid header value.
        axum::http::HeaderValue::from_str(&value).unwrap_or_else(|_| {
            axum::http::HeaderValue::from_static("consentry_session=; Max-Age=0")
        })
    }

    /// The time access is judged at: the wall clock, or the chain's latest block time when the
    /// chain runs ahead of it (a test chain whose clock was moved forward).
    async fn now(&self) -> Result<u64, ApiError> {
        let wall = unix(SystemTime::now());
        let cached = self
            .0
            .chain_time
            .lock()
            .ok()
            .and_then(|c| *c)
            .filter(|(at, _)| at.elapsed() < Duration::from_secs(1));
        let chain = match cached {
            Some((_, time)) => time,
            None => {
                let time = self.store().head().await?.map_or(0, |(_, time)| time);
                if let Ok(mut cache) = self.0.chain_time.lock() {
                    *cache = Some((Instant::now(), time));
                }
                time
            }
        };
        Ok(wall.max(chain))
    }

    /// The organisation `account` practises at, if it is on the roster of an organisation
    /// that is not suspended.
    async fn practitioner_org(&self, account: Address) -> Result<Option<u32>, ApiError> {
        self.0
            .rosters
            .try_get_with(account, self.practitioner_org_now(account))
            .await
            .map_err(|e| (*e).clone())
    }

    async fn practitioner_org_now(&self, account: Address) -> Result<Option<u32>, ApiError> {
        let Some(state) = self
            .store()
            .current(Kind::Practitioner, &format!("{account:#x}"))
            .await?
        else {
            return Ok(None);
        };
        let practitioner: Practitioner = from_state(state)?;
        if !practitioner.active {
            return Ok(None);
        }
        let Some(org) = self
            .store()
            .current(Kind::Organization, &practitioner.org_id.to_string())
            .await?
        else {
            return Ok(None);
        };
        let org: Organization = from_state(org)?;
        Ok((!org.suspended).then_some(practitioner.org_id))
    }

    /// Whether `account` is `patient` or an active delegate of theirs.
    async fn speaks_for(&self, account: Address, patient: Address) -> Result<bool, ApiError> {
        if account == patient {
            return Ok(true);
        }
        let Some(state) = self
            .store()
            .current(Kind::Delegation, &delegation_key(patient, account))
            .await?
        else {
            return Ok(false);
        };
        let delegation: consentry_store::projection::Delegation = from_state(state)?;
        Ok(delegation.active && delegation.expires_at > self.now().await?)
    }

    /// Who may see `patient`'s rows: all of them (the patient or a delegate), or those of one
    /// organisation (its practitioner, whose read is logged).
    async fn patient_view(
        &self,
        account: Address,
        patient: Address,
        route: &str,
        query: &str,
    ) -> Result<View, ApiError> {
        if self.speaks_for(account, patient).await? {
            return Ok(View::Everything);
        }
        match self.practitioner_org(account).await? {
            Some(org) => {
                self.log_read(account, org, Some(patient), route, query)
                    .await?;
                Ok(View::Organization(org))
            }
            None => Err(ApiError::forbidden(format!(
                "{account:#x} is neither this patient, nor a delegate of theirs, nor a practitioner \
                 of an active organisation"
            ))),
        }
    }

    /// Checks that the caller practises at `org` now, and logs the read.
    async fn org_view(
        &self,
        account: Address,
        org: u32,
        patient: Option<Address>,
        route: &str,
        query: &str,
    ) -> Result<Address, ApiError> {
        match self.practitioner_org(account).await? {
            Some(own) if own == org => {
                self.log_read(account, org, patient, route, query).await?;
                Ok(account)
            }
            _ => Err(ApiError::forbidden(format!(
                "{account:#x} is not a practitioner of active organisation {org}"
            ))),
        }
    }

    async fn log_read(
        &self,
        reader: Address,
        org_id: u32,
        patient: Option<Address>,
        route: &str,
        query: &str,
    ) -> Result<(), ApiError> {
        let read = consentry_store::ApiRead {
            at: unix(SystemTime::now()),
            reader,
            org_id,
            patient,
            route: route.to_owned(),
            query: query.to_owned(),
        };
        self.0.reads.log(read).await
    }
}

/// Which of a patient's rows a caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    /// All of them.
    Everything,
    /// Those concerning one organisation.
    Organization(u32),
}

impl View {
    fn org(self) -> Option<u32> {
        match self {
            View::Everything => None,
            View::Organization(org) => Some(org),
        }
    }
}

/// The name of the cookie that carries a browser's session token (set by `POST
/// /v1/auth/login`, cleared by `POST /v1/auth/logout`).
pub const SESSION_COOKIE: &str = "consentry_session";

/// The signed-in account, if the request carries a session token: in an `Authorization:
/// Bearer` header, else in the session cookie.
#[derive(Debug, Clone)]
pub struct Caller {
    account: Option<Address>,
    /// When the session ends (unix seconds).
    expires_at: Option<u64>,
    /// Why a session cookie was not taken (expired, from another server): told only to routes
    /// that need a session, so a stale cookie never breaks a public page.
    stale_cookie: Option<ApiError>,
}

impl Caller {
    fn require(&self) -> Result<Address, ApiError> {
        if let Some(account) = self.account {
            return Ok(account);
        }
        Err(self.stale_cookie.clone().unwrap_or_else(|| {
            ApiError::unauthenticated(
                "sign in first: POST /v1/auth/login, then send Authorization: Bearer <token> \
                 (or the session cookie it sets)",
            )
        }))
    }
}

/// The value of cookie `name`, from any of the request's `Cookie` headers.
fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim())
}

impl FromRequestParts<Api> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, api: &Api) -> Result<Self, Self::Rejection> {
        let now = SystemTime::now();
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or_else(|| {
                    ApiError::unauthenticated("the Authorization header must be `Bearer <token>`")
                })?;
            let (account, expires_at) = api.0.sessions.verify_until(token.trim(), now)?;
            return Ok(Caller {
                account: Some(account),
                expires_at: Some(expires_at),
                stale_cookie: None,
            });
        }
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE).filter(|t| !t.is_empty()) else {
            return Ok(Caller {
                account: None,
                expires_at: None,
                stale_cookie: None,
            });
        };
        Ok(match api.0.sessions.verify_until(token, now) {
            Ok((account, expires_at)) => Caller {
                account: Some(account),
                expires_at: Some(expires_at),
                stale_cookie: None,
            },
            Err(error) => {
                let mut refusal = ApiError::from(error);
                refusal.field = Some("cookie".into());
                refusal.message = format!("the session cookie: {}; sign in again", refusal.message);
                Caller {
                    account: None,
                    expires_at: None,
                    stale_cookie: Some(refusal),
                }
            }
        })
    }
}

/// The client's address, as the server accepted its connection (`None` when the router is
/// driven without one, as in unit tests). Behind a reverse proxy it is the proxy's.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}

/// The signed-in account, required: a request without a session is refused with 401 before
/// anything else about it is looked at.
#[derive(Debug, Clone, Copy)]
pub struct Session(pub Address);

impl FromRequestParts<Api> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, api: &Api) -> Result<Self, Self::Rejection> {
        Ok(Session(
            Caller::from_request_parts(parts, api).await?.require()?,
        ))
    }
}

fn unix(time: SystemTime) -> u64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

fn from_state<T: serde::de::DeserializeOwned>(state: serde_json::Value) -> Result<T, ApiError> {
    serde_json::from_value(state).map_err(|e| {
        ApiError::from(consentry_store::StoreError::Corrupt(format!(
            "a stored state: {e}"
        )))
    })
}

/// Counts and times every request by route and status.
async fn track(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = request.method().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("consentry_api_requests_total", "route" => route.clone(), "method" => method.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("consentry_api_request_duration_seconds", "route" => route, "method" => method)
        .record(started.elapsed().as_secs_f64());
    response
}

async fn metrics_text(State(api): State<Api>) -> impl IntoResponse {
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
async fn healthz(State(api): State<Api>) -> Result<Response, ApiError> {
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
