//! Consents a patient signs off chain (EIP-712) and anyone submits, and co-signatures (and
//! rejections) of a pending record: the typed data a wallet shows, signing with any alloy
//! signer, and recovery for checking before submitting.
//!
//! Consents are signed for the consent registry, co-signatures for the record registry: each
//! has its own domain (same name and version, its own address and salt).
//!
//! The domain is `Consentry` version `1`, with the chain id, the consent registry's address and
//! a salt the registry took when it was created (the hash of the block before its own), so a
//! signature made for one chain or one deployment never verifies on another, not even on a
//! second network with the same chain id where the same deployer put the registry at the same
//! address. The registry publishes the whole domain through ERC-5267's `eip712Domain()`;
//! [`crate::client::Client::domain`] reads it.

use alloy::{
    dyn_abi::TypedData,
    primitives::{Address, B256, Bytes, Signature, U256, aliases::U40},
    signers::Signer,
    sol,
    sol_types::{Eip712Domain, SolStruct, eip712_domain},
};
use serde::{Deserialize, Serialize};

use crate::types::ConsentTerms;

/// The EIP-712 domain name of the consent registry.
pub const DOMAIN_NAME: &str = "Consentry";
/// The EIP-712 domain version of the consent registry.
pub const DOMAIN_VERSION: &str = "1";

sol! {
    /// A patient's grant, signed off chain; `ConsentRegistry.GRANT_TYPEHASH` hashes this type.
    #[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
    struct GrantConsent {
        address patient;
        uint32 orgId;
        uint32 categories;
        uint8 purposes;
        uint8 actions;
        uint40 validFrom;
        uint40 validUntil;
        uint256 nonce;
        uint256 deadline;
    }

    /// A patient's revocation, signed off chain; `ConsentRegistry.REVOKE_TYPEHASH` hashes it.
    #[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
    struct RevokeConsent {
        address patient;
        uint32 orgId;
        uint256 nonce;
        uint256 deadline;
    }

    /// A co-signature of a pending record as one signer kind (a `Cosigner` code), signed off
    /// chain; `RecordRegistry.SIGN_RECORD_TYPEHASH` hashes it. No nonce: a kind signs a record
    /// once.
    #[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
    struct SignRecord {
        bytes32 recordId;
        uint8 kind;
        uint256 deadline;
    }

    /// A rejection of a pending record as one signer kind, for the reason hashed in
    /// `reasonHash`; `RecordRegistry.REJECT_RECORD_TYPEHASH` hashes it.
    #[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
    struct RejectRecord {
        bytes32 recordId;
        uint8 kind;
        bytes32 reasonHash;
        uint256 deadline;
    }
}

