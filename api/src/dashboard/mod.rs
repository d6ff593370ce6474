//! The hospital dashboard: server-rendered page shells, a script per page (native ES modules
//! importing a few shared ones, served as written) and one style sheet (all built into the
//! binary from `api/assets/dashboard/`), reading the `/v1` JSON routes of the same origin
//! with the session cookie, and following `/v1/stream` for live updates.
//!
//! Pages: `/` (a landing page), `/stats` (public aggregate statistics), `/sign-in`, and for a
//! signed-in practitioner `/orgs/{org}` (overview and charts) with its `consents`, `requests`,
//! `emergencies`, `records` and `patients/{address}` (one patient's audit trail). The shells
//! hold no data: every number comes from the API, under the API's rules of who may see what.
//!
//! On a local development chain the server may be given demo practitioners' keys
//! ([`super::ApiConfig::demo_wallets`]): `GET /dashboard/demo/accounts` lists them and `POST
//! /dashboard/demo/sign` signs a sign-in message for this server as the wallet of one of them
//! would, so a demo can sign in without a browser wallet. They are not part of the API's
//! document and answer 404 when no demo wallets are configured.

mod assets;
mod demo;

use axum::{
    Router,
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};

use self::assets::{CONTENT_SECURITY_POLICY, REVALIDATE};
use super::{Api, params};

const LANDING: &str = include_str!("../../assets/dashboard/index.html");
const STATS: &str = include_str!("../../assets/dashboard/stats.html");
const SIGN_IN: &str = include_str!("../../assets/dashboard/sign-in.html");
const ORGANIZATION: &str = include_str!("../../assets/dashboard/org.html");
const NOT_FOUND: &str = include_str!("../../assets/dashboard/not-found.html");

/// Pages of an organisation besides its overview.
const ORG_PAGES: &[&str] = &["consents", "requests", "emergencies", "records"];

pub(super) fn routes() -> Router<Api> {
    Router::new()
        .route("/", get(|| async { page(StatusCode::OK, LANDING) }))
        .route("/stats", get(|| async { page(StatusCode::OK, STATS) }))
        .route("/sign-in", get(|| async { page(StatusCode::OK, SIGN_IN) }))
        .route("/orgs/{org}", get(overview))
        .route("/orgs/{org}/{page}", get(org_page))
        .route("/orgs/{org}/patients/{patient}", get(patient_page))
        .route("/assets/vocabulary.json", get(assets::vocabulary))
        .route("/assets/{*path}", get(assets::asset))
        .route("/dashboard/demo/accounts", get(demo::accounts))
        .route("/dashboard/demo/sign", post(demo::sign))
}

/// An HTML page with the dashboard's security headers.
fn page(status: StatusCode, html: &'static str) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, REVALIDATE),
            (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::X_FRAME_OPTIONS, "DENY"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        html,
    )
        .into_response()
}

fn not_found() -> Response {
    page(StatusCode::NOT_FOUND, NOT_FOUND)
}

async fn overview(Path(org): Path<String>) -> Response {
    match params::org("org", &org) {
        Ok(_) => page(StatusCode::OK, ORGANIZATION),
        Err(_) => not_found(),
    }
}

async fn org_page(Path((org, name)): Path<(String, String)>) -> Response {
    if params::org("org", &org).is_ok() && ORG_PAGES.contains(&name.as_str()) {
        page(StatusCode::OK, ORGANIZATION)
    } else {
        not_found()
    }
}

async fn patient_page(Path((org, patient)): Path<(String, String)>) -> Response {
    if params::org("org", &org).is_ok() && params::address("patient", &patient).is_ok() {
        page(StatusCode::OK, ORGANIZATION)
    } else {
        not_found()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use alloy::signers::local::PrivateKeySigner;
    use serde_json::Value;

    use super::{assets::ONE_DAY, *};
    use crate::{ApiConfig, Head};
    use consentry_store::Store;

    /// An API over an empty store, served on a free port; its base URL.
    pub(super) async fn serve(demo_wallets: Vec<PrivateKeySigner>) -> (String, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::connect(&format!(
            "sqlite://{}",
            dir.path().join("consentry.sqlite").display()
        ))
        .await
        .expect("store");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let config = ApiConfig {
            public_url: base.clone(),
            chain_id: 31337,
            session_ttl: Duration::from_secs(60),
            session_secret: None,
            max_lag: 10,
            demo_wallets,
        };
        let api = Api::new(store, config, None, Head::Unknown).expect("config");
        tokio::spawn(api.serve(listener, std::future::pending()));
        (base, dir)
    }

    #[tokio::test]
    async fn serves_pages_and_assets() {
        let (base, _dir) = serve(Vec::new()).await;
        let http = reqwest::Client::new();
        for (path, status) in [
            ("/", 200),
            ("/stats", 200),
            ("/sign-in", 200),
            ("/orgs/1", 200),
            ("/orgs/4294967295/consents", 200),
            ("/orgs/1/records", 200),
            (
                "/orgs/1/patients/0x00000000000000000000000000000000000000aa",
                200,
            ),
            ("/orgs/x", 404),
            ("/orgs/4294967296", 404),
            ("/orgs/1/payroll", 404),
            ("/orgs/1/patients/0x12", 404),
            (
                "/orgs/1/patients/0x00000000000000000000000000000000000000aA",
                404,
            ),
        ] {
            let response = http
                .get(format!("{base}{path}"))
                .send()
                .await
                .expect("answer");
            assert_eq!(response.status().as_u16(), status, "{path}");
            let headers = response.headers();
            assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
            assert!(
                headers[header::CONTENT_SECURITY_POLICY]
                    .to_str()
                    .expect("ascii")
                    .contains("script-src 'self'")
            );
        }

        let script = http
            .get(format!("{base}/assets/org.js"))
            .send()
            .await
            .expect("answer");
        assert_eq!(script.status(), 200);
        assert_eq!(
            script.headers()[header::CONTENT_TYPE],
            "text/javascript; charset=utf-8"
        );
        let tag = script.headers()[header::ETAG].clone();
        let again = http
            .get(format!("{base}/assets/org.js"))
            .header(header::IF_NONE_MATCH, tag)
            .send()
            .await
            .expect("answer");
        assert_eq!(again.status(), 304);
        let vendor = http
            .get(format!("{base}/assets/vendor/uPlot.iife.min.js"))
            .send()
            .await
            .expect("answer");
        assert_eq!(vendor.headers()[header::CACHE_CONTROL], ONE_DAY);
        let vocabulary: Value = http
            .get(format!("{base}/assets/vocabulary.json"))
            .send()
            .await
            .expect("answer")
            .json()
            .await
            .expect("JSON");
        assert_eq!(vocabulary["organizationKinds"][0]["label"], "Hospital");
        let missing = http
            .get(format!("{base}/assets/../Cargo.toml"))
            .send()
            .await
            .expect("answer");
        assert_eq!(missing.status(), 404);
    }
}
