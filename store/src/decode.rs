//! Logs to rows: each of the suite's events decoded with the generated bindings into its name
//! and the keys it is looked up by (patient, organisation, record, request, account); and, for
//! the API, its arguments as JSON ([`arguments`], from the stored log when it is read: the
//! store keeps each log's topics and data, not a second copy of them as text). Integers wider
//! than JavaScript's 2^53 are written as decimal strings.

use alloy::primitives::{Address, B256, Bytes};
use consentry_sdk::{
    bindings::{
        consent_registry::ConsentRegistry::ConsentRegistryEvents as C,
        organization_registry::OrganizationRegistry::OrganizationRegistryEvents as O,
        record_registry::RecordRegistry::RecordRegistryEvents as R,
    },
    events::ConsentryEvent,
    vocabulary::{ActionSet, CategorySet, CosignerSet, PurposeSet},
};
use serde_json::{Value, json};

/// Where a log sits in the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Its block.
    pub block_number: u64,
    /// That block's hash.
    pub block_hash: B256,
    /// That block's timestamp.
    pub block_timestamp: u64,
    /// Its transaction.
    pub tx_hash: B256,
    /// The transaction's index in the block.
    pub tx_index: u64,
    /// The log's index in the block.
    pub log_index: u64,
}

/// One event, ready to store.
#[derive(Debug, Clone)]
pub struct EventRow {
    /// Where it was emitted.
    pub position: Position,
    /// The emitting contract.
    pub address: Address,
    /// The raw topics.
    pub topics: Vec<B256>,
    /// The raw data.
    pub data: Bytes,
    /// The event's Solidity name.
    pub name: &'static str,
    /// The patient it concerns.
    pub patient: Option<Address>,
    /// The organisation it concerns.
    pub org_id: Option<u32>,
    /// The record it concerns.
    pub record_id: Option<B256>,
    /// The access request it concerns.
    pub request_id: Option<u64>,
    /// The other account it names: practitioner, delegate, admin, authority or actor.
    pub account: Option<Address>,
    /// The decoded event.
    pub event: ConsentryEvent,
}

/// A u64 as JSON: a number where a double holds it exactly, else a decimal string.
pub fn exact(value: u64) -> Value {
    if value < (1 << 53) {
        json!(value)
    } else {
        json!(value.to_string())
    }
}

fn names<T: std::fmt::Display>(set: T) -> Value {
    let text = set.to_string();
    json!(
        text.split(',')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
    )
}

impl EventRow {
    /// Decodes `log` (emitted at `position` by `address`); `None` for a log that is not one of
    /// the suite's events.
    pub fn decode(position: Position, log: &alloy::primitives::Log) -> Option<Self> {
        let event = ConsentryEvent::decode(log)?;
        let keys = Keys::of(&event);
        Some(EventRow {
            position,
            address: log.address,
            topics: log.topics().to_vec(),
            data: log.data.data.clone(),
            name: keys.name,
            patient: keys.patient,
            org_id: keys.org_id,
            record_id: keys.record_id,
            request_id: keys.request_id,
            account: keys.account,
            event,
        })
    }
}

/// What an event is named and looked up by.
#[derive(Default)]
struct Keys {
    name: &'static str,
    patient: Option<Address>,
    org_id: Option<u32>,
    record_id: Option<B256>,
    request_id: Option<u64>,
    account: Option<Address>,
}

impl Keys {
    fn named(name: &'static str) -> Self {
        Keys {
            name,
            ..Keys::default()
        }
    }

    fn org(mut self, org_id: u32) -> Self {
        self.org_id = Some(org_id);
        self
    }

    fn patient(mut self, patient: Address) -> Self {
        self.patient = Some(patient);
        self
    }

    fn account(mut self, account: Address) -> Self {
        self.account = Some(account);
        self
    }

    fn request(mut self, request_id: u64) -> Self {
        self.request_id = Some(request_id);
        self
    }

    fn record(mut self, record_id: B256) -> Self {
        self.record_id = Some(record_id);
        self
    }

