//! Statistics (the events counted, and the query that finds them), where the store stands in
//! time (its head, a block's time, whether it still holds a block), and the planner's
//! statistics.

use alloy::primitives::B256;
use serde_json::Value;
use sqlx::Row;

use super::{org_id, stored_arguments};
use crate::{
    Backend, Store, StoreError,
    sql::{int, uint},
};

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

impl Store {
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
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{Address, aliases::U40};
    use consentry_sdk::{
        bindings::{
            consent_registry::ConsentRegistry::{ConsentGranted, ConsentRevoked},
            record_registry::RecordRegistry::{RecordAccessed, RecordAdded},
        },
        vocabulary::{Action, Basis, Category, FhirResourceType, Purpose},
    };

    use super::*;
    use crate::{
        Batch, BlockRef,
        decode::testing::row,
        query::tests::{sqlite_store, words},
    };

    const PATIENT: Address = Address::repeat_byte(0x01);

    /// The organisation condition is there only when asked for, as the third parameter; a
    /// read's record is joined on the partial index `events_of_records`' condition.
    #[test]
    fn the_statistics_query_filters_by_organisation_only_when_asked() {
        let all = words(&stat_events_sql(false));
        let of_org = words(&stat_events_sql(true));
        assert!(!all.contains("$3"), "{all}");
        assert_eq!(of_org, format!("{all} AND e.org_id = $3"));
        assert!(
            all.contains(
                "LEFT JOIN events r ON e.name = 'RecordAccessed' AND r.record_id = e.record_id \
                 AND r.name = 'RecordAdded'"
            ),
            "{all}"
        );
        assert!(
            all.ends_with("AND b.timestamp >= $1 AND b.timestamp < $2"),
            "{all}"
        );
    }

    /// (time, name, organisation) of the events counted, in that order.
    async fn counted(
        store: &Store,
        since: u64,
        until: u64,
        org: Option<u32>,
    ) -> Vec<(u64, String, Option<u32>)> {
        let mut events: Vec<_> = store
            .stat_events(since, until, org)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.timestamp, e.name, e.org_id))
            .collect();
        events.sort();
        events
    }

    fn block(number: u64) -> BlockRef {
        BlockRef {
            number,
            hash: B256::with_last_byte(number as u8),
            parent_hash: B256::with_last_byte(number as u8 - 1),
            timestamp: number * 1_000,
        }
    }

    /// Through a real SQLite file: the events counted in a half-open time range, of one
    /// organisation when asked, a read carrying the arguments (the category) of the record
    /// it read, which another organisation added.
    #[tokio::test]
    async fn stat_events_counts_a_read_by_its_records_category() {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite_store(&dir).await;
        let record = B256::repeat_byte(0x0f);
        let grant = |org| ConsentGranted {
            patient: PATIENT,
            orgId: org,
            actor: PATIENT,
            categories: Category::Laboratory.mask(),
            purposes: Purpose::Treat.mask(),
            actions: Action::Read.mask(),
            validFrom: U40::from(0),
            validUntil: U40::from(10_000),
        };
        let events = vec![
            row(&grant(1), 1, 0, 1_000),
            row(
                &RecordAdded {
                    recordId: record,
                    patient: PATIENT,
                    authorOrg: 1,
                    practitioner: Address::repeat_byte(0x0d),
                    category: Category::Laboratory.code(),
                    fhirType: FhirResourceType::Observation.code(),
                    contentHash: record,
                    supersedes: B256::ZERO,
                    purpose: Purpose::Treat.code(),
                    basis: Basis::Consent.code(),
                },
                2,
                0,
                2_000,
            ),
            row(
                &RecordAccessed {
                    recordId: record,
                    patient: PATIENT,
                    orgId: 2,
                    practitioner: Address::repeat_byte(0x0e),
                    purpose: Purpose::Treat.code(),
                    basis: Basis::Consent.code(),
                },
                2,
                1,
                2_000,
            ),
            row(
                &ConsentRevoked {
                    patient: PATIENT,
                    orgId: 1,
                    actor: PATIENT,
                },
                3,
                0,
                3_000,
            ),
            row(&grant(2), 4, 0, 4_000),
        ];
        store
            .commit(
                Batch {
                    chain_id: 31337,
                    events,
                    blocks: (1..4).map(block).collect(),
                    last: block(4),
                    follows: None,
                },
                16,
            )
            .await
            .unwrap();
        assert_eq!(
            counted(&store, 1_500, 4_000, None).await,
            vec![
                (2_000, "RecordAccessed".into(), Some(2)),
                (2_000, "RecordAdded".into(), Some(1)),
                (3_000, "ConsentRevoked".into(), Some(1)),
            ]
        );
        assert_eq!(
            counted(&store, 0, 5_000, Some(2)).await,
            vec![
                (2_000, "RecordAccessed".into(), Some(2)),
                (4_000, "ConsentGranted".into(), Some(2)),
            ]
        );
        let read = store.stat_events(2_000, 2_001, Some(2)).await.unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].args["category"], Category::Laboratory.code());
    }
}
