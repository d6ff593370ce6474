//! Running a [`Plan`] against a chain: survey what is already there, resume what a killed run
//! left in flight, send only what is missing, and write the manifest.

use std::{collections::BTreeMap, path::PathBuf, time::Duration};

use alloy::{
    eips::{BlockId, BlockNumberOrTag, Encodable2718},
    network::{EthereumWallet, NetworkTransactionBuilder, TransactionBuilder},
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::SolEvent,
};
use consentry_sdk::bindings::{
    consent_registry::ConsentRegistry, organization_registry::OrganizationRegistry,
};
use serde::Serialize;

use crate::{
    create2,
    journal::{Journal, JournalError, PendingTx},
    manifest::{
        AccreditedOrganization, CONSENT_REGISTRY, DeployedContract, Manifest, ManifestError,
        ORGANIZATION_REGISTRY,
    },
    plan::{Plan, PlanError, accredit_call},
};

/// How to send.
#[derive(Debug, Clone)]
pub struct Options {
    /// Gas limit = simulated gas × this / 100.
    pub gas_multiplier_percent: u64,
    /// Legacy (type 0) transactions even where the chain has a base fee.
    pub legacy: bool,
    /// Gas price (legacy) or max fee per gas (EIP-1559) in wei, instead of the node's.
    pub gas_price: Option<u128>,
    /// Priority fee per gas in wei, instead of the node's.
    pub priority_gas_price: Option<u128>,
    /// Wait for each receipt before sending the next transaction.
    pub slow: bool,
    /// How long to wait for a receipt before giving up (the run can be resumed).
    pub receipt_timeout: Duration,
    /// How often to ask for a receipt.
    pub poll_interval: Duration,
    /// Where the manifest and the journal are written.
    pub manifest_path: PathBuf,
}

impl Options {
    /// Defaults for `manifest_path`: 130 % gas, EIP-1559 where available, batch sending.
    pub fn new(manifest_path: PathBuf) -> Self {
        Options {
            gas_multiplier_percent: 130,
            legacy: false,
            gas_price: None,
            priority_gas_price: None,
            slow: false,
            receipt_timeout: Duration::from_secs(600),
            poll_interval: Duration::from_millis(250),
            manifest_path,
        }
    }
}

/// Why a deployment stopped.
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    /// The plan itself is impossible.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// The node failed or could not be reached.
    #[error("rpc: {0}")]
    Rpc(#[from] alloy::transports::TransportError),
    /// A contract call failed or its answer did not decode.
    #[error("rpc: {0}")]
    Call(#[from] alloy::contract::Error),
    /// The node answered, but not with what the deployment needs (no latest block, no
    /// historical state).
    #[error("rpc: {0}")]
    Node(String),
    /// The node keeps no state of past blocks, which finding a contract's deployment block
    /// needs.
    #[error("rpc: finding {contract}'s deployment block needs historical state ({source})")]
    NoHistory {
        /// The contract.
        contract: String,
        /// The node's answer.
        source: alloy::transports::TransportError,
    },
    /// The node serves another chain than the plan's.
    #[error("the node serves chain {actual}, not {expected}")]
    WrongChain {
        /// The chain the plan was made for.
        expected: u64,
        /// The node's chain.
        actual: u64,
    },
    /// Something else occupies a contract's address.
    #[error(
        "{name} at {address} has code hash {found}, not the expected {expected}: another deployment (different code, salt or constructor arguments) is there; refusing to continue"
    )]
    CodeMismatch {
        /// The contract.
        name: String,
        /// Its address.
        address: Address,
        /// The hash the plan requires.
        expected: B256,
        /// The hash the chain shows.
        found: B256,
    },
    /// The presigned proxy deployment cannot be mined here.
    #[error(
        "this chain has no CREATE2 proxy at {proxy} and its base fee ({base_fee} wei) is above the 100 gwei the presigned deployment pays; ask the chain's operators to deploy it",
        proxy = create2::PROXY
    )]
    ProxyUnaffordable {
        /// The chain's base fee.
        base_fee: u128,
    },
    /// A transaction was mined but failed.
    #[error("{step}: transaction {hash} failed on chain")]
    Failed {
        /// The step.
        step: String,
        /// The transaction.
        hash: B256,
    },
    /// A transaction was not mined in time.
    #[error(
        "{step}: transaction {hash} not mined after {seconds} s; run the deployment again to keep waiting for it (it is in the journal)"
    )]
    Timeout {
        /// The step.
        step: String,
        /// The transaction.
        hash: B256,
        /// How long we waited.
        seconds: u64,
    },
    /// The journal could not be read or written.
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// The manifest could not be read or written.
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    /// There is no key to sign with (only a dry run can do without).
    #[error("signing: no signing key (only a dry run can do without)")]
    NoSigner,
    /// Signing failed.
    #[error("signing: {0}")]
    Sign(#[source] alloy::network::TransactionBuilderError<alloy::network::Ethereum>),
}

