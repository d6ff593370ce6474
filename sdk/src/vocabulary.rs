//! The shared vocabulary: record categories, purposes of use, actions, access bases,
//! organisation kinds, practitioner roles, FHIR resource types and emergency reasons.
//!
//! The values mirror `contracts/src/types/Vocabulary.sol`; both sides are tested against the
//! one table in `contracts/vocabulary.json`, which also carries the FHIR and HL7 v3 codes.
//!
//! Longer than 600 lines: the one vocabulary table (each code with its name, FHIR/HL7 coding and
//! parsing), which must stay one place.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

/// A name that is not in the vocabulary, with the kind of word that was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{given}` (expected one of: {expected})")]
pub struct UnknownName {
    /// What kind of word was expected ("category", "purpose", ...).
    pub kind: &'static str,
    /// What was given.
    pub given: String,
    /// The accepted names, comma separated.
    pub expected: String,
}

/// A numeric code that is not in the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} code {code}")]
pub struct UnknownCode {
    /// What kind of code was expected.
    pub kind: &'static str,
    /// The code given.
    pub code: u8,
}

/// Defines a vocabulary enum with its on-chain code, its name (as typed on the command line
/// and stored by the indexer) and a human display text.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, $text:literal, $display:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant = $code, )+
        }

        impl $name {
            /// Every value, in code order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The on-chain code (a bit index for categories, purposes and actions).
            pub const fn code(self) -> u8 {
                self as u8
            }

            /// The value with on-chain code `code`.
            pub fn from_code(code: u8) -> Result<Self, UnknownCode> {
                match code {
                    $( $code => Ok($name::$variant), )+
                    _ => Err(UnknownCode { kind: $kind, code }),
                }
            }

            /// The machine name, as accepted on the command line and stored by the indexer.
            pub const fn name(self) -> &'static str {
                match self { $( $name::$variant => $text, )+ }
            }

            /// A short text for people.
            pub const fn display(self) -> &'static str {
                match self { $( $name::$variant => $display, )+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        impl FromStr for $name {
            type Err = UnknownName;

            /// Accepts the machine name in any case, with `-` or spaces for `_`.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let normalize = |name: &str| name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
                let wanted = normalize(s);
                Self::ALL.iter().copied().find(|v| normalize(v.name()) == wanted).ok_or_else(|| UnknownName {
                    kind: $kind,
                    given: s.to_owned(),
                    expected: Self::ALL.iter().map(|v| v.name()).collect::<Vec<_>>().join(", "),
                })
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = String::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

vocabulary! {
    /// A category of medical records. The last five are *restricted*: never implied by a broad
    /// grant, and closed to emergency access unless the patient opted in.
    pub enum Category: "category" {
        /// Name, birth date, contacts (FHIR Patient).
        Demographics = 0, "demographics", "Demographics";
        /// Visits and admissions.
        Encounters = 1, "encounters", "Encounters";
        /// Problems and diagnoses.
        Conditions = 2, "conditions", "Conditions";
        /// Prescriptions and medication statements.
        Medications = 3, "medications", "Medications";
        /// Allergies and intolerances.
        Allergies = 4, "allergies", "Allergies";
        /// Vaccinations.
        Immunizations = 5, "immunizations", "Immunizations";
        /// Laboratory results.
        Laboratory = 6, "laboratory", "Laboratory";
        /// Imaging studies and reports.
        Imaging = 7, "imaging", "Imaging";
        /// Procedures and surgery.
        Procedures = 8, "procedures", "Procedures";
        /// Vital signs.
        VitalSigns = 9, "vital_signs", "Vital signs";
        /// Clinical notes and letters.
        ClinicalNotes = 10, "clinical_notes", "Clinical notes";
        /// Care plans, goals and care teams.
        CarePlans = 11, "care_plans", "Care plans";
        /// Billing, claims and coverage.
        BillingAndClaims = 12, "billing_and_claims", "Billing and claims";
        /// Mental health (restricted).
        MentalHealth = 13, "mental_health", "Mental health";
        /// Substance use, under 42 CFR Part 2 (restricted).
        SubstanceUse = 14, "substance_use", "Substance use (42 CFR Part 2)";
        /// Sexual and reproductive health (restricted).
        SexualAndReproductiveHealth = 15, "sexual_and_reproductive_health", "Sexual and reproductive health";
        /// HIV and sexually transmitted infections (restricted).
        HivSti = 16, "hiv_sti", "HIV and sexually transmitted infections";
        /// Genomics (restricted).
        Genomics = 17, "genomics", "Genomics";
    }
}

impl Category {
    /// This category's bit in a category mask.
    pub const fn mask(self) -> u32 {
        1 << self as u8
    }

    /// Whether a broad grant never implies this category and emergency access skips it.
    pub const fn is_restricted(self) -> bool {
        self as u8 >= Category::MentalHealth as u8
    }

    /// The FHIR R4 resource types whose instances fall in this category.
    pub const fn fhir_resource_types(self) -> &'static [&'static str] {
        use Category::*;
        match self {
            Demographics => &["Patient", "RelatedPerson"],
            Encounters => &["Encounter", "EpisodeOfCare"],
            Conditions => &["Condition"],
            Medications => &[
                "MedicationRequest",
                "MedicationStatement",
                "MedicationAdministration",
                "MedicationDispense",
            ],
            Allergies => &["AllergyIntolerance"],
            Immunizations => &["Immunization"],
            Laboratory => &["Observation", "DiagnosticReport", "Specimen"],
            Imaging => &["ImagingStudy", "DiagnosticReport", "Media"],
            Procedures => &["Procedure"],
            VitalSigns => &["Observation"],
            ClinicalNotes => &["DocumentReference", "Composition"],
            CarePlans => &["CarePlan", "Goal", "CareTeam", "ServiceRequest"],
            BillingAndClaims => &["Claim", "ExplanationOfBenefit", "Coverage"],
            MentalHealth => &[
                "Condition",
                "Observation",
                "DocumentReference",
                "QuestionnaireResponse",
            ],
            SubstanceUse => &[
                "Condition",
                "Observation",
                "DocumentReference",
                "MedicationRequest",
            ],
            SexualAndReproductiveHealth => {
                &["Condition", "Observation", "DocumentReference", "Procedure"]
            }
            HivSti => &["Condition", "Observation", "DiagnosticReport"],
            Genomics => &["MolecularSequence", "Observation", "DiagnosticReport"],
        }
    }

    /// The HL7 v3 confidentiality code (`N` normal, `R` restricted).
    pub const fn confidentiality(self) -> &'static str {
        if self.is_restricted() { "R" } else { "N" }
    }

    /// The HL7 v3 information-sensitivity code (ActCode), for restricted categories.
    pub const fn sensitivity(self) -> Option<&'static str> {
        match self {
            Category::MentalHealth => Some("PSY"),
            Category::SubstanceUse => Some("ETH"),
            Category::SexualAndReproductiveHealth => Some("SEX"),
            Category::HivSti => Some("HIV"),
            Category::Genomics => Some("GDIS"),
            _ => None,
        }
    }
}

