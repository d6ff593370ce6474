//! An in-process EVM (revm) with the suite deployed, for tests and benchmarks.
//!
//! Transactions are real Prague transactions: intrinsic gas, calldata cost, refunds and the
//! EIP-7623 floor are all counted, so [`Receipt::gas_used`] equals what a node reports.

use alloy::{
    primitives::{Address, B256, Bytes, Log, U256},
    sol_types::{SolCall, SolConstructor},
};
use consentry_bindings::{
    organization_registry::OrganizationRegistry, record_registry::RecordRegistry,
};
use revm::{
    Context, ExecuteCommitEvm, ExecuteEvm, MainBuilder, MainContext, MainnetEvm,
    context::{
        TxEnv,
        result::{ExecutionResult, Output},
    },
    database::{CacheDB, EmptyDB},
    handler::MainnetContext,
    primitives::{TxKind, hardfork::SpecId},
    state::AccountInfo,
};

use crate::errors::Revert;

/// The timestamp a fresh harness starts at (2025-06-15).
pub const GENESIS_TIMESTAMP: u64 = 1_750_000_000;
/// The hash of a fresh harness's block 0, the block before the suite's: the EIP-712 salt of the
/// consent registry [`Harness::new`] deploys.
pub const GENESIS_HASH: B256 = B256::repeat_byte(0x9e);

type Evm = MainnetEvm<MainnetContext<CacheDB<EmptyDB>>>;

/// What went wrong running a transaction in the harness.
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// The contract reverted; the revert is decoded where the suite knows the error.
    #[error("reverted: {0}")]
    Reverted(Revert),
    /// The EVM halted (out of gas, invalid opcode, ...).
    #[error("halted: {0}")]
    Halted(String),
    /// The transaction was invalid before execution.
    #[error("invalid transaction: {0}")]
    Invalid(String),
    /// The return data did not decode as the call's return type.
    #[error("undecodable return data: {0}")]
    Decode(#[from] alloy::sol_types::Error),
}

impl HarnessError {
    /// The decoded revert, if the transaction reverted.
    pub fn revert(&self) -> Option<&Revert> {
        match self {
            HarnessError::Reverted(revert) => Some(revert),
            _ => None,
        }
    }
}

/// A mined transaction's outcome.
#[derive(Debug, Clone)]
pub struct Receipt<T> {
    /// The decoded return value.
    pub value: T,
    /// Full transaction gas, as a node's receipt reports it.
    pub gas_used: u64,
    /// The logs, in order.
    pub logs: Vec<Log>,
    /// The block the transaction was mined in.
    pub block_number: u64,
    /// That block's timestamp.
    pub timestamp: u64,
}

/// A raw transaction's outcome ([`Harness::run`]).
#[derive(Debug, Clone)]
pub struct Ran {
    /// Full transaction gas.
    pub gas_used: u64,
    /// The created contract, for a creation.
    pub created: Option<Address>,
    /// The return data (a call's output, or the runtime code a creation deployed).
    pub output: Bytes,
}

/// The deployed suite's addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suite {
    /// The organisation registry.
    pub organizations: Address,
    /// The consent registry (created by the organisation registry).
    pub consents: Address,
    /// The record registry.
    pub records: Address,
}

/// An EVM with the Consentry suite deployed and a health authority ready to act.
pub struct Harness {
    evm: Evm,
    logs: Vec<Log>,
    /// The deployed contracts.
    pub suite: Suite,
    /// Holds DEFAULT_ADMIN_ROLE of the organisation registry.
    pub governance: Address,
    /// Holds AUTHORITY_ROLE.
    pub authority: Address,
}

impl std::fmt::Debug for Harness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Harness")
            .field("suite", &self.suite)
            .field("chain_id", &self.chain_id())
            .finish()
    }
}

