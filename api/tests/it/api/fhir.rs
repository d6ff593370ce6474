//! FHIR R4: searches, reads, paging and errors checked against the store and by the external
//! validator, and AuditEvent reads kept from those the events don't concern.

use alloy::primitives::Address;
use consentry_store::Store;
use consentry_testkit::*;
use reqwest::StatusCode;
use serde_json::Value;

use super::{Cast, Served, newest_event, python};

/// FHIR searches and reads answer `application/fhir+json` with the entries the store holds,
/// paging by the `next` link reaches every AuditEvent once, errors are `OperationOutcome`s with
/// the right code, and the external validator takes every document.
pub(super) async fn fhir(s: &Served, cast: &Cast) {
    let fhir = |path: String, token: Option<String>| async move {
        let mut request = s.http.get(format!("{}/fhir/{path}", s.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let kind = response.headers()[reqwest::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_owned();
        let body: Value = response.json().await.unwrap();
        assert_eq!(kind, "application/fhir+json", "{path}");
        (status, body)
    };
    let mut documents = Vec::new();
    let p0 = format!("{:#x}", cast.patient(0));
    // Patient 0's trail as it is now, the revocation's event in it.
    let audit = s
        .all(
            &format!("/v1/patients/{p0}/audit"),
            Some(&cast.patient0),
            500,
        )
        .await;
    let mut searches = vec![
        ("metadata".to_owned(), None, None),
        ("Organization".to_owned(), None, Some(2)),
        ("Organization/1".to_owned(), None, None),
        (
            "Practitioner?organization=Organization/1".to_owned(),
            None,
            Some(1),
        ),
        (
            format!("Practitioner/{:#x}", s.chain.address(DOCTOR)),
            None,
            None,
        ),
        (
            format!("Consent?patient=Patient/{p0}"),
            Some(cast.patient0.clone()),
            Some(2),
        ),
        (
            format!("Consent?patient={p0}&organization=1"),
            Some(cast.doctor.clone()),
            Some(1),
        ),
        (format!("Consent/{p0}-1"), Some(cast.doctor.clone()), None),
        (
            "Consent?organization=Organization/1&date=ge2000-01-01&date=lt2999-01-01".to_owned(),
            Some(cast.doctor.clone()),
            Some(3),
        ),
        (
            "Consent?organization=1&date=lt2000-01-01".to_owned(),
            Some(cast.doctor.clone()),
            Some(0),
        ),
        (
            format!("DocumentReference?patient={p0}"),
            Some(cast.patient0.clone()),
            Some(2),
        ),
        (
            format!(
                "DocumentReference/{}",
                cast.records[0]["recordId"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("0x")
            ),
            Some(cast.patient0.clone()),
            None,
        ),
        (
            format!("AuditEvent?patient={p0}"),
            Some(cast.patient0.clone()),
            Some(audit.len().min(50)),
        ),
        (
            format!("AuditEvent/{}", audit[0]["id"].as_str().unwrap()),
            Some(cast.patient0.clone()),
            None,
        ),
        (
            "AuditEvent?agent=Organization/1&_count=5".to_owned(),
            Some(cast.doctor.clone()),
            Some(5),
        ),
    ];
    for (path, token, expected) in searches.drain(..) {
        let (status, body) = fhir(path.clone(), token).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        if let Some(expected) = expected {
            assert_eq!(body["type"], "searchset", "{path}");
            assert_eq!(
                body["entry"].as_array().map_or(0, Vec::len),
                expected,
                "{path}"
            );
        }
        documents.push(body);
    }
    // Paging by the next link reaches every entry once.
    let mut url = format!("{}/fhir/AuditEvent?patient={p0}&_count=4", s.base);
    let mut ids = Vec::new();
    loop {
        let page: Value = s
            .http
            .get(&url)
            .bearer_auth(&cast.patient0)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        // The last page may be empty (FHIR leaves an empty `entry` out).
        ids.extend(
            page["entry"]
                .as_array()
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|e| e["resource"]["id"].as_str().unwrap().to_owned()),
        );
        match page["link"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["relation"] == "next")
        {
            Some(next) => url = next["url"].as_str().unwrap().to_owned(),
            None => break,
        }
    }
    let expected: Vec<String> = audit
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, expected);
    for (path, token, status, code) in [
        (
            format!("Consent?patient={p0}&colour=blue"),
            Some(cast.patient0.clone()),
            StatusCode::BAD_REQUEST,
            "not-supported",
        ),
        (
            format!("Consent?patient={p0}&date=xx2020"),
            Some(cast.patient0.clone()),
            StatusCode::BAD_REQUEST,
            "invalid",
        ),
        (
            "Consent?patient=0x12".to_owned(),
            Some(cast.patient0.clone()),
            StatusCode::BAD_REQUEST,
            "invalid",
        ),
        (
            "Consent?organization=2".to_owned(),
            Some(cast.doctor.clone()),
            StatusCode::FORBIDDEN,
            "forbidden",
        ),
        (
            format!("Consent?patient={p0}"),
            None,
            StatusCode::UNAUTHORIZED,
            "login",
        ),
        (
            "Patient/0x12".to_owned(),
            None,
            StatusCode::NOT_FOUND,
            "not-found",
        ),
        (
            "Organization/99".to_owned(),
            None,
            StatusCode::NOT_FOUND,
            "not-found",
        ),
    ] {
        let (got, body) = fhir(path.clone(), token).await;
        assert_eq!(
            (got, body["resourceType"].as_str()),
            (status, Some("OperationOutcome")),
            "{path}: {body}"
        );
        assert_eq!(body["issue"][0]["code"], code, "{path}: {body}");
        documents.push(body);
    }
    validate_fhir(&documents);
}

/// Runs the external FHIR R4 validator (PyPI `fhir.resources`, R4 4.0.1) over `documents`.
pub(super) fn validate_fhir(documents: &[Value]) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let python = python();
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<std::path::PathBuf> = documents
        .iter()
        .enumerate()
        .map(|(i, document)| {
            let path = dir.path().join(format!("{i:02}.json"));
            std::fs::write(&path, serde_json::to_vec_pretty(document).unwrap()).unwrap();
            path
        })
        .collect();
    let output = std::process::Command::new(python)
        .arg(root.join("scripts/fhir_validate.py"))
        .args(&files)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the FHIR validator refused:\n{report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        report.lines().filter(|l| l.starts_with("ok ")).count(),
        files.len(),
        "{report}"
    );
}

/// The FHIR id (`<block>-<log>`) of the newest stored event `name` about `patient`.
async fn audit_event_id(store: &Store, patient: Address, name: &'static str) -> String {
    let (block, log) = newest_event(store, patient, name).await;
    format!("{block}-{log}")
}

/// GET `/fhir/<path>`: the status and the body.
async fn fhir_get(s: &Served, path: &str, token: Option<&str>) -> (StatusCode, Value) {
    let mut request = s.http.get(format!("{}/fhir/{path}", s.base));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.json().await.unwrap())
}

