//! Consents signed by the SDK verify on chain (in revm); signatures for another chain id,
//! another contract, another nonce, or submitted after their deadline do not.

use crate::common::{HOSPITAL, LAB, consent_of, lab_terms, world};
use alloy::{
    primitives::{Address, U256},
    signers::local::PrivateKeySigner,
};
use consentry_sdk::{
    bindings::consent_registry::ConsentRegistry::{self, ConsentRegistryErrors as E},
    eip712::{self, GrantConsent, RevokeConsent},
    errors::Revert,
    harness::{GENESIS_HASH, Harness, HarnessError},
};

const CHAIN: u64 = 31337;

fn patient() -> PrivateKeySigner {
    "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
        .parse()
        .unwrap()
}

fn submit_grant(
    h: &mut Harness,
    grant: &GrantConsent,
    signature: Vec<u8>,
) -> Result<u64, HarnessError> {
    let consents = h.suite.consents;
    let call = ConsentRegistry::grantBySigCall {
        patient: grant.patient,
        orgId: grant.orgId,
        terms: grant.terms().to_sol(),
        nonce: grant.nonce,
        deadline: grant.deadline,
        signature: signature.into(),
    };
    h.send(Address::repeat_byte(0x99), consents, call)
        .map(|receipt| receipt.gas_used)
}

async fn sign_grant(grant: &GrantConsent, chain_id: u64, registry: Address) -> Vec<u8> {
    eip712::sign(
        &patient(),
        grant,
        &eip712::domain(chain_id, registry, GENESIS_HASH),
    )
    .await
    .unwrap()
    .to_vec()
}

fn consent_error(err: HarnessError) -> E {
    match err.revert() {
        Some(Revert::Consents(e)) => e.clone(),
        other => panic!("expected a consent registry error, got {other:?}"),
    }
}

#[tokio::test]
async fn sdk_signed_grant_verifies_and_grants() {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let grant = GrantConsent::new(
        patient().address(),
        HOSPITAL,
        &lab_terms(now),
        0,
        now + 3600,
    );
    let signature = sign_grant(&grant, CHAIN, w.h.suite.consents).await;
    let gas = submit_grant(&mut w.h, &grant, signature).expect("signed grant accepted");
    assert!(gas < 75_000, "first signed grant costs {gas} gas");
    let consent = consent_of(&mut w.h, patient().address(), HOSPITAL);
    assert_eq!(consent.categories, lab_terms(now).categories.0);
    assert_eq!(consent.nonce, 1, "a signed grant uses the nonce");
}

#[tokio::test]
async fn signature_for_another_chain_is_rejected() {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let grant = GrantConsent::new(
        patient().address(),
        HOSPITAL,
        &lab_terms(now),
        0,
        now + 3600,
    );
    let signature = sign_grant(&grant, 1, w.h.suite.consents).await;
    let err = consent_error(submit_grant(&mut w.h, &grant, signature).unwrap_err());
    assert!(
        matches!(err, E::ConsentRegistry__InvalidSignature(e) if e.patient == patient().address())
    );

    // The same deployment on another chain refuses a signature made for this one.
    let mut other_chain = world(11155111);
    let signature = sign_grant(&grant, CHAIN, w.h.suite.consents).await;
    assert_eq!(
        other_chain.h.suite.consents, w.h.suite.consents,
        "same deployer, same addresses"
    );
    let err = consent_error(submit_grant(&mut other_chain.h, &grant, signature).unwrap_err());
    assert!(matches!(err, E::ConsentRegistry__InvalidSignature(_)));
}

#[tokio::test]
async fn signature_for_another_contract_is_rejected() {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let grant = GrantConsent::new(
        patient().address(),
        HOSPITAL,
        &lab_terms(now),
        0,
        now + 3600,
    );
    let signature = sign_grant(&grant, CHAIN, w.h.suite.records).await;
    let err = consent_error(submit_grant(&mut w.h, &grant, signature).unwrap_err());
    assert!(matches!(err, E::ConsentRegistry__InvalidSignature(_)));
}

