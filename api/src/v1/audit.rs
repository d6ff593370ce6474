//! Audit trails: a patient's, and what concerns an organisation.

use alloy::primitives::{Address, B256};
use axum::{
    Json,
    extract::{Path, State},
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::{event_next, page, path_org, path_patient};
use crate::{
    Api, Session,
    docs::{OrgPath, PatientPath},
    error::{ApiError, ErrorBody},
    params::{
        self, Query,
        values::{EventCursor, Limit, Time},
    },
};
use consentry_store::{EventCursor as StoreCursor, EventFilter, StoredEvent};

/// How many of [`AUDIT_EVENTS`], at its end, are about records.
const RECORD_EVENTS: usize = 8;

/// Events of a patient's audit trail (the record events last).
pub(crate) const AUDIT_EVENTS: &[&str] = &[
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
    "RecordPending",
    "RecordSigned",
    "RecordConfirmed",
    "RecordRejected",
    "RecordExpired",
];

/// A kind of event an organisation's trail can be narrowed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(super) enum AuditKind {
    Consents,
    Requests,
    Emergencies,
    Records,
}

impl AuditKind {
    /// The events of this kind.
    fn events(self) -> &'static [&'static str] {
        match self {
            AuditKind::Consents => &[
                "ConsentGranted",
                "ConsentNarrowed",
                "ConsentExtended",
                "ConsentRevoked",
            ],
            AuditKind::Requests => &[
                "AccessRequested",
                "AccessRequestApproved",
                "AccessRequestDenied",
                "AccessRequestCancelled",
            ],
            AuditKind::Emergencies => &["EmergencyAccessOpened", "EmergencyAccessClosed"],
            // The trail's record events: the last of `AUDIT_EVENTS`.
            AuditKind::Records => AUDIT_EVENTS.split_at(AUDIT_EVENTS.len() - RECORD_EVENTS).1,
        }
    }
}

page!(
    /// A page of audit-trail entries, newest first.
    AuditPage of AuditEntry
);

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

/// A page of a patient's trail, maybe of a time range.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct PatientAuditParams {
    /// From (inclusive).
    #[param(inline)]
    since: Option<Time>,
    /// To (exclusive); after since.
    #[param(inline)]
    until: Option<Time>,
    /// The `next` of the previous page.
    #[param(inline)]
    cursor: Option<EventCursor>,
    /// Page size.
    #[param(inline)]
    limit: Option<Limit>,
}

/// A patient's audit trail, newest first: grants, revocations, delegations, requests,
/// emergencies, records and read receipts (those concerning the caller's organisation, for a
/// practitioner).
#[utoipa::path(
    get,
    path = "/v1/patients/{patient}/audit",
    tag = "audit",
    security(("session" = [])),
    params(PatientPath, PatientAuditParams),
    responses(
        (status = 200, body = AuditPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn patient_audit(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    Query {
        params:
            PatientAuditParams {
                since,
                until,
                cursor,
                limit,
            },
        raw,
    }: Query<PatientAuditParams>,
) -> Result<Json<AuditPage>, ApiError> {
    let patient = path_patient(&patient)?;
    let (since, until) = params::time_range(since.map(|t| t.0), until.map(|t| t.0))?;
    let view = api
        .patient_view(account, patient, "/v1/patients/{patient}/audit", &raw)
        .await?;
    let filter = EventFilter {
        patient: Some(patient),
        org_id: view.org(),
        names: AUDIT_EVENTS,
        since,
        until,
    };
    let limit = limit.unwrap_or_default().0;
    audit_page(&api, &filter, cursor.map(|c| c.0), limit).await
}

/// A page of audit entries matching `filter`, newest first.
async fn audit_page(
    api: &Api,
    filter: &EventFilter,
    cursor: Option<StoreCursor>,
    limit: u32,
) -> Result<Json<AuditPage>, ApiError> {
    let events = api.store().event_page(filter, cursor, true, limit).await?;
    let next = event_next(&events, limit);
    Ok(Json(AuditPage {
        items: events.into_iter().map(AuditEntry::from).collect(),
        next,
    }))
}

/// Which of an organisation's events, maybe of a time range.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct OrgAuditParams {
    /// Only events of one kind: consents (granted, narrowed, extended, revoked), requests
    /// (made, approved, denied, cancelled), emergencies (opened, closed) or records (added,
    /// retracted, read).
    #[param(inline)]
    kind: Option<AuditKind>,
    /// From (inclusive).
    #[param(inline)]
    since: Option<Time>,
    /// To (exclusive); after since.
    #[param(inline)]
    until: Option<Time>,
    /// The `next` of the previous page.
    #[param(inline)]
    cursor: Option<EventCursor>,
    /// Page size.
    #[param(inline)]
    limit: Option<Limit>,
}

/// What concerns an organisation, newest first: consents given to it, its access requests,
/// its emergency accesses, the records it added and its read receipts (its practitioners only).
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/audit",
    tag = "audit",
    security(("session" = [])),
    params(OrgPath, OrgAuditParams),
    responses(
        (status = 200, body = AuditPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn org_audit(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    Query {
        params:
            OrgAuditParams {
                kind,
                since,
                until,
                cursor,
                limit,
            },
        raw,
    }: Query<OrgAuditParams>,
) -> Result<Json<AuditPage>, ApiError> {
    let org = path_org(&org)?;
    let (since, until) = params::time_range(since.map(|t| t.0), until.map(|t| t.0))?;
    api.org_view(account, org, None, "/v1/organizations/{org}/audit", &raw)
        .await?;
    let filter = EventFilter {
        org_id: Some(org),
        names: kind.map_or(AUDIT_EVENTS, AuditKind::events),
        since,
        until,
        ..EventFilter::default()
    };
    let limit = limit.unwrap_or_default().0;
    audit_page(&api, &filter, cursor.map(|c| c.0), limit).await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The records kind is every record event of the trail, co-signing included.
    #[test]
    fn the_records_kind_is_the_trails_record_events() {
        let records = AuditKind::Records.events();
        assert!(
            records.iter().all(|name| name.starts_with("Record")),
            "{records:?}"
        );
        assert_eq!(
            AUDIT_EVENTS
                .iter()
                .filter(|name| name.starts_with("Record"))
                .count(),
            records.len()
        );
        assert!(records.contains(&"RecordSigned") && records.contains(&"RecordAdded"));
    }
}
