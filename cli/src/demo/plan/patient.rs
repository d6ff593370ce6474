//! What happens to each patient over the simulated weeks — consents and how they end, records
//! and reads, a laboratory, a guardian, a request from another hospital, a break-glass —
//! written into the script by the [`Builder`].

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
        Action, ActionSet, Category, CategorySet, EmergencyReason, FhirResourceType, Purpose,
        PurposeSet,
    },
};
use rand::{Rng, rngs::StdRng, seq::IndexedRandom};

use super::{Call, Cast, DAY, DemoOrg, EMERGENCY_DURATION, HOUR, REQUEST_TTL, Step, Tally};

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

pub(super) struct Builder<'a> {
    pub(super) rng: StdRng,
    pub(super) cast: &'a Cast,
    pub(super) domain: &'a Eip712Domain,
    pub(super) chain_id: u64,
    pub(super) steps: Vec<Step>,
    pub(super) tally: Tally,
    pub(super) requests: usize,
    /// Distinct contents per patient.
    pub(super) contents: usize,
}

impl Builder<'_> {
    pub(super) fn push(&mut self, at: u64, from: &PrivateKeySigner, call: Call) {
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
                specialist: None,
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

    pub(super) fn patient(&mut self, index: usize, start: u64, end: u64) {
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

    pub(super) fn emergency(
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
