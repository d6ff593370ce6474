//! Plays a demo script on a development node: funds the cast, then sends every step at its
//! simulated time (anvil time travel), checking each batch's receipts.

use std::{collections::HashMap, io::IsTerminal, time::Instant};

use alloy::sol_types::SolCall;
use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    primitives::{Address, B256, Bytes, U256},
    providers::{DynProvider, Provider, ProviderBuilder, ext::AnvilApi},
    rpc::types::{TransactionRequest, anvil::MineOptions},
};
use consentry_sdk::client::{Addresses, Client, grant_by_sig_call};
use eyre::WrapErr;
use futures_util::{StreamExt, TryStreamExt, stream};
use indicatif::{ProgressBar, ProgressStyle};

use super::plan::{Call, Cast, Script, Step, request_order};

/// Every step's gas limit: above the costliest call of the script.
const GAS: u64 = 1_500_000;
/// Receipts are checked every this many steps.
const BATCH: usize = 250;
/// At most this many steps per block (the block gas limit holds 20 at [`GAS`])...
const BLOCK: usize = 16;
/// ... within this many seconds of the block's first step.
const BLOCK_SPAN: u64 = 3_600;

/// What the seeding took.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seeded {
    pub(crate) transactions: usize,
    pub(crate) seconds: f64,
}

/// Why the demo could not be seeded.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SeedError {
    /// The node lacks the development methods the demo needs.
    #[error(
        "the node at {url} does not allow {method} ({source}): the demo seeds only a development node such as anvil"
    )]
    NotADevNode {
        url: String,
        method: &'static str,
        source: alloy::transports::TransportError,
    },
    /// A step failed on chain.
    #[error("demo step {index} ({what} from {from}) failed on chain in transaction {hash}")]
    Failed {
        index: usize,
        what: &'static str,
        from: Address,
        hash: B256,
    },
}

/// The calldata and target of `call`.
fn encode(
    client: &Client<DynProvider>,
    call: &Call,
    requests: &HashMap<usize, u64>,
) -> (Address, Bytes) {
    let a = client.addresses();
    let consents = client.consents();
    let records = client.records();
    let orgs = client.organizations();
    let request = |tag: &usize| requests.get(tag).copied().unwrap_or_default();
    match call {
        Call::AddPractitioner { org, account, role } => (
            a.organizations,
            orgs.addPractitioner(*org, *account, role.code())
                .calldata()
                .clone(),
        ),
        Call::Grant {
            patient,
            org,
            terms,
        } => (
            a.consents,
            consents
                .grant(*patient, *org, terms.to_sol())
                .calldata()
                .clone(),
        ),
        Call::GrantBySig(signed) => (a.consents, grant_by_sig_call(signed).abi_encode().into()),
        Call::Narrow {
            patient,
            org,
            terms,
        } => (
            a.consents,
            consents
                .narrow(*patient, *org, terms.to_sol())
                .calldata()
                .clone(),
        ),
        Call::Extend {
            patient,
            org,
            until,
        } => (
            a.consents,
            consents
                .extend(
                    *patient,
                    *org,
                    alloy::primitives::aliases::U40::saturating_from(*until),
                )
                .calldata()
                .clone(),
        ),
        Call::Revoke { patient, org } => (
            a.consents,
            consents.revoke(*patient, *org).calldata().clone(),
        ),
        Call::AppointDelegate {
            delegate,
            categories,
            purposes,
            actions,
            until,
        } => (
            a.consents,
            consents
                .appointDelegate(
                    *delegate,
                    categories.0,
                    purposes.0,
                    actions.0,
                    alloy::primitives::aliases::U40::saturating_from(*until),
                )
                .calldata()
                .clone(),
        ),
        Call::RequestAccess {
            patient,
            terms,
            duration,
            reason,
            ..
        } => (
            a.consents,
            consents
                .requestAccess(
                    *patient,
                    terms.categories.0,
                    terms.purposes.0,
                    terms.actions.0,
                    alloy::primitives::aliases::U40::saturating_from(*duration),
                    *reason,
                )
                .calldata()
                .clone(),
        ),
        Call::Approve { tag } => (
            a.consents,
            consents.approveRequest(request(tag)).calldata().clone(),
        ),
        Call::Deny { tag } => (
            a.consents,
            consents.denyRequest(request(tag)).calldata().clone(),
        ),
        Call::OpenEmergency {
            patient,
            reason,
            justification,
        } => (
            a.consents,
            consents
                .openEmergencyAccess(*patient, reason.code(), *justification)
                .calldata()
                .clone(),
        ),
        Call::CloseEmergency { patient, org } => (
            a.consents,
            consents
                .closeEmergencyAccess(*patient, *org)
                .calldata()
                .clone(),
        ),
        Call::AddRecord(record) => (a.records, record.to_call().abi_encode().into()),
        Call::Retract { id } => (a.records, records.retractRecord(*id).calldata().clone()),
        Call::LogAccess {
            patient,
            ids,
            purpose,
        } => (
            a.records,
            records
                .logAccess(*patient, ids.clone(), purpose.code())
                .calldata()
                .clone(),
        ),
    }
}

/// Waits for `call`, one of anvil's development methods (`method` names it), and maps a
/// refusal to [`SeedError::NotADevNode`].
async fn dev_call<T>(
    url: &str,
    method: &'static str,
    call: impl Future<Output = alloy::transports::TransportResult<T>>,
) -> Result<(), SeedError> {
    call.await
        .map(drop)
        .map_err(|source| SeedError::NotADevNode {
            url: url.to_owned(),
            method,
            source,
        })
}