vocabulary! {
    /// A purpose of use, as HL7 v3 `PurposeOfUse` names it.
    pub enum Purpose: "purpose" {
        /// Treatment.
        Treat = 0, "TREAT", "treatment";
        /// Emergency treatment; the only purpose a break-glass access serves.
        Etreat = 1, "ETREAT", "emergency treatment";
        /// Healthcare payment.
        Hpaymt = 2, "HPAYMT", "healthcare payment";
        /// Healthcare operations.
        Hoperat = 3, "HOPERAT", "healthcare operations";
        /// Healthcare research.
        Hresch = 4, "HRESCH", "healthcare research";
        /// Public health.
        Pubhlth = 5, "PUBHLTH", "public health";
        /// Requested by the patient.
        Patrqt = 6, "PATRQT", "patient requested";
    }
}

impl Purpose {
    /// This purpose's bit in a purpose mask.
    pub const fn mask(self) -> u8 {
        1 << self as u8
    }
}

vocabulary! {
    /// What an organisation does with a patient's records.
    pub enum Action: "action" {
        /// Read records.
        Read = 0, "read", "read";
        /// Contribute records (add pointers).
        Write = 1, "write", "write";
    }
}

impl Action {
    /// This action's bit in an action mask.
    pub const fn mask(self) -> u8 {
        1 << self as u8
    }

