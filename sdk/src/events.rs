//! The suite's events, decoded from raw logs with the generated bindings.

use alloy::{
    primitives::{B256, Log},
    sol_types::SolEventInterface,
};
use consentry_bindings::{
    consent_registry::ConsentRegistry::ConsentRegistryEvents,
    organization_registry::OrganizationRegistry::OrganizationRegistryEvents,
    record_registry::RecordRegistry::RecordRegistryEvents,
};

/// Each registry's event names and, in the same order, their selectors.
const REGISTRIES: [(&[&str], &[[u8; 32]]); 3] = [
    (
        ConsentRegistryEvents::VARIANT_NAMES,
        ConsentRegistryEvents::SELECTORS,
    ),
    (
        RecordRegistryEvents::VARIANT_NAMES,
        RecordRegistryEvents::SELECTORS,
    ),
    (
        OrganizationRegistryEvents::VARIANT_NAMES,
        OrganizationRegistryEvents::SELECTORS,
    ),
];

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

    /// The first topic of the suite's event named `name` (its signature's hash), or `None` for
    /// a name that is none of them. Names are unique across the three registries (an event
    /// two of them share, such as `EIP712DomainChanged`, has one signature), so a stored log
    /// may keep its name instead of its first topic.
    pub fn selector(name: &str) -> Option<B256> {
        REGISTRIES.into_iter().find_map(|(names, selectors)| {
            let at = names.iter().position(|n| *n == name)?;
            Some(B256::from(selectors[at]))
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// Every event of the three registries, by name: a name with two signatures would make a
    /// stored name ambiguous.
    #[test]
    fn each_event_name_has_one_selector() {
        let mut seen: HashMap<&str, [u8; 32]> = HashMap::new();
        for (names, selectors) in REGISTRIES {
            assert_eq!(names.len(), selectors.len());
            for (name, selector) in names.iter().zip(selectors) {
                if let Some(other) = seen.insert(name, *selector) {
                    assert_eq!(other, *selector, "{name} has two signatures");
                }
                assert_eq!(ConsentryEvent::selector(name), Some(B256::from(*selector)));
            }
        }
        assert!(seen.len() >= 30, "{}", seen.len());
        assert_eq!(ConsentryEvent::selector("Transfer"), None);
    }

    /// The selector of a name is its signature's hash, as the log's first topic carries it.
    #[test]
    fn a_selector_is_the_signature_hash() {
        use alloy::sol_types::SolEvent;
        use consentry_bindings::record_registry::RecordRegistry::RecordAccessed;
        assert_eq!(
            ConsentryEvent::selector("RecordAccessed"),
            Some(RecordAccessed::SIGNATURE_HASH)
        );
    }
}