#[tokio::test]
async fn replayed_and_out_of_order_nonces_are_rejected() {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let registry = w.h.suite.consents;
    let grant = GrantConsent::new(
        patient().address(),
        HOSPITAL,
        &lab_terms(now),
        0,
        now + 3600,
    );
    let signature = sign_grant(&grant, CHAIN, registry).await;
    submit_grant(&mut w.h, &grant, signature.clone()).expect("first submission");
    let err = consent_error(submit_grant(&mut w.h, &grant, signature).unwrap_err());
    assert!(
        matches!(err, E::ConsentRegistry__InvalidNonce(e) if e.expected == U256::from(1) && e.provided == U256::ZERO)
    );

    let skipping = GrantConsent::new(
        patient().address(),
        HOSPITAL,
        &lab_terms(now),
        5,
        now + 3600,
    );
    let signature = sign_grant(&skipping, CHAIN, registry).await;
    let err = consent_error(submit_grant(&mut w.h, &skipping, signature).unwrap_err());
    assert!(matches!(err, E::ConsentRegistry__InvalidNonce(_)));

    // Nonces are per organisation: the lab's first grant still uses nonce 0.
    let lab = GrantConsent::new(patient().address(), LAB, &lab_terms(now), 0, now + 3600);
    let signature = sign_grant(&lab, CHAIN, registry).await;
    submit_grant(&mut w.h, &lab, signature).expect("nonce 0 for another organisation");
}

#[tokio::test]
async fn expired_signature_is_rejected_and_deadline_second_is_valid() {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let registry = w.h.suite.consents;
    let grant = GrantConsent::new(patient().address(), HOSPITAL, &lab_terms(now), 0, now + 60);
    let signature = sign_grant(&grant, CHAIN, registry).await;
    w.h.warp(now + 61);
    let err = consent_error(submit_grant(&mut w.h, &grant, signature.clone()).unwrap_err());
    assert!(
        matches!(err, E::ConsentRegistry__SignatureExpired(e) if e.deadline == U256::from(now + 60))
    );

    let mut w = world(CHAIN);
    w.h.warp(now + 60);
    submit_grant(&mut w.h, &grant, signature).expect("valid through its deadline second");
}

#[tokio::test]
async fn signature_by_someone_else_is_rejected() {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let grant = GrantConsent::new(
        patient().address(),
        HOSPITAL,
        &lab_terms(now),
        0,
        now + 3600,
    );
    let impostor = PrivateKeySigner::random();
    let signature = eip712::sign(
        &impostor,
        &grant,
        &eip712::domain(CHAIN, w.h.suite.consents, GENESIS_HASH),
    )
    .await
    .unwrap();
    let err = consent_error(submit_grant(&mut w.h, &grant, signature.to_vec()).unwrap_err());
    assert!(matches!(err, E::ConsentRegistry__InvalidSignature(_)));
    assert!(
        consent_of(&mut w.h, patient().address(), HOSPITAL).categories == 0,
        "nothing granted"
    );
}

#[tokio::test]
async fn signed_revoke_works_and_invalidates_an_unsubmitted_grant() {
    let mut w = world(CHAIN);
    let now = w.h.timestamp();
    let registry = w.h.suite.consents;
    let domain = eip712::domain(CHAIN, registry, GENESIS_HASH);
    let grant = GrantConsent::new(
        patient().address(),
        HOSPITAL,
        &lab_terms(now),
        0,
        now + 3600,
    );
    let held_back = eip712::sign(&patient(), &grant, &domain).await.unwrap();

    let revoke = RevokeConsent::new(patient().address(), HOSPITAL, 0, now + 3600);
    let signature = eip712::sign(&patient(), &revoke, &domain).await.unwrap();
    let call = ConsentRegistry::revokeBySigCall {
        patient: revoke.patient,
        orgId: HOSPITAL,
        nonce: revoke.nonce,
        deadline: revoke.deadline,
        signature,
    };
    w.h.send(Address::repeat_byte(0x99), registry, call)
        .expect("signed revoke accepted");

    // The clinic can no longer submit the grant the patient signed before revoking.
    let err = consent_error(submit_grant(&mut w.h, &grant, held_back.to_vec()).unwrap_err());
    assert!(matches!(err, E::ConsentRegistry__InvalidNonce(_)));
}
