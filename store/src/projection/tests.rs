//! `project` over short sequences of the contracts' events, through an in-memory [`Lookup`]:
//! each test names the entity's versions it expects, field by field.

use std::collections::HashMap;

use alloy::primitives::{B256, aliases::U40};
use consentry_sdk::{
    bindings::{
        consent_registry::ConsentRegistry::{
            AccessRequestApproved, AccessRequested, ConsentGranted, ConsentNarrowed, ConsentRevoked,
        },
        organization_registry::OrganizationRegistry::{PractitionerAdded, PractitionerRemoved},
        record_registry::RecordRegistry::{
            CosignPolicySet, RecordAdded, RecordConfirmed, RecordExpired, RecordPending,
            RecordRejected, RecordRetracted, RecordSigned,
        },
    },
    vocabulary::Action,
};

use super::*;
use crate::decode::testing::row;

const PATIENT: Address = Address::repeat_byte(0x01);
const DELEGATE: Address = Address::repeat_byte(0x02);
const DOCTOR: Address = Address::repeat_byte(0x03);

/// The latest state of each entity, as the store's `current_versions` would give it.
#[derive(Default)]
struct Memory(HashMap<(Kind, String), Value>);

impl Lookup for Memory {
    fn current(
        &mut self,
        kind: Kind,
        key: &str,
    ) -> impl Future<Output = Result<Option<Value>, ProjectionError>> + Send {
        std::future::ready(Ok(self.0.get(&(kind, key.to_owned())).cloned()))
    }
}

impl Memory {
    /// Projects `row` and keeps its versions as the latest states, as a batch does.
    async fn apply(&mut self, row: &EventRow) -> Vec<Version> {
        let versions = project(row, self).await.expect("the event projects");
        for version in &versions {
            self.0
                .insert((version.kind, version.key.clone()), version.state.clone());
        }
        versions
    }
}

/// The state of `version`, typed.
fn state<T: DeserializeOwned>(version: &Version) -> T {
    serde_json::from_value(version.state.clone()).expect("a state of its kind")
}

fn at(seconds: u64) -> U40 {
    U40::from(seconds)
}

/// A grant, a narrowing by a delegate and a revocation: three versions of one consent, each
/// with the terms, the change, its actor and its time; the revocation keeps the last terms.
#[tokio::test]
async fn a_consent_granted_narrowed_then_revoked_has_three_versions() {
    let mut memory = Memory::default();
    let both = Category::Laboratory.mask() | Category::Imaging.mask();
    let granted = row(
        &ConsentGranted {
            patient: PATIENT,
            orgId: 7,
            actor: PATIENT,
            categories: both,
            purposes: Purpose::Treat.mask(),
            actions: Action::Read.mask() | Action::Write.mask(),
            validFrom: at(100),
            validUntil: at(1_000),
        },
        1,
        0,
        50,
    );
    let narrowed = row(
        &ConsentNarrowed {
            patient: PATIENT,
            orgId: 7,
            actor: DELEGATE,
            categories: Category::Laboratory.mask(),
            purposes: Purpose::Treat.mask(),
            actions: Action::Read.mask(),
            validFrom: at(100),
            validUntil: at(500),
        },
        2,
        0,
        60,
    );
    let revoked = row(
        &ConsentRevoked {
            patient: PATIENT,
            orgId: 7,
            actor: PATIENT,
        },
        3,
        4,
        70,
    );

    let mut states = Vec::new();
    for event in [&granted, &narrowed, &revoked] {
        let versions = memory.apply(event).await;
        assert_eq!(versions.len(), 1, "{}", event.name);
        let version = &versions[0];
        assert_eq!(
            (
                version.kind,
                version.key.as_str(),
                version.patient,
                version.org_id
            ),
            (
                Kind::Consent,
                pair_key(PATIENT, 7).as_str(),
                Some(PATIENT),
                Some(7)
            ),
            "{}",
            event.name
        );
        states.push(state::<Consent>(version));
    }

    let first = Consent {
        patient: PATIENT,
        org_id: 7,
        granted: true,
        categories: CategorySet(both),
        purposes: PurposeSet(Purpose::Treat.mask()),
        actions: ActionSet(Action::Read.mask() | Action::Write.mask()),
        valid_from: 100,
        valid_until: 1_000,
        change: "ConsentGranted".into(),
        actor: PATIENT,
        changed_at: 50,
    };
    let second = Consent {
        categories: CategorySet(Category::Laboratory.mask()),
        actions: ActionSet(Action::Read.mask()),
        valid_until: 500,
        change: "ConsentNarrowed".into(),
        actor: DELEGATE,
        changed_at: 60,
        ..first
    };
    let third = Consent {
        granted: false,
        change: "ConsentRevoked".into(),
        actor: PATIENT,
        changed_at: 70,
        ..second
    };
    assert_eq!(states, vec![first, second, third]);
}

