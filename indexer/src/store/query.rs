//! The reads the query API makes: pages of entities and events, access as of a past moment,
//! statistics, and the API's own tables (sign-in nonces, the log of practitioners' reads).

use alloy::primitives::{Address, B256};
use consentry_sdk::{
    access::AccessModel,
    events::ConsentryEvent,
    vocabulary::{Action, Basis, Category, Purpose},
};
use serde_json::Value;
use sqlx::{Row, any::AnyRow};

use super::{Backend, Store, StoreError, hash, int, parse_state, raw_log, uint};
use crate::projection::Kind;

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
    /// Only those concerning this record.
    pub record_id: Option<B256>,
    /// Only these event names (none: all).
    pub names: &'static [&'static str],
    /// Only those at or after this time.
    pub since: Option<u64>,
    /// Only those before this time.
    pub until: Option<u64>,
}

/// A position in the event order: (block number, log index).
pub type EventCursor = (u64, u64);

/// One cell of the statistics source: an event that counts, with what it is counted by.
#[derive(Debug, Clone, PartialEq)]
pub struct StatEvent {
    /// The event name.
    pub name: String,
    /// Its block time.
    pub timestamp: u64,
    /// The organisation.
    pub org_id: Option<u32>,
    /// Its arguments (for reads: the read record's `RecordAdded` arguments, which hold the
    /// category).
    pub args: Value,
}