/// What can go wrong signing or checking a consent signature.
#[derive(Debug, thiserror::Error)]
pub enum SignatureError {
    /// The signer failed (wrong password, hardware wallet refused, ...).
    #[error("signing failed: {0}")]
    Signer(#[from] alloy::signers::Error),
    /// The bytes are not a 65-byte ECDSA signature.
    #[error("not an ECDSA signature: {0}")]
    Malformed(#[from] alloy::primitives::SignatureError),
    /// The signature recovers to another account than the patient.
    #[error("the signature is by {recovered}, not by patient {patient}")]
    WrongSigner {
        /// The patient the consent names.
        patient: Address,
        /// Who actually signed.
        recovered: Address,
    },
}

/// The domain of the consent registry at `consents` on chain `chain_id`, created with `salt`
/// (its `eip712Domain().salt`).
pub fn domain(chain_id: u64, consents: Address, salt: B256) -> Eip712Domain {
    eip712_domain! {
        name: DOMAIN_NAME,
        version: DOMAIN_VERSION,
        chain_id: chain_id,
        verifying_contract: consents,
        salt: salt,
    }
}

impl GrantConsent {
    /// A grant of `terms` by `patient` to `org_id`, valid as a signature until `deadline`.
    pub fn new(
        patient: Address,
        org_id: u32,
        terms: &ConsentTerms,
        nonce: u64,
        deadline: u64,
    ) -> Self {
        GrantConsent {
            patient,
            orgId: org_id,
            categories: terms.categories.0,
            purposes: terms.purposes.0,
            actions: terms.actions.0,
            validFrom: U40::from(terms.valid_from),
            validUntil: U40::from(terms.valid_until),
            nonce: U256::from(nonce),
            deadline: U256::from(deadline),
        }
    }

    /// The terms this grant states.
    pub fn terms(&self) -> ConsentTerms {
        ConsentTerms {
            categories: crate::vocabulary::CategorySet(self.categories),
            purposes: crate::vocabulary::PurposeSet(self.purposes),
            actions: crate::vocabulary::ActionSet(self.actions),
            valid_from: self.validFrom.to(),
            valid_until: self.validUntil.to(),
        }
    }
}

impl RevokeConsent {
    /// A revocation by `patient` of everything `org_id` holds, valid until `deadline`.
    pub fn new(patient: Address, org_id: u32, nonce: u64, deadline: u64) -> Self {
        RevokeConsent {
            patient,
            orgId: org_id,
            nonce: U256::from(nonce),
            deadline: U256::from(deadline),
        }
    }
}

impl SignRecord {
    /// A co-signature of `record_id` as `kind`, valid as a signature until `deadline`.
    pub fn new(record_id: B256, kind: crate::vocabulary::Cosigner, deadline: u64) -> Self {
        SignRecord {
            recordId: record_id,
            kind: kind.code(),
            deadline: U256::from(deadline),
        }
    }
}

impl RejectRecord {
    /// A rejection of `record_id` as `kind` for the reason hashed in `reason_hash`.
    pub fn new(
        record_id: B256,
        kind: crate::vocabulary::Cosigner,
        reason_hash: B256,
        deadline: u64,
    ) -> Self {
        RejectRecord {
            recordId: record_id,
            kind: kind.code(),
            reasonHash: reason_hash,
            deadline: U256::from(deadline),
        }
    }
}

/// A consent message with the patient's signature, as passed from patient to submitter
/// (`consentry consent sign` writes it, `consentry consent submit` reads it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Signed<T> {
    /// The chain the signature is for.
    pub chain_id: u64,
    /// The consent registry the signature is for.
    pub consent_registry: Address,
    /// That registry's EIP-712 salt: which of two networks with the same chain id it is for.
    pub domain_salt: B256,
    /// The signed message.
    pub message: T,
    /// The 65-byte signature (or an ERC-1271 wallet's signature bytes).
    pub signature: Bytes,
}

/// A co-signature ([`SignRecord`]) or rejection ([`RejectRecord`]) of a pending record with
/// its signer's signature, as passed from signer to submitter (`consentry record sign
/// --offline` writes it, `consentry record submit` reads it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignedDecision<T> {
    /// The chain the signature is for.
    pub chain_id: u64,
    /// The record registry the signature is for.
    pub record_registry: Address,
    /// That registry's EIP-712 salt.
    pub domain_salt: B256,
    /// Who signed: the patient, a delegate, or a practitioner.
    pub signer: Address,
    /// The signed message.
    pub message: T,
    /// The 65-byte signature (or an ERC-1271 wallet's signature bytes).
    pub signature: Bytes,
}

/// Everything a wallet needs to show and sign `message` (`eth_signTypedData_v4` JSON).
pub fn typed_data<T: SolStruct + Serialize>(message: &T, domain: &Eip712Domain) -> TypedData {
    TypedData::from_struct(message, Some(domain.clone()))
}

