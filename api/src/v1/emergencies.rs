//! Emergency accesses ("break the glass"): those an organisation opened, and those to a
//! patient's records.

use axum::{
    Json,
    extract::{Path, State},
};
use serde::Serialize;
use utoipa::ToSchema;

use super::{EventPageParams, event_next, page, path_org, path_patient};
use crate::{
    Api, Session,
    docs::{OrgPath, PatientPath},
    error::{ApiError, ErrorBody},
    from_state,
    params::Query,
};
use consentry_store::{
    EventFilter,
    projection::{EmergencyAccess, Kind, pair_key},
};

page!(
    /// A page of emergency accesses.
    EmergencyPage of EmergencyView
);

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

/// A page of the emergency accesses opened in `filter`'s events, newest first.
async fn emergency_page(
    api: &Api,
    filter: EventFilter,
    page: &EventPageParams,
) -> Result<EmergencyPage, ApiError> {
    let (limit, cursor) = (page.limit(), page.cursor());
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
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/emergencies",
    tag = "emergencies",
    security(("session" = [])),
    params(OrgPath, EventPageParams),
    responses(
        (status = 200, body = EmergencyPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn org_emergencies(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    Query { params: page, raw }: Query<EventPageParams>,
) -> Result<Json<EmergencyPage>, ApiError> {
    let org = path_org(&org)?;
    api.org_view(
        account,
        org,
        None,
        "/v1/organizations/{org}/emergencies",
        &raw,
    )
    .await?;
    let filter = EventFilter {
        org_id: Some(org),
        names: &["EmergencyAccessOpened"],
        ..EventFilter::default()
    };
    Ok(Json(emergency_page(&api, filter, &page).await?))
}

/// Emergency accesses to a patient's records, newest first.
#[utoipa::path(
    get,
    path = "/v1/patients/{patient}/emergencies",
    tag = "emergencies",
    security(("session" = [])),
    params(PatientPath, EventPageParams),
    responses(
        (status = 200, body = EmergencyPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn patient_emergencies(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    Query { params: page, raw }: Query<EventPageParams>,
) -> Result<Json<EmergencyPage>, ApiError> {
    let patient = path_patient(&patient)?;
    let view = api
        .patient_view(account, patient, "/v1/patients/{patient}/emergencies", &raw)
        .await?;
    let filter = EventFilter {
        patient: Some(patient),
        org_id: view.org(),
        names: &["EmergencyAccessOpened"],
        ..EventFilter::default()
    };
    Ok(Json(emergency_page(&api, filter, &page).await?))
}
