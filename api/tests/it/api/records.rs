//! Records and the trails: a patient's records and audit trail, and an organisation's activity
//! by day and audit trail.

use consentry_testkit::*;
use reqwest::StatusCode;

use super::{Cast, Served, error_code, utc_day};

/// A patient's records carry their version chains: the retracted correction restored its
/// predecessor and still names what it superseded. An organisation's records go to its
/// practitioners, page by page.
pub(super) async fn records(s: &Served, cast: &Cast) {
    let records = &cast.records;
    assert_eq!(records.len(), 2);
    let statuses: Vec<&str> = records
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert!(
        statuses.contains(&"current") && statuses.contains(&"entered-in-error"),
        "the retracted correction restored its predecessor: {statuses:?}"
    );
    for record in records {
        // The retracted correction still names what it superseded; the restored original no
        // longer points forward to it.
        let expected = if record["status"] == "current" { 1 } else { 2 };
        assert_eq!(
            record["chain"].as_array().unwrap().len(),
            expected,
            "{record}"
        );
    }
    let lab_records = s
        .all("/v1/organizations/2/records", Some(&cast.scientist), 2)
        .await;
    assert_eq!(lab_records.len(), 4);
}

/// A patient's audit trail is every stored event about them, newest first, paged without loss;
/// a practitioner sees only their organisation's part of it.
pub(super) async fn audit_trail(s: &Served, cast: &Cast) {
    let audit = s
        .all(
            &format!("/v1/patients/{:#x}/audit", cast.patient(0)),
            Some(&cast.patient0),
            3,
        )
        .await;
    let stored = s
        .store
        .event_page(
            &consentry_store::EventFilter {
                patient: Some(cast.patient(0)),
                ..Default::default()
            },
            None,
            true,
            1000,
        )
        .await
        .unwrap();
    assert_eq!(audit.len(), stored.len());
    let events: Vec<&str> = audit.iter().map(|e| e["event"].as_str().unwrap()).collect();
    for name in [
        "ConsentGranted",
        "ConsentNarrowed",
        "ConsentExtended",
        "RecordAdded",
        "RecordRetracted",
        "RecordAccessed",
    ] {
        assert!(events.contains(&name), "{name} missing from {events:?}");
    }
    let blocks: Vec<u64> = audit.iter().map(|e| e["block"].as_u64().unwrap()).collect();
    assert!(blocks.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let doctors_view = s
        .all(
            &format!("/v1/patients/{:#x}/audit", cast.patient(0)),
            Some(&cast.doctor),
            50,
        )
        .await;
    assert!(doctors_view.iter().all(|e| e["orgId"] == HOSPITAL));
    assert!(!doctors_view.is_empty() && doctors_view.len() < audit.len());
}

/// An organisation's activity is its stored events counted by UTC day, every day of the range,
/// for its practitioners only, with bad ranges refused and each answer a logged read; its audit
/// trail is its stored events, newest first, paged without loss, filtered by kind.
pub(super) async fn activity(s: &Served, cast: &Cast) {
    let counted = s
        .store
        .event_page(
            &consentry_store::EventFilter {
                org_id: Some(HOSPITAL),
                names: &[
                    "ConsentGranted",
                    "ConsentRevoked",
                    "RecordAdded",
                    "RecordAccessed",
                ],
                ..Default::default()
            },
            None,
            true,
            1000,
        )
        .await
        .unwrap();
    let mut expected = std::collections::BTreeMap::<String, [u64; 4]>::new();
    for event in &counted {
        let metric = match event.name.as_str() {
            "ConsentGranted" => 0,
            "ConsentRevoked" => 1,
            "RecordAdded" => 2,
            _ => 3,
        };
        expected.entry(utc_day(event.timestamp)).or_default()[metric] += 1;
    }
    let activity = s
        .ok(
            "/v1/organizations/1/activity?since=2000-01-01&until=2000-12-31",
            Some(&cast.doctor),
        )
        .await;
    assert_eq!(
        activity["days"].as_array().unwrap().len(),
        365,
        "every day, zeros too"
    );
    let head_time = now(&s.chain).await;
    let activity = s
        .ok(
            &format!("/v1/organizations/1/activity?until={}", head_time + 1),
            Some(&cast.doctor),
        )
        .await;
    let days = activity["days"].as_array().unwrap();
    let since = activity["since"].as_u64().unwrap();
    assert_eq!(
        since,
        head_time + 1 - 30 * 86_400,
        "30 days back by default"
    );
    assert_eq!(
        days.len() as u64,
        (head_time + 1 - (since - since % 86_400)).div_ceil(86_400),
        "every UTC day the range touches: {activity}"
    );
    let seen: std::collections::BTreeMap<String, [u64; 4]> = days
        .iter()
        .filter(|d| {
            d["grants"] != 0 || d["revocations"] != 0 || d["records"] != 0 || d["reads"] != 0
        })
        .map(|d| {
            let count = |m: &str| d[m].as_u64().unwrap();
            (
                d["day"].as_str().unwrap().to_owned(),
                [
                    count("grants"),
                    count("revocations"),
                    count("records"),
                    count("reads"),
                ],
            )
        })
        .collect();
    assert_eq!(
        seen, expected,
        "the hospital's activity is its stored events, by day"
    );
    assert!(
        expected.values().any(|c| c[0] > 0 && c[3] > 0),
        "{expected:?}"
    );
    let (status, body) = s
        .get("/v1/organizations/1/activity", Some(&cast.scientist))
        .await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::FORBIDDEN, "forbidden")
    );
    let (status, _) = s.get("/v1/organizations/1/activity", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for (query, field, code) in [
        (
            "since=2026-02-01&until=2026-01-01",
            "until",
            "inverted_range",
        ),
        ("since=0&until=99999999", "since", "range_too_wide"),
        ("metric=grants", "metric", "unknown_parameter"),
    ] {
        let (status, body) = s
            .get(
                &format!("/v1/organizations/1/activity?{query}"),
                Some(&cast.doctor),
            )
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str(), error_code(&body)),
            (StatusCode::BAD_REQUEST, Some(field), code),
            "{query}: {body}"
        );
    }
    assert!(
        s.store
            .reads(HOSPITAL, 500)
            .await
            .unwrap()
            .iter()
            .any(|r| r.route == "/v1/organizations/{org}/activity"),
        "an organisation's activity is a logged read"
    );
    let trail = s
        .all("/v1/organizations/1/audit", Some(&cast.doctor), 4)
        .await;
    let stored = s
        .store
        .event_page(
            &consentry_store::EventFilter {
                org_id: Some(HOSPITAL),
                ..Default::default()
            },
            None,
            true,
            1000,
        )
        .await
        .unwrap();
    let ids: Vec<&str> = trail.iter().map(|e| e["id"].as_str().unwrap()).collect();
    let stored_ids: Vec<String> = stored
        .iter()
        .filter(|e| {
            [
                "ConsentGranted",
                "ConsentNarrowed",
                "ConsentExtended",
                "ConsentRevoked",
                "AccessRequested",
                "AccessRequestApproved",
                "AccessRequestDenied",
                "AccessRequestCancelled",
                "EmergencyAccessOpened",
                "EmergencyAccessClosed",
                "RecordAdded",
                "RecordRetracted",
                "RecordAccessed",
            ]
            .contains(&e.name.as_str())
        })
        .map(|e| format!("{}-{}", e.block_number, e.log_index))
        .collect();
    assert_eq!(
        ids, stored_ids,
        "the hospital's trail, newest first, paged without loss"
    );
    let reads = s
        .all(
            "/v1/organizations/1/audit?kind=records",
            Some(&cast.doctor),
            50,
        )
        .await;
    assert!(!reads.is_empty());
    assert!(
        reads
            .iter()
            .all(|e| e["event"].as_str().unwrap().starts_with("Record"))
    );
    let (status, _) = s.get("/v1/organizations/2/audit", Some(&cast.doctor)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = s
        .get("/v1/organizations/1/audit?kind=gossip", Some(&cast.doctor))
        .await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::BAD_REQUEST, "unknown_name")
    );
}