/// What one step of the deployment is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Work {
    FundProxySigner,
    DeployProxy,
    Deploy(&'static str),
    GrantAuthority(Address),
    Accredit(usize),
}

/// A transaction the chain still needs.
#[derive(Debug, Clone)]
struct Step {
    label: String,
    work: Work,
    to: Address,
    data: Bytes,
    value: U256,
    gas: u64,
}

/// What happened to a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The chain already had it; nothing sent.
    AlreadyDone,
    /// A transaction a previous run left in flight was found mined (or re-broadcast).
    Resumed,
    /// Sent and mined in this run.
    Sent,
    /// Dry run: would be sent.
    Planned,
}

/// One line of the report.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepReport {
    /// What it does.
    pub step: String,
    /// What happened.
    pub status: Status,
    /// Gas: used on chain, or simulated for a dry run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gas: Option<u64>,
    /// The transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tx_hash: Option<B256>,
    /// Its block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_number: Option<u64>,
}

/// What a run did (or, dry, would do).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The chain.
    pub chain_id: u64,
    /// The sending account.
    pub sender: Address,
    /// Whether nothing was sent on purpose.
    pub dry_run: bool,
    /// Each step, in order.
    pub steps: Vec<StepReport>,
    /// Gas of the transactions sent (or to send).
    pub total_gas: u64,
    /// Price per gas used for the cost (wei).
    pub gas_price: u128,
    /// total_gas × gas_price (wei).
    pub total_cost: U256,
    /// The manifest written (not for a dry run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manifest: Option<Manifest>,
    /// Where it was written.
    pub manifest_path: PathBuf,
}

impl Report {
    /// How many transactions this run broadcast or found mined from a previous run.
    pub fn transactions(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| matches!(s.status, Status::Sent | Status::Resumed))
            .count()
    }
}

#[derive(Debug, Clone, Copy)]
enum Fees {
    Legacy {
        gas_price: u128,
    },
    Eip1559 {
        max_fee: u128,
        priority: u128,
        base_fee: u128,
    },
}

impl Fees {
    /// What a unit of gas is expected to cost.
    fn expected_price(self) -> u128 {
        match self {
            Fees::Legacy { gas_price } => gas_price,
            Fees::Eip1559 {
                max_fee,
                priority,
                base_fee,
            } => max_fee.min(base_fee.saturating_add(priority)),
        }
    }
}

/// Deploys `plan` through `provider`, signing with `wallet` as `sender`.
#[derive(Debug)]
pub struct Deployer<P> {
    provider: P,
    wallet: Option<EthereumWallet>,
    sender: Address,
    plan: Plan,
    options: Options,
}

impl<P: Provider> Deployer<P> {
    /// A deployer of `plan`; `wallet` may be `None` for a dry run.
    pub fn new(
        provider: P,
        wallet: Option<EthereumWallet>,
        sender: Address,
        plan: Plan,
        options: Options,
    ) -> Self {
        Deployer {
            provider,
            wallet,
            sender,
            plan,
            options,
        }
    }