/// The `eth_signTypedData_v4` JSON a wallet (MetaMask, viem, `cast wallet sign --data`)
/// signs for `message`, with integers written as JSON numbers where they fit a double (and
/// as decimal strings where they do not), as wallets display them best.
pub fn wallet_json<T: SolStruct + Serialize>(
    message: &T,
    domain: &Eip712Domain,
) -> serde_json::Value {
    let typed = typed_data(message, domain);
    let mut json = serde_json::to_value(&typed).unwrap_or_default();
    if let Some(chain_id) = domain.chain_id {
        json["domain"]["chainId"] = decimal(chain_id);
    }
    let fields: Vec<(String, String)> = typed
        .resolver
        .non_dependent_types()
        .filter(|t| t.type_name() == typed.primary_type)
        .flat_map(|t| {
            t.props()
                .iter()
                .map(|p| (p.name().to_owned(), p.type_name().to_owned()))
                .collect::<Vec<_>>()
        })
        .collect();
    for (name, kind) in fields {
        if !(kind.starts_with("uint") || kind.starts_with("int")) {
            continue;
        }
        let value = &mut json["message"][&name];
        let parsed = match value {
            serde_json::Value::String(s) => s.parse::<U256>().ok(),
            serde_json::Value::Number(n) => n.as_u64().map(U256::from),
            _ => None,
        };
        if let Some(parsed) = parsed {
            *value = decimal(parsed);
        }
    }
    json
}

fn decimal(value: impl Into<U256>) -> serde_json::Value {
    let value: U256 = value.into();
    match u64::try_from(value) {
        Ok(small) if small < (1 << 53) => serde_json::Value::from(small),
        _ => serde_json::Value::String(value.to_string()),
    }
}

/// The digest the contract recovers the signer from.
pub fn signing_hash<T: SolStruct>(message: &T, domain: &Eip712Domain) -> B256 {
    message.eip712_signing_hash(domain)
}

/// Signs `message` for `domain` with `signer`, returning the 65-byte `r || s || v` signature
/// the contract expects.
pub async fn sign<T, S>(
    signer: &S,
    message: &T,
    domain: &Eip712Domain,
) -> Result<Bytes, SignatureError>
where
    T: SolStruct + Send + Sync,
    S: Signer + Sync,
{
    let signature = signer.sign_typed_data(message, domain).await?;
    Ok(signature.as_bytes().to_vec().into())
}

