//! Consents signed by independent wallet software verify on chain: viem's `signTypedData`
//! (what a dapp asks MetaMask for) and foundry's `cast wallet sign --data`, each run as a
//! separate program from the pinned toolchain, fed the SDK's `eth_signTypedData_v4` JSON.

use std::{
    io::Write,
    path::PathBuf,
    process::{Command, Stdio},
};

use crate::common::{HOSPITAL, consent_of, lab_terms, world};
use alloy::{
    primitives::{Address, Bytes},
    signers::local::PrivateKeySigner,
};
use consentry_sdk::{
    bindings::consent_registry::ConsentRegistry,
    eip712::{self, GrantConsent, RevokeConsent},
    harness::GENESIS_HASH,
};

const CHAIN: u64 = 31337;
const KEY: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn require(path: PathBuf) -> PathBuf {
    assert!(
        path.exists(),
        "{} is missing: run scripts/toolchain.sh (the test command does) first",
        path.display()
    );
    path
}

fn sign_with_viem(typed_data: &serde_json::Value) -> Bytes {
    let script = require(root().join("sdk/tests/wallets/sign-viem.mjs"));
    require(root().join("node_modules/viem"));
    let mut child = Command::new("node")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    let input = serde_json::json!({ "privateKey": KEY, "typedData": typed_data });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "viem failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .trim()
        .parse()
        .expect("viem prints a hex signature")
}

