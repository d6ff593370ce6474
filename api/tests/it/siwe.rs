//! Sign-In with Ethereum against a real anvil: externally owned accounts told apart from
//! contract wallets by their code, and contract wallets (ERC-1271) asked on chain. The wallets
//! are the forge-built test wallets from `contracts/test/utils/Wallets.sol`.

use std::{
    path::PathBuf,
    time::{Duration, SystemTime},
};

use alloy::{
    network::TransactionBuilder,
    node_bindings::{Anvil, AnvilInstance},
    primitives::{Address, Bytes, FixedBytes},
    providers::{DynProvider, Provider},
    rpc::types::TransactionRequest,
    signers::{SignerSync, local::PrivateKeySigner},
    sol,
    sol_types::{SolCall, SolValue},
};
use consentry_api::auth::{AuthError, SignInMessage, SiweConfig, check_message, verify_signature};

sol! {
    interface IERC1271 {
        function isValidSignature(bytes32 hash, bytes signature) external view returns (bytes4);
    }
}

/// ERC-1271's "yes": the function's own selector.
const MAGIC: [u8; 4] = IERC1271::isValidSignatureCall::SELECTOR;

const DOMAIN: &str = "consentry.example";
const ORIGIN: &str = "https://consentry.example";

struct Chain {
    /// The node; it stops when dropped.
    anvil: AnvilInstance,
    /// Deploys as anvil's first account.
    deployer: DynProvider,
    chain_id: u64,
}

impl Chain {
    async fn start() -> Self {
        let anvil = Anvil::new().path(consentry_testkit::anvil_path()).spawn();
        let (_, deployer) = consentry_testkit::as_account(&anvil, 0);
        let chain_id = deployer.get_chain_id().await.unwrap();
        Self {
            anvil,
            deployer,
            chain_id,
        }
    }

    /// Deploys a contract from `contracts/test/utils/Wallets.sol`.
    async fn deploy(&self, contract: &str, constructor_args: Vec<u8>) -> Address {
        let mut code = creation_code(contract);
        code.extend(constructor_args);
        let request = TransactionRequest::default().with_deploy_code(code);
        let receipt = self
            .deployer
            .send_transaction(request)
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        assert!(receipt.status(), "deploying {contract} reverted");
        receipt.contract_address.unwrap()
    }

    /// A wallet that answers `answer` for signatures by `owner`'s key.
    async fn owned_wallet(&self, owner: Address, answer: [u8; 4]) -> Address {
        let args = (owner, FixedBytes::from(answer)).abi_encode_params();
        self.deploy("OwnedWallet", args).await
    }

    fn config(&self) -> SiweConfig {
        SiweConfig {
            domain: DOMAIN.to_owned(),
            uri: ORIGIN.to_owned(),
            chain_id: self.chain_id,
            max_age: Duration::from_secs(600),
            clock_skew: Duration::from_secs(30),
        }
    }

    /// A sign-in message for `address`, laid out as viem's `createSiweMessage` lays it, and
    /// checked half a minute after it was issued.
    fn message(&self, address: Address) -> (String, SignInMessage) {
        let issued_at = "2025-06-01T12:00:00.000Z";
        let now = SystemTime::from(*issued_at.parse::<siwe::TimeStamp>().unwrap().as_ref())
            + Duration::from_secs(30);
        let text = format!(
            "{DOMAIN} wants you to sign in with your Ethereum account:\n{}\n\n\
             Sign in to Consentry.\n\n\
             URI: {ORIGIN}/v1/auth/login\nVersion: 1\nChain ID: {}\nNonce: {}\n\
             Issued At: {issued_at}",
            address.to_checksum(None),
            self.chain_id,
            consentry_api::auth::new_nonce(),
        );
        let message = check_message(&self.config(), &text, now).unwrap();
        (text, message)
    }
}

fn creation_code(contract: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../out/Wallets.sol")
        .join(format!("{contract}.json"));
    let artifact =
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}: run forge build", path.display()));
    let artifact: serde_json::Value = serde_json::from_slice(&artifact).unwrap();
    let code: Bytes = artifact["bytecode"]["object"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    code.to_vec()
}

