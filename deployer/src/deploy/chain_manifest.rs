//! The manifest of the deployment as the chain holds it, and where each contract was created.

use std::collections::BTreeMap;

use alloy::{
    eips::{BlockId, BlockNumberOrTag},
    primitives::B256,
    providers::Provider,
    rpc::types::TransactionReceipt,
    sol_types::SolEvent,
};
use consentry_sdk::bindings::organization_registry::OrganizationRegistry;

use super::{DeployError, Deployer};
use crate::{
    create2,
    journal::PendingTx,
    manifest::{
        AccreditedOrganization, CONSENT_REGISTRY, DeployedContract, Manifest, ORGANIZATION_REGISTRY,
    },
};

impl<P: Provider> Deployer<P> {
    /// The manifest of the deployment as the chain now holds it.
    pub(super) async fn manifest(
        &self,
        mined: &[(PendingTx, TransactionReceipt)],
    ) -> Result<Manifest, DeployError> {
        let plan = &self.plan;
        let previous = Manifest::load(&self.options.manifest_path).ok();
        let mut contracts = BTreeMap::new();
        for contract in &plan.contracts {
            let found = self.code_hash(contract.address).await?;
            let code_hash = match found {
                Some(_) => self.expected_code_hash(contract).await?,
                None => contract.code_hash,
            };
            if found != Some(code_hash) {
                return Err(DeployError::CodeMismatch {
                    name: contract.name.into(),
                    address: contract.address,
                    expected: code_hash,
                    found: found.unwrap_or(alloy::primitives::KECCAK256_EMPTY),
                });
            }
            // The consent registry is created in the organisation registry's transaction.
            let creator = match contract.name {
                CONSENT_REGISTRY => plan.contract(ORGANIZATION_REGISTRY),
                _ => contract,
            };
            let from_this_run = mined.iter().find_map(|(p, r)| {
                (p.contract.as_deref() == Some(creator.name))
                    .then(|| (p.hash, r.block_number.unwrap_or_default()))
            });
            let from_previous = previous
                .as_ref()
                .and_then(|m| m.contracts.get(creator.name))
                .filter(|c| c.address == creator.address)
                .map(|c| (c.tx_hash, c.block_number));
            let (tx_hash, block_number) = match from_this_run.or(from_previous) {
                Some(found) => found,
                None => self.locate(creator).await?,
            };
            contracts.insert(
                contract.name.to_owned(),
                DeployedContract {
                    address: contract.address,
                    tx_hash,
                    block_number,
                    code_hash,
                    constructor_args: contract.constructor_args.clone(),
                    created_by: (contract.name == CONSENT_REGISTRY)
                        .then(|| ORGANIZATION_REGISTRY.to_owned()),
                },
            );
        }

        let mut organizations = Vec::new();
        let existing = self.existing_organizations().await?;
        for spec in &plan.config.organizations {
            let Some(&(id, _, _)) = existing
                .iter()
                .find(|(_, admin, kind)| *admin == spec.admin && *kind == spec.kind.code())
            else {
                continue;
            };
            let tx_hash = mined
                .iter()
                .find(|(_, receipt)| {
                    receipt.inner.logs().iter().any(|log| {
                        OrganizationRegistry::OrganizationAccredited::decode_log(&log.inner)
                            .is_ok_and(|e| e.orgId == id)
                    })
                })
                .map(|(p, _)| p.hash)
                .or_else(|| {
                    previous.as_ref().and_then(|m| {
                        m.organizations
                            .iter()
                            .find(|o| o.id == id)
                            .and_then(|o| o.tx_hash)
                    })
                });
            organizations.push(AccreditedOrganization {
                id,
                name: spec.name.clone(),
                admin: spec.admin,
                tx_hash,
            });
        }

        Ok(Manifest {
            chain_id: plan.chain_id,
            version: env!("CARGO_PKG_VERSION").to_owned(),
            create2_proxy: create2::PROXY,
            salt: plan.config.salt,
            governance: plan.config.governance,
            authorities: plan.config.authorities.clone(),
            contracts,
            organizations,
        })
    }

    /// Finds the transaction that created `contract` on chain: the first block with its code
    /// (binary search on historical state), then the proxy call in that block.
    async fn locate(
        &self,
        contract: &crate::plan::PlannedContract,
    ) -> Result<(B256, u64), DeployError> {
        let mut low = 0u64;
        let mut high = self.provider.get_block_number().await?;
        while low < high {
            let mid = low + (high - low) / 2;
            let code = self
                .provider
                .get_code_at(contract.address)
                .block_id(BlockId::number(mid))
                .await
                .map_err(|source| DeployError::NoHistory {
                    contract: contract.name.to_owned(),
                    source,
                })?;
            if code.is_empty() {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Number(low))
            .full()
            .await?
            .ok_or_else(|| DeployError::Node(format!("block {low} is missing")))?;
        let calldata = contract.calldata.clone().unwrap_or_default();
        let tx_hash = block
            .transactions
            .txns()
            .find(|tx| {
                let tx = tx.inner.inner();
                alloy::consensus::Transaction::to(tx) == Some(create2::PROXY)
                    && *alloy::consensus::Transaction::input(tx) == calldata
            })
            .map(|tx| *tx.inner.tx_hash())
            .unwrap_or_default();
        Ok((tx_hash, low))
    }
}
