//! The reads the query API makes: pages of entities and events, access as of a past moment
//! ([`access`]), statistics ([`stats`]), and the API's own tables ([`api_tables`]: sign-in
//! nonces, the log of practitioners' reads). Here: stored events, their filters and pages,
//! the conversions of stored rows, and the `WHERE` builder the other reads share.

use alloy::primitives::{Address, B256};
use consentry_sdk::events::ConsentryEvent;
use serde_json::Value;
use sqlx::{Row, any::AnyRow};

use crate::projection::Kind;
use crate::{
    Backend, Store, StoreError,
    sql::{hash, int, parse_state, raw_log, uint},
};

mod access;
mod api_tables;
mod stats;

pub use access::{AccessQuery, AccessScope, Change, PositionedEvent, access_answer};
pub use api_tables::ApiRead;
pub use stats::{ORGANIZATION_EVENTS, StatEvent, stat_events_sql};

/// One stored event, as the API shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Its block.
    pub block_number: u64,
    /// Its index in the block.
    pub log_index: u64,
    /// Its transaction.
    pub tx_hash: B256,
    /// Its block's timestamp.
    pub timestamp: u64,
    /// The Solidity event name (`ConsentGranted`, `AccessLogged`, ...).
    pub name: String,
    /// The patient it concerns.
    pub patient: Option<Address>,
    /// The organisation it concerns.
    pub org_id: Option<u32>,
    /// The record it concerns.
    pub record_id: Option<B256>,
    /// The other account it names: practitioner, delegate, admin, authority or actor.
    pub account: Option<Address>,
    /// Its decoded arguments, as `decode` wrote them.
    pub args: Value,
}

/// Which events a page holds.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Only those concerning this patient.
    pub patient: Option<Address>,
    /// Only those concerning this organisation.
    pub org_id: Option<u32>,
    /// Only these event names (none: all).
    pub names: &'static [&'static str],
    /// Only those at or after this time.
    pub since: Option<u64>,
    /// Only those before this time.
    pub until: Option<u64>,
}

/// A position in the event order: (block number, log index).
pub type EventCursor = (u64, u64);

impl Store {
    /// A page of current entity states of `kind` (keys after `after`, in key order), optionally
    /// only those of `patient` and/or `org`, and (for access requests) of one `status`.
    pub async fn entity_page(
        &self,
        kind: Kind,
        patient: Option<Address>,
        org: Option<u32>,
        status: Option<&str>,
        after: Option<&str>,
        limit: u32,
    ) -> Result<Vec<(String, Value)>, StoreError> {
        let mut sql = Where::new(self.backend);
        sql.condition("v.kind = ", Bind::Text(kind.as_str().to_owned()));
        if let Some(patient) = patient {
            sql.condition("v.patient = ", Bind::Bytes(patient.to_vec()));
        }
        if let Some(org) = org {
            // With a patient, seek by patient (a handful of rows), never by organisation
            // (`+` hides the column from the planner, which has no statistics on SQLite).
            let column = if patient.is_some() {
                "+v.org_id = "
            } else {
                "v.org_id = "
            };
            sql.condition(column, Bind::Int(i64::from(org)));
        }
        if let Some(after) = after {
            sql.condition("v.entity_key > ", Bind::Text(after.to_owned()));
        }
        if let Some(status) = status {
            let column = match self.backend {
                Backend::Sqlite => "json_extract(v.state, '$.status') = ",
                Backend::Postgres => "(v.state::jsonb ->> 'status') = ",
            };
            sql.condition(column, Bind::Text(status.to_owned()));
        }
        let limit = sql.param(Bind::Int(i64::from(limit)));
        let text = format!(
            "SELECT v.entity_key, v.state FROM versions v WHERE {}
               AND NOT EXISTS (SELECT 1 FROM versions w
                   WHERE w.kind = v.kind AND w.entity_key = v.entity_key
                     AND (w.block_number > v.block_number
                          OR (w.block_number = v.block_number AND w.log_index > v.log_index)))
             ORDER BY v.entity_key LIMIT {limit}",
            sql.conditions()
        );
        let rows = sql
            .bind(sqlx::query(sqlx::AssertSqlSafe(text)))
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|row| Ok((row.try_get(0)?, parse_state(&row.try_get::<String, _>(1)?)?)))
            .collect()
    }

    /// Every version of (`kind`, `key`) with the block it was made in, oldest first.
    pub async fn versions(&self, kind: Kind, key: &str) -> Result<Vec<(u64, Value)>, StoreError> {
        let rows = sqlx::query(
            "SELECT block_number, state FROM versions WHERE kind = $1 AND entity_key = $2
             ORDER BY block_number, log_index",
        )
        .bind(kind.as_str())
        .bind(key)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok((
                    uint("block number", row.try_get(0)?)?,
                    parse_state(&row.try_get::<String, _>(1)?)?,
                ))
            })
            .collect()
    }

    /// A page of events matching `filter`: newest first before `cursor` (`newest_first`), or
    /// oldest first after it (for streams).
    pub async fn event_page(
        &self,
        filter: &EventFilter,
        cursor: Option<EventCursor>,
        newest_first: bool,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        let (text, sql) = event_page_sql(self.backend, filter, cursor, newest_first, limit)?;
        let rows = sql
            .bind(sqlx::query(sqlx::AssertSqlSafe(text)))
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(|row| stored_event(&row)).collect()
    }
}

