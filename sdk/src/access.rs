//! The access rule in Rust, and an access model rebuilt from the suite's events.
//!
//! [`ConsentState::basis`] is the line-by-line mirror of `AccessRules.basis` in Solidity, and
//! [`AccessModel`] replays events into exactly the state the contracts decide from, so that
//! [`AccessModel::check_access`] answers as `ConsentRegistry.checkAccess` does for any
//! (patient, organisation, category, purpose, action, time). The indexer answers access
//! questions with this model; the differential tests hold it to the contracts.

use std::collections::HashMap;

use alloy::primitives::{Address, B256};
use consentry_bindings::{
    consent_registry::ConsentRegistry::ConsentRegistryEvents as C,
    organization_registry::OrganizationRegistry::OrganizationRegistryEvents as O,
    record_registry::RecordRegistry::RecordRegistryEvents as R,
};
use serde::{Deserialize, Serialize};

use crate::{
    events::ConsentryEvent,
    types::ConsentTerms,
    vocabulary::{
        Action, ActionSet, Basis, Category, CategorySet, Cosigner, CosignerSet, Purpose,
        PurposeSet, RecordStatus,
    },
};

/// One (patient, organisation) consent slot: the terms and any break-glass access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentState {
    /// The consent's terms; empty categories mean no consent.
    pub terms: ConsentTerms,
    /// Categories opened by the current emergency access.
    pub emergency_categories: CategorySet,
    /// First second after the emergency access; 0 if none was opened.
    pub emergency_until: u64,
}

impl ConsentState {
    /// On what basis this slot lets its organisation `action` records of `category` for
    /// `purpose` at `time` (the organisation's own standing is checked by the caller).
    pub fn basis(&self, category: Category, purpose: Purpose, action: Action, time: u64) -> Basis {
        let terms = &self.terms;
        if terms.categories.contains(category)
            && terms.purposes.contains(purpose)
            && terms.actions.contains(action)
            && terms.valid_from <= time
            && time < terms.valid_until
        {
            return Basis::Consent;
        }
        // Break-glass serves emergency treatment only, reading and writing alike.
        if purpose == Purpose::Etreat
            && self.emergency_categories.contains(category)
            && time < self.emergency_until
        {
            return Basis::Emergency;
        }
        Basis::None
    }

    fn revoke(&mut self) {
        *self = ConsentState::default();
    }

    fn end_emergency(&mut self) {
        self.emergency_categories = CategorySet::EMPTY;
        self.emergency_until = 0;
    }
}

/// An organisation's standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationState {
    /// Suspended by the authority.
    pub suspended: bool,
    /// May open emergency access.
    pub emergency_capable: bool,
}

/// A record pointer's access-relevant facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordState {
    /// Whose record it is.
    pub patient: Address,
    /// The organisation that wrote it.
    pub author_org: u32,
    /// Its category.
    pub category: Category,
    /// Current, superseded, entered-in-error; or pending, rejected, expired when co-signed.
    pub status: RecordStatus,
    /// The pointer it superseded (or, while pending, is to supersede).
    pub predecessor: Option<B256>,
    /// What a record added under a co-signing policy awaits and has.
    pub cosigning: Option<Cosigning>,
}

/// A co-signed record's requirement, as `RecordPending` stated it, and who signed since.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cosigning {
    /// The signer kinds the policy required when the record was added.
    pub required: CosignerSet,
    /// The kinds that signed.
    pub signed: CosignerSet,
    /// Signatures are taken before this time (seconds); from it on the record is expired.
    pub deadline: u64,
    /// The specialist named to sign, if the policy needs one.
    pub specialist: Option<Address>,
    /// The version of the policy it was added under.
    pub policy_version: u32,
}

impl Cosigning {
    /// The kinds still awaited.
    pub fn awaited(&self) -> CosignerSet {
        CosignerSet(self.required.0 & !self.signed.0)
    }
}

impl RecordState {
    /// The record's status at `time`: a pending record past its deadline is expired whether or
    /// not anyone has called `expireRecord` yet.
    pub fn status_at(&self, time: u64) -> RecordStatus {
        match (self.status, self.cosigning) {
            (RecordStatus::Pending, Some(c)) if time >= c.deadline => RecordStatus::Expired,
            (status, _) => status,
        }
    }
}

/// An event the model could not apply: the chain says something the model cannot represent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// A code outside the vocabulary.
    #[error("event carries an unknown code: {0}")]
    UnknownCode(#[from] crate::vocabulary::UnknownCode),
    /// An event names a record the model never saw added.
    #[error("event names unknown record {0}")]
    UnknownRecord(B256),
}

