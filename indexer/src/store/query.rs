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

/// An organisation's own events (accreditation, suspension, reinstatement, emergency
/// capability): the condition of the partial index `events_of_organizations`, which a query
/// must repeat word for word for SQLite to use the index.
pub const ORGANIZATION_EVENTS: &str = "(name = 'OrganizationAccredited' \
    OR name = 'OrganizationSuspended' OR name = 'OrganizationReinstated' \
    OR name = 'EmergencyCapabilitySet')";

/// The statistics' query: the events counted between `$1` and `$2` (of organisation `$3` only,
/// when `of_org`), a read with its record's `RecordAdded` (found by the partial index
/// `events_of_records`, whose condition the join repeats). The time range selects blocks
/// (`event_blocks_by_time`), and their events by the primary key.
pub fn stat_events_sql(of_org: bool) -> String {
    let of_org = if of_org { " AND e.org_id = $3" } else { "" };
    format!(
        "SELECT e.name, b.timestamp, e.org_id,
                CASE WHEN e.name = 'RecordAccessed' THEN r.address ELSE e.address END,
                CASE WHEN e.name = 'RecordAccessed' THEN r.topics ELSE e.topics END,
                CASE WHEN e.name = 'RecordAccessed' THEN r.data ELSE e.data END
         FROM event_blocks b
         JOIN events e ON e.block_number = b.number
         LEFT JOIN events r ON e.name = 'RecordAccessed' AND r.record_id = e.record_id
                            AND r.name = 'RecordAdded'
         WHERE e.name IN ('ConsentGranted', 'ConsentRevoked', 'RecordAdded', 'RecordAccessed')
           AND b.timestamp >= $1 AND b.timestamp < $2{of_org}"
    )
}

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
        let mut sql = Where::new(self.backend);
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
        let rows = sql
            .bind(sqlx::query(sqlx::AssertSqlSafe(text)))
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
        let pair = self
            .access_events(AccessScope::Pair(query.patient, query.org), up_to, known_at)
            .await?;
        let org = self
            .access_events(AccessScope::Organization(query.org), up_to, known_at)
            .await?;
        let patient = self
            .access_events(AccessScope::Patient(query.patient), up_to, known_at)
            .await?;
        access_answer(&[&pair, &org, &patient], query, time)
    }

    /// Whether `org`'s break-glass access to `patient` is open at `time` by the stored events:
    /// opened, neither closed nor expired, and not ended by the patient's opt-out or the
    /// withdrawal of the organisation's emergency capability.
    pub async fn emergency_open(
        &self,
        patient: Address,
        org: u32,
        time: u64,
    ) -> Result<bool, StoreError> {
        let pair = self
            .access_events(AccessScope::Pair(patient, org), None, None)
            .await?;
        let organization = self
            .access_events(AccessScope::Organization(org), None, None)
            .await?;
        let own = self
            .access_events(AccessScope::Patient(patient), None, None)
            .await?;
        let model = access_model(&[&pair, &organization, &own])?;
        Ok(time < model.consent(patient, org).emergency_until)
    }

    /// The events an access decision depends on, in chain order: a patient's with an
    /// organisation (consents, emergencies), an organisation's own (accreditation,
    /// suspension, emergency capability), or a patient's break-glass rules; up to block
    /// `up_to` and time `known_at`.
    pub async fn access_events(
        &self,
        scope: AccessScope,
        up_to: Option<u64>,
        known_at: Option<u64>,
    ) -> Result<Vec<PositionedEvent>, StoreError> {
        let mut sql = Where::new(self.backend);
        match scope {
            AccessScope::Pair(patient, org) => {
                sql.condition("patient = ", Bind::Bytes(patient.to_vec()));
                // Few per patient: seek them by patient alone, never scan the organisation's.
                sql.condition("+org_id = ", Bind::Int(i64::from(org)));
                sql.raw(
                    "name IN ('ConsentGranted', 'ConsentNarrowed', 'ConsentExtended', \
                     'ConsentRevoked', 'EmergencyAccessOpened', 'EmergencyAccessClosed')"
                        .into(),
                );
            }
            AccessScope::Organization(org) => {
                // Seek by name (few such events), never scan the organisation's: the
                // condition of the partial index `events_of_organizations`, word for word.
                sql.raw(ORGANIZATION_EVENTS.into());
                sql.condition("+org_id = ", Bind::Int(i64::from(org)));
            }
            AccessScope::Patient(patient) => {
                sql.condition("patient = ", Bind::Bytes(patient.to_vec()));
                sql.raw("name = 'EmergencyPolicySet'".into());
            }
        }
        if let Some(block) = up_to {
            sql.condition("block_number <= ", Bind::Int(int("block number", block)?));
        }
        // A time bound joins the events' blocks, which hold their times.
        let blocks = match known_at {
            Some(time) => {
                sql.condition("timestamp <= ", Bind::Int(int("time", time)?));
                " JOIN event_blocks ON number = block_number"
            }
            None => "",
        };
        let text = format!(
            "SELECT block_number, log_index, name, address, topics, data FROM events{blocks}
             WHERE {} ORDER BY block_number, log_index",
            sql.conditions()
        );
        type Stored = (i64, i64, String, Vec<u8>, Vec<u8>, Vec<u8>);
        let rows: Vec<Stored> = match &self.native {
            Some(native) => native.read(|connection| {
                connection
                    .prepare_cached(&text)?
                    .query_map(rusqlite::params_from_iter(&sql.binds), |row| {
                        Ok((
                            row.get(0)?,
                            row.get(1)?,
                            row.get(2)?,
                            row.get(3)?,
                            row.get(4)?,
                            row.get(5)?,
                        ))
                    })?
                    .collect()
            })?,
            None => sql
                .bind(sqlx::query(sqlx::AssertSqlSafe(text)))
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .map(|row| {
                    Ok((
                        row.try_get(0)?,
                        row.try_get(1)?,
                        row.try_get(2)?,
                        row.try_get(3)?,
                        row.try_get(4)?,
                        row.try_get(5)?,
                    ))
                })
                .collect::<Result<_, sqlx::Error>>()?,
        };
        rows.into_iter()
            .map(|(block, index, name, address, topics, data)| {
                let log = raw_log(&name, &address, &topics, data)?;
                Ok(PositionedEvent {
                    position: (uint("block number", block)?, uint("log index", index)?),
                    event: ConsentryEvent::decode(&log).ok_or_else(|| {
                        StoreError::Corrupt("a stored event does not decode".into())
                    })?,
                })
            })
            .collect()
    }

    /// Events stored after `cursor` (oldest first, at most `limit`): position, patient,
    /// organisation and name, for caches to forget what changed.
    pub async fn changes_after(
        &self,
        cursor: EventCursor,
        limit: u32,
    ) -> Result<Vec<Change>, StoreError> {
        let (block, log) = (int("block number", cursor.0)?, int("log index", cursor.1)?);
        let rows = sqlx::query(
            "SELECT block_number, log_index, patient, org_id, name FROM events
             WHERE block_number > $1 OR (block_number = $1 AND log_index > $2)
             ORDER BY block_number, log_index LIMIT $3",
        )
        .bind(block)
        .bind(log)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(Change {
                    position: (
                        uint("block number", row.try_get(0)?)?,
                        uint("log index", row.try_get(1)?)?,
                    ),
                    patient: row
                        .try_get::<Option<Vec<u8>>, _>(2)?
                        .map(|p| address(&p))
                        .transpose()?,
                    org_id: row.try_get::<Option<i64>, _>(3)?.map(org_id).transpose()?,
                    name: row.try_get(4)?,
                })
            })
            .collect()
    }

    /// Whether the store still holds block `number` with hash `hash` in its window (false
    /// after a reorg replaced it, or once it left the window).
    pub async fn holds_block(&self, number: u64, hash: B256) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT hash FROM blocks WHERE number = $1")
            .bind(int("block number", number)?)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => row.try_get::<Vec<u8>, _>(0)? == hash.as_slice(),
            None => false,
        })
    }

    /// The timestamp of block `number`, if the store knows it (a block in the window, or one
    /// holding an event).
    pub async fn block_timestamp(&self, number: u64) -> Result<Option<u64>, StoreError> {
        let number = int("block number", number)?;
        let row = sqlx::query(
            "SELECT timestamp FROM blocks WHERE number = $1
             UNION ALL SELECT timestamp FROM event_blocks WHERE number = $1 LIMIT 1",
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

    /// The events statistics count, between `since` and `until` (of organisation `org` only,
    /// when given): grants, revocations, records added, and reads (each with its record's
    /// `RecordAdded` arguments).
    pub async fn stat_events(
        &self,
        since: u64,
        until: u64,
        org: Option<u32>,
    ) -> Result<Vec<StatEvent>, StoreError> {
        let text = stat_events_sql(org.is_some());
        let mut query = sqlx::query(sqlx::AssertSqlSafe(text))
            .bind(int("time", since)?)
            .bind(int("time", until)?);
        if let Some(org) = org {
            query = query.bind(i64::from(org));
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|row| {
                let name: String = row.try_get(0)?;
                // A read's arguments are its record's `RecordAdded`'s.
                let logged = if name == "RecordAccessed" {
                    "RecordAdded"
                } else {
                    &name
                };
                Ok(StatEvent {
                    timestamp: uint("timestamp", row.try_get(1)?)?,
                    org_id: row.try_get::<Option<i64>, _>(2)?.map(org_id).transpose()?,
                    args: match (
                        row.try_get::<Option<Vec<u8>>, _>(3)?,
                        row.try_get::<Option<Vec<u8>>, _>(4)?,
                        row.try_get::<Option<Vec<u8>>, _>(5)?,
                    ) {
                        (Some(address), Some(topics), Some(data)) => {
                            stored_arguments(logged, &address, &topics, data)?
                        }
                        // A read of a record whose `RecordAdded` is not stored.
                        _ => Value::Null,
                    },
                    name,
                })
            })
            .collect()
    }

    /// Refreshes the query planner's statistics (PostgreSQL `ANALYZE`, SQLite `PRAGMA
    /// optimize`), so that after a backfill queries seek by their most selective index.
    pub async fn analyze(&self) -> Result<(), StoreError> {
        match self.backend {
            // The events (and their blocks) and the versions on two connections: an `ANALYZE`
            // reads and sorts its sample on one core.
            Backend::Postgres => {
                tokio::try_join!(
                    sqlx::query("ANALYZE events, event_blocks").execute(&self.pool),
                    sqlx::query("ANALYZE versions").execute(&self.pool),
                )?;
            }
            Backend::Sqlite => {
                sqlx::query("PRAGMA optimize").execute(&self.pool).await?;
            }
        }
        Ok(())
    }

    /// Remembers a sign-in nonce until `expires_at`, forgetting the expired ones; false (and
    /// not remembered) when `most` unexpired nonces are already outstanding.
    pub async fn put_nonce(
        &self,
        nonce: &str,
        now: u64,
        expires_at: u64,
        most: u32,
    ) -> Result<bool, StoreError> {
        // Both statements seek by `siwe_nonces_by_expiry`; the count reads at most `most`
        // index entries.
        sqlx::query("DELETE FROM siwe_nonces WHERE expires_at < $1")
            .bind(int("time", now)?)
            .execute(&self.pool)
            .await?;
        let done = sqlx::query(
            "INSERT INTO siwe_nonces (nonce, expires_at)
             SELECT $1, $2 WHERE (SELECT count(*) FROM
                 (SELECT 1 FROM siwe_nonces WHERE expires_at >= $3 LIMIT $4) AS outstanding) < $4",
        )
        .bind(nonce)
        .bind(int("time", expires_at)?)
        .bind(int("time", now)?)
        .bind(i64::from(most))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
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
    pub async fn log_reads(&self, reads: Vec<ApiRead>) -> Result<(), StoreError> {
        if let Some(native) = &self.native {
            let rows = reads
                .into_iter()
                .map(|read| Ok((int("time", read.at)?, read)))
                .collect::<Result<Vec<_>, StoreError>>()?;
            return native
                .write(move |connection| {
                    let transaction = connection
                        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
                    {
                        let mut insert = transaction.prepare_cached(
                            "INSERT INTO api_reads (at, reader, org_id, patient, route, query)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        )?;
                        for (at, read) in &rows {
                            insert.execute(rusqlite::params![
                                at,
                                read.reader.as_slice(),
                                read.org_id,
                                read.patient.as_ref().map(|p| p.as_slice()),
                                read.route,
                                read.query,
                            ])?;
                        }
                    }
                    Ok(transaction.commit()?)
                })
                .await;
        }
        let mut tx = self.pool.begin().await?;
        for chunk in super::statement_chunks(&reads) {
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
                    org_id: org_id(row.try_get(2)?)?,
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

/// Whose events an access decision depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccessScope {
    /// A patient's with an organisation.
    Pair(Address, u32),
    /// An organisation's own.
    Organization(u32),
    /// A patient's own break-glass rules (an opt-out ends open emergency accesses).
    Patient(Address),
}

/// An event with its place in the chain.
#[derive(Debug, Clone)]
pub struct PositionedEvent {
    /// (block number, log index).
    pub position: EventCursor,
    /// The event.
    pub event: ConsentryEvent,
}

/// A stored event, as caches see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// (block number, log index).
    pub position: EventCursor,
    /// The patient it concerns.
    pub patient: Option<Address>,
    /// The organisation it concerns.
    pub org_id: Option<u32>,
    /// The event name.
    pub name: String,
}

/// The access decision from the events of each scope it depends on (a pair's, its
/// organisation's, its patient's; each in chain order), applied in chain order.
pub fn access_answer(
    scopes: &[&[PositionedEvent]],
    query: AccessQuery,
    time: u64,
) -> Result<Basis, StoreError> {
    let model = access_model(scopes)?;
    Ok(model.check_access(
        query.patient,
        query.org,
        query.category,
        query.purpose,
        query.action,
        time,
    ))
}

/// The access model of the events of `scopes` (each in chain order), applied in chain order.
fn access_model(scopes: &[&[PositionedEvent]]) -> Result<AccessModel, StoreError> {
    let mut model = AccessModel::new();
    let mut events: Vec<&PositionedEvent> = scopes.iter().flat_map(|s| s.iter()).collect();
    // Each scope is in chain order already; a stable sort merges them (a handful of events).
    events.sort_by_key(|e| e.position);
    for next in events {
        model
            .apply(&next.event)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    }
    Ok(model)
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
