//! Differential test: random sequences of operations run against the contracts (in revm) and,
//! through the events they emit, against the SDK's pure Rust access model. After every
//! operation, `ConsentRegistry.checkAccess` and `RecordRegistry.checkRecordAccess` must agree
//! with the model on random queries at random times (past, present and future).
//!
//! `PROPTEST_CASES` sets the number of sequences (the test command runs 10,000).
//!
//! Longer than 600 lines: the operations generator, its replay in revm and in the model, and the
//! comparison are one property; split, each part would need the others' types.

use crate::common::{CLINIC, HOSPITAL, LAB, World, world};
use alloy::{
    primitives::{Address, B256, aliases::U40},
    signers::local::PrivateKeySigner,
};
use consentry_sdk::{
    access::AccessModel,
    bindings::{
        consent_registry::ConsentRegistry, organization_registry::OrganizationRegistry,
        record_registry::RecordRegistry,
    },
    client::content_hash,
    eip712::{self, GrantConsent},
    events::ConsentryEvent,
    harness::{GENESIS_HASH, HarnessError, Receipt},
    types::ConsentTerms,
    vocabulary::{
        Action, ActionSet, Basis, Category, CategorySet, Purpose, PurposeSet, RecordStatus,
    },
};
use proptest::prelude::*;

const CHAIN: u64 = 31337;
const DAY: u64 = 86_400;
/// Organisation ids queried: the three accredited ones and one that never exists.
const ORGS: [u32; 4] = [HOSPITAL, LAB, CLINIC, 4];
const PATIENTS: std::ops::Range<usize> = 0..3;
const ORG_INDICES: std::ops::Range<usize> = 0..4;

fn patients() -> [PrivateKeySigner; 3] {
    [1u8, 2, 3].map(|n| PrivateKeySigner::from_bytes(&B256::repeat_byte(0x40 + n)).unwrap())
}

fn delegate_of(patient: usize) -> Address {
    Address::repeat_byte(0x70 + patient as u8)
}

/// One thing someone does to the suite. Indices pick from small fixed universes so that
/// operations collide often (the same patient and organisation again and again).
#[derive(Debug, Clone)]
enum Op {
    Grant {
        patient: usize,
        org: usize,
        categories: u32,
        purposes: u8,
        actions: u8,
        from: i64,
        days: u64,
        by_delegate: bool,
    },
    GrantBySig {
        patient: usize,
        org: usize,
        categories: u32,
        purposes: u8,
        actions: u8,
        days: u64,
    },
    Narrow {
        patient: usize,
        org: usize,
        keep_categories: u32,
        keep_purposes: u8,
        shorten_days: u64,
    },
    Extend {
        patient: usize,
        org: usize,
        days: u64,
    },
    Revoke {
        patient: usize,
        org: usize,
        by_delegate: bool,
    },
    AppointDelegate {
        patient: usize,
        categories: u32,
        purposes: u8,
        actions: u8,
        days: u64,
    },
    RequestAccess {
        practitioner: usize,
        patient: usize,
        categories: u32,
        purposes: u8,
        actions: u8,
        days: u64,
    },
    DecideRequest {
        back: u64,
        approve: bool,
        by_delegate: bool,
    },
    OpenEmergency {
        practitioner: usize,
        patient: usize,
    },
    CloseEmergency {
        patient: usize,
        org: usize,
    },
    SetPolicy {
        patient: usize,
        opted_out: bool,
        restricted: u32,
    },
    Suspend {
        org: usize,
    },
    Reinstate {
        org: usize,
    },
    SetEmergencyCapable {
        org: usize,
        capable: bool,
    },
    Pause,
    Unpause,
    AddRecord {
        practitioner: usize,
        patient: usize,
        category: u8,
        purpose: u8,
        content: u8,
        supersede: bool,
        /// A practitioner named as the specialist who co-signs (5: none).
        specialist: usize,
    },
    /// An organisation's admin sets (or, with no signers, removes) a co-signing policy.
    SetCosignPolicy {
        org: usize,
        category: u8,
        signers: u8,
        wait_days: u64,
    },
    /// Someone signs (or rejects) one of the latest records as a signer kind (4: none).
    Cosign {
        back: usize,
        kind: u8,
        /// 0..6 a practitioner (5: the head of department), 6 the patient, 7 a delegate, 8 the
        /// author organisation's admin.
        signer: usize,
        by_sig: bool,
        reject: bool,
    },
    Expire {
        back: usize,
    },
    Retract {
        practitioner: usize,
        back: usize,
    },
    Warp {
        seconds: u64,
    },
}

