//! The demo's cast and script: who exists, and every transaction they send, when.
//!
//! Pure and deterministic (one seed gives one script), so the script can be checked without a
//! chain: every step is legal at its time if the steps before it succeeded.

use std::collections::HashMap;

use alloy::{
    dyn_abi::Eip712Domain,
    primitives::{Address, B256, keccak256},
    signers::{SignerSync, local::PrivateKeySigner},
};
use consentry_sdk::{
    client::{NewRecord, content_hash, record_id},
    eip712::{GrantConsent, Signed},
    types::ConsentTerms,
    vocabulary::{
        Action, ActionSet, Category, CategorySet, EmergencyReason, FhirResourceType,
        OrganizationKind, Purpose, PurposeSet, Role,
    },
};
use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};

const HOUR: u64 = 3_600;
const DAY: u64 = 24 * HOUR;
/// How long a pending request stays answerable (`Vocabulary.REQUEST_TTL`).
const REQUEST_TTL: u64 = 14 * DAY;
/// How long an emergency access lasts (`Vocabulary.EMERGENCY_DURATION`).
const EMERGENCY_DURATION: u64 = DAY;

/// How big a demo to make.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Size {
    /// Simulated weeks of activity.
    pub(crate) weeks: u64,
    /// The random seed.
    pub(crate) seed: u64,
}

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
    fn acting_for(&self, purpose: Purpose) -> Vec<&PrivateKeySigner> {
        self.staff
            .iter()
            .filter(|(_, role)| role.may_use(purpose))
            .map(|(key, _)| key)
            .collect()
    }

    fn clinicians(&self) -> Vec<&PrivateKeySigner> {
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

    fn hospitals(&self) -> Vec<&DemoOrg> {
        self.orgs
            .iter()
            .filter(|o| o.kind == OrganizationKind::Hospital)
            .collect()
    }

    fn labs(&self) -> Vec<&DemoOrg> {
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

/// A contract call of the script.
#[derive(Debug, Clone)]
pub(crate) enum Call {
    AddPractitioner {
        org: u32,
        account: Address,
        role: Role,
    },
    Grant {
        patient: Address,
        org: u32,
        terms: ConsentTerms,
    },
    GrantBySig(Box<Signed<GrantConsent>>),
    Narrow {
        patient: Address,
        org: u32,
        terms: ConsentTerms,
    },
    Extend {
        patient: Address,
        org: u32,
        until: u64,
    },
    Revoke {
        patient: Address,
        org: u32,
    },
    AppointDelegate {
        delegate: Address,
        categories: CategorySet,
        purposes: PurposeSet,
        actions: ActionSet,
        until: u64,
    },
    /// An access request; `tag` names it for the answer (the chain numbers it).
    RequestAccess {
        tag: usize,
        patient: Address,
        terms: ConsentTerms,
        duration: u64,
        reason: B256,
    },
    Approve {
        tag: usize,
    },
    Deny {
        tag: usize,
    },
    OpenEmergency {
        patient: Address,
        reason: EmergencyReason,
        justification: B256,
    },
    CloseEmergency {
        patient: Address,
        org: u32,
    },
    AddRecord(NewRecord),
    Retract {
        id: B256,
    },
    LogAccess {
        patient: Address,
        ids: Vec<B256>,
        purpose: Purpose,
    },
}

impl Call {
    /// A short name for progress and errors.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Call::AddPractitioner { .. } => "add practitioner",
            Call::Grant { .. } => "grant",
            Call::GrantBySig(_) => "submit signed grant",
            Call::Narrow { .. } => "narrow",
            Call::Extend { .. } => "extend",
            Call::Revoke { .. } => "revoke",
            Call::AppointDelegate { .. } => "appoint delegate",
            Call::RequestAccess { .. } => "request access",
            Call::Approve { .. } => "approve request",
            Call::Deny { .. } => "deny request",
            Call::OpenEmergency { .. } => "open emergency",
            Call::CloseEmergency { .. } => "close emergency",
            Call::AddRecord(_) => "add record",
            Call::Retract { .. } => "retract record",
            Call::LogAccess { .. } => "log read",
        }
    }
}

/// One transaction of the script.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    /// Its block's timestamp.
    pub(crate) at: u64,
    pub(crate) from: Address,
    pub(crate) call: Call,
}