impl Harness {
    /// A Prague EVM on `chain_id` with the suite deployed by a fresh deployer account.
    pub fn new(chain_id: u64) -> Result<Self, HarnessError> {
        let governance = Address::repeat_byte(0x60);
        let authority = Address::repeat_byte(0xa0);
        let deployer = Address::repeat_byte(0xde);
        let mut harness = Harness {
            governance,
            authority,
            ..Harness::empty(chain_id)
        };
        let constructor = OrganizationRegistry::constructorCall {
            admin: governance,
            authority,
        };
        let organizations = harness.deploy(
            deployer,
            &OrganizationRegistry::BYTECODE,
            &constructor.abi_encode(),
        )?;
        let consents = harness.call(
            deployer,
            organizations,
            OrganizationRegistry::consentsCall {},
        )?;
        let constructor = RecordRegistry::constructorCall {
            organizations_: organizations,
        };
        let records = harness.deploy(
            deployer,
            &RecordRegistry::BYTECODE,
            &constructor.abi_encode(),
        )?;
        harness.suite = Suite {
            organizations,
            consents,
            records,
        };
        Ok(harness)
    }

    /// A Prague EVM on `chain_id` with nothing deployed: for simulating deployments. Its
    /// block 0 hashes to [`GENESIS_HASH`].
    pub fn empty(chain_id: u64) -> Self {
        let evm = Context::mainnet()
            .with_db(CacheDB::<EmptyDB>::default())
            .modify_cfg_chained(|cfg| {
                cfg.chain_id = chain_id;
                cfg.spec = SpecId::PRAGUE;
            })
            .modify_block_chained(|block| {
                block.number = U256::from(1);
                block.timestamp = U256::from(GENESIS_TIMESTAMP);
                block.gas_limit = 60_000_000;
                block.basefee = 0;
            })
            .build_mainnet();
        let mut harness = Harness {
            evm,
            logs: Vec::new(),
            suite: Suite {
                organizations: Address::ZERO,
                consents: Address::ZERO,
                records: Address::ZERO,
            },
            governance: Address::ZERO,
            authority: Address::ZERO,
        };
        harness.set_block_hash(0, GENESIS_HASH);
        harness
    }

    /// Mines a raw transaction from `from`: a call when `to` is given, else a creation. Returns
    /// its full gas and output (the new address for a creation).
    pub fn run(
        &mut self,
        from: Address,
        to: Option<Address>,
        data: Bytes,
    ) -> Result<Ran, HarnessError> {
        let kind = to.map_or(TxKind::Create, TxKind::Call);
        let tx = self.tx(from, kind, data);
        match self.commit(tx)? {
            ExecutionResult::Success {
                gas, logs, output, ..
            } => {
                self.logs.extend(logs.iter().cloned());
                Ok(Ran {
                    gas_used: gas.tx_gas_used(),
                    created: match &output {
                        Output::Create(_, address) => *address,
                        Output::Call(_) => None,
                    },
                    output: output.into_data(),
                })
            }
            other => Err(outcome_error(other)),
        }
    }

    /// keccak256 of the runtime code at `address` (that of empty code when there is none).
    pub fn code_hash(&mut self, address: Address) -> B256 {
        use revm::DatabaseRef;
        self.evm
            .ctx
            .journaled_state
            .database
            .basic_ref(address)
            .ok()
            .flatten()
            .map_or(alloy::primitives::KECCAK256_EMPTY, |info| info.code_hash)
    }

    /// The chain id transactions are signed for.
    pub fn chain_id(&self) -> u64 {
        self.evm.ctx.cfg.chain_id
    }

    /// The current block's timestamp.
    pub fn timestamp(&self) -> u64 {
        self.evm.ctx.block.timestamp.saturating_to()
    }

    /// Sets what `BLOCKHASH` answers for block `number` (the simulated chain has no history;
    /// unset hashes are zero).
    pub fn set_block_hash(&mut self, number: u64, hash: B256) {
        self.evm
            .ctx
            .journaled_state
            .database
            .cache
            .block_hashes
            .insert(U256::from(number), hash);
    }

    /// The current block number.
    pub fn block_number(&self) -> u64 {
        self.evm.ctx.block.number.saturating_to()
    }

    /// Every log of every mined transaction so far, in order (what `eth_getLogs` would return).
    pub fn logs(&self) -> &[Log] {
        &self.logs
    }

    /// Moves time to `timestamp` (and the chain one block on).
    pub fn warp(&mut self, timestamp: u64) {
        self.evm.ctx.block.timestamp = U256::from(timestamp);
        self.evm.ctx.block.number += U256::from(1);
    }

    /// Moves time forward by `seconds`.
    pub fn advance(&mut self, seconds: u64) {
        self.warp(self.timestamp() + seconds);
    }