fn bytes(address: Option<Address>) -> Option<Vec<u8>> {
    address.map(|a| a.to_vec())
}

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
        let status_expr = match self.backend {
            Backend::Sqlite => "json_extract(v.state, '$.status')",
            Backend::Postgres => "(v.state::jsonb ->> 'status')",
        };
        let sql = format!(
            "SELECT v.entity_key, v.state FROM versions v
             WHERE v.kind = $1 AND ($2 IS NULL OR v.patient = $2) AND ($3 IS NULL OR v.org_id = $3)
               AND ($4 IS NULL OR v.entity_key > $4) AND ($5 IS NULL OR {status_expr} = $5)
               AND NOT EXISTS (SELECT 1 FROM versions w
                   WHERE w.kind = v.kind AND w.entity_key = v.entity_key
                     AND (w.block_number > v.block_number
                          OR (w.block_number = v.block_number AND w.log_index > v.log_index)))
             ORDER BY v.entity_key LIMIT $6"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(kind.as_str())
            .bind(bytes(patient))
            .bind(org.map(i64::from))
            .bind(after.map(str::to_owned))
            .bind(status.map(str::to_owned))
            .bind(i64::from(limit))
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

    /// A page of events matching `filter`: newest first before `before` (`newest_first`), or
    /// oldest first after `before` (for streams).
    pub async fn event_page(
        &self,
        filter: &EventFilter,
        cursor: Option<EventCursor>,
        newest_first: bool,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        use std::fmt::Write;
        let mut sql = String::from(
            "SELECT block_number, log_index, tx_hash, block_timestamp, name, patient, org_id,
                    record_id, account, args
             FROM events
             WHERE ($1 IS NULL OR patient = $1) AND ($2 IS NULL OR org_id = $2)
               AND ($3 IS NULL OR record_id = $3)
               AND ($4 IS NULL OR block_timestamp >= $4) AND ($5 IS NULL OR block_timestamp < $5)",
        );
        if !filter.names.is_empty() {
            // Names come from the API's fixed lists, never from a request.
            let names: Vec<String> = filter.names.iter().map(|n| format!("'{n}'")).collect();
            let _ = write!(sql, " AND name IN ({})", names.join(", "));
        }
        let (compare, order) = if newest_first {
            ("<", "DESC")
        } else {
            (">", "ASC")
        };
        if cursor.is_some() {
            let _ = write!(
                sql,
                " AND (block_number {compare} $6 OR (block_number = $6 AND log_index {compare} $7))"
            );
        } else {
            sql.push_str(" AND $6 IS NULL AND $7 IS NULL");
        }
        let _ = write!(
            sql,
            " ORDER BY block_number {order}, log_index {order} LIMIT $8"
        );
        let (block, log) = match cursor {
            Some((block, log)) => (
                Some(int("block number", block)?),
                Some(int("log index", log)?),
            ),
            None => (None, None),
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(bytes(filter.patient))
            .bind(filter.org_id.map(i64::from))
            .bind(filter.record_id.map(|r| r.to_vec()))
            .bind(filter.since.map(|t| int("time", t)).transpose()?)
            .bind(filter.until.map(|t| int("time", t)).transpose()?)
            .bind(block)
            .bind(log)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(|row| stored_event(&row)).collect()
    }

    /// The access decision at `time` from the events up to and including block `up_to` and
    /// time `known_at` (all events when `None`): the answer `checkAccess` gave, or would have
    /// given, then.
    pub async fn check_access_as_of(
        &self,
        query: AccessQuery,
        time: u64,
        up_to: Option<u64>,
        known_at: Option<u64>,
    ) -> Result<Basis, StoreError> {
        let AccessQuery {
            patient,
            org,
            category,
            purpose,
            action,
        } = query;
        let rows = sqlx::query(
            "SELECT address, topics, data FROM events
             WHERE ((patient = $1 AND org_id = $2 AND name IN ('ConsentGranted', 'ConsentNarrowed',
                    'ConsentExtended', 'ConsentRevoked', 'EmergencyAccessOpened',
                    'EmergencyAccessClosed'))
                OR (org_id = $2 AND name IN ('OrganizationAccredited', 'OrganizationSuspended',
                    'OrganizationReinstated', 'EmergencyCapabilitySet')))
               AND ($3 IS NULL OR block_number <= $3) AND ($4 IS NULL OR block_timestamp <= $4)
             ORDER BY block_number, log_index",
        )
        .bind(patient.to_vec())
        .bind(i64::from(org))
        .bind(up_to.map(|b| int("block number", b)).transpose()?)
        .bind(known_at.map(|t| int("time", t)).transpose()?)
        .fetch_all(&self.pool)
        .await?;
        let mut model = AccessModel::new();
        for row in rows {
            let log = raw_log(
                &row.try_get::<Vec<u8>, _>(0)?,
                &row.try_get::<Vec<u8>, _>(1)?,
                row.try_get::<Vec<u8>, _>(2)?,
            )?;
            let event = ConsentryEvent::decode(&log)
                .ok_or_else(|| StoreError::Corrupt("a stored event does not decode".into()))?;
            model
                .apply(&event)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        }
        Ok(model.check_access(patient, org, category, purpose, action, time))
    }

    /// The timestamp of block `number`, if the store knows it (a block in the window, or one
    /// holding an event).
    pub async fn block_timestamp(&self, number: u64) -> Result<Option<u64>, StoreError> {
        let number = int("block number", number)?;
        let row = sqlx::query(
            "SELECT timestamp FROM blocks WHERE number = $1
             UNION ALL SELECT block_timestamp FROM events WHERE block_number = $1 LIMIT 1",
        )
        .bind(number)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| uint("timestamp", row.try_get(0)?))
            .transpose()
    }

    /// The checkpoint block's number and timestamp.
    pub async fn head(&self) -> Result<Option<(u64, u64)>, StoreError> {
        let row = sqlx::query(
            "SELECT c.block_number, b.timestamp FROM checkpoint c
             LEFT JOIN blocks b ON b.number = c.block_number WHERE c.id = 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok((
                uint("block number", row.try_get(0)?)?,
                row.try_get::<Option<i64>, _>(1)?
                    .map(|t| uint("timestamp", t))
                    .transpose()?
                    .unwrap_or_default(),
            ))
        })
        .transpose()
    }

    /// The events statistics count, between `since` and `until`: grants, revocations, records
    /// added, and reads (each with its record's `RecordAdded` arguments).
    pub async fn stat_events(&self, since: u64, until: u64) -> Result<Vec<StatEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.name, e.block_timestamp, e.org_id,
                    CASE WHEN e.name = 'RecordAccessed' THEN r.args ELSE e.args END
             FROM events e
             LEFT JOIN events r ON e.name = 'RecordAccessed' AND r.record_id = e.record_id
                                AND r.name = 'RecordAdded'
             WHERE e.name IN ('ConsentGranted', 'ConsentRevoked', 'RecordAdded', 'RecordAccessed')
               AND e.block_timestamp >= $1 AND e.block_timestamp < $2",
        )
        .bind(int("time", since)?)
        .bind(int("time", until)?)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(StatEvent {
                    name: row.try_get(0)?,
                    timestamp: uint("timestamp", row.try_get(1)?)?,
                    org_id: row
                        .try_get::<Option<i64>, _>(2)?
                        .and_then(|o| u32::try_from(o).ok()),
                    args: row
                        .try_get::<Option<String>, _>(3)?
                        .map(|text| parse_state(&text))
                        .transpose()?
                        .unwrap_or(Value::Null),
                })
            })
            .collect()
    }

    /// Remembers a sign-in nonce until `expires_at`, forgetting the expired ones.
    pub async fn put_nonce(
        &self,
        nonce: &str,
        now: u64,
        expires_at: u64,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM siwe_nonces WHERE expires_at < $1")
            .bind(int("time", now)?)
            .execute(&self.pool)
            .await?;
        sqlx::query("INSERT INTO siwe_nonces (nonce, expires_at) VALUES ($1, $2)")
            .bind(nonce)
            .bind(int("time", expires_at)?)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Takes a sign-in nonce: true once if it was issued and has not expired, false ever after.
    pub async fn take_nonce(&self, nonce: &str, now: u64) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM siwe_nonces WHERE nonce = $1 AND expires_at >= $2")
            .bind(nonce)
            .bind(int("time", now)?)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Logs practitioners' reads of patient-level data, all in one transaction.
    pub async fn log_reads(&self, reads: &[ApiRead]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for chunk in reads.chunks(super::ROWS_PER_INSERT) {
            let sql = super::multi_row_insert(
                self.backend,
                "INSERT INTO api_reads (at, reader, org_id, patient, route, query)",
                chunk.len(),
                6,
            );
            let mut insert = sqlx::query(sql);
            for read in chunk {
                insert = insert
                    .bind(int("time", read.at)?)
                    .bind(read.reader.to_vec())
                    .bind(i64::from(read.org_id))
                    .bind(bytes(read.patient))
                    .bind(read.route.clone())
                    .bind(read.query.clone());
            }
            insert.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The logged reads of `org`'s patient-level data, newest first.
    pub async fn reads(&self, org: u32, limit: u32) -> Result<Vec<ApiRead>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, reader, org_id, patient, route, query FROM api_reads WHERE org_id = $1
             ORDER BY id DESC LIMIT $2",
        )
        .bind(i64::from(org))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(ApiRead {
                    at: uint("time", row.try_get(0)?)?,
                    reader: address(&row.try_get::<Vec<u8>, _>(1)?)?,
                    org_id: u32::try_from(row.try_get::<i64, _>(2)?)
                        .map_err(|_| StoreError::Corrupt("an organisation id".into()))?,
                    patient: row
                        .try_get::<Option<Vec<u8>>, _>(3)?
                        .map(|p| address(&p))
                        .transpose()?,
                    route: row.try_get(4)?,
                    query: row.try_get(5)?,
                })
            })
            .collect()
    }
}

/// What an access check asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccessQuery {
    /// The patient.
    pub patient: Address,
    /// The organisation.
    pub org: u32,
    /// The category.
    pub category: Category,
    /// The purpose of use.
    pub purpose: Purpose,
    /// The action.
    pub action: Action,
}

/// A practitioner's read of patient-level data, as the API logs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRead {
    /// When (unix seconds).
    pub at: u64,
    /// The signed-in practitioner.
    pub reader: Address,
    /// Their organisation.
    pub org_id: u32,
    /// The patient read, when the read concerns one.
    pub patient: Option<Address>,
    /// The route.
    pub route: String,
    /// The query string.
    pub query: String,
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
        org_id: row
            .try_get::<Option<i64>, _>(6)?
            .map(|o| u32::try_from(o).map_err(|_| StoreError::Corrupt("an organisation id".into())))
            .transpose()?,
        record_id: row
            .try_get::<Option<Vec<u8>>, _>(7)?
            .map(|r| hash(&r))
            .transpose()?,
        account: row
            .try_get::<Option<Vec<u8>>, _>(8)?
            .map(|a| address(&a))
            .transpose()?,
        args: parse_state(&row.try_get::<String, _>(9)?)?,
    })
}
