//! `/fhir`: FHIR R4 read and search over the mirror: `Consent`, `DocumentReference`,
//! `AuditEvent`, `Organization`, `Practitioner`, and the `CapabilityStatement` at `metadata`.
//! Searches answer `Bundle` searchsets paged by a `_cursor` in the `next` link; errors answer
//! `OperationOutcome`s. The same who-may-see-what rules as `/v1` apply.

use alloy::primitives::Address;
use axum::{
    Json, Router,
    extract::{FromRequestParts, Path, State},
    http::{HeaderValue, header, request::Parts},
    response::{IntoResponse, Response},
    routing::get,
};
use serde_json::Value;

use super::{
    Api, Caller, View,
    error::ApiError,
    fhir, from_state,
    params::{self, Params},
};
use consentry_store::{
    EventFilter, StoredEvent,
    projection::{Consent, Kind, Organization, Practitioner, Record, pair_key},
};

pub(super) fn routes() -> Router<Api> {
    Router::new()
        .route("/fhir/metadata", get(metadata))
        .route("/fhir/{resource_type}", get(search))
        .route("/fhir/{resource_type}/{id}", get(read))
}

/// The search parameters each resource type takes (besides `_count`, `_cursor`, `_format`).
const SEARCH_PARAMS: &[(&str, &[(&str, &str)])] = &[
    ("Organization", &[("_id", "token")]),
    (
        "Practitioner",
        &[("_id", "token"), ("organization", "reference")],
    ),
    (
        "Consent",
        &[
            ("patient", "reference"),
            ("organization", "reference"),
            ("date", "date"),
        ],
    ),
    (
        "DocumentReference",
        &[
            ("patient", "reference"),
            ("custodian", "reference"),
            ("date", "date"),
        ],
    ),
    (
        "AuditEvent",
        &[
            ("patient", "reference"),
            ("agent", "reference"),
            ("date", "date"),
        ],
    ),
];

/// An extractor whose refusal is an `OperationOutcome`.
struct Fhir<T>(T);

impl<T: FromRequestParts<Api, Rejection = ApiError>> FromRequestParts<Api> for Fhir<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, api: &Api) -> Result<Self, Self::Rejection> {
        T::from_request_parts(parts, api)
            .await
            .map(Fhir)
            .map_err(ApiError::as_fhir)
    }
}

fn fhir_json(value: Value) -> Response {
    let mut response = Json(value).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/fhir+json"),
    );
    response
}

async fn metadata(
    State(api): State<Api>,
    Fhir(params): Fhir<Params>,
) -> Result<Response, ApiError> {
    params.only(&["_format"]).map_err(ApiError::as_fhir)?;
    Ok(fhir_json(fhir::capability_statement(
        &api.0.fhir,
        SEARCH_PARAMS,
    )))
}

fn unknown_type(resource_type: &str) -> ApiError {
    ApiError::not_found(format!(
        "this server has no {resource_type:?} resources; it serves {}",
        fhir::RESOURCE_TYPES.join(", ")
    ))
    .as_fhir()
}

/// A reference search value, `Type/id` or a bare id.
fn reference<'a>(field: &str, text: &'a str, resource_type: &str) -> Result<&'a str, ApiError> {
    match text.split_once('/') {
        None => Ok(text),
        Some((kind, id)) if kind == resource_type => Ok(id),
        Some((kind, _)) => Err(ApiError::bad(
            field,
            "invalid_reference",
            format!("{field} must reference a {resource_type}, not a {kind}"),
        )),
    }
}

fn patient_param(params: &Params) -> Result<Option<Address>, ApiError> {
    params.parse("patient", |text| {
        params::address("patient", reference("patient", text, "Patient")?)
    })
}

fn org_param(params: &Params, name: &str) -> Result<Option<u32>, ApiError> {
    params.parse(name, |text| {
        params::org(name, reference(name, text, "Organization")?)
    })
}

