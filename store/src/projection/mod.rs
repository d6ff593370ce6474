//! Projections: the entities the events describe (organisations, practitioners, consents,
//! delegations, access requests, emergency accesses, emergency policies, records), each
//! event turned into new versions of the entities it changes.
//!
//! Projections are versioned rather than updated in place: the store keeps every version, so
//! the current state is the latest version, the history is all of them, and undoing a reorg is
//! deleting the versions of the abandoned blocks.

use alloy::primitives::Address;
use consentry_sdk::{
    bindings::{
        consent_registry::ConsentRegistry::ConsentRegistryEvents as C,
        organization_registry::OrganizationRegistry::OrganizationRegistryEvents as O,
        record_registry::RecordRegistry::RecordRegistryEvents as R,
    },
    events::ConsentryEvent,
    vocabulary::{
        ActionSet, Basis, Category, CategorySet, Cosigner, CosignerSet, EmergencyReason,
        FhirResourceType, OrganizationKind, Purpose, PurposeSet, Role,
    },
};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::Value;

use crate::decode::EventRow;

mod entities;

pub use entities::{
    AccessRequest, Consent, CosignPolicy, Delegation, EmergencyAccess, EmergencyPolicy,
    Organization, Practitioner, Record, RecordCosigning, RecordRejection, RecordSignature,
};

/// The kinds of entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// [`Organization`], keyed by id.
    Organization,
    /// [`Practitioner`], keyed by account.
    Practitioner,
    /// [`Consent`], keyed by patient and organisation.
    Consent,
    /// [`Delegation`], keyed by patient and delegate.
    Delegation,
    /// [`AccessRequest`], keyed by id.
    Request,
    /// [`EmergencyAccess`], keyed by patient and organisation (each opening a new version).
    Emergency,
    /// [`EmergencyPolicy`], keyed by patient.
    Policy,
    /// [`Record`], keyed by id.
    Record,
    /// [`CosignPolicy`], keyed by organisation, category and FHIR type (0: the default).
    CosignPolicy,
}

impl Kind {
    /// The name stored in the `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Practitioner => "practitioner",
            Kind::Consent => "consent",
            Kind::Delegation => "delegation",
            Kind::Request => "request",
            Kind::Emergency => "emergency",
            Kind::Policy => "policy",
            Kind::Record => "record",
            Kind::CosignPolicy => "cosign_policy",
        }
    }
}

/// A new version of one entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The entity's kind.
    pub kind: Kind,
    /// The entity's key.
    pub key: String,
    /// The patient it concerns, for lookups.
    pub patient: Option<Address>,
    /// The organisation it concerns, for lookups.
    pub org_id: Option<u32>,
    /// The entity's state.
    pub state: Value,
}

