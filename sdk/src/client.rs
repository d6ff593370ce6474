//! A typed client for a deployed suite over any alloy provider (anvil, a testnet, a
//! permissioned chain). Each contract action is one method; a revert comes back as
//! [`ClientError::Reverted`] holding the contract's custom error, told as a sentence.
//!
//! Longer than 600 lines: one method per contract action, kept together so the client reads as the
//! suite's API.

use std::time::Duration;

use alloy::{
    contract::{CallBuilder, CallDecoder},
    network::Ethereum,
    primitives::{Address, B256, TxHash},
    providers::{PendingTransactionError, Provider},
    rpc::types::TransactionReceipt,
    sol_types::Eip712Domain,
    transports::RpcError,
};
use consentry_bindings::{
    consent_registry::ConsentRegistry::{self, ConsentRegistryInstance},
    organization_registry::OrganizationRegistry::{self, OrganizationRegistryInstance},
    record_registry::RecordRegistry::{self, RecordRegistryInstance},
};
use serde::{Deserialize, Serialize};

use crate::{
    eip712::{self, GrantConsent, RejectRecord, RevokeConsent, SignRecord, Signed, SignedDecision},
    errors::Revert,
    events::ConsentryEvent,
    types::ConsentTerms,
    vocabulary::{
        Action, ActionSet, Basis, Category, CategorySet, Cosigner, CosignerSet, EmergencyReason,
        FhirResourceType, OrganizationKind, Purpose, PurposeSet, Role,
    },
};

/// The addresses of a deployed suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Addresses {
    /// The organisation registry.
    pub organizations: Address,
    /// The consent registry it created.
    pub consents: Address,
    /// The record registry.
    pub records: Address,
}

