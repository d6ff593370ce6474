//! The `/v1` handlers through the router, over an empty SQLite store (no chain): what each
//! route answers with nothing indexed, who must sign in, and how a bad query is refused.

use std::time::Duration;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use consentry_store::Store;
use serde_json::Value;
use tower::ServiceExt;

use crate::{Api, ApiConfig, Head};

const PATIENT: &str = "0x00000000000000000000000000000000000000aa";

async fn api() -> (Api, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("consentry.sqlite").display());
    let store = Store::connect(&url).await.expect("store");
    let config = ApiConfig {
        public_url: "http://127.0.0.1:8080".into(),
        chain_id: 31337,
        session_ttl: Duration::from_secs(60),
        session_secret: None,
        max_lag: 10,
        demo_wallets: Vec::new(),
    };
    let api = Api::new(store, config, None, Head::Unknown).expect("config");
    (api, dir)
}

/// `GET path` through the router: the status and the JSON body.
async fn get(api: &Api, path: &str) -> (StatusCode, Value) {
    let request = Request::get(path).body(Body::empty()).expect("request");
    let response = api.router().oneshot(request).await.expect("answer");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("body");
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_default()
}

fn field(body: &Value) -> &str {
    body["error"]["field"].as_str().unwrap_or_default()
}

/// Public routes answer an empty store with empty pages and a 404 for what is not there.
#[tokio::test]
async fn public_routes_answer_an_empty_store() {
    let (api, _dir) = api().await;
    let (status, body) = get(&api, "/v1/organizations").await;
    assert_eq!(
        (status, body["items"].clone()),
        (StatusCode::OK, Value::Array(vec![]))
    );
    assert!(body["next"].is_null(), "{body}");
    let (status, body) = get(&api, "/v1/organizations/1/practitioners").await;
    assert_eq!(
        (status, body["items"].clone()),
        (StatusCode::OK, Value::Array(vec![]))
    );
    let (status, body) = get(&api, "/v1/organizations/1").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
}

/// Patient-level and organisation-level data need a session: 401 without one, before any
/// query parameter is looked at.
#[tokio::test]
async fn patient_and_organisation_data_need_a_session() {
    let (api, _dir) = api().await;
    for path in [
        format!("/v1/patients/{PATIENT}/consents"),
        format!("/v1/patients/{PATIENT}/records"),
        format!("/v1/patients/{PATIENT}/audit"),
        format!("/v1/patients/{PATIENT}/emergencies"),
        "/v1/organizations/1/consents".to_owned(),
        "/v1/organizations/1/records".to_owned(),
        "/v1/organizations/1/requests".to_owned(),
        "/v1/organizations/1/emergencies".to_owned(),
        "/v1/organizations/1/audit".to_owned(),
        "/v1/auth/session".to_owned(),
    ] {
        let (status, body) = get(&api, &format!("{path}?limit=0")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}: {body}");
        assert_eq!(
            (code(&body), field(&body)),
            ("sign_in_required", "authorization"),
            "{path}: {body}"
        );
    }
}

/// A public route refuses a bad query with 400, naming the parameter and what is wrong.
#[tokio::test]
async fn a_bad_query_is_refused_naming_the_parameter() {
    let (api, _dir) = api().await;
    for (path, name, wanted) in [
        ("/v1/organizations?bogus=1", "bogus", "unknown_parameter"),
        (
            "/v1/organizations?limit=1&limit=2",
            "limit",
            "repeated_parameter",
        ),
        ("/v1/organizations?limit=0", "limit", "invalid_limit"),
        ("/v1/organizations?limit=many", "limit", "invalid_limit"),
        (
            "/v1/organizations/1/practitioners?limit=501",
            "limit",
            "invalid_limit",
        ),
        ("/v1/stats?metric=births", "metric", "unknown_name"),
        ("/v1/stats?since=yesterday", "since", "invalid_time"),
        ("/v1/stats?org=-1", "org", "invalid_organization"),
    ] {
        let (status, body) = get(&api, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
        assert_eq!(
            (code(&body), field(&body)),
            (wanted, name),
            "{path}: {body}"
        );
    }
    let (_, body) = get(&api, "/v1/organizations?bogus=1").await;
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("cursor, limit"),
        "the parameters it takes: {message}"
    );
}

/// A path that is not an organisation id is refused by name.
#[tokio::test]
async fn a_bad_path_is_refused_naming_it() {
    let (api, _dir) = api().await;
    let (status, body) = get(&api, "/v1/organizations/first").await;
    assert_eq!(
        (status, field(&body)),
        (StatusCode::BAD_REQUEST, "org"),
        "{body}"
    );
}

/// A sign-in nonce is issued to anyone, each one new.
#[tokio::test]
async fn anyone_gets_a_fresh_sign_in_nonce() {
    let (api, _dir) = api().await;
    let (status, first) = get(&api, "/v1/auth/nonce").await;
    assert_eq!(status, StatusCode::OK, "{first}");
    let (_, second) = get(&api, "/v1/auth/nonce").await;
    let nonce = |body: &Value| body["nonce"].as_str().unwrap_or_default().to_owned();
    assert!(nonce(&first).len() >= 8, "{first}");
    assert_ne!(nonce(&first), nonce(&second));
}
