//! Who is in the demo: the organisations with their staff, the patients, their guardians,
//! and the newcomers; every key derived from a public label.

use alloy::{primitives::keccak256, signers::local::PrivateKeySigner};
use consentry_sdk::vocabulary::{OrganizationKind, Purpose, Role};

/// An organisation of the demo and its staff.
#[derive(Debug, Clone)]
pub(crate) struct DemoOrg {
    pub(crate) id: u32,
    pub(crate) name: &'static str,
    pub(crate) kind: OrganizationKind,
    pub(crate) emergency_capable: bool,
    pub(crate) fhir_endpoint: &'static str,
    pub(crate) admin: PrivateKeySigner,
    pub(crate) staff: Vec<(PrivateKeySigner, Role)>,
}

impl DemoOrg {
    /// Staff whose role acts for `purpose` (a billing officer does not write or read for
    /// treatment).
    pub(super) fn acting_for(&self, purpose: Purpose) -> Vec<&PrivateKeySigner> {
        self.staff
            .iter()
            .filter(|(_, role)| role.may_use(purpose))
            .map(|(key, _)| key)
            .collect()
    }

    pub(super) fn clinicians(&self) -> Vec<&PrivateKeySigner> {
        self.staff
            .iter()
            .filter(|(_, role)| role.is_clinical())
            .map(|(key, _)| key)
            .collect()
    }
}

/// Everyone in the demo.
#[derive(Debug, Clone)]
pub(crate) struct Cast {
    pub(crate) orgs: Vec<DemoOrg>,
    pub(crate) patients: Vec<PrivateKeySigner>,
    pub(crate) guardians: Vec<PrivateKeySigner>,
    /// Funded patients who have done nothing yet: for trying a first grant.
    pub(crate) newcomers: Vec<PrivateKeySigner>,
}

/// A deterministic key for a demo account (these keys are public: local chains only).
fn demo_key(label: &str) -> PrivateKeySigner {
    let mut counter = 0u32;
    loop {
        let bytes = keccak256(format!("consentry demo {label} {counter}"));
        if let Ok(key) = PrivateKeySigner::from_bytes(&bytes) {
            return key;
        }
        counter += 1;
    }
}

impl Cast {
    /// Three hospitals and two laboratories with 30 practitioners, `patients` patients, some
    /// guardians and five newcomers. Organisation ids count from `first_org`.
    pub(crate) fn new(patients: usize, first_org: u32) -> Self {
        let hospital_staff = [
            Role::Physician,
            Role::Physician,
            Role::Physician,
            Role::Nurse,
            Role::Nurse,
            Role::Nurse,
            Role::RecordsOfficer,
            Role::BillingOfficer,
        ];
        let lab_staff = [Role::LabScientist, Role::LabScientist, Role::LabScientist];
        let specs: [(&str, OrganizationKind, bool, &str); 5] = [
            (
                "St Mary's Hospital",
                OrganizationKind::Hospital,
                true,
                "https://fhir.stmarys.example/r4",
            ),
            (
                "Riverside General Hospital",
                OrganizationKind::Hospital,
                true,
                "https://fhir.riverside.example/r4",
            ),
            (
                "Northgate Children's Hospital",
                OrganizationKind::Hospital,
                false,
                "https://fhir.northgate.example/r4",
            ),
            (
                "City Diagnostics Laboratory",
                OrganizationKind::Laboratory,
                false,
                "https://fhir.citydiagnostics.example/r4",
            ),
            (
                "Westbrook Pathology",
                OrganizationKind::Laboratory,
                false,
                "https://fhir.westbrook.example/r4",
            ),
        ];
        let orgs = specs
            .iter()
            .zip(first_org..)
            .map(|(&(name, kind, emergency_capable, fhir_endpoint), id)| {
                let roles: &[Role] = if kind == OrganizationKind::Hospital {
                    &hospital_staff
                } else {
                    &lab_staff
                };
                DemoOrg {
                    id,
                    name,
                    kind,
                    emergency_capable,
                    fhir_endpoint,
                    admin: demo_key(&format!("admin {name}")),
                    staff: roles
                        .iter()
                        .enumerate()
                        .map(|(i, role)| (demo_key(&format!("staff {name} {i}")), *role))
                        .collect(),
                }
            })
            .collect();
        Cast {
            orgs,
            patients: (0..patients)
                .map(|i| demo_key(&format!("patient {i}")))
                .collect(),
            guardians: (0..patients.div_ceil(30))
                .map(|i| demo_key(&format!("guardian {i}")))
                .collect(),
            newcomers: (0..5).map(|i| demo_key(&format!("newcomer {i}"))).collect(),
        }
    }

    pub(super) fn hospitals(&self) -> Vec<&DemoOrg> {
        self.orgs
            .iter()
            .filter(|o| o.kind == OrganizationKind::Hospital)
            .collect()
    }

    pub(super) fn labs(&self) -> Vec<&DemoOrg> {
        self.orgs
            .iter()
            .filter(|o| o.kind == OrganizationKind::Laboratory)
            .collect()
    }

    /// Every account that sends a transaction (to be funded).
    pub(crate) fn accounts(&self) -> Vec<&PrivateKeySigner> {
        let mut all: Vec<&PrivateKeySigner> = Vec::new();
        for org in &self.orgs {
            all.push(&org.admin);
            all.extend(org.staff.iter().map(|(key, _)| key));
        }
        all.extend(&self.patients);
        all.extend(&self.guardians);
        all.extend(&self.newcomers);
        all
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use alloy::primitives::Address;

    use super::*;

    #[test]
    fn the_cast_is_the_issue_s() {
        let cast = Cast::new(1000, 1);
        assert_eq!(cast.hospitals().len(), 3);
        assert_eq!(cast.labs().len(), 2);
        let staff: usize = cast.orgs.iter().map(|o| o.staff.len()).sum();
        assert_eq!(staff, 30);
        assert_eq!(cast.patients.len(), 1000);
        let accounts: HashSet<Address> = cast.accounts().iter().map(|k| k.address()).collect();
        assert_eq!(
            accounts.len(),
            cast.accounts().len(),
            "every key is distinct"
        );
    }
}