/// The access-relevant state of a deployment, rebuilt from its events in order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AccessModel {
    consents: HashMap<(Address, u32), ConsentState>,
    organizations: HashMap<u32, OrganizationState>,
    records: HashMap<B256, RecordState>,
}

impl AccessModel {
    /// An empty model (no organisation accredited yet).
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies one event; events that change no access decision are ignored.
    pub fn apply(&mut self, event: &ConsentryEvent) -> Result<(), ModelError> {
        match event {
            ConsentryEvent::Organizations(event) => self.apply_organization(event),
            ConsentryEvent::Consents(event) => self.apply_consent(event),
            ConsentryEvent::Records(event) => self.apply_record(event)?,
        }
        Ok(())
    }

    fn apply_organization(&mut self, event: &O) {
        match event {
            O::OrganizationAccredited(e) => {
                self.organizations.insert(
                    e.orgId,
                    OrganizationState {
                        suspended: false,
                        emergency_capable: e.emergencyCapable,
                    },
                );
            }
            O::OrganizationSuspended(e) => {
                self.organizations.entry(e.orgId).or_default().suspended = true
            }
            O::OrganizationReinstated(e) => {
                self.organizations.entry(e.orgId).or_default().suspended = false
            }
            O::EmergencyCapabilitySet(e) => {
                self.organizations
                    .entry(e.orgId)
                    .or_default()
                    .emergency_capable = e.emergencyCapable;
                // Withdrawing the capability ends the organisation's open break-glass at once
                // (the contract voids every access opened up to the withdrawal).
                if !e.emergencyCapable {
                    self.end_emergencies(|_, org| org == e.orgId);
                }
            }
            _ => {}
        }
    }

    fn apply_consent(&mut self, event: &C) {
        match event {
            C::ConsentGranted(e) => {
                self.slot(e.patient, e.orgId).terms = terms(
                    e.categories,
                    e.purposes,
                    e.actions,
                    e.validFrom.to(),
                    e.validUntil.to(),
                );
            }
            C::ConsentNarrowed(e) => {
                self.slot(e.patient, e.orgId).terms = terms(
                    e.categories,
                    e.purposes,
                    e.actions,
                    e.validFrom.to(),
                    e.validUntil.to(),
                );
            }
            C::ConsentExtended(e) => {
                self.slot(e.patient, e.orgId).terms.valid_until = e.validUntil.to()
            }
            C::ConsentRevoked(e) => self.slot(e.patient, e.orgId).revoke(),
            C::EmergencyAccessOpened(e) => {
                let slot = self.slot(e.patient, e.orgId);
                slot.emergency_categories = CategorySet(e.categories);
                slot.emergency_until = e.expiresAt.to();
            }
            C::EmergencyAccessClosed(e) => self.slot(e.patient, e.orgId).end_emergency(),
            // An opt-out ends every open break-glass access to the patient at once.
            C::EmergencyPolicySet(e) if e.optedOut => {
                self.end_emergencies(|patient, _| patient == e.patient)
            }
            _ => {}
        }
    }

    /// Ends the break-glass access of every slot `which` picks. Openings in the same second as
    /// the opt-out or withdrawal that ended them are refused on chain, so ending them when the
    /// event is applied gives the contract's answer for every later time.
    fn end_emergencies(&mut self, which: impl Fn(Address, u32) -> bool) {
        for (&(patient, org), slot) in &mut self.consents {
            if which(patient, org) {
                slot.end_emergency();
            }
        }
    }

