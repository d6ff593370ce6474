//! `consentry deploy`.

use consentry_deployer::{
    Config, Deployer, Options, OrganizationsFile, Plan, Report, Status,
    manifest::{CONSENT_REGISTRY, ORGANIZATION_REGISTRY, RECORD_REGISTRY},
    plan::default_salt,
};
use eyre::WrapErr;
use serde_json::json;

use crate::{
    cli::DeployArgs,
    context::{Context, SetupError},
    output::{Outcome, Output, ether, thousands},
};

pub(crate) async fn run(ctx: &Context, args: DeployArgs, out: Output) -> eyre::Result<Outcome> {
    let sender = match (&ctx.signer, args.sender) {
        (Some(signer), _) => signer.address(),
        (None, Some(sender)) if args.dry_run => sender,
        _ => return Err(SetupError::NoWallet.into()),
    };
    let organizations = match &args.organizations {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .wrap_err_with(|| format!("organisations file {}", path.display()))?;
            OrganizationsFile::parse(&text)
                .map_err(|e| {
                    eyre::eyre!(
                        "organisations file {}: {}",
                        path.display(),
                        e.message().trim()
                    )
                })?
                .organizations
        }
        None => Vec::new(),
    };
    let config = Config {
        salt: args.salt.unwrap_or_else(default_salt),
        governance: args.governance.unwrap_or(sender),
        authorities: if args.authorities.is_empty() {
            vec![sender]
        } else {
            args.authorities.clone()
        },
        organizations,
    };
    let plan = Plan::simulate(ctx.chain_id, sender, config)?;
    let mut options = Options::new(ctx.manifest_path());
    options.gas_multiplier_percent = args.gas_multiplier;
    options.legacy = args.legacy;
    options.gas_price = args.gas_price;
    options.priority_gas_price = args.priority_gas_price;
    options.slow = args.slow;
    options.receipt_timeout = args.timeout;
    let wallet = ctx.signer.clone().map(alloy::network::EthereumWallet::from);
    let addresses: Vec<(&str, alloy::primitives::Address)> =
        [ORGANIZATION_REGISTRY, CONSENT_REGISTRY, RECORD_REGISTRY]
            .iter()
            .map(|name| (*name, plan.contract(name).address))
            .collect();
    let deployer = Deployer::new(ctx.provider.clone(), wallet, sender, plan, options);
    let report = if args.dry_run {
        out.waiting("Simulating the deployment", deployer.dry_run())
            .await?
    } else {
        out.waiting("Deploying", deployer.deploy()).await?
    };
    Ok(render(&report, &addresses))
}

fn render(report: &Report, addresses: &[(&str, alloy::primitives::Address)]) -> Outcome {
    let mut outcome = Outcome::new(json!({
        "chainId": report.chain_id,
        "sender": report.sender,
        "dryRun": report.dry_run,
        "steps": report.steps,
        "transactions": report.transactions(),
        "totalGas": report.total_gas,
        "gasPrice": report.gas_price.to_string(),
        "totalCost": report.total_cost.to_string(),
        "addresses": addresses.iter().map(|(n, a)| (n.to_string(), json!(a))).collect::<serde_json::Map<_, _>>(),
        "manifestPath": report.manifest_path,
        "manifest": report.manifest,
    }));
    outcome = outcome.line(format!(
        "{} on chain {} from {}",
        if report.dry_run {
            "Dry run (nothing sent)"
        } else {
            "Deployment"
        },
        report.chain_id,
        report.sender
    ));
    let width = report.steps.iter().map(|s| s.step.len()).max().unwrap_or(0);
    for step in &report.steps {
        let status = match step.status {
            Status::AlreadyDone => "already done".to_owned(),
            Status::Resumed => "resumed".to_owned(),
            Status::Sent => "sent".to_owned(),
            Status::Planned => "would send".to_owned(),
        };
        let mut line = format!("  {:<width$}  {status}", step.step);
        if let Some(gas) = step.gas {
            line.push_str(&format!(", {} gas", thousands(gas)));
        }
        if let (Some(hash), Some(block)) = (step.tx_hash, step.block_number) {
            line.push_str(&format!(", tx {hash} in block {block}"));
        }
        outcome = outcome.line(line);
    }
    for (name, address) in addresses {
        outcome = outcome.line(format!("{name:<21} {address}"));
    }
    let gwei = report.gas_price as f64 / 1e9;
    if report.dry_run {
        outcome = outcome.line(format!(
            "Would send {} transactions: {} gas, {} ETH at {gwei:.3} gwei",
            report
                .steps
                .iter()
                .filter(|s| s.status == Status::Planned)
                .count(),
            thousands(report.total_gas),
            ether(report.total_cost)
        ));
    } else {
        let start = report
            .manifest
            .as_ref()
            .and_then(|m| m.start_block())
            .unwrap_or_default();
        outcome = outcome.line(format!(
            "Manifest {} (indexers start at block {start})",
            report.manifest_path.display()
        ));
        outcome = outcome.line(if report.transactions() == 0 {
            "Everything was already deployed: nothing sent".to_owned()
        } else {
            format!(
                "{} transactions: {} gas, {} ETH at {gwei:.3} gwei",
                report.transactions(),
                thousands(report.total_gas),
                ether(report.total_cost)
            )
        });
    }
    outcome
}
