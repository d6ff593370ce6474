//! Logs to rows: each of the suite's events decoded with the generated bindings into its name,
//! the keys it is looked up by (patient, organisation, record, request, account) and its
//! arguments as JSON. Integers wider than JavaScript's 2^53 are written as decimal strings.

use alloy::primitives::{Address, B256, Bytes};
use consentry_sdk::{
    bindings::{
        consent_registry::ConsentRegistry::ConsentRegistryEvents as C,
        organization_registry::OrganizationRegistry::OrganizationRegistryEvents as O,
        record_registry::RecordRegistry::RecordRegistryEvents as R,
    },
    events::ConsentryEvent,
    vocabulary::{ActionSet, CategorySet, PurposeSet},
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
    /// The arguments.
    pub args: Value,
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
        let mut row = EventRow {
            position,
            address: log.address,
            topics: log.topics().to_vec(),
            data: log.data.data.clone(),
            name: "",
            patient: None,
            org_id: None,
            record_id: None,
            request_id: None,
            account: None,
            args: Value::Null,
            event: event.clone(),
        };
        match &event {
            ConsentryEvent::Organizations(e) => row.organizations(e),
            ConsentryEvent::Consents(e) => row.consents(e),
            ConsentryEvent::Records(e) => row.records(e),
        }
        Some(row)
    }

    fn organizations(&mut self, event: &O) {
        let (name, org, account, args) = match event {
            O::OrganizationAccredited(e) => (
                "OrganizationAccredited",
                Some(e.orgId),
                Some(e.admin),
                json!({ "orgId": e.orgId, "admin": e.admin, "kind": e.kind,
                        "emergencyCapable": e.emergencyCapable, "name": e.name,
                        "fhirEndpoint": e.fhirEndpoint }),
            ),
            O::OrganizationSuspended(e) => (
                "OrganizationSuspended",
                Some(e.orgId),
                None,
                json!({ "orgId": e.orgId, "reasonHash": e.reasonHash }),
            ),
            O::OrganizationReinstated(e) => (
                "OrganizationReinstated",
                Some(e.orgId),
                None,
                json!({ "orgId": e.orgId }),
            ),
            O::EmergencyCapabilitySet(e) => (
                "EmergencyCapabilitySet",
                Some(e.orgId),
                None,
                json!({ "orgId": e.orgId, "emergencyCapable": e.emergencyCapable }),
            ),
            O::EndpointUpdated(e) => (
                "EndpointUpdated",
                Some(e.orgId),
                None,
                json!({ "orgId": e.orgId, "fhirEndpoint": e.fhirEndpoint }),
            ),
            O::PractitionerAdded(e) => (
                "PractitionerAdded",
                Some(e.orgId),
                Some(e.account),
                json!({ "orgId": e.orgId, "account": e.account, "role": e.role }),
            ),
            O::PractitionerRemoved(e) => (
                "PractitionerRemoved",
                Some(e.orgId),
                Some(e.account),
                json!({ "orgId": e.orgId, "account": e.account }),
            ),
            O::AdminTransferStarted(e) => (
                "AdminTransferStarted",
                Some(e.orgId),
                Some(e.pendingAdmin),
                json!({ "orgId": e.orgId, "admin": e.admin, "pendingAdmin": e.pendingAdmin }),
            ),
            O::AdminTransferred(e) => (
                "AdminTransferred",
                Some(e.orgId),
                Some(e.newAdmin),
                json!({ "orgId": e.orgId, "previousAdmin": e.previousAdmin,
                        "newAdmin": e.newAdmin }),
            ),
            O::WritesPaused(e) => (
                "WritesPaused",
                None,
                Some(e.authority),
                json!({ "authority": e.authority }),
            ),
            O::WritesResumed(e) => (
                "WritesResumed",
                None,
                Some(e.authority),
                json!({ "authority": e.authority }),
            ),
            O::RoleGranted(e) => (
                "RoleGranted",
                None,
                Some(e.account),
                json!({ "role": e.role, "account": e.account, "sender": e.sender }),
            ),
            O::RoleRevoked(e) => (
                "RoleRevoked",
                None,
                Some(e.account),
                json!({ "role": e.role, "account": e.account, "sender": e.sender }),
            ),
            O::RoleAdminChanged(e) => (
                "RoleAdminChanged",
                None,
                None,
                json!({ "role": e.role, "previousAdminRole": e.previousAdminRole,
                        "newAdminRole": e.newAdminRole }),
            ),
        };
        self.name = name;
        self.org_id = org;
        self.account = account;
        self.args = args;
    }

    fn consents(&mut self, event: &C) {
        let terms = |categories: u32, purposes: u8, actions: u8, from: u64, until: u64| {
            json!({
                "categories": names(CategorySet(categories)),
                "purposes": names(PurposeSet(purposes)),
                "actions": names(ActionSet(actions)),
                "validFrom": exact(from),
                "validUntil": exact(until),
            })
        };
        let (name, patient, org, account, request, args) = match event {
            C::ConsentGranted(e) => (
                "ConsentGranted",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                None,
                terms(
                    e.categories,
                    e.purposes,
                    e.actions,
                    e.validFrom.to(),
                    e.validUntil.to(),
                ),
            ),
            C::ConsentNarrowed(e) => (
                "ConsentNarrowed",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                None,
                terms(
                    e.categories,
                    e.purposes,
                    e.actions,
                    e.validFrom.to(),
                    e.validUntil.to(),
                ),
            ),
            C::ConsentExtended(e) => (
                "ConsentExtended",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                None,
                json!({ "validUntil": exact(e.validUntil.to()) }),
            ),
            C::ConsentRevoked(e) => (
                "ConsentRevoked",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                None,
                json!({}),
            ),
            C::DelegateAppointed(e) => (
                "DelegateAppointed",
                Some(e.patient),
                None,
                Some(e.delegate),
                None,
                json!({ "categories": names(CategorySet(e.categories)),
                        "expiresAt": exact(e.expiresAt.to()) }),
            ),
            C::DelegateRemoved(e) => (
                "DelegateRemoved",
                Some(e.patient),
                None,
                Some(e.delegate),
                None,
                json!({ "actor": e.actor }),
            ),
            C::AccessRequested(e) => (
                "AccessRequested",
                Some(e.patient),
                Some(e.orgId),
                Some(e.practitioner),
                Some(e.requestId),
                json!({
                    "categories": names(CategorySet(e.categories)),
                    "purposes": names(PurposeSet(e.purposes)),
                    "actions": names(ActionSet(e.actions)),
                    "duration": exact(e.duration.to()),
                    "reasonHash": e.reasonHash,
                    "expiresAt": exact(e.expiresAt.to()),
                }),
            ),
            C::AccessRequestApproved(e) => (
                "AccessRequestApproved",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                Some(e.requestId),
                json!({}),
            ),
            C::AccessRequestDenied(e) => (
                "AccessRequestDenied",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                Some(e.requestId),
                json!({}),
            ),
            C::AccessRequestCancelled(e) => (
                "AccessRequestCancelled",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                Some(e.requestId),
                json!({}),
            ),
            C::EmergencyAccessOpened(e) => (
                "EmergencyAccessOpened",
                Some(e.patient),
                Some(e.orgId),
                Some(e.practitioner),
                None,
                json!({
                    "reasonCode": e.reasonCode,
                    "justificationHash": e.justificationHash,
                    "categories": names(CategorySet(e.categories)),
                    "expiresAt": exact(e.expiresAt.to()),
                }),
            ),
            C::EmergencyAccessClosed(e) => (
                "EmergencyAccessClosed",
                Some(e.patient),
                Some(e.orgId),
                Some(e.actor),
                None,
                json!({}),
            ),
            C::EIP712DomainChanged(_) => ("EIP712DomainChanged", None, None, None, None, json!({})),
            C::EmergencyPolicySet(e) => (
                "EmergencyPolicySet",
                Some(e.patient),
                None,
                None,
                None,
                json!({ "optedOut": e.optedOut,
                        "restrictedCategories": names(CategorySet(e.restrictedCategories)) }),
            ),
        };
        self.name = name;
        self.patient = patient;
        self.org_id = org;
        self.account = account;
        self.request_id = request;
        self.args = args;
    }

    fn records(&mut self, event: &R) {
        let (name, record, patient, org, account, args) = match event {
            R::RecordAdded(e) => (
                "RecordAdded",
                e.recordId,
                e.patient,
                e.authorOrg,
                e.practitioner,
                json!({
                    "category": e.category,
                    "fhirType": e.fhirType,
                    "contentHash": e.contentHash,
                    "supersedes": (!e.supersedes.is_zero()).then_some(e.supersedes),
                }),
            ),
            R::RecordRetracted(e) => (
                "RecordRetracted",
                e.recordId,
                e.patient,
                e.authorOrg,
                e.practitioner,
                json!({}),
            ),
            R::RecordAccessed(e) => (
                "RecordAccessed",
                e.recordId,
                e.patient,
                e.orgId,
                e.practitioner,
                json!({ "purpose": e.purpose, "basis": e.basis }),
            ),
        };
        self.name = name;
        self.record_id = Some(record);
        self.patient = Some(patient);
        self.org_id = Some(org);
        self.account = Some(account);
        self.args = args;
    }
}
