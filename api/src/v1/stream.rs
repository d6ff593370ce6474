//! Live updates: server-sent events of an organisation's or a patient's trail.

use std::{convert::Infallible, time::Duration};

use alloy::primitives::Address;
use axum::{
    extract::State,
    http::HeaderMap,
    response::sse::{Event, KeepAlive, Sse},
};
use futures_util::Stream;
use serde::Deserialize;
use utoipa::IntoParams;

use super::audit::{AUDIT_EVENTS, AuditEntry};
use crate::{
    Api, Caller,
    error::{ApiError, ErrorBody},
    params::{
        self, Query,
        values::{Account, EventCursor, OrgId},
    },
    unix,
};
use consentry_store::{EventCursor as StoreCursor, EventFilter, StoredEvent};

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

/// What a stream follows: an organisation or a patient.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct StreamParams {
    /// An organisation (its practitioners); not with patient.
    #[param(inline)]
    org: Option<OrgId>,
    /// A patient (they or their delegates); not with org.
    #[param(inline)]
    patient: Option<Account>,
    /// Start after this cursor (or send Last-Event-ID).
    #[param(inline)]
    after: Option<EventCursor>,
}

/// Server-sent events: every new event concerning an organisation (its practitioners) or a
/// patient (they or their delegates), as audit-trail entries, from `after` or the
/// `Last-Event-ID` (or from now). Each SSE `id` is a cursor.
///
/// Who may follow is checked again before every event, as for a request: when the session
/// expires, or the caller leaves the roster, their organisation is suspended or their
/// delegation ends, the stream sends a last `end` event (`session_expired` or `access_ended`)
/// and closes.
#[utoipa::path(
    get,
    path = "/v1/stream",
    tag = "audit",
    security(("session" = [])),
    params(StreamParams),
    responses(
        (status = 200, content_type = "text/event-stream", body = AuditEntry),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn stream(
    State(api): State<Api>,
    caller: Caller,
    headers: HeaderMap,
    query: Result<Query<StreamParams>, ApiError>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let account = caller.require()?;
    let session_ends = caller.expires_at.unwrap_or_default();
    // Taken after the session is checked: a stranger learns nothing from a bad query.
    let Query {
        params: StreamParams {
            org,
            patient,
            after,
        },
        raw,
    } = query?;
    let (org, patient) = (org.map(|OrgId(org)| org), patient.map(|Account(p)| p));
    let after = match after {
        Some(EventCursor(cursor)) => Some(cursor),
        None => headers
            .get("last-event-id")
            .and_then(|v| v.to_str().ok())
            .map(params::event_cursor)
            .transpose()?,
    };
    let (filter, grant) = match (org, patient) {
        (Some(org), None) => {
            api.org_view(account, org, None, "/v1/stream", &raw).await?;
            let filter = EventFilter {
                org_id: Some(org),
                ..EventFilter::default()
            };
            (filter, StreamGrant::Practitioner(org))
        }
        (None, Some(patient)) => {
            let view = api
                .patient_view(account, patient, "/v1/stream", &raw)
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
    cursor: Option<StoreCursor>,
    queue: std::collections::VecDeque<StoredEvent>,
    /// The `end` event has been sent.
    ended: bool,
}
