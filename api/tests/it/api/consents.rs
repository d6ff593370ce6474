//! Consents, access requests and emergencies: who sees which, and an opt-out ending an
//! emergency.

use consentry_sdk::vocabulary::CategorySet;
use consentry_testkit::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{Cast, Served, error_code};

/// A patient's consents, with their history, go to the patient and their delegate; a
/// practitioner sees only their organisation's, anyone else nothing, and a request without a
/// session is refused. An organisation's consents (one per patient) go to its practitioners
/// only. Reads are logged for the organisation, refusals not.
pub(super) async fn consents(s: &Served, cast: &Cast) {
    let path = format!("/v1/patients/{:#x}/consents?history=true", cast.patient(0));
    let (status, body) = s.get(&path, None).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "sign_in_required")
    );
    let own = s.ok(&path, Some(&cast.patient0)).await;
    let own = own["items"].as_array().unwrap();
    assert_eq!(own.len(), 2);
    let hospital = own.iter().find(|c| c["orgId"] == HOSPITAL).unwrap();
    assert_eq!(hospital["categories"], json!(["laboratory"]));
    assert_eq!(hospital["actions"], json!(["read"]));
    assert_eq!(hospital["inForce"], true);
    let changes: Vec<&str> = hospital["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["change"].as_str().unwrap())
        .collect();
    assert_eq!(changes.len(), 3, "granted, narrowed, extended: {changes:?}");
    let seen_by_doctor = s.ok(&path, Some(&cast.doctor)).await;
    let seen_by_doctor = seen_by_doctor["items"].as_array().unwrap();
    assert_eq!(seen_by_doctor.len(), 1);
    assert_eq!(seen_by_doctor[0]["orgId"], HOSPITAL);
    let (status, body) = s.get(&path, Some(&cast.patient1)).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::FORBIDDEN, "forbidden")
    );
    // The cast.delegate of patient 1 speaks for patient 1.
    let p1_consents = s
        .ok(
            &format!("/v1/patients/{:#x}/consents", cast.patient(1)),
            Some(&cast.delegate),
        )
        .await;
    assert_eq!(p1_consents["items"].as_array().unwrap().len(), 2);
    let revoked = p1_consents["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["orgId"] == LAB)
        .unwrap();
    assert_eq!(
        (revoked["granted"].clone(), revoked["inForce"].clone()),
        (json!(false), json!(false))
    );

    let by_org = s
        .all("/v1/organizations/1/consents", Some(&cast.doctor), 2)
        .await;
    assert_eq!(by_org.len(), 3, "one consent per patient");
    let approved = by_org
        .iter()
        .find(|c| c["patient"] == json!(cast.patient(1)))
        .unwrap();
    assert_eq!(
        approved["categories"],
        json!(["imaging"]),
        "the approved request replaced the grant"
    );
    let (status, _) = s
        .get("/v1/organizations/2/consents", Some(&cast.doctor))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let reads = s.store.reads(HOSPITAL, 100).await.unwrap();
    assert!(reads.iter().any(|r| r.reader == s.chain.address(DOCTOR)
        && r.patient == Some(cast.patient(0))
        && r.route == "/v1/patients/{patient}/consents"));
    assert!(
        reads
            .iter()
            .any(|r| r.route == "/v1/organizations/{org}/consents" && r.patient.is_none())
    );
    assert!(
        s.store.reads(LAB, 100).await.unwrap().is_empty(),
        "refused reads are not reads"
    );
}

/// An organisation's access requests by status and its emergencies go to its practitioners; a
/// patient sees their own emergencies as the organisation does.
pub(super) async fn requests_and_emergencies(s: &Served, cast: &Cast) {
    let approved = s
        .ok(
            "/v1/organizations/1/requests?status=approved",
            Some(&cast.doctor),
        )
        .await;
    assert_eq!(approved["items"].as_array().unwrap().len(), 1);
    let denied = s
        .ok(
            "/v1/organizations/1/requests?status=denied",
            Some(&cast.doctor),
        )
        .await;
    assert_eq!(denied["items"][0]["categories"], json!(["mental_health"]));
    let emergencies = s
        .ok("/v1/organizations/1/emergencies", Some(&cast.doctor))
        .await;
    assert_eq!(emergencies["items"].as_array().unwrap().len(), 1);
    assert_eq!(emergencies["items"][0]["open"], true);
    assert_eq!(emergencies["items"][0]["patient"], json!(cast.patient(2)));
    let own_emergencies = s
        .ok(
            &format!("/v1/patients/{:#x}/emergencies", cast.patient(2)),
            Some(&cast.patient2),
        )
        .await;
    assert_eq!(own_emergencies["items"], emergencies["items"]);
}

/// An opt-out ends the open emergency at once: the list says it is no longer open, though no
/// one closed it.
pub(super) async fn opt_out(s: &Served, cast: &Cast) {
    s.chain
        .client(PATIENTS[2])
        .set_emergency_policy(true, CategorySet::EMPTY)
        .await
        .unwrap();
    s.synced().await;
    let emergencies = s
        .ok("/v1/organizations/1/emergencies", Some(&cast.doctor))
        .await;
    assert_eq!(emergencies["items"][0]["patient"], json!(cast.patient(2)));
    assert_eq!(emergencies["items"][0]["closedAt"], Value::Null);
    assert_eq!(emergencies["items"][0]["open"], false, "{emergencies}");
}
