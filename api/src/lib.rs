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

mod access;
mod access_cache;
pub mod auth;
mod dashboard;
mod docs;
pub mod error;
pub mod fhir;
mod fhir_routes;
mod health;
mod openapi;
pub mod params;
mod readlog;
mod server;
mod session;
mod throttle;
mod v1;

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant, SystemTime},
};

use alloy::{primitives::Address, providers::DynProvider, signers::local::PrivateKeySigner};
use metrics_exporter_prometheus::PrometheusHandle;

pub use self::{
    health::{Health, metrics_handle},
    session::{Caller, ClientIp, SESSION_COOKIE, Session},
};
// `openapi` names the `/healthz` handler as `super::healthz`, which utoipa reads as its
// generated `__path_healthz`.
use self::health::__path_healthz;
use self::{
    access::View,
    auth::{Sessions, SiweConfig},
    error::ApiError,
    fhir::FhirContext,
};
use consentry_store::Store;

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

    fn store(&self) -> &Store {
        &self.0.store
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
