//! `/v1`: the JSON endpoints.

use std::{collections::BTreeMap, convert::Infallible, time::Duration};

use alloy::primitives::{Address, B256};
use axum::{
    Json, Router,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{
        IntoResponse, Response,
        sse::{Event, KeepAlive, Sse},
    },
    routing::{get, post},
};
use consentry_sdk::vocabulary::{Action, Basis, Category, Purpose};
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::{
    Api, Caller, ClientIp, Session,
    auth::{self, AuthError},
    docs::{
        AccessParams, AuditKind, EventPage, History, OrgPath, Page, PatientPath, RequestStatus,
        StatsParams, StatsRange, StreamParams, TimeRange,
    },
    error::ApiError,
    from_state,
    params::{self, Params},
    throttle, unix,
};
use crate::{
    projection::{
        AccessRequest, Consent, EmergencyAccess, Kind, Organization, Practitioner, Record, pair_key,
    },
    store::{AccessQuery, EventCursor, EventFilter, StatEvent, StoredEvent},
};

pub(super) fn routes() -> Router<Api> {
    Router::new()
        .route("/v1/auth/nonce", get(nonce))
        .route("/v1/auth/login", post(login))
        .route("/v1/auth/session", get(session))
        .route("/v1/auth/logout", post(logout))
        .route("/v1/organizations", get(organizations))
        .route("/v1/organizations/{org}", get(organization))
        .route("/v1/organizations/{org}/practitioners", get(practitioners))
        .route("/v1/organizations/{org}/consents", get(org_consents))
        .route("/v1/organizations/{org}/records", get(org_records))
        .route("/v1/organizations/{org}/requests", get(org_requests))
        .route("/v1/organizations/{org}/emergencies", get(org_emergencies))
        .route("/v1/organizations/{org}/audit", get(org_audit))
        .route("/v1/organizations/{org}/activity", get(org_activity))
        .route("/v1/patients/{patient}/consents", get(patient_consents))
        .route("/v1/patients/{patient}/records", get(patient_records))
        .route("/v1/patients/{patient}/audit", get(patient_audit))
        .route(
            "/v1/patients/{patient}/emergencies",
            get(patient_emergencies),
        )
        .route("/v1/access", get(access))
        .route("/v1/stats", get(stats))
        .route("/v1/stream", get(stream))
}

/// Events of a patient's audit trail.
pub(super) const AUDIT_EVENTS: &[&str] = &[
    "ConsentGranted",
    "ConsentNarrowed",
    "ConsentExtended",
    "ConsentRevoked",
    "DelegateAppointed",
    "DelegateRemoved",
    "AccessRequested",
    "AccessRequestApproved",
    "AccessRequestDenied",
    "AccessRequestCancelled",
    "EmergencyAccessOpened",
    "EmergencyAccessClosed",
    "EmergencyPolicySet",
    "RecordAdded",
    "RecordRetracted",
    "RecordAccessed",
];

/// The audit-trail events of each kind an organisation's trail can be narrowed to.
const AUDIT_KINDS: &[(&str, &[&str])] = &[
    (
        "consents",
        &[
            "ConsentGranted",
            "ConsentNarrowed",
            "ConsentExtended",
            "ConsentRevoked",
        ],
    ),
    (
        "requests",
        &[
            "AccessRequested",
            "AccessRequestApproved",
            "AccessRequestDenied",
            "AccessRequestCancelled",
        ],
    ),
    (
        "emergencies",
        &["EmergencyAccessOpened", "EmergencyAccessClosed"],
    ),
    (
        "records",
        &["RecordAdded", "RecordRetracted", "RecordAccessed"],
    ),
];

macro_rules! page {
    ($(#[$meta:meta])* $name:ident of $item:ty) => {
        $(#[$meta])*
        #[derive(Debug, Serialize, ToSchema)]
        pub(super) struct $name {
            /// This page.
            items: Vec<$item>,
            /// The cursor of the next page (pass as `cursor`), `null` on the last.
            next: Option<String>,
        }
    };
}

page!(
    /// A page of organisations.
    OrganizationPage of Organization
);
page!(
    /// A page of practitioners.
    PractitionerPage of Practitioner
);
page!(
    /// A page of consents.
    ConsentPage of ConsentView
);
page!(
    /// A page of record pointers.
    RecordPage of RecordView
);
page!(
    /// A page of access requests.
    RequestPage of AccessRequest
);
page!(
    /// A page of emergency accesses.
    EmergencyPage of EmergencyView
);
page!(
    /// A page of audit-trail entries, newest first.
    AuditPage of AuditEntry
);

/// A consent, with whether it allows anything now.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct ConsentView {
    #[serde(flatten)]
    consent: Consent,
    /// Granted, not revoked, and within its validity window now.
    in_force: bool,
    /// Every version, oldest first (with `history=true`).
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<Consent>>,
}

/// A record pointer with its version chain.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct RecordView {
    #[serde(flatten)]
    record: Record,
    /// The ids of every version of this record, oldest first (this one included).
    #[schema(value_type = Vec<String>)]
    chain: Vec<B256>,
}

/// An emergency access, with whether it is open now.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct EmergencyView {
    #[serde(flatten)]
    emergency: EmergencyAccess,
    /// Not closed, not yet expired, and not ended by the patient's opt-out or the withdrawal
    /// of the organisation's emergency capability.
    open: bool,
}

/// One entry of an audit trail: an event.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct AuditEntry {
    /// `<block>-<log index>`.
    id: String,
    /// The block.
    block: u64,
    /// The log index.
    log_index: u64,
    /// The transaction.
    #[schema(value_type = String)]
    tx_hash: B256,
    /// Block time (unix seconds).
    time: u64,
    /// The event (`ConsentGranted`, `RecordAccessed`, ...).
    event: String,
    /// The patient.
    #[schema(value_type = Option<String>)]
    patient: Option<Address>,
    /// The organisation.
    org_id: Option<u32>,
    /// The record.
    #[schema(value_type = Option<String>)]
    record_id: Option<B256>,
    /// The other account named: practitioner, delegate or actor.
    #[schema(value_type = Option<String>)]
    account: Option<Address>,
    /// The event's arguments.
    #[schema(value_type = Object)]
    args: Value,
}