/// The time range of the `date` parameters (`ge`, `gt`, `le`, `lt`, `eq` prefixes), as
/// [since, until).
fn date_range(params: &Params) -> Result<(Option<u64>, Option<u64>), ApiError> {
    let (mut since, mut until): (Option<u64>, Option<u64>) = (None, None);
    for value in params.all("date") {
        let (prefix, text) = match value.get(..2) {
            Some(p @ ("ge" | "gt" | "le" | "lt" | "eq")) => (p, &value[2..]),
            Some(p) if p.chars().all(|c| c.is_ascii_alphabetic()) => {
                return Err(ApiError::bad(
                    "date",
                    "invalid_date",
                    format!("date prefix {p:?} is not supported (ge, gt, le, lt, eq)"),
                ));
            }
            _ => ("eq", value.as_str()),
        };
        let time = params::time("date", text)?;
        // A bare date covers its whole day; a date-time its second.
        let width = if text.len() == 10 { 86_400 } else { 1 };
        let (from, to) = match prefix {
            "ge" => (Some(time), None),
            "gt" => (Some(time + width), None),
            "le" => (None, Some(time + width)),
            "lt" => (None, Some(time)),
            _ => (Some(time), Some(time + width)),
        };
        since = since.max(from);
        until = match (until, to) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    if let (Some(since), Some(until)) = (since, until)
        && since >= until
    {
        return Err(ApiError::bad(
            "date",
            "inverted_range",
            "the date parameters leave an empty range",
        ));
    }
    Ok((since, until))
}

fn in_range(time: u64, (since, until): (Option<u64>, Option<u64>)) -> bool {
    since.is_none_or(|s| time >= s) && until.is_none_or(|u| time < u)
}

/// The URL of the next page: this search with `_cursor` set.
fn next_url(
    api: &Api,
    resource_type: &str,
    params: &Params,
    cursor: Option<String>,
) -> Option<String> {
    let cursor = cursor?;
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(params.raw.as_bytes()) {
        if key != "_cursor" {
            query.append_pair(&key, &value);
        }
    }
    query.append_pair("_cursor", &cursor);
    Some(format!(
        "{}/{resource_type}?{}",
        api.0.fhir.base_url,
        query.finish()
    ))
}

/// Which patient rows the caller may see, for a search by `patient` and/or organisation.
async fn scope(
    api: &Api,
    caller: &Caller,
    patient: Option<Address>,
    org: Option<u32>,
    org_param: &str,
    route: &str,
    query: &str,
) -> Result<Option<u32>, ApiError> {
    match (patient, org) {
        (Some(patient), org) => match api
            .patient_view(caller.require()?, patient, route, query)
            .await?
        {
            View::Everything => Ok(org),
            View::Organization(own) if org.is_none_or(|o| o == own) => Ok(Some(own)),
            View::Organization(own) => Err(ApiError::forbidden(format!(
                "a practitioner of organisation {own} sees only its own rows"
            ))),
        },
        (None, Some(org)) => {
            api.org_view(caller.require()?, org, None, route, query)
                .await?;
            Ok(Some(org))
        }
        (None, None) => Err(ApiError::bad(
            "patient",
            "missing_parameter",
            format!("search by patient or {org_param}"),
        )),
    }
}

async fn search(
    State(api): State<Api>,
    Fhir(caller): Fhir<Caller>,
    Fhir(params): Fhir<Params>,
    Path(resource_type): Path<String>,
) -> Result<Response, ApiError> {
    let Some((_, names)) = SEARCH_PARAMS.iter().find(|(t, _)| *t == resource_type) else {
        return Err(unknown_type(&resource_type));
    };
    search_type(&api, &caller, &params, &resource_type, names)
        .await
        .map(fhir_json)
        .map_err(ApiError::as_fhir)
}

async fn search_type(
    api: &Api,
    caller: &Caller,
    params: &Params,
    resource_type: &str,
    names: &[(&str, &str)],
) -> Result<Value, ApiError> {
    let mut allowed: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
    allowed.extend(["_count", "_cursor", "_format"]);
    params.only_repeating(&allowed, &["date"])?;
    let limit = params
        .parse("_count", |text| {
            text.parse::<u32>()
                .ok()
                .filter(|n| (1..=params::MAX_LIMIT).contains(n))
                .ok_or_else(|| {
                    ApiError::bad(
                        "_count",
                        "invalid_limit",
                        format!(
                            "_count must be between 1 and {}, not {text:?}",
                            params::MAX_LIMIT
                        ),
                    )
                })
        })?
        .unwrap_or(params::DEFAULT_LIMIT);
    let cursor = params.get("_cursor");
    let ctx = &api.0.fhir;
    let route = format!("/fhir/{resource_type}");
    let (resources, next): (Vec<Value>, Option<String>) = match resource_type {
        "Organization" => {
            if let Some(id) = params.get("_id") {
                let org = params::org("_id", id)?;
                let found = api
                    .store()
                    .current(Kind::Organization, &org.to_string())
                    .await?;
                let orgs = found
                    .map(from_state::<Organization>)
                    .transpose()?
                    .map(|o| vec![fhir::organization(ctx, &o)])
                    .unwrap_or_default();
                (orgs, None)
            } else {
                let rows = api
                    .store()
                    .entity_page(Kind::Organization, None, None, None, cursor, limit)
                    .await?;
                let next = full_page(&rows, limit);
                let orgs = rows
                    .into_iter()
                    .map(|(_, s)| {
                        from_state::<Organization>(s).map(|o| fhir::organization(ctx, &o))
                    })
                    .collect::<Result<_, _>>()?;
                (orgs, next)
            }
        }
        "Practitioner" => {
            if let Some(id) = params.get("_id") {
                let account = params::address("_id", id)?;
                let found = api
                    .store()
                    .current(Kind::Practitioner, &format!("{account:#x}"))
                    .await?;
                let found = found
                    .map(from_state::<Practitioner>)
                    .transpose()?
                    .map(|p| vec![fhir::practitioner(ctx, &p)])
                    .unwrap_or_default();
                (found, None)
            } else {
                let org = org_param(params, "organization")?;
                let rows = api
                    .store()
                    .entity_page(Kind::Practitioner, None, org, None, cursor, limit)
                    .await?;
                let next = full_page(&rows, limit);
                let found = rows
                    .into_iter()
                    .map(|(_, s)| {
                        from_state::<Practitioner>(s).map(|p| fhir::practitioner(ctx, &p))
                    })
                    .collect::<Result<_, _>>()?;
                (found, next)
            }
        }
        "Consent" | "DocumentReference" => {
            let org_name = if resource_type == "Consent" {
                "organization"
            } else {
                "custodian"
            };
            let patient = patient_param(params)?;
            let org = org_param(params, org_name)?;
            let dates = date_range(params)?;
            let org = scope(api, caller, patient, org, org_name, &route, &params.raw).await?;
            let kind = if resource_type == "Consent" {
                Kind::Consent
            } else {
                Kind::Record
            };
            let rows = api
                .store()
                .entity_page(kind, patient, org, None, cursor, limit)
                .await?;
            let next = full_page(&rows, limit);
            let now = api.now().await?;
            let mut found = Vec::with_capacity(rows.len());
            for (_, state) in rows {
                if kind == Kind::Consent {
                    let consent: Consent = from_state(state)?;
                    if in_range(consent.changed_at, dates) {
                        found.push(fhir::consent(ctx, &consent, now));
                    }
                } else {
                    let record: Record = from_state(state)?;
                    if in_range(record.added_at, dates) {
                        found.push(fhir::document_reference(ctx, &record));
                    }
                }
            }
            (found, next)
        }
        _ => {
            let patient = patient_param(params)?;
            let org = org_param(params, "agent")?;
            let (since, until) = date_range(params)?;
            let org = scope(api, caller, patient, org, "agent", &route, &params.raw).await?;
            let cursor = cursor.map(params::event_cursor).transpose()?;
            let filter = EventFilter {
                patient,
                org_id: org,
                names: if patient.is_some() {
                    super::v1::AUDIT_EVENTS
                } else {
                    &[]
                },
                since,
                until,
            };
            let events = api.store().event_page(&filter, cursor, true, limit).await?;
            let next = (events.len() == limit as usize)
                .then(|| {
                    events
                        .last()
                        .map(|e| format!("{}-{}", e.block_number, e.log_index))
                })
                .flatten();
            (
                events.iter().map(|e| fhir::audit_event(ctx, e)).collect(),
                next,
            )
        }
    };
    let self_url = format!(
        "{}/{resource_type}{}{}",
        ctx.base_url,
        if params.raw.is_empty() { "" } else { "?" },
        params.raw
    );
    let next = next_url(api, resource_type, params, next);
    Ok(fhir::searchset(
        ctx,
        resources,
        &self_url,
        next.as_deref(),
        None,
    ))
}

fn full_page(rows: &[(String, Value)], limit: u32) -> Option<String> {
    (rows.len() == limit as usize)
        .then(|| rows.last().map(|(key, _)| key.clone()))
        .flatten()
}

async fn read(
    State(api): State<Api>,
    Fhir(caller): Fhir<Caller>,
    Fhir(params): Fhir<Params>,
    Path((resource_type, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    if !fhir::RESOURCE_TYPES.contains(&resource_type.as_str()) {
        return Err(unknown_type(&resource_type));
    }
    read_one(&api, &caller, &params, &resource_type, &id)
        .await
        .map(fhir_json)
        .map_err(ApiError::as_fhir)
}

async fn read_one(
    api: &Api,
    caller: &Caller,
    params: &Params,
    resource_type: &str,
    id: &str,
) -> Result<Value, ApiError> {
    params.only(&["_format"])?;
    let ctx = &api.0.fhir;
    let missing = || ApiError::not_found(format!("no {resource_type}/{id}"));
    let route = format!("/fhir/{resource_type}/{{id}}");
    match resource_type {
        "Organization" => {
            let org = params::org("id", id)?;
            let state = api
                .store()
                .current(Kind::Organization, &org.to_string())
                .await?
                .ok_or_else(missing)?;
            Ok(fhir::organization(ctx, &from_state(state)?))
        }
        "Practitioner" => {
            let account = params::address("id", id)?;
            let state = api
                .store()
                .current(Kind::Practitioner, &format!("{account:#x}"))
                .await?
                .ok_or_else(missing)?;
            Ok(fhir::practitioner(ctx, &from_state(state)?))
        }
        "Consent" => {
            let (patient, org) = fhir::parse_consent_id(id).ok_or_else(|| {
                ApiError::bad(
                    "id",
                    "invalid_id",
                    format!("{id:?} is not <patient>-<organisation>"),
                )
            })?;
            scope(
                api,
                caller,
                Some(patient),
                Some(org),
                "organization",
                &route,
                id,
            )
            .await?;
            let state = api
                .store()
                .current(Kind::Consent, &pair_key(patient, org))
                .await?
                .ok_or_else(missing)?;
            Ok(fhir::consent(ctx, &from_state(state)?, api.now().await?))
        }
        "DocumentReference" => {
            let record_id = params::id32("id", id)?;
            let state = api
                .store()
                .current(Kind::Record, &format!("{record_id:#x}"))
                .await?
                .ok_or_else(missing)?;
            let record: Record = from_state(state)?;
            scope(
                api,
                caller,
                Some(record.patient),
                Some(record.author_org),
                "custodian",
                &route,
                id,
            )
            .await?;
            Ok(fhir::document_reference(ctx, &record))
        }
        _ => {
            let (block, log) = fhir::parse_audit_event_id(id).ok_or_else(|| {
                ApiError::bad(
                    "id",
                    "invalid_id",
                    format!("{id:?} is not <block>-<log index> (each at most 2^63 - 1)"),
                )
            })?;
            // One answer for "no such event" and "not yours": ids are positions anyone can
            // count through, and a refusal would say which hold a patient's event.
            let hidden = || {
                ApiError::not_found(format!(
                    "no AuditEvent/{id} that this session may see (a patient's events go to the \
                     patient, their delegates, and the practitioners of the organisation the \
                     event concerns)"
                ))
            };
            let event: StoredEvent = api
                .store()
                .event_page(&EventFilter::default(), just_after(block, log), true, 1)
                .await?
                .into_iter()
                .find(|e| (e.block_number, e.log_index) == (block, log))
                .ok_or_else(hidden)?;
            if let Some(patient) = event.patient
                && !may_see_event(api, caller, patient, event.org_id, &route, id).await?
            {
                return Err(hidden());
            }
            Ok(fhir::audit_event(ctx, &event))
        }
    }
}

/// The cursor a newest-first page starts after to begin with the event at `(block, log)`:
/// the next position in chain order (positions are at most `i64::MAX`, as the store keeps
/// them).
fn just_after(block: u64, log: u64) -> Option<(u64, u64)> {
    const LAST: u64 = i64::MAX as u64;
    match (block, log) {
        (_, log) if log < LAST => Some((block, log + 1)),
        (block, _) if block < LAST => Some((block + 1, 0)),
        _ => None,
    }
}

/// Whether the caller may see a patient's event concerning `org` (if any): the patient or a
/// delegate of theirs, or a practitioner of that organisation (whose read is logged). An event
/// about the patient alone (a delegate appointed) is the patient's and their delegates'.
async fn may_see_event(
    api: &Api,
    caller: &Caller,
    patient: Address,
    org: Option<u32>,
    route: &str,
    id: &str,
) -> Result<bool, ApiError> {
    let Some(account) = caller.account else {
        return Ok(false);
    };
    if api.speaks_for(account, patient).await? {
        return Ok(true);
    }
    match org {
        Some(org) if api.practitioner_org(account).await? == Some(org) => {
            api.log_read(account, org, Some(patient), route, id).await?;
            Ok(true)
        }
        _ => Ok(false),
    }
}