/// A practitioner removed from one organisation and added at another stays one entity (keyed
/// by account): removed with its time, then active at the new organisation from the new time.
#[tokio::test]
async fn a_practitioner_moved_to_another_organisation_is_one_entity() {
    let mut memory = Memory::default();
    let events = [
        row(
            &PractitionerAdded {
                orgId: 1,
                account: DOCTOR,
                role: Role::Physician.code(),
            },
            1,
            0,
            10,
        ),
        row(
            &PractitionerRemoved {
                orgId: 1,
                account: DOCTOR,
            },
            2,
            0,
            20,
        ),
        row(
            &PractitionerAdded {
                orgId: 2,
                account: DOCTOR,
                role: Role::Nurse.code(),
            },
            3,
            0,
            30,
        ),
    ];
    let mut versions = Vec::new();
    for event in &events {
        versions.extend(memory.apply(event).await);
    }
    let key = format!("{DOCTOR:#x}");
    assert!(
        versions
            .iter()
            .all(|v| v.kind == Kind::Practitioner && v.key == key && v.patient.is_none()),
        "{versions:?}"
    );
    assert_eq!(
        versions.iter().map(|v| v.org_id).collect::<Vec<_>>(),
        vec![Some(1), Some(1), Some(2)]
    );
    let added = Practitioner {
        account: DOCTOR,
        org_id: 1,
        role: Role::Physician,
        active: true,
        since: 10,
        removed_at: None,
    };
    let removed = Practitioner {
        active: false,
        removed_at: Some(20),
        ..added
    };
    let moved = Practitioner {
        account: DOCTOR,
        org_id: 2,
        role: Role::Nurse,
        active: true,
        since: 30,
        removed_at: None,
    };
    assert_eq!(
        versions.iter().map(state).collect::<Vec<Practitioner>>(),
        vec![added, removed, moved]
    );
}

/// A request, then its approval: the second version is the first with the outcome, who
/// decided and when; the key is the request id in decimal, exact beyond 2^53.
#[tokio::test]
async fn an_approved_access_request_records_who_decided_and_when() {
    let mut memory = Memory::default();
    let id = (1u64 << 60) + 1;
    let requested = row(
        &AccessRequested {
            requestId: id,
            patient: PATIENT,
            orgId: 3,
            practitioner: DOCTOR,
            categories: Category::Allergies.mask(),
            purposes: Purpose::Treat.mask(),
            actions: Action::Read.mask(),
            duration: at(3_600),
            reasonHash: B256::repeat_byte(0xaa),
            expiresAt: at(900),
        },
        1,
        0,
        100,
    );
    let approved = row(
        &AccessRequestApproved {
            requestId: id,
            patient: PATIENT,
            orgId: 3,
            actor: DELEGATE,
        },
        2,
        0,
        150,
    );
    let first = memory.apply(&requested).await;
    let second = memory.apply(&approved).await;
    for versions in [&first, &second] {
        assert_eq!(versions.len(), 1);
        assert_eq!(
            (
                versions[0].kind,
                versions[0].key.as_str(),
                versions[0].patient,
                versions[0].org_id
            ),
            (Kind::Request, "1152921504606846977", Some(PATIENT), Some(3))
        );
    }
    let pending = AccessRequest {
        request_id: id,
        patient: PATIENT,
        org_id: 3,
        practitioner: DOCTOR,
        categories: CategorySet(Category::Allergies.mask()),
        purposes: PurposeSet(Purpose::Treat.mask()),
        actions: ActionSet(Action::Read.mask()),
        duration: 3_600,
        reason_hash: B256::repeat_byte(0xaa),
        requested_at: 100,
        expires_at: 900,
        status: "pending".into(),
        decided_by: None,
        decided_at: None,
    };
    assert_eq!(state::<AccessRequest>(&first[0]), pending);
    assert_eq!(
        state::<AccessRequest>(&second[0]),
        AccessRequest {
            status: "approved".into(),
            decided_by: Some(DELEGATE),
            decided_at: Some(150),
            ..pending
        }
    );
}

/// An answer to a request no event created is refused by name, not projected from nothing.
#[tokio::test]
async fn approving_an_unknown_request_is_missing() {
    let approved = row(
        &AccessRequestApproved {
            requestId: 42,
            patient: PATIENT,
            orgId: 3,
            actor: PATIENT,
        },
        1,
        0,
        100,
    );
    let error = project(&approved, &mut Memory::default())
        .await
        .unwrap_err();
    assert!(
        matches!(
            &error,
            ProjectionError::Missing { event: "AccessRequestApproved", kind: "request", key }
                if key == "42"
        ),
        "{error}"
    );
}