impl From<StoredEvent> for AuditEntry {
    fn from(e: StoredEvent) -> Self {
        AuditEntry {
            id: format!("{}-{}", e.block_number, e.log_index),
            block: e.block_number,
            log_index: e.log_index,
            tx_hash: e.tx_hash,
            time: e.timestamp,
            event: e.name,
            patient: e.patient,
            org_id: e.org_id,
            record_id: e.record_id,
            account: e.account,
            args: e.args,
        }
    }
}

fn entity_next<T>(items: &[(String, T)], limit: u32) -> Option<String> {
    (items.len() == limit as usize)
        .then(|| items.last().map(|(key, _)| key.clone()))
        .flatten()
}

fn event_next(items: &[StoredEvent], limit: u32) -> Option<String> {
    (items.len() == limit as usize)
        .then(|| {
            items
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

fn path_patient(text: &str) -> Result<Address, ApiError> {
    params::address("patient", text)
}

// ---- sign-in ------------------------------------------------------------------------------

/// A fresh sign-in nonce and what the message must name.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct NonceAnswer {
    /// Put this in the message's `Nonce:` line; it is good for one sign-in.
    nonce: String,
    /// When it lapses (unix seconds).
    expires_at: u64,
    /// The message's domain (first line).
    domain: String,
    /// The message's `URI:` must start with this.
    uri: String,
    /// The message's `Chain ID:`.
    chain_id: u64,
}

/// A signed EIP-4361 message.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct LoginRequest {
    /// The message text, exactly as signed.
    message: String,
    /// The `personal_sign` signature, 0x hex.
    signature: String,
}

/// A session.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct SessionAnswer {
    /// Send as `Authorization: Bearer <token>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
    /// The signed-in account.
    #[schema(value_type = String)]
    address: Address,
    /// When the session ends (unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_at: Option<u64>,
    /// The active organisation the account practises at, if any.
    practitioner_of: Option<u32>,
}

/// The most sign-in nonces outstanding (issued, unused, unexpired) at once, across every
/// instance sharing the store: a bound on the table whatever the number of clients.
const MAX_OUTSTANDING_NONCES: u32 = 10_000;

/// Issues a sign-in nonce: at most 30 at once and one a second per client address (429 past
/// that, with `Retry-After`), and at most 10,000 outstanding in all.
#[utoipa::path(get, path = "/v1/auth/nonce", tag = "sign-in", responses((status = 200, body = NonceAnswer), (status = 400, body = super::error::ErrorBody), (status = 429, body = super::error::ErrorBody, headers(("Retry-After" = u64, description = "seconds to wait")))))]
async fn nonce(
    State(api): State<Api>,
    ClientIp(client): ClientIp,
    params: Params,
) -> Result<Json<NonceAnswer>, ApiError> {
    params.only(&[])?;
    if let Some(client) = client
        && let Err(wait) = api.0.nonces.take(client, std::time::Instant::now()).await
    {
        return Err(ApiError::too_many(
            "rate_limited",
            format!(
                "at most {} sign-in nonces at once and one every {} s per client; ask again in \
                 {wait} s",
                throttle::BURST,
                throttle::REFILL.as_secs()
            ),
            wait,
        ));
    }
    let nonce = auth::new_nonce();
    let now = unix(std::time::SystemTime::now());
    let expires_at = now + api.0.siwe.max_age.as_secs();
    if !api
        .store()
        .put_nonce(&nonce, now, expires_at, MAX_OUTSTANDING_NONCES)
        .await?
    {
        return Err(ApiError::too_many(
            "too_many_nonces",
            format!(
                "{MAX_OUTSTANDING_NONCES} sign-in nonces are outstanding; ask again when some \
                 have been used or have lapsed"
            ),
            60,
        ));
    }
    Ok(Json(NonceAnswer {
        nonce,
        expires_at,
        domain: api.0.siwe.domain.clone(),
        uri: api.0.siwe.uri.clone(),
        chain_id: api.0.siwe.chain_id,
    }))
}

/// Signs in with a signed EIP-4361 message (EOA or ERC-1271 contract wallet). The answer also
/// sets the session cookie, for browsers.
///
/// The body must be sent as `application/json`, and a browser's request must come from the
/// API's own origin (see [`refuse_cross_site`]).
#[utoipa::path(post, path = "/v1/auth/login", tag = "sign-in", request_body = LoginRequest, responses((status = 200, body = SessionAnswer, headers(("Set-Cookie" = String, description = "`consentry_session=<token>; HttpOnly; SameSite=Strict; Path=/; Max-Age=<seconds>` (and `Secure` behind https): the same session, for a browser on this origin"))), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody, description = "`cross_origin`: sent from another site's page"), (status = 415, body = super::error::ErrorBody, description = "the body is not sent as application/json")))]
async fn login(
    State(api): State<Api>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    refuse_cross_site(&api, &headers)?;
    let request: LoginRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad(
            "body",
            "invalid_body",
            format!("the body must be JSON {{\"message\": ..., \"signature\": ...}}: {e}"),
        )
    })?;
    let now = std::time::SystemTime::now();
    let message = auth::check_message(&api.0.siwe, &request.message, now)?;
    let signature = hex::decode(request.signature.trim().trim_start_matches("0x"))
        .map_err(|_| ApiError::from(AuthError::MalformedSignature))?;
    auth::verify_signature(&message, &signature, api.0.rpc.as_ref()).await?;
    // Taken only once the signature holds: a stranger can't burn someone's nonce.
    if !api.store().take_nonce(&message.nonce, unix(now)).await? {
        return Err(AuthError::UnknownNonce.into());
    }
    let address = Address::from(message.address);
    let (token, expires_at) = api.0.sessions.issue(address, now);
    tracing::info!(%address, "signed in");
    let cookie = api.session_cookie(&token, expires_at.saturating_sub(unix(now)));
    let answer = SessionAnswer {
        token: Some(token),
        address,
        expires_at: Some(expires_at),
        practitioner_of: api.practitioner_org(address).await?,
    };
    Ok(([(header::SET_COOKIE, cookie)], Json(answer)).into_response())
}