/// An event the projections cannot apply.
#[derive(Debug, thiserror::Error)]
pub enum ProjectionError {
    /// A code outside the vocabulary.
    #[error("{event} carries an unknown code: {source}")]
    Code {
        /// The event.
        event: &'static str,
        /// The code.
        source: consentry_sdk::vocabulary::UnknownCode,
    },
    /// The event names an entity no earlier event created.
    #[error("{event} names {kind} {key}, which no earlier event created")]
    Missing {
        /// The event.
        event: &'static str,
        /// The kind.
        kind: &'static str,
        /// The key.
        key: String,
    },
    /// A stored state that does not parse.
    #[error("stored {kind} {key} does not parse: {source}")]
    Corrupt {
        /// The kind.
        kind: &'static str,
        /// The key.
        key: String,
        /// Why.
        source: serde_json::Error,
    },
    /// The store failed (a `sqlx` or `rusqlite` error, kept whole so whoever retries can tell
    /// a lost connection from a broken statement).
    #[error("store: {0}")]
    Store(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// Where projections read the current state of an entity from (the store, in the batch's
/// transaction, seeing the batch's own earlier versions).
pub trait Lookup {
    /// The latest state of (`kind`, `key`), if any.
    fn current(
        &mut self,
        kind: Kind,
        key: &str,
    ) -> impl Future<Output = Result<Option<Value>, ProjectionError>> + Send;
}

/// The key of an entity keyed by patient and organisation.
pub fn pair_key(patient: Address, org: u32) -> String {
    format!("{patient:#x}:{org}")
}

/// The key of a delegation.
pub fn delegation_key(patient: Address, delegate: Address) -> String {
    format!("{patient:#x}:{delegate:#x}")
}

async fn load<T: DeserializeOwned, L: Lookup>(
    lookup: &mut L,
    event: &'static str,
    kind: Kind,
    key: &str,
) -> Result<T, ProjectionError> {
    let value = lookup
        .current(kind, key)
        .await?
        .ok_or_else(|| ProjectionError::Missing {
            event,
            kind: kind.as_str(),
            key: key.to_owned(),
        })?;
    serde_json::from_value(value).map_err(|source| ProjectionError::Corrupt {
        kind: kind.as_str(),
        key: key.to_owned(),
        source,
    })
}

/// A new version of `record`, keyed `key` (its id).
fn record_version(key: String, record: &Record) -> Version {
    version(
        Kind::Record,
        key,
        Some(record.patient),
        Some(record.author_org),
        record,
    )
}

fn version<T: Serialize>(
    kind: Kind,
    key: String,
    patient: Option<Address>,
    org_id: Option<u32>,
    state: &T,
) -> Version {
    Version {
        kind,
        key,
        patient,
        org_id,
        state: serde_json::to_value(state).unwrap_or(Value::Null),
    }
}

/// The versions `row` writes, reading what it changes through `lookup`.
pub async fn project<L: Lookup>(
    row: &EventRow,
    lookup: &mut L,
) -> Result<Vec<Version>, ProjectionError> {
    let time = row.position.block_timestamp;
    let name = row.name;
    let code = |source| ProjectionError::Code {
        event: name,
        source,
    };
    let mut out = Vec::new();
    match &row.event {
        ConsentryEvent::Organizations(event) => {
            let org_key = |id: u32| id.to_string();
            match event {
                O::OrganizationAccredited(e) => {
                    let org = Organization {
                        org_id: e.orgId,
                        name: e.name.clone(),
                        kind: OrganizationKind::from_code(e.kind).map_err(code)?,
                        admin: e.admin,
                        pending_admin: None,
                        fhir_endpoint: e.fhirEndpoint.clone(),
                        suspended: false,
                        emergency_capable: e.emergencyCapable,
                        accredited_at: time,
                    };
                    out.push(version(
                        Kind::Organization,
                        org_key(e.orgId),
                        None,
                        Some(e.orgId),
                        &org,
                    ));
                }
                O::OrganizationSuspended(_)
                | O::OrganizationReinstated(_)
                | O::EmergencyCapabilitySet(_)
                | O::EndpointUpdated(_)
                | O::AdminTransferStarted(_)
                | O::AdminTransferred(_) => {
                    let id = row.org_id.unwrap_or_default();
                    let mut org: Organization =
                        load(lookup, name, Kind::Organization, &org_key(id)).await?;
                    match event {
                        O::OrganizationSuspended(_) => org.suspended = true,
                        O::OrganizationReinstated(_) => org.suspended = false,
                        O::EmergencyCapabilitySet(e) => org.emergency_capable = e.emergencyCapable,
                        O::EndpointUpdated(e) => org.fhir_endpoint = e.fhirEndpoint.clone(),
                        O::AdminTransferStarted(e) => {
                            org.pending_admin =
                                (!e.pendingAdmin.is_zero()).then_some(e.pendingAdmin)
                        }
                        O::AdminTransferred(e) => {
                            org.admin = e.newAdmin;
                            org.pending_admin = None;
                        }
                        _ => {}
                    }
                    out.push(version(
                        Kind::Organization,
                        org_key(id),
                        None,
                        Some(id),
                        &org,
                    ));
                }
                O::PractitionerAdded(e) => {
                    let practitioner = Practitioner {
                        account: e.account,
                        org_id: e.orgId,
                        role: Role::from_code(e.role).map_err(code)?,
                        active: true,
                        since: time,
                        removed_at: None,
                    };
                    out.push(version(
                        Kind::Practitioner,
                        format!("{:#x}", e.account),
                        None,
                        Some(e.orgId),
                        &practitioner,
                    ));
                }
                O::PractitionerRemoved(e) => {
                    let key = format!("{:#x}", e.account);
                    let mut practitioner: Practitioner =
                        load(lookup, name, Kind::Practitioner, &key).await?;
                    practitioner.active = false;
                    practitioner.removed_at = Some(time);
                    out.push(version(
                        Kind::Practitioner,
                        key,
                        None,
                        Some(e.orgId),
                        &practitioner,
                    ));
                }
                // Pauses and role changes live in the event log only.
                _ => {}
            }
        }
        ConsentryEvent::Consents(event) => match event {
            C::ConsentGranted(_)
            | C::ConsentNarrowed(_)
            | C::ConsentExtended(_)
            | C::ConsentRevoked(_) => {
                let (patient, org) = (
                    row.patient.unwrap_or_default(),
                    row.org_id.unwrap_or_default(),
                );
                let key = pair_key(patient, org);
                let previous: Option<Consent> = match lookup.current(Kind::Consent, &key).await? {
                    Some(value) => serde_json::from_value(value).ok(),
                    None => None,
                };
                let mut consent = previous.unwrap_or(Consent {
                    patient,
                    org_id: org,
                    granted: false,
                    categories: CategorySet::EMPTY,
                    purposes: PurposeSet::EMPTY,
                    actions: ActionSet::EMPTY,
                    valid_from: 0,
                    valid_until: 0,
                    change: String::new(),
                    actor: Address::ZERO,
                    changed_at: 0,
                });
                let actor = match event {
                    C::ConsentGranted(e) => {
                        consent.granted = true;
                        consent.categories = CategorySet(e.categories);
                        consent.purposes = PurposeSet(e.purposes);
                        consent.actions = ActionSet(e.actions);
                        consent.valid_from = e.validFrom.to();
                        consent.valid_until = e.validUntil.to();
                        e.actor
                    }
                    C::ConsentNarrowed(e) => {
                        consent.categories = CategorySet(e.categories);
                        consent.purposes = PurposeSet(e.purposes);
                        consent.actions = ActionSet(e.actions);
                        consent.valid_from = e.validFrom.to();
                        consent.valid_until = e.validUntil.to();
                        e.actor
                    }
                    C::ConsentExtended(e) => {
                        consent.valid_until = e.validUntil.to();
                        e.actor
                    }
                    C::ConsentRevoked(e) => {
                        consent.granted = false;
                        e.actor
                    }
                    _ => Address::ZERO,
                };
                consent.change = name.to_owned();
                consent.actor = actor;
                consent.changed_at = time;
                out.push(version(
                    Kind::Consent,
                    key,
                    Some(patient),
                    Some(org),
                    &consent,
                ));
            }
            C::DelegateAppointed(e) => {
                let delegation = Delegation {
                    patient: e.patient,
                    delegate: e.delegate,
                    categories: CategorySet(e.categories),
                    purposes: PurposeSet(e.purposes),
                    actions: ActionSet(e.actions),
                    expires_at: e.expiresAt.to(),
                    active: true,
                    appointed_at: time,
                };
                out.push(version(
                    Kind::Delegation,
                    delegation_key(e.patient, e.delegate),
                    Some(e.patient),
                    None,
                    &delegation,
                ));
            }
            C::DelegateRemoved(e) => {
                let key = delegation_key(e.patient, e.delegate);
                let mut delegation: Delegation = load(lookup, name, Kind::Delegation, &key).await?;
                delegation.active = false;
                out.push(version(
                    Kind::Delegation,
                    key,
                    Some(e.patient),
                    None,
                    &delegation,
                ));
            }
            C::AccessRequested(e) => {
                let request = AccessRequest {
                    request_id: e.requestId,
                    patient: e.patient,
                    org_id: e.orgId,
                    practitioner: e.practitioner,
                    categories: CategorySet(e.categories),
                    purposes: PurposeSet(e.purposes),
                    actions: ActionSet(e.actions),
                    duration: e.duration.to(),
                    reason_hash: e.reasonHash,
                    requested_at: time,
                    expires_at: e.expiresAt.to(),
                    status: "pending".into(),
                    decided_by: None,
                    decided_at: None,
                };
                out.push(version(
                    Kind::Request,
                    e.requestId.to_string(),
                    Some(e.patient),
                    Some(e.orgId),
                    &request,
                ));
            }
            C::AccessRequestApproved(_)
            | C::AccessRequestDenied(_)
            | C::AccessRequestCancelled(_) => {
                let id = row.request_id.unwrap_or_default();
                let key = id.to_string();
                let mut request: AccessRequest = load(lookup, name, Kind::Request, &key).await?;
                request.status = match event {
                    C::AccessRequestApproved(_) => "approved",
                    C::AccessRequestDenied(_) => "denied",
                    _ => "cancelled",
                }
                .into();
                request.decided_by = row.account;
                request.decided_at = Some(time);
                out.push(version(
                    Kind::Request,
                    key,
                    row.patient,
                    row.org_id,
                    &request,
                ));
            }
            C::EmergencyAccessOpened(e) => {
                let access = EmergencyAccess {
                    patient: e.patient,
                    org_id: e.orgId,
                    practitioner: e.practitioner,
                    reason: EmergencyReason::from_code(e.reasonCode).map_err(code)?,
                    justification_hash: e.justificationHash,
                    categories: CategorySet(e.categories),
                    opened_at: time,
                    expires_at: e.expiresAt.to(),
                    closed_at: None,
                    closed_by: None,
                };
                out.push(version(
                    Kind::Emergency,
                    pair_key(e.patient, e.orgId),
                    Some(e.patient),
                    Some(e.orgId),
                    &access,
                ));
            }
            C::EmergencyAccessClosed(e) => {
                let key = pair_key(e.patient, e.orgId);
                let mut access: EmergencyAccess = load(lookup, name, Kind::Emergency, &key).await?;
                access.closed_at = Some(time);
                access.closed_by = Some(e.actor);
                out.push(version(
                    Kind::Emergency,
                    key,
                    Some(e.patient),
                    Some(e.orgId),
                    &access,
                ));
            }
            C::EIP712DomainChanged(_) => {}
            C::EmergencyPolicySet(e) => {
                let policy = EmergencyPolicy {
                    patient: e.patient,
                    opted_out: e.optedOut,
                    restricted_categories: CategorySet(e.restrictedCategories),
                    set_at: time,
                };
                out.push(version(
                    Kind::Policy,
                    format!("{:#x}", e.patient),
                    Some(e.patient),
                    None,
                    &policy,
                ));
            }
        },
        ConsentryEvent::Records(event) => match event {
            R::RecordAdded(e) => {
                let supersedes = (!e.supersedes.is_zero()).then_some(e.supersedes);
                if let Some(old) = supersedes {
                    let key = format!("{old:#x}");
                    let mut previous: Record = load(lookup, name, Kind::Record, &key).await?;
                    previous.status = "superseded".into();
                    previous.superseded_by = Some(e.recordId);
                    out.push(version(
                        Kind::Record,
                        key,
                        Some(previous.patient),
                        Some(previous.author_org),
                        &previous,
                    ));
                }
                let record = Record {
                    record_id: e.recordId,
                    patient: e.patient,
                    author_org: e.authorOrg,
                    practitioner: e.practitioner,
                    category: Category::from_code(e.category).map_err(code)?,
                    fhir_type: FhirResourceType::from_code(e.fhirType).map_err(code)?,
                    content_hash: e.contentHash,
                    supersedes,
                    superseded_by: None,
                    purpose: Some(Purpose::from_code(e.purpose).map_err(code)?),
                    basis: Some(Basis::from_code(e.basis).map_err(code)?),
                    status: "current".into(),
                    added_at: time,
                    retracted_at: None,
                    cosigning: None,
                };
                out.push(version(
                    Kind::Record,
                    format!("{:#x}", e.recordId),
                    Some(e.patient),
                    Some(e.authorOrg),
                    &record,
                ));
            }
            R::RecordRetracted(e) => {
                let key = format!("{:#x}", e.recordId);
                let mut record: Record = load(lookup, name, Kind::Record, &key).await?;
                record.status = "entered-in-error".into();
                record.retracted_at = Some(time);
                if let Some(old) = record.supersedes {
                    // As on chain: the version it replaced is current again.
                    let old_key = format!("{old:#x}");
                    let mut previous: Record = load(lookup, name, Kind::Record, &old_key).await?;
                    previous.status = "current".into();
                    previous.superseded_by = None;
                    out.push(version(
                        Kind::Record,
                        old_key,
                        Some(previous.patient),
                        Some(previous.author_org),
                        &previous,
                    ));
                }
                out.push(version(
                    Kind::Record,
                    key,
                    Some(record.patient),
                    Some(record.author_org),
                    &record,
                ));
            }
            // Read receipts are rows of the event log.
            R::RecordAccessed(_) | R::EIP712DomainChanged(_) => {}
            R::CosignPolicySet(e) => {
                let policy = CosignPolicy {
                    org_id: e.orgId,
                    category: Category::from_code(e.category).map_err(code)?,
                    fhir_type: match e.fhirType {
                        0 => None,
                        t => Some(FhirResourceType::from_code(t).map_err(code)?),
                    },
                    signers: CosignerSet(e.signers),
                    max_wait: e.maxWait.to(),
                    version: e.version,
                    set_at: time,
                };
                out.push(version(
                    Kind::CosignPolicy,
                    format!("{}:{}:{}", e.orgId, e.category, e.fhirType),
                    None,
                    Some(e.orgId),
                    &policy,
                ));
            }
            // Right after the `RecordAdded` of the same record: it is pending, and the version
            // it names stays current until the last signature.
            R::RecordPending(e) => {
                let key = format!("{:#x}", e.recordId);
                let mut record: Record = load(lookup, name, Kind::Record, &key).await?;
                record.status = "pending".into();
                record.cosigning = Some(RecordCosigning {
                    required: CosignerSet(e.required),
                    deadline: e.deadline.to(),
                    specialist: (!e.specialist.is_zero()).then_some(e.specialist),
                    policy_version: e.policyVersion,
                    signatures: Vec::new(),
                    rejection: None,
                    decided_at: None,
                });
                if let Some(old) = record.supersedes {
                    let old_key = format!("{old:#x}");
                    let mut previous: Record = load(lookup, name, Kind::Record, &old_key).await?;
                    previous.status = "current".into();
                    previous.superseded_by = None;
                    out.push(record_version(old_key, &previous));
                }
                out.push(record_version(key, &record));
            }
            R::RecordSigned(e) => {
                let key = format!("{:#x}", e.recordId);
                let mut record: Record = load(lookup, name, Kind::Record, &key).await?;
                let kind = Cosigner::from_code(e.kind).map_err(code)?;
                if let Some(cosigning) = record.cosigning.as_mut() {
                    cosigning.signatures.push(RecordSignature {
                        kind,
                        signer: e.signer,
                        signed_at: time,
                    });
                }
                out.push(record_version(key, &record));
            }
            R::RecordConfirmed(e) => {
                let key = format!("{:#x}", e.recordId);
                let mut record: Record = load(lookup, name, Kind::Record, &key).await?;
                record.status = "current".into();
                if let Some(cosigning) = record.cosigning.as_mut() {
                    cosigning.decided_at = Some(time);
                }
                if !e.supersedes.is_zero() {
                    let old_key = format!("{:#x}", e.supersedes);
                    let mut previous: Record = load(lookup, name, Kind::Record, &old_key).await?;
                    previous.status = "superseded".into();
                    previous.superseded_by = Some(e.recordId);
                    out.push(record_version(old_key, &previous));
                }
                out.push(record_version(key, &record));
            }
            R::RecordRejected(e) => {
                let key = format!("{:#x}", e.recordId);
                let mut record: Record = load(lookup, name, Kind::Record, &key).await?;
                record.status = "rejected".into();
                if let Some(cosigning) = record.cosigning.as_mut() {
                    cosigning.rejection = Some(RecordRejection {
                        by: e.signer,
                        kind: Cosigner::from_code(e.kind).map_err(code)?,
                        reason_hash: e.reasonHash,
                    });
                    cosigning.decided_at = Some(time);
                }
                out.push(record_version(key, &record));
            }
            R::RecordExpired(e) => {
                let key = format!("{:#x}", e.recordId);
                let mut record: Record = load(lookup, name, Kind::Record, &key).await?;
                record.status = "expired".into();
                if let Some(cosigning) = record.cosigning.as_mut() {
                    cosigning.decided_at = Some(time);
                }
                out.push(record_version(key, &record));
            }
        },
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
