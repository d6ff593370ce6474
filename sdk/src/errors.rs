//! Reverts of the suite, decoded into the contracts' custom errors and told as sentences.
//!
//! Every custom error of the three registries (and the OpenZeppelin errors they inherit)
//! decodes into [`Revert`], whose `Display` is a sentence a clinic or a patient can act on:
//! "organisation 7 is suspended". The error's name and selector stay available for `-v`.

use std::fmt;

use alloy::{
    primitives::{Bytes, hex},
    sol_types::{Panic, Revert as RevertString, SolError, SolInterface},
};
use consentry_bindings::{
    consent_registry::ConsentRegistry::ConsentRegistryErrors as C,
    organization_registry::OrganizationRegistry::OrganizationRegistryErrors as O,
    record_registry::RecordRegistry::RecordRegistryErrors as R,
};

use crate::vocabulary::{
    Action, ActionSet, Category, CategorySet, Cosigner, Purpose, PurposeSet, RecordStatus,
    RequestStatus, Role,
};

/// A revert from one of the registries, decoded as far as the suite's ABIs allow.
#[derive(Debug, Clone)]
pub enum Revert {
    /// An error of the organisation registry (or its OpenZeppelin AccessControl).
    Organizations(O),
    /// An error of the consent registry.
    Consents(C),
    /// An error of the record registry.
    Records(R),
    /// A Solidity panic (assertion, overflow) with its code.
    Panic(u64),
    /// A revert string (never raised by the suite itself).
    Message(String),
    /// Revert data no ABI of the suite explains (empty when a call ran out of gas or hit no code).
    Unknown(Bytes),
}

impl Revert {
    /// Decodes raw revert data.
    pub fn decode(data: &[u8]) -> Self {
        if let Ok(error) = C::abi_decode(data) {
            return Revert::Consents(error);
        }
        if let Ok(error) = R::abi_decode(data) {
            return Revert::Records(error);
        }
        if let Ok(error) = O::abi_decode(data) {
            return Revert::Organizations(error);
        }
        if let Ok(panic) = Panic::abi_decode(data) {
            return Revert::Panic(panic.code.saturating_to());
        }
        if let Ok(message) = RevertString::abi_decode(data) {
            return Revert::Message(message.reason);
        }
        Revert::Unknown(Bytes::copy_from_slice(data))
    }

    /// The four-byte selector of the error, if there was one.
    pub fn selector(&self) -> Option<[u8; 4]> {
        match self {
            Revert::Organizations(e) => Some(e.selector()),
            Revert::Consents(e) => Some(e.selector()),
            Revert::Records(e) => Some(e.selector()),
            Revert::Panic(_) => Some(Panic::SELECTOR),
            Revert::Message(_) => Some(RevertString::SELECTOR),
            Revert::Unknown(data) => data.get(..4).map(|s| s.try_into().unwrap_or_default()),
        }
    }

    /// The Solidity name of the error, e.g. `ConsentRegistry__NoConsent`.
    pub fn name(&self) -> String {
        let debug = match self {
            Revert::Organizations(e) => format!("{e:?}"),
            Revert::Consents(e) => format!("{e:?}"),
            Revert::Records(e) => format!("{e:?}"),
            Revert::Panic(_) => return "Panic".into(),
            Revert::Message(_) => return "Error".into(),
            Revert::Unknown(_) => return "unknown".into(),
        };
        debug.split('(').next().unwrap_or_default().to_owned()
    }

    /// The sentence plus the error's name and selector, for verbose output.
    pub fn verbose(&self) -> String {
        match self.selector() {
            Some(selector) => format!("{self} [{} 0x{}]", self.name(), hex::encode(selector)),
            None => self.to_string(),
        }
    }
}

impl fmt::Display for Revert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Revert::Organizations(e) => organizations(e, f),
            Revert::Consents(e) => consents(e, f),
            Revert::Records(e) => records(e, f),
            Revert::Panic(code) => write!(f, "the contract panicked (code 0x{code:x})"),
            Revert::Message(message) => write!(f, "reverted: {message}"),
            Revert::Unknown(data) if data.is_empty() => {
                f.write_str("reverted without a reason (out of gas or no contract at the address?)")
            }
            Revert::Unknown(data) => {
                write!(f, "reverted with unknown data 0x{}", hex::encode(data))
            }
        }
    }
}

fn category(code: u8) -> String {
    Category::from_code(code)
        .map_or_else(|_| format!("category code {code}"), |c| c.name().to_owned())
}

