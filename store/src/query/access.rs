//! Access as of a moment: the events an access decision depends on, replayed through the
//! SDK's access model; and the changes caches forget by.

use alloy::primitives::Address;
use consentry_sdk::{
    access::AccessModel,
    events::ConsentryEvent,
    vocabulary::{Action, Basis, Category, Purpose},
};
use sqlx::Row;

use super::{Bind, EventCursor, ORGANIZATION_EVENTS, Where, address, org_id};
use crate::{
    Backend, Store, StoreError,
    sql::{int, raw_log, uint},
};

impl Store {
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
        let (text, sql) = access_events_sql(self.backend, scope, up_to, known_at)?;
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
}

/// The statement of [`Store::access_events`], and its values.
fn access_events_sql(
    backend: Backend,
    scope: AccessScope,
    up_to: Option<u64>,
    known_at: Option<u64>,
) -> Result<(String, Where), StoreError> {
    let mut sql = Where::new(backend);
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
    Ok((text, sql))
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

#[cfg(test)]
mod tests {
    use alloy::primitives::{B256, aliases::U40};
    use consentry_sdk::{
        bindings::{
            consent_registry::ConsentRegistry::{
                self, ConsentRegistryEvents as C, EmergencyAccessOpened, EmergencyPolicySet,
            },
            organization_registry::OrganizationRegistry::{
                EmergencyCapabilitySet, OrganizationAccredited, OrganizationRegistryEvents as O,
            },
        },
        vocabulary::CategorySet,
    };

    use super::*;
    use crate::query::tests::{sqlite_store, words};

    const PATIENT: Address = Address::repeat_byte(0x01);
    const ORG: u32 = 3;

    fn at(position: EventCursor, event: ConsentryEvent) -> PositionedEvent {
        PositionedEvent { position, event }
    }

    fn accredited(position: EventCursor) -> PositionedEvent {
        at(
            position,
            ConsentryEvent::Organizations(O::OrganizationAccredited(OrganizationAccredited {
                orgId: ORG,
                admin: Address::repeat_byte(0x0a),
                kind: 1,
                emergencyCapable: true,
                name: "Hospital".into(),
                fhirEndpoint: "https://h.example/fhir".into(),
            })),
        )
    }

    fn capable(position: EventCursor, capable: bool) -> PositionedEvent {
        at(
            position,
            ConsentryEvent::Organizations(O::EmergencyCapabilitySet(EmergencyCapabilitySet {
                orgId: ORG,
                emergencyCapable: capable,
            })),
        )
    }

    fn granted(position: EventCursor) -> PositionedEvent {
        at(
            position,
            ConsentryEvent::Consents(C::ConsentGranted(ConsentRegistry::ConsentGranted {
                patient: PATIENT,
                orgId: ORG,
                actor: PATIENT,
                categories: Category::Laboratory.mask(),
                purposes: Purpose::Treat.mask(),
                actions: Action::Read.mask(),
                validFrom: U40::from(0),
                validUntil: U40::from(1_000),
            })),
        )
    }

    fn opened(position: EventCursor) -> PositionedEvent {
        at(
            position,
            ConsentryEvent::Consents(C::EmergencyAccessOpened(EmergencyAccessOpened {
                patient: PATIENT,
                orgId: ORG,
                practitioner: Address::repeat_byte(0x0d),
                reasonCode: 1,
                justificationHash: B256::ZERO,
                categories: CategorySet::STANDARD.0,
                expiresAt: U40::from(1_000),
            })),
        )
    }

    fn opted_out(position: EventCursor) -> PositionedEvent {
        at(
            position,
            ConsentryEvent::Consents(C::EmergencyPolicySet(EmergencyPolicySet {
                patient: PATIENT,
                optedOut: true,
                restrictedCategories: 0,
            })),
        )
    }

    fn ask(category: Category, purpose: Purpose) -> AccessQuery {
        AccessQuery {
            patient: PATIENT,
            org: ORG,
            category,
            purpose,
            action: Action::Read,
        }
    }

    /// The SDK's model over all of `scopes`' events in chain order: the contract's answer.
    fn sdk_answer(scopes: &[&[PositionedEvent]], query: AccessQuery, time: u64) -> Basis {
        let mut events: Vec<&PositionedEvent> = scopes.iter().flat_map(|s| s.iter()).collect();
        events.sort_by_key(|e| e.position);
        let mut model = AccessModel::new();
        for event in events {
            model.apply(&event.event).unwrap();
        }
        model.check_access(
            query.patient,
            query.org,
            query.category,
            query.purpose,
            query.action,
            time,
        )
    }

    /// The scopes' events are applied merged in chain order, not scope after scope: a
    /// capability withdrawn (block 3) before an emergency opened (block 4) leaves it open,
    /// which replaying the pair's events before the organisation's would end. An opt-out ends
    /// it only if it comes after the opening.
    #[test]
    fn access_answer_merges_the_scopes_in_chain_order() {
        let pair = [granted((2, 0)), opened((4, 0))];
        let organization = [
            accredited((1, 0)),
            capable((3, 0), false),
            capable((5, 0), true),
        ];
        let emergency = ask(Category::Allergies, Purpose::Etreat);
        let consented = ask(Category::Laboratory, Purpose::Treat);
        let cases: [(&[PositionedEvent], AccessQuery, Basis); 4] = [
            (&[], consented, Basis::Consent),
            (&[], emergency, Basis::Emergency),
            (&[opted_out((3, 9))], emergency, Basis::Emergency),
            (&[opted_out((4, 1))], emergency, Basis::None),
        ];
        for (patient, query, expected) in cases {
            let scopes: [&[PositionedEvent]; 3] = [&pair, &organization, patient];
            let answer = access_answer(&scopes, query, 500).unwrap();
            assert_eq!(
                answer,
                expected,
                "{query:?} with {} patient events",
                patient.len()
            );
            assert_eq!(answer, sdk_answer(&scopes, query, 500));
        }
        // At the consent's end (its window is half-open): nothing.
        assert_eq!(
            access_answer(&[&pair, &organization], consented, 1_000).unwrap(),
            Basis::None
        );
        // No accreditation among the events: an unknown organisation gets nothing.
        assert_eq!(
            access_answer(&[&pair], consented, 500).unwrap(),
            Basis::None
        );
    }

    /// Each scope's statement: the pair's seeks by patient (`+org_id` hides the organisation
    /// from the planner), the organisation's repeats `ORGANIZATION_EVENTS` for its partial
    /// index, and a time bound joins the blocks.
    #[test]
    fn access_events_select_each_scope() {
        let (text, sql) = access_events_sql(
            Backend::Sqlite,
            AccessScope::Pair(PATIENT, ORG),
            Some(9),
            Some(99),
        )
        .unwrap();
        assert_eq!(
            words(&text),
            "SELECT block_number, log_index, name, address, topics, data FROM events \
             JOIN event_blocks ON number = block_number \
             WHERE patient = ?1 AND +org_id = ?2 AND name IN ('ConsentGranted', \
             'ConsentNarrowed', 'ConsentExtended', 'ConsentRevoked', 'EmergencyAccessOpened', \
             'EmergencyAccessClosed') AND block_number <= ?3 AND timestamp <= ?4 \
             ORDER BY block_number, log_index"
        );
        assert_eq!(
            sql.binds,
            vec![
                Bind::Bytes(PATIENT.to_vec()),
                Bind::Int(ORG.into()),
                Bind::Int(9),
                Bind::Int(99)
            ]
        );

        let (text, sql) = access_events_sql(
            Backend::Postgres,
            AccessScope::Organization(ORG),
            None,
            None,
        )
        .unwrap();
        assert_eq!(
            words(&text),
            format!(
                "SELECT block_number, log_index, name, address, topics, data FROM events \
                 WHERE {ORGANIZATION_EVENTS} AND +org_id = $1 ORDER BY block_number, log_index"
            )
        );
        assert_eq!(sql.binds, vec![Bind::Int(ORG.into())]);

        let (text, _) =
            access_events_sql(Backend::Sqlite, AccessScope::Patient(PATIENT), None, None).unwrap();
        assert!(
            words(&text).contains("WHERE patient = ?1 AND name = 'EmergencyPolicySet' ORDER BY"),
            "{text}"
        );
    }

    /// On a migrated SQLite file, each scope's statement seeks by the index it was written
    /// for: the organisation's by the partial index `events_of_organizations` (which SQLite
    /// uses only when the query repeats its condition), the others by patient.
    #[tokio::test]
    async fn access_events_seek_by_their_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite_store(&dir).await;
        let native = store.native.as_ref().unwrap();
        for (scope, index) in [
            (AccessScope::Organization(ORG), "events_of_organizations"),
            (AccessScope::Pair(PATIENT, ORG), "events_by_patient"),
            (AccessScope::Patient(PATIENT), "events_by_patient"),
        ] {
            let (text, sql) = access_events_sql(Backend::Sqlite, scope, Some(9), Some(99)).unwrap();
            let plan: Vec<String> = native
                .read(|connection| {
                    connection
                        .prepare(&format!("EXPLAIN QUERY PLAN {text}"))?
                        .query_map(rusqlite::params_from_iter(&sql.binds), |row| row.get(3))?
                        .collect()
                })
                .unwrap();
            let searched = format!("SEARCH events USING INDEX {index} ");
            assert!(
                plan.iter().any(|step| step.starts_with(&searched)),
                "{scope:?}: {plan:?}"
            );
        }
    }
}
