//! Access requests made to an organisation.

use axum::{
    Json,
    extract::{Path, State},
};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::{entity_next, page, path_org, states};
use crate::{
    Api, Session,
    docs::OrgPath,
    error::{ApiError, ErrorBody},
    params::{
        Query,
        values::{Limit, PageCursor},
    },
};
use consentry_store::projection::{AccessRequest, Kind};

page!(
    /// A page of access requests.
    RequestPage of AccessRequest
);

/// The state of an access request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(super) enum RequestStatus {
    Pending,
    /// Pending past its expiry.
    Expired,
    Approved,
    Denied,
    Cancelled,
}

impl RequestStatus {
    /// The name, as the store and the answer write it.
    fn name(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Expired => "expired",
            RequestStatus::Approved => "approved",
            RequestStatus::Denied => "denied",
            RequestStatus::Cancelled => "cancelled",
        }
    }

    /// The status the store keeps requests in this state under: an expired request is
    /// stored as pending.
    fn stored(self) -> &'static str {
        match self {
            RequestStatus::Expired => "pending",
            status => status.name(),
        }
    }
}

/// A page of an organisation's requests, maybe of one status.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct RequestParams {
    /// Only requests in this state (`expired`: pending past their expiry).
    #[param(inline)]
    status: Option<RequestStatus>,
    /// The `next` of the previous page.
    #[param(inline)]
    cursor: Option<PageCursor>,
    /// Page size.
    #[param(inline)]
    limit: Option<Limit>,
}

/// An organisation's access requests, by status (its practitioners only). `expired` are
/// pending requests past their expiry.
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/requests",
    tag = "requests",
    security(("session" = [])),
    params(OrgPath, RequestParams),
    responses(
        (status = 200, body = RequestPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn org_requests(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    Query {
        params: RequestParams {
            status,
            cursor,
            limit,
        },
        raw,
    }: Query<RequestParams>,
) -> Result<Json<RequestPage>, ApiError> {
    let org = path_org(&org)?;
    let limit = limit.unwrap_or_default().0;
    api.org_view(account, org, None, "/v1/organizations/{org}/requests", &raw)
        .await?;
    let rows = api
        .store()
        .entity_page(
            Kind::Request,
            None,
            Some(org),
            status.map(RequestStatus::stored),
            cursor.as_ref().map(|cursor| cursor.0.as_str()),
            limit,
        )
        .await?;
    let next = entity_next(&rows, limit);
    let now = api.now().await?;
    let mut items = Vec::with_capacity(rows.len());
    for mut request in states::<AccessRequest>(rows)? {
        if request.status == "pending" && request.expires_at <= now {
            request.status = "expired".into();
        }
        if status.is_none_or(|wanted| wanted.name() == request.status) {
            items.push(request);
        }
    }
    Ok(Json(RequestPage { items, next }))
}
