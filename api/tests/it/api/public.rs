//! What the API tells anyone, signed in or not: the directory, health, the OpenAPI document,
//! statistics and request metrics.

use consentry_testkit::*;
use serde_json::{Value, json};

use super::{Served, utc_day};

/// Organisations and their practitioners are public, as the registry is, and agree with the
/// chain; `/healthz` says the mirror is at the chain's head; the OpenAPI document is 3.1 and
/// describes the routes.
pub(super) async fn directory(s: &Served) {
    let orgs = s.all("/v1/organizations", None, 1).await;
    let names: Vec<&str> = orgs.iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["St Mary's", "City Lab"]);
    let on_chain = s
        .chain
        .client(AUTHORITY)
        .organizations()
        .organization(HOSPITAL)
        .call()
        .await
        .unwrap();
    assert_eq!(orgs[0]["admin"], json!(on_chain.admin));
    let org = s.ok("/v1/organizations/2", None).await;
    assert_eq!(org["kind"], "laboratory");
    let staff = s.ok("/v1/organizations/1/practitioners", None).await;
    assert_eq!(staff["items"][0]["account"], json!(s.chain.address(DOCTOR)));
    let health = s.ok("/healthz", None).await;
    assert_eq!(health["status"], "ok");
    assert_eq!(health["lagBlocks"], 0);
    assert_eq!(health["checkpoint"], json!(s.chain.head().await));
    let document = s.ok("/openapi.json", None).await;
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/v1/access",
        "/v1/patients/{patient}/consents",
        "/v1/stats",
        "/healthz",
    ] {
        assert!(
            document["paths"][path].is_object(),
            "{path} is not in the document"
        );
    }
}

/// `/v1/stats` answers whole UTC days, and only those the store has seen end: today is not in
/// it. (The rest is in `whole_finished_days_are_released_and_a_consent_counts_once`.)
pub(super) async fn statistics(s: &Served) {
    let stats = s.ok("/v1/stats?metric=grants", None).await;
    let (since, until) = (
        stats["since"].as_u64().unwrap(),
        stats["until"].as_u64().unwrap(),
    );
    assert_eq!((since % 86_400, until % 86_400), (0, 0), "{stats}");
    let today = utc_day(now(&s.chain).await);
    assert!(
        stats["cells"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["day"] != today),
        "today is not over: {stats}"
    );
}

/// `/metrics` counts the requests by route (the route, not the path) and times them.
pub(super) async fn request_metrics(s: &Served) {
    let metrics = s
        .http
        .get(format!("{}/metrics", s.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("consentry_api_requests_total{route=\"/v1/patients/{patient}/consents\""),
        "{metrics}"
    );
    assert!(metrics.contains("consentry_api_request_duration_seconds_bucket"));
}

/// Issue 21, API 4: `/v1/stats` releases whole UTC days the store has seen end, whatever
/// window is asked for, so windows cut inside a day can't be differenced (before the fix a
/// window's cells counted only its own seconds); and a grant counts once, not once per
/// category (before, a three-category consent made three grants).
pub(super) async fn whole_finished_days_are_released_and_a_consent_counts_once(url: &str) {
    use alloy::providers::ext::AnvilApi;
    let s = Served::start(url).await;
    let p0 = s.chain.address(PATIENTS[0]);
    let start = now(&s.chain).await;
    for _ in 0..11 {
        s.chain
            .client(PATIENTS[0])
            .grant(
                p0,
                LAB,
                &terms(
                    "laboratory,imaging,conditions",
                    "TREAT",
                    "read",
                    start,
                    start + 86_400,
                ),
            )
            .await
            .unwrap();
    }
    s.synced().await;
    let day_start = start - start % 86_400;
    let today = s
        .ok(
            &format!("/v1/stats?since={day_start}&until={}", start + 60),
            None,
        )
        .await;
    assert_eq!(today["cells"], json!([]), "the day is not over: {today}");

    // The next day: the store has seen the workload's day end.
    s.chain.provider.anvil_increase_time(86_400).await.unwrap();
    s.chain.provider.anvil_mine(Some(1), None).await.unwrap();
    s.synced().await;
    let lab_grants = s
        .store
        .event_page(
            &consentry_store::EventFilter {
                org_id: Some(LAB),
                names: &["ConsentGranted"],
                since: Some(day_start),
                until: Some(day_start + 86_400),
                ..Default::default()
            },
            None,
            true,
            500,
        )
        .await
        .unwrap()
        .len();
    assert!(lab_grants >= 14, "the workload's 3 and these 11");
    let whole = s
        .ok(
            &format!("/v1/stats?since={day_start}&until={}", day_start + 86_400),
            None,
        )
        .await;
    assert_eq!(
        (whole["since"].as_u64(), whole["until"].as_u64()),
        (Some(day_start), Some(day_start + 86_400))
    );
    let cells = whole["cells"].as_array().unwrap();
    let grants: Vec<&Value> = cells
        .iter()
        .filter(|c| c["metric"] == "grants" && c["orgId"] == LAB)
        .collect();
    assert_eq!(
        grants,
        [
            &json!({ "day": utc_day(start), "metric": "grants", "orgId": LAB, "category": null,
                  "count": lab_grants, "suppressed": false })
        ],
        "one cell, each consent once: {whole}"
    );
    assert!(
        cells
            .iter()
            .any(|c| c["suppressed"] == true && c["count"].is_null())
    );
    // Windows cut inside the day (a second apart) answer the whole day, the same cells.
    for (since, until) in [
        (start - 1, start),
        (start, start + 1),
        (day_start + 1, day_start + 86_399),
    ] {
        let window = s
            .ok(&format!("/v1/stats?since={since}&until={until}"), None)
            .await;
        assert_eq!(window, whole, "since={since}&until={until}");
    }
    // The day under way (the chain's, now) is not released.
    let latest = s.ok("/v1/stats", None).await;
    assert_eq!(
        latest["until"].as_u64(),
        Some(day_start + 86_400),
        "{latest}"
    );
}
