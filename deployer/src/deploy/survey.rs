//! What the chain already holds of the plan, and the steps it still needs.

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::Provider,
};
use consentry_sdk::bindings::{
    consent_registry::ConsentRegistry, organization_registry::OrganizationRegistry,
};

use super::{DeployError, Deployer, Status, StepReport};
use crate::{
    create2,
    manifest::{CONSENT_REGISTRY, ORGANIZATION_REGISTRY, RECORD_REGISTRY},
    plan::accredit_call,
};

/// What one step of the deployment is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Work {
    FundProxySigner,
    DeployProxy,
    Deploy(&'static str),
    GrantAuthority(Address),
    Accredit(usize),
}

/// A transaction the chain still needs.
#[derive(Debug, Clone)]
pub(super) struct Step {
    pub(super) label: String,
    pub(super) work: Work,
    pub(super) to: Address,
    pub(super) data: Bytes,
    pub(super) value: U256,
    pub(super) gas: u64,
}

impl<P: Provider> Deployer<P> {
    /// What the chain has and what it still needs, by reading it.
    pub(super) async fn survey(&self) -> Result<(Vec<Step>, Vec<StepReport>), DeployError> {
        let plan = &self.plan;
        let mut steps = Vec::new();
        let mut done = Vec::new();
        let mut already = |step: String| {
            done.push(StepReport {
                step,
                status: Status::AlreadyDone,
                gas: None,
                tx_hash: None,
                block_number: None,
            });
        };

        match self.code_hash(create2::PROXY).await? {
            Some(hash) if hash == plan.proxy_code_hash => {}
            Some(found) => {
                return Err(DeployError::CodeMismatch {
                    name: "the CREATE2 proxy".into(),
                    address: create2::PROXY,
                    expected: plan.proxy_code_hash,
                    found,
                });
            }
            None => {
                let block = self
                    .provider
                    .get_block_by_number(BlockNumberOrTag::Latest)
                    .await?
                    .ok_or_else(|| DeployError::Node("the node has no latest block".into()))?;
                let base_fee = u128::from(block.header.base_fee_per_gas.unwrap_or_default());
                if base_fee > create2::proxy_gas_price() {
                    return Err(DeployError::ProxyUnaffordable { base_fee });
                }
                let balance = self.provider.get_balance(create2::PROXY_SIGNER).await?;
                let funding = create2::proxy_funding();
                if balance < funding {
                    steps.push(Step {
                        label: "fund the CREATE2 proxy's one-time signer".into(),
                        work: Work::FundProxySigner,
                        to: create2::PROXY_SIGNER,
                        data: Bytes::new(),
                        value: funding - balance,
                        gas: 21_000,
                    });
                }
                steps.push(Step {
                    label: "deploy the CREATE2 proxy (presigned)".into(),
                    work: Work::DeployProxy,
                    to: create2::PROXY,
                    data: Bytes::new(),
                    value: U256::ZERO,
                    gas: 100_000,
                });
            }
        }

        let mut orgs_live = false;
        for contract in &plan.contracts {
            let label = format!("deploy {}", contract.name);
            let found = self.code_hash(contract.address).await?;
            let expected = match found {
                Some(_) => self.expected_code_hash(contract).await?,
                None => contract.code_hash,
            };
            match found {
                Some(hash) if hash == expected => {
                    if contract.name == ORGANIZATION_REGISTRY {
                        orgs_live = true;
                    }
                    if contract.calldata.is_some() {
                        already(label);
                    }
                }
                Some(found) => {
                    return Err(DeployError::CodeMismatch {
                        name: contract.name.into(),
                        address: contract.address,
                        expected,
                        found,
                    });
                }
                None => {
                    if let Some(calldata) = &contract.calldata {
                        steps.push(Step {
                            label,
                            work: Work::Deploy(contract.name),
                            to: create2::PROXY,
                            data: calldata.clone(),
                            value: U256::ZERO,
                            gas: contract.gas,
                        });
                    }
                }
            }
        }

        let registry = OrganizationRegistry::new(plan.organizations(), &self.provider);
        for (&authority, &gas) in plan.config.authorities[1..].iter().zip(&plan.grant_gas) {
            let label = format!("appoint health authority {authority}");
            if orgs_live
                && registry
                    .hasRole(plan.authority_role, authority)
                    .call()
                    .await?
            {
                already(label);
                continue;
            }
            steps.push(Step {
                label,
                work: Work::GrantAuthority(authority),
                to: plan.organizations(),
                data: alloy::sol_types::SolCall::abi_encode(&OrganizationRegistry::grantRoleCall {
                    role: plan.authority_role,
                    account: authority,
                })
                .into(),
                value: U256::ZERO,
                gas,
            });
        }

        let existing = if orgs_live {
            self.existing_organizations().await?
        } else {
            Vec::new()
        };
        for (index, (spec, &gas)) in plan
            .config
            .organizations
            .iter()
            .zip(&plan.accredit_gas)
            .enumerate()
        {
            let label = format!("accredit {} ({})", spec.name, spec.kind);
            if existing
                .iter()
                .any(|(_, admin, kind)| *admin == spec.admin && *kind == spec.kind.code())
            {
                already(label);
                continue;
            }
            steps.push(Step {
                label,
                work: Work::Accredit(index),
                to: plan.organizations(),
                data: accredit_call(spec),
                value: U256::ZERO,
                gas,
            });
        }
        Ok((steps, done))
    }

    /// (id, admin, kind) of every organisation the registry holds.
    pub(super) async fn existing_organizations(
        &self,
    ) -> Result<Vec<(u32, Address, u8)>, DeployError> {
        let registry = OrganizationRegistry::new(self.plan.organizations(), &self.provider);
        let count = registry.organizationCount().call().await?;
        let mut found = Vec::with_capacity(count as usize);
        for id in 1..=count {
            let org = registry.organization(id).call().await?;
            found.push((id, org.admin, org.kind));
        }
        Ok(found)
    }

    /// The code hash `contract`, found deployed, must have: the plan's, but for the consent and
    /// the record registry, whose code embeds the EIP-712 salt the suite took from the chain.
    pub(super) async fn expected_code_hash(
        &self,
        contract: &crate::plan::PlannedContract,
    ) -> Result<B256, DeployError> {
        if contract.name != CONSENT_REGISTRY && contract.name != RECORD_REGISTRY {
            return Ok(contract.code_hash);
        }
        let consents = self.plan.contract(CONSENT_REGISTRY).address;
        if self.code_hash(consents).await?.is_none() {
            return Ok(contract.code_hash);
        }
        let domain = ConsentRegistry::new(consents, &self.provider)
            .eip712Domain()
            .call()
            .await?;
        Ok(self.plan.salted_code_hash(contract.name, domain.salt)?)
    }

    pub(super) async fn code_hash(&self, address: Address) -> Result<Option<B256>, DeployError> {
        let code = self.provider.get_code_at(address).await?;
        Ok((!code.is_empty()).then(|| keccak256(&code)))
    }
}