fn categories() -> impl Strategy<Value = u32> {
    prop_oneof![
        8 => 1u32..(1 << 18),
        1 => Just(CategorySet::STANDARD.0),
        1 => Just(0u32),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (PATIENTS, ORG_INDICES, categories(), 0u8..128, 0u8..4, -3i64..3, 0u64..400, any::<bool>()).prop_map(
            |(patient, org, categories, purposes, actions, from, days, by_delegate)| Op::Grant {
                patient, org, categories, purposes, actions, from, days, by_delegate
            }
        ),
        3 => (PATIENTS, ORG_INDICES, categories(), 1u8..128, 1u8..4, 1u64..400).prop_map(
            |(patient, org, categories, purposes, actions, days)| Op::GrantBySig { patient, org, categories, purposes, actions, days }
        ),
        2 => (PATIENTS, ORG_INDICES, any::<u32>(), any::<u8>(), 0u64..100).prop_map(
            |(patient, org, keep_categories, keep_purposes, shorten_days)| Op::Narrow { patient, org, keep_categories, keep_purposes, shorten_days }
        ),
        2 => (PATIENTS, ORG_INDICES, 0u64..200).prop_map(|(patient, org, days)| Op::Extend { patient, org, days }),
        3 => (PATIENTS, ORG_INDICES, any::<bool>()).prop_map(|(patient, org, by_delegate)| Op::Revoke { patient, org, by_delegate }),
        2 => (PATIENTS, categories(), prop_oneof![Just(0x7fu8), 1u8..0x80], prop_oneof![Just(3u8), 1u8..4], 0u64..800).prop_map(
            |(patient, categories, purposes, actions, days)| Op::AppointDelegate { patient, categories, purposes, actions, days }
        ),
        3 => (0usize..5, PATIENTS, categories(), 1u8..128, 1u8..4, 0u64..800).prop_map(
            |(practitioner, patient, categories, purposes, actions, days)| Op::RequestAccess { practitioner, patient, categories, purposes, actions, days }
        ),
        3 => (0u64..3, any::<bool>(), any::<bool>()).prop_map(|(back, approve, by_delegate)| Op::DecideRequest { back, approve, by_delegate }),
        3 => (0usize..5, PATIENTS).prop_map(|(practitioner, patient)| Op::OpenEmergency { practitioner, patient }),
        1 => (PATIENTS, ORG_INDICES).prop_map(|(patient, org)| Op::CloseEmergency { patient, org }),
        2 => (PATIENTS, any::<bool>(), any::<u32>()).prop_map(|(patient, opted_out, restricted)| Op::SetPolicy {
            patient, opted_out, restricted: restricted & CategorySet::RESTRICTED.0
        }),
        1 => ORG_INDICES.prop_map(|org| Op::Suspend { org }),
        1 => ORG_INDICES.prop_map(|org| Op::Reinstate { org }),
        1 => (ORG_INDICES, any::<bool>()).prop_map(|(org, capable)| Op::SetEmergencyCapable { org, capable }),
        1 => Just(Op::Pause),
        1 => Just(Op::Unpause),
        4 => (0usize..5, PATIENTS, 0u8..18, 0u8..7, any::<u8>(), any::<bool>(), 0usize..6).prop_map(
            |(practitioner, patient, category, purpose, content, supersede, specialist)| Op::AddRecord { practitioner, patient, category, purpose, content, supersede, specialist }
        ),
        2 => (0usize..3, prop_oneof![Just(Category::Laboratory.code()), 0u8..18], 0u8..17, 0u64..20).prop_map(
            |(org, category, signers, wait_days)| Op::SetCosignPolicy { org, category, signers, wait_days }
        ),
        5 => (0usize..3, 0u8..5, 0usize..9, any::<bool>(), prop::bool::weighted(0.15)).prop_map(
            |(back, kind, signer, by_sig, reject)| Op::Cosign { back, kind, signer, by_sig, reject }
        ),
        1 => (0usize..3).prop_map(|back| Op::Expire { back }),
        1 => (0usize..5, 0usize..4).prop_map(|(practitioner, back)| Op::Retract { practitioner, back }),
        4 => prop_oneof![0u64..120, 0u64..(3 * DAY), 0u64..(400 * DAY)].prop_map(|seconds| Op::Warp { seconds }),
    ]
}

