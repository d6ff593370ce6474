//! Running a [`Plan`] against a chain: survey what is already there, resume what a killed run
//! left in flight, send only what is missing, and write the manifest.

mod chain_manifest;
mod send;
mod survey;

use std::{path::PathBuf, time::Duration};

use alloy::{
    network::EthereumWallet,
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::TransactionReceipt,
};
use serde::Serialize;

use self::survey::{Step, Work};
use crate::{
    create2,
    journal::{Journal, JournalError, PendingTx},
    manifest::{Manifest, ManifestError},
    plan::{Plan, PlanError},
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
}