/// Issue 21, API 1: `GET /fhir/AuditEvent/{id}` answers only the patient, their delegates and
/// the practitioners of the organisation the event concerns; anyone else (another
/// organisation, no session) gets the 404 a missing id gets, so ids can't be counted through
/// to find whose events exist. Before the fix a delegate appointment (a patient's event with
/// no organisation) went to any practitioner, and other refusals were 403 or 401. And (API 7)
/// an id past the store's range is a 4xx, not a 500.
pub(super) async fn hides_events_from_those_they_do_not_concern(url: &str) {
    let s = Served::start(url).await;
    let patient = |i: usize| s.chain.address(PATIENTS[i]);
    let patient1 = s.sign_in(PATIENTS[1]).await;
    let delegate = s.sign_in(9).await;
    let doctor = s.sign_in(DOCTOR).await;
    let scientist = s.sign_in(LAB_SCIENTIST).await;

    let appointed = audit_event_id(&s.store, patient(1), "DelegateAppointed").await;
    let granted = audit_event_id(&s.store, patient(1), "AccessRequestApproved").await;
    for (id, token, status) in [
        (&appointed, Some(&patient1), StatusCode::OK),
        (&appointed, Some(&delegate), StatusCode::OK),
        (&appointed, Some(&doctor), StatusCode::NOT_FOUND),
        (&appointed, None, StatusCode::NOT_FOUND),
        // The hospital's approved request: its practitioners see it, the lab's don't.
        (&granted, Some(&doctor), StatusCode::OK),
        (&granted, Some(&scientist), StatusCode::NOT_FOUND),
        (&granted, None, StatusCode::NOT_FOUND),
    ] {
        let (got, body) =
            fhir_get(&s, &format!("AuditEvent/{id}"), token.map(String::as_str)).await;
        assert_eq!(got, status, "AuditEvent/{id} as {token:?}: {body}");
        if status == StatusCode::NOT_FOUND {
            let (_, missing) = fhir_get(&s, "AuditEvent/999999-0", token.map(String::as_str)).await;
            assert_eq!(
                (body["resourceType"].as_str(), &body["issue"][0]["code"]),
                (Some("OperationOutcome"), &missing["issue"][0]["code"]),
                "refused as a missing id is: {body}"
            );
        }
    }
    // The doctor's read of the hospital's event is logged; the refused one is not a read.
    let reads = s.store.reads(HOSPITAL, 100).await.unwrap();
    assert!(
        reads
            .iter()
            .any(|r| r.route == "/fhir/AuditEvent/{id}" && r.query == granted)
    );
    assert!(s.store.reads(LAB, 100).await.unwrap().is_empty());
    // An event about no patient (an accreditation) is public, as the registry is.
    let accredited = s
        .store
        .event_page(
            &consentry_store::EventFilter {
                org_id: Some(LAB),
                ..Default::default()
            },
            None,
            false,
            1,
        )
        .await
        .unwrap();
    let (status, body) = fhir_get(
        &s,
        &format!(
            "AuditEvent/{}-{}",
            accredited[0].block_number, accredited[0].log_index
        ),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Issue 21, API 7: ids past what the store holds are 4xx `OperationOutcome`s, without a
    // session too (before the fix, `1-9223372036854775807` was a 500).
    for (id, status, code) in [
        ("1-9223372036854775807", StatusCode::NOT_FOUND, "not-found"),
        (
            "9223372036854775807-9223372036854775807",
            StatusCode::NOT_FOUND,
            "not-found",
        ),
        ("1-9223372036854775808", StatusCode::BAD_REQUEST, "invalid"),
        (
            "18446744073709551615-18446744073709551615",
            StatusCode::BAD_REQUEST,
            "invalid",
        ),
    ] {
        let (got, body) = fhir_get(&s, &format!("AuditEvent/{id}"), None).await;
        assert_eq!(
            (
                got,
                body["resourceType"].as_str(),
                body["issue"][0]["code"].as_str()
            ),
            (status, Some("OperationOutcome"), Some(code)),
            "AuditEvent/{id}: {body}"
        );
    }
}
