//! The states and events the views are tested with: one of each kind a view tells apart.

use alloy::primitives::{Address, B256};
use consentry_sdk::vocabulary::{
    ActionSet, Basis, Category, CategorySet, FhirResourceType, NO_EXPIRY, OrganizationKind,
    Purpose, PurposeSet, Role,
};
use consentry_store::{
    StoredEvent,
    projection::{Consent, Organization, Practitioner, Record},
};
use serde_json::{Value, json};

use super::FhirContext;

pub(super) const NOW: u64 = 1_795_000_000;
pub(super) const DAY: u64 = 24 * 60 * 60;

pub(super) fn ctx() -> FhirContext {
    FhirContext {
        base_url: "http://127.0.0.1:8080/fhir".to_owned(),
        chain_id: 31337,
    }
}

pub(super) fn patient() -> Address {
    Address::repeat_byte(0xAB)
}

pub(super) fn doctor() -> Address {
    Address::repeat_byte(0xD0)
}

pub(super) fn delegate() -> Address {
    Address::repeat_byte(0xDE)
}

fn hospital() -> Organization {
    Organization {
        org_id: 1,
        name: "St. Example Hospital".to_owned(),
        kind: OrganizationKind::Hospital,
        admin: Address::repeat_byte(0xA1),
        pending_admin: None,
        fhir_endpoint: "https://fhir.example-hospital.org/r4".to_owned(),
        suspended: false,
        emergency_capable: true,
        accredited_at: NOW - 400 * DAY,
    }
}

pub(super) fn organizations() -> Vec<Organization> {
    let payer = Organization {
        org_id: 2,
        name: "Example Mutual".to_owned(),
        kind: OrganizationKind::Payer,
        fhir_endpoint: String::new(),
        suspended: true,
        emergency_capable: false,
        ..hospital()
    };
    let research = Organization {
        org_id: 4_000_000_000,
        kind: OrganizationKind::Research,
        ..hospital()
    };
    vec![hospital(), payer, research]
}

fn physician() -> Practitioner {
    Practitioner {
        account: doctor(),
        org_id: 1,
        role: Role::Physician,
        active: true,
        since: NOW - 300 * DAY,
        removed_at: None,
    }
}

pub(super) fn practitioners() -> Vec<Practitioner> {
    let removed_nurse = Practitioner {
        account: Address::repeat_byte(0x05),
        role: Role::Nurse,
        active: false,
        removed_at: Some(NOW - DAY),
        ..physician()
    };
    let records_officer = Practitioner {
        account: Address::repeat_byte(0x06),
        role: Role::RecordsOfficer,
        ..physician()
    };
    vec![physician(), removed_nurse, records_officer]
}

fn active_consent() -> Consent {
    Consent {
        patient: patient(),
        org_id: 1,
        granted: true,
        categories: "laboratory,vital_signs,mental_health,genomics"
            .parse()
            .expect("categories"),
        purposes: "TREAT,ETREAT".parse().expect("purposes"),
        actions: ActionSet::ALL,
        valid_from: NOW - 10 * DAY,
        valid_until: NO_EXPIRY,
        change: "ConsentGranted".to_owned(),
        actor: patient(),
        changed_at: NOW - 10 * DAY,
    }
}

/// (consent, expected status).
pub(super) fn consents() -> Vec<(Consent, &'static str)> {
    let revoked_by_delegate = Consent {
        org_id: 2,
        granted: false,
        valid_until: NOW + 30 * DAY,
        change: "ConsentRevoked".to_owned(),
        actor: delegate(),
        changed_at: NOW - DAY,
        ..active_consent()
    };
    let expired = Consent {
        org_id: 4_000_000_000,
        categories: CategorySet::STANDARD,
        purposes: PurposeSet::ALL,
        actions: "read".parse().expect("actions"),
        valid_until: NOW - DAY,
        ..active_consent()
    };
    let revoked_unknown = Consent {
        patient: patient(),
        org_id: 3,
        granted: false,
        categories: CategorySet::EMPTY,
        purposes: PurposeSet::EMPTY,
        actions: ActionSet::EMPTY,
        valid_from: 0,
        valid_until: 0,
        change: "ConsentRevoked".to_owned(),
        actor: patient(),
        changed_at: NOW,
    };
    vec![
        (active_consent(), "active"),
        (revoked_by_delegate, "inactive"),
        (expired, "inactive"),
        (revoked_unknown, "inactive"),
    ]
}

fn original_record() -> Record {
    Record {
        record_id: B256::repeat_byte(0x01),
        patient: patient(),
        author_org: 1,
        practitioner: doctor(),
        category: Category::Laboratory,
        fhir_type: FhirResourceType::Observation,
        content_hash: B256::repeat_byte(0xC1),
        supersedes: None,
        superseded_by: Some(B256::repeat_byte(0x02)),
        purpose: Some(Purpose::Etreat),
        basis: Some(Basis::Emergency),
        status: "superseded".to_owned(),
        added_at: NOW - 5 * DAY,
        retracted_at: None,
        cosigning: None,
    }
}