#[derive(Debug, Clone)]
struct Query {
    patient: usize,
    org: usize,
    category: u8,
    purpose: u8,
    action: u8,
    /// Seconds from now; negative asks about the past with today's state.
    offset: i64,
}

fn query() -> impl Strategy<Value = Query> {
    (
        0usize..3,
        0usize..4,
        0u8..18,
        0u8..7,
        0u8..2,
        prop_oneof![Just(0i64), -(30 * DAY as i64)..(800 * DAY as i64)],
    )
        .prop_map(|(patient, org, category, purpose, action, offset)| Query {
            patient,
            org,
            category,
            purpose,
            action,
            offset,
        })
}

struct Run {
    w: World,
    model: AccessModel,
    patients: [PrivateKeySigner; 3],
    /// The hospital's staff and others; the sixth is the hospital's head of department.
    practitioners: [Address; 6],
    requests: u64,
    records: Vec<B256>,
    accepted: usize,
}

impl Run {
    fn new() -> Self {
        let mut w = world(CHAIN);
        let head = Address::repeat_byte(0x26);
        w.h.send(
            crate::common::account(0x11),
            w.h.suite.organizations,
            OrganizationRegistry::addPractitionerCall {
                orgId: HOSPITAL,
                account: head,
                role: consentry_sdk::vocabulary::Role::HeadOfDepartment.code(),
            },
        )
        .expect("a head of department");
        let practitioners = [
            w.doctor,
            w.nurse,
            w.billing,
            w.lab_tech,
            w.clinic_doctor,
            head,
        ];
        let mut run = Run {
            w,
            model: AccessModel::new(),
            patients: patients(),
            practitioners,
            requests: 0,
            records: vec![],
            accepted: 0,
        };
        // Replay the set-up (accreditations, rosters) into the model from the chain's own logs.
        let setup = run.w.h.logs().to_vec();
        for log in &setup {
            if let Some(event) = ConsentryEvent::decode(log) {
                run.model.apply(&event).expect("set-up events apply");
            }
        }
        run
    }

    fn patient(&self, i: usize) -> Address {
        self.patients[i].address()
    }

    fn absorb<T>(&mut self, result: Result<Receipt<T>, HarnessError>) -> Option<T> {
        match result {
            Ok(receipt) => {
                self.accepted += 1;
                for log in &receipt.logs {
                    let event =
                        ConsentryEvent::decode(log).expect("every log of the suite decodes");
                    self.model.apply(&event).expect("every event applies");
                }
                Some(receipt.value)
            }
            Err(HarnessError::Reverted(_)) => None,
            Err(other) => panic!("the EVM failed, not the contract: {other}"),
        }
    }

    fn terms(
        &self,
        categories: u32,
        purposes: u8,
        actions: u8,
        from: i64,
        days: u64,
    ) -> ConsentTerms {
        let now = self.w.h.timestamp();
        ConsentTerms {
            categories: CategorySet(categories),
            purposes: PurposeSet(purposes),
            actions: ActionSet(actions),
            valid_from: now.saturating_add_signed(from * DAY as i64),
            valid_until: if days == 0 {
                consentry_sdk::vocabulary::NO_EXPIRY
            } else {
                now + days * DAY
            },
        }
    }

