//! The access check: may an organisation act on a patient's records, and on what basis.

use alloy::primitives::Address;
use axum::{Json, extract::State};
use consentry_sdk::vocabulary::{Action, Basis, Category, Purpose};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::{
    Api, Session,
    error::{ApiError, ErrorBody},
    params::{
        Query,
        values::{Account, ActionName, Block, CategoryName, OrgId, PurposeName, Time},
    },
};
use consentry_store::AccessQuery;

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

/// The access check's question.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct AccessParams {
    /// The patient.
    #[param(inline)]
    patient: Account,
    /// The organisation.
    #[param(inline)]
    org: OrgId,
    /// The category.
    #[param(inline)]
    category: CategoryName,
    /// The purpose of use (HL7 v3).
    #[param(inline)]
    purpose: PurposeName,
    /// read (default) or write.
    #[param(inline)]
    action: Option<ActionName>,
    /// Judge as of this time (not with block).
    #[param(inline)]
    at: Option<Time>,
    /// Judge as of this block (not with at): one the store holds, at most its last
    /// (`checkpoint` in /healthz).
    #[param(inline)]
    block: Option<Block>,
}

/// Whether an organisation may read or write a category of a patient's records for a purpose,
/// now, at a time (`at`), or as of a block (`block`); the same answer the contract's
/// `checkAccess` gives (gave).
#[utoipa::path(
    get,
    path = "/v1/access",
    tag = "access",
    security(("session" = [])),
    params(AccessParams),
    responses(
        (status = 200, body = AccessAnswer),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn access(
    State(api): State<Api>,
    Session(account): Session,
    Query {
        params:
            AccessParams {
                patient: Account(patient),
                org: OrgId(org),
                category: CategoryName(category),
                purpose: PurposeName(purpose),
                action,
                at,
                block,
            },
        raw,
    }: Query<AccessParams>,
) -> Result<Json<AccessAnswer>, ApiError> {
    let action = action.map_or(Action::Read, |ActionName(action)| action);
    let (at, block) = (at.map(|Time(at)| at), block.map(|Block(block)| block));
    // The patient, a practitioner of the organisation asked about (logged), or a delegate.
    if account != patient {
        match api.practitioner_org(account).await? {
            Some(own) if own == org => {
                api.log_read(account, org, Some(patient), "/v1/access", &raw)
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