    /// The FHIR `consentaction` code.
    pub const fn fhir_code(self) -> &'static str {
        match self {
            Action::Read => "access",
            Action::Write => "correct",
        }
    }
}

vocabulary! {
    /// Why an access is allowed.
    pub enum Basis: "basis" {
        /// Not allowed.
        None = 0, "none", "no basis";
        /// The patient's consent.
        Consent = 1, "consent", "consent";
        /// A break-glass emergency access.
        Emergency = 2, "emergency", "emergency access";
        /// The organisation reads a record it authored.
        OwnRecord = 3, "own_record", "own record";
    }
}

impl Basis {
    /// Whether this basis allows the access.
    pub const fn allows(self) -> bool {
        !matches!(self, Basis::None)
    }
}

vocabulary! {
    /// What kind of organisation the authority accredited.
    pub enum OrganizationKind: "organisation kind" {
        /// A hospital.
        Hospital = 1, "hospital", "Hospital";
        /// A clinic or practice.
        Clinic = 2, "clinic", "Clinic";
        /// A laboratory.
        Laboratory = 3, "laboratory", "Laboratory";
        /// A pharmacy.
        Pharmacy = 4, "pharmacy", "Pharmacy";
        /// A payer or insurer.
        Payer = 5, "payer", "Payer";
        /// A public-health body.
        PublicHealth = 6, "public_health", "Public health body";
        /// A research institute.
        Research = 7, "research", "Research institute";
    }
}

impl OrganizationKind {
    /// The FHIR `organization-type` code.
    pub const fn fhir_type(self) -> &'static str {
        match self {
            OrganizationKind::Payer => "pay",
            OrganizationKind::PublicHealth => "govt",
            OrganizationKind::Research => "other",
            _ => "prov",
        }
    }
}

vocabulary! {
    /// A practitioner's role in their organisation.
    pub enum Role: "role" {
        /// A physician.
        Physician = 1, "physician", "Physician";
        /// A nurse.
        Nurse = 2, "nurse", "Nurse";
        /// A records officer (health information management).
        RecordsOfficer = 3, "records_officer", "Records officer";
        /// A laboratory scientist.
        LabScientist = 4, "lab_scientist", "Laboratory scientist";
        /// A pharmacist.
        Pharmacist = 5, "pharmacist", "Pharmacist";
        /// A billing officer.
        BillingOfficer = 6, "billing_officer", "Billing officer";
        /// A researcher.
        Researcher = 7, "researcher", "Researcher";
        /// A clinician heading a department (a head of radiology): signs the records a
        /// co-signing policy sends to the head of department.
        HeadOfDepartment = 8, "head_of_department", "Head of department";
    }
}

impl Role {
    /// Whether the role may break the glass (physicians, nurses, heads of department).
    pub const fn is_clinical(self) -> bool {
        matches!(self, Role::Physician | Role::Nurse | Role::HeadOfDepartment)
    }

    /// The purposes the role acts for: a record written or a read logged for another is
    /// refused (`ConsentRegistry__PurposeNotForRole`). Clinical roles treat (emergencies
    /// included); the records office runs operations, public-health reports and patients'
    /// requests; billing is paid and runs operations; research staff research.
    pub const fn purposes(self) -> PurposeSet {
        let treatment = Purpose::Treat.mask() | Purpose::Etreat.mask();
        PurposeSet(match self {
            Role::Physician
            | Role::Nurse
            | Role::LabScientist
            | Role::Pharmacist
            | Role::HeadOfDepartment => treatment,
            Role::RecordsOfficer => {
                Purpose::Hoperat.mask() | Purpose::Pubhlth.mask() | Purpose::Patrqt.mask()
            }
            Role::BillingOfficer => Purpose::Hpaymt.mask() | Purpose::Hoperat.mask(),
            Role::Researcher => Purpose::Hresch.mask(),
        })
    }

    /// Whether the role acts for `purpose`.
    pub const fn may_use(self, purpose: Purpose) -> bool {
        self.purposes().0 & purpose.mask() != 0
    }

