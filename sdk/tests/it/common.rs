//! A suite in revm with a hospital (emergency-capable), a laboratory and a clinic, their
//! practitioners, and helpers to act as them.
#![allow(dead_code)]

use alloy::primitives::{Address, B256};
use consentry_sdk::{
    bindings::{consent_registry::ConsentRegistry, organization_registry::OrganizationRegistry},
    harness::Harness,
    types::ConsentTerms,
    vocabulary::{ActionSet, CategorySet, OrganizationKind, PurposeSet, Role},
};

pub(crate) const HOSPITAL: u32 = 1;
pub(crate) const LAB: u32 = 2;
pub(crate) const CLINIC: u32 = 3;

pub(crate) struct World {
    pub(crate) h: Harness,
    pub(crate) doctor: Address,
    pub(crate) nurse: Address,
    pub(crate) billing: Address,
    pub(crate) lab_tech: Address,
    pub(crate) clinic_doctor: Address,
}

pub(crate) fn account(n: u8) -> Address {
    Address::repeat_byte(n)
}

pub(crate) fn world(chain_id: u64) -> World {
    let mut h = Harness::new(chain_id).expect("suite deploys");
    let orgs = h.suite.organizations;
    let authority = h.authority;
    for (kind, admin, capable, name) in [
        (
            OrganizationKind::Hospital,
            account(0x11),
            true,
            "General Hospital",
        ),
        (
            OrganizationKind::Laboratory,
            account(0x12),
            false,
            "City Lab",
        ),
        (
            OrganizationKind::Clinic,
            account(0x13),
            false,
            "Corner Clinic",
        ),
    ] {
        h.send(
            authority,
            orgs,
            OrganizationRegistry::accreditCall {
                kind: kind.code(),
                admin,
                emergencyCapable: capable,
                name: name.into(),
                endpoint: format!(
                    "https://fhir.{}.example/r4",
                    name.to_lowercase().replace(' ', "-")
                ),
            },
        )
        .expect("accredit");
    }
    let world = World {
        doctor: account(0x21),
        nurse: account(0x22),
        billing: account(0x23),
        lab_tech: account(0x24),
        clinic_doctor: account(0x25),
        h,
    };
    let mut h = world.h;
    for (org, admin, who, role) in [
        (HOSPITAL, account(0x11), world.doctor, Role::Physician),
        (HOSPITAL, account(0x11), world.nurse, Role::Nurse),
        (HOSPITAL, account(0x11), world.billing, Role::BillingOfficer),
        (LAB, account(0x12), world.lab_tech, Role::LabScientist),
        (CLINIC, account(0x13), world.clinic_doctor, Role::Physician),
    ] {
        h.send(
            admin,
            orgs,
            OrganizationRegistry::addPractitionerCall {
                orgId: org,
                account: who,
                role: role.code(),
            },
        )
        .expect("add practitioner");
    }
    World { h, ..world }
}

pub(crate) fn lab_terms(now: u64) -> ConsentTerms {
    ConsentTerms {
        categories: "laboratory,imaging".parse::<CategorySet>().unwrap(),
        purposes: "TREAT".parse::<PurposeSet>().unwrap(),
        actions: ActionSet::ALL,
        valid_from: now,
        valid_until: now + 365 * 24 * 3600,
    }
}

pub(crate) fn consent_of(h: &mut Harness, patient: Address, org: u32) -> ConsentRegistry::Consent {
    let consents = h.suite.consents;
    h.call(
        Address::ZERO,
        consents,
        ConsentRegistry::consentOfCall {
            patient,
            orgId: org,
        },
    )
    .expect("consentOf")
}

pub(crate) fn zero_hash() -> B256 {
    B256::ZERO
}