/// Signs a browser out: clears the session cookie. (A session is a signed token, not a
/// server-side record: a copy of the token taken elsewhere stays good until it expires.)
///
/// Sent as `application/json` (any body), from the API's own origin when by a browser, like
/// the login: another site's page can't sign a browser out.
#[utoipa::path(post, path = "/v1/auth/logout", tag = "sign-in", responses((status = 204, description = "Signed out.", headers(("Set-Cookie" = String, description = "`consentry_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`: clears the session cookie"))), (status = 400, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody, description = "`cross_origin`: sent from another site's page"), (status = 415, body = super::error::ErrorBody, description = "not sent as application/json")))]
async fn logout(
    State(api): State<Api>,
    headers: HeaderMap,
    params: Params,
) -> Result<Response, ApiError> {
    params.only(&[])?;
    refuse_cross_site(&api, &headers)?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, api.session_cookie("", 0))],
    )
        .into_response())
}

/// Refuses a sign-in or sign-out another site's page could have made a browser send (login
/// CSRF: a hidden `text/plain` form that swaps the victim's session for the attacker's).
///
/// A browser sends `Origin` with every POST, so an `Origin` other than the API's own (from
/// `--public-url`) is refused; a request without one is not from a browser (curl, the CLI, a
/// hospital system), which no other site can drive. And the body must be declared
/// `application/json`: a page on another origin can send that type only after a CORS
/// preflight, which this API never answers.
fn refuse_cross_site(api: &Api, headers: &HeaderMap) -> Result<(), ApiError> {
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or_default();
        if !origin.eq_ignore_ascii_case(&api.0.origin) {
            return Err(ApiError::cross_origin(format!(
                "sent from a page at {origin:?}; sign-in and sign-out are taken only from this \
                 API's own origin, {}",
                api.0.origin
            )));
        }
    }
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(ApiError::unsupported_media_type("application/json"));
    }
    Ok(())
}

/// Who the session belongs to.
#[utoipa::path(get, path = "/v1/auth/session", tag = "sign-in", security(("session" = [])), responses((status = 200, body = SessionAnswer), (status = 401, body = super::error::ErrorBody), (status = 400, body = super::error::ErrorBody)))]
async fn session(
    State(api): State<Api>,
    Session(address): Session,
) -> Result<Json<SessionAnswer>, ApiError> {
    Ok(Json(SessionAnswer {
        token: None,
        address,
        expires_at: None,
        practitioner_of: api.practitioner_org(address).await?,
    }))
}

// ---- organisations (public) --------------------------------------------------------------

/// Every accredited organisation.
#[utoipa::path(get, path = "/v1/organizations", tag = "organisations", params(Page), responses((status = 200, body = OrganizationPage), (status = 400, body = super::error::ErrorBody)))]
async fn organizations(
    State(api): State<Api>,
    params: Params,
) -> Result<Json<OrganizationPage>, ApiError> {
    params.only(&["cursor", "limit"])?;
    let limit = params.limit()?;
    let rows = api
        .store()
        .entity_page(
            Kind::Organization,
            None,
            None,
            None,
            params.get("cursor"),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(OrganizationPage {
        items: states(rows)?,
        next,
    }))
}

/// One organisation.
#[utoipa::path(get, path = "/v1/organizations/{org}", tag = "organisations", params(OrgPath), responses((status = 200, body = Organization), (status = 404, body = super::error::ErrorBody), (status = 400, body = super::error::ErrorBody)))]
async fn organization(
    State(api): State<Api>,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<Organization>, ApiError> {
    params.only(&[])?;
    let org = path_org(&org)?;
    let state = api
        .store()
        .current(Kind::Organization, &org.to_string())
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no organisation {org}")))?;
    Ok(Json(from_state(state)?))
}

/// An organisation's practitioners (removed ones too, marked inactive).
#[utoipa::path(get, path = "/v1/organizations/{org}/practitioners", tag = "organisations", params(OrgPath, Page), responses((status = 200, body = PractitionerPage), (status = 400, body = super::error::ErrorBody)))]
async fn practitioners(
    State(api): State<Api>,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<PractitionerPage>, ApiError> {
    params.only(&["cursor", "limit"])?;
    let org = path_org(&org)?;
    let limit = params.limit()?;
    let rows = api
        .store()
        .entity_page(
            Kind::Practitioner,
            None,
            Some(org),
            None,
            params.get("cursor"),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(PractitionerPage {
        items: states(rows)?,
        next,
    }))
}

// ---- consents -----------------------------------------------------------------------------

async fn consent_views(
    api: &Api,
    rows: Vec<(String, Value)>,
    history: bool,
) -> Result<Vec<ConsentView>, ApiError> {
    let now = api.now().await?;
    let mut views = Vec::with_capacity(rows.len());
    for (key, state) in rows {
        let consent: Consent = from_state(state)?;
        let history = if history {
            let versions = api.store().history(Kind::Consent, &key).await?;
            Some(
                versions
                    .into_iter()
                    .map(from_state)
                    .collect::<Result<_, _>>()?,
            )
        } else {
            None
        };
        views.push(ConsentView {
            in_force: consent.granted && consent.valid_from <= now && now < consent.valid_until,
            consent,
            history,
        });
    }
    Ok(views)
}

fn flag(params: &Params, name: &str) -> Result<bool, ApiError> {
    Ok(params
        .parse(name, |text| match text {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(ApiError::bad(
                name,
                "invalid_flag",
                format!("{name} must be true or false, not {text:?}"),
            )),
        })?
        .unwrap_or(false))
}

/// The consents patients gave an organisation (its practitioners only).
#[utoipa::path(get, path = "/v1/organizations/{org}/consents", tag = "consents", security(("session" = [])), params(OrgPath, History, Page), responses((status = 200, body = ConsentPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn org_consents(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<ConsentPage>, ApiError> {
    params.only(&["history", "cursor", "limit"])?;
    let org = path_org(&org)?;
    let (history, limit) = (flag(&params, "history")?, params.limit()?);
    api.org_view(
        account,
        org,
        None,
        "/v1/organizations/{org}/consents",
        &params.raw,
    )
    .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Consent,
            None,
            Some(org),
            None,
            params.get("cursor"),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(ConsentPage {
        items: consent_views(&api, rows, history).await?,
        next,
    }))
}