fn sign(signer: &PrivateKeySigner, text: &str) -> Vec<u8> {
    signer
        .sign_message_sync(text.as_bytes())
        .unwrap()
        .as_bytes()
        .to_vec()
}

#[tokio::test]
async fn externally_owned_accounts_are_told_apart_by_their_code() {
    let chain = Chain::start().await;
    let rpc = Some(&chain.deployer);
    let signer = PrivateKeySigner::random();
    let (text, message) = chain.message(signer.address());

    verify_signature(&message, &sign(&signer, &text), rpc)
        .await
        .unwrap();

    let stranger = PrivateKeySigner::random();
    assert_eq!(
        verify_signature(&message, &sign(&stranger, &text), rpc).await,
        Err(AuthError::WrongSigner {
            expected: signer.address(),
            recovered: stranger.address(),
        })
    );

    let mut garbled = sign(&signer, &text);
    garbled[64] = 5;
    for signature in [garbled, vec![0xab; 64], Vec::new()] {
        let error = verify_signature(&message, &signature, rpc)
            .await
            .unwrap_err();
        assert_eq!(error, AuthError::MalformedSignature, "{signature:x?}");
        assert_eq!(
            (error.code(), error.field()),
            ("malformed_signature", Some("signature"))
        );
    }
}

#[tokio::test]
async fn contract_wallets_are_asked_on_chain() {
    let chain = Chain::start().await;
    let owner = PrivateKeySigner::random();
    let wallet = chain.owned_wallet(owner.address(), MAGIC).await;
    let (text, message) = chain.message(wallet);

    verify_signature(&message, &sign(&owner, &text), Some(&chain.deployer))
        .await
        .unwrap();

    let stranger = PrivateKeySigner::random();
    let error = verify_signature(&message, &sign(&stranger, &text), Some(&chain.deployer))
        .await
        .unwrap_err();
    assert!(
        matches!(error, AuthError::ContractWalletRefused { wallet: w, .. } if w == wallet),
        "{error}"
    );
    assert_eq!(
        (error.code(), error.field()),
        ("contract_wallet_refused", Some("signature"))
    );

    // Without a node to ask, even the owner's signature cannot be taken.
    let error = verify_signature(&message, &sign(&owner, &text), None::<&DynProvider>)
        .await
        .unwrap_err();
    assert_eq!(error, AuthError::ContractWalletNeedsRpc(wallet));
    assert_eq!(error.code(), "contract_wallet_needs_rpc");
}

#[tokio::test]
async fn contract_wallets_that_answer_otherwise_or_revert_refuse() {
    let chain = Chain::start().await;
    let owner = PrivateKeySigner::random();

    let wrong_answer = chain
        .owned_wallet(owner.address(), [0xde, 0xad, 0xbe, 0xef])
        .await;
    let reverting = chain.deploy("RevertingWallet", Vec::new()).await;
    for wallet in [wrong_answer, reverting] {
        let (text, message) = chain.message(wallet);
        let error = verify_signature(&message, &sign(&owner, &text), Some(&chain.deployer))
            .await
            .unwrap_err();
        assert!(
            matches!(error, AuthError::ContractWalletRefused { wallet: w, .. } if w == wallet),
            "{error}"
        );
    }
}

#[tokio::test]
async fn an_unreachable_node_is_not_the_signers_fault() {
    let chain = Chain::start().await;
    let owner = PrivateKeySigner::random();
    let wallet = chain.owned_wallet(owner.address(), MAGIC).await;
    let (text, message) = chain.message(wallet);
    let endpoint = chain.anvil.endpoint_url();
    drop(chain);

    let gone = alloy::providers::ProviderBuilder::new()
        .connect_http(endpoint)
        .erased();
    let error = verify_signature(&message, &sign(&owner, &text), Some(&gone))
        .await
        .unwrap_err();
    assert!(matches!(error, AuthError::Rpc(_)), "{error}");
    assert_eq!((error.code(), error.field()), ("rpc_unavailable", None));
}