    fn apply(&mut self, op: &Op) {
        let consents = self.w.h.suite.consents;
        let orgs = self.w.h.suite.organizations;
        let records = self.w.h.suite.records;
        let authority = self.w.h.authority;
        let now = self.w.h.timestamp();
        match *op {
            Op::Grant {
                patient,
                org,
                categories,
                purposes,
                actions,
                from,
                days,
                by_delegate,
            } => {
                let sender = if by_delegate {
                    delegate_of(patient)
                } else {
                    self.patient(patient)
                };
                let terms = self
                    .terms(categories, purposes, actions, from, days)
                    .to_sol();
                let call = ConsentRegistry::grantCall {
                    patient: self.patient(patient),
                    orgId: ORGS[org],
                    terms,
                };
                let result = self.w.h.send(sender, consents, call);
                self.absorb(result);
            }
            Op::GrantBySig {
                patient,
                org,
                categories,
                purposes,
                actions,
                days,
            } => {
                let terms = self.terms(categories, purposes, actions, 0, days);
                let nonce = self
                    .w
                    .h
                    .call(
                        Address::ZERO,
                        consents,
                        ConsentRegistry::nonceOfCall {
                            patient: self.patient(patient),
                            orgId: ORGS[org],
                        },
                    )
                    .unwrap();
                let grant = GrantConsent::new(
                    self.patient(patient),
                    ORGS[org],
                    &terms,
                    nonce.to(),
                    now + 3600,
                );
                let digest =
                    eip712::signing_hash(&grant, &eip712::domain(CHAIN, consents, GENESIS_HASH));
                let signature =
                    alloy::signers::SignerSync::sign_hash_sync(&self.patients[patient], &digest)
                        .unwrap();
                let call = ConsentRegistry::grantBySigCall {
                    patient: grant.patient,
                    orgId: grant.orgId,
                    terms: terms.to_sol(),
                    nonce: grant.nonce,
                    deadline: grant.deadline,
                    signature: signature.as_bytes().to_vec().into(),
                };
                let result = self.w.h.send(Address::repeat_byte(0x99), consents, call);
                self.absorb(result);
            }
            Op::Narrow {
                patient,
                org,
                keep_categories,
                keep_purposes,
                shorten_days,
            } => {
                let current = self.model.consent(self.patient(patient), ORGS[org]).terms;
                let terms = ConsentTerms {
                    categories: CategorySet(current.categories.0 & keep_categories),
                    purposes: PurposeSet(current.purposes.0 & keep_purposes),
                    actions: current.actions,
                    valid_from: current.valid_from,
                    valid_until: current.valid_until.saturating_sub(shorten_days * DAY),
                };
                let call = ConsentRegistry::narrowCall {
                    patient: self.patient(patient),
                    orgId: ORGS[org],
                    terms: terms.to_sol(),
                };
                let result = self.w.h.send(self.patient(patient), consents, call);
                self.absorb(result);
            }
            Op::Extend { patient, org, days } => {
                let current = self.model.consent(self.patient(patient), ORGS[org]).terms;
                let until = U40::saturating_from(current.valid_until.saturating_add(days * DAY));
                let call = ConsentRegistry::extendCall {
                    patient: self.patient(patient),
                    orgId: ORGS[org],
                    validUntil: until,
                };
                let result = self.w.h.send(self.patient(patient), consents, call);
                self.absorb(result);
            }
            Op::Revoke {
                patient,
                org,
                by_delegate,
            } => {
                let sender = if by_delegate {
                    delegate_of(patient)
                } else {
                    self.patient(patient)
                };
                let call = ConsentRegistry::revokeCall {
                    patient: self.patient(patient),
                    orgId: ORGS[org],
                };
                let result = self.w.h.send(sender, consents, call);
                self.absorb(result);
            }
            Op::AppointDelegate {
                patient,
                categories,
                purposes,
                actions,
                days,
            } => {
                let call = ConsentRegistry::appointDelegateCall {
                    delegate: delegate_of(patient),
                    categories,
                    purposes,
                    actions,
                    expiresAt: U40::from(now + days * DAY),
                };
                let result = self.w.h.send(self.patient(patient), consents, call);
                self.absorb(result);
            }
            Op::RequestAccess {
                practitioner,
                patient,
                categories,
                purposes,
                actions,
                days,
            } => {
                let call = ConsentRegistry::requestAccessCall {
                    patient: self.patient(patient),
                    categories,
                    purposes,
                    actions,
                    duration: U40::from(days * DAY),
                    reasonHash: B256::repeat_byte(7),
                };
                let result = self
                    .w
                    .h
                    .send(self.practitioners[practitioner], consents, call);
                if let Some(id) = self.absorb(result) {
                    self.requests = id;
                }
            }
            Op::DecideRequest {
                back,
                approve,
                by_delegate,
            } => {
                let id = self.requests.saturating_sub(back).max(1);
                let request = self
                    .w
                    .h
                    .call(
                        Address::ZERO,
                        consents,
                        ConsentRegistry::accessRequestCall { requestId: id },
                    )
                    .unwrap();
                let patient = request.patient;
                let sender = match self.patients.iter().position(|p| p.address() == patient) {
                    Some(i) if by_delegate => delegate_of(i),
                    _ => patient,
                };
                if approve {
                    let result = self.w.h.send(
                        sender,
                        consents,
                        ConsentRegistry::approveRequestCall { requestId: id },
                    );
                    self.absorb(result);
                } else {
                    let result = self.w.h.send(
                        sender,
                        consents,
                        ConsentRegistry::denyRequestCall { requestId: id },
                    );
                    self.absorb(result);
                }
            }
            Op::OpenEmergency {
                practitioner,
                patient,
            } => {
                let call = ConsentRegistry::openEmergencyAccessCall {
                    patient: self.patient(patient),
                    reasonCode: 1,
                    justificationHash: B256::repeat_byte(9),
                };
                let result = self
                    .w
                    .h
                    .send(self.practitioners[practitioner], consents, call);
                self.absorb(result);
            }
            Op::CloseEmergency { patient, org } => {
                let call = ConsentRegistry::closeEmergencyAccessCall {
                    patient: self.patient(patient),
                    orgId: ORGS[org],
                };
                let result = self.w.h.send(self.patient(patient), consents, call);
                self.absorb(result);
            }
            Op::SetPolicy {
                patient,
                opted_out,
                restricted,
            } => {
                let call = ConsentRegistry::setEmergencyPolicyCall {
                    optedOut: opted_out,
                    restrictedCategories: restricted,
                };
                let result = self.w.h.send(self.patient(patient), consents, call);
                self.absorb(result);
            }
            Op::Suspend { org } => {
                let call = OrganizationRegistry::suspendCall {
                    orgId: ORGS[org],
                    reasonHash: B256::ZERO,
                };
                let result = self.w.h.send(authority, orgs, call);
                self.absorb(result);
            }
            Op::Reinstate { org } => {
                let result = self.w.h.send(
                    authority,
                    orgs,
                    OrganizationRegistry::reinstateCall { orgId: ORGS[org] },
                );
                self.absorb(result);
            }
            Op::SetEmergencyCapable { org, capable } => {
                let call = OrganizationRegistry::setEmergencyCapableCall {
                    orgId: ORGS[org],
                    emergencyCapable: capable,
                };
                let result = self.w.h.send(authority, orgs, call);
                self.absorb(result);
            }
            Op::Pause => {
                let result = self
                    .w
                    .h
                    .send(authority, orgs, OrganizationRegistry::pauseCall {});
                self.absorb(result);
            }
            Op::Unpause => {
                let result = self
                    .w
                    .h
                    .send(authority, orgs, OrganizationRegistry::unpauseCall {});
                self.absorb(result);
            }
            Op::AddRecord {
                practitioner,
                patient,
                category,
                purpose,
                content,
                supersede,
                specialist,
            } => {
                let supersedes = if supersede {
                    self.records.last().copied().unwrap_or_default()
                } else {
                    B256::ZERO
                };
                let call = RecordRegistry::addCosignedRecordCall {
                    patient: self.patient(patient),
                    category,
                    fhirType: 2,
                    contentHash: content_hash(&[content, patient as u8, category]),
                    supersedes,
                    purpose,
                    specialist: self
                        .practitioners
                        .get(specialist)
                        .filter(|_| specialist < 5)
                        .copied()
                        .unwrap_or_default(),
                };
                let result = self
                    .w
                    .h
                    .send(self.practitioners[practitioner], records, call);
                if let Some(id) = self.absorb(result) {
                    self.records.push(id);
                }
            }
            Op::Retract { practitioner, back } => {
                let Some(&id) = self.records.iter().rev().nth(back) else {
                    return;
                };
                let result = self.w.h.send(
                    self.practitioners[practitioner],
                    records,
                    RecordRegistry::retractRecordCall { recordId: id },
                );
                self.absorb(result);
            }
            Op::SetCosignPolicy {
                org,
                category,
                signers,
                wait_days,
            } => {
                let signers = signers & 0x0f;
                let call = RecordRegistry::setCosignPolicyCall {
                    orgId: ORGS[org],
                    category,
                    fhirType: 0,
                    signers,
                    maxWait: U40::from(if signers == 0 { 0 } else { wait_days * DAY + 1 }),
                };
                let admin = crate::common::account(0x11 + org as u8);
                let result = self.w.h.send(admin, records, call);
                self.absorb(result);
            }
            Op::Cosign {
                back,
                kind,
                signer,
                by_sig,
                reject,
            } => {
                let Some(&id) = self.records.iter().rev().nth(back) else {
                    return;
                };
                let record = self
                    .w
                    .h
                    .call(
                        Address::ZERO,
                        records,
                        RecordRegistry::recordOfCall { recordId: id },
                    )
                    .expect("a record");
                let patient_index = self
                    .patients
                    .iter()
                    .position(|p| p.address() == record.patient);
                let account = match signer {
                    0..6 => self.practitioners[signer],
                    6 => record.patient,
                    7 => patient_index.map_or(Address::ZERO, delegate_of),
                    _ => crate::common::account(0x10 + record.authorOrg as u8),
                };
                let reason = B256::repeat_byte(0xee);
                let result = match (by_sig, patient_index.filter(|_| signer == 6)) {
                    (true, Some(i)) => {
                        let deadline = now + 3600;
                        let published = self
                            .w
                            .h
                            .call(Address::ZERO, records, RecordRegistry::eip712DomainCall {})
                            .expect("the domain");
                        let domain = eip712::domain(CHAIN, records, published.salt);
                        let key = &self.patients[i];
                        if reject {
                            let message = consentry_sdk::eip712::RejectRecord {
                                recordId: id,
                                kind,
                                reasonHash: reason,
                                deadline: alloy::primitives::U256::from(deadline),
                            };
                            let signature = sign_sync(key, &message, &domain);
                            self.w
                                .h
                                .send(
                                    Address::repeat_byte(0x99),
                                    records,
                                    RecordRegistry::rejectRecordBySigCall {
                                        recordId: id,
                                        kind,
                                        reasonHash: reason,
                                        signer: account,
                                        deadline: message.deadline,
                                        signature,
                                    },
                                )
                                .map(unit)
                        } else {
                            let message = consentry_sdk::eip712::SignRecord {
                                recordId: id,
                                kind,
                                deadline: alloy::primitives::U256::from(deadline),
                            };
                            let signature = sign_sync(key, &message, &domain);
                            self.w
                                .h
                                .send(
                                    Address::repeat_byte(0x99),
                                    records,
                                    RecordRegistry::signRecordBySigCall {
                                        recordId: id,
                                        kind,
                                        signer: account,
                                        deadline: message.deadline,
                                        signature,
                                    },
                                )
                                .map(unit)
                        }
                    }
                    _ if reject => self
                        .w
                        .h
                        .send(
                            account,
                            records,
                            RecordRegistry::rejectRecordCall {
                                recordId: id,
                                kind,
                                reasonHash: reason,
                            },
                        )
                        .map(unit),
                    _ => self
                        .w
                        .h
                        .send(
                            account,
                            records,
                            RecordRegistry::signRecordCall { recordId: id, kind },
                        )
                        .map(unit),
                };
                self.absorb(result);
            }
            Op::Expire { back } => {
                let Some(&id) = self.records.iter().rev().nth(back) else {
                    return;
                };
                let result = self.w.h.send(
                    Address::repeat_byte(0x99),
                    records,
                    RecordRegistry::expireRecordCall { recordId: id },
                );
                self.absorb(result);
            }
            Op::Warp { seconds } => self.w.h.advance(seconds),
        }
    }