    /// The FHIR `practitioner-role` code.
    pub const fn fhir_role(self) -> &'static str {
        match self {
            Role::Physician | Role::HeadOfDepartment => "doctor",
            Role::Nurse => "nurse",
            Role::RecordsOfficer | Role::BillingOfficer => "ict",
            Role::LabScientist | Role::Researcher => "researcher",
            Role::Pharmacist => "pharmacist",
        }
    }
}

vocabulary! {
    /// The FHIR R4 resource type a record pointer points to.
    pub enum FhirResourceType: "FHIR resource type" {
        /// DocumentReference.
        DocumentReference = 1, "DocumentReference", "DocumentReference";
        /// Observation.
        Observation = 2, "Observation", "Observation";
        /// DiagnosticReport.
        DiagnosticReport = 3, "DiagnosticReport", "DiagnosticReport";
        /// ImagingStudy.
        ImagingStudy = 4, "ImagingStudy", "ImagingStudy";
        /// MedicationRequest.
        MedicationRequest = 5, "MedicationRequest", "MedicationRequest";
        /// MedicationStatement.
        MedicationStatement = 6, "MedicationStatement", "MedicationStatement";
        /// Condition.
        Condition = 7, "Condition", "Condition";
        /// AllergyIntolerance.
        AllergyIntolerance = 8, "AllergyIntolerance", "AllergyIntolerance";
        /// Immunization.
        Immunization = 9, "Immunization", "Immunization";
        /// Procedure.
        Procedure = 10, "Procedure", "Procedure";
        /// Encounter.
        Encounter = 11, "Encounter", "Encounter";
        /// CarePlan.
        CarePlan = 12, "CarePlan", "CarePlan";
        /// Claim.
        Claim = 13, "Claim", "Claim";
        /// ExplanationOfBenefit.
        ExplanationOfBenefit = 14, "ExplanationOfBenefit", "ExplanationOfBenefit";
        /// MolecularSequence.
        MolecularSequence = 15, "MolecularSequence", "MolecularSequence";
        /// QuestionnaireResponse.
        QuestionnaireResponse = 16, "QuestionnaireResponse", "QuestionnaireResponse";
        /// Composition.
        Composition = 17, "Composition", "Composition";
        /// Patient.
        Patient = 18, "Patient", "Patient";
        /// ServiceRequest.
        ServiceRequest = 19, "ServiceRequest", "ServiceRequest";
        /// Coverage.
        Coverage = 20, "Coverage", "Coverage";
        /// RelatedPerson.
        RelatedPerson = 21, "RelatedPerson", "RelatedPerson";
        /// EpisodeOfCare.
        EpisodeOfCare = 22, "EpisodeOfCare", "EpisodeOfCare";
        /// MedicationAdministration.
        MedicationAdministration = 23, "MedicationAdministration", "MedicationAdministration";
        /// MedicationDispense.
        MedicationDispense = 24, "MedicationDispense", "MedicationDispense";
        /// Specimen.
        Specimen = 25, "Specimen", "Specimen";
        /// Media.
        Media = 26, "Media", "Media";
        /// Goal.
        Goal = 27, "Goal", "Goal";
        /// CareTeam.
        CareTeam = 28, "CareTeam", "CareTeam";
    }
}

vocabulary! {
    /// Why a practitioner broke the glass.
    pub enum EmergencyReason: "emergency reason" {
        /// The patient cannot consent.
        PatientIncapacitated = 1, "patient_incapacitated", "Patient incapacitated";
        /// A life-threatening condition.
        LifeThreatening = 2, "life_threatening", "Life-threatening condition";
        /// Urgent care with no consent on file.
        NoConsentOnFile = 3, "no_consent_on_file", "Urgent care, no consent on file";
        /// Another reason, given in the justification.
        Other = 4, "other", "Other (see justification)";
    }
}

vocabulary! {
    /// Where an access request stands.
    pub enum RequestStatus: "request status" {
        /// Waiting for the patient.
        Pending = 1, "pending", "pending";
        /// Approved: a consent was granted.
        Approved = 2, "approved", "approved";
        /// Denied by the patient or a delegate.
        Denied = 3, "denied", "denied";
        /// Withdrawn by the requesting organisation.
        Cancelled = 4, "cancelled", "cancelled";
    }
}