/// A patient's consents (to the caller's organisation only, for a practitioner).
#[utoipa::path(get, path = "/v1/patients/{patient}/consents", tag = "consents", security(("session" = [])), params(PatientPath, History, Page), responses((status = 200, body = ConsentPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn patient_consents(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    params: Params,
) -> Result<Json<ConsentPage>, ApiError> {
    params.only(&["history", "cursor", "limit"])?;
    let patient = path_patient(&patient)?;
    let (history, limit) = (flag(&params, "history")?, params.limit()?);
    let view = api
        .patient_view(
            account,
            patient,
            "/v1/patients/{patient}/consents",
            &params.raw,
        )
        .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Consent,
            Some(patient),
            view.org(),
            None,
            params.get("cursor"),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(ConsentPage {
        items: consent_views(&api, rows, history).await?,
        next,
    }))
}

// ---- records ------------------------------------------------------------------------------

async fn record_views(api: &Api, rows: Vec<(String, Value)>) -> Result<Vec<RecordView>, ApiError> {
    let mut views = Vec::with_capacity(rows.len());
    for (_, state) in rows {
        let record: Record = from_state(state)?;
        let mut chain = vec![record.record_id];
        let mut back = record.supersedes;
        while let Some(id) = back {
            chain.insert(0, id);
            back = match api
                .store()
                .current(Kind::Record, &format!("{id:#x}"))
                .await?
            {
                Some(state) => from_state::<Record>(state)?.supersedes,
                None => None,
            };
        }
        let mut forward = record.superseded_by;
        while let Some(id) = forward {
            chain.push(id);
            forward = match api
                .store()
                .current(Kind::Record, &format!("{id:#x}"))
                .await?
            {
                Some(state) => from_state::<Record>(state)?.superseded_by,
                None => None,
            };
        }
        views.push(RecordView { record, chain });
    }
    Ok(views)
}

/// Record pointers an organisation holds (its practitioners only).
#[utoipa::path(get, path = "/v1/organizations/{org}/records", tag = "records", security(("session" = [])), params(OrgPath, Page), responses((status = 200, body = RecordPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn org_records(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<RecordPage>, ApiError> {
    params.only(&["cursor", "limit"])?;
    let org = path_org(&org)?;
    let limit = params.limit()?;
    api.org_view(
        account,
        org,
        None,
        "/v1/organizations/{org}/records",
        &params.raw,
    )
    .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Record,
            None,
            Some(org),
            None,
            params.get("cursor"),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(RecordPage {
        items: record_views(&api, rows).await?,
        next,
    }))
}

/// A patient's record pointers, with version chains (those the caller's organisation holds,
/// for a practitioner).
#[utoipa::path(get, path = "/v1/patients/{patient}/records", tag = "records", security(("session" = [])), params(PatientPath, Page), responses((status = 200, body = RecordPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn patient_records(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    params: Params,
) -> Result<Json<RecordPage>, ApiError> {
    params.only(&["cursor", "limit"])?;
    let patient = path_patient(&patient)?;
    let limit = params.limit()?;
    let view = api
        .patient_view(
            account,
            patient,
            "/v1/patients/{patient}/records",
            &params.raw,
        )
        .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Record,
            Some(patient),
            view.org(),
            None,
            params.get("cursor"),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(RecordPage {
        items: record_views(&api, rows).await?,
        next,
    }))
}

// ---- requests and emergencies -------------------------------------------------------------

/// An organisation's access requests, by status (its practitioners only). `expired` are
/// pending requests past their expiry.
#[utoipa::path(get, path = "/v1/organizations/{org}/requests", tag = "requests", security(("session" = [])), params(OrgPath, RequestStatus, Page), responses((status = 200, body = RequestPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn org_requests(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<RequestPage>, ApiError> {
    params.only(&["status", "cursor", "limit"])?;
    let org = path_org(&org)?;
    let limit = params.limit()?;
    let status = params.parse("status", |text| match text {
        "pending" | "expired" | "approved" | "denied" | "cancelled" => Ok(text.to_owned()),
        _ => Err(ApiError::bad(
            "status",
            "unknown_name",
            format!("status {text:?} is none of pending, expired, approved, denied, cancelled"),
        )),
    })?;
    api.org_view(
        account,
        org,
        None,
        "/v1/organizations/{org}/requests",
        &params.raw,
    )
    .await?;
    let stored_status = status
        .as_deref()
        .map(|s| if s == "expired" { "pending" } else { s });
    let rows = api
        .store()
        .entity_page(
            Kind::Request,
            None,
            Some(org),
            stored_status,
            params.get("cursor"),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    let now = api.now().await?;
    let mut items = Vec::with_capacity(rows.len());
    for request in states::<AccessRequest>(rows)? {
        let mut request = request;
        if request.status == "pending" && request.expires_at <= now {
            request.status = "expired".into();
        }
        if status
            .as_deref()
            .is_none_or(|wanted| wanted == request.status)
        {
            items.push(request);
        }
    }
    Ok(Json(RequestPage { items, next }))
}

async fn emergency_page(
    api: &Api,
    filter: EventFilter,
    params: &Params,
) -> Result<EmergencyPage, ApiError> {
    let limit = params.limit()?;
    let cursor = params.parse("cursor", params::event_cursor)?;
    let events = api.store().event_page(&filter, cursor, true, limit).await?;
    let next = event_next(&events, limit);
    let now = api.now().await?;
    let mut items = Vec::with_capacity(events.len());
    for event in events {
        let (Some(patient), Some(org)) = (event.patient, event.org_id) else {
            continue;
        };
        // The versions of this patient and organisation's emergency access since this opening.
        let versions = api
            .store()
            .versions(Kind::Emergency, &pair_key(patient, org))
            .await?;
        let state = versions
            .into_iter()
            .filter(|(block, _)| *block >= event.block_number)
            .map(|(_, state)| from_state::<EmergencyAccess>(state))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .rfind(|e| e.opened_at == event.timestamp);
        if let Some(emergency) = state {
            // An opt-out or a withdrawn capability ends it too, with no event of its own.
            let open = emergency.closed_at.is_none()
                && now < emergency.expires_at
                && api.store().emergency_open(patient, org, now).await?;
            items.push(EmergencyView { open, emergency });
        }
    }
    Ok(EmergencyPage { items, next })
}

