//! Organisations and their practitioners: public.

use axum::{
    Json,
    extract::{Path, State},
};

use super::{NoParams, PageParams, entity_next, page, path_org, states};
use crate::{
    Api,
    docs::OrgPath,
    error::{ApiError, ErrorBody},
    from_state,
    params::Query,
};
use consentry_store::projection::{Kind, Organization, Practitioner};

page!(
    /// A page of organisations.
    OrganizationPage of Organization
);
page!(
    /// A page of practitioners.
    PractitionerPage of Practitioner
);

/// Every accredited organisation.
#[utoipa::path(
    get,
    path = "/v1/organizations",
    tag = "organisations",
    params(PageParams),
    responses((status = 200, body = OrganizationPage), (status = 400, body = ErrorBody)),
)]
pub(super) async fn organizations(
    State(api): State<Api>,
    Query { params: page, .. }: Query<PageParams>,
) -> Result<Json<OrganizationPage>, ApiError> {
    let limit = page.limit();
    let rows = api
        .store()
        .entity_page(Kind::Organization, None, None, None, page.cursor(), limit)
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(OrganizationPage {
        items: states(rows)?,
        next,
    }))
}

/// One organisation.
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}",
    tag = "organisations",
    params(OrgPath, NoParams),
    responses(
        (status = 200, body = Organization),
        (status = 404, body = ErrorBody),
        (status = 400, body = ErrorBody),
    ),
)]
pub(super) async fn organization(
    State(api): State<Api>,
    Path(org): Path<String>,
    _: Query<NoParams>,
) -> Result<Json<Organization>, ApiError> {
    let org = path_org(&org)?;
    let state = api
        .store()
        .current(Kind::Organization, &org.to_string())
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no organisation {org}")))?;
    Ok(Json(from_state(state)?))
}

/// An organisation's practitioners (removed ones too, marked inactive).
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/practitioners",
    tag = "organisations",
    params(OrgPath, PageParams),
    responses((status = 200, body = PractitionerPage), (status = 400, body = ErrorBody)),
)]
pub(super) async fn practitioners(
    State(api): State<Api>,
    Path(org): Path<String>,
    Query { params: page, .. }: Query<PageParams>,
) -> Result<Json<PractitionerPage>, ApiError> {
    let org = path_org(&org)?;
    let limit = page.limit();
    let rows = api
        .store()
        .entity_page(
            Kind::Practitioner,
            None,
            Some(org),
            None,
            page.cursor(),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    Ok(Json(PractitionerPage {
        items: states(rows)?,
        next,
    }))
}