vocabulary! {
    /// Where a record pointer stands (FHIR `DocumentReference.status`).
    pub enum RecordStatus: "record status" {
        /// The current version.
        Current = 1, "current", "current";
        /// Replaced by a newer version.
        Superseded = 2, "superseded", "superseded";
        /// Marked entered-in-error by its author organisation.
        EnteredInError = 3, "entered-in-error", "entered in error";
        /// Added under a co-signing policy, awaiting its signatures: never a basis, never read.
        Pending = 4, "pending", "awaiting signatures";
        /// A required signer rejected it (final).
        Rejected = 5, "rejected", "rejected";
        /// Its deadline passed before every signature came (final).
        Expired = 6, "expired", "expired";
    }
}

impl RecordStatus {
    /// Whether the pointer vouches for its content and may be read: current or superseded.
    pub const fn is_confirmed(self) -> bool {
        matches!(self, RecordStatus::Current | RecordStatus::Superseded)
    }
}

vocabulary! {
    /// Who must co-sign a record under an organisation's co-signing policy (a bit each).
    pub enum Cosigner: "co-signer" {
        /// A head of department of the author organisation.
        HeadOfDepartment = 0, "head_of_department", "Head of department";
        /// The specialist named on the record.
        Specialist = 1, "specialist", "Referring specialist";
        /// The patient, or a delegate who may write the record's category.
        Patient = 2, "patient", "Patient";
        /// The author organisation's admin.
        Authority = 3, "authority", "Organisation admin";
    }
}

impl Cosigner {
    /// This signer kind's bit in a signer mask.
    pub const fn mask(self) -> u8 {
        1 << self as u8
    }
}

/// How long a break-glass access stays open, in seconds.
pub const EMERGENCY_DURATION: u64 = 24 * 60 * 60;
/// How many break-glass accesses one organisation may open to one patient within any
/// [`EMERGENCY_WINDOW`].
pub const EMERGENCY_MAX_OPENINGS: u64 = 3;
/// The rolling window [`EMERGENCY_MAX_OPENINGS`] counts in, in seconds.
pub const EMERGENCY_WINDOW: u64 = 30 * 24 * 60 * 60;
/// After the patient or a delegate closes an organisation's break-glass access, how long that
/// organisation may not open another, in seconds.
pub const EMERGENCY_COOLDOWN: u64 = 24 * 60 * 60;
/// How long an access request waits for the patient, in seconds.
pub const REQUEST_TTL: u64 = 14 * 24 * 60 * 60;
/// The longest access an approved request may grant, in seconds.
pub const MAX_REQUEST_DURATION: u64 = 730 * 24 * 60 * 60;
/// `valid_until` of a consent with no end date (`type(uint40).max`).
pub const NO_EXPIRY: u64 = (1 << 40) - 1;
/// The longest a co-signed record may wait for its signatures, in seconds.
pub const MAX_COSIGN_WAIT: u64 = 365 * 24 * 60 * 60;

/// Defines a bitmask over one vocabulary enum, parsed from and printed as comma-separated names.
macro_rules! bitset {
    ($(#[$meta:meta])* $name:ident($repr:ty) of $item:ident, $kind:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name(pub $repr);

        impl $name {
            /// No members.
            pub const EMPTY: $name = $name(0);

            /// Whether `item` is a member.
            pub const fn contains(self, item: $item) -> bool {
                self.0 & item.mask() != 0
            }

            /// Whether every member of `other` is a member.
            pub const fn is_superset_of(self, other: $name) -> bool {
                other.0 & !self.0 == 0
            }

            /// Whether there are no members.
            pub const fn is_empty(self) -> bool {
                self.0 == 0
            }

            /// The members, in code order.
            pub fn iter(self) -> impl Iterator<Item = $item> {
                $item::ALL.iter().copied().filter(move |item| self.contains(*item))
            }

            /// Whether every set bit names a member of the vocabulary.
            pub fn is_valid(self) -> bool {
                self.0 & !$item::ALL.iter().fold(0, |mask, item| mask | item.mask()) == 0
            }
        }

        impl FromIterator<$item> for $name {
            fn from_iter<I: IntoIterator<Item = $item>>(iter: I) -> Self {
                $name(iter.into_iter().fold(0, |mask, item| mask | item.mask()))
            }
        }

        impl From<$item> for $name {
            fn from(item: $item) -> Self {
                $name(item.mask())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let names: Vec<&str> = self.iter().map($item::name).collect();
                f.write_str(&names.join(","))
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.iter())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let items = Vec::<$item>::deserialize(deserializer)?;
                Ok(items.into_iter().collect())
            }
        }
    };
}

