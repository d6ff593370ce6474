//! What every command needs: the node, the wallet, the deployment.

use std::{
    io::IsTerminal,
    path::{Path, PathBuf},
    time::Duration,
};

use alloy::{
    network::EthereumWallet,
    primitives::Address,
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::client::ClientBuilder,
    signers::local::{LocalSignerError, MnemonicBuilder, PrivateKeySigner, coins_bip39::English},
    transports::{http::reqwest::Url, layers::RetryBackoffLayer},
};
use consentry_deployer::{Manifest, manifest};
use consentry_sdk::client::{Addresses, Client};

use crate::cli::Global;

/// Why a command could not start.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SetupError {
    /// The RPC URL does not parse.
    #[error("--rpc-url {url:?} is not a URL ({reason})")]
    BadUrl { url: String, reason: String },
    /// The node did not answer.
    #[error("cannot reach the node at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    /// The node serves another chain than `--chain-id`.
    #[error("the node at {url} serves chain {actual}, not chain {expected} (--chain-id)")]
    WrongChain {
        url: String,
        expected: u64,
        actual: u64,
    },
    /// No key was given for a command that sends.
    #[error(
        "this command signs: give --private-key (or CONSENTRY_PRIVATE_KEY), --keystore or --mnemonic"
    )]
    NoWallet,
    /// More than one key source.
    #[error("give only one of --private-key, --keystore and --mnemonic")]
    TwoWallets,
    /// A private key that does not parse.
    #[error("--private-key is not a 32-byte hex private key")]
    BadPrivateKey,
    /// A keystore that cannot be opened.
    #[error("keystore {path}: {reason}")]
    Keystore { path: PathBuf, reason: String },
    /// A mnemonic that does not derive.
    #[error("--mnemonic: {0}")]
    Mnemonic(String),
    /// No manifest.
    #[error("no deployment manifest at {path}: deploy with `consentry deploy` or pass --manifest")]
    NoManifest { path: PathBuf },
    /// A manifest that does not load or lacks a contract.
    #[error(transparent)]
    Manifest(#[from] manifest::ManifestError),
    /// The manifest is for another chain.
    #[error("manifest {path} is for chain {manifest}, but the node serves chain {node}")]
    ManifestChain {
        path: PathBuf,
        manifest: u64,
        node: u64,
    },
}

/// The node, the signer (if any) and the deployment.
#[derive(Debug)]
pub(crate) struct Context {
    pub(crate) global: Global,
    pub(crate) provider: DynProvider,
    pub(crate) signer: Option<PrivateKeySigner>,
    pub(crate) chain_id: u64,
}

impl Context {
    /// Connects to the node and loads the wallet (if one was given). A node that has not
    /// answered its chain id within `patience` is reported, not waited for.
    pub(crate) async fn connect(global: &Global, patience: Duration) -> Result<Self, SetupError> {
        tokio::time::timeout(patience, Self::connect_now(global))
            .await
            .unwrap_or_else(|_| {
                Err(SetupError::Unreachable {
                    url: global.rpc_url.clone(),
                    reason: format!(
                        "no answer to eth_chainId within {}",
                        humantime::format_duration(patience)
                    ),
                })
            })
    }

    async fn connect_now(global: &Global) -> Result<Self, SetupError> {
        let signer = load_signer(global)?;
        let unreachable = |reason: String| SetupError::Unreachable {
            url: global.rpc_url.clone(),
            reason,
        };
        let provider = if consentry_indexer::rpc::is_websocket(&global.rpc_url) {
            let connect = alloy::providers::WsConnect::new(global.rpc_url.clone());
            let builder = ProviderBuilder::new();
            match &signer {
                Some(signer) => builder
                    .wallet(EthereumWallet::from(signer.clone()))
                    .connect_ws(connect)
                    .await
                    .map_err(|e| unreachable(causes(&e)))?
                    .erased(),
                None => builder
                    .connect_ws(connect)
                    .await
                    .map_err(|e| unreachable(causes(&e)))?
                    .erased(),
            }
        } else {
            let url = Url::parse(&global.rpc_url).map_err(|e| SetupError::BadUrl {
                url: global.rpc_url.clone(),
                reason: e.to_string(),
            })?;
            // Rate limits (429) and busy nodes are retried with backoff; a node that is not
            // there fails at once.
            let client = ClientBuilder::default()
                .layer(RetryBackoffLayer::new(5, 500, 330))
                .http(url);
            match &signer {
                Some(signer) => ProviderBuilder::new()
                    .wallet(EthereumWallet::from(signer.clone()))
                    .connect_client(client)
                    .erased(),
                None => ProviderBuilder::new().connect_client(client).erased(),
            }
        };
        let chain_id = provider
            .get_chain_id()
            .await
            .map_err(|e| SetupError::Unreachable {
                url: global.rpc_url.clone(),
                reason: causes(&e),
            })?;
        if let Some(expected) = global.chain_id
            && expected != chain_id
        {
            return Err(SetupError::WrongChain {
                url: global.rpc_url.clone(),
                expected,
                actual: chain_id,
            });
        }
        Ok(Context {
            global: global.clone(),
            provider,
            signer,
            chain_id,
        })
    }

