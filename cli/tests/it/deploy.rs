//! `consentry deploy` against real anvils: first deployment, re-runs that send nothing, dry
//! runs, configuration from TOML, a deployment killed twice and resumed, a chain without the
//! CREATE2 proxy, and foreign code at an address.

use std::time::{Duration, Instant};

use crate::common::{Chain, path_str};
use alloy::{
    consensus::Transaction as _,
    primitives::{Address, B256, Bytes, keccak256},
    providers::{Provider, ext::AnvilApi},
};
use consentry_sdk::bindings::organization_registry::OrganizationRegistry;
use serde_json::Value;

const PROXY: &str = "0x4e59b44847b379578588920ca78fbf26c0b4956c";

fn statuses(report: &Value) -> Vec<(String, String)> {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap().to_owned(),
                s["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn organizations_toml(chain: &Chain) -> String {
    format!(
        r#"
[[organization]]
name = "St Mary's Hospital"
kind = "hospital"
admin = "{}"
emergency_capable = true
fhir_endpoint = "https://fhir.stmarys.example/r4"

[[organization]]
name = "City Laboratory"
kind = "laboratory"
admin = "{}"
fhir_endpoint = "https://lab.city.example/fhir"
"#,
        chain.address(1),
        chain.address(2)
    )
}

async fn assert_code_matches_manifest(chain: &Chain) {
    let manifest = chain.manifest();
    for (name, contract) in manifest["contracts"].as_object().unwrap() {
        let address: Address = contract["address"].as_str().unwrap().parse().unwrap();
        let code = chain.provider.get_code_at(address).await.unwrap();
        assert!(!code.is_empty(), "{name} has code");
        assert_eq!(
            keccak256(&code).to_string(),
            contract["codeHash"].as_str().unwrap(),
            "{name}'s code is the manifest's"
        );
        let tx: B256 = contract["txHash"].as_str().unwrap().parse().unwrap();
        let receipt = chain
            .provider
            .get_transaction_receipt(tx)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{name}'s deployment transaction is on chain"));
        assert!(receipt.status());
        assert_eq!(
            receipt.block_number,
            contract["blockNumber"].as_u64(),
            "{name}'s block"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn deploys_once_then_sends_nothing_and_a_dry_run_sends_nothing() {
    let chain = Chain::start(&[]);
    let deployer = chain.address(0);

    let dry = chain.run(Some(0), &["deploy", "--dry-run", "--json"]).ok();
    let plan = dry.json();
    assert_eq!(plan["dryRun"], true);
    assert_eq!(
        statuses(&plan),
        vec![
            ("deploy OrganizationRegistry".into(), "planned".into()),
            ("deploy RecordRegistry".into(), "planned".into()),
        ]
    );
    assert!(plan["totalGas"].as_u64().unwrap() > 5_000_000);
    assert_ne!(plan["totalCost"], "0", "priced at the node's gas price");
    assert_eq!(chain.nonce(deployer).await, 0, "the dry run sent nothing");
    assert_eq!(chain.block().await, 0, "the dry run mined nothing");
    assert!(!chain.path("deployments/31337.json").exists());

    let first = chain.run(Some(0), &["deploy", "--json"]).ok().json();
    assert_eq!(first["transactions"], 2);
    assert_eq!(
        first["addresses"], plan["addresses"],
        "the dry run told the truth"
    );
    assert_code_matches_manifest(&chain).await;
    let manifest = chain.manifest();
    assert_eq!(manifest["chainId"], 31337);
    assert_eq!(manifest["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        manifest["contracts"]["ConsentRegistry"]["txHash"],
        manifest["contracts"]["OrganizationRegistry"]["txHash"],
        "created by the organisation registry's constructor"
    );
    let nonce = chain.nonce(deployer).await;
    let block = chain.block().await;
    assert_eq!(nonce, 2);

    let again = chain.run(Some(0), &["deploy", "--json"]).ok().json();
    assert_eq!(again["transactions"], 0);
    assert!(statuses(&again).iter().all(|(_, s)| s == "already-done"));
    assert_eq!(chain.nonce(deployer).await, nonce, "nothing sent");
    assert_eq!(chain.block().await, block, "nothing mined");
    assert_eq!(chain.manifest(), manifest, "the manifest is unchanged");

    // A lost manifest is rebuilt from the chain: deployment blocks and transactions found.
    std::fs::remove_file(chain.path("deployments/31337.json")).unwrap();
    chain.run(Some(0), &["deploy"]).ok();
    assert_eq!(chain.manifest(), manifest, "the same facts, found on chain");
    assert_eq!(chain.nonce(deployer).await, nonce);

    let human = chain.run(Some(0), &["deploy", "--dry-run"]).ok().stdout;
    assert!(human.contains("Would send 0 transactions"), "{human}");
}

#[tokio::test(flavor = "multi_thread")]
async fn configures_authorities_and_organisations_with_legacy_gas_and_slow_sending() {
    let chain = Chain::start(&[]);
    let toml = chain.write("organizations.toml", &organizations_toml(&chain));
    let second_authority = chain.address(5).to_string();
    let deployer = chain.address(0).to_string();
    let report = chain
        .run(
            Some(0),
            &[
                "deploy",
                "--authority",
                &deployer,
                "--authority",
                &second_authority,
                "--organizations",
                path_str(&toml),
                "--legacy",
                "--gas-price",
                "3gwei",
                "--slow",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(
        report["transactions"], 5,
        "2 deployments, 1 appointment, 2 accreditations"
    );
    let hash: B256 = report["steps"][0]["txHash"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let tx = chain
        .provider
        .get_transaction_by_hash(hash)
        .await
        .unwrap()
        .unwrap();
    assert!(tx.inner.is_legacy(), "--legacy sends type 0");
    assert_eq!(tx.inner.gas_price(), Some(3_000_000_000));

    let orgs = OrganizationRegistry::new(
        chain.manifest_address("OrganizationRegistry"),
        &chain.provider,
    );
    let role = orgs.AUTHORITY_ROLE().call().await.unwrap();
    assert!(orgs.hasRole(role, chain.address(5)).call().await.unwrap());
    assert!(orgs.hasRole(role, chain.address(0)).call().await.unwrap());
    assert_eq!(orgs.organizationCount().call().await.unwrap(), 2);
    let lab = orgs.organization(2).call().await.unwrap();
    assert_eq!(lab.admin, chain.address(2));
    assert!(!lab.emergencyCapable);
    let manifest = chain.manifest();
    assert_eq!(manifest["organizations"][0]["name"], "St Mary's Hospital");
    assert_eq!(manifest["organizations"][1]["id"], 2);
    assert!(manifest["organizations"][1]["txHash"].is_string());

    let again = chain
        .run(
            Some(0),
            &[
                "deploy",
                "--authority",
                &deployer,
                "--authority",
                &second_authority,
                "--organizations",
                path_str(&toml),
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(again["transactions"], 0, "nothing accredited twice");
    assert_eq!(orgs.organizationCount().call().await.unwrap(), 2);
}

/// Waits until the journal lists `count` transactions and the node has the last of them.
async fn wait_for_journal(chain: &Chain, count: usize) -> B256 {
    let path = chain.path("deployments/31337.pending.json");
    let start = Instant::now();
    loop {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the deployer never journalled {count} transactions"
        );
        if let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(entries) = serde_json::from_str::<Vec<Value>>(&text)
            && entries.len() == count
        {
            let hash: B256 = entries[count - 1]["hash"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            if chain
                .provider
                .get_transaction_by_hash(hash)
                .await
                .unwrap()
                .is_some()
            {
                return hash;
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deployment_killed_twice_resumes_without_duplicates() {
    let chain = Chain::start(&[]);
    let toml = chain.write("organizations.toml", &organizations_toml(&chain));
    let args = ["deploy", "--slow", "--organizations", path_str(&toml)];
    chain.provider.anvil_set_auto_mine(false).await.unwrap();

    // Killed while its first transaction waits in the mempool; that one is then mined.
    let mut run = chain.spawn(Some(0), &args);
    let first = wait_for_journal(&chain, 1).await;
    run.kill().unwrap();
    run.wait().unwrap();
    chain.provider.anvil_mine(Some(1), None).await.unwrap();
    assert!(
        chain
            .provider
            .get_transaction_receipt(first)
            .await
            .unwrap()
            .is_some()
    );

    // Killed again while its second transaction is pending; the node then loses it.
    let mut run = chain.spawn(Some(0), &args);
    let second = wait_for_journal(&chain, 2).await;
    run.kill().unwrap();
    run.wait().unwrap();
    chain.provider.anvil_drop_all_transactions().await.unwrap();
    assert!(
        chain
            .provider
            .get_transaction_by_hash(second)
            .await
            .unwrap()
            .is_none(),
        "the node forgot the second transaction"
    );
    chain.provider.anvil_set_auto_mine(true).await.unwrap();

    let mut json_args = args.to_vec();
    json_args.push("--json");
    let report = chain.run(Some(0), &json_args).ok().json();
    assert_eq!(
        statuses(&report),
        vec![
            ("deploy OrganizationRegistry".into(), "resumed".into()),
            ("deploy RecordRegistry".into(), "resumed".into()),
            (
                "accredit St Mary's Hospital (hospital)".into(),
                "sent".into()
            ),
            (
                "accredit City Laboratory (laboratory)".into(),
                "sent".into()
            ),
        ]
    );
    assert_eq!(
        report["steps"][1]["txHash"].as_str().unwrap(),
        second.to_string(),
        "the journalled transaction was re-broadcast, not a new one signed"
    );
    assert_eq!(
        chain.nonce(chain.address(0)).await,
        4,
        "exactly the transactions of an uninterrupted deployment"
    );
    let orgs = OrganizationRegistry::new(
        chain.manifest_address("OrganizationRegistry"),
        &chain.provider,
    );
    assert_eq!(orgs.organizationCount().call().await.unwrap(), 2);
    assert!(!chain.path("deployments/31337.pending.json").exists());
    assert_code_matches_manifest(&chain).await;
    assert_eq!(
        chain.run(Some(0), &json_args).ok().json()["transactions"],
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chain_without_the_proxy_gets_it_from_the_presigned_transaction() {
    let bare = Chain::start(&["--disable-default-create2-deployer"]);
    let proxy: Address = PROXY.parse().unwrap();
    assert!(bare.provider.get_code_at(proxy).await.unwrap().is_empty());
    let report = bare.run(Some(0), &["deploy", "--json"]).ok().json();
    let steps = statuses(&report);
    assert_eq!(steps[0].0, "fund the CREATE2 proxy's one-time signer");
    assert_eq!(steps[1].0, "deploy the CREATE2 proxy (presigned)");
    assert!(!bare.provider.get_code_at(proxy).await.unwrap().is_empty());
    assert_code_matches_manifest(&bare).await;

    // The same addresses as on a chain that had the proxy all along.
    let usual = Chain::start(&[]);
    let plan = usual
        .run(Some(0), &["deploy", "--dry-run", "--json"])
        .ok()
        .json();
    assert_eq!(report["addresses"], plan["addresses"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn foreign_code_at_an_address_stops_the_deployment_before_anything_is_sent() {
    let chain = Chain::start(&[]);
    let plan = chain
        .run(Some(0), &["deploy", "--dry-run", "--json"])
        .ok()
        .json();
    let records: Address = plan["addresses"]["RecordRegistry"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    chain
        .provider
        .anvil_set_code(records, Bytes::from_static(&[0x60, 0x00, 0xf3]))
        .await
        .unwrap();
    chain
        .run(Some(0), &["deploy"])
        .fails(1, &format!("RecordRegistry at {records} has code hash"));
    assert_eq!(chain.nonce(chain.address(0)).await, 0, "nothing sent");
}