/// The statement of [`Store::event_page`], and its values.
fn event_page_sql(
    backend: Backend,
    filter: &EventFilter,
    cursor: Option<EventCursor>,
    newest_first: bool,
    limit: u32,
) -> Result<(String, Where), StoreError> {
    let mut sql = Where::new(backend);
    if let Some(patient) = filter.patient {
        sql.condition("patient = ", Bind::Bytes(patient.to_vec()));
    }
    if let Some(org) = filter.org_id {
        // As in `entity_page`: a patient's events are few, an organisation's many.
        let column = if filter.patient.is_some() {
            "+org_id = "
        } else {
            "org_id = "
        };
        sql.condition(column, Bind::Int(i64::from(org)));
    }
    if let Some(since) = filter.since {
        sql.condition("timestamp >= ", Bind::Int(int("time", since)?));
    }
    if let Some(until) = filter.until {
        sql.condition("timestamp < ", Bind::Int(int("time", until)?));
    }
    if !filter.names.is_empty() {
        // Names come from the API's fixed lists, never from a request.
        let names: Vec<String> = filter.names.iter().map(|n| format!("'{n}'")).collect();
        sql.raw(format!("name IN ({})", names.join(", ")));
    }
    let (compare, order) = if newest_first {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some((block, log)) = cursor {
        let block = sql.param(Bind::Int(int("block number", block)?));
        let log = sql.param(Bind::Int(int("log index", log)?));
        sql.raw(format!(
            "(block_number {compare} {block} OR (block_number = {block} AND log_index {compare} {log}))"
        ));
    }
    let limit = sql.param(Bind::Int(i64::from(limit)));
    let text = format!(
        "SELECT block_number, log_index, tx_hash, timestamp, name, patient, org_id,
                record_id, account, address, topics, data
         FROM events JOIN event_blocks ON number = block_number WHERE {}
         ORDER BY block_number {order}, log_index {order} LIMIT {limit}",
        sql.conditions()
    );
    Ok((text, sql))
}

/// A stored organisation id: out of `u32` range is corruption, never silently dropped.
fn org_id(value: i64) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt(format!("organisation id {value}")))
}

fn address(bytes: &[u8]) -> Result<Address, StoreError> {
    Address::try_from(bytes)
        .map_err(|_| StoreError::Corrupt(format!("an address of {} bytes", bytes.len())))
}