/// Emergency accesses an organisation opened, newest first (its practitioners only).
#[utoipa::path(get, path = "/v1/organizations/{org}/emergencies", tag = "emergencies", security(("session" = [])), params(OrgPath, EventPage), responses((status = 200, body = EmergencyPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn org_emergencies(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<EmergencyPage>, ApiError> {
    params.only(&["cursor", "limit"])?;
    let org = path_org(&org)?;
    api.org_view(
        account,
        org,
        None,
        "/v1/organizations/{org}/emergencies",
        &params.raw,
    )
    .await?;
    let filter = EventFilter {
        org_id: Some(org),
        names: &["EmergencyAccessOpened"],
        ..EventFilter::default()
    };
    Ok(Json(emergency_page(&api, filter, &params).await?))
}

/// Emergency accesses to a patient's records, newest first.
#[utoipa::path(get, path = "/v1/patients/{patient}/emergencies", tag = "emergencies", security(("session" = [])), params(PatientPath, EventPage), responses((status = 200, body = EmergencyPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn patient_emergencies(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    params: Params,
) -> Result<Json<EmergencyPage>, ApiError> {
    params.only(&["cursor", "limit"])?;
    let patient = path_patient(&patient)?;
    let view = api
        .patient_view(
            account,
            patient,
            "/v1/patients/{patient}/emergencies",
            &params.raw,
        )
        .await?;
    let filter = EventFilter {
        patient: Some(patient),
        org_id: view.org(),
        names: &["EmergencyAccessOpened"],
        ..EventFilter::default()
    };
    Ok(Json(emergency_page(&api, filter, &params).await?))
}

// ---- audit trail --------------------------------------------------------------------------

/// A patient's audit trail, newest first: grants, revocations, delegations, requests,
/// emergencies, records and read receipts (those concerning the caller's organisation, for a
/// practitioner).
#[utoipa::path(get, path = "/v1/patients/{patient}/audit", tag = "audit", security(("session" = [])), params(PatientPath, TimeRange, EventPage), responses((status = 200, body = AuditPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn patient_audit(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    params: Params,
) -> Result<Json<AuditPage>, ApiError> {
    params.only(&["since", "until", "cursor", "limit"])?;
    let patient = path_patient(&patient)?;
    let (since, until) = params.time_range()?;
    let limit = params.limit()?;
    let cursor = params.parse("cursor", params::event_cursor)?;
    let view = api
        .patient_view(
            account,
            patient,
            "/v1/patients/{patient}/audit",
            &params.raw,
        )
        .await?;
    let filter = EventFilter {
        patient: Some(patient),
        org_id: view.org(),
        names: AUDIT_EVENTS,
        since,
        until,
    };
    audit_page(&api, &filter, cursor, limit).await
}

/// A page of audit entries matching `filter`, newest first.
async fn audit_page(
    api: &Api,
    filter: &EventFilter,
    cursor: Option<EventCursor>,
    limit: u32,
) -> Result<Json<AuditPage>, ApiError> {
    let events = api.store().event_page(filter, cursor, true, limit).await?;
    let next = event_next(&events, limit);
    Ok(Json(AuditPage {
        items: events.into_iter().map(AuditEntry::from).collect(),
        next,
    }))
}