    /// Every record's status and co-signatures in the model are the contract's.
    fn check_records(&mut self) -> Result<(), TestCaseError> {
        let records = self.w.h.suite.records;
        let now = self.w.h.timestamp();
        for &id in &self.records {
            let chain = self
                .w
                .h
                .call(
                    Address::ZERO,
                    records,
                    RecordRegistry::recordOfCall { recordId: id },
                )
                .expect("a record");
            let pending = self
                .w
                .h
                .call(
                    Address::ZERO,
                    records,
                    RecordRegistry::pendingOfCall { recordId: id },
                )
                .expect("its co-signing");
            let model = self.model.record(id).expect("the model has every record");
            prop_assert_eq!(model.status.code(), chain.status, "status of {}", id);
            let cosigning = model.cosigning;
            prop_assert_eq!(cosigning.map_or(0, |c| c.required.0), pending.required);
            prop_assert_eq!(cosigning.map_or(0, |c| c.signed.0), pending.signed);
            prop_assert_eq!(
                cosigning.map_or(0, |c| c.deadline),
                pending.deadline.to::<u64>()
            );
            // A pending record past its deadline reads as expired in the model.
            if chain.status == RecordStatus::Pending.code() {
                let expired = pending.deadline.to::<u64>() <= now;
                prop_assert_eq!(
                    model.status_at(now) == RecordStatus::Expired,
                    expired,
                    "status_at of {}",
                    id
                );
            }
        }
        Ok(())
    }