fn sign_with_cast(typed_data: &serde_json::Value) -> Bytes {
    let cast = require(root().join("node_modules/@foundry-rs/cast-linux-amd64/bin/cast"));
    let dir = std::env::temp_dir().join(format!("consentry-cast-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("typed-data.json");
    std::fs::write(&file, typed_data.to_string()).unwrap();
    let output = Command::new(cast)
        .args([
            "wallet",
            "sign",
            "--private-key",
            KEY,
            "--data",
            "--from-file",
        ])
        .arg(&file)
        .output()
        .expect("cast runs");
    assert!(
        output.status.success(),
        "cast failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .trim()
        .parse()
        .expect("cast prints a hex signature")
}

fn patient() -> Address {
    KEY.parse::<PrivateKeySigner>().unwrap().address()
}

fn granted_by(sign: fn(&serde_json::Value) -> Bytes) {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let registry = w.h.suite.consents;
    let domain = eip712::domain(CHAIN, registry, GENESIS_HASH);
    let grant = GrantConsent::new(patient(), HOSPITAL, &lab_terms(now), 0, now + 3600);
    let signature = sign(&eip712::wallet_json(&grant, &domain));
    eip712::verify(patient(), &grant, &domain, &signature)
        .expect("the SDK accepts the wallet's signature");
    let call = ConsentRegistry::grantBySigCall {
        patient: patient(),
        orgId: HOSPITAL,
        terms: grant.terms().to_sol(),
        nonce: grant.nonce,
        deadline: grant.deadline,
        signature,
    };
    w.h.send(Address::repeat_byte(0x99), registry, call)
        .expect("the contract accepts the wallet's signature");
    assert_eq!(
        consent_of(&mut w.h, patient(), HOSPITAL).categories,
        lab_terms(now).categories.0
    );

    let revoke = RevokeConsent::new(patient(), HOSPITAL, 1, now + 3600);
    let signature = sign(&eip712::wallet_json(&revoke, &domain));
    let call = ConsentRegistry::revokeBySigCall {
        patient: patient(),
        orgId: HOSPITAL,
        nonce: revoke.nonce,
        deadline: revoke.deadline,
        signature,
    };
    w.h.send(Address::repeat_byte(0x99), registry, call)
        .expect("the wallet's revocation is accepted");
    assert_eq!(consent_of(&mut w.h, patient(), HOSPITAL).categories, 0);
}

#[test]
fn viem_signed_consent_verifies_on_chain() {
    granted_by(sign_with_viem);
}

#[test]
fn cast_signed_consent_verifies_on_chain() {
    granted_by(sign_with_cast);
}

/// The wallet signs for `domain`; the harness's registry (chain 31337, its own salt) refuses.
fn refused_when_signed_for(domain: alloy::sol_types::Eip712Domain, what: &str) {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let registry = w.h.suite.consents;
    let grant = GrantConsent::new(patient(), HOSPITAL, &lab_terms(now), 0, now + 3600);
    let signature = sign_with_viem(&eip712::wallet_json(&grant, &domain));
    let call = ConsentRegistry::grantBySigCall {
        patient: patient(),
        orgId: HOSPITAL,
        terms: grant.terms().to_sol(),
        nonce: grant.nonce,
        deadline: grant.deadline,
        signature,
    };
    let Err(err) = w.h.send(Address::repeat_byte(0x99), registry, call) else {
        panic!("a signature for {what} was accepted on chain {CHAIN}");
    };
    assert!(
        err.to_string().contains("the signature is not patient"),
        "{err}"
    );
}

#[test]
fn wallet_signature_for_another_chain_is_refused() {
    let registry = world(CHAIN).h.suite.consents;
    refused_when_signed_for(eip712::domain(1, registry, GENESIS_HASH), "chain 1");
}

/// Issue 21, item 9: a second network with the same chain id, where the registry sits at the
/// same address, differs only in the salt; what a wallet signed there is refused here.
#[test]
fn wallet_signature_for_another_network_with_the_same_chain_id_is_refused() {
    let registry = world(CHAIN).h.suite.consents;
    refused_when_signed_for(
        eip712::domain(CHAIN, registry, alloy::primitives::B256::repeat_byte(0x9f)),
        "another network with chain id 31337",
    );
}

/// Issue 24: a patient's co-signature of a pending record, signed by wallet software (viem, as
/// MetaMask would; foundry's cast) from the SDK's typed data, is accepted on chain when anyone
/// submits it, and makes the record current when it is the last one awaited.
fn co_signed_by(sign: fn(&serde_json::Value) -> Bytes) {
    use consentry_sdk::{
        bindings::record_registry::RecordRegistry,
        eip712::SignRecord,
        vocabulary::{Category, Cosigner, CosignerSet, FhirResourceType, Purpose, RecordStatus},
    };
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let records = w.h.suite.records;
    let mut terms = lab_terms(now);
    terms.categories = "imaging".parse().unwrap();
    let grant = ConsentRegistry::grantCall {
        patient: patient(),
        orgId: HOSPITAL,
        terms: terms.to_sol(),
    };
    w.h.send(patient(), w.h.suite.consents, grant)
        .expect("the patient grants");
    let admin = crate::common::account(0x11);
    let policy = RecordRegistry::setCosignPolicyCall {
        orgId: HOSPITAL,
        category: Category::Imaging.code(),
        fhirType: 0,
        signers: CosignerSet::from(Cosigner::Patient).0,
        maxWait: alloy::primitives::aliases::U40::from(86_400),
    };
    w.h.send(admin, records, policy)
        .expect("the admin sets the policy");
    let add = RecordRegistry::addRecordCall {
        patient: patient(),
        category: Category::Imaging.code(),
        fhirType: FhirResourceType::DiagnosticReport.code(),
        contentHash: alloy::primitives::B256::repeat_byte(0xc7),
        supersedes: alloy::primitives::B256::ZERO,
        purpose: Purpose::Treat.code(),
    };
    let id =
        w.h.send(w.doctor, records, add)
            .expect("pending record")
            .value;
    let status = |w: &mut crate::common::World| {
        w.h.call(
            Address::ZERO,
            records,
            RecordRegistry::recordOfCall { recordId: id },
        )
        .unwrap()
        .status
    };
    assert_eq!(status(&mut w), RecordStatus::Pending.code());

    let published =
        w.h.call(Address::ZERO, records, RecordRegistry::eip712DomainCall {})
            .unwrap();
    let domain = eip712::domain(CHAIN, records, published.salt);
    let message = SignRecord::new(id, Cosigner::Patient, now + 3600);
    let signature = sign(&eip712::wallet_json(&message, &domain));
    eip712::verify(patient(), &message, &domain, &signature)
        .expect("the SDK accepts the wallet's signature");
    let submit = RecordRegistry::signRecordBySigCall {
        recordId: id,
        kind: message.kind,
        signer: patient(),
        deadline: message.deadline,
        signature,
    };
    w.h.send(Address::repeat_byte(0x99), records, submit)
        .expect("the contract accepts the wallet's co-signature");
    assert_eq!(status(&mut w), RecordStatus::Current.code());
}

#[test]
fn viem_signed_co_signature_verifies_on_chain() {
    co_signed_by(sign_with_viem);
}

#[test]
fn cast_signed_co_signature_verifies_on_chain() {
    co_signed_by(sign_with_cast);
}
