//! Access checks: the contract's answers, now and at past blocks, a revocation reaching the
//! cached check, and a suspended organisation's practitioners.

use std::time::Duration;

use alloy::primitives::B256;
use consentry_sdk::vocabulary::{Action, Category, Purpose};
use consentry_testkit::*;
use reqwest::StatusCode;
use serde_json::json;

use super::{Cast, Served, error_code, newest_event};

/// `/v1/access` answers as the contract's `checkAccess` does, for every patient, organisation,
/// category and action now, and as of the blocks either side of a revocation; a practitioner
/// may not ask about another organisation's access.
pub(super) async fn access_checks(s: &Served, cast: &Cast) {
    let client = s.chain.client(AUTHORITY);
    for i in 0..3 {
        for org in [HOSPITAL, LAB] {
            for category in [
                Category::Laboratory,
                Category::Imaging,
                Category::MentalHealth,
            ] {
                for action in [Action::Read, Action::Write] {
                    let on_chain = client
                        .check_access(cast.patient(i), org, category, Purpose::Treat, action)
                        .await
                        .unwrap();
                    let token = if org == HOSPITAL {
                        &cast.doctor
                    } else {
                        &cast.scientist
                    };
                    let answer = s.ok(&format!("/v1/access?patient={:#x}&org={org}&category={category}&purpose=TREAT&action={action}", cast.patient(i)), Some(token)).await;
                    assert_eq!(
                        answer["basis"],
                        json!(on_chain.name()),
                        "{i} {org} {category} {action}"
                    );
                    assert_eq!(answer["allowed"], on_chain.allows());
                }
            }
        }
    }
    // As of the block before patient 1's revocation of the lab, and after it.
    let (revocation, _) = newest_event(&s.store, cast.patient(1), "ConsentRevoked").await;
    let before = s
        .ok(
            &format!(
                "/v1/access?patient={:#x}&org=2&category=laboratory&purpose=TREAT&block={}",
                cast.patient(1),
                revocation - 1
            ),
            Some(&cast.patient1),
        )
        .await;
    let after = s.ok(&format!("/v1/access?patient={:#x}&org=2&category=laboratory&purpose=TREAT&block={revocation}", cast.patient(1)), Some(&cast.patient1)).await;
    let at_chain = |block: u64| {
        let consents = client.consents();
        async move {
            let answer = consents
                .checkAccess(
                    cast.patient(1),
                    LAB,
                    Category::Laboratory.code(),
                    Purpose::Treat.code(),
                    Action::Read.code(),
                )
                .block(block.into())
                .call()
                .await
                .unwrap();
            consentry_sdk::vocabulary::Basis::from_code(answer.basis)
                .unwrap()
                .name()
        }
    };
    assert_eq!(before["basis"], at_chain(revocation - 1).await);
    assert_eq!(after["basis"], at_chain(revocation).await);
    assert_eq!(
        (before["basis"].as_str(), after["basis"].as_str()),
        (Some("consent"), Some("none"))
    );
    // A cast.doctor of the hospital may not ask about the lab's access.
    let (status, _) = s
        .get(
            &format!(
                "/v1/access?patient={:#x}&org=2&category=laboratory&purpose=TREAT",
                cast.patient(1)
            ),
            Some(&cast.doctor),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// A revocation reaches the (cached) access check within moments of the indexer storing it.
pub(super) async fn revocation(s: &Served, cast: &Cast) {
    let client = s.chain.client(AUTHORITY);
    let question = format!(
        "/v1/access?patient={:#x}&org=1&category=laboratory&purpose=TREAT",
        cast.patient(0)
    );
    assert_eq!(
        s.ok(&question, Some(&cast.doctor)).await["basis"],
        "consent"
    );
    s.chain
        .client(PATIENTS[0])
        .revoke(cast.patient(0), HOSPITAL)
        .await
        .unwrap();
    s.synced().await;
    let on_chain = client
        .check_access(
            cast.patient(0),
            HOSPITAL,
            Category::Laboratory,
            Purpose::Treat,
            Action::Read,
        )
        .await
        .unwrap();
    assert_eq!(on_chain.name(), "none");
    let deadline = std::time::Instant::now() + Duration::from_secs(3);
    loop {
        let answer = s.ok(&question, Some(&cast.patient0)).await;
        if answer["basis"] == "none" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still {answer} after the revocation"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A suspended organisation's practitioner loses access once the roster is read again.
pub(super) async fn suspension(s: &Served, cast: &Cast) {
    s.chain
        .client(AUTHORITY)
        .suspend(LAB, B256::repeat_byte(7))
        .await
        .unwrap();
    s.synced().await;
    // Rosters are remembered for a second.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, body) = s
        .get("/v1/organizations/2/records", Some(&cast.scientist))
        .await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::FORBIDDEN, "forbidden"),
        "{body}"
    );
}