/// What the script holds, for the summary.
#[derive(Debug, Default, Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Tally {
    pub(crate) consents: usize,
    pub(crate) signed_consents: usize,
    pub(crate) delegated_consents: usize,
    pub(crate) narrowed: usize,
    pub(crate) extended: usize,
    pub(crate) revoked: usize,
    pub(crate) requests: usize,
    pub(crate) emergencies: usize,
    pub(crate) records: usize,
    pub(crate) superseded: usize,
    pub(crate) retracted: usize,
    pub(crate) reads: usize,
}

/// The script, in time order.
#[derive(Debug, Clone)]
pub(crate) struct Script {
    pub(crate) steps: Vec<Step>,
    pub(crate) tally: Tally,
    /// When the simulated period ends.
    pub(crate) end: u64,
}

/// The FHIR resource types a record of `category` may point to.
fn fhir_types(category: Category) -> &'static [FhirResourceType] {
    use FhirResourceType as F;
    match category {
        Category::Laboratory => &[F::Observation, F::DiagnosticReport],
        Category::Imaging => &[F::ImagingStudy, F::DiagnosticReport],
        Category::Conditions => &[F::Condition],
        Category::Medications => &[F::MedicationRequest],
        Category::Allergies => &[F::AllergyIntolerance],
        Category::Immunizations => &[F::Immunization],
        Category::Procedures => &[F::Procedure],
        Category::Encounters => &[F::Encounter],
        Category::VitalSigns => &[F::Observation],
        _ => &[F::DocumentReference],
    }
}

fn set(categories: &[Category]) -> CategorySet {
    categories.iter().copied().collect()
}

/// A random moment in `[from, to)` (or `from` when the window is empty).
fn between(rng: &mut StdRng, from: u64, to: u64) -> u64 {
    if to <= from {
        from
    } else {
        rng.random_range(from..to)
    }
}

struct Builder<'a> {
    rng: StdRng,
    cast: &'a Cast,
    domain: &'a Eip712Domain,
    chain_id: u64,
    steps: Vec<Step>,
    tally: Tally,
    requests: usize,
    /// Distinct contents per patient.
    contents: usize,
}