bitset!(
    /// A set of categories, as a consent or a delegation scopes them.
    CategorySet(u32) of Category, "category"
);
bitset!(
    /// A set of purposes of use.
    PurposeSet(u8) of Purpose, "purpose"
);
bitset!(
    /// A set of actions.
    ActionSet(u8) of Action, "action"
);
bitset!(
    /// The signer kinds a co-signing policy requires, or a pending record has.
    CosignerSet(u8) of Cosigner, "co-signer"
);

impl CategorySet {
    /// Every standard category: what a broad grant ("all") means. Restricted categories are
    /// only ever granted by name.
    pub const STANDARD: CategorySet = CategorySet((1 << 13) - 1);
    /// The restricted categories.
    pub const RESTRICTED: CategorySet = CategorySet(((1 << 18) - 1) & !((1 << 13) - 1));
}

impl PurposeSet {
    /// Every purpose.
    pub const ALL: PurposeSet = PurposeSet((1 << 7) - 1);
}

impl ActionSet {
    /// Reading and writing.
    pub const ALL: ActionSet = ActionSet(3);
}

impl FromStr for CategorySet {
    type Err = UnknownName;

    /// Comma-separated category names; `all` (or `standard`) means every standard category,
    /// `restricted` every restricted one. Restricted categories are never implied by `all`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .filter(|part| !part.trim().is_empty())
            .try_fold(CategorySet::EMPTY, |set, part| {
                let extra = match part.trim().to_ascii_lowercase().as_str() {
                    "all" | "standard" => CategorySet::STANDARD,
                    "restricted" => CategorySet::RESTRICTED,
                    _ => part.parse::<Category>()?.into(),
                };
                Ok(CategorySet(set.0 | extra.0))
            })
    }
}

impl FromStr for PurposeSet {
    type Err = UnknownName;

    /// Comma-separated purpose codes (`TREAT,HPAYMT`), or `all`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .filter(|part| !part.trim().is_empty())
            .try_fold(PurposeSet::EMPTY, |set, part| {
                let extra = if part.trim().eq_ignore_ascii_case("all") {
                    PurposeSet::ALL
                } else {
                    part.parse::<Purpose>()?.into()
                };
                Ok(PurposeSet(set.0 | extra.0))
            })
    }
}

impl FromStr for ActionSet {
    type Err = UnknownName;

    /// Comma-separated actions (`read,write`), or `all`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .filter(|part| !part.trim().is_empty())
            .try_fold(ActionSet::EMPTY, |set, part| {
                let extra = if part.trim().eq_ignore_ascii_case("all") {
                    ActionSet::ALL
                } else {
                    part.parse::<Action>()?.into()
                };
                Ok(ActionSet(set.0 | extra.0))
            })
    }
}

impl FromStr for CosignerSet {
    type Err = UnknownName;

    /// Comma-separated signer kinds (`head_of_department,specialist,patient`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .filter(|part| !part.trim().is_empty())
            .try_fold(CosignerSet::EMPTY, |set, part| {
                Ok(CosignerSet(set.0 | part.trim().parse::<Cosigner>()?.mask()))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = include_str!("../../contracts/vocabulary.json");

    fn table() -> serde_json::Value {
        serde_json::from_str(TABLE).expect("contracts/vocabulary.json parses")
    }

    fn rows<'a>(table: &'a serde_json::Value, key: &str) -> &'a Vec<serde_json::Value> {
        table[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key} is an array"))
    }

