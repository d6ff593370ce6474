//! The entities as they stand after each event: the states [`project`](super::project) writes
//! as versions, and the API serves.

use alloy::primitives::{Address, B256};
use consentry_sdk::vocabulary::{
    ActionSet, Basis, Category, CategorySet, Cosigner, CosignerSet, EmergencyReason,
    FhirResourceType, OrganizationKind, Purpose, PurposeSet, Role,
};
use serde::{Deserialize, Serialize};

/// An organisation as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    /// Its id.
    pub org_id: u32,
    /// Its public name.
    pub name: String,
    /// Its kind.
    #[schema(value_type = String)]
    pub kind: OrganizationKind,
    /// The account managing its roster.
    #[schema(value_type = String)]
    pub admin: Address,
    /// An offered, not yet accepted, admin.
    #[schema(value_type = Option<String>)]
    pub pending_admin: Option<Address>,
    /// Its FHIR server.
    pub fhir_endpoint: String,
    /// Suspended by the authority.
    pub suspended: bool,
    /// May open emergency access.
    pub emergency_capable: bool,
    /// When it was accredited (block time).
    pub accredited_at: u64,
}

/// A practitioner's membership.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Practitioner {
    /// The account.
    #[schema(value_type = String)]
    pub account: Address,
    /// The organisation.
    pub org_id: u32,
    /// The role.
    #[schema(value_type = String)]
    pub role: Role,
    /// On the roster now.
    pub active: bool,
    /// When added.
    pub since: u64,
    /// When removed.
    pub removed_at: Option<u64>,
}

/// A patient's consent to one organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    /// The patient.
    #[schema(value_type = String)]
    pub patient: Address,
    /// The organisation.
    pub org_id: u32,
    /// Granted and not revoked (it may still have expired: see `valid_until`).
    pub granted: bool,
    /// Categories.
    #[schema(value_type = Vec<String>)]
    pub categories: CategorySet,
    /// Purposes.
    #[schema(value_type = Vec<String>)]
    pub purposes: PurposeSet,
    /// Actions.
    #[schema(value_type = Vec<String>)]
    pub actions: ActionSet,
    /// First second of validity.
    pub valid_from: u64,
    /// First second after validity.
    pub valid_until: u64,
    /// The event that made this version.
    pub change: String,
    /// Who made it (patient, delegate, or the patient whose signature was relayed).
    #[schema(value_type = String)]
    pub actor: Address,
    /// When (block time).
    pub changed_at: u64,
}

/// A delegation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Delegation {
    /// The patient.
    #[schema(value_type = String)]
    pub patient: Address,
    /// The delegate.
    #[schema(value_type = String)]
    pub delegate: Address,
    /// What the delegate may decide on.
    #[schema(value_type = Vec<String>)]
    pub categories: CategorySet,
    /// The purposes of use the delegate may grant.
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub purposes: PurposeSet,
    /// The actions the delegate may grant.
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub actions: ActionSet,
    /// End of the delegation.
    pub expires_at: u64,
    /// Not removed.
    pub active: bool,
    /// When appointed.
    pub appointed_at: u64,
}

/// An access request and its outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccessRequest {
    /// Its id.
    pub request_id: u64,
    /// The patient asked.
    #[schema(value_type = String)]
    pub patient: Address,
    /// The asking organisation.
    pub org_id: u32,
    /// The asking practitioner.
    #[schema(value_type = String)]
    pub practitioner: Address,
    /// Categories asked for.
    #[schema(value_type = Vec<String>)]
    pub categories: CategorySet,
    /// Purposes asked for.
    #[schema(value_type = Vec<String>)]
    pub purposes: PurposeSet,
    /// Actions asked for.
    #[schema(value_type = Vec<String>)]
    pub actions: ActionSet,
    /// How long the consent would last.
    pub duration: u64,
    /// Reason hash (the text is off chain).
    #[schema(value_type = String)]
    pub reason_hash: B256,
    /// When it was made.
    pub requested_at: u64,
    /// When it lapses unanswered.
    pub expires_at: u64,
    /// pending, approved, denied or cancelled (a pending one past `expires_at` has expired).
    pub status: String,
    /// Who answered.
    #[schema(value_type = Option<String>)]
    pub decided_by: Option<Address>,
    /// When.
    pub decided_at: Option<u64>,
}