impl Builder<'_> {
    fn push(&mut self, at: u64, from: &PrivateKeySigner, call: Call) {
        self.steps.push(Step {
            at,
            from: from.address(),
            call,
        });
    }

    /// A new record pointer by a practitioner of `org`; returns its id.
    fn record(
        &mut self,
        at: u64,
        org: &DemoOrg,
        patient: Address,
        category: Category,
        supersedes: Option<B256>,
    ) -> B256 {
        self.contents += 1;
        let content =
            content_hash(format!("demo record {} of {patient}", self.contents).as_bytes());
        let fhir_type = *fhir_types(category)
            .choose(&mut self.rng)
            .unwrap_or(&FhirResourceType::DocumentReference);
        let authors = org.acting_for(Purpose::Treat);
        let author = authors[self.rng.random_range(0..authors.len())].clone();
        self.push(
            at,
            &author,
            Call::AddRecord(NewRecord {
                patient,
                category,
                fhir_type,
                content_hash: content,
                supersedes,
                purpose: Purpose::Treat,
            }),
        );
        self.tally.records += 1;
        record_id(patient, org.id, category, content)
    }

    fn read(&mut self, at: u64, org: &DemoOrg, patient: Address, ids: Vec<B256>) {
        let readers = org.acting_for(Purpose::Treat);
        let reader = readers[self.rng.random_range(0..readers.len())].clone();
        self.tally.reads += ids.len();
        self.push(
            at,
            &reader,
            Call::LogAccess {
                patient,
                ids,
                purpose: Purpose::Treat,
            },
        );
    }

    /// Records by `org` in `[from, to)`, some superseded, a few retracted, read now and then;
    /// returns the readable ones with their times.
    fn records(
        &mut self,
        org: &DemoOrg,
        patient: Address,
        categories: &[Category],
        count: usize,
        (from, to): (u64, u64),
    ) -> Vec<(u64, B256)> {
        let mut readable = Vec::new();
        for _ in 0..count {
            if to <= from + 2 * HOUR {
                break;
            }
            let category = *categories
                .choose(&mut self.rng)
                .unwrap_or(&Category::Encounters);
            let mut at = between(&mut self.rng, from, to - 2 * HOUR);
            let mut id = self.record(at, org, patient, category, None);
            // A version chain: corrected reports supersede the earlier ones.
            while self.rng.random_bool(0.18) && at + 2 * HOUR < to {
                at = between(&mut self.rng, at + HOUR, to - HOUR);
                id = self.record(at, org, patient, category, Some(id));
                self.tally.superseded += 1;
            }
            if self.rng.random_bool(0.03) {
                // Entered in error, and never read.
                let when = between(&mut self.rng, at + 1, to);
                self.push(when, &org.staff[0].0.clone(), Call::Retract { id });
                self.tally.retracted += 1;
                continue;
            }
            readable.push((at, id));
            for _ in 0..self.rng.random_range(0..3) {
                let when = between(&mut self.rng, at + 1, to);
                self.read(when, org, patient, vec![id]);
            }
        }
        readable
    }

    fn terms(
        categories: CategorySet,
        purposes: PurposeSet,
        actions: ActionSet,
        from: u64,
        until: u64,
    ) -> ConsentTerms {
        ConsentTerms {
            categories,
            purposes,
            actions,
            valid_from: from,
            valid_until: until,
        }
    }

    fn patient(&mut self, index: usize, start: u64, end: u64) {
        let key = self.cast.patients[index].clone();
        let me = key.address();
        let hospitals = self.cast.hospitals();
        let labs = self.cast.labs();
        let home = hospitals[index % hospitals.len()].clone();
        let horizon = end - HOUR;

        // The home hospital: a broad consent, signed for the clinic or sent from the wallet.
        let granted = between(&mut self.rng, start + HOUR, start + (end - start) * 5 / 7);
        let jitter = self.rng.random_range(0..DAY);
        let until = granted
            + jitter
            + match self.rng.random_range(0..100) {
                0..10 => self.rng.random_range(10..25) * DAY,
                10..25 => (end - granted) + self.rng.random_range(1..14) * DAY,
                _ => (end - granted) + self.rng.random_range(30..365) * DAY,
            };
        let mut categories = vec![
            Category::Encounters,
            Category::Conditions,
            Category::Medications,
            Category::Allergies,
            Category::Immunizations,
            Category::Laboratory,
            Category::VitalSigns,
            Category::ClinicalNotes,
        ];
        if self.rng.random_bool(0.4) {
            categories.extend([Category::Imaging, Category::Procedures]);
        }
        let mut purposes: PurposeSet = Purpose::Treat.into();
        if self.rng.random_bool(0.5) {
            purposes = PurposeSet(purposes.0 | Purpose::Hoperat.mask());
        }
        if self.rng.random_bool(0.3) {
            purposes = PurposeSet(purposes.0 | Purpose::Hpaymt.mask());
        }
        let terms = Self::terms(set(&categories), purposes, ActionSet::ALL, granted, until);
        if self.rng.random_bool(0.6) {
            let message = GrantConsent::new(me, home.id, &terms, 0, granted + DAY);
            let signature = key
                .sign_typed_data_sync(&message, self.domain)
                .map(|s| s.as_bytes().to_vec().into())
                .unwrap_or_default();
            let submitter = home.staff[self.rng.random_range(0..home.staff.len())]
                .0
                .clone();
            self.push(
                granted,
                &submitter,
                Call::GrantBySig(Box::new(Signed {
                    chain_id: self.chain_id,
                    consent_registry: self.domain.verifying_contract.unwrap_or_default(),
                    domain_salt: self.domain.salt.unwrap_or_default(),
                    message,
                    signature,
                })),
            );
            self.tally.signed_consents += 1;
        } else {
            self.push(
                granted,
                &key,
                Call::Grant {
                    patient: me,
                    org: home.id,
                    terms,
                },
            );
        }
        self.tally.consents += 1;

        // How the consent ends up: most stand; some are narrowed, extended or revoked after
        // everything else the hospital did.
        let active_end = until.min(horizon);
        let fate = self.rng.random_range(0..100);
        let last = if fate < 22 && active_end > granted + 2 * DAY {
            between(
                &mut self.rng,
                granted + (active_end - granted) * 3 / 4,
                active_end,
            )
        } else {
            active_end
        };
        let records = self.rng.random_range(1..=5);
        self.records(&home, me, &categories, records, (granted + HOUR, last));

        // A laboratory, for some: results the hospital reads.
        if self.rng.random_bool(0.45) {
            let lab = labs[index % labs.len()].clone();
            let lab_granted = between(&mut self.rng, granted + HOUR, granted + 5 * DAY);
            if lab_granted + DAY < horizon {
                let lab_until = lab_granted + self.rng.random_range(90..365) * DAY;
                self.push(
                    lab_granted,
                    &key,
                    Call::Grant {
                        patient: me,
                        org: lab.id,
                        terms: Self::terms(
                            Category::Laboratory.into(),
                            Purpose::Treat.into(),
                            ActionSet::ALL,
                            lab_granted,
                            lab_until,
                        ),
                    },
                );
                self.tally.consents += 1;
                let count = self.rng.random_range(1..=2);
                let results = self.records(
                    &lab,
                    me,
                    &[Category::Laboratory],
                    count,
                    (lab_granted + HOUR, lab_until.min(horizon)),
                );
                for (at, id) in results {
                    if at + HOUR < last && self.rng.random_bool(0.6) {
                        let when = between(&mut self.rng, at + 1, last);
                        self.read(when, &home, me, vec![id]);
                    }
                }
            }
        } else if index % 30 == 7 {
            self.guardian(index, &key, horizon, start);
        }

        match fate {
            0..8 if last < active_end => {
                // Narrowed to read-only care essentials.
                let keep = set(&[
                    Category::Conditions,
                    Category::Medications,
                    Category::Allergies,
                ]);
                let when = between(&mut self.rng, last, active_end);
                self.push(
                    when,
                    &key,
                    Call::Narrow {
                        patient: me,
                        org: home.id,
                        terms: Self::terms(
                            keep,
                            Purpose::Treat.into(),
                            Action::Read.into(),
                            granted,
                            until,
                        ),
                    },
                );
                self.tally.narrowed += 1;
            }
            8..14 if last < active_end => {
                let when = between(&mut self.rng, last, active_end);
                self.push(
                    when,
                    &key,
                    Call::Revoke {
                        patient: me,
                        org: home.id,
                    },
                );
                self.tally.revoked += 1;
            }
            14..22 if last < active_end => {
                let when = between(&mut self.rng, last, active_end);
                self.push(
                    when,
                    &key,
                    Call::Extend {
                        patient: me,
                        org: home.id,
                        until: until + 180 * DAY,
                    },
                );
                self.tally.extended += 1;
            }
            _ => {}
        }

        // Another hospital asks for access, now and then.
        if self.rng.random_bool(0.06) {
            let asking = hospitals[(index + 1) % hospitals.len()].clone();
            let asked = between(&mut self.rng, start + DAY, horizon - HOUR);
            let physician = asking.clinicians()[0].clone();
            self.requests += 1;
            let tag = self.requests;
            let duration = self.rng.random_range(30..120) * DAY;
            self.push(
                asked,
                &physician,
                Call::RequestAccess {
                    tag,
                    patient: me,
                    terms: Self::terms(
                        set(&[Category::Imaging, Category::Laboratory]),
                        Purpose::Treat.into(),
                        Action::Read.into(),
                        0,
                        0,
                    ),
                    duration,
                    reason: keccak256(format!("referral {tag}")),
                },
            );
            self.tally.requests += 1;
            let answer_by = (asked + REQUEST_TTL).min(horizon);
            match self.rng.random_range(0..100) {
                0..45 if asked + 2 * HOUR < answer_by => {
                    let at = between(&mut self.rng, asked + HOUR, answer_by);
                    self.push(at, &key, Call::Approve { tag });
                    self.tally.consents += 1;
                }
                45..65 if asked + 2 * HOUR < answer_by => {
                    let at = between(&mut self.rng, asked + HOUR, answer_by);
                    self.push(at, &key, Call::Deny { tag });
                }
                _ => {}
            }
        }

        // Break-glass at an emergency department.
        if self.rng.random_bool(0.02) {
            self.emergency(index, me, start, horizon, None);
        }
    }

    fn emergency(
        &mut self,
        index: usize,
        patient: Address,
        start: u64,
        horizon: u64,
        at: Option<u64>,
    ) {
        let capable: Vec<DemoOrg> = self
            .cast
            .hospitals()
            .into_iter()
            .filter(|h| h.emergency_capable)
            .cloned()
            .collect();
        let hospitals = self.cast.hospitals().len();
        // Not the patient's own hospital, where a consent already covers care.
        let Some(org) = capable
            .iter()
            .find(|h| h.id != self.cast.hospitals()[index % hospitals].id)
            .cloned()
        else {
            return;
        };
        let clinicians = org.clinicians();
        let opener = clinicians[self.rng.random_range(0..clinicians.len())].clone();
        let opened = at.unwrap_or_else(|| between(&mut self.rng, start + DAY, horizon - 2 * HOUR));
        let reasons = [
            EmergencyReason::PatientIncapacitated,
            EmergencyReason::LifeThreatening,
            EmergencyReason::NoConsentOnFile,
        ];
        let reason = *reasons
            .choose(&mut self.rng)
            .unwrap_or(&EmergencyReason::Other);
        self.push(
            opened,
            &opener,
            Call::OpenEmergency {
                patient,
                reason,
                justification: keccak256(format!("emergency {index} {opened}")),
            },
        );
        self.tally.emergencies += 1;
        if at.is_none() && self.rng.random_bool(0.7) {
            let closed = between(
                &mut self.rng,
                opened + HOUR,
                opened + EMERGENCY_DURATION - HOUR,
            );
            if closed < horizon {
                self.push(
                    closed,
                    &opener,
                    Call::CloseEmergency {
                        patient,
                        org: org.id,
                    },
                );
            }
        }
    }

    /// A guardian who then consents to a laboratory for the patient.
    fn guardian(&mut self, index: usize, key: &PrivateKeySigner, horizon: u64, start: u64) {
        let Some(guardian) = self.cast.guardians.get(index / 30).cloned() else {
            return;
        };
        let lab = self.cast.labs()[index % 2].clone();
        let appointed = between(&mut self.rng, start + HOUR, horizon - 3 * DAY);
        let allowed = set(&[
            Category::Laboratory,
            Category::Conditions,
            Category::Medications,
        ]);
        self.push(
            appointed,
            key,
            Call::AppointDelegate {
                delegate: guardian.address(),
                categories: allowed,
                // A guardian decides on care: treatment, reading and adding records.
                purposes: Purpose::Treat.into(),
                actions: ActionSet::ALL,
                until: horizon + 365 * DAY,
            },
        );
        let granted = between(&mut self.rng, appointed + HOUR, appointed + 2 * DAY);
        let until = granted + 180 * DAY;
        self.push(
            granted,
            &guardian,
            Call::Grant {
                patient: key.address(),
                org: lab.id,
                terms: Self::terms(
                    Category::Laboratory.into(),
                    Purpose::Treat.into(),
                    ActionSet::ALL,
                    granted,
                    until,
                ),
            },
        );
        self.tally.consents += 1;
        self.tally.delegated_consents += 1;
        self.records(
            &lab,
            key.address(),
            &[Category::Laboratory],
            1,
            (granted + HOUR, until.min(horizon)),
        );
    }
}