/// What concerns an organisation, newest first: consents given to it, its access requests,
/// its emergency accesses, the records it added and its read receipts (its practitioners only).
#[utoipa::path(get, path = "/v1/organizations/{org}/audit", tag = "audit", security(("session" = [])), params(OrgPath, AuditKind, TimeRange, EventPage), responses((status = 200, body = AuditPage), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn org_audit(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<AuditPage>, ApiError> {
    params.only(&["kind", "since", "until", "cursor", "limit"])?;
    let org = path_org(&org)?;
    let names = match params.get("kind") {
        None => AUDIT_EVENTS,
        Some(kind) => AUDIT_KINDS
            .iter()
            .find(|(name, _)| *name == kind)
            .map(|(_, names)| *names)
            .ok_or_else(|| {
                ApiError::bad(
                    "kind",
                    "unknown_name",
                    format!(
                        "kind {kind:?} is none of {}",
                        AUDIT_KINDS
                            .iter()
                            .map(|(name, _)| *name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?,
    };
    let (since, until) = params.time_range()?;
    let limit = params.limit()?;
    let cursor = params.parse("cursor", params::event_cursor)?;
    api.org_view(
        account,
        org,
        None,
        "/v1/organizations/{org}/audit",
        &params.raw,
    )
    .await?;
    let filter = EventFilter {
        org_id: Some(org),
        names,
        since,
        until,
        ..EventFilter::default()
    };
    audit_page(&api, &filter, cursor, limit).await
}

// ---- access check -------------------------------------------------------------------------

/// The moment an access answer holds for.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct AsOf {
    /// The time judged at (unix seconds).
    time: u64,
    /// The block, when asked as of one.
    block: Option<u64>,
}

/// Whether an organisation may act on a patient's records, and on what basis.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct AccessAnswer {
    /// The patient.
    #[schema(value_type = String)]
    patient: Address,
    /// The organisation.
    org_id: u32,
    /// The category.
    #[schema(value_type = String)]
    category: Category,
    /// The purpose of use.
    #[schema(value_type = String)]
    purpose: Purpose,
    /// The action.
    #[schema(value_type = String)]
    action: Action,
    /// Allowed.
    allowed: bool,
    /// On what basis: consent, emergency, own_record, or none.
    #[schema(value_type = String)]
    basis: Basis,
    /// When.
    as_of: AsOf,
}

/// Whether an organisation may read or write a category of a patient's records for a purpose,
/// now, at a time (`at`), or as of a block (`block`); the same answer the contract's
/// `checkAccess` gives (gave).
#[utoipa::path(get, path = "/v1/access", tag = "access", security(("session" = [])), params(AccessParams), responses((status = 200, body = AccessAnswer), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn access(
    State(api): State<Api>,
    Session(account): Session,
    params: Params,
) -> Result<Json<AccessAnswer>, ApiError> {
    params.only(&[
        "patient", "org", "category", "purpose", "action", "at", "block",
    ])?;
    let patient = params.required("patient", |t| params::address("patient", t))?;
    let org = params.required("org", |t| params::org("org", t))?;
    let category: Category = params.required("category", |t| params::name("category", t))?;
    let purpose: Purpose = params.required("purpose", |t| params::name("purpose", t))?;
    let action: Action = params
        .parse("action", |t| params::name("action", t))?
        .unwrap_or(Action::Read);
    let at = params.parse("at", |t| params::time("at", t))?;
    let block = params.parse("block", |t| params::block("block", t))?;
    // The patient, a practitioner of the organisation asked about (logged), or a delegate.
    if account != patient {
        match api.practitioner_org(account).await? {
            Some(own) if own == org => {
                api.log_read(account, org, Some(patient), "/v1/access", &params.raw)
                    .await?;
            }
            _ if api.speaks_for(account, patient).await? => {}
            _ => {
                return Err(ApiError::forbidden(format!(
                    "{account:#x} is neither the patient, nor a delegate of theirs, nor a \
                     practitioner of active organisation {org}"
                )));
            }
        }
    }
    let query = AccessQuery {
        patient,
        org,
        category,
        purpose,
        action,
    };
    let (time, up_to, known_at) = match (at, block) {
        (Some(_), Some(_)) => {
            return Err(ApiError::bad(
                "block",
                "conflicting_parameters",
                "give at (a time) or block, not both",
            ));
        }
        (Some(at), None) => (at, None, Some(at)),
        (None, Some(block)) => (block_time(&api, block).await?, Some(block), None),
        (None, None) => (api.now().await?, None, None),
    };
    let basis = if at.is_none() && block.is_none() {
        api.0.access.check(api.store(), query, time).await?
    } else {
        api.store()
            .check_access_as_of(query, time, up_to, known_at)
            .await?
    };
    Ok(Json(AccessAnswer {
        patient,
        org_id: org,
        category,
        purpose,
        action,
        allowed: basis.allows(),
        basis,
        as_of: AsOf { time, block },
    }))
}

async fn block_time(api: &Api, block: u64) -> Result<u64, ApiError> {
    if let Some(time) = api.store().block_timestamp(block).await? {
        return Ok(time);
    }
    let stored = api.store().head().await?.map_or(0, |(number, _)| number);
    if block > stored {
        return Err(ApiError::bad(
            "block",
            "block_not_indexed",
            format!("block {block} is past the last stored block {stored}"),
        ));
    }
    if let Some(rpc) = &api.0.rpc {
        use alloy::providers::Provider;
        if let Ok(Some(header)) = rpc.get_block_by_number(block.into()).await {
            return Ok(header.header.timestamp);
        }
    }
    Err(ApiError::bad(
        "block",
        "block_time_unknown",
        format!("the time of block {block} is not known here (no event in it); ask with at="),
    ))
}

// ---- statistics ---------------------------------------------------------------------------

/// Cells with fewer events than this are suppressed.
pub(super) const SUPPRESS_BELOW: u64 = 11;
/// The widest statistics range.
const MAX_STATS_RANGE: u64 = 366 * 24 * 60 * 60;
/// The range statistics cover when `since` is not given: this long before `until`.
const DEFAULT_STATS_RANGE: u64 = 30 * 24 * 60 * 60;
const DAY: u64 = 24 * 60 * 60;

/// What statistics count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Metric {
    /// Consents granted (`ConsentGranted`, approvals of requests included).
    Grants,
    /// Consents revoked.
    Revocations,
    /// Record pointers added.
    Records,
    /// Read receipts.
    Reads,
}

impl Metric {
    const NAMES: [&'static str; 4] = ["grants", "revocations", "records", "reads"];

    fn name(self) -> &'static str {
        match self {
            Metric::Grants => "grants",
            Metric::Revocations => "revocations",
            Metric::Records => "records",
            Metric::Reads => "reads",
        }
    }

    fn parse(text: &str) -> Result<Self, ApiError> {
        match text {
            "grants" => Ok(Metric::Grants),
            "revocations" => Ok(Metric::Revocations),
            "records" => Ok(Metric::Records),
            "reads" => Ok(Metric::Reads),
            _ => Err(ApiError::bad(
                "metric",
                "unknown_name",
                format!("metric {text:?} is none of {}", Metric::NAMES.join(", ")),
            )),
        }
    }

    /// What a counted event counts as (the store hands over only counted events).
    fn of(event: &StatEvent) -> Self {
        match event.name.as_str() {
            "ConsentGranted" => Metric::Grants,
            "ConsentRevoked" => Metric::Revocations,
            "RecordAdded" => Metric::Records,
            _ => Metric::Reads,
        }
    }
}

/// The category a counted event is counted in: a record's or a read's (of the record's
/// category); none for a grant or a revocation, which count once per consent however many
/// categories it covers (a cell per category would count a three-category consent three
/// times, and make overlapping cells whose differences reveal small counts).
fn stat_category(event: &StatEvent) -> Option<Category> {
    match event.name.as_str() {
        "RecordAdded" | "RecordAccessed" => event.args["category"]
            .as_u64()
            .and_then(|code| u8::try_from(code).ok())
            .and_then(|code| Category::from_code(code).ok()),
        _ => None,
    }
}