/// A code outside the vocabulary names the event that carried it.
#[tokio::test]
async fn an_unknown_role_code_is_refused() {
    let added = row(
        &PractitionerAdded {
            orgId: 1,
            account: DOCTOR,
            role: 0,
        },
        1,
        0,
        10,
    );
    let error = project(&added, &mut Memory::default()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            ProjectionError::Code { event: "PractitionerAdded", source } if source.code == 0
        ),
        "{error}"
    );
}

/// A record superseded by a second, then the second retracted: as on chain, the first is
/// current again (its `superseded_by` cleared) and the second is entered-in-error.
#[tokio::test]
async fn a_retracted_record_makes_the_one_it_replaced_current_again() {
    let mut memory = Memory::default();
    let (first, second) = (B256::repeat_byte(0x0f), B256::repeat_byte(0x1f));
    let added = |id, supersedes, time| {
        row(
            &RecordAdded {
                recordId: id,
                patient: PATIENT,
                authorOrg: 4,
                practitioner: DOCTOR,
                category: Category::Laboratory.code(),
                fhirType: FhirResourceType::Observation.code(),
                contentHash: B256::repeat_byte(0xcc),
                supersedes,
                purpose: Purpose::Treat.code(),
                basis: Basis::Consent.code(),
            },
            time,
            0,
            time,
        )
    };
    let original = memory.apply(&added(first, B256::ZERO, 10)).await;
    let replaced = memory.apply(&added(second, first, 20)).await;
    let retracted = memory
        .apply(&row(
            &RecordRetracted {
                recordId: second,
                patient: PATIENT,
                authorOrg: 4,
                practitioner: DOCTOR,
            },
            30,
            0,
            30,
        ))
        .await;

    let current = Record {
        record_id: first,
        patient: PATIENT,
        author_org: 4,
        practitioner: DOCTOR,
        category: Category::Laboratory,
        fhir_type: FhirResourceType::Observation,
        content_hash: B256::repeat_byte(0xcc),
        supersedes: None,
        superseded_by: None,
        purpose: Some(Purpose::Treat),
        basis: Some(Basis::Consent),
        status: "current".into(),
        added_at: 10,
        retracted_at: None,
        cosigning: None,
    };
    let superseded = Record {
        status: "superseded".into(),
        superseded_by: Some(second),
        ..current.clone()
    };
    let replacement = Record {
        record_id: second,
        supersedes: Some(first),
        added_at: 20,
        ..current.clone()
    };
    let in_error = Record {
        status: "entered-in-error".into(),
        retracted_at: Some(30),
        ..replacement.clone()
    };
    let keyed = |versions: &[Version]| -> Vec<(String, Record)> {
        versions
            .iter()
            .map(|v| {
                assert_eq!(
                    (v.kind, v.patient, v.org_id),
                    (Kind::Record, Some(PATIENT), Some(4))
                );
                (v.key.clone(), state(v))
            })
            .collect()
    };
    let (first_key, second_key) = (format!("{first:#x}"), format!("{second:#x}"));
    assert_eq!(keyed(&original), vec![(first_key.clone(), current.clone())]);
    assert_eq!(
        keyed(&replaced),
        vec![
            (first_key.clone(), superseded),
            (second_key.clone(), replacement)
        ]
    );
    assert_eq!(
        keyed(&retracted),
        vec![(first_key, current), (second_key, in_error)]
    );
}