/// The script for `cast` on the chain whose consent registry has `domain`, from `start` over
/// `size.weeks` weeks.
pub(crate) fn script(cast: &Cast, size: Size, domain: &Eip712Domain, start: u64) -> Script {
    let end = start + size.weeks.max(1) * 7 * DAY;
    let mut builder = Builder {
        rng: StdRng::seed_from_u64(size.seed),
        cast,
        domain,
        chain_id: domain.chain_id.map_or(0, |id| id.to::<u64>()),
        steps: Vec::new(),
        tally: Tally::default(),
        requests: 0,
        contents: 0,
    };
    // Rosters first, in the first hour.
    for org in &cast.orgs {
        for (i, (key, role)) in org.staff.iter().enumerate() {
            builder.push(
                start + 60 + i as u64,
                &org.admin,
                Call::AddPractitioner {
                    org: org.id,
                    account: key.address(),
                    role: *role,
                },
            );
        }
    }
    for index in 0..cast.patients.len() {
        builder.patient(index, start + HOUR, end);
    }
    // A few emergencies still open at the end of the period.
    let patients = cast.patients.len();
    for (n, index) in (0..patients)
        .step_by(patients.div_ceil(3).max(1))
        .enumerate()
    {
        let me = cast.patients[index].address();
        let at = end - (5 + 3 * n as u64) * HOUR;
        builder.emergency(index, me, start, end, Some(at));
    }
    let mut steps = builder.steps;
    // Stable: steps at the same second keep the order they were planned in.
    steps.sort_by_key(|s| s.at);
    let mut previous = start;
    for step in &mut steps {
        step.at = step.at.max(previous + 1);
        previous = step.at;
    }
    Script {
        steps,
        tally: builder.tally,
        end,
    }
}