/// What went wrong talking to the chain.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The contract refused, with its reason.
    #[error("{0}")]
    Reverted(Revert),
    /// The transaction was mined but failed (the reason could not be recovered).
    #[error("transaction {0} failed on chain")]
    FailedOnChain(TxHash),
    /// The node or the connection failed.
    #[error("rpc: {0}")]
    Rpc(#[source] alloy::transports::TransportError),
    /// A call or its answer failed for another reason than a revert (the answer did not decode,
    /// the node returned no data).
    #[error("rpc: {0}")]
    Call(#[source] alloy::contract::Error),
    /// A sent transaction could not be followed to its receipt.
    #[error("rpc: {0}")]
    Pending(#[from] alloy::providers::PendingTransactionError),
    /// The node showed the transaction in a block but kept answering that it had no receipt.
    #[error("rpc: transaction {0} is in a block but the node has no receipt for it")]
    ReceiptMissing(TxHash),
}

impl From<alloy::contract::Error> for ClientError {
    fn from(error: alloy::contract::Error) -> Self {
        match error.as_revert_data() {
            Some(data) => ClientError::Reverted(Revert::decode(&data)),
            None => match error {
                alloy::contract::Error::TransportError(error) => ClientError::Rpc(error),
                error => ClientError::Call(error),
            },
        }
    }
}

impl From<alloy::transports::TransportError> for ClientError {
    /// A node's error answer may carry a revert (an `eth_call` or a gas estimate that
    /// reverted): it is decoded as one.
    fn from(error: alloy::transports::TransportError) -> Self {
        alloy::contract::Error::from(error).into()
    }
}

impl ClientError {
    /// The decoded revert, if the contract refused.
    pub fn revert(&self) -> Option<&Revert> {
        match self {
            ClientError::Reverted(revert) => Some(revert),
            _ => None,
        }
    }
}

/// A mined transaction and the suite's events it emitted.
#[derive(Debug, Clone)]
pub struct Sent {
    /// The receipt.
    pub receipt: TransactionReceipt,
    /// The decoded events, in log order.
    pub events: Vec<ConsentryEvent>,
}

impl Sent {
    /// The `RecordPending` event, if this transaction added a record that awaits co-signatures.
    pub fn pending(&self) -> Option<&RecordRegistry::RecordPending> {
        self.events.iter().find_map(|event| match event {
            ConsentryEvent::Records(RecordRegistry::RecordRegistryEvents::RecordPending(e)) => {
                Some(e)
            }
            _ => None,
        })
    }
}

/// A client for one deployment, acting as the provider's default sender.
#[derive(Debug, Clone)]
pub struct Client<P> {
    provider: P,
    addresses: Addresses,
}

/// The gas limit a send asks for: the node's estimate and 30 % more (what `forge script` adds
/// by default). The estimate runs the call against the pending block, and the mined
/// transaction can cost more than that: sent with exactly its estimate, `openEmergencyAccess`
/// ran out of gas (38,198 of 38,198) about once in 150 runs of the indexer's tests. Only the gas
/// used is paid.
pub fn gas_limit(estimate: u64) -> u64 {
    estimate.saturating_mul(13) / 10
}

impl<P: Provider + Clone> Client<P> {
    /// A client for the suite at `addresses`.
    pub fn new(provider: P, addresses: Addresses) -> Self {
        Client {
            provider,
            addresses,
        }
    }

    /// The provider.
    pub fn provider(&self) -> &P {
        &self.provider
    }

    /// The suite's addresses.
    pub fn addresses(&self) -> Addresses {
        self.addresses
    }

    /// The organisation registry's generated binding.
    pub fn organizations(&self) -> OrganizationRegistryInstance<P> {
        OrganizationRegistryInstance::new(self.addresses.organizations, self.provider.clone())
    }

    /// The consent registry's generated binding.
    pub fn consents(&self) -> ConsentRegistryInstance<P> {
        ConsentRegistryInstance::new(self.addresses.consents, self.provider.clone())
    }

    /// The record registry's generated binding.
    pub fn records(&self) -> RecordRegistryInstance<P> {
        RecordRegistryInstance::new(self.addresses.records, self.provider.clone())
    }

    /// Sends a call, waits for its receipt and decodes the suite's events. A revert at
    /// estimation is returned decoded, before anything is broadcast. The gas limit is the
    /// estimate with a margin ([`gas_limit`]).
    pub async fn execute<Q: Provider, D: CallDecoder>(
        &self,
        call: CallBuilder<Q, D, Ethereum>,
    ) -> Result<Sent, ClientError> {
        // Estimate first: a refusal comes back decoded before the provider's nonce filler
        // reserves a nonce, which would otherwise leave a gap that stalls the next send.
        let gas = call.estimate_gas().await?;
        let pending = call.gas(gas_limit(gas)).send().await?;
        let hash = *pending.tx_hash();
        let receipt = match pending.get_receipt().await {
            Ok(receipt) => receipt,
            // The node showed the transaction in a block but had no receipt for it (anvil
            // between mining a block and storing its receipts; a provider whose backends are a
            // block apart): the transaction is done, so its receipt is asked for again rather
            // than the send reported as failed, which would invite sending it twice.
            Err(PendingTransactionError::TransportError(RpcError::NullResp)) => {
                self.receipt_of_mined(hash).await?
            }
            Err(error) => return Err(error.into()),
        };
        if !receipt.status() {
            return Err(ClientError::FailedOnChain(hash));
        }
        let events = receipt
            .inner
            .logs()
            .iter()
            .filter_map(|log| ConsentryEvent::decode(&log.inner))
            .collect();
        Ok(Sent { receipt, events })
    }

    /// The receipt of `hash`, known to be mined, asked for until the node has it (for about
    /// six seconds, backing off).
    async fn receipt_of_mined(&self, hash: TxHash) -> Result<TransactionReceipt, ClientError> {
        use backon::{ExponentialBuilder, Retryable};
        let ask = async || match self.provider.get_transaction_receipt(hash).await {
            Ok(Some(receipt)) => Ok(receipt),
            Ok(None) => Err(None),
            Err(error) => Err(Some(error)),
        };
        ask.retry(
            ExponentialBuilder::default()
                .with_min_delay(Duration::from_millis(50))
                .with_max_delay(Duration::from_secs(1))
                .with_max_times(10),
        )
        .when(Option::is_none)
        .await
        .map_err(|error| match error {
            Some(error) => error.into(),
            None => ClientError::ReceiptMissing(hash),
        })
    }

    // ------------------------------------------------------------------ authority

    /// Accredits an organisation; returns its id.
    pub async fn accredit(
        &self,
        kind: OrganizationKind,
        admin: Address,
        emergency_capable: bool,
        name: &str,
        fhir_endpoint: &str,
    ) -> Result<(u32, Sent), ClientError> {
        let sent = self
            .execute(self.organizations().accredit(
                kind.code(),
                admin,
                emergency_capable,
                name.to_owned(),
                fhir_endpoint.to_owned(),
            ))
            .await?;
        let id = sent.events.iter().find_map(|event| match event {
            ConsentryEvent::Organizations(
                OrganizationRegistry::OrganizationRegistryEvents::OrganizationAccredited(e),
            ) => Some(e.orgId),
            _ => None,
        });
        Ok((id.unwrap_or_default(), sent))
    }

    /// Suspends an organisation.
    pub async fn suspend(&self, org: u32, reason_hash: B256) -> Result<Sent, ClientError> {
        self.execute(self.organizations().suspend(org, reason_hash))
            .await
    }

    /// Reinstates an organisation.
    pub async fn reinstate(&self, org: u32) -> Result<Sent, ClientError> {
        self.execute(self.organizations().reinstate(org)).await
    }

    /// Marks whether an organisation may open emergency access.
    pub async fn set_emergency_capable(
        &self,
        org: u32,
        capable: bool,
    ) -> Result<Sent, ClientError> {
        self.execute(self.organizations().setEmergencyCapable(org, capable))
            .await
    }

    /// Pauses every write that could widen access.
    pub async fn pause(&self) -> Result<Sent, ClientError> {
        self.execute(self.organizations().pause()).await
    }

    /// Ends a pause.
    pub async fn unpause(&self) -> Result<Sent, ClientError> {
        self.execute(self.organizations().unpause()).await
    }

    // --------------------------------------------------------- organisation admin

    /// Adds a practitioner to `org`'s roster.
    pub async fn add_practitioner(
        &self,
        org: u32,
        account: Address,
        role: Role,
    ) -> Result<Sent, ClientError> {
        self.execute(
            self.organizations()
                .addPractitioner(org, account, role.code()),
        )
        .await
    }

    /// Removes a practitioner from `org`'s roster.
    pub async fn remove_practitioner(
        &self,
        org: u32,
        account: Address,
    ) -> Result<Sent, ClientError> {
        self.execute(self.organizations().removePractitioner(org, account))
            .await
    }

    /// Moves `org`'s FHIR endpoint.
    pub async fn set_endpoint(&self, org: u32, endpoint: &str) -> Result<Sent, ClientError> {
        self.execute(self.organizations().setEndpoint(org, endpoint.to_owned()))
            .await
    }

    /// Offers `org`'s admin role to `new_admin`.
    pub async fn transfer_admin(&self, org: u32, new_admin: Address) -> Result<Sent, ClientError> {
        self.execute(self.organizations().transferAdmin(org, new_admin))
            .await
    }

    /// Accepts `org`'s admin role.
    pub async fn accept_admin(&self, org: u32) -> Result<Sent, ClientError> {
        self.execute(self.organizations().acceptAdmin(org)).await
    }

    /// Replaces `org`'s lost or compromised admin with `new_admin` at once (governance).
    pub async fn recover_admin(&self, org: u32, new_admin: Address) -> Result<Sent, ClientError> {
        self.execute(self.organizations().recoverAdmin(org, new_admin))
            .await
    }

    // ------------------------------------------------------------------ consents

    /// Grants (or replaces) `patient`'s consent to `org`.
    pub async fn grant(
        &self,
        patient: Address,
        org: u32,
        terms: &ConsentTerms,
    ) -> Result<Sent, ClientError> {
        self.execute(self.consents().grant(patient, org, terms.to_sol()))
            .await
    }

    /// Submits a grant the patient signed.
    pub async fn submit_grant(&self, signed: &Signed<GrantConsent>) -> Result<Sent, ClientError> {
        self.execute(self.consents().call_builder(&grant_by_sig_call(signed)))
            .await
    }

    /// Narrows `patient`'s consent to `org`.
    pub async fn narrow(
        &self,
        patient: Address,
        org: u32,
        terms: &ConsentTerms,
    ) -> Result<Sent, ClientError> {
        self.execute(self.consents().narrow(patient, org, terms.to_sol()))
            .await
    }

    /// Moves the end of `patient`'s consent to `org`.
    pub async fn extend(
        &self,
        patient: Address,
        org: u32,
        valid_until: u64,
    ) -> Result<Sent, ClientError> {
        let until = alloy::primitives::aliases::U40::saturating_from(valid_until);
        self.execute(self.consents().extend(patient, org, until))
            .await
    }

    /// Revokes everything `org` holds from `patient`.
    pub async fn revoke(&self, patient: Address, org: u32) -> Result<Sent, ClientError> {
        self.execute(self.consents().revoke(patient, org)).await
    }

    /// Submits a revocation the patient signed.
    pub async fn submit_revoke(&self, signed: &Signed<RevokeConsent>) -> Result<Sent, ClientError> {
        let revoke = &signed.message;
        let contract = self.consents();
        let call = contract.revokeBySig(
            revoke.patient,
            revoke.orgId,
            revoke.nonce,
            revoke.deadline,
            signed.signature.clone(),
        );
        self.execute(call).await
    }

    /// The EIP-712 domain patients sign consents for, as the consent registry publishes it
    /// (ERC-5267): the chain id, the registry and the salt it was created with.
    pub async fn domain(&self) -> Result<Eip712Domain, ClientError> {
        let published = self.consents().eip712Domain().call().await?;
        Ok(eip712::domain(
            published.chainId.saturating_to(),
            published.verifyingContract,
            published.salt,
        ))
    }

    /// `patient`'s next signature nonce for `org`.
    pub async fn nonce(&self, patient: Address, org: u32) -> Result<u64, ClientError> {
        Ok(self
            .consents()
            .nonceOf(patient, org)
            .call()
            .await?
            .saturating_to())
    }

    // ----------------------------------------------------------------- delegates

    /// Appoints a delegate for the sender, for what it may grant and approve: `categories`,
    /// `purposes` and `actions`, until `expires_at` (it never creates access beyond them).
    pub async fn appoint_delegate(
        &self,
        delegate: Address,
        categories: CategorySet,
        purposes: PurposeSet,
        actions: ActionSet,
        expires_at: u64,
    ) -> Result<Sent, ClientError> {
        let until = alloy::primitives::aliases::U40::saturating_from(expires_at);
        self.execute(self.consents().appointDelegate(
            delegate,
            categories.0,
            purposes.0,
            actions.0,
            until,
        ))
        .await
    }

    /// Ends a delegation.
    pub async fn remove_delegate(
        &self,
        patient: Address,
        delegate: Address,
    ) -> Result<Sent, ClientError> {
        self.execute(self.consents().removeDelegate(patient, delegate))
            .await
    }

    // ----------------------------------------------------------- access requests

    /// Asks `patient` for access on behalf of the sender's organisation; returns the id.
    pub async fn request_access(
        &self,
        patient: Address,
        terms: &ConsentTerms,
        duration: u64,
        reason_hash: B256,
    ) -> Result<(u64, Sent), ClientError> {
        let duration = alloy::primitives::aliases::U40::saturating_from(duration);
        let contract = self.consents();
        let call = contract.requestAccess(
            patient,
            terms.categories.0,
            terms.purposes.0,
            terms.actions.0,
            duration,
            reason_hash,
        );
        let sent = self.execute(call).await?;
        let id = sent.events.iter().find_map(|event| match event {
            ConsentryEvent::Consents(ConsentRegistry::ConsentRegistryEvents::AccessRequested(
                e,
            )) => Some(e.requestId),
            _ => None,
        });
        Ok((id.unwrap_or_default(), sent))
    }

    /// Approves a request (granting its scope).
    pub async fn approve_request(&self, id: u64) -> Result<Sent, ClientError> {
        self.execute(self.consents().approveRequest(id)).await
    }

    /// Denies a request.
    pub async fn deny_request(&self, id: u64) -> Result<Sent, ClientError> {
        self.execute(self.consents().denyRequest(id)).await
    }

    /// Withdraws a request.
    pub async fn cancel_request(&self, id: u64) -> Result<Sent, ClientError> {
        self.execute(self.consents().cancelRequest(id)).await
    }

    // ---------------------------------------------------------------- break-glass

    /// Opens emergency access to `patient`'s records for the sender's organisation.
    pub async fn open_emergency(
        &self,
        patient: Address,
        reason: EmergencyReason,
        justification_hash: B256,
    ) -> Result<Sent, ClientError> {
        self.execute(self.consents().openEmergencyAccess(
            patient,
            reason.code(),
            justification_hash,
        ))
        .await
    }

    /// Ends an emergency access early.
    pub async fn close_emergency(&self, patient: Address, org: u32) -> Result<Sent, ClientError> {
        self.execute(self.consents().closeEmergencyAccess(patient, org))
            .await
    }

    /// Sets the sender's break-glass rules, as patient.
    pub async fn set_emergency_policy(
        &self,
        opted_out: bool,
        restricted: CategorySet,
    ) -> Result<Sent, ClientError> {
        self.execute(self.consents().setEmergencyPolicy(opted_out, restricted.0))
            .await
    }

    /// Whether `org` may `action` `patient`'s `category` records for `purpose` now.
    pub async fn check_access(
        &self,
        patient: Address,
        org: u32,
        category: Category,
        purpose: Purpose,
        action: Action,
    ) -> Result<Basis, ClientError> {
        let answer = self
            .consents()
            .checkAccess(patient, org, category.code(), purpose.code(), action.code())
            .call()
            .await?;
        Ok(Basis::from_code(answer.basis).unwrap_or(Basis::None))
    }

    // ------------------------------------------------------------------- records

    /// Adds a pointer to a record the sender's organisation holds; returns the record id.
    /// Under a co-signing policy it is added pending ([`Sent::pending`] says until when and
    /// for whom); the policy may need `record.specialist` named.
    pub async fn add_record(&self, record: &NewRecord) -> Result<(B256, Sent), ClientError> {
        let sent = match record.specialist {
            None => {
                self.execute(self.records().call_builder(&record.to_call()))
                    .await?
            }
            Some(_) => {
                self.execute(self.records().call_builder(&record.to_cosigned_call()))
                    .await?
            }
        };
        let id = sent.events.iter().find_map(|event| match event {
            ConsentryEvent::Records(RecordRegistry::RecordRegistryEvents::RecordAdded(e)) => {
                Some(e.recordId)
            }
            _ => None,
        });
        Ok((id.unwrap_or_default(), sent))
    }

    /// Marks a record entered-in-error.
    pub async fn retract_record(&self, id: B256) -> Result<Sent, ClientError> {
        self.execute(self.records().retractRecord(id)).await
    }

    /// Emits read receipts for `ids` of `patient`'s records.
    pub async fn log_access(
        &self,
        patient: Address,
        ids: Vec<B256>,
        purpose: Purpose,
    ) -> Result<Sent, ClientError> {
        self.execute(self.records().logAccess(patient, ids, purpose.code()))
            .await
    }

    // ---------------------------------------------------------------- co-signing

    /// Sets `org`'s co-signing policy for `category` (and `fhir_type`, or every type of the
    /// category when `None`): who must sign, within `max_wait` seconds. An empty `signers` (with
    /// `max_wait` 0) removes it. The sender must be the organisation's admin.
    pub async fn set_cosign_policy(
        &self,
        org: u32,
        category: Category,
        fhir_type: Option<FhirResourceType>,
        signers: CosignerSet,
        max_wait: u64,
    ) -> Result<Sent, ClientError> {
        let wait = alloy::primitives::aliases::U40::saturating_from(max_wait);
        let fhir_type = fhir_type.map_or(0, FhirResourceType::code);
        self.execute(self.records().setCosignPolicy(
            org,
            category.code(),
            fhir_type,
            signers.0,
            wait,
        ))
        .await
    }

    /// The policy a record of `fhir_type` in `category` added by `org` falls under now.
    pub async fn cosign_policy(
        &self,
        org: u32,
        category: Category,
        fhir_type: FhirResourceType,
    ) -> Result<consentry_bindings::record_registry::IRecordRegistry::CosignPolicy, ClientError>
    {
        Ok(self
            .records()
            .effectiveCosignPolicy(org, category.code(), fhir_type.code())
            .call()
            .await?)
    }

    /// What the co-signed record `id` needs and has (zeroed for a record without co-signing).
    pub async fn pending(
        &self,
        id: B256,
    ) -> Result<consentry_bindings::record_registry::IRecordRegistry::Pending, ClientError> {
        Ok(self.records().pendingOf(id).call().await?)
    }

    /// Signs the pending record `id` as `kind`.
    pub async fn sign_record(&self, id: B256, kind: Cosigner) -> Result<Sent, ClientError> {
        self.execute(self.records().signRecord(id, kind.code()))
            .await
    }

    /// Submits a co-signature someone signed off chain (a patient signs without gas).
    pub async fn submit_record_signature(
        &self,
        signed: &SignedDecision<SignRecord>,
    ) -> Result<Sent, ClientError> {
        let m = &signed.message;
        self.execute(self.records().signRecordBySig(
            m.recordId,
            m.kind,
            signed.signer,
            m.deadline,
            signed.signature.clone(),
        ))
        .await
    }

    /// Rejects the pending record `id` as `kind`, for the reason hashed in `reason_hash`.
    pub async fn reject_record(
        &self,
        id: B256,
        kind: Cosigner,
        reason_hash: B256,
    ) -> Result<Sent, ClientError> {
        self.execute(self.records().rejectRecord(id, kind.code(), reason_hash))
            .await
    }

    /// Submits a rejection someone signed off chain.
    pub async fn submit_record_rejection(
        &self,
        signed: &SignedDecision<RejectRecord>,
    ) -> Result<Sent, ClientError> {
        let m = &signed.message;
        self.execute(self.records().rejectRecordBySig(
            m.recordId,
            m.kind,
            m.reasonHash,
            signed.signer,
            m.deadline,
            signed.signature.clone(),
        ))
        .await
    }

    /// Marks the pending record `id`, past its deadline, expired.
    pub async fn expire_record(&self, id: B256) -> Result<Sent, ClientError> {
        self.execute(self.records().expireRecord(id)).await
    }

    /// The EIP-712 domain co-signatures are signed for, as the record registry publishes it.
    pub async fn record_domain(&self) -> Result<Eip712Domain, ClientError> {
        let published = self.records().eip712Domain().call().await?;
        Ok(eip712::domain(
            published.chainId.saturating_to(),
            published.verifyingContract,
            published.salt,
        ))
    }

    /// Whether `content_hash` (SHA-256) is the content record `id` was added with.
    pub async fn verify_content(&self, id: B256, content_hash: B256) -> Result<bool, ClientError> {
        Ok(self
            .records()
            .verifyContent(id, content_hash)
            .call()
            .await?)
    }
}

/// A record pointer to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecord {
    /// Whose record.
    pub patient: Address,
    /// Its category.
    pub category: Category,
    /// The FHIR resource type it points to.
    pub fhir_type: FhirResourceType,
    /// SHA-256 of its content.
    pub content_hash: B256,
    /// The pointer it replaces.
    pub supersedes: Option<B256>,
    /// The purpose the write serves (checked against the consent).
    pub purpose: Purpose,
    /// The specialist who co-signs it, where the organisation's co-signing policy for its
    /// category and type requires one.
    pub specialist: Option<Address>,
}

impl NewRecord {
    /// The `addCosignedRecord` call that adds this pointer naming its specialist.
    pub fn to_cosigned_call(&self) -> RecordRegistry::addCosignedRecordCall {
        RecordRegistry::addCosignedRecordCall {
            patient: self.patient,
            category: self.category.code(),
            fhirType: self.fhir_type.code(),
            contentHash: self.content_hash,
            supersedes: self.supersedes.unwrap_or_default(),
            purpose: self.purpose.code(),
            specialist: self.specialist.unwrap_or_default(),
        }
    }

    /// The `addRecord` call that adds this pointer (naming no specialist).
    pub fn to_call(&self) -> RecordRegistry::addRecordCall {
        RecordRegistry::addRecordCall {
            patient: self.patient,
            category: self.category.code(),
            fhirType: self.fhir_type.code(),
            contentHash: self.content_hash,
            supersedes: self.supersedes.unwrap_or_default(),
            purpose: self.purpose.code(),
        }
    }
}

/// The `grantBySig` call that submits a grant the patient signed.
pub fn grant_by_sig_call(signed: &Signed<GrantConsent>) -> ConsentRegistry::grantBySigCall {
    let grant = &signed.message;
    ConsentRegistry::grantBySigCall {
        patient: grant.patient,
        orgId: grant.orgId,
        terms: grant.terms().to_sol(),
        nonce: grant.nonce,
        deadline: grant.deadline,
        signature: signed.signature.clone(),
    }
}

/// The SHA-256 of `content`, as record pointers carry it.
pub fn content_hash(content: &[u8]) -> B256 {
    use sha2::{Digest, Sha256};
    B256::from_slice(&Sha256::digest(content))
}

/// The id of the record pointer to `content_hash` that `author_org` adds for `patient` in
/// `category` (`RecordRegistry.recordIdFor`): binding the author and the category, it cannot be
/// taken by another organisation that sends the same content first.
pub fn record_id(
    patient: Address,
    author_org: u32,
    category: Category,
    content_hash: B256,
) -> B256 {
    use alloy::sol_types::SolValue;
    // `abi.encode` pads a uint8 to a word, as it does a uint256 of the same value.
    let category = alloy::primitives::U256::from(category.code());
    alloy::primitives::keccak256((patient, author_org, category, content_hash).abi_encode())
}