/// Co-signing (issue 24): a policy's versions; a new version added under it is pending and
/// leaves the version it names current; each signature is kept; the last makes it current and
/// supersedes its predecessor; a rejection and an expiry end others, with who and when.
#[tokio::test]
async fn co_signed_records_are_pending_until_the_last_signature() {
    let mut memory = Memory::default();
    let specialist = Address::repeat_byte(0x05);
    let head = Address::repeat_byte(0x06);
    let required = Cosigner::HeadOfDepartment.mask() | Cosigner::Patient.mask();
    let policy = memory
        .apply(&row(
            &CosignPolicySet {
                orgId: 4,
                category: Category::Imaging.code(),
                fhirType: 0,
                signers: required,
                maxWait: at(14 * 86_400),
                version: 1,
            },
            1,
            0,
            5,
        ))
        .await;
    assert_eq!(policy.len(), 1);
    assert_eq!(
        (policy[0].kind, policy[0].key.as_str()),
        (Kind::CosignPolicy, "4:7:0")
    );
    let stated: CosignPolicy = state(&policy[0]);
    assert_eq!(stated.signers, CosignerSet(required));
    assert_eq!(
        (stated.fhir_type, stated.max_wait, stated.version),
        (None, 14 * 86_400, 1)
    );

    let (first, second, third) = (
        B256::repeat_byte(0xa1),
        B256::repeat_byte(0xa2),
        B256::repeat_byte(0xa3),
    );
    let added = |id: B256, supersedes: B256, time: u64| {
        row(
            &RecordAdded {
                recordId: id,
                patient: PATIENT,
                authorOrg: 4,
                practitioner: DOCTOR,
                category: Category::Imaging.code(),
                fhirType: FhirResourceType::DiagnosticReport.code(),
                contentHash: id,
                supersedes,
                purpose: Purpose::Treat.code(),
                basis: Basis::Consent.code(),
            },
            time,
            0,
            time,
        )
    };
    let pending = |id: B256, time: u64| {
        row(
            &RecordPending {
                recordId: id,
                patient: PATIENT,
                authorOrg: 4,
                required,
                deadline: at(time + 100),
                specialist,
                policyVersion: 1,
            },
            time,
            1,
            time,
        )
    };
    let record = |memory: &Memory, id: B256| -> Record {
        serde_json::from_value(memory.0[&(Kind::Record, format!("{id:#x}"))].clone()).unwrap()
    };
    memory.apply(&added(first, B256::ZERO, 10)).await;
    memory.apply(&added(second, first, 20)).await;
    assert_eq!(
        record(&memory, first).status,
        "superseded",
        "as RecordAdded alone says"
    );
    memory.apply(&pending(second, 20)).await;
    assert_eq!(
        record(&memory, first).status,
        "current",
        "a pending version supersedes nothing"
    );
    assert_eq!(record(&memory, first).superseded_by, None);
    let waiting = record(&memory, second);
    assert_eq!(waiting.status, "pending");
    let cosigning = waiting.cosigning.expect("co-signing state");
    assert_eq!(
        (cosigning.deadline, cosigning.specialist),
        (120, Some(specialist))
    );
    assert_eq!(cosigning.awaited(), CosignerSet(required));

    let signed = |kind: Cosigner, signer: Address, time: u64| {
        row(
            &RecordSigned {
                recordId: second,
                patient: PATIENT,
                authorOrg: 4,
                signer,
                kind: kind.code(),
            },
            time,
            0,
            time,
        )
    };
    memory
        .apply(&signed(Cosigner::HeadOfDepartment, head, 30))
        .await;
    assert_eq!(record(&memory, second).status, "pending", "one of two");
    memory.apply(&signed(Cosigner::Patient, PATIENT, 40)).await;
    memory
        .apply(&row(
            &RecordConfirmed {
                recordId: second,
                patient: PATIENT,
                authorOrg: 4,
                supersedes: first,
            },
            40,
            1,
            40,
        ))
        .await;
    let confirmed = record(&memory, second);
    assert_eq!(confirmed.status, "current");
    let cosigning = confirmed.cosigning.expect("kept");
    assert_eq!(cosigning.decided_at, Some(40));
    assert_eq!(
        cosigning
            .signatures
            .iter()
            .map(|s| (s.kind, s.signer, s.signed_at))
            .collect::<Vec<_>>(),
        vec![
            (Cosigner::HeadOfDepartment, head, 30),
            (Cosigner::Patient, PATIENT, 40)
        ]
    );
    assert!(cosigning.awaited().is_empty());
    assert_eq!(record(&memory, first).status, "superseded");
    assert_eq!(record(&memory, first).superseded_by, Some(second));

    // A third version, rejected by the patient; then one that expires.
    memory.apply(&added(third, second, 50)).await;
    memory.apply(&pending(third, 50)).await;
    memory
        .apply(&row(
            &RecordRejected {
                recordId: third,
                patient: PATIENT,
                authorOrg: 4,
                signer: PATIENT,
                kind: Cosigner::Patient.code(),
                reasonHash: B256::repeat_byte(0xee),
            },
            60,
            0,
            60,
        ))
        .await;
    let rejected = record(&memory, third);
    assert_eq!(rejected.status, "rejected");
    let rejection = rejected
        .cosigning
        .as_ref()
        .and_then(|c| c.rejection.clone())
        .expect("rejection");
    assert_eq!((rejection.by, rejection.kind), (PATIENT, Cosigner::Patient));
    assert_eq!(
        record(&memory, second).status,
        "current",
        "a rejected version replaced nothing"
    );

    let fourth = B256::repeat_byte(0xa4);
    memory.apply(&added(fourth, B256::ZERO, 70)).await;
    memory.apply(&pending(fourth, 70)).await;
    memory
        .apply(&row(
            &RecordExpired {
                recordId: fourth,
                patient: PATIENT,
                authorOrg: 4,
            },
            170,
            0,
            170,
        ))
        .await;
    let expired = record(&memory, fourth);
    assert_eq!(expired.status, "expired");
    assert_eq!(expired.cosigning.and_then(|c| c.decided_at), Some(170));
}
