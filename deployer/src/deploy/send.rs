//! Signing, broadcasting, fees, and waiting for receipts, including those of transactions a
//! previous run left in flight.

use alloy::{
    eips::{BlockNumberOrTag, Encodable2718},
    network::{NetworkTransactionBuilder, TransactionBuilder},
    primitives::{B256, Bytes},
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
};

use super::{
    DeployError, Deployer, Status, StepReport,
    survey::{Step, Work},
};
use crate::journal::{Journal, PendingTx};

#[derive(Debug, Clone, Copy)]
pub(super) enum Fees {
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
    pub(super) fn expected_price(self) -> u128 {
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

impl<P: Provider> Deployer<P> {
    /// Brings a journalled transaction to a conclusion: its receipt if it is (or gets)
    /// mined, `None` if its nonce was taken by another transaction.
    pub(super) async fn resume(
        &self,
        pending: &PendingTx,
    ) -> Result<Option<TransactionReceipt>, DeployError> {
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
    pub(super) async fn settle(
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

    /// The receipt of `hash`, asked for every poll interval until the receipt timeout; a
    /// failing node ends the wait at once.
    async fn wait(&self, step: &str, hash: B256) -> Result<TransactionReceipt, DeployError> {
        use backon::{ConstantBuilder, Retryable};
        let start = std::time::Instant::now();
        let ask = async || match self.receipt(hash).await {
            Ok(Some(receipt)) => Ok(receipt),
            Ok(None) => Err(None),
            Err(error) => Err(Some(error)),
        };
        ask.retry(
            ConstantBuilder::default()
                .with_delay(self.options.poll_interval)
                .without_max_times(),
        )
        .when(|error| error.is_none() && start.elapsed() < self.options.receipt_timeout)
        .await
        .map_err(|error| {
            error.unwrap_or_else(|| DeployError::Timeout {
                step: step.to_owned(),
                hash,
                seconds: self.options.receipt_timeout.as_secs(),
            })
        })
    }

    pub(super) async fn broadcast(&self, raw: &Bytes) -> Result<(), DeployError> {
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

    pub(super) async fn fees(&self) -> Result<Fees, DeployError> {
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

    pub(super) async fn sign(
        &self,
        step: &Step,
        nonce: u64,
        fees: Fees,
    ) -> Result<PendingTx, DeployError> {
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
}