    /// Deploys `code ++ args` from `from`, returning the new contract's address.
    pub fn deploy(
        &mut self,
        from: Address,
        code: &Bytes,
        args: &[u8],
    ) -> Result<Address, HarnessError> {
        let mut init = code.to_vec();
        init.extend_from_slice(args);
        let tx = self.tx(from, TxKind::Create, init.into());
        match self.commit(tx)? {
            ExecutionResult::Success {
                output: Output::Create(_, Some(address)),
                ..
            } => Ok(address),
            other => Err(outcome_error(other)),
        }
    }

    /// Sends `call` to `to` from `from` and mines it; reverts leave state untouched.
    pub fn send<C: SolCall>(
        &mut self,
        from: Address,
        to: Address,
        call: C,
    ) -> Result<Receipt<C::Return>, HarnessError> {
        let tx = self.tx(from, TxKind::Call(to), call.abi_encode().into());
        let block_number = self.block_number();
        let timestamp = self.timestamp();
        match self.commit(tx)? {
            ExecutionResult::Success {
                gas, logs, output, ..
            } => {
                self.logs.extend(logs.iter().cloned());
                Ok(Receipt {
                    value: C::abi_decode_returns(output.data())?,
                    gas_used: gas.tx_gas_used(),
                    logs,
                    block_number,
                    timestamp,
                })
            }
            other => Err(outcome_error(other)),
        }
    }

    /// Runs `call` against the current state without mining it (an `eth_call`).
    pub fn call<C: SolCall>(
        &mut self,
        from: Address,
        to: Address,
        call: C,
    ) -> Result<C::Return, HarnessError> {
        self.call_at(from, to, call, self.timestamp())
    }

    /// Runs `call` as if the current block had timestamp `timestamp`, without mining it.
    pub fn call_at<C: SolCall>(
        &mut self,
        from: Address,
        to: Address,
        call: C,
        timestamp: u64,
    ) -> Result<C::Return, HarnessError> {
        let tx = self.tx(from, TxKind::Call(to), call.abi_encode().into());
        let now = self.evm.ctx.block.timestamp;
        self.evm.ctx.block.timestamp = U256::from(timestamp);
        let result = self.evm.transact(tx);
        self.evm.ctx.block.timestamp = now;
        match result
            .map_err(|err| HarnessError::Invalid(err.to_string()))?
            .result
        {
            ExecutionResult::Success { output, .. } => Ok(C::abi_decode_returns(output.data())?),
            other => Err(outcome_error(other)),
        }
    }

    /// Reads a storage slot of `address`.
    pub fn storage(&mut self, address: Address, slot: B256) -> U256 {
        use revm::DatabaseRef;
        self.evm
            .ctx
            .journaled_state
            .database
            .storage_ref(address, slot.into())
            .unwrap_or_default()
    }

    fn tx(&mut self, from: Address, kind: TxKind, data: Bytes) -> TxEnv {
        let db = &mut self.evm.ctx.journaled_state.database;
        let account = db.cache.accounts.entry(from).or_default();
        if account.info.balance.is_zero() {
            account.info = AccountInfo {
                balance: U256::from(10u128.pow(24)),
                ..account.info.clone()
            };
        }
        let nonce = account.info.nonce;
        TxEnv::builder()
            .caller(from)
            .kind(kind)
            .data(data)
            .nonce(nonce)
            .gas_limit(30_000_000)
            .gas_price(0)
            .chain_id(Some(self.evm.ctx.cfg.chain_id))
            .build_fill()
    }

    fn commit(&mut self, tx: TxEnv) -> Result<ExecutionResult, HarnessError> {
        self.evm
            .transact_commit(tx)
            .map_err(|err| HarnessError::Invalid(err.to_string()))
    }
}

fn outcome_error(result: ExecutionResult) -> HarnessError {
    match result {
        ExecutionResult::Revert { output, .. } => HarnessError::Reverted(Revert::decode(&output)),
        ExecutionResult::Halt { reason, .. } => HarnessError::Halted(format!("{reason:?}")),
        ExecutionResult::Success { output, .. } => {
            HarnessError::Halted(format!("unexpected output {:?}", output.data()))
        }
    }
}