/// Funds the cast and plays `script` on the node at `url`.
pub(crate) async fn play(
    url: &str,
    addresses: Addresses,
    cast: &Cast,
    script: &Script,
    show_bar: bool,
) -> eyre::Result<Seeded> {
    let started = Instant::now();
    let mut wallet = EthereumWallet::default();
    for key in cast.accounts() {
        wallet.register_signer(key.clone());
    }
    let url_parsed = url.parse().wrap_err_with(|| format!("--rpc-url {url}"))?;
    let provider = ProviderBuilder::new()
        .wallet(wallet)
        .connect_http(url_parsed)
        .erased();
    let chain_id = provider.get_chain_id().await?;
    let client = Client::new(provider.clone(), addresses);

    let funding = U256::from(100u64) * U256::from(10u64).pow(U256::from(18u64));
    for key in cast.accounts() {
        dev_call(
            url,
            "anvil_setBalance",
            provider.anvil_set_balance(key.address(), funding),
        )
        .await?;
    }

    dev_call(
        url,
        "anvil_setAutomine",
        provider.anvil_set_auto_mine(false),
    )
    .await?;
    let played = send_all(&provider, url, &client, chain_id, script, show_bar).await;
    dev_call(url, "anvil_setAutomine", provider.anvil_set_auto_mine(true)).await?;
    played?;
    Ok(Seeded {
        transactions: script.steps.len(),
        seconds: started.elapsed().as_secs_f64(),
    })
}

async fn send_all(
    provider: &DynProvider,
    url: &str,
    client: &Client<DynProvider>,
    chain_id: u64,
    script: &Script,
    show_bar: bool,
) -> eyre::Result<()> {
    // Requests are numbered by the chain in the order they are made.
    let first_request = client.consents().requestCount().call().await?;
    let requests: HashMap<usize, u64> = request_order(&script.steps)
        .into_iter()
        .map(|(tag, position)| (tag, first_request + 1 + position as u64))
        .collect();

    let bar = if show_bar && std::io::stderr().is_terminal() {
        ProgressBar::new(script.steps.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} seeding {wide_bar} {pos}/{len} transactions, {per_sec}, eta {eta} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let fees = provider.estimate_eip1559_fees().await?;
    let max_fee = fees.max_fee_per_gas.max(2_000_000_000) * 4;
    let mut nonces: HashMap<Address, u64> = HashMap::new();
    let mut sent: Vec<(usize, &Step, B256)> = Vec::with_capacity(BATCH + BLOCK);
    let mut index = 0;
    while index < script.steps.len() {
        // A block holds the steps of up to an hour, mined at the first one's time. Their
        // order is the script's: each pays a smaller tip than the one before (a node that
        // orders by fee keeps it) and our own anvil runs first-in, first-out.
        let first = script.steps[index].at;
        let block: Vec<(usize, &Step)> = script.steps[index..]
            .iter()
            .take_while(|step| step.at < first + BLOCK_SPAN)
            .take(BLOCK)
            .enumerate()
            .map(|(k, step)| (index + k, step))
            .collect();
        for (k, &(at, step)) in block.iter().enumerate() {
            let nonce = match nonces.get(&step.from) {
                Some(nonce) => *nonce,
                None => provider.get_transaction_count(step.from).await?,
            };
            nonces.insert(step.from, nonce + 1);
            let (to, data) = encode(client, &step.call, &requests);
            let tip = (BLOCK - k) as u128;
            let tx = TransactionRequest::default()
                .with_from(step.from)
                .with_to(to)
                .with_input(data)
                .with_nonce(nonce)
                .with_gas_limit(GAS)
                .with_max_fee_per_gas(max_fee)
                .with_max_priority_fee_per_gas(tip)
                .with_chain_id(chain_id);
            let pending = provider
                .send_transaction(tx)
                .await
                .wrap_err_with(|| format!("sending demo step {at} ({})", step.call.name()))?;
            sent.push((at, step, *pending.tx_hash()));
        }
        let mine = provider.evm_mine(Some(MineOptions::Timestamp(Some(first))));
        dev_call(url, "evm_mine", mine).await?;
        index += block.len();
        if sent.len() >= BATCH || index == script.steps.len() {
            check(provider, &sent).await?;
            sent.clear();
            bar.set_position(index as u64);
            bar.set_message(day(first));
            if bar.is_hidden() {
                tracing::info!(
                    done = index,
                    of = script.steps.len(),
                    day = day(first),
                    "seeding the demo"
                );
            }
        }
    }
    bar.finish_and_clear();
    Ok(())
}

/// Fails on the first step of `sent` whose transaction reverted.
async fn check(provider: &DynProvider, sent: &[(usize, &Step, B256)]) -> eyre::Result<()> {
    let receipts: Vec<_> = stream::iter(sent.iter().map(|(_, _, hash)| {
        let provider = provider.clone();
        let hash = *hash;
        async move { provider.get_transaction_receipt(hash).await }
    }))
    .buffered(8)
    .try_collect()
    .await?;
    for ((index, step, hash), receipt) in sent.iter().zip(receipts) {
        let ok = receipt.as_ref().is_some_and(|r| r.status());
        if !ok {
            return Err(SeedError::Failed {
                index: *index,
                what: step.call.name(),
                from: step.from,
                hash: *hash,
            }
            .into());
        }
    }
    Ok(())
}

/// A simulated day, for the progress bar.
fn day(timestamp: u64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(timestamp);
    humantime::format_rfc3339_seconds(time).to_string()[..10].to_owned()
}