    #[test]
    fn categories_match_the_table() {
        let table = table();
        let rows = rows(&table, "categories");
        assert_eq!(rows.len(), Category::ALL.len());
        for row in rows {
            let category: Category = row["name"].as_str().unwrap().parse().unwrap();
            assert_eq!(
                u64::from(category.code()),
                row["bit"].as_u64().unwrap(),
                "{category}"
            );
            assert_eq!(category.display(), row["display"]);
            assert_eq!(
                category.is_restricted(),
                row["restricted"].as_bool().unwrap(),
                "{category}"
            );
            assert_eq!(category.confidentiality(), row["confidentiality"]);
            assert_eq!(
                category.sensitivity(),
                row["sensitivity"].as_str(),
                "{category}"
            );
            let types: Vec<&str> = rows_of_str(&row["fhirResourceTypes"]);
            assert_eq!(
                category.fhir_resource_types(),
                types.as_slice(),
                "{category}"
            );
        }
        let restricted: CategorySet = Category::ALL
            .iter()
            .copied()
            .filter(|c| c.is_restricted())
            .collect();
        assert_eq!(restricted, CategorySet::RESTRICTED);
        assert_eq!(
            CategorySet(CategorySet::STANDARD.0 | CategorySet::RESTRICTED.0),
            Category::ALL.iter().copied().collect()
        );
    }

    fn rows_of_str(value: &serde_json::Value) -> Vec<&str> {
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect()
    }

    #[test]
    fn purposes_actions_and_bases_match_the_table() {
        let table = table();
        for row in rows(&table, "purposes") {
            let purpose: Purpose = row["code"].as_str().unwrap().parse().unwrap();
            assert_eq!(u64::from(purpose.code()), row["bit"].as_u64().unwrap());
            assert_eq!(purpose.display(), row["display"]);
        }
        assert_eq!(rows(&table, "purposes").len(), Purpose::ALL.len());
        for row in rows(&table, "actions") {
            let action: Action = row["name"].as_str().unwrap().parse().unwrap();
            assert_eq!(u64::from(action.code()), row["bit"].as_u64().unwrap());
            assert_eq!(action.fhir_code(), row["fhirCode"]);
        }
        assert_eq!(rows(&table, "actions").len(), Action::ALL.len());
        for row in rows(&table, "bases") {
            let basis: Basis = row["name"].as_str().unwrap().parse().unwrap();
            assert_eq!(u64::from(basis.code()), row["code"].as_u64().unwrap());
        }
        assert_eq!(rows(&table, "bases").len(), Basis::ALL.len());
        for row in rows(&table, "cosigners") {
            let signer: Cosigner = row["name"].as_str().unwrap().parse().unwrap();
            assert_eq!(u64::from(signer.code()), row["bit"].as_u64().unwrap());
            assert_eq!(signer.display(), row["display"]);
        }
        assert_eq!(rows(&table, "cosigners").len(), Cosigner::ALL.len());
    }