/// The range statistics cover, from `since` and `until`: until now and 30 days back unless
/// given, in order, at most 366 days wide.
async fn stats_range(api: &Api, params: &Params) -> Result<(u64, u64), ApiError> {
    let (since, until) = params.time_range()?;
    let until = match until {
        Some(until) => until,
        None => api.now().await? + 1,
    };
    let since = since.unwrap_or(until.saturating_sub(DEFAULT_STATS_RANGE));
    if since >= until {
        return Err(ApiError::bad(
            "since",
            "inverted_range",
            format!("since ({since}) must be before until ({until})"),
        ));
    }
    if until - since > MAX_STATS_RANGE {
        return Err(ApiError::bad(
            "since",
            "range_too_wide",
            "the range may span at most 366 days",
        ));
    }
    Ok((since, until))
}

/// The whole UTC days public statistics release for a range: from midnight of the day `since`
/// falls in to the midnight that ends the day `until` falls in, but no day the store has not
/// seen to its end (its checkpoint block is older than the day's last second). Every released
/// cell is then a finished day's final count, the same in every answer: windows can't be
/// differenced, and a cell can't be watched as it grows.
async fn released_days(api: &Api, since: u64, until: u64) -> Result<(u64, u64), ApiError> {
    let stored_to = api.store().head().await?.map_or(0, |(_, time)| time);
    let since = since - since % DAY;
    let until = until
        .div_ceil(DAY)
        .saturating_mul(DAY)
        .min(stored_to - stored_to % DAY);
    Ok((since, until.max(since)))
}

/// One cell: events of one metric, on one day, at one organisation (and, for records and
/// reads, in one category).
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct StatCell {
    /// The UTC day, `YYYY-MM-DD`.
    day: String,
    /// grants, revocations, records or reads.
    metric: String,
    /// The organisation.
    org_id: Option<u32>,
    /// The record's category, for records and reads; none for grants and revocations, each
    /// counted once per consent.
    category: Option<String>,
    /// The count, or `null` when suppressed.
    count: Option<u64>,
    /// Fewer than `threshold` events: the count is withheld.
    suppressed: bool,
}

/// Aggregate statistics.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct Stats {
    /// From (unix seconds, inclusive): midnight UTC.
    since: u64,
    /// To (exclusive): midnight UTC, at most the start of the last day the store has seen end.
    until: u64,
    /// Counts below this are suppressed.
    threshold: u64,
    /// Non-empty cells, by day, metric, organisation and category.
    cells: Vec<StatCell>,
}

/// Public aggregate statistics by UTC day, metric, organisation and (records and reads)
/// category, with small counts (below 11) suppressed. Only whole, finished days are released:
/// `since` is taken back to its midnight and `until` forward to the next, then back to the
/// last day the store has seen end; the answer says which days it covers. Each cell is a
/// finished day's final count at the one granularity, so no window or total can be differenced
/// against another to reveal a suppressed count. Grants and revocations count consents (one
/// per consent, whatever its categories).
#[utoipa::path(get, path = "/v1/stats", tag = "statistics", params(StatsParams), responses((status = 200, body = Stats), (status = 400, body = super::error::ErrorBody)))]
async fn stats(State(api): State<Api>, params: Params) -> Result<Json<Stats>, ApiError> {
    params.only(&["since", "until", "metric", "org", "category"])?;
    let metric = params.parse("metric", Metric::parse)?;
    let org = params.parse("org", |t| params::org("org", t))?;
    let category: Option<Category> = params.parse("category", |t| params::name("category", t))?;
    let (since, until) = stats_range(&api, &params).await?;
    let (since, until) = released_days(&api, since, until).await?;
    let mut counts: BTreeMap<CellKey, u64> = BTreeMap::new();
    let events = if since < until {
        api.store().stat_events(since, until, org).await?
    } else {
        Vec::new()
    };
    for event in events {
        let name = Metric::of(&event);
        if metric.is_some_and(|m| m != name) {
            continue;
        }
        let cat = stat_category(&event);
        if category.is_some() && cat != category {
            continue;
        }
        *counts
            .entry((
                day(event.timestamp),
                name.name(),
                event.org_id,
                cat.map(|c| c.name().to_owned()),
            ))
            .or_default() += 1;
    }
    let cells = counts
        .into_iter()
        .map(|((day, metric, org_id, category), count)| StatCell {
            day,
            metric: metric.to_owned(),
            org_id,
            category,
            count: (count >= SUPPRESS_BELOW).then_some(count),
            suppressed: count < SUPPRESS_BELOW,
        })
        .collect();
    Ok(Json(Stats {
        since,
        until,
        threshold: SUPPRESS_BELOW,
        cells,
    }))
}

/// Day, metric, organisation, category.
type CellKey = (String, &'static str, Option<u32>, Option<String>);

fn day(timestamp: u64) -> String {
    let time = std::time::UNIX_EPOCH + Duration::from_secs(timestamp);
    humantime::format_rfc3339_seconds(time).to_string()[..10].to_owned()
}

/// One UTC day of an organisation's activity.
#[derive(Debug, Default, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct ActivityDay {
    /// The UTC day, `YYYY-MM-DD`.
    day: String,
    /// Consents granted to the organisation (approved requests included).
    grants: u64,
    /// Consents to it revoked.
    revocations: u64,
    /// Record pointers it added.
    records: u64,
    /// Reads of records it logged (read receipts).
    reads: u64,
}

/// An organisation's own activity by day.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct Activity {
    /// The organisation.
    org_id: u32,
    /// From (unix seconds, inclusive).
    since: u64,
    /// To (exclusive).
    until: u64,
    /// Every UTC day the range touches, oldest first, zeros included; a day cut by the range
    /// counts only the events inside it.
    days: Vec<ActivityDay>,
}

