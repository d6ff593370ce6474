//! Consents: those patients gave an organisation, and a patient's own.

use axum::{
    Json,
    extract::{Path, State},
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::{entity_next, page, path_org, path_patient};
use crate::{
    Api, Session,
    docs::{OrgPath, PatientPath},
    error::{ApiError, ErrorBody},
    from_state,
    params::{
        Query,
        values::{Flag, Limit, PageCursor},
    },
};
use consentry_store::projection::{Consent, Kind};

page!(
    /// A page of consents.
    ConsentPage of ConsentView
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

/// A page of consents, with or without their history.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct ConsentParams {
    /// Include every version of each consent, oldest first.
    #[param(inline)]
    history: Option<Flag>,
    /// The `next` of the previous page.
    #[param(inline)]
    cursor: Option<PageCursor>,
    /// Page size.
    #[param(inline)]
    limit: Option<Limit>,
}

impl ConsentParams {
    fn history(&self) -> bool {
        self.history.is_some_and(|Flag(on)| on)
    }

    fn limit(&self) -> u32 {
        self.limit.unwrap_or_default().0
    }

    fn cursor(&self) -> Option<&str> {
        self.cursor.as_ref().map(|cursor| cursor.0.as_str())
    }
}

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

/// The consents patients gave an organisation (its practitioners only).
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/consents",
    tag = "consents",
    security(("session" = [])),
    params(OrgPath, ConsentParams),
    responses(
        (status = 200, body = ConsentPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn org_consents(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    Query { params, raw }: Query<ConsentParams>,
) -> Result<Json<ConsentPage>, ApiError> {
    let org = path_org(&org)?;
    let limit = params.limit();
    api.org_view(account, org, None, "/v1/organizations/{org}/consents", &raw)
        .await?;
    let rows = api
        .store()
        .entity_page(Kind::Consent, None, Some(org), None, params.cursor(), limit)
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(ConsentPage {
        items: consent_views(&api, rows, params.history()).await?,
        next,
    }))
}

/// A patient's consents (to the caller's organisation only, for a practitioner).
#[utoipa::path(
    get,
    path = "/v1/patients/{patient}/consents",
    tag = "consents",
    security(("session" = [])),
    params(PatientPath, ConsentParams),
    responses(
        (status = 200, body = ConsentPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn patient_consents(
    State(api): State<Api>,
    Session(account): Session,
    Path(patient): Path<String>,
    Query { params, raw }: Query<ConsentParams>,
) -> Result<Json<ConsentPage>, ApiError> {
    let patient = path_patient(&patient)?;
    let limit = params.limit();
    let view = api
        .patient_view(account, patient, "/v1/patients/{patient}/consents", &raw)
        .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Consent,
            Some(patient),
            view.org(),
            None,
            params.cursor(),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(ConsentPage {
        items: consent_views(&api, rows, params.history()).await?,
        next,
    }))
}