/// An emergency (break-glass) access.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyAccess {
    /// The patient.
    #[schema(value_type = String)]
    pub patient: Address,
    /// The organisation.
    pub org_id: u32,
    /// The practitioner who opened it.
    #[schema(value_type = String)]
    pub practitioner: Address,
    /// Why.
    #[schema(value_type = String)]
    pub reason: EmergencyReason,
    /// Hash of the written justification.
    #[schema(value_type = String)]
    pub justification_hash: B256,
    /// Categories opened.
    #[schema(value_type = Vec<String>)]
    pub categories: CategorySet,
    /// When opened.
    pub opened_at: u64,
    /// When it ends by itself.
    pub expires_at: u64,
    /// When closed early.
    pub closed_at: Option<u64>,
    /// By whom.
    #[schema(value_type = Option<String>)]
    pub closed_by: Option<Address>,
}

/// A patient's emergency policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyPolicy {
    /// The patient.
    #[schema(value_type = String)]
    pub patient: Address,
    /// No emergency access at all.
    pub opted_out: bool,
    /// Restricted categories emergency access may open.
    #[schema(value_type = Vec<String>)]
    pub restricted_categories: CategorySet,
    /// When set.
    pub set_at: u64,
}

/// A record pointer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    /// Its id.
    #[schema(value_type = String)]
    pub record_id: B256,
    /// The patient.
    #[schema(value_type = String)]
    pub patient: Address,
    /// The organisation holding it.
    pub author_org: u32,
    /// The practitioner who added it.
    #[schema(value_type = String)]
    pub practitioner: Address,
    /// Its category.
    #[schema(value_type = String)]
    pub category: Category,
    /// Its FHIR resource type.
    #[schema(value_type = String)]
    pub fhir_type: FhirResourceType,
    /// SHA-256 of its content.
    #[schema(value_type = String)]
    pub content_hash: B256,
    /// The version it replaced.
    #[schema(value_type = Option<String>)]
    pub supersedes: Option<B256>,
    /// The version that replaced it.
    #[schema(value_type = Option<String>)]
    pub superseded_by: Option<B256>,
    /// The purpose of use it was written for.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub purpose: Option<Purpose>,
    /// What the write rested on: `consent`, or `emergency` for a break-glass write.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub basis: Option<Basis>,
    /// current, superseded or entered-in-error; pending, rejected or expired under co-signing.
    pub status: String,
    /// When added.
    pub added_at: u64,
    /// When marked entered-in-error.
    pub retracted_at: Option<u64>,
    /// What a record added under a co-signing policy awaits, who signed, and how it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cosigning: Option<RecordCosigning>,
}

/// A co-signed record's requirement and the signatures and decision it received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RecordCosigning {
    /// The signer kinds the policy required when the record was added.
    #[schema(value_type = Vec<String>)]
    pub required: CosignerSet,
    /// Signatures are taken before this time; from it on the record is expired.
    pub deadline: u64,
    /// The specialist named to sign, if the policy needs one.
    #[schema(value_type = Option<String>)]
    pub specialist: Option<Address>,
    /// The version of the policy it was added under.
    pub policy_version: u32,
    /// The signatures, in the order they came.
    pub signatures: Vec<RecordSignature>,
    /// Who rejected it, as which signer kind, and the hash of their reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<RecordRejection>,
    /// When it became current, was rejected or expired.
    #[serde(default)]
    pub decided_at: Option<u64>,
}

impl RecordCosigning {
    /// The signer kinds that signed.
    pub fn signed(&self) -> CosignerSet {
        self.signatures.iter().map(|s| s.kind).collect()
    }

    /// The signer kinds still awaited.
    pub fn awaited(&self) -> CosignerSet {
        CosignerSet(self.required.0 & !self.signed().0)
    }
}

/// One co-signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RecordSignature {
    /// As which signer kind.
    #[schema(value_type = String)]
    pub kind: Cosigner,
    /// The account that signed.
    #[schema(value_type = String)]
    pub signer: Address,
    /// When (block time).
    pub signed_at: u64,
}

/// A rejection of a pending record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RecordRejection {
    /// The account that rejected it.
    #[schema(value_type = String)]
    pub by: Address,
    /// As which signer kind.
    #[schema(value_type = String)]
    pub kind: Cosigner,
    /// The hash of the written reason, kept off chain.
    #[schema(value_type = String)]
    pub reason_hash: B256,
}

/// An organisation's co-signing policy for a category (and FHIR type), as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CosignPolicy {
    /// The organisation.
    pub org_id: u32,
    /// The category.
    #[schema(value_type = String)]
    pub category: Category,
    /// The FHIR type it is for; none: every type of the category without a policy of its own.
    #[schema(value_type = Option<String>)]
    pub fhir_type: Option<FhirResourceType>,
    /// Who must sign; empty: the policy was removed.
    #[schema(value_type = Vec<String>)]
    pub signers: CosignerSet,
    /// How long, in seconds, a pending record waits for its signatures.
    pub max_wait: u64,
    /// Its version (each change a new one).
    pub version: u32,
    /// When set (block time).
    pub set_at: u64,
}
