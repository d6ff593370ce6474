//! Record pointers, with their version chains.

use alloy::primitives::B256;
use axum::{
    Json,
    extract::{Path, State},
};
use consentry_sdk::vocabulary::CosignerSet;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::{entity_next, page, path_org, path_patient};
use crate::{
    Api, Session,
    docs::{OrgPath, PatientPath},
    error::{ApiError, ErrorBody},
    fhir::instant,
    from_state,
    params::{
        Query,
        values::{Limit, PageCursor},
    },
};
use consentry_store::projection::{Kind, Record};

page!(
    /// A page of record pointers.
    RecordPage of RecordView
);

/// Where a record pointer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub(super) enum RecordStatus {
    Current,
    Superseded,
    EnteredInError,
    /// Added under a co-signing policy, awaiting signatures (and not past its deadline).
    Pending,
    /// A required co-signer rejected it.
    Rejected,
    /// Its co-signatures did not all come before its deadline (marked or not).
    Expired,
}

impl RecordStatus {
    /// The name, as the store and the answer write it.
    fn name(self) -> &'static str {
        match self {
            RecordStatus::Current => "current",
            RecordStatus::Superseded => "superseded",
            RecordStatus::EnteredInError => "entered-in-error",
            RecordStatus::Pending => "pending",
            RecordStatus::Rejected => "rejected",
            RecordStatus::Expired => "expired",
        }
    }

    /// The status the store keeps such records under, where one does: an expired record may
    /// still be stored as pending (nobody marked it), so `expired` filters after reading.
    fn stored(self) -> Option<&'static str> {
        match self {
            RecordStatus::Expired => None,
            status => Some(status.name()),
        }
    }
}

/// A page of record pointers, maybe of one status.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct RecordParams {
    /// Only records in this state (`pending`: awaiting co-signatures before their deadline;
    /// `expired`: past it).
    #[param(inline)]
    status: Option<RecordStatus>,
    /// The `next` of the previous page.
    #[param(inline)]
    cursor: Option<PageCursor>,
    /// Page size.
    #[param(inline)]
    limit: Option<Limit>,
}

/// A record pointer with its version chain and, if co-signed, who it awaits.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct RecordView {
    #[serde(flatten)]
    record: Record,
    /// The ids of every version of this record, oldest first (this one included).
    #[schema(value_type = Vec<String>)]
    chain: Vec<B256>,
    /// The co-signer kinds a pending record still awaits (empty otherwise).
    #[schema(value_type = Vec<String>)]
    awaiting: CosignerSet,
    /// Until when a co-signed record takes signatures, in UTC (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    deadline_at: Option<String>,
}

/// The page's records as views, each with its status as of `now` (a pending record past its
/// deadline is expired), keeping those of `status` if one is asked for.
async fn record_views(
    api: &Api,
    rows: Vec<(String, Value)>,
    status: Option<RecordStatus>,
    now: u64,
) -> Result<Vec<RecordView>, ApiError> {
    let mut views = Vec::with_capacity(rows.len());
    for (_, state) in rows {
        let mut record: Record = from_state(state)?;
        let deadline = record.cosigning.as_ref().map(|c| c.deadline);
        if record.status == "pending" && deadline.is_some_and(|d| d <= now) {
            record.status = RecordStatus::Expired.name().into();
        }
        if status.is_some_and(|wanted| wanted.name() != record.status) {
            continue;
        }
        let awaiting = match &record.cosigning {
            Some(c) if record.status == "pending" => c.awaited(),
            _ => CosignerSet::EMPTY,
        };
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
        views.push(RecordView {
            record,
            chain,
            awaiting,
            deadline_at: deadline.map(instant),
        });
    }
    Ok(views)
}

/// Record pointers an organisation holds (its practitioners only), by status: `pending`
/// lists what awaits co-signatures, with who is awaited and until when.
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/records",
    tag = "records",
    security(("session" = [])),
    params(OrgPath, RecordParams),
    responses(
        (status = 200, body = RecordPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn org_records(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    Query {
        params: RecordParams {
            status,
            cursor,
            limit,
        },
        raw,
    }: Query<RecordParams>,
) -> Result<Json<RecordPage>, ApiError> {
    let org = path_org(&org)?;
    let limit = limit.unwrap_or_default().0;
    api.org_view(account, org, None, "/v1/organizations/{org}/records", &raw)
        .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Record,
            None,
            Some(org),
            status.and_then(RecordStatus::stored),
            cursor.as_ref().map(|cursor| cursor.0.as_str()),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    let now = api.now().await?;
    Ok(Json(RecordPage {
        items: record_views(&api, rows, status, now).await?,
        next,
    }))
}

/// A patient's record pointers, with version chains (those the caller's organisation holds,
/// for a practitioner), by status as for an organisation's.
#[utoipa::path(
    get,
    path = "/v1/patients/{patient}/records",
    tag = "records",
    security(("session" = [])),
    params(PatientPath, RecordParams),
    responses(
        (status = 200, body = RecordPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn patient_records(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    Query {
        params: RecordParams {
            status,
            cursor,
            limit,
        },
        raw,
    }: Query<RecordParams>,
) -> Result<Json<RecordPage>, ApiError> {
    let patient = path_patient(&patient)?;
    let limit = limit.unwrap_or_default().0;
    let view = api
        .patient_view(account, patient, "/v1/patients/{patient}/records", &raw)
        .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Record,
            Some(patient),
            view.org(),
            status.and_then(RecordStatus::stored),
            cursor.as_ref().map(|cursor| cursor.0.as_str()),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    let now = api.now().await?;
    Ok(Json(RecordPage {
        items: record_views(&api, rows, status, now).await?,
        next,
    }))
}