    fn apply_record(&mut self, event: &R) -> Result<(), ModelError> {
        match event {
            R::RecordAdded(e) => {
                let predecessor = (!e.supersedes.is_zero()).then_some(e.supersedes);
                if let Some(previous) = predecessor {
                    self.record_mut(previous)?.status = RecordStatus::Superseded;
                }
                self.records.insert(
                    e.recordId,
                    RecordState {
                        patient: e.patient,
                        author_org: e.authorOrg,
                        category: Category::from_code(e.category)?,
                        status: RecordStatus::Current,
                        predecessor,
                        cosigning: None,
                    },
                );
            }
            // Emitted right after the `RecordAdded` of a pointer added under a co-signing
            // policy: it is pending, and the version it names (current when it was added, or the
            // contract would have refused it) is current until the last signature.
            R::RecordPending(e) => {
                let record = self.record_mut(e.recordId)?;
                record.status = RecordStatus::Pending;
                record.cosigning = Some(Cosigning {
                    required: CosignerSet(e.required),
                    signed: CosignerSet::EMPTY,
                    deadline: e.deadline.to(),
                    specialist: (!e.specialist.is_zero()).then_some(e.specialist),
                    policy_version: e.policyVersion,
                });
                if let Some(previous) = record.predecessor {
                    self.record_mut(previous)?.status = RecordStatus::Current;
                }
            }
            R::RecordSigned(e) => {
                let signer = Cosigner::from_code(e.kind)?;
                if let Some(cosigning) = self.record_mut(e.recordId)?.cosigning.as_mut() {
                    cosigning.signed.0 |= signer.mask();
                }
            }
            R::RecordConfirmed(e) => {
                self.record_mut(e.recordId)?.status = RecordStatus::Current;
                if !e.supersedes.is_zero() {
                    self.record_mut(e.supersedes)?.status = RecordStatus::Superseded;
                }
            }
            R::RecordRejected(e) => self.record_mut(e.recordId)?.status = RecordStatus::Rejected,
            R::RecordExpired(e) => self.record_mut(e.recordId)?.status = RecordStatus::Expired,
            R::RecordRetracted(e) => {
                let record = self.record_mut(e.recordId)?;
                record.status = RecordStatus::EnteredInError;
                if let Some(previous) = record.predecessor {
                    self.record_mut(previous)?.status = RecordStatus::Current;
                }
            }
            R::RecordAccessed(_) | R::CosignPolicySet(_) | R::EIP712DomainChanged(_) => {}
        }
        Ok(())
    }

    fn slot(&mut self, patient: Address, org: u32) -> &mut ConsentState {
        self.consents.entry((patient, org)).or_default()
    }

    fn record_mut(&mut self, id: B256) -> Result<&mut RecordState, ModelError> {
        self.records
            .get_mut(&id)
            .ok_or(ModelError::UnknownRecord(id))
    }

    /// Whether `org` exists and is not suspended.
    pub fn is_active(&self, org: u32) -> bool {
        self.organizations.get(&org).is_some_and(|o| !o.suspended)
    }

    /// The consent slot of (`patient`, `org`).
    pub fn consent(&self, patient: Address, org: u32) -> ConsentState {
        self.consents
            .get(&(patient, org))
            .copied()
            .unwrap_or_default()
    }

    /// The organisation `org`, if accredited.
    pub fn organization(&self, org: u32) -> Option<OrganizationState> {
        self.organizations.get(&org).copied()
    }

    /// The record `id`, if added.
    pub fn record(&self, id: B256) -> Option<RecordState> {
        self.records.get(&id).copied()
    }

    /// The answer of `ConsentRegistry.checkAccess` at `time`.
    pub fn check_access(
        &self,
        patient: Address,
        org: u32,
        category: Category,
        purpose: Purpose,
        action: Action,
        time: u64,
    ) -> Basis {
        let basis = self
            .consent(patient, org)
            .basis(category, purpose, action, time);
        // A suspended (or unknown) organisation can do nothing.
        if basis.allows() && !self.is_active(org) {
            Basis::None
        } else {
            basis
        }
    }

    /// The answer of `RecordRegistry.checkRecordAccess` at `time`; `None` for an unknown
    /// record (the contract reverts).
    pub fn check_record_access(
        &self,
        id: B256,
        org: u32,
        purpose: Purpose,
        time: u64,
    ) -> Option<Basis> {
        let record = self.record(id)?;
        // Only a current or superseded pointer is read: one entered in error, or pending,
        // rejected or expired under co-signing, is never a basis.
        if !record.status.is_confirmed() || !self.is_active(org) {
            return Some(Basis::None);
        }
        if record.author_org == org {
            return Some(Basis::OwnRecord);
        }
        Some(
            self.consent(record.patient, org)
                .basis(record.category, purpose, Action::Read, time),
        )
    }
}