    /// A consent's, request's or emergency's keys: patient, organisation and actor.
    fn pair(name: &'static str, patient: Address, org_id: u32, actor: Address) -> Self {
        Keys::named(name)
            .patient(patient)
            .org(org_id)
            .account(actor)
    }

    fn of(event: &ConsentryEvent) -> Self {
        match event {
            ConsentryEvent::Organizations(event) => match event {
                O::OrganizationAccredited(e) => Keys::named("OrganizationAccredited")
                    .org(e.orgId)
                    .account(e.admin),
                O::OrganizationSuspended(e) => Keys::named("OrganizationSuspended").org(e.orgId),
                O::OrganizationReinstated(e) => Keys::named("OrganizationReinstated").org(e.orgId),
                O::EmergencyCapabilitySet(e) => Keys::named("EmergencyCapabilitySet").org(e.orgId),
                O::EndpointUpdated(e) => Keys::named("EndpointUpdated").org(e.orgId),
                O::PractitionerAdded(e) => Keys::named("PractitionerAdded")
                    .org(e.orgId)
                    .account(e.account),
                O::PractitionerRemoved(e) => Keys::named("PractitionerRemoved")
                    .org(e.orgId)
                    .account(e.account),
                O::AdminTransferStarted(e) => Keys::named("AdminTransferStarted")
                    .org(e.orgId)
                    .account(e.pendingAdmin),
                O::AdminTransferred(e) => Keys::named("AdminTransferred")
                    .org(e.orgId)
                    .account(e.newAdmin),
                O::WritesPaused(e) => Keys::named("WritesPaused").account(e.authority),
                O::WritesResumed(e) => Keys::named("WritesResumed").account(e.authority),
                O::RoleGranted(e) => Keys::named("RoleGranted").account(e.account),
                O::RoleRevoked(e) => Keys::named("RoleRevoked").account(e.account),
                O::RoleAdminChanged(_) => Keys::named("RoleAdminChanged"),
            },
            ConsentryEvent::Consents(event) => match event {
                C::ConsentGranted(e) => Keys::pair("ConsentGranted", e.patient, e.orgId, e.actor),
                C::ConsentNarrowed(e) => Keys::pair("ConsentNarrowed", e.patient, e.orgId, e.actor),
                C::ConsentExtended(e) => Keys::pair("ConsentExtended", e.patient, e.orgId, e.actor),
                C::ConsentRevoked(e) => Keys::pair("ConsentRevoked", e.patient, e.orgId, e.actor),
                C::DelegateAppointed(e) => Keys::named("DelegateAppointed")
                    .patient(e.patient)
                    .account(e.delegate),
                C::DelegateRemoved(e) => Keys::named("DelegateRemoved")
                    .patient(e.patient)
                    .account(e.delegate),
                C::AccessRequested(e) => {
                    Keys::pair("AccessRequested", e.patient, e.orgId, e.practitioner)
                        .request(e.requestId)
                }
                C::AccessRequestApproved(e) => {
                    Keys::pair("AccessRequestApproved", e.patient, e.orgId, e.actor)
                        .request(e.requestId)
                }
                C::AccessRequestDenied(e) => {
                    Keys::pair("AccessRequestDenied", e.patient, e.orgId, e.actor)
                        .request(e.requestId)
                }
                C::AccessRequestCancelled(e) => {
                    Keys::pair("AccessRequestCancelled", e.patient, e.orgId, e.actor)
                        .request(e.requestId)
                }
                C::EmergencyAccessOpened(e) => {
                    Keys::pair("EmergencyAccessOpened", e.patient, e.orgId, e.practitioner)
                }
                C::EmergencyAccessClosed(e) => {
                    Keys::pair("EmergencyAccessClosed", e.patient, e.orgId, e.actor)
                }
                C::EIP712DomainChanged(_) => Keys::named("EIP712DomainChanged"),
                C::EmergencyPolicySet(e) => Keys::named("EmergencyPolicySet").patient(e.patient),
            },
            ConsentryEvent::Records(event) => {
                let (name, record, patient, org, account) = match event {
                    R::RecordAdded(e) => (
                        "RecordAdded",
                        e.recordId,
                        e.patient,
                        e.authorOrg,
                        e.practitioner,
                    ),
                    R::RecordRetracted(e) => (
                        "RecordRetracted",
                        e.recordId,
                        e.patient,
                        e.authorOrg,
                        e.practitioner,
                    ),
                    R::RecordAccessed(e) => (
                        "RecordAccessed",
                        e.recordId,
                        e.patient,
                        e.orgId,
                        e.practitioner,
                    ),
                    R::RecordConfirmed(e) => {
                        return Keys::named("RecordConfirmed")
                            .record(e.recordId)
                            .patient(e.patient)
                            .org(e.authorOrg);
                    }
                    R::CosignPolicySet(e) => return Keys::named("CosignPolicySet").org(e.orgId),
                    R::RecordPending(e) => {
                        return Keys::named("RecordPending")
                            .record(e.recordId)
                            .patient(e.patient)
                            .org(e.authorOrg);
                    }
                    R::RecordSigned(e) => {
                        ("RecordSigned", e.recordId, e.patient, e.authorOrg, e.signer)
                    }
                    R::RecordRejected(e) => (
                        "RecordRejected",
                        e.recordId,
                        e.patient,
                        e.authorOrg,
                        e.signer,
                    ),
                    R::RecordExpired(e) => {
                        return Keys::named("RecordExpired")
                            .record(e.recordId)
                            .patient(e.patient)
                            .org(e.authorOrg);
                    }
                    R::EIP712DomainChanged(_) => return Keys::named("EIP712DomainChanged"),
                };
                Keys::named(name)
                    .record(record)
                    .patient(patient)
                    .org(org)
                    .account(account)
            }
        }
    }
}