/// (record, expected status).
pub(super) fn records() -> Vec<(Record, &'static str)> {
    let current = Record {
        record_id: B256::repeat_byte(0x02),
        content_hash: B256::repeat_byte(0xC2),
        supersedes: Some(B256::repeat_byte(0x01)),
        superseded_by: None,
        status: "current".to_owned(),
        added_at: NOW - 4 * DAY,
        ..original_record()
    };
    let retracted = Record {
        record_id: B256::repeat_byte(0x03),
        category: Category::HivSti,
        fhir_type: FhirResourceType::DiagnosticReport,
        superseded_by: None,
        status: "entered-in-error".to_owned(),
        retracted_at: Some(NOW - DAY),
        ..original_record()
    };
    let genomics = Record {
        record_id: B256::repeat_byte(0x04),
        category: Category::Genomics,
        fhir_type: FhirResourceType::MolecularSequence,
        superseded_by: None,
        status: "current".to_owned(),
        ..original_record()
    };
    vec![
        (original_record(), "superseded"),
        (current, "current"),
        (retracted, "entered-in-error"),
        (genomics, "current"),
    ]
}

fn event(name: &str, log_index: u64, args: Value) -> StoredEvent {
    StoredEvent {
        block_number: 1234,
        log_index,
        tx_hash: B256::repeat_byte(0x7A),
        timestamp: NOW,
        name: name.to_owned(),
        patient: Some(patient()),
        org_id: Some(1),
        record_id: None,
        account: Some(doctor()),
        args,
    }
}

pub(super) fn events() -> Vec<StoredEvent> {
    let terms = json!({
        "categories": ["laboratory", "mental_health"],
        "purposes": ["TREAT"],
        "actions": ["read"],
        "validFrom": NOW,
        "validUntil": NO_EXPIRY,
    });
    vec![
        StoredEvent {
            record_id: Some(B256::repeat_byte(0x02)),
            ..event("RecordAccessed", 0, json!({ "purpose": 0, "basis": 1 }))
        },
        event(
            "AccessLogged",
            1,
            json!({
                "recordIds": [B256::repeat_byte(0x01), B256::repeat_byte(0x02)],
                "purpose": "HPAYMT",
            }),
        ),
        StoredEvent {
            account: Some(patient()),
            ..event("ConsentGranted", 2, terms.clone())
        },
        StoredEvent {
            account: Some(delegate()),
            ..event("ConsentNarrowed", 3, terms)
        },
        StoredEvent {
            account: Some(patient()),
            ..event(
                "ConsentExtended",
                4,
                json!({ "validUntil": NOW + 365 * DAY }),
            )
        },
        StoredEvent {
            account: Some(delegate()),
            ..event("ConsentRevoked", 5, json!({}))
        },
        StoredEvent {
            org_id: None,
            account: Some(delegate()),
            ..event(
                "DelegateAppointed",
                6,
                json!({ "categories": ["laboratory"], "expiresAt": NOW + DAY }),
            )
        },
        StoredEvent {
            org_id: None,
            account: Some(delegate()),
            ..event("DelegateRemoved", 7, json!({ "actor": patient() }))
        },
        event(
            "EmergencyAccessOpened",
            8,
            json!({
                "reasonCode": 2,
                "justificationHash": B256::repeat_byte(0x99),
                "categories": ["laboratory", "imaging"],
                "expiresAt": NOW + DAY,
            }),
        ),
        StoredEvent {
            account: Some(patient()),
            ..event("EmergencyAccessClosed", 9, json!({}))
        },
        StoredEvent {
            record_id: Some(B256::repeat_byte(0x02)),
            ..event(
                "RecordAdded",
                10,
                json!({
                    "category": 6,
                    "fhirType": 2,
                    "contentHash": B256::repeat_byte(0xC2),
                    "supersedes": B256::repeat_byte(0x01),
                }),
            )
        },
        StoredEvent {
            record_id: Some(B256::repeat_byte(0x03)),
            ..event("RecordRetracted", 11, json!({}))
        },
        StoredEvent {
            org_id: None,
            account: None,
            ..event(
                "EmergencyPolicySet",
                12,
                json!({ "optedOut": false, "restrictedCategories": [] }),
            )
        },
        event(
            "AccessRequested",
            13,
            json!({
                "categories": ["imaging"],
                "purposes": ["TREAT"],
                "actions": ["read"],
                "duration": 30 * DAY,
                "reasonHash": B256::repeat_byte(0x55),
                "expiresAt": NOW + 14 * DAY,
            }),
        ),
        StoredEvent {
            patient: None,
            account: None,
            ..event(
                "OrganizationSuspended",
                14,
                json!({ "orgId": 1, "reasonHash": B256::repeat_byte(0x66) }),
            )
        },
        StoredEvent {
            patient: None,
            org_id: None,
            account: Some(Address::repeat_byte(0xAA)),
            ..event(
                "WritesPaused",
                15,
                json!({ "authority": Address::repeat_byte(0xAA) }),
            )
        },
    ]
}

pub(super) fn codes(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item["code"].as_str().or(item["coding"][0]["code"].as_str()))
                .collect()
        })
        .unwrap_or_default()
}
