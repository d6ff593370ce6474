//! A real anvil with the suite deployed, the accounts that act in it, and consent terms.

use std::{path::PathBuf, time::Duration};

use alloy::{
    node_bindings::{Anvil, AnvilInstance},
    primitives::Address,
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use consentry_indexer::{Indexer, SyncConfig};
use consentry_sdk::{
    bindings::{organization_registry::OrganizationRegistry, record_registry::RecordRegistry},
    client::{Addresses, Client},
    types::ConsentTerms,
    vocabulary::{ActionSet, CategorySet, PurposeSet},
};
use consentry_store::Store;

use crate::indexer_at;

pub fn anvil_path() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    assert!(
        path.exists(),
        "{} is missing: run scripts/toolchain.sh",
        path.display()
    );
    path
}

/// A chain with the suite deployed.
pub struct Chain {
    pub anvil: AnvilInstance,
    pub provider: DynProvider,
    pub addresses: Addresses,
    pub deployed_at: u64,
}

impl Chain {
    pub async fn start() -> Self {
        Self::start_with(&[]).await
    }

    /// A chain whose anvil takes `args` too (`--timestamp` for a genesis block of its own, say).
    pub async fn start_with(args: &[&str]) -> Self {
        let anvil = Anvil::new()
            .path(anvil_path())
            .arg("--hardfork")
            .arg("prague")
            .args(args.iter().copied())
            .spawn();
        let provider = ProviderBuilder::new()
            .connect_http(anvil.endpoint_url())
            .erased();
        let (authority, deployer) = as_account(&anvil, 0);
        let organizations = OrganizationRegistry::deploy(deployer.clone(), authority, authority)
            .await
            .unwrap();
        let deployed_at = provider.get_block_number().await.unwrap();
        let consents = organizations.consents().call().await.unwrap();
        let records = RecordRegistry::deploy(deployer, *organizations.address())
            .await
            .unwrap();
        Chain {
            anvil,
            provider,
            addresses: Addresses {
                organizations: *organizations.address(),
                consents,
                records: *records.address(),
            },
            deployed_at,
        }
    }

    pub fn address(&self, index: usize) -> Address {
        PrivateKeySigner::from(self.anvil.keys()[index].clone()).address()
    }

    pub fn client(&self, index: usize) -> Client<DynProvider> {
        Client::new(as_account(&self.anvil, index).1, self.addresses)
    }

    pub fn config(&self) -> SyncConfig {
        let mut config = SyncConfig::new(
            vec![
                self.addresses.organizations,
                self.addresses.consents,
                self.addresses.records,
            ],
            self.deployed_at,
        );
        config.poll_interval = Duration::from_millis(20);
        config.max_backoff = Duration::from_millis(500);
        config
    }

    pub async fn indexer(&self, store: &Store, config: SyncConfig) -> Indexer {
        indexer_at(
            &self.anvil.endpoint(),
            store,
            config,
            Duration::from_secs(10),
        )
        .await
    }

    pub async fn head(&self) -> u64 {
        self.provider.get_block_number().await.unwrap()
    }

    pub async fn rpc<
        T: serde::de::DeserializeOwned + std::fmt::Debug + Send + Sync + Unpin + 'static,
    >(
        &self,
        method: &str,
        params: serde_json::Value,
    ) -> T {
        self.provider
            .raw_request::<_, T>(method.to_owned().into(), params)
            .await
            .unwrap()
    }
}

pub fn as_account(anvil: &AnvilInstance, index: usize) -> (Address, DynProvider) {
    let signer: PrivateKeySigner = anvil.keys()[index].clone().into();
    (
        signer.address(),
        ProviderBuilder::new()
            .wallet(signer)
            .connect_http(anvil.endpoint_url())
            .erased(),
    )
}

// Who acts in the workload (anvil's accounts).
pub const AUTHORITY: usize = 0;
pub const HOSPITAL_ADMIN: usize = 1;
pub const LAB_ADMIN: usize = 2;
pub const DOCTOR: usize = 3;
pub const LAB_SCIENTIST: usize = 4;
pub const PATIENTS: [usize; 3] = [5, 6, 7];
pub const HOSPITAL: u32 = 1;
pub const LAB: u32 = 2;

pub fn terms(
    categories: &str,
    purposes: &str,
    actions: &str,
    from: u64,
    until: u64,
) -> ConsentTerms {
    ConsentTerms {
        categories: categories.parse::<CategorySet>().unwrap(),
        purposes: purposes.parse::<PurposeSet>().unwrap(),
        actions: actions.parse::<ActionSet>().unwrap(),
        valid_from: from,
        valid_until: until,
    }
}

pub async fn now(chain: &Chain) -> u64 {
    chain
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp
}
