//! Statistics: public aggregates by day, with small counts suppressed, and an organisation's
//! own exact activity.

use std::{collections::BTreeMap, time::Duration};

use axum::{
    Json,
    extract::{Path, State},
};
use consentry_sdk::vocabulary::Category;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::path_org;
use crate::{
    Api, Session,
    docs::OrgPath,
    error::{ApiError, ErrorBody},
    params::{
        self, Query,
        values::{CategoryName, OrgId, Time},
    },
};
use consentry_store::StatEvent;

/// Cells with fewer events than this are suppressed.
const SUPPRESS_BELOW: u64 = 11;
/// The widest statistics range.
const MAX_STATS_RANGE: u64 = 366 * 24 * 60 * 60;
/// The range statistics cover when `since` is not given: this long before `until`.
const DEFAULT_STATS_RANGE: u64 = 30 * 24 * 60 * 60;
const DAY: u64 = 24 * 60 * 60;

/// What statistics count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(super) enum Metric {
    /// Consents granted (`ConsentGranted`, approvals of requests included).
    Grants,
    /// Consents revoked.
    Revocations,
    /// Record pointers added.
    Records,
    /// Read receipts.
    Reads,
}

impl Metric {
    fn name(self) -> &'static str {
        match self {
            Metric::Grants => "grants",
            Metric::Revocations => "revocations",
            Metric::Records => "records",
            Metric::Reads => "reads",
        }
    }

    /// What a counted event counts as (the store hands over only counted events).
    fn of(event: &StatEvent) -> Self {
        match event.name.as_str() {
            "ConsentGranted" => Metric::Grants,
            "ConsentRevoked" => Metric::Revocations,
            "RecordAdded" => Metric::Records,
            _ => Metric::Reads,
        }
    }
}

/// The category a counted event is counted in: a record's or a read's (of the record's
/// category); none for a grant or a revocation, which count once per consent however many
/// categories it covers (a cell per category would count a three-category consent three
/// times, and make overlapping cells whose differences reveal small counts).
fn stat_category(event: &StatEvent) -> Option<Category> {
    match event.name.as_str() {
        "RecordAdded" | "RecordAccessed" => event.args["category"]
            .as_u64()
            .and_then(|code| u8::try_from(code).ok())
            .and_then(|code| Category::from_code(code).ok()),
        _ => None,
    }
}

/// The range statistics cover, from `since` and `until`: until now and 30 days back unless
/// given, in order, at most 366 days wide.
async fn stats_range(
    api: &Api,
    since: Option<Time>,
    until: Option<Time>,
) -> Result<(u64, u64), ApiError> {
    let (since, until) = params::time_range(since.map(|t| t.0), until.map(|t| t.0))?;
    let until = match until {
        Some(until) => until,
        None => api.now().await? + 1,
    };
    let since = since.unwrap_or(until.saturating_sub(DEFAULT_STATS_RANGE));
    if since >= until {
        return Err(ApiError::bad(
            "since",
            "inverted_range",
            format!("since ({since}) must be before until ({until})"),
        ));
    }
    if until - since > MAX_STATS_RANGE {
        return Err(ApiError::bad(
            "since",
            "range_too_wide",
            "the range may span at most 366 days",
        ));
    }
    Ok((since, until))
}

/// The whole UTC days public statistics release for a range: from midnight of the day `since`
/// falls in to the midnight that ends the day `until` falls in, but no day the store has not
/// seen to its end (its checkpoint block is older than the day's last second). Every released
/// cell is then a finished day's final count, the same in every answer: windows can't be
/// differenced, and a cell can't be watched as it grows.
async fn released_days(api: &Api, since: u64, until: u64) -> Result<(u64, u64), ApiError> {
    let stored_to = api.store().head().await?.map_or(0, |(_, time)| time);
    let since = since - since % DAY;
    let until = until
        .div_ceil(DAY)
        .saturating_mul(DAY)
        .min(stored_to - stored_to % DAY);
    Ok((since, until.max(since)))
}

/// The statistics' filters.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct StatsParams {
    /// From (inclusive), taken back to its UTC midnight; default 30 days before until.
    #[param(inline)]
    since: Option<Time>,
    /// To (exclusive), taken forward to the next UTC midnight, then back to the last day the
    /// store has seen end; default now; at most 366 days after since.
    #[param(inline)]
    until: Option<Time>,
    /// One metric.
    #[param(inline)]
    metric: Option<Metric>,
    /// One organisation.
    #[param(inline)]
    org: Option<OrgId>,
    /// One category (records and reads; grants and revocations have none).
    #[param(inline)]
    category: Option<CategoryName>,
}

/// One cell: events of one metric, on one day, at one organisation (and, for records and
/// reads, in one category).
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct StatCell {
    /// The UTC day, `YYYY-MM-DD`.
    day: String,
    /// grants, revocations, records or reads.
    metric: String,
    /// The organisation.
    org_id: Option<u32>,
    /// The record's category, for records and reads; none for grants and revocations, each
    /// counted once per consent.
    category: Option<String>,
    /// The count, or `null` when suppressed.
    count: Option<u64>,
    /// Fewer than `threshold` events: the count is withheld.
    suppressed: bool,
}

/// Aggregate statistics.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct Stats {
    /// From (unix seconds, inclusive): midnight UTC.
    since: u64,
    /// To (exclusive): midnight UTC, at most the start of the last day the store has seen end.
    until: u64,
    /// Counts below this are suppressed.
    threshold: u64,
    /// Non-empty cells, by day, metric, organisation and category.
    cells: Vec<StatCell>,
}