    /// Simulates everything against the chain as it is and prices it; sends nothing.
    pub async fn dry_run(&self) -> Result<Report, DeployError> {
        self.check_chain().await?;
        let (steps, mut reports) = self.survey().await?;
        let fees = self.fees().await?;
        let price = fees.expected_price();
        let mut total_gas = 0;
        for step in &steps {
            total_gas += step.gas;
            reports.push(StepReport {
                step: step.label.clone(),
                status: Status::Planned,
                gas: Some(step.gas),
                tx_hash: None,
                block_number: None,
            });
        }
        Ok(Report {
            chain_id: self.plan.chain_id,
            sender: self.sender,
            dry_run: true,
            steps: reports,
            total_gas,
            gas_price: price,
            total_cost: U256::from(total_gas) * U256::from(price),
            manifest: None,
            manifest_path: self.options.manifest_path.clone(),
        })
    }

    /// Deploys what is missing, resuming a previous run's transactions, and writes the
    /// manifest.
    pub async fn deploy(&self) -> Result<Report, DeployError> {
        self.check_chain().await?;
        let mut journal = Journal::open(&Journal::path_for(&self.options.manifest_path))?;
        let mut mined: Vec<(PendingTx, TransactionReceipt)> = Vec::new();
        let mut reports = Vec::new();
        for pending in journal.entries().to_vec() {
            if let Some(receipt) = self.resume(&pending).await? {
                reports.push(StepReport {
                    step: pending.step.clone(),
                    status: Status::Resumed,
                    gas: Some(receipt.gas_used),
                    tx_hash: Some(pending.hash),
                    block_number: receipt.block_number,
                });
                mined.push((pending, receipt));
            }
        }

        let (steps, done) = self.survey().await?;
        // What a resumed transaction did is in `reports` already; the survey sees it as done.
        let done: Vec<StepReport> = done
            .into_iter()
            .filter(|d| !reports.iter().any(|r| r.step == d.step))
            .collect();
        reports.extend(done);
        let fees = self.fees().await?;
        let mut nonce = self
            .provider
            .get_transaction_count(self.sender)
            .pending()
            .await?;
        let mut in_flight: Vec<(Step, B256)> = Vec::new();
        for step in steps {
            let hash = match step.work {
                Work::DeployProxy => {
                    // The funding must be mined first: the one-time signer pays for this.
                    self.settle(&mut in_flight, &mut mined, &mut reports, &journal)
                        .await?;
                    let tx = create2::proxy_deployment();
                    let pending = PendingTx {
                        step: step.label.clone(),
                        contract: None,
                        from: create2::PROXY_SIGNER,
                        nonce: 0,
                        hash: *tx.tx_hash(),
                        raw: create2::PROXY_DEPLOYMENT.into(),
                    };
                    journal.push(pending.clone())?;
                    self.broadcast(&pending.raw).await?;
                    pending.hash
                }
                _ => {
                    let pending = self.sign(&step, nonce, fees).await?;
                    nonce += 1;
                    journal.push(pending.clone())?;
                    self.broadcast(&pending.raw).await?;
                    tracing::info!(step = %step.label, hash = %pending.hash, "sent");
                    pending.hash
                }
            };
            let work = step.work.clone();
            in_flight.push((step, hash));
            // The proxy must exist before anything is sent to it; the slow mode waits always.
            if self.options.slow || matches!(work, Work::FundProxySigner | Work::DeployProxy) {
                self.settle(&mut in_flight, &mut mined, &mut reports, &journal)
                    .await?;
            }
        }
        self.settle(&mut in_flight, &mut mined, &mut reports, &journal)
            .await?;

        let manifest = self.manifest(&mined).await?;
        manifest.save(&self.options.manifest_path)?;
        journal.clear()?;
        let sent: Vec<&StepReport> = reports
            .iter()
            .filter(|r| matches!(r.status, Status::Sent | Status::Resumed))
            .collect();
        let total_gas = sent.iter().filter_map(|r| r.gas).sum();
        let mut total_cost = U256::ZERO;
        for (_, receipt) in &mined {
            total_cost += U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price);
        }
        let gas_price = if total_gas == 0 {
            fees.expected_price()
        } else {
            (total_cost / U256::from(total_gas)).saturating_to()
        };
        Ok(Report {
            chain_id: self.plan.chain_id,
            sender: self.sender,
            dry_run: false,
            steps: reports,
            total_gas,
            gas_price,
            total_cost,
            manifest: Some(manifest),
            manifest_path: self.options.manifest_path.clone(),
        })
    }

    async fn check_chain(&self) -> Result<(), DeployError> {
        let actual = self.provider.get_chain_id().await?;
        if actual != self.plan.chain_id {
            return Err(DeployError::WrongChain {
                expected: self.plan.chain_id,
                actual,
            });
        }
        Ok(())
    }

    /// Brings a journalled transaction to a conclusion: its receipt if it is (or gets)
    /// mined, `None` if its nonce was taken by another transaction.
    async fn resume(&self, pending: &PendingTx) -> Result<Option<TransactionReceipt>, DeployError> {
        let step = &pending.step;
        if let Some(receipt) = self.receipt(pending.hash).await? {
            if !receipt.status() {
                // The survey plans the step again; a new failure is reported then.
                tracing::warn!(%step, hash = %pending.hash, "a previous run's transaction failed on chain");
                return Ok(None);
            }
            tracing::info!(%step, hash = %pending.hash, "found mined");
            return Ok(Some(receipt));
        }
        let known = self
            .provider
            .get_transaction_by_hash(pending.hash)
            .await?
            .is_some();
        if !known {
            let next = self.provider.get_transaction_count(pending.from).await?;
            if next > pending.nonce {
                tracing::warn!(%step, hash = %pending.hash, "dropped: its nonce was used by another transaction");
                return Ok(None);
            }
            tracing::info!(%step, hash = %pending.hash, "re-broadcasting");
            self.broadcast(&pending.raw).await?;
        }
        let receipt = self.wait(step, pending.hash).await?;
        self.check_receipt(step, receipt).map(Some)
    }

    /// Waits for every transaction in flight, in order.
    async fn settle(
        &self,
        in_flight: &mut Vec<(Step, B256)>,
        mined: &mut Vec<(PendingTx, TransactionReceipt)>,
        reports: &mut Vec<StepReport>,
        journal: &Journal,
    ) -> Result<(), DeployError> {
        for (step, hash) in in_flight.drain(..) {
            let receipt = self.wait(&step.label, hash).await?;
            let receipt = self.check_receipt(&step.label, receipt)?;
            tracing::info!(step = %step.label, block = ?receipt.block_number, gas = receipt.gas_used, "mined");
            reports.push(StepReport {
                step: step.label.clone(),
                status: Status::Sent,
                gas: Some(receipt.gas_used),
                tx_hash: Some(hash),
                block_number: receipt.block_number,
            });
            let pending = journal
                .entries()
                .iter()
                .find(|p| p.hash == hash)
                .cloned()
                .unwrap_or_else(|| PendingTx {
                    step: step.label.clone(),
                    contract: None,
                    from: self.sender,
                    nonce: 0,
                    hash,
                    raw: Bytes::new(),
                });
            mined.push((pending, receipt));
        }
        Ok(())
    }

    fn check_receipt(
        &self,
        step: &str,
        receipt: TransactionReceipt,
    ) -> Result<TransactionReceipt, DeployError> {
        if receipt.status() {
            Ok(receipt)
        } else {
            Err(DeployError::Failed {
                step: step.to_owned(),
                hash: receipt.transaction_hash,
            })
        }
    }

    async fn receipt(&self, hash: B256) -> Result<Option<TransactionReceipt>, DeployError> {
        self.provider
            .get_transaction_receipt(hash)
            .await
            .map_err(DeployError::from)
    }

    async fn wait(&self, step: &str, hash: B256) -> Result<TransactionReceipt, DeployError> {
        let start = std::time::Instant::now();
        loop {
            if let Some(receipt) = self.receipt(hash).await? {
                return Ok(receipt);
            }
            if start.elapsed() >= self.options.receipt_timeout {
                return Err(DeployError::Timeout {
                    step: step.to_owned(),
                    hash,
                    seconds: self.options.receipt_timeout.as_secs(),
                });
            }
            tokio::time::sleep(self.options.poll_interval).await;
        }
    }

    async fn broadcast(&self, raw: &Bytes) -> Result<(), DeployError> {
        match self.provider.send_raw_transaction(raw).await {
            Ok(_) => Ok(()),
            // Refused: a node that has it already (sent before a restart, or by another
            // instance of this deployment) is what we want; nodes say so in words of their
            // own, so the node is asked whether it knows the transaction.
            Err(error) => {
                let hash = alloy::primitives::keccak256(raw);
                match self.provider.get_transaction_by_hash(hash).await {
                    Ok(Some(_)) => Ok(()),
                    _ => Err(error.into()),
                }
            }
        }
    }

    async fn fees(&self) -> Result<Fees, DeployError> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Latest)
            .await?
            .ok_or_else(|| DeployError::Node("the node has no latest block".into()))?;
        match block.header.base_fee_per_gas {
            Some(base_fee) if !self.options.legacy => {
                let base_fee = u128::from(base_fee);
                let estimate = self.provider.estimate_eip1559_fees().await?;
                let priority = self
                    .options
                    .priority_gas_price
                    .unwrap_or(estimate.max_priority_fee_per_gas);
                let max_fee = self
                    .options
                    .gas_price
                    .unwrap_or(estimate.max_fee_per_gas)
                    .max(priority);
                Ok(Fees::Eip1559 {
                    max_fee,
                    priority,
                    base_fee,
                })
            }
            _ => {
                let gas_price = match self.options.gas_price {
                    Some(price) => price,
                    None => self.provider.get_gas_price().await?,
                };
                Ok(Fees::Legacy { gas_price })
            }
        }
    }

    async fn sign(&self, step: &Step, nonce: u64, fees: Fees) -> Result<PendingTx, DeployError> {
        let wallet = self.wallet.as_ref().ok_or_else(|| DeployError::NoSigner)?;
        let gas = step.gas.saturating_mul(self.options.gas_multiplier_percent) / 100;
        let mut request = TransactionRequest::default()
            .with_from(self.sender)
            .with_to(step.to)
            .with_input(step.data.clone())
            .with_value(step.value)
            .with_nonce(nonce)
            .with_gas_limit(gas)
            .with_chain_id(self.plan.chain_id);
        match fees {
            Fees::Legacy { gas_price } => request.set_gas_price(gas_price),
            Fees::Eip1559 {
                max_fee, priority, ..
            } => {
                request.set_max_fee_per_gas(max_fee);
                request.set_max_priority_fee_per_gas(priority);
            }
        }
        let envelope = request.build(wallet).await.map_err(DeployError::Sign)?;
        let contract = match step.work {
            Work::Deploy(name) => Some(name.to_owned()),
            _ => None,
        };
        Ok(PendingTx {
            step: step.label.clone(),
            contract,
            from: self.sender,
            nonce,
            hash: *envelope.tx_hash(),
            raw: envelope.encoded_2718().into(),
        })
    }

    /// The code hash `contract`, found deployed, must have: the plan's, but for the consent
    /// registry, whose code embeds the EIP-712 salt it took from the chain.
    async fn expected_code_hash(
        &self,
        contract: &crate::plan::PlannedContract,
    ) -> Result<B256, DeployError> {
        if contract.name != CONSENT_REGISTRY {
            return Ok(contract.code_hash);
        }
        let domain = ConsentRegistry::new(contract.address, &self.provider)
            .eip712Domain()
            .call()
            .await?;
        Ok(self.plan.consent_registry_code_hash(domain.salt)?)
    }

    async fn code_hash(&self, address: Address) -> Result<Option<B256>, DeployError> {
        let code = self.provider.get_code_at(address).await?;
        Ok((!code.is_empty()).then(|| keccak256(&code)))
    }

    /// What the chain has and what it still needs, by reading it.
    async fn survey(&self) -> Result<(Vec<Step>, Vec<StepReport>), DeployError> {
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
    async fn existing_organizations(&self) -> Result<Vec<(u32, Address, u8)>, DeployError> {
        let registry = OrganizationRegistry::new(self.plan.organizations(), &self.provider);
        let count = registry.organizationCount().call().await?;
        let mut found = Vec::with_capacity(count as usize);
        for id in 1..=count {
            let org = registry.organization(id).call().await?;
            found.push((id, org.admin, org.kind));
        }
        Ok(found)
    }

    /// The manifest of the deployment as the chain now holds it.
    async fn manifest(
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