/// An organisation's own activity by UTC day: grants, revocations, records added and reads,
/// exact (not suppressed: only its practitioners may ask). Each event counts once, whatever
/// its categories.
#[utoipa::path(get, path = "/v1/organizations/{org}/activity", tag = "statistics", security(("session" = [])), params(OrgPath, StatsRange), responses((status = 200, body = Activity), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn org_activity(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    params: Params,
) -> Result<Json<Activity>, ApiError> {
    params.only(&["since", "until"])?;
    let org = path_org(&org)?;
    let (since, until) = stats_range(&api, &params).await?;
    api.org_view(
        account,
        org,
        None,
        "/v1/organizations/{org}/activity",
        &params.raw,
    )
    .await?;
    let first = since - since % DAY;
    let mut days: Vec<ActivityDay> = (first..until)
        .step_by(DAY as usize)
        .map(|start| ActivityDay {
            day: day(start),
            ..ActivityDay::default()
        })
        .collect();
    for event in api.store().stat_events(since, until, Some(org)).await? {
        let Some(cell) = usize::try_from(event.timestamp.saturating_sub(first) / DAY)
            .ok()
            .and_then(|index| days.get_mut(index))
        else {
            continue;
        };
        *match Metric::of(&event) {
            Metric::Grants => &mut cell.grants,
            Metric::Revocations => &mut cell.revocations,
            Metric::Records => &mut cell.records,
            Metric::Reads => &mut cell.reads,
        } += 1;
    }
    Ok(Json(Activity {
        org_id: org,
        since,
        until,
        days,
    }))
}

// ---- live updates -------------------------------------------------------------------------

/// What a stream was allowed on, checked again before each event it sends.
#[derive(Debug, Clone, Copy)]
enum StreamGrant {
    /// The caller practises at this organisation.
    Practitioner(u32),
    /// The caller is this patient or a delegate of theirs.
    SpeaksFor(Address),
}

/// Why a stream stopped, sent as its last (`end`) event.
async fn stream_ended(
    api: &Api,
    account: Address,
    grant: StreamGrant,
    session_ends: u64,
) -> Result<Option<&'static str>, ApiError> {
    if unix(std::time::SystemTime::now()) >= session_ends {
        return Ok(Some("session_expired"));
    }
    let allowed = match grant {
        StreamGrant::Practitioner(org) => api.practitioner_org(account).await? == Some(org),
        StreamGrant::SpeaksFor(patient) => api.speaks_for(account, patient).await?,
    };
    Ok((!allowed).then_some("access_ended"))
}

/// Server-sent events: every new event concerning an organisation (its practitioners) or a
/// patient (they or their delegates), as audit-trail entries, from `after` or the
/// `Last-Event-ID` (or from now). Each SSE `id` is a cursor.
///
/// Who may follow is checked again before every event, as for a request: when the session
/// expires, or the caller leaves the roster, their organisation is suspended or their
/// delegation ends, the stream sends a last `end` event (`session_expired` or `access_ended`)
/// and closes.
#[utoipa::path(get, path = "/v1/stream", tag = "audit", security(("session" = [])), params(StreamParams), responses((status = 200, content_type = "text/event-stream", body = AuditEntry), (status = 400, body = super::error::ErrorBody), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
async fn stream(
    State(api): State<Api>,
    caller: Caller,
    headers: HeaderMap,
    params: Params,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let account = caller.require()?;
    let session_ends = caller.expires_at.unwrap_or_default();
    params.only(&["org", "patient", "after"])?;
    let org = params.parse("org", |t| params::org("org", t))?;
    let patient = params.parse("patient", |t| params::address("patient", t))?;
    let after = match params
        .get("after")
        .or_else(|| headers.get("last-event-id").and_then(|v| v.to_str().ok()))
    {
        Some(text) => Some(params::event_cursor(text)?),
        None => None,
    };
    let (filter, grant) = match (org, patient) {
        (Some(org), None) => {
            api.org_view(account, org, None, "/v1/stream", &params.raw)
                .await?;
            let filter = EventFilter {
                org_id: Some(org),
                ..EventFilter::default()
            };
            (filter, StreamGrant::Practitioner(org))
        }
        (None, Some(patient)) => {
            let view = api
                .patient_view(account, patient, "/v1/stream", &params.raw)
                .await?;
            let filter = EventFilter {
                patient: Some(patient),
                org_id: view.org(),
                names: AUDIT_EVENTS,
                ..EventFilter::default()
            };
            let grant = match view.org() {
                Some(org) => StreamGrant::Practitioner(org),
                None => StreamGrant::SpeaksFor(patient),
            };
            (filter, grant)
        }
        _ => {
            return Err(ApiError::bad(
                "org",
                "missing_parameter",
                "give org or patient (one of them)",
            ));
        }
    };
    let start = match after {
        Some(cursor) => Some(cursor),
        None => api
            .store()
            .event_page(&filter, None, true, 1)
            .await?
            .first()
            .map(|e| (e.block_number, e.log_index)),
    };
    let state = Following {
        api,
        account,
        grant,
        session_ends,
        filter,
        cursor: start,
        queue: std::collections::VecDeque::new(),
        ended: false,
    };
    let events = futures_util::stream::unfold(state, |mut state| async move {
        if state.ended {
            return None;
        }
        loop {
            match stream_ended(&state.api, state.account, state.grant, state.session_ends).await {
                Ok(None) => {}
                Ok(Some(reason)) => {
                    state.ended = true;
                    let end = Event::default().event("end").data(reason);
                    return Some((Ok(end), state));
                }
                Err(error) => {
                    tracing::warn!(error = %error.message, "stream: checking who follows failed; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            }
            if let Some(event) = state.queue.pop_front() {
                let id = format!("{}-{}", event.block_number, event.log_index);
                let data = serde_json::to_string(&AuditEntry::from(event)).unwrap_or_default();
                let sse = Event::default().id(id).event("event").data(data);
                return Some((Ok(sse), state));
            }
            match state
                .api
                .store()
                .event_page(&state.filter, state.cursor, false, 500)
                .await
            {
                Ok(batch) if !batch.is_empty() => {
                    state.cursor = batch.last().map(|e| (e.block_number, e.log_index));
                    state.queue.extend(batch);
                }
                Ok(_) => tokio::time::sleep(Duration::from_millis(250)).await,
                Err(error) => {
                    tracing::warn!(%error, "stream: store read failed; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}

/// A live stream's state between events.
struct Following {
    api: Api,
    account: Address,
    grant: StreamGrant,
    /// When the caller's session ends (unix seconds).
    session_ends: u64,
    filter: EventFilter,
    cursor: Option<EventCursor>,
    queue: std::collections::VecDeque<StoredEvent>,
    /// The `end` event has been sent.
    ended: bool,
}
