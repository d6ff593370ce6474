//! The suite's events, decoded from raw logs with the generated bindings.

use alloy::{primitives::Log, sol_types::SolEventInterface};
use consentry_bindings::{
    consent_registry::ConsentRegistry::ConsentRegistryEvents,
    organization_registry::OrganizationRegistry::OrganizationRegistryEvents,
    record_registry::RecordRegistry::RecordRegistryEvents,
};

/// An event of one of the three registries.
#[derive(Debug, Clone)]
pub enum ConsentryEvent {
    /// Accreditation, status, rosters, pause (and AccessControl's role events).
    Organizations(OrganizationRegistryEvents),
    /// Consents, delegates, requests, emergencies.
    Consents(ConsentRegistryEvents),
    /// Record pointers and read receipts.
    Records(RecordRegistryEvents),
}

impl ConsentryEvent {
    /// Decodes `log` if its first topic is an event of the suite. The caller filters by
    /// emitting address: topics alone do not say which deployment emitted a log.
    pub fn decode(log: &Log) -> Option<Self> {
        let topics = log.topics();
        let data = &log.data.data;
        if let Ok(event) = ConsentRegistryEvents::decode_raw_log(topics, data) {
            return Some(ConsentryEvent::Consents(event));
        }
        if let Ok(event) = RecordRegistryEvents::decode_raw_log(topics, data) {
            return Some(ConsentryEvent::Records(event));
        }
        OrganizationRegistryEvents::decode_raw_log(topics, data)
            .ok()
            .map(ConsentryEvent::Organizations)
    }
}
