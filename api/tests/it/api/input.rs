//! Input: bad input refused naming its field, and requests Schemathesis generates from the
//! OpenAPI document.

use consentry_testkit::*;
use reqwest::StatusCode;

use super::{Cast, Served, error_code, python};

/// Bad input is a 400 naming the field and what is wrong with it, for every kind of parameter
/// (addresses, names, organisations, ranges, limits, cursors, times, unknown and conflicting
/// parameters); a path off the routes is a 404.
pub(super) async fn bad_input(s: &Served, cast: &Cast) {
    let p = format!("{:#x}", cast.patient(0));
    for (path, field, code) in [
        (
            "/v1/patients/0x123/consents".to_owned(),
            "patient",
            "invalid_address",
        ),
        (
            format!("/v1/access?patient={p}&org=1&category=astrology&purpose=TREAT"),
            "category",
            "unknown_name",
        ),
        (
            format!("/v1/access?patient={p}&org=1&category=laboratory&purpose=FUN"),
            "purpose",
            "unknown_name",
        ),
        (
            format!("/v1/access?patient={p}&org=1&category=laboratory&purpose=TREAT&at=1&block=1"),
            "block",
            "conflicting_parameters",
        ),
        (
            format!("/v1/access?patient={p}&org=x1&category=laboratory&purpose=TREAT"),
            "org",
            "invalid_organization",
        ),
        (
            format!("/v1/patients/{p}/audit?since=2026-02-01&until=2026-01-01"),
            "until",
            "inverted_range",
        ),
        (
            format!("/v1/patients/{p}/audit?limit=501"),
            "limit",
            "invalid_limit",
        ),
        (
            format!("/v1/patients/{p}/audit?cursor=zz"),
            "cursor",
            "invalid_cursor",
        ),
        (
            format!("/v1/patients/{p}/audit?colour=blue"),
            "colour",
            "unknown_parameter",
        ),
        (
            "/v1/stats?metric=likes".to_owned(),
            "metric",
            "unknown_name",
        ),
        (
            "/v1/stats?since=0&until=99999999".to_owned(),
            "since",
            "range_too_wide",
        ),
        (
            "/v1/stats?until=18446744073709551615".to_owned(),
            "until",
            "invalid_time",
        ),
        (
            // Schemathesis found this one: a day past year 9999 can't be written.
            "/v1/stats?since=1010000000000&until=1010000000001".to_owned(),
            "since",
            "invalid_time",
        ),
    ] {
        let (status, body) = s.get(&path, Some(&cast.patient0)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
        assert_eq!(
            (body["error"]["field"].as_str(), error_code(&body)),
            (Some(field), code),
            "{path}: {body}"
        );
    }
    let (status, body) = s.get("/v1/nothing/here", None).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::NOT_FOUND, "not_found")
    );
}

/// Schemathesis (PyPI) generates requests from `/openapi.json`, valid and invalid, signed in
/// as a practitioner, and checks every answer against the document: no 5xx, documented status
/// codes, content types and bodies matching their schemas, valid input accepted and invalid
/// input refused. Rules the document can state only in words (one query parameter against
/// another, or against what the store holds) are kept by its hooks in
/// `schemathesis_hooks.py`.
#[tokio::test(flavor = "multi_thread")]
async fn answers_as_its_openapi_document_says() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("consentry.sqlite").display());
    let s = Served::start(&url).await;
    let doctor = s.sign_in(DOCTOR).await;
    let st = std::path::Path::new(&python()).with_file_name("st");
    let base = s.base.clone();
    let last_block = s.chain.head().await;
    let report = tokio::task::spawn_blocking(move || {
        std::process::Command::new(st)
            .env(
                "SCHEMATHESIS_HOOKS",
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/it/schemathesis_hooks.py"
                ),
            )
            .env("CONSENTRY_LAST_BLOCK", last_block.to_string())
            .args(["run", &format!("{base}/openapi.json"), "--checks", "all"])
            .args(["--exclude-path", "/v1/stream"])
            .args(["--max-examples", "100", "--seed", "1", "--no-color"])
            .args(["--header", &format!("Authorization: Bearer {doctor}")])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&report.stdout);
    println!("{stdout}");
    assert!(
        report.status.success(),
        "schemathesis found problems:\n{stdout}{}",
        String::from_utf8_lossy(&report.stderr)
    );
}