    #[test]
    fn coded_vocabularies_match_the_table() {
        let table = table();
        let check = |key: &str, count: usize, find: &dyn Fn(&str) -> Option<u8>| {
            let rows = rows(&table, key);
            assert_eq!(rows.len(), count, "{key}");
            for row in rows {
                let name = row["name"].as_str().unwrap();
                assert_eq!(
                    find(name).map(u64::from),
                    row["code"].as_u64(),
                    "{key}: {name}"
                );
            }
        };
        check("organizationKinds", OrganizationKind::ALL.len(), &|n| {
            n.parse::<OrganizationKind>().ok().map(|v| v.code())
        });
        check("roles", Role::ALL.len(), &|n| {
            n.parse::<Role>().ok().map(|v| v.code())
        });
        check("fhirResourceTypes", FhirResourceType::ALL.len(), &|n| {
            n.parse::<FhirResourceType>().ok().map(|v| v.code())
        });
        check("emergencyReasons", EmergencyReason::ALL.len(), &|n| {
            n.parse::<EmergencyReason>().ok().map(|v| v.code())
        });
        check("requestStatuses", RequestStatus::ALL.len(), &|n| {
            n.parse::<RequestStatus>().ok().map(|v| v.code())
        });
        check("recordStatuses", RecordStatus::ALL.len(), &|n| {
            n.parse::<RecordStatus>().ok().map(|v| v.code())
        });
        for row in rows(&table, "organizationKinds") {
            let kind: OrganizationKind = row["name"].as_str().unwrap().parse().unwrap();
            assert_eq!(kind.fhir_type(), row["fhirType"]);
            assert_eq!(kind.display(), row["display"]);
        }
        for row in rows(&table, "roles") {
            let role: Role = row["name"].as_str().unwrap().parse().unwrap();
            assert_eq!(role.fhir_role(), row["fhirRole"]);
            assert_eq!(role.is_clinical(), row["clinical"].as_bool().unwrap());
            let listed = row["purposes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|code| code.as_str().unwrap().parse::<Purpose>().unwrap().mask())
                .fold(0, |mask, bit| mask | bit);
            assert_eq!(role.purposes().0, listed, "{role:?}");
        }
    }

    #[test]
    fn every_category_type_is_a_record_type_and_every_record_type_has_a_category() {
        for category in Category::ALL {
            for name in category.fhir_resource_types() {
                assert!(
                    name.parse::<FhirResourceType>().is_ok(),
                    "{category} names {name}, which has no record code"
                );
            }
        }
        for fhir_type in FhirResourceType::ALL {
            assert!(
                Category::ALL
                    .iter()
                    .any(|c| c.fhir_resource_types().contains(&fhir_type.name())),
                "{fhir_type} belongs to no category"
            );
        }
    }

    #[test]
    fn durations_match_the_table() {
        let table = table();
        let durations = &table["durations"];
        assert_eq!(
            durations["emergencySeconds"].as_u64(),
            Some(EMERGENCY_DURATION)
        );
        assert_eq!(
            durations["emergencyMaxOpenings"].as_u64(),
            Some(EMERGENCY_MAX_OPENINGS)
        );
        assert_eq!(
            durations["emergencyWindowSeconds"].as_u64(),
            Some(EMERGENCY_WINDOW)
        );
        assert_eq!(
            durations["emergencyCooldownSeconds"].as_u64(),
            Some(EMERGENCY_COOLDOWN)
        );
        assert_eq!(durations["requestTtlSeconds"].as_u64(), Some(REQUEST_TTL));
        assert_eq!(
            durations["maxRequestDurationSeconds"].as_u64(),
            Some(MAX_REQUEST_DURATION)
        );
        assert_eq!(durations["noExpiry"].as_u64(), Some(NO_EXPIRY));
        assert_eq!(
            durations["maxCosignWaitSeconds"].as_u64(),
            Some(MAX_COSIGN_WAIT)
        );
    }

    #[test]
    fn sets_parse_names_and_never_imply_restricted_categories() {
        let set: CategorySet = "laboratory, Imaging".parse().unwrap();
        assert_eq!(
            set,
            [Category::Laboratory, Category::Imaging]
                .into_iter()
                .collect()
        );
        assert_eq!(set.to_string(), "laboratory,imaging");
        let all: CategorySet = "all".parse().unwrap();
        assert!(
            Category::ALL
                .iter()
                .all(|c| all.contains(*c) != c.is_restricted())
        );
        let with_mental_health: CategorySet = "all,mental-health".parse().unwrap();
        assert!(with_mental_health.contains(Category::MentalHealth));
        assert!(!with_mental_health.contains(Category::Genomics));
        let purposes: PurposeSet = "treat,HPAYMT".parse().unwrap();
        assert_eq!(purposes.0, Purpose::Treat.mask() | Purpose::Hpaymt.mask());
        assert_eq!("all".parse::<ActionSet>().unwrap(), ActionSet::ALL);
    }

    #[test]
    fn unknown_names_are_named_in_the_error() {
        let err = "laboratory,xray".parse::<CategorySet>().unwrap_err();
        assert_eq!(err.kind, "category");
        assert_eq!(err.given, "xray");
        assert!(
            err.to_string().contains("expected one of: demographics"),
            "{err}"
        );
        assert!(Purpose::from_code(7).is_err());
        assert!(!CategorySet(1 << 18).is_valid());
        assert!(CategorySet((1 << 18) - 1).is_valid());
    }

    #[test]
    fn serde_uses_names() {
        let set: CategorySet = "laboratory,genomics".parse().unwrap();
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, r#"["laboratory","genomics"]"#);
        assert_eq!(serde_json::from_str::<CategorySet>(&json).unwrap(), set);
        assert_eq!(
            serde_json::to_string(&Purpose::Etreat).unwrap(),
            r#""ETREAT""#
        );
    }
}