fn stored_event(row: &AnyRow) -> Result<StoredEvent, StoreError> {
    Ok(StoredEvent {
        block_number: uint("block number", row.try_get(0)?)?,
        log_index: uint("log index", row.try_get(1)?)?,
        tx_hash: hash(&row.try_get::<Vec<u8>, _>(2)?)?,
        timestamp: uint("timestamp", row.try_get(3)?)?,
        name: row.try_get(4)?,
        patient: row
            .try_get::<Option<Vec<u8>>, _>(5)?
            .map(|p| address(&p))
            .transpose()?,
        org_id: row.try_get::<Option<i64>, _>(6)?.map(org_id).transpose()?,
        record_id: row
            .try_get::<Option<Vec<u8>>, _>(7)?
            .map(|r| hash(&r))
            .transpose()?,
        account: row
            .try_get::<Option<Vec<u8>>, _>(8)?
            .map(|a| address(&a))
            .transpose()?,
        args: stored_arguments(
            &row.try_get::<String, _>(4)?,
            &row.try_get::<Vec<u8>, _>(9)?,
            &row.try_get::<Vec<u8>, _>(10)?,
            row.try_get::<Vec<u8>, _>(11)?,
        )?,
    })
}

/// The arguments of a stored log, decoded as when it was indexed.
fn stored_arguments(
    name: &str,
    address: &[u8],
    topics: &[u8],
    data: Vec<u8>,
) -> Result<Value, StoreError> {
    let log = raw_log(name, address, topics, data)?;
    let event = ConsentryEvent::decode(&log)
        .ok_or_else(|| StoreError::Corrupt("a stored event does not decode".into()))?;
    Ok(crate::decode::arguments(&event))
}

/// A value bound to a query.
#[derive(Debug, PartialEq)]
enum Bind {
    Int(i64),
    Bytes(Vec<u8>),
    Text(String),
}

impl rusqlite::ToSql for Bind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(match self {
            Bind::Int(v) => (*v).into(),
            Bind::Bytes(v) => v.as_slice().into(),
            Bind::Text(v) => v.as_str().into(),
        })
    }
}

/// A `WHERE` clause of the filters a request gives, and their values: only the filters given
/// appear, so every one of them can use its index (`$n IS NULL OR column = $n` can't).
struct Where {
    backend: Backend,
    conditions: Vec<String>,
    binds: Vec<Bind>,
}

impl Where {
    fn new(backend: Backend) -> Self {
        Where {
            backend,
            conditions: Vec::new(),
            binds: Vec::new(),
        }
    }

    /// A placeholder for `value`.
    fn param(&mut self, value: Bind) -> String {
        self.binds.push(value);
        match self.backend {
            Backend::Postgres => format!("${}", self.binds.len()),
            Backend::Sqlite => format!("?{}", self.binds.len()),
        }
    }

    /// `<left><placeholder of value>`.
    fn condition(&mut self, left: &str, value: Bind) {
        let placeholder = self.param(value);
        self.conditions.push(format!("{left}{placeholder}"));
    }

