//! The typed client against a real anvil (the pinned binary): the clinical basics go through,
//! and every refusal comes back as the contract's custom error, told as a sentence.

use std::{
    path::PathBuf,
    sync::{
        Arc,
        atomic::{AtomicU32, Ordering},
    },
};

use alloy::{
    node_bindings::{Anvil, AnvilInstance},
    primitives::{Address, B256, U256},
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use consentry_sdk::{
    bindings::{organization_registry::OrganizationRegistry, record_registry::RecordRegistry},
    client::{Addresses, Client, ClientError, NewRecord, content_hash, record_id},
    eip712::{self, GrantConsent, Signed},
    types::ConsentTerms,
    vocabulary::{
        Action, ActionSet, Basis, Category, CategorySet, FhirResourceType, OrganizationKind,
        Purpose, PurposeSet, Role,
    },
};

fn anvil() -> AnvilInstance {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    assert!(
        path.exists(),
        "{} is missing: run scripts/toolchain.sh (the test command does) first",
        path.display()
    );
    Anvil::new()
        .path(path)
        .arg("--hardfork")
        .arg("prague")
        .spawn()
}

fn as_account(anvil: &AnvilInstance, index: usize) -> (Address, DynProvider) {
    let signer: PrivateKeySigner = anvil.keys()[index].clone().into();
    let address = signer.address();
    (
        address,
        ProviderBuilder::new()
            .wallet(signer)
            .connect_http(anvil.endpoint_url())
            .erased(),
    )
}

struct Deployed {
    anvil: AnvilInstance,
    addresses: Addresses,
    /// The block the registries were created in.
    created_in: u64,
}

impl Deployed {
    fn client(&self, index: usize) -> (Address, Client<DynProvider>) {
        let (address, provider) = as_account(&self.anvil, index);
        (address, Client::new(provider, self.addresses))
    }
}

async fn deploy() -> Deployed {
    let anvil = anvil();
    let (authority, provider) = as_account(&anvil, 0);
    let receipt = OrganizationRegistry::deploy_builder(provider.clone(), authority, authority)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    let created_in = receipt.block_number.unwrap();
    let organizations =
        OrganizationRegistry::new(receipt.contract_address.unwrap(), provider.clone());
    let consents = organizations.consents().call().await.unwrap();
    let records = RecordRegistry::deploy(provider, *organizations.address())
        .await
        .unwrap();
    let addresses = Addresses {
        organizations: *organizations.address(),
        consents,
        records: *records.address(),
    };
    Deployed {
        anvil,
        addresses,
        created_in,
    }
}

fn sentence(result: Result<impl std::fmt::Debug, ClientError>) -> String {
    match result {
        Err(ClientError::Reverted(revert)) => revert.to_string(),
        other => panic!("expected a revert, got {other:?}"),
    }
}

fn lab_terms(now: u64) -> ConsentTerms {
    ConsentTerms {
        categories: "laboratory,imaging".parse::<CategorySet>().unwrap(),
        purposes: "TREAT".parse::<PurposeSet>().unwrap(),
        actions: ActionSet::ALL,
        valid_from: now,
        valid_until: now + 30 * 86_400,
    }
}

#[tokio::test]
async fn a_clinical_round_trip_with_readable_refusals() {
    let suite = deploy().await;
    let (_, authority) = suite.client(0);
    let (admin, hospital_admin) = suite.client(1);
    let (doctor, doctor_client) = suite.client(2);
    let (patient, patient_client) = suite.client(3);
    let (_, stranger) = suite.client(4);

    let (hospital, _) = authority
        .accredit(
            OrganizationKind::Hospital,
            admin,
            true,
            "General Hospital",
            "https://fhir.general.example/r4",
        )
        .await
        .unwrap();
    assert_eq!(hospital, 1);
    let refusal = sentence(
        stranger
            .accredit(
                OrganizationKind::Clinic,
                admin,
                false,
                "Fake Clinic",
                "https://fake.example",
            )
            .await,
    );
    assert!(refusal.contains("lacks the role"), "{refusal}");

    hospital_admin
        .add_practitioner(hospital, doctor, Role::Physician)
        .await
        .unwrap();
    let now = patient_client
        .provider()
        .get_block(Default::default())
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp;

    assert_eq!(
        sentence(patient_client.grant(patient, 9, &lab_terms(now)).await),
        "there is no organisation 9"
    );
    assert_eq!(
        sentence(stranger.grant(patient, hospital, &lab_terms(now)).await)
            .split(" is neither")
            .next()
            .unwrap()
            .len(),
        "account 0x".len() + 40,
        "names the caller"
    );

    // A signed grant submitted by the hospital on the patient's behalf.
    let domain = patient_client.domain().await.unwrap();
    assert_eq!(domain.chain_id, Some(U256::from(31337)));
    assert_eq!(domain.verifying_contract, Some(suite.addresses.consents));
    let salt = domain.salt.expect("the registry's domain is salted");
    let parent = as_account(&suite.anvil, 0)
        .1
        .get_block_by_number((suite.created_in - 1).into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        salt, parent.header.hash,
        "the salt is the hash of the block before the registry's creation"
    );
    let nonce = patient_client.nonce(patient, hospital).await.unwrap();
    let grant = GrantConsent::new(patient, hospital, &lab_terms(now), nonce, now + 3600);
    let signer: PrivateKeySigner = suite.anvil.keys()[3].clone().into();
    let signature = eip712::sign(&signer, &grant, &domain).await.unwrap();
    let signed = Signed {
        chain_id: 31337,
        consent_registry: suite.addresses.consents,
        domain_salt: salt,
        message: grant,
        signature,
    };
    doctor_client.submit_grant(&signed).await.unwrap();
    let replay = sentence(doctor_client.submit_grant(&signed).await);
    assert!(
        replay.contains("nonce 0, but the next nonce is 1"),
        "{replay}"
    );

    let basis = stranger
        .check_access(
            patient,
            hospital,
            Category::Laboratory,
            Purpose::Treat,
            Action::Read,
        )
        .await
        .unwrap();
    assert_eq!(basis, Basis::Consent);

    let report = b"CBC: haemoglobin 13.9 g/dL";
    let record = NewRecord {
        patient,
        category: Category::Laboratory,
        fhir_type: FhirResourceType::DiagnosticReport,
        content_hash: content_hash(report),
        supersedes: None,
        purpose: Purpose::Treat,
        specialist: None,
    };
    let (id, _) = doctor_client.add_record(&record).await.unwrap();
    assert_eq!(
        id,
        record_id(
            patient,
            hospital,
            Category::Laboratory,
            content_hash(report)
        )
    );
    assert!(
        stranger
            .verify_content(id, content_hash(report))
            .await
            .unwrap()
    );
    assert!(
        !stranger
            .verify_content(id, content_hash(b"tampered"))
            .await
            .unwrap()
    );
    let duplicate = sentence(doctor_client.add_record(&record).await);
    assert!(duplicate.contains("already exists"), "{duplicate}");

    patient_client.revoke(patient, hospital).await.unwrap();
    let refused = sentence(
        doctor_client
            .log_access(patient, vec![B256::ZERO], Purpose::Treat)
            .await,
    );
    assert!(refused.starts_with("there is no record"), "{refused}");
    let mental = NewRecord {
        category: Category::MentalHealth,
        content_hash: content_hash(b"x"),
        ..record
    };
    let refused = sentence(doctor_client.add_record(&mental).await);
    assert!(
        refused.contains("has no consent or emergency access to write")
            && refused.contains("mental_health records"),
        "{refused}"
    );

    authority.suspend(hospital, B256::ZERO).await.unwrap();
    assert_eq!(
        sentence(
            doctor_client
                .log_access(patient, vec![id], Purpose::Treat)
                .await
        ),
        format!("organisation {hospital} is suspended")
    );
    authority.pause().await.unwrap();
    let paused = sentence(
        patient_client
            .grant(patient, hospital, &lab_terms(now))
            .await,
    );
    assert!(
        paused.contains("suspended") || paused.contains("paused"),
        "{paused}"
    );
    // Revocation stays open during a pause.
    patient_client.revoke(patient, hospital).await.unwrap();
}

/// A JSON-RPC proxy in front of `upstream` that answers `null` to the first `hide` receipt
/// requests, as a node does between showing a block and storing its receipts; returns its URL
/// and how many it has hidden.
async fn late_receipts(upstream: String, hide: u32) -> (String, Arc<AtomicU32>) {
    use axum::{Json, Router, routing::post};
    use serde_json::{Value, json};
    let hidden = Arc::new(AtomicU32::new(0));
    let client = alloy::transports::http::reqwest::Client::new();
    let counted = hidden.clone();
    let answer = move |Json(request): Json<Value>| async move {
        if request["method"] == "eth_getTransactionReceipt"
            && counted
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                    (n < hide).then_some(n + 1)
                })
                .is_ok()
        {
            return Json(json!({ "jsonrpc": "2.0", "id": request["id"], "result": null }));
        }
        let forwarded = client.post(&upstream).json(&request).send().await.unwrap();
        Json(forwarded.json::<Value>().await.unwrap())
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = Router::new().route("/", post(answer));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, hidden)
}