/// Public aggregate statistics by UTC day, metric, organisation and (records and reads)
/// category, with small counts (below 11) suppressed. Only whole, finished days are released:
/// `since` is taken back to its midnight and `until` forward to the next, then back to the
/// last day the store has seen end; the answer says which days it covers. Each cell is a
/// finished day's final count at the one granularity, so no window or total can be differenced
/// against another to reveal a suppressed count. Grants and revocations count consents (one
/// per consent, whatever its categories).
#[utoipa::path(
    get,
    path = "/v1/stats",
    tag = "statistics",
    params(StatsParams),
    responses((status = 200, body = Stats), (status = 400, body = ErrorBody)),
)]
pub(super) async fn stats(
    State(api): State<Api>,
    Query {
        params:
            StatsParams {
                since,
                until,
                metric,
                org,
                category,
            },
        ..
    }: Query<StatsParams>,
) -> Result<Json<Stats>, ApiError> {
    let org = org.map(|OrgId(org)| org);
    let category = category.map(|CategoryName(category)| category);
    let (since, until) = stats_range(&api, since, until).await?;
    let (since, until) = released_days(&api, since, until).await?;
    let mut counts: BTreeMap<CellKey, u64> = BTreeMap::new();
    let events = if since < until {
        api.store().stat_events(since, until, org).await?
    } else {
        Vec::new()
    };
    for event in events {
        let name = Metric::of(&event);
        if metric.is_some_and(|m| m != name) {
            continue;
        }
        let cat = stat_category(&event);
        if category.is_some() && cat != category {
            continue;
        }
        *counts
            .entry((
                day(event.timestamp),
                name.name(),
                event.org_id,
                cat.map(|c| c.name().to_owned()),
            ))
            .or_default() += 1;
    }
    let cells = counts
        .into_iter()
        .map(|((day, metric, org_id, category), count)| StatCell {
            day,
            metric: metric.to_owned(),
            org_id,
            category,
            count: (count >= SUPPRESS_BELOW).then_some(count),
            suppressed: count < SUPPRESS_BELOW,
        })
        .collect();
    Ok(Json(Stats {
        since,
        until,
        threshold: SUPPRESS_BELOW,
        cells,
    }))
}

/// Day, metric, organisation, category.
type CellKey = (String, &'static str, Option<u32>, Option<String>);

fn day(timestamp: u64) -> String {
    let time = std::time::UNIX_EPOCH + Duration::from_secs(timestamp);
    humantime::format_rfc3339_seconds(time).to_string()[..10].to_owned()
}

/// The range of an organisation's activity.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct ActivityParams {
    /// From (inclusive); default 30 days before until.
    #[param(inline)]
    since: Option<Time>,
    /// To (exclusive); default now; at most 366 days after since.
    #[param(inline)]
    until: Option<Time>,
}

/// One UTC day of an organisation's activity.
#[derive(Debug, Default, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct ActivityDay {
    /// The UTC day, `YYYY-MM-DD`.
    day: String,
    /// Consents granted to the organisation (approved requests included).
    grants: u64,
    /// Consents to it revoked.
    revocations: u64,
    /// Record pointers it added.
    records: u64,
    /// Reads of records it logged (read receipts).
    reads: u64,
}

/// An organisation's own activity by day.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct Activity {
    /// The organisation.
    org_id: u32,
    /// From (unix seconds, inclusive).
    since: u64,
    /// To (exclusive).
    until: u64,
    /// Every UTC day the range touches, oldest first, zeros included; a day cut by the range
    /// counts only the events inside it.
    days: Vec<ActivityDay>,
}

/// An organisation's own activity by UTC day: grants, revocations, records added and reads,
/// exact (not suppressed: only its practitioners may ask). Each event counts once, whatever
/// its categories.
#[utoipa::path(
    get,
    path = "/v1/organizations/{org}/activity",
    tag = "statistics",
    security(("session" = [])),
    params(OrgPath, ActivityParams),
    responses(
        (status = 200, body = Activity),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    ),
)]
pub(super) async fn org_activity(
    State(api): State<Api>,
    Session(account): Session,
    Path(org): Path<String>,
    Query {
        params: ActivityParams { since, until },
        raw,
    }: Query<ActivityParams>,
) -> Result<Json<Activity>, ApiError> {
    let org = path_org(&org)?;
    let (since, until) = stats_range(&api, since, until).await?;
    api.org_view(account, org, None, "/v1/organizations/{org}/activity", &raw)
        .await?;
    let first = since - since % DAY;
    let mut days: Vec<ActivityDay> = (first..until)
        .step_by(DAY as usize)
        .map(|start| ActivityDay {
            day: day(start),
            ..ActivityDay::default()
        })
        .collect();
    for event in api.store().stat_events(since, until, Some(org)).await? {
        let Some(cell) = usize::try_from(event.timestamp.saturating_sub(first) / DAY)
            .ok()
            .and_then(|index| days.get_mut(index))
        else {
            continue;
        };
        *match Metric::of(&event) {
            Metric::Grants => &mut cell.grants,
            Metric::Revocations => &mut cell.revocations,
            Metric::Records => &mut cell.records,
            Metric::Reads => &mut cell.reads,
        } += 1;
    }
    Ok(Json(Activity {
        org_id: org,
        since,
        until,
        days,
    }))
}