    fn check(&mut self, q: &Query) -> Result<(), TestCaseError> {
        let consents = self.w.h.suite.consents;
        let time = self.w.h.timestamp().saturating_add_signed(q.offset);
        let patient = self.patient(q.patient);
        let call = ConsentRegistry::checkAccessCall {
            patient,
            orgId: ORGS[q.org],
            category: q.category,
            purpose: q.purpose,
            action: q.action,
        };
        let chain = self
            .w
            .h
            .call_at(Address::ZERO, consents, call, time)
            .expect("checkAccess answers valid codes");
        let model = self.model.check_access(
            patient,
            ORGS[q.org],
            Category::from_code(q.category).unwrap(),
            Purpose::from_code(q.purpose).unwrap(),
            Action::from_code(q.action).unwrap(),
            time,
        );
        prop_assert_eq!(
            Basis::from_code(chain.basis).unwrap(),
            model,
            "checkAccess disagrees for {:?} at {}",
            q,
            time
        );
        prop_assert_eq!(chain.allowed, model.allows());

        if let Some(&id) = self
            .records
            .get(q.category as usize % self.records.len().max(1))
        {
            let records = self.w.h.suite.records;
            let call = RecordRegistry::checkRecordAccessCall {
                recordId: id,
                orgId: ORGS[q.org],
                purpose: q.purpose,
            };
            let chain = self
                .w
                .h
                .call_at(Address::ZERO, records, call, time)
                .expect("known record");
            let model = self.model.check_record_access(
                id,
                ORGS[q.org],
                Purpose::from_code(q.purpose).unwrap(),
                time,
            );
            prop_assert_eq!(
                Some(Basis::from_code(chain.basis).unwrap()),
                model,
                "checkRecordAccess disagrees for {} at {}",
                id,
                time
            );
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn access_model_agrees_with_the_contracts(
        steps in prop::collection::vec((op(), prop::collection::vec(query(), 1..4)), 1..40),
        finals in prop::collection::vec(query(), 8..16),
    ) {
        let mut run = Run::new();
        for (op, queries) in &steps {
            run.apply(op);
            for q in queries {
                run.check(q)?;
            }
            run.check_records()?;
        }
        for q in &finals {
            run.check(q)?;
        }
    }
}

/// A fixed sequence that must exercise every basis, so the property above is not passing on
/// sequences that never grant anything.
#[test]
fn a_scripted_story_reaches_every_basis() {
    let mut run = Run::new();
    let script = [
        Op::Grant {
            patient: 0,
            org: 0,
            categories: Category::Laboratory.mask(),
            purposes: Purpose::Treat.mask(),
            actions: 3,
            from: 0,
            days: 30,
            by_delegate: false,
        },
        Op::AddRecord {
            practitioner: 0,
            patient: 0,
            category: Category::Laboratory.code(),
            purpose: 0,
            content: 1,
            supersede: false,
            specialist: 5,
        },
        Op::OpenEmergency {
            practitioner: 1,
            patient: 1,
        },
        Op::Warp { seconds: 60 },
    ];
    for op in &script {
        run.apply(op);
    }
    assert_eq!(run.accepted, 3, "grant, record and emergency are accepted");
    let now = run.w.h.timestamp();
    let p0 = run.patient(0);
    let p1 = run.patient(1);
    assert_eq!(
        run.model.check_access(
            p0,
            HOSPITAL,
            Category::Laboratory,
            Purpose::Treat,
            Action::Read,
            now
        ),
        Basis::Consent
    );
    assert_eq!(
        run.model.check_access(
            p1,
            HOSPITAL,
            Category::Imaging,
            Purpose::Etreat,
            Action::Read,
            now
        ),
        Basis::Emergency
    );
    assert_eq!(
        run.model
            .check_record_access(run.records[0], HOSPITAL, Purpose::Hpaymt, now),
        Some(Basis::OwnRecord)
    );
    for q in [
        Query {
            patient: 0,
            org: 0,
            category: Category::Laboratory.code(),
            purpose: 0,
            action: 0,
            offset: 0,
        },
        Query {
            patient: 1,
            org: 0,
            category: Category::Imaging.code(),
            purpose: 1,
            action: 1,
            offset: 0,
        },
        Query {
            patient: 1,
            org: 0,
            category: Category::MentalHealth.code(),
            purpose: 1,
            action: 0,
            offset: 0,
        },
        Query {
            patient: 0,
            org: 0,
            category: Category::Laboratory.code(),
            purpose: 0,
            action: 0,
            offset: 31 * DAY as i64,
        },
    ] {
        run.check(&q).unwrap();
    }
}

/// `key`'s 65-byte EIP-712 signature of `message` for `domain`.
fn sign_sync<T: alloy::sol_types::SolStruct>(
    key: &PrivateKeySigner,
    message: &T,
    domain: &alloy::sol_types::Eip712Domain,
) -> alloy::primitives::Bytes {
    let digest = eip712::signing_hash(message, domain);
    alloy::signers::SignerSync::sign_hash_sync(key, &digest)
        .unwrap()
        .as_bytes()
        .to_vec()
        .into()
}

/// A receipt without its return value, for absorbing calls of different return types alike.
fn unit<T>(r: Receipt<T>) -> Receipt<()> {
    Receipt {
        value: (),
        gas_used: r.gas_used,
        logs: r.logs,
        block_number: r.block_number,
        timestamp: r.timestamp,
    }
}

/// A fixed co-signing sequence the property's operations must be able to reach: a policy, a
/// pending record, a refused signer, the head of department's signature and the patient's
/// relayed one, after which the record is current in the contract and the model alike.
#[test]
fn a_scripted_co_signing_story_confirms_a_record() -> Result<(), TestCaseError> {
    use consentry_sdk::vocabulary::{Cosigner, CosignerSet};
    let mut run = Run::new();
    let signers: CosignerSet = [Cosigner::HeadOfDepartment, Cosigner::Patient]
        .into_iter()
        .collect();
    let script = [
        Op::Grant {
            patient: 0,
            org: 0,
            categories: Category::Laboratory.mask(),
            purposes: Purpose::Treat.mask(),
            actions: 3,
            from: 0,
            days: 30,
            by_delegate: false,
        },
        Op::SetCosignPolicy {
            org: 0,
            category: Category::Laboratory.code(),
            signers: signers.0,
            wait_days: 14,
        },
        Op::AddRecord {
            practitioner: 0,
            patient: 0,
            category: Category::Laboratory.code(),
            purpose: 0,
            content: 1,
            supersede: false,
            specialist: 5,
        },
        // The nurse is no head of department: refused.
        Op::Cosign {
            back: 0,
            kind: Cosigner::HeadOfDepartment.code(),
            signer: 1,
            by_sig: false,
            reject: false,
        },
        Op::Cosign {
            back: 0,
            kind: Cosigner::HeadOfDepartment.code(),
            signer: 5,
            by_sig: false,
            reject: false,
        },
    ];
    for op in &script {
        run.apply(op);
        run.check_records()?;
    }
    assert_eq!(
        run.accepted, 4,
        "grant, policy, record, the head's signature"
    );
    let id = run.records[0];
    assert_eq!(run.model.record(id).unwrap().status, RecordStatus::Pending);
    run.apply(&Op::Cosign {
        back: 0,
        kind: Cosigner::Patient.code(),
        signer: 6,
        by_sig: true,
        reject: false,
    });
    run.check_records()?;
    assert_eq!(run.accepted, 5, "the patient's relayed signature");
    assert_eq!(run.model.record(id).unwrap().status, RecordStatus::Current);
    Ok(())
}