#[tokio::test]
async fn a_receipt_the_node_serves_late_is_waited_for() {
    let suite = deploy().await;
    let hide = 5;
    let (url, hidden) = late_receipts(suite.anvil.endpoint(), hide).await;
    let signer: PrivateKeySigner = suite.anvil.keys()[0].clone().into();
    let admin = signer.address();
    let provider = ProviderBuilder::new()
        .wallet(signer)
        .connect_http(url.parse().unwrap())
        .erased();
    let authority = Client::new(provider, suite.addresses);

    // The block with the accreditation is seen before its receipt is served: the send is
    // still reported done, with its events.
    let (hospital, sent) = authority
        .accredit(
            OrganizationKind::Hospital,
            admin,
            false,
            "Late Receipts Hospital",
            "https://fhir.late.example/r4",
        )
        .await
        .unwrap();
    assert_eq!(hospital, 1);
    assert!(sent.receipt.status());
    assert_eq!(
        hidden.load(Ordering::SeqCst),
        hide,
        "every null answer was seen"
    );
    // Sent once: the organisation exists, and there is only one.
    let (_, reader) = suite.client(1);
    assert_eq!(
        reader
            .organizations()
            .organizationCount()
            .call()
            .await
            .unwrap(),
        1
    );
}

#[tokio::test]
async fn sends_with_a_margin_over_the_estimate() {
    use alloy::consensus::Transaction as _;
    let suite = deploy().await;
    let (admin, authority) = suite.client(0);
    let (_, sent) = authority
        .accredit(
            OrganizationKind::Hospital,
            admin,
            true,
            "Margin Hospital",
            "https://fhir.margin.example/r4",
        )
        .await
        .unwrap();
    let (_, reader) = as_account(&suite.anvil, 1);
    let sent_as = reader
        .get_transaction_by_hash(sent.receipt.transaction_hash)
        .await
        .unwrap()
        .unwrap();
    // The estimate is at least the gas used: the limit is 30 % above it, not the bare estimate
    // (which a mined transaction can exceed).
    let used = sent.receipt.gas_used;
    assert!(
        sent_as.gas_limit() >= consentry_sdk::client::gas_limit(used),
        "limit {} for {used} gas used",
        sent_as.gas_limit()
    );
    assert_eq!(consentry_sdk::client::gas_limit(38_198), 49_657);
}