fn purpose(code: u8) -> String {
    Purpose::from_code(code)
        .map_or_else(|_| format!("purpose code {code}"), |p| p.name().to_owned())
}

fn action(code: u8) -> String {
    Action::from_code(code).map_or_else(|_| format!("action code {code}"), |a| a.name().to_owned())
}

fn role(code: u8) -> String {
    Role::from_code(code).map_or_else(
        |_| format!("role code {code}"),
        |r| r.display().to_ascii_lowercase(),
    )
}

fn organizations(e: &O, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match e {
        O::AccessControlUnauthorizedAccount(e) => {
            write!(
                f,
                "account {} lacks the role this needs (0x{})",
                e.account,
                hex::encode(e.neededRole)
            )
        }
        O::AccessControlBadConfirmation(_) => {
            f.write_str("a role can only be renounced by its holder")
        }
        O::OrganizationRegistry__AlreadyPractitioner(e) => {
            write!(
                f,
                "account {} is already a practitioner of organisation {}",
                e.account, e.orgId
            )
        }
        O::OrganizationRegistry__InvalidEndpoint(e) => {
            write!(
                f,
                "the FHIR endpoint must be 1 to 512 bytes long, not {}",
                e.length
            )
        }
        O::OrganizationRegistry__InvalidKind(e) => {
            write!(f, "{} is not an organisation kind", e.kind)
        }
        O::OrganizationRegistry__InvalidRole(e) => {
            write!(f, "{} is not a practitioner role", e.role)
        }
        O::OrganizationRegistry__NotOrganizationAdmin(e) => {
            write!(
                f,
                "account {} is not the admin of organisation {}",
                e.account, e.orgId
            )
        }
        O::OrganizationRegistry__NotPendingAdmin(e) => {
            write!(
                f,
                "account {} was not offered the admin role of organisation {}",
                e.account, e.orgId
            )
        }
        O::OrganizationRegistry__NotPractitioner(e) => {
            write!(
                f,
                "account {} is not a practitioner of organisation {}",
                e.account, e.orgId
            )
        }
        O::OrganizationRegistry__OrganizationNotSuspended(e) => {
            write!(f, "organisation {} is not suspended", e.orgId)
        }
        O::OrganizationRegistry__OrganizationSuspended(e) => {
            write!(f, "organisation {} is suspended", e.orgId)
        }
        O::OrganizationRegistry__UnknownOrganization(e) => {
            write!(f, "there is no organisation {}", e.orgId)
        }
        O::OrganizationRegistry__WritesNotPaused(_) => f.write_str("writes are not paused"),
        O::OrganizationRegistry__WritesPaused(_) => {
            f.write_str("writes are paused by the health authority (revocations stay open)")
        }
        O::OrganizationRegistry__ZeroAddress(_) => {
            f.write_str("the zero address cannot hold this role")
        }
    }
}