    /// The signer, for commands that send.
    pub(crate) fn signer(&self) -> Result<&PrivateKeySigner, SetupError> {
        self.signer.as_ref().ok_or(SetupError::NoWallet)
    }

    /// The sending account.
    pub(crate) fn sender(&self) -> Result<Address, SetupError> {
        Ok(self.signer()?.address())
    }

    /// Where this chain's manifest is.
    pub(crate) fn manifest_path(&self) -> PathBuf {
        self.global
            .manifest
            .clone()
            .unwrap_or_else(|| Manifest::path(Path::new("deployments"), self.chain_id))
    }

    /// The deployment on this chain.
    pub(crate) fn manifest(&self) -> Result<Manifest, SetupError> {
        let path = self.manifest_path();
        if !path.exists() {
            return Err(SetupError::NoManifest { path });
        }
        let manifest = Manifest::load(&path)?;
        if manifest.chain_id != self.chain_id {
            return Err(SetupError::ManifestChain {
                path,
                manifest: manifest.chain_id,
                node: self.chain_id,
            });
        }
        Ok(manifest)
    }

    /// A client for the deployment.
    pub(crate) fn client(&self) -> Result<Client<DynProvider>, SetupError> {
        let manifest = self.manifest()?;
        let path = self.manifest_path();
        let address = |name: &str| {
            manifest
                .address(name)
                .ok_or_else(|| manifest::ManifestError::Missing {
                    path: path.clone(),
                    name: name.into(),
                })
        };
        Ok(Client::new(
            self.provider.clone(),
            Addresses {
                organizations: address(manifest::ORGANIZATION_REGISTRY)?,
                consents: address(manifest::CONSENT_REGISTRY)?,
                records: address(manifest::RECORD_REGISTRY)?,
            },
        ))
    }

    /// The chain's current time (the latest block's timestamp).
    pub(crate) async fn now(&self) -> eyre::Result<u64> {
        let block = self
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await?
            .ok_or_else(|| eyre::eyre!("the node has no latest block"))?;
        Ok(block.header.timestamp)
    }
}

impl Context {
    /// The code at `address` (empty for an externally owned account).
    pub(crate) async fn provider_code(
        &self,
        address: Address,
    ) -> eyre::Result<alloy::primitives::Bytes> {
        Ok(self.provider.get_code_at(address).await?)
    }
}

/// The error and its causes on one line ("error sending request: connection refused").
fn causes(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text.lines().next().unwrap_or_default().to_owned()
}

fn load_signer(global: &Global) -> Result<Option<PrivateKeySigner>, SetupError> {
    let sources = [
        global.private_key.is_some(),
        global.keystore.is_some(),
        global.mnemonic.is_some(),
    ];
    if sources.iter().filter(|s| **s).count() > 1 {
        return Err(SetupError::TwoWallets);
    }
    if let Some(key) = &global.private_key {
        return key
            .trim()
            .parse::<PrivateKeySigner>()
            .map(Some)
            .map_err(|_| SetupError::BadPrivateKey);
    }
    if let Some(path) = &global.keystore {
        let keystore_error = |reason: String| SetupError::Keystore {
            path: path.clone(),
            reason,
        };
        if !path.exists() {
            return Err(keystore_error("no such file".into()));
        }
        let password = match (&global.password_file, &global.password) {
            (Some(file), _) => std::fs::read_to_string(file)
                .map_err(|e| keystore_error(format!("password file {}: {e}", file.display())))?
                .trim_end_matches(['\n', '\r'])
                .to_owned(),
            (None, Some(password)) => password.clone(),
            (None, None) if std::io::stdin().is_terminal() => {
                rpassword::prompt_password(format!("Password for {}: ", path.display()))
                    .map_err(|e| keystore_error(e.to_string()))?
            }
            (None, None) => {
                return Err(keystore_error(
                    "needs a password: --password-file, ETH_PASSWORD, or run on a terminal to be asked"
                        .into(),
                ));
            }
        };
        return PrivateKeySigner::decrypt_keystore(path, password)
            .map(Some)
            .map_err(|e| {
                keystore_error(match e {
                    LocalSignerError::EthKeystoreError(ref inner)
                        if inner.to_string().contains("Mac") =>
                    {
                        "wrong password".into()
                    }
                    other => other.to_string(),
                })
            });
    }
    if let Some(phrase) = &global.mnemonic {
        return MnemonicBuilder::<English>::default()
            .phrase(phrase.trim())
            .index(global.mnemonic_index)
            .and_then(|b| b.build())
            .map(Some)
            .map_err(|e| SetupError::Mnemonic(e.to_string()));
    }
    Ok(None)
}
