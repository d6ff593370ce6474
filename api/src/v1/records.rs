//! Record pointers, with their version chains.

use alloy::primitives::B256;
use axum::{
    Json,
    extract::{Path, State},
};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::{PageParams, entity_next, page, path_org, path_patient};
use crate::{
    Api, Session,
    docs::{OrgPath, PatientPath},
    error::{ApiError, ErrorBody},
    from_state,
    params::Query,
};
use consentry_store::projection::{Kind, Record};

page!(
    /// A page of record pointers.
    RecordPage of RecordView
);

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
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/records",
    tag = "records",
    security(("session" = [])),
    params(OrgPath, PageParams),
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
    Query { params: page, raw }: Query<PageParams>,
) -> Result<Json<RecordPage>, ApiError> {
    let org = path_org(&org)?;
    let limit = page.limit();
    api.org_view(account, org, None, "/v1/organizations/{org}/records", &raw)
        .await?;
    let rows = api
        .store()
        .entity_page(Kind::Record, None, Some(org), None, page.cursor(), limit)
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(RecordPage {
        items: record_views(&api, rows).await?,
        next,
    }))
}

/// A patient's record pointers, with version chains (those the caller's organisation holds,
/// for a practitioner).
#[utoipa::path(
    get,
    path = "/v1/patients/{patient}/records",
    tag = "records",
    security(("session" = [])),
    params(PatientPath, PageParams),
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
    Query { params: page, raw }: Query<PageParams>,
) -> Result<Json<RecordPage>, ApiError> {
    let patient = path_patient(&patient)?;
    let limit = page.limit();
    let view = api
        .patient_view(account, patient, "/v1/patients/{patient}/records", &raw)
        .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Record,
            Some(patient),
            view.org(),
            None,
            page.cursor(),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(RecordPage {
        items: record_views(&api, rows).await?,
        next,
    }))
}
