//! `/v1`: the JSON endpoints, one module per resource. Each route takes its query parameters
//! as one typed struct (through [`Query`](crate::params::Query)) that its OpenAPI annotation
//! names too, so what a handler accepts and what the document says are the same thing.

pub(super) mod access;
pub(super) mod audit;
pub(super) mod auth;
pub(super) mod consents;
pub(super) mod emergencies;
pub(super) mod organizations;
pub(super) mod records;
pub(super) mod requests;
pub(super) mod stats;
pub(super) mod stream;

use axum::{
    Router,
    routing::{get, post},
};
use serde::Deserialize;
use serde_json::Value;
use utoipa::IntoParams;

pub(super) use self::audit::AUDIT_EVENTS;
use super::{
    Api,
    error::ApiError,
    from_state,
    params::{
        self,
        values::{EventCursor, Limit, PageCursor},
    },
};
use consentry_store::StoredEvent;

pub(super) fn routes() -> Router<Api> {
    Router::new()
        .route("/v1/auth/nonce", get(auth::nonce))
        .route("/v1/auth/login", post(auth::login))
        .route("/v1/auth/session", get(auth::session))
        .route("/v1/auth/logout", post(auth::logout))
        .route("/v1/organizations", get(organizations::organizations))
        .route("/v1/organizations/{org}", get(organizations::organization))
        .route(
            "/v1/organizations/{org}/practitioners",
            get(organizations::practitioners),
        )
        .route(
            "/v1/organizations/{org}/consents",
            get(consents::org_consents),
        )
        .route("/v1/organizations/{org}/records", get(records::org_records))
        .route(
            "/v1/organizations/{org}/requests",
            get(requests::org_requests),
        )
        .route(
            "/v1/organizations/{org}/emergencies",
            get(emergencies::org_emergencies),
        )
        .route("/v1/organizations/{org}/audit", get(audit::org_audit))
        .route("/v1/organizations/{org}/activity", get(stats::org_activity))
        .route(
            "/v1/patients/{patient}/consents",
            get(consents::patient_consents),
        )
        .route(
            "/v1/patients/{patient}/records",
            get(records::patient_records),
        )
        .route("/v1/patients/{patient}/audit", get(audit::patient_audit))
        .route(
            "/v1/patients/{patient}/emergencies",
            get(emergencies::patient_emergencies),
        )
        .route("/v1/access", get(access::access))
        .route("/v1/stats", get(stats::stats))
        .route("/v1/stream", get(stream::stream))
}

/// No query parameters: any is refused.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct NoParams {}

/// A page of entities.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct PageParams {
    /// The `next` of the previous page.
    #[param(inline)]
    cursor: Option<PageCursor>,
    /// Page size.
    #[param(inline)]
    limit: Option<Limit>,
}

impl PageParams {
    /// The page size asked for, or the default.
    fn limit(&self) -> u32 {
        self.limit.unwrap_or_default().0
    }

    /// Where the page starts: after this key.
    fn cursor(&self) -> Option<&str> {
        self.cursor.as_ref().map(|cursor| cursor.0.as_str())
    }
}

/// A page of events.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct EventPageParams {
    /// The `next` of the previous page.
    #[param(inline)]
    cursor: Option<EventCursor>,
    /// Page size.
    #[param(inline)]
    limit: Option<Limit>,
}

impl EventPageParams {
    /// The page size asked for, or the default.
    fn limit(&self) -> u32 {
        self.limit.unwrap_or_default().0
    }

    /// Where the page starts: after this event.
    fn cursor(&self) -> Option<(u64, u64)> {
        self.cursor.map(|cursor| cursor.0)
    }
}

/// A page: its items and the cursor of the next one.
macro_rules! page {
    ($(#[$meta:meta])* $name:ident of $item:ty) => {
        $(#[$meta])*
        #[derive(Debug, serde::Serialize, utoipa::ToSchema)]
        pub(super) struct $name {
            /// This page.
            items: Vec<$item>,
            /// The cursor of the next page (pass as `cursor`), `null` on the last.
            next: Option<String>,
        }
    };
}
use page;

/// The cursor of the page after `items`, a full page of `limit` entities keyed as stored.
fn entity_next<T>(items: &[(String, T)], limit: u32) -> Option<String> {
    (items.len() == limit as usize)
        .then(|| items.last().map(|(key, _)| key.clone()))
        .flatten()
}

/// The cursor of the page after `events`, a full page of `limit`.
fn event_next(events: &[StoredEvent], limit: u32) -> Option<String> {
    (events.len() == limit as usize)
        .then(|| {
            events
                .last()
                .map(|e| format!("{}-{}", e.block_number, e.log_index))
        })
        .flatten()
}

fn states<T: serde::de::DeserializeOwned>(rows: Vec<(String, Value)>) -> Result<Vec<T>, ApiError> {
    rows.into_iter()
        .map(|(_, state)| from_state(state))
        .collect()
}

fn path_org(text: &str) -> Result<u32, ApiError> {
    params::org("org", text)
}

fn path_patient(text: &str) -> Result<alloy::primitives::Address, ApiError> {
    params::address("patient", text)
}

#[cfg(test)]
mod tests;