fn consents(e: &C, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match e {
        C::ConsentRegistry__DelegateScopeExceeded(e) => write!(
            f,
            "delegate {} may act for {} only, not {}",
            e.delegate,
            CategorySet(e.allowed),
            CategorySet(e.requested)
        ),
        C::ConsentRegistry__DelegatePurposesExceeded(e) => write!(
            f,
            "delegate {} may grant for {} only, not {}",
            e.delegate,
            PurposeSet(e.allowed),
            PurposeSet(e.requested)
        ),
        C::ConsentRegistry__DelegateActionsExceeded(e) => write!(
            f,
            "delegate {} may grant {} only, not {}",
            e.delegate,
            ActionSet(e.allowed),
            ActionSet(e.requested)
        ),
        C::ConsentRegistry__DelegationEndsFirst(e) => write!(
            f,
            "delegate {}'s delegation ends at {}, before the access it would create ends ({})",
            e.delegate, e.delegationEnds, e.requestedUntil
        ),
        C::ConsentRegistry__EmergencyOptedOut(e) => {
            write!(f, "patient {} opted out of emergency access", e.patient)
        }
        C::ConsentRegistry__EmergencyAccessOpen(e) => write!(
            f,
            "organisation {} already holds an emergency access to patient {}, open until {} (opening again would restart its clock)",
            e.orgId, e.patient, e.expiresAt
        ),
        C::ConsentRegistry__EmergencyLimitReached(e) => write!(
            f,
            "organisation {} opened {} emergency accesses to patient {} within {} days; the next is possible at {}",
            e.orgId,
            crate::vocabulary::EMERGENCY_MAX_OPENINGS,
            e.patient,
            crate::vocabulary::EMERGENCY_WINDOW / 86_400,
            e.availableAt
        ),
        C::ConsentRegistry__EmergencyClosedByPatient(e) => write!(
            f,
            "patient {} or a delegate closed organisation {}'s emergency access, so it may not open another before {}",
            e.patient, e.orgId, e.availableAt
        ),
        C::ConsentRegistry__InvalidAction(e) => write!(f, "{} is not an action code", e.action),
        C::ConsentRegistry__InvalidActions(e) => {
            write!(f, "action mask {:#x} is empty or unknown", e.actions)
        }
        C::ConsentRegistry__InvalidCategories(e) => {
            write!(
                f,
                "category mask {:#x} is empty or names unknown categories",
                e.categories
            )
        }
        C::ConsentRegistry__InvalidCategory(e) => {
            write!(f, "{} is not a category code", e.category)
        }
        C::ConsentRegistry__InvalidDelegate(e) => {
            write!(f, "{} cannot be appointed a delegate", e.delegate)
        }
        C::ConsentRegistry__InvalidDuration(e) => {
            write!(
                f,
                "a request's duration must be between 1 second and 730 days, not {} seconds",
                e.duration
            )
        }
        C::ConsentRegistry__InvalidExpiry(e) => write!(
            f,
            "the delegation must end in the future (got {})",
            e.expiresAt
        ),
        C::ConsentRegistry__InvalidNonce(e) => write!(
            f,
            "the signature was made for nonce {}, but the next nonce is {} (replayed, or superseded by a revocation)",
            e.provided, e.expected
        ),
        C::ConsentRegistry__InvalidPatient(_) => f.write_str("the zero address is not a patient"),
        C::ConsentRegistry__InvalidPurpose(e) => write!(f, "{} is not a purpose code", e.purpose),
        C::ConsentRegistry__InvalidPurposes(e) => {
            write!(f, "purpose mask {:#x} is empty or unknown", e.purposes)
        }
        C::ConsentRegistry__InvalidReason(e) => {
            write!(f, "{} is not an emergency reason code", e.reasonCode)
        }
        C::ConsentRegistry__InvalidSignature(e) => write!(
            f,
            "the signature is not patient {}'s for these terms on this chain and contract",
            e.patient
        ),
        C::ConsentRegistry__InvalidValidity(e) => write!(
            f,
            "the validity window {}..{} is empty or already over",
            e.validFrom, e.validUntil
        ),
        C::ConsentRegistry__NoConsent(e) => {
            write!(
                f,
                "patient {} has no consent for organisation {}",
                e.patient, e.orgId
            )
        }
        C::ConsentRegistry__NoEmergencyAccess(e) => write!(
            f,
            "organisation {} holds no open emergency access to patient {}",
            e.orgId, e.patient
        ),
        C::ConsentRegistry__NotClinicalRole(e) => write!(
            f,
            "only physicians and nurses may break the glass; {} is a {}",
            e.account,
            role(e.role)
        ),
        C::ConsentRegistry__PurposeNotForRole(e) => {
            let allowed = Role::from_code(e.role).map_or_else(
                |_| "nothing".to_owned(),
                |r| {
                    Purpose::ALL
                        .iter()
                        .filter(|p| r.may_use(**p))
                        .map(|p| p.name())
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            );
            write!(
                f,
                "{} is a {}, who acts for {allowed}, not for {}",
                e.account,
                role(e.role),
                purpose(e.purpose)
            )
        }
        C::ConsentRegistry__NotDelegate(e) => write!(
            f,
            "{} is not a delegate of patient {}",
            e.delegate, e.patient
        ),
        C::ConsentRegistry__NotEmergencyCapable(e) => {
            write!(f, "organisation {} may not open emergency access", e.orgId)
        }
        C::ConsentRegistry__NotLater(e) => {
            write!(
                f,
                "the new end {} is not later than the current end {}",
                e.requested, e.current
            )
        }
        C::ConsentRegistry__NotNarrower(e) => write!(
            f,
            "the new terms for organisation {} are not within patient {}'s current consent",
            e.orgId, e.patient
        ),
        C::ConsentRegistry__NotOfOrganization(e) => {
            write!(
                f,
                "account {} does not act for organisation {}",
                e.account, e.orgId
            )
        }
        C::ConsentRegistry__NotPatientOrDelegate(e) => {
            write!(
                f,
                "account {} is neither patient {} nor a current delegate of theirs",
                e.caller, e.patient
            )
        }
        C::ConsentRegistry__NotPractitioner(e) => {
            write!(
                f,
                "account {} is not a practitioner of any organisation",
                e.account
            )
        }
        C::ConsentRegistry__OnlyOrganizationRegistry(e) => {
            write!(
                f,
                "only the organisation registry may do this, not {}",
                e.caller
            )
        }
        C::ConsentRegistry__OrganizationSuspended(e) => {
            write!(f, "organisation {} is suspended", e.orgId)
        }
        C::ConsentRegistry__RequestExpired(e) => {
            write!(
                f,
                "access request {} expired at {}",
                e.requestId, e.expiresAt
            )
        }
        C::ConsentRegistry__RequestNotPending(e) => {
            let status = RequestStatus::from_code(e.status).map_or("decided", |s| s.name());
            write!(f, "access request {} is already {status}", e.requestId)
        }
        C::ConsentRegistry__SignatureExpired(e) => {
            write!(f, "the signature expired at {}", e.deadline)
        }
        C::ConsentRegistry__UnknownOrganization(e) => {
            write!(f, "there is no organisation {}", e.orgId)
        }
        C::ConsentRegistry__UnknownRequest(e) => {
            write!(f, "there is no access request {}", e.requestId)
        }
        C::ConsentRegistry__WritesPaused(_) => {
            f.write_str("writes are paused by the health authority (revocations stay open)")
        }
    }
}

fn records(e: &R, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match e {
        R::RecordRegistry__EmptyContentHash(_) => f.write_str("the content hash is empty"),
        R::RecordRegistry__InvalidCategory(e) => write!(f, "{} is not a category code", e.category),
        R::RecordRegistry__InvalidFhirType(e) => {
            write!(f, "{} is not a FHIR resource type code", e.fhirType)
        }
        R::RecordRegistry__InvalidPatient(_) => f.write_str("the zero address is not a patient"),
        R::RecordRegistry__InvalidPurpose(e) => write!(f, "{} is not a purpose code", e.purpose),
        R::RecordRegistry__InvalidRecordCount(e) => {
            write!(f, "a read receipt names 1 to 256 records, not {}", e.count)
        }
        R::RecordRegistry__NoAccessBasis(e) => write!(
            f,
            "organisation {} has no consent or emergency access to {} patient {}'s {} records for {}",
            e.orgId,
            action(e.action),
            e.patient,
            category(e.category),
            purpose(e.purpose)
        ),
        R::RecordRegistry__NotAuthorOrganization(e) => write!(
            f,
            "record {} was not written by organisation {}",
            e.recordId, e.orgId
        ),
        R::RecordRegistry__PatientMismatch(e) => {
            write!(
                f,
                "record {} does not belong to patient {}",
                e.recordId, e.patient
            )
        }
        R::RecordRegistry__RecordEnteredInError(e) => {
            write!(f, "record {} was marked entered-in-error", e.recordId)
        }
        R::RecordRegistry__RecordExists(e) => {
            write!(
                f,
                "record {} already exists (same patient, author organisation, category and content)",
                e.recordId
            )
        }
        R::RecordRegistry__RecordNotCurrent(e) => {
            let status = RecordStatus::from_code(e.status).map_or("not current", |s| s.name());
            write!(f, "record {} is {status}, not current", e.recordId)
        }
        R::RecordRegistry__UnknownRecord(e) => write!(f, "there is no record {}", e.recordId),
        R::RecordRegistry__RecordNotConfirmed(e) => {
            let status = RecordStatus::from_code(e.status).map_or("not confirmed", |s| s.display());
            write!(
                f,
                "record {} is {status}: only current and superseded records are read",
                e.recordId
            )
        }
        R::RecordRegistry__RecordNotPending(e) => {
            let status = RecordStatus::from_code(e.status).map_or("decided", |s| s.display());
            write!(
                f,
                "record {} is {status}, not awaiting signatures",
                e.recordId
            )
        }
        R::RecordRegistry__CosignExpired(e) => write!(
            f,
            "record {} expired at {} without every signature: it takes no more",
            e.recordId, e.deadline
        ),
        R::RecordRegistry__CosignNotExpired(e) => write!(
            f,
            "record {} awaits signatures until {}: it has not expired",
            e.recordId, e.deadline
        ),
        R::RecordRegistry__SignerNotAwaited(e) => write!(
            f,
            "record {} does not await a signature of the {} (not required, or already signed)",
            e.recordId,
            signer(e.kind)
        ),
        R::RecordRegistry__NotSigner(e) => write!(
            f,
            "{} may not sign record {} as the {}",
            e.account,
            e.recordId,
            signer(e.kind)
        ),
        R::RecordRegistry__SpecialistRequired(_) => f.write_str(
            "the co-signing policy needs a specialist named on the record (--specialist)",
        ),
        R::RecordRegistry__SpecialistNotRequired(e) => write!(
            f,
            "no co-signing policy here needs a specialist, yet {} was named",
            e.specialist
        ),
        R::RecordRegistry__SpecialistIsAuthor(e) => write!(
            f,
            "{} wrote the record and cannot also sign it as the specialist",
            e.specialist
        ),
        R::RecordRegistry__InvalidCosignPolicy(e) => write!(
            f,
            "a co-signing policy needs signers among {} and a wait of 1 second to 365 days \
             (or none of either, to remove it); got signers {:#04x}, wait {} s",
            Cosigner::ALL
                .iter()
                .map(|c| c.name())
                .collect::<Vec<_>>()
                .join(", "),
            e.signers,
            e.maxWait
        ),
        R::RecordRegistry__UnknownOrganization(e) => {
            write!(f, "there is no organisation {}", e.orgId)
        }
        R::RecordRegistry__NotOrganizationAdmin(e) => write!(
            f,
            "{} is not the admin of organisation {}",
            e.account, e.orgId
        ),
        R::RecordRegistry__SignatureExpired(e) => {
            write!(f, "the signature expired at {}", e.deadline)
        }
        R::RecordRegistry__InvalidSignature(e) => {
            write!(f, "the signature is not {}'s over this decision", e.signer)
        }
    }
}

fn signer(code: u8) -> String {
    Cosigner::from_code(code).map_or_else(
        |_| format!("signer kind {code}"),
        |c| c.display().to_lowercase(),
    )
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{Address, U256};
    use consentry_bindings::{consent_registry::ConsentRegistry, record_registry::RecordRegistry};

    use super::*;

    #[test]
    fn a_purpose_outside_the_role_names_what_the_role_acts_for() {
        let data = ConsentRegistry::ConsentRegistry__PurposeNotForRole {
            account: Address::repeat_byte(0xb1),
            role: Role::BillingOfficer.code(),
            purpose: Purpose::Treat.code(),
        }
        .abi_encode();
        assert_eq!(
            Revert::decode(&data).to_string(),
            format!(
                "{} is a billing officer, who acts for HPAYMT, HOPERAT, not for TREAT",
                Address::repeat_byte(0xb1)
            )
        );
    }

    #[test]
    fn decodes_each_registry_and_tells_a_sentence() {
        let data =
            ConsentRegistry::ConsentRegistry__OrganizationSuspended { orgId: 7 }.abi_encode();
        let revert = Revert::decode(&data);
        assert_eq!(revert.to_string(), "organisation 7 is suspended");
        assert_eq!(revert.name(), "ConsentRegistry__OrganizationSuspended");
        assert_eq!(
            revert.selector(),
            Some(ConsentRegistry::ConsentRegistry__OrganizationSuspended::SELECTOR)
        );
        assert!(revert.verbose().ends_with(&format!(
            "[ConsentRegistry__OrganizationSuspended 0x{}]",
            hex::encode(ConsentRegistry::ConsentRegistry__OrganizationSuspended::SELECTOR)
        )));

        let patient = Address::repeat_byte(0x11);
        let data = RecordRegistry::RecordRegistry__NoAccessBasis {
            patient,
            orgId: 2,
            category: Category::Laboratory.code(),
            purpose: Purpose::Treat.code(),
            action: Action::Read.code(),
        }
        .abi_encode();
        let sentence = Revert::decode(&data).to_string();
        assert!(
            sentence.contains("organisation 2 has no consent or emergency access to read"),
            "{sentence}"
        );
        assert!(
            sentence.contains("laboratory records for TREAT"),
            "{sentence}"
        );
    }

    #[test]
    fn unknown_and_panic_data_are_named_as_such() {
        assert!(matches!(Revert::decode(&[]), Revert::Unknown(ref d) if d.is_empty()));
        let panic = Panic {
            code: U256::from(0x11),
        }
        .abi_encode();
        assert_eq!(
            Revert::decode(&panic).to_string(),
            "the contract panicked (code 0x11)"
        );
        let junk = [0xde, 0xad, 0xbe, 0xef, 1, 2];
        let revert = Revert::decode(&junk);
        assert_eq!(revert.selector(), Some([0xde, 0xad, 0xbe, 0xef]));
        assert!(
            revert
                .to_string()
                .starts_with("reverted with unknown data 0xdeadbeef")
        );
    }
}