/// Request tags in the order the chain will number them.
pub(crate) fn request_order(steps: &[Step]) -> HashMap<usize, usize> {
    steps
        .iter()
        .filter_map(|s| match s.call {
            Call::RequestAccess { tag, .. } => Some(tag),
            _ => None,
        })
        .enumerate()
        .map(|(position, tag)| (tag, position))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use consentry_sdk::eip712;

    use super::*;

    fn demo() -> (Cast, Script) {
        let cast = Cast::new(300, 1);
        let domain = eip712::domain(31337, Address::repeat_byte(7), B256::repeat_byte(8));
        let script = script(&cast, Size { weeks: 6, seed: 42 }, &domain, 1_700_000_000);
        (cast, script)
    }

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

    #[test]
    fn the_script_is_deterministic_and_in_time_order() {
        let (_, a) = demo();
        let (_, b) = demo();
        assert_eq!(a.steps.len(), b.steps.len());
        assert!(a.steps.windows(2).all(|w| w[0].at < w[1].at));
        assert!(a.steps.iter().all(|s| s.at < a.end));
        for (x, y) in a.steps.iter().zip(&b.steps) {
            assert_eq!((x.at, x.from, x.call.name()), (y.at, y.from, y.call.name()));
        }
    }

    #[test]
    fn the_script_has_every_kind_of_consent_and_activity() {
        let (_, script) = demo();
        let t = script.tally;
        assert!(t.consents > 300, "{t:?}");
        for (what, count) in [
            ("signed", t.signed_consents),
            ("delegated", t.delegated_consents),
            ("narrowed", t.narrowed),
            ("extended", t.extended),
            ("revoked", t.revoked),
            ("requests", t.requests),
            ("emergencies", t.emergencies),
            ("superseded", t.superseded),
            ("retracted", t.retracted),
        ] {
            assert!(count > 0, "no {what}: {t:?}");
        }
        assert!(t.records > 600 && t.reads > 300, "{t:?}");
    }

    #[test]
    fn reads_and_supersessions_follow_their_records_and_answers_follow_their_requests() {
        let (cast, script) = demo();
        let author_org: HashMap<Address, u32> = cast
            .orgs
            .iter()
            .flat_map(|org| org.staff.iter().map(|(key, _)| (key.address(), org.id)))
            .collect();
        let roles: HashMap<Address, Role> = cast
            .orgs
            .iter()
            .flat_map(|org| org.staff.iter().map(|(key, role)| (key.address(), *role)))
            .collect();
        let mut added = HashSet::new();
        let mut asked = HashSet::new();
        let mut retracted = HashSet::new();
        for step in &script.steps {
            match &step.call {
                Call::AddRecord(record) => {
                    assert!(
                        roles[&step.from].may_use(record.purpose),
                        "a record written for a purpose outside its author's role"
                    );
                    if let Some(old) = record.supersedes {
                        assert!(added.contains(&old), "supersedes an unknown record");
                    }
                    added.insert(record_id(
                        record.patient,
                        author_org[&step.from],
                        record.category,
                        record.content_hash,
                    ));
                }
                Call::LogAccess { ids, purpose, .. } => {
                    assert!(
                        roles[&step.from].may_use(*purpose),
                        "a read logged for a purpose outside its reader's role"
                    );
                    for id in ids {
                        assert!(added.contains(id), "a read before its record");
                        assert!(!retracted.contains(id), "a read of a retracted record");
                    }
                }
                Call::Retract { id } => {
                    assert!(added.contains(id));
                    retracted.insert(*id);
                }
                Call::RequestAccess { tag, .. } => {
                    asked.insert(*tag);
                }
                Call::Approve { tag } | Call::Deny { tag } => assert!(asked.contains(tag)),
                _ => {}
            }
        }
    }
}