    /// A condition written out (its values already given by `param`).
    fn raw(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    fn conditions(&self) -> String {
        if self.conditions.is_empty() {
            "TRUE".into()
        } else {
            self.conditions.join(" AND ")
        }
    }

    fn bind<'q>(
        self,
        mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        for value in self.binds {
            query = match value {
                Bind::Int(v) => query.bind(v),
                Bind::Bytes(v) => query.bind(v),
                Bind::Text(v) => query.bind(v),
            };
        }
        query
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` with each run of white space as one space, as SQL reads it.
    pub(super) fn words(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// A store in an SQLite file in `dir`, migrated.
    pub(super) async fn sqlite_store(dir: &tempfile::TempDir) -> Store {
        let url = format!("sqlite://{}", dir.path().join("store.sqlite").display());
        Store::connect(&url).await.unwrap()
    }

    /// Placeholders are numbered in the order values are given, in each database's syntax, and
    /// the values are bound in that order.
    #[test]
    fn where_numbers_its_placeholders_in_each_dialect() {
        for (backend, expected) in [
            (Backend::Postgres, "a = $1 AND b < $2 AND c = $3"),
            (Backend::Sqlite, "a = ?1 AND b < ?2 AND c = ?3"),
        ] {
            let mut sql = Where::new(backend);
            sql.condition("a = ", Bind::Int(1));
            let b = sql.param(Bind::Text("x".into()));
            sql.raw(format!("b < {b}"));
            sql.condition("c = ", Bind::Bytes(vec![2]));
            assert_eq!(sql.conditions(), expected);
            assert_eq!(
                sql.binds,
                vec![Bind::Int(1), Bind::Text("x".into()), Bind::Bytes(vec![2])]
            );
        }
        assert_eq!(Where::new(Backend::Sqlite).conditions(), "TRUE");
    }

    /// A page of a patient's events at one organisation, by name and time, before a cursor:
    /// only the filters given, the organisation hidden from the planner (`+org_id`), the
    /// cursor's block bound once and used twice, the limit last.
    #[test]
    fn an_event_page_writes_only_the_filters_given() {
        let patient = Address::repeat_byte(0x01);
        let filter = EventFilter {
            patient: Some(patient),
            org_id: Some(3),
            names: &["ConsentGranted", "ConsentRevoked"],
            since: Some(10),
            until: Some(20),
        };
        let (text, sql) = event_page_sql(Backend::Sqlite, &filter, Some((5, 2)), true, 50).unwrap();
        assert_eq!(
            words(&text),
            "SELECT block_number, log_index, tx_hash, timestamp, name, patient, org_id, \
             record_id, account, address, topics, data \
             FROM events JOIN event_blocks ON number = block_number \
             WHERE patient = ?1 AND +org_id = ?2 AND timestamp >= ?3 AND timestamp < ?4 \
             AND name IN ('ConsentGranted', 'ConsentRevoked') \
             AND (block_number < ?5 OR (block_number = ?5 AND log_index < ?6)) \
             ORDER BY block_number DESC, log_index DESC LIMIT ?7"
        );
        assert_eq!(
            sql.binds,
            vec![
                Bind::Bytes(patient.to_vec()),
                Bind::Int(3),
                Bind::Int(10),
                Bind::Int(20),
                Bind::Int(5),
                Bind::Int(2),
                Bind::Int(50),
            ]
        );

        // An organisation's stream, oldest first after the cursor: seek by organisation.
        let filter = EventFilter {
            org_id: Some(3),
            ..EventFilter::default()
        };
        let (text, sql) =
            event_page_sql(Backend::Postgres, &filter, Some((5, 2)), false, 50).unwrap();
        assert!(
            words(&text).ends_with(
                "WHERE org_id = $1 \
                 AND (block_number > $2 OR (block_number = $2 AND log_index > $3)) \
                 ORDER BY block_number ASC, log_index ASC LIMIT $4"
            ),
            "{text}"
        );
        assert_eq!(sql.binds.len(), 4);

        let (text, _) =
            event_page_sql(Backend::Sqlite, &EventFilter::default(), None, true, 1).unwrap();
        assert!(words(&text).contains("WHERE TRUE ORDER BY"), "{text}");
    }

    /// A time past `i64::MAX` is refused, not wrapped into a negative bound.
    #[test]
    fn an_event_page_refuses_a_time_out_of_range() {
        let filter = EventFilter {
            since: Some(u64::MAX),
            ..EventFilter::default()
        };
        assert!(matches!(
            event_page_sql(Backend::Sqlite, &filter, None, true, 1),
            Err(StoreError::OutOfRange {
                what: "time",
                value: u64::MAX
            })
        ));
    }
}