fn terms(
    categories: u32,
    purposes: u8,
    actions: u8,
    valid_from: u64,
    valid_until: u64,
) -> ConsentTerms {
    ConsentTerms {
        categories: CategorySet(categories),
        purposes: PurposeSet(purposes),
        actions: ActionSet(actions),
        valid_from,
        valid_until,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot() -> ConsentState {
        ConsentState {
            terms: terms(
                Category::Laboratory.mask(),
                Purpose::Treat.mask(),
                Action::Read.mask(),
                100,
                200,
            ),
            emergency_categories: CategorySet::STANDARD,
            emergency_until: 150,
        }
    }

    #[test]
    fn consent_window_is_half_open() {
        let s = slot();
        assert_eq!(
            s.basis(Category::Laboratory, Purpose::Treat, Action::Read, 99),
            Basis::None
        );
        assert_eq!(
            s.basis(Category::Laboratory, Purpose::Treat, Action::Read, 100),
            Basis::Consent
        );
        assert_eq!(
            s.basis(Category::Laboratory, Purpose::Treat, Action::Read, 199),
            Basis::Consent
        );
        assert_eq!(
            s.basis(Category::Laboratory, Purpose::Treat, Action::Read, 200),
            Basis::None
        );
    }

    #[test]
    fn emergency_serves_etreat_only_and_not_restricted_categories_by_default() {
        let s = slot();
        assert_eq!(
            s.basis(Category::Imaging, Purpose::Etreat, Action::Write, 149),
            Basis::Emergency
        );
        assert_eq!(
            s.basis(Category::Imaging, Purpose::Etreat, Action::Write, 150),
            Basis::None
        );
        assert_eq!(
            s.basis(Category::Imaging, Purpose::Treat, Action::Read, 120),
            Basis::None
        );
        assert_eq!(
            s.basis(Category::MentalHealth, Purpose::Etreat, Action::Read, 120),
            Basis::None
        );
    }

    #[test]
    fn consent_wins_over_emergency() {
        let mut s = slot();
        s.terms.purposes = PurposeSet::ALL;
        assert_eq!(
            s.basis(Category::Laboratory, Purpose::Etreat, Action::Read, 120),
            Basis::Consent
        );
    }

    #[test]
    fn an_opt_out_or_a_withdrawn_capability_ends_open_break_glass_at_once() {
        use consentry_bindings::{
            consent_registry::ConsentRegistry, organization_registry::OrganizationRegistry,
        };
        let (patient, other) = (Address::repeat_byte(1), Address::repeat_byte(2));
        let mut model = AccessModel::new();
        let capable = |capable| {
            ConsentryEvent::Organizations(O::EmergencyCapabilitySet(
                OrganizationRegistry::EmergencyCapabilitySet {
                    orgId: 1,
                    emergencyCapable: capable,
                },
            ))
        };
        let open = |who| {
            ConsentryEvent::Consents(C::EmergencyAccessOpened(
                ConsentRegistry::EmergencyAccessOpened {
                    patient: who,
                    orgId: 1,
                    practitioner: Address::ZERO,
                    reasonCode: 1,
                    justificationHash: B256::ZERO,
                    categories: CategorySet::STANDARD.0,
                    expiresAt: alloy::primitives::Uint::from(200u64),
                },
            ))
        };
        let policy = |opted_out| {
            ConsentryEvent::Consents(C::EmergencyPolicySet(ConsentRegistry::EmergencyPolicySet {
                patient,
                optedOut: opted_out,
                restrictedCategories: 0,
            }))
        };
        let glass = |model: &AccessModel, who| {
            model.check_access(
                who,
                1,
                Category::Allergies,
                Purpose::Etreat,
                Action::Read,
                150,
            )
        };
        for event in [capable(true), open(patient), open(other)] {
            model.apply(&event).unwrap();
        }
        assert_eq!(glass(&model, patient), Basis::Emergency);

        model.apply(&policy(true)).unwrap();
        assert_eq!(glass(&model, patient), Basis::None, "opted out");
        assert_eq!(glass(&model, other), Basis::Emergency, "another patient's");
        model.apply(&policy(false)).unwrap();
        assert_eq!(
            glass(&model, patient),
            Basis::None,
            "opting in again revives nothing"
        );

        model.apply(&capable(false)).unwrap();
        assert_eq!(glass(&model, other), Basis::None, "capability withdrawn");
        model.apply(&capable(true)).unwrap();
        assert_eq!(
            glass(&model, other),
            Basis::None,
            "restoring it revives nothing"
        );
        model.apply(&open(other)).unwrap();
        assert_eq!(
            glass(&model, other),
            Basis::Emergency,
            "a new opening counts"
        );
    }

    #[test]
    fn unknown_and_suspended_organisations_get_nothing() {
        let mut model = AccessModel::new();
        model.consents.insert((Address::ZERO, 1), slot());
        assert_eq!(
            model.check_access(
                Address::ZERO,
                1,
                Category::Laboratory,
                Purpose::Treat,
                Action::Read,
                120
            ),
            Basis::None
        );
        model.organizations.insert(1, OrganizationState::default());
        assert_eq!(
            model.check_access(
                Address::ZERO,
                1,
                Category::Laboratory,
                Purpose::Treat,
                Action::Read,
                120
            ),
            Basis::Consent
        );
        model.organizations.insert(
            1,
            OrganizationState {
                suspended: true,
                emergency_capable: true,
            },
        );
        assert_eq!(
            model.check_access(
                Address::ZERO,
                1,
                Category::Laboratory,
                Purpose::Treat,
                Action::Read,
                120
            ),
            Basis::None
        );
    }

    /// Co-signing: a pending version is no basis (not even its author's) and supersedes nothing
    /// until the last signature; a pending record past its deadline reads as expired; rejected
    /// is no basis either.
    #[test]
    fn a_co_signed_record_counts_only_once_confirmed() {
        use consentry_bindings::record_registry::RecordRegistry;
        let patient = Address::repeat_byte(1);
        let (first, second, third) = (
            B256::repeat_byte(0xa1),
            B256::repeat_byte(0xa2),
            B256::repeat_byte(0xa3),
        );
        let mut model = AccessModel::new();
        model.organizations.insert(4, OrganizationState::default());
        let records = |event| ConsentryEvent::Records(event);
        let added = |id: B256, supersedes: B256| {
            records(R::RecordAdded(RecordRegistry::RecordAdded {
                recordId: id,
                patient,
                authorOrg: 4,
                practitioner: Address::repeat_byte(3),
                category: Category::Imaging.code(),
                fhirType: 3,
                contentHash: id,
                supersedes,
                purpose: Purpose::Treat.code(),
                basis: Basis::Consent.code(),
            }))
        };
        let pending = |id: B256| {
            records(R::RecordPending(RecordRegistry::RecordPending {
                recordId: id,
                patient,
                authorOrg: 4,
                required: Cosigner::HeadOfDepartment.mask() | Cosigner::Patient.mask(),
                deadline: alloy::primitives::aliases::U40::from(1_000),
                specialist: Address::ZERO,
                policyVersion: 1,
            }))
        };
        let signed = |id: B256, kind: Cosigner| {
            records(R::RecordSigned(RecordRegistry::RecordSigned {
                recordId: id,
                patient,
                authorOrg: 4,
                signer: patient,
                kind: kind.code(),
            }))
        };
        for event in [
            added(first, B256::ZERO),
            added(second, first),
            pending(second),
        ] {
            model.apply(&event).unwrap();
        }
        let own = |model: &AccessModel, id| model.check_record_access(id, 4, Purpose::Treat, 100);
        assert_eq!(own(&model, first), Some(Basis::OwnRecord), "still current");
        assert_eq!(own(&model, second), Some(Basis::None), "pending: no basis");
        let state = model.record(second).unwrap();
        assert_eq!(state.status_at(999), RecordStatus::Pending);
        assert_eq!(state.status_at(1_000), RecordStatus::Expired);

        model.apply(&signed(second, Cosigner::Patient)).unwrap();
        assert_eq!(
            model.record(second).unwrap().cosigning.unwrap().awaited(),
            CosignerSet(Cosigner::HeadOfDepartment.mask())
        );
        model
            .apply(&signed(second, Cosigner::HeadOfDepartment))
            .unwrap();
        model
            .apply(&records(R::RecordConfirmed(
                RecordRegistry::RecordConfirmed {
                    recordId: second,
                    patient,
                    authorOrg: 4,
                    supersedes: first,
                },
            )))
            .unwrap();
        assert_eq!(own(&model, second), Some(Basis::OwnRecord), "current");
        assert_eq!(
            model.record(first).unwrap().status,
            RecordStatus::Superseded
        );

        model.apply(&added(third, second)).unwrap();
        model.apply(&pending(third)).unwrap();
        model
            .apply(&records(R::RecordRejected(
                RecordRegistry::RecordRejected {
                    recordId: third,
                    patient,
                    authorOrg: 4,
                    signer: patient,
                    kind: Cosigner::Patient.code(),
                    reasonHash: B256::ZERO,
                },
            )))
            .unwrap();
        assert_eq!(own(&model, third), Some(Basis::None), "rejected");
        assert_eq!(model.record(second).unwrap().status, RecordStatus::Current);
    }
}