/// The arguments of `event`, as the API shows them.
pub fn arguments(event: &ConsentryEvent) -> Value {
    match event {
        ConsentryEvent::Organizations(event) => match event {
            O::OrganizationAccredited(e) => json!({
                "orgId": e.orgId, "admin": e.admin, "kind": e.kind,
                "emergencyCapable": e.emergencyCapable, "name": e.name,
                "fhirEndpoint": e.fhirEndpoint,
            }),
            O::OrganizationSuspended(e) => json!({ "orgId": e.orgId, "reasonHash": e.reasonHash }),
            O::OrganizationReinstated(e) => json!({ "orgId": e.orgId }),
            O::EmergencyCapabilitySet(e) => {
                json!({ "orgId": e.orgId, "emergencyCapable": e.emergencyCapable })
            }
            O::EndpointUpdated(e) => json!({ "orgId": e.orgId, "fhirEndpoint": e.fhirEndpoint }),
            O::PractitionerAdded(e) => {
                json!({ "orgId": e.orgId, "account": e.account, "role": e.role })
            }
            O::PractitionerRemoved(e) => json!({ "orgId": e.orgId, "account": e.account }),
            O::AdminTransferStarted(e) => {
                json!({ "orgId": e.orgId, "admin": e.admin, "pendingAdmin": e.pendingAdmin })
            }
            O::AdminTransferred(e) => json!({
                "orgId": e.orgId, "previousAdmin": e.previousAdmin, "newAdmin": e.newAdmin,
            }),
            O::WritesPaused(e) => json!({ "authority": e.authority }),
            O::WritesResumed(e) => json!({ "authority": e.authority }),
            O::RoleGranted(e) => {
                json!({ "role": e.role, "account": e.account, "sender": e.sender })
            }
            O::RoleRevoked(e) => {
                json!({ "role": e.role, "account": e.account, "sender": e.sender })
            }
            O::RoleAdminChanged(e) => json!({
                "role": e.role, "previousAdminRole": e.previousAdminRole,
                "newAdminRole": e.newAdminRole,
            }),
        },
        ConsentryEvent::Consents(event) => {
            let terms = |categories: u32, purposes: u8, actions: u8, from: u64, until: u64| {
                json!({
                    "categories": names(CategorySet(categories)),
                    "purposes": names(PurposeSet(purposes)),
                    "actions": names(ActionSet(actions)),
                    "validFrom": exact(from),
                    "validUntil": exact(until),
                })
            };
            match event {
                C::ConsentGranted(e) => terms(
                    e.categories,
                    e.purposes,
                    e.actions,
                    e.validFrom.to(),
                    e.validUntil.to(),
                ),
                C::ConsentNarrowed(e) => terms(
                    e.categories,
                    e.purposes,
                    e.actions,
                    e.validFrom.to(),
                    e.validUntil.to(),
                ),
                C::ConsentExtended(e) => json!({ "validUntil": exact(e.validUntil.to()) }),
                C::DelegateAppointed(e) => json!({
                    "categories": names(CategorySet(e.categories)),
                    "purposes": names(PurposeSet(e.purposes)),
                    "actions": names(ActionSet(e.actions)),
                    "expiresAt": exact(e.expiresAt.to()),
                }),
                C::DelegateRemoved(e) => json!({ "actor": e.actor }),
                C::AccessRequested(e) => json!({
                    "categories": names(CategorySet(e.categories)),
                    "purposes": names(PurposeSet(e.purposes)),
                    "actions": names(ActionSet(e.actions)),
                    "duration": exact(e.duration.to()),
                    "reasonHash": e.reasonHash,
                    "expiresAt": exact(e.expiresAt.to()),
                }),
                C::EmergencyAccessOpened(e) => json!({
                    "reasonCode": e.reasonCode,
                    "justificationHash": e.justificationHash,
                    "categories": names(CategorySet(e.categories)),
                    "expiresAt": exact(e.expiresAt.to()),
                }),
                C::EmergencyPolicySet(e) => json!({
                    "optedOut": e.optedOut,
                    "restrictedCategories": names(CategorySet(e.restrictedCategories)),
                }),
                C::ConsentRevoked(_)
                | C::AccessRequestApproved(_)
                | C::AccessRequestDenied(_)
                | C::AccessRequestCancelled(_)
                | C::EmergencyAccessClosed(_)
                | C::EIP712DomainChanged(_) => json!({}),
            }
        }
        ConsentryEvent::Records(event) => match event {
            R::RecordAdded(e) => json!({
                "category": e.category,
                "fhirType": e.fhirType,
                "contentHash": e.contentHash,
                "supersedes": (!e.supersedes.is_zero()).then_some(e.supersedes),
                "purpose": e.purpose,
                "basis": e.basis,
            }),
            R::RecordRetracted(_) | R::RecordExpired(_) | R::EIP712DomainChanged(_) => json!({}),
            R::RecordAccessed(e) => json!({ "purpose": e.purpose, "basis": e.basis }),
            R::CosignPolicySet(e) => json!({
                "category": e.category,
                "fhirType": e.fhirType,
                "signers": names(CosignerSet(e.signers)),
                "maxWait": exact(e.maxWait.to()),
                "version": e.version,
            }),
            R::RecordPending(e) => json!({
                "required": names(CosignerSet(e.required)),
                "deadline": exact(e.deadline.to()),
                "specialist": (!e.specialist.is_zero()).then_some(e.specialist),
                "policyVersion": e.policyVersion,
            }),
            R::RecordSigned(e) => json!({ "kind": e.kind }),
            R::RecordConfirmed(e) => json!({
                "supersedes": (!e.supersedes.is_zero()).then_some(e.supersedes),
            }),
            R::RecordRejected(e) => json!({ "kind": e.kind, "reasonHash": e.reasonHash }),
        },
    }
}

/// Rows built from the contracts' own events, for the store's unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use alloy::{
        primitives::{Address, B256, Log},
        sol_types::SolEvent,
    };

    use super::{EventRow, Position};

    /// `event` as a registry emitted it at log `log_index` of block `block` (timestamp
    /// `time`), decoded as the indexer decodes a log.
    pub(crate) fn row<E: SolEvent>(event: &E, block: u64, log_index: u64, time: u64) -> EventRow {
        let position = Position {
            block_number: block,
            block_hash: B256::with_last_byte(block as u8),
            block_timestamp: time,
            tx_hash: B256::with_last_byte(log_index as u8),
            tx_index: 0,
            log_index,
        };
        let log = Log {
            address: Address::repeat_byte(0xcc),
            data: event.encode_log_data(),
        };
        EventRow::decode(position, &log).expect("one of the suite's events")
    }
}