/// Checks off chain that `signature` is `patient`'s over `message` (EOA signatures only;
/// ERC-1271 wallets can only be asked on chain).
pub fn verify<T: SolStruct>(
    patient: Address,
    message: &T,
    domain: &Eip712Domain,
    signature: &[u8],
) -> Result<(), SignatureError> {
    let signature = Signature::try_from(signature)?;
    let recovered = signature.recover_address_from_prehash(&signing_hash(message, domain))?;
    if recovered != patient {
        return Err(SignatureError::WrongSigner { patient, recovered });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use alloy::{primitives::keccak256, signers::local::PrivateKeySigner};

    use super::*;
    use crate::vocabulary::{ActionSet, CategorySet, PurposeSet};

    fn terms() -> ConsentTerms {
        ConsentTerms {
            categories: "laboratory,imaging".parse::<CategorySet>().unwrap(),
            purposes: "TREAT".parse::<PurposeSet>().unwrap(),
            actions: ActionSet::ALL,
            valid_from: 1_750_000_000,
            valid_until: 1_781_536_000,
        }
    }

    #[test]
    fn type_hashes_match_the_contract() {
        // The strings ConsentRegistry.sol hashes into GRANT_TYPEHASH and REVOKE_TYPEHASH.
        let grant = "GrantConsent(address patient,uint32 orgId,uint32 categories,uint8 purposes,uint8 actions,uint40 validFrom,uint40 validUntil,uint256 nonce,uint256 deadline)";
        let revoke = "RevokeConsent(address patient,uint32 orgId,uint256 nonce,uint256 deadline)";
        let message = GrantConsent::new(Address::ZERO, 1, &terms(), 0, 0);
        assert_eq!(message.eip712_type_hash(), keccak256(grant));
        assert_eq!(
            RevokeConsent::new(Address::ZERO, 1, 0, 0).eip712_type_hash(),
            keccak256(revoke)
        );
        // And what RecordRegistry.sol hashes into SIGN_RECORD_TYPEHASH and REJECT_RECORD_TYPEHASH.
        let patient = crate::vocabulary::Cosigner::Patient;
        assert_eq!(
            SignRecord::new(B256::ZERO, patient, 0).eip712_type_hash(),
            keccak256("SignRecord(bytes32 recordId,uint8 kind,uint256 deadline)")
        );
        assert_eq!(
            RejectRecord::new(B256::ZERO, patient, B256::ZERO, 0).eip712_type_hash(),
            keccak256(
                "RejectRecord(bytes32 recordId,uint8 kind,bytes32 reasonHash,uint256 deadline)"
            )
        );
    }

    #[tokio::test]
    async fn a_signature_verifies_only_for_its_domain_and_patient() {
        let signer = PrivateKeySigner::random();
        let patient = signer.address();
        let registry = Address::repeat_byte(0xc0);
        let message = GrantConsent::new(patient, 3, &terms(), 0, 1_750_003_600);
        let salt = B256::repeat_byte(0x5a);
        let signature = sign(&signer, &message, &domain(31337, registry, salt))
            .await
            .unwrap();
        assert_eq!(signature.len(), 65);
        verify(
            patient,
            &message,
            &domain(31337, registry, salt),
            &signature,
        )
        .unwrap();
        assert!(matches!(
            verify(patient, &message, &domain(1, registry, salt), &signature),
            Err(SignatureError::WrongSigner { .. })
        ));
        assert!(
            verify(
                patient,
                &message,
                &domain(31337, Address::repeat_byte(0xc1), salt),
                &signature
            )
            .is_err()
        );
        // Another network with the same chain id and the registry at the same address.
        assert!(matches!(
            verify(
                patient,
                &message,
                &domain(31337, registry, B256::repeat_byte(0x5b)),
                &signature
            ),
            Err(SignatureError::WrongSigner { .. })
        ));
        let other = GrantConsent::new(patient, 4, &terms(), 0, 1_750_003_600);
        assert!(verify(patient, &other, &domain(31337, registry, salt), &signature).is_err());
        assert_eq!(message.terms(), terms());
    }

    #[test]
    fn typed_data_is_what_wallets_sign() {
        let message = GrantConsent::new(Address::repeat_byte(1), 3, &terms(), 5, 1_750_003_600);
        let domain = domain(
            11155111,
            Address::repeat_byte(0xc0),
            B256::repeat_byte(0x5a),
        );
        let typed = typed_data(&message, &domain);
        assert_eq!(typed.primary_type, "GrantConsent");
        assert_eq!(
            typed.eip712_signing_hash().unwrap(),
            signing_hash(&message, &domain)
        );
        let json = wallet_json(&message, &domain);
        assert_eq!(json["domain"]["name"], "Consentry");
        assert_eq!(json["domain"]["chainId"], serde_json::json!(11155111));
        assert_eq!(
            json["domain"]["salt"],
            serde_json::json!(B256::repeat_byte(0x5a).to_string())
        );
        let domain_type: Vec<&str> = json["types"]["EIP712Domain"]
            .as_array()
            .unwrap()
            .iter()
            .map(|field| field["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            domain_type,
            ["name", "version", "chainId", "verifyingContract", "salt"]
        );
        assert_eq!(
            json["message"]["deadline"],
            serde_json::json!(1_750_003_600)
        );
        assert_eq!(json["message"]["nonce"], serde_json::json!(5));
        // What a wallet parses back hashes to the same digest.
        let reparsed: TypedData = serde_json::from_value(json).unwrap();
        assert_eq!(
            reparsed.eip712_signing_hash().unwrap(),
            signing_hash(&message, &domain)
        );
    }
}
