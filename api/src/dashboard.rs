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

use std::{sync::OnceLock, time::SystemTime};

use alloy::{
    primitives::{Address, keccak256},
    signers::Signer,
};
use axum::{
    Json, Router,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use consentry_sdk::vocabulary::{
    Action, Basis, Category, EmergencyReason, FhirResourceType, OrganizationKind, Purpose,
    RecordStatus, RequestStatus, Role,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{Api, auth, error::ApiError, from_state, params};
use consentry_store::projection::{Kind, Organization, Practitioner};

const LANDING: &str = include_str!("../assets/dashboard/index.html");
const STATS: &str = include_str!("../assets/dashboard/stats.html");
const SIGN_IN: &str = include_str!("../assets/dashboard/sign-in.html");
const ORGANIZATION: &str = include_str!("../assets/dashboard/org.html");
const NOT_FOUND: &str = include_str!("../assets/dashboard/not-found.html");

/// Pages of an organisation besides its overview.
const ORG_PAGES: &[&str] = &["consents", "requests", "emergencies", "records"];

/// A file under `/assets/`.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    body: &'static [u8],
    /// Our own files change with the binary and are revalidated (by ETag) on every use; a
    /// vendored library changes only with its version.
    cache_control: &'static str,
}

const REVALIDATE: &str = "no-cache";
const ONE_DAY: &str = "public, max-age=86400";

/// One of our own scripts: an ES module that a page loads with `<script type="module">` or
/// another module imports by `./name.js`. No build step: the files are served as written.
const fn module(path: &'static str, body: &'static [u8]) -> Asset {
    Asset {
        path,
        content_type: "text/javascript; charset=utf-8",
        body,
        cache_control: REVALIDATE,
    }
}

const ASSETS: &[Asset] = &[
    // One module per page.
    module(
        "landing.js",
        include_bytes!("../assets/dashboard/landing.js"),
    ),
    module(
        "sign-in.js",
        include_bytes!("../assets/dashboard/sign-in.js"),
    ),
    module("org.js", include_bytes!("../assets/dashboard/org.js")),
    module("stats.js", include_bytes!("../assets/dashboard/stats.js")),
    // What the pages share.
    module("api.js", include_bytes!("../assets/dashboard/api.js")),
    module("format.js", include_bytes!("../assets/dashboard/format.js")),
    module("ui.js", include_bytes!("../assets/dashboard/ui.js")),
    module(
        "address.js",
        include_bytes!("../assets/dashboard/address.js"),
    ),
    module("chart.js", include_bytes!("../assets/dashboard/chart.js")),
    Asset {
        path: "dashboard.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../assets/dashboard/dashboard.css"),
        cache_control: REVALIDATE,
    },
    Asset {
        path: "favicon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../assets/dashboard/favicon.svg"),
        cache_control: ONE_DAY,
    },
    Asset {
        path: "vendor/uPlot.iife.min.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/dashboard/vendor/uPlot.iife.min.js"),
        cache_control: ONE_DAY,
    },
    Asset {
        path: "vendor/uPlot.min.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../assets/dashboard/vendor/uPlot.min.css"),
        cache_control: ONE_DAY,
    },
    Asset {
        path: "vendor/uPlot.LICENSE",
        content_type: "text/plain; charset=utf-8",
        body: include_bytes!("../assets/dashboard/vendor/uPlot.LICENSE"),
        cache_control: ONE_DAY,
    },
];

/// Scripts and styles from this origin only (no inline script can run, whatever a page
/// shows), no framing, no referrer leaking a patient's address in a path.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

pub(super) fn routes() -> Router<Api> {
    Router::new()
        .route("/", get(|| async { page(StatusCode::OK, LANDING) }))
        .route("/stats", get(|| async { page(StatusCode::OK, STATS) }))
        .route("/sign-in", get(|| async { page(StatusCode::OK, SIGN_IN) }))
        .route("/orgs/{org}", get(overview))
        .route("/orgs/{org}/{page}", get(org_page))
        .route("/orgs/{org}/patients/{patient}", get(patient_page))
        .route("/assets/vocabulary.json", get(vocabulary))
        .route("/assets/{*path}", get(asset))
        .route("/dashboard/demo/accounts", get(demo_accounts))
        .route("/dashboard/demo/sign", post(demo_sign))
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

/// A strong ETag for `body`.
fn etag(body: &[u8]) -> String {
    format!("\"{}\"", &hex::encode(keccak256(body))[..32])
}

/// Answers `body`, or 304 when the client holds it already.
fn cached(
    headers: &HeaderMap,
    content_type: &'static str,
    cache_control: &'static str,
    tag: &str,
    body: Vec<u8>,
) -> Response {
    let fresh = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|candidate| candidate.trim() == tag || candidate.trim() == "*");
    let tag = HeaderValue::from_str(tag).unwrap_or_else(|_| HeaderValue::from_static("\"\""));
    let headers = [
        (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        ),
        (header::ETAG, tag),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
    ];
    if fresh {
        (StatusCode::NOT_MODIFIED, headers).into_response()
    } else {
        (StatusCode::OK, headers, body).into_response()
    }
}

async fn asset(Path(path): Path<String>, headers: HeaderMap) -> Response {
    static TAGS: OnceLock<Vec<String>> = OnceLock::new();
    let tags = TAGS.get_or_init(|| ASSETS.iter().map(|a| etag(a.body)).collect());
    match ASSETS.iter().position(|a| a.path == path) {
        Some(index) => {
            let asset = &ASSETS[index];
            cached(
                &headers,
                asset.content_type,
                asset.cache_control,
                &tags[index],
                asset.body.to_vec(),
            )
        }
        None => ApiError::not_found(format!("no asset {path:?}")).into_response(),
    }
}

/// The shared vocabulary with its labels for people, so the pages show "Laboratory" and
/// "treatment" where the API says `laboratory` and `TREAT`, in the one wording the SDK keeps.
fn vocabulary_json() -> Value {
    fn entries<T: Copy>(
        all: &[T],
        code: impl Fn(T) -> u8,
        name: impl Fn(T) -> &'static str,
        label: impl Fn(T) -> &'static str,
    ) -> Value {
        all.iter()
            .map(|&v| json!({ "code": code(v), "name": name(v), "label": label(v) }))
            .collect()
    }
    macro_rules! table {
        ($t:ty) => {
            entries(<$t>::ALL, <$t>::code, <$t>::name, <$t>::display)
        };
    }
    let mut categories = table!(Category);
    if let Some(list) = categories.as_array_mut() {
        for (entry, category) in list.iter_mut().zip(Category::ALL) {
            entry["restricted"] = json!(category.is_restricted());
        }
    }
    json!({
        "categories": categories,
        "purposes": table!(Purpose),
        "actions": table!(Action),
        "bases": table!(Basis),
        "organizationKinds": table!(OrganizationKind),
        "roles": table!(Role),
        "fhirResourceTypes": table!(FhirResourceType),
        "emergencyReasons": table!(EmergencyReason),
        "requestStatuses": table!(RequestStatus),
        "recordStatuses": table!(RecordStatus),
    })
}

async fn vocabulary(headers: HeaderMap) -> Response {
    static BODY: OnceLock<(Vec<u8>, String)> = OnceLock::new();
    let (body, tag) = BODY.get_or_init(|| {
        let body = serde_json::to_vec(&vocabulary_json()).unwrap_or_default();
        let tag = etag(&body);
        (body, tag)
    });
    cached(&headers, "application/json", REVALIDATE, tag, body.clone())
}

// ---- demo sign-in ------------------------------------------------------------------------

/// A demo practitioner the server holds the key of.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct DemoAccount {
    address: Address,
    org_id: u32,
    org_name: String,
    org_kind: OrganizationKind,
    role: Role,
}

fn demo_off() -> ApiError {
    ApiError::not_found(
        "demo sign-in is off: it exists only in a local demo (consentry up), which gives the \
         server its demo practitioners' keys",
    )
}

/// The demo practitioners that are on the roster of an active organisation now.
async fn demo_accounts(
    State(api): State<Api>,
    params: params::Params,
) -> Result<Json<Value>, ApiError> {
    let wallets = &api.0.config.demo_wallets;
    if wallets.is_empty() {
        return Err(demo_off());
    }
    params.only(&[])?;
    let mut accounts = Vec::new();
    for wallet in wallets {
        let address = wallet.address();
        let Some(state) = api
            .store()
            .current(Kind::Practitioner, &format!("{address:#x}"))
            .await?
        else {
            continue;
        };
        let practitioner: Practitioner = from_state(state)?;
        let Some(org) = api
            .store()
            .current(Kind::Organization, &practitioner.org_id.to_string())
            .await?
        else {
            continue;
        };
        let org: Organization = from_state(org)?;
        if practitioner.active && !org.suspended {
            accounts.push(DemoAccount {
                address,
                org_id: org.org_id,
                org_name: org.name,
                org_kind: org.kind,
                role: practitioner.role,
            });
        }
    }
    accounts.sort_by_key(|a| (a.org_id, a.role, a.address));
    Ok(Json(json!({ "accounts": accounts })))
}

/// What the demo wallet is asked to sign.
#[derive(Debug, Deserialize)]
struct DemoSignRequest {
    /// The demo account.
    address: String,
    /// An EIP-4361 message for this server.
    message: String,
}

/// Signs a sign-in message for this server (EIP-191 `personal_sign`) with a demo
/// practitioner's key, as a wallet would.
async fn demo_sign(State(api): State<Api>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let wallets = &api.0.config.demo_wallets;
    if wallets.is_empty() {
        return Err(demo_off());
    }
    let request: DemoSignRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad(
            "body",
            "invalid_body",
            format!("the body must be JSON {{\"address\": ..., \"message\": ...}}: {e}"),
        )
    })?;
    let address = params::address("address", &request.address)?;
    let wallet = wallets
        .iter()
        .find(|w| w.address() == address)
        .ok_or_else(|| {
            ApiError::bad(
                "address",
                "unknown_demo_account",
                format!("{address:#x} is not one of this demo's accounts"),
            )
        })?;
    // Only sign-in messages for this server: the demo wallet signs nothing else.
    let message = auth::check_message(&api.0.siwe, &request.message, SystemTime::now())?;
    if Address::from(message.address) != address {
        return Err(ApiError::bad(
            "message",
            "wrong_account",
            format!(
                "the message signs in {}, not {address:#x}",
                Address::from(message.address)
            ),
        ));
    }
    let signature = wallet
        .sign_message(request.message.as_bytes())
        .await
        .map_err(|e| ApiError::unavailable(format!("the demo wallet could not sign: {e}")))?;
    Ok(Json(json!({ "signature": signature.to_string() })))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use alloy::signers::local::PrivateKeySigner;

    use super::*;
    use consentry_store::Store;

    use crate::{ApiConfig, Head};

    #[test]
    fn vendored_uplot_is_the_npm_package() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let package = root.join("node_modules/uplot/dist");
        if !package.exists() {
            eprintln!("node_modules/uplot is not installed (scripts/toolchain.sh runs npm ci)");
            return;
        }
        for (file, vendored) in [
            ("uPlot.iife.min.js", "vendor/uPlot.iife.min.js"),
            ("uPlot.min.css", "vendor/uPlot.min.css"),
        ] {
            let from_npm = std::fs::read(package.join(file)).expect("readable");
            let asset = ASSETS.iter().find(|a| a.path == vendored).expect("served");
            assert!(
                asset.body == from_npm.as_slice(),
                "api/assets/dashboard/{vendored} differs from node_modules/uplot/dist/{file}: \
                 copy it again after changing uplot's version in package.json"
            );
        }
        let license = std::fs::read(root.join("node_modules/uplot/LICENSE")).expect("readable");
        let asset = ASSETS
            .iter()
            .find(|a| a.path == "vendor/uPlot.LICENSE")
            .expect("served");
        assert!(asset.body == license.as_slice(), "uPlot's LICENSE differs");
    }

    #[test]
    fn shells_load_only_served_assets_and_no_inline_script() {
        for html in [LANDING, STATS, SIGN_IN, ORGANIZATION, NOT_FOUND] {
            for reference in html.split("\"/assets/").skip(1) {
                let path = reference.split('"').next().unwrap_or_default();
                assert!(
                    path == "vocabulary.json" || ASSETS.iter().any(|a| a.path == path),
                    "a shell refers to /assets/{path}, which is not served"
                );
            }
            assert!(
                !html.contains("<script>"),
                "inline scripts are refused by the CSP"
            );
            assert!(
                !html.contains(" style=\""),
                "inline styles are refused by the CSP"
            );
        }
    }

    #[test]
    fn modules_import_only_served_modules() {
        let modules = ASSETS.iter().filter(|a| {
            a.content_type.starts_with("text/javascript") && !a.path.starts_with("vendor/")
        });
        for asset in modules {
            let source = std::str::from_utf8(asset.body).expect("UTF-8");
            for line in source.lines().filter(|l| l.starts_with("import ")) {
                let path = line
                    .split("from './")
                    .nth(1)
                    .and_then(|rest| rest.split('\'').next())
                    .unwrap_or_else(|| panic!("{}: not a relative import: {line}", asset.path));
                assert!(
                    ASSETS.iter().any(|a| a.path == path),
                    "{} imports ./{path}, which is not served",
                    asset.path
                );
            }
        }
    }

    #[test]
    fn vocabulary_has_every_label() {
        let vocabulary = vocabulary_json();
        assert_eq!(
            vocabulary["categories"][6],
            json!({ "code": 6, "name": "laboratory", "label": "Laboratory", "restricted": false })
        );
        assert_eq!(vocabulary["purposes"][0]["label"], "treatment");
        assert_eq!(
            vocabulary["roles"].as_array().map(Vec::len),
            Some(Role::ALL.len())
        );
    }

    /// An API over an empty store, served on a free port; its base URL.
    async fn serve(demo_wallets: Vec<PrivateKeySigner>) -> (String, tempfile::TempDir) {
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

    #[tokio::test]
    async fn demo_sign_in_is_off_without_demo_wallets() {
        let (base, _dir) = serve(Vec::new()).await;
        let http = reqwest::Client::new();
        let accounts = http
            .get(format!("{base}/dashboard/demo/accounts"))
            .send()
            .await
            .expect("answer");
        assert_eq!(accounts.status(), 404);
        let body: Value = accounts.json().await.expect("JSON");
        assert_eq!(body["error"]["code"], "not_found");
        let sign = http
            .post(format!("{base}/dashboard/demo/sign"))
            .body("{}")
            .send()
            .await
            .expect("answer");
        assert_eq!(sign.status(), 404);
    }

    #[tokio::test]
    async fn demo_wallets_sign_only_sign_in_messages_for_this_server() {
        let wallet = PrivateKeySigner::random();
        let (base, _dir) = serve(vec![wallet.clone()]).await;
        let http = reqwest::Client::new();
        let nonce: Value = http
            .get(format!("{base}/v1/auth/nonce"))
            .send()
            .await
            .expect("answer")
            .json()
            .await
            .expect("JSON");
        let message = |domain: &str, address: Address| {
            format!(
                "{domain} wants you to sign in with your Ethereum account:\n{}\n\nSign in to \
                 Consentry.\n\nURI: {}\nVersion: 1\nChain ID: 31337\nNonce: {}\nIssued At: {}",
                address.to_checksum(None),
                nonce["uri"].as_str().expect("uri"),
                nonce["nonce"].as_str().expect("nonce"),
                humantime::format_rfc3339_seconds(SystemTime::now()),
            )
        };
        let domain = nonce["domain"].as_str().expect("domain");
        let sign = |address: String, message: String| {
            let http = http.clone();
            let url = format!("{base}/dashboard/demo/sign");
            async move {
                let response = http
                    .post(url)
                    .json(&json!({ "address": address, "message": message }))
                    .send()
                    .await
                    .expect("answer");
                let status = response.status().as_u16();
                (status, response.json::<Value>().await.expect("JSON"))
            }
        };
        let own = format!("{:#x}", wallet.address());

        // The store has no practitioners: no account to offer.
        let accounts: Value = http
            .get(format!("{base}/dashboard/demo/accounts"))
            .send()
            .await
            .expect("answer")
            .json()
            .await
            .expect("JSON");
        assert_eq!(accounts, json!({ "accounts": [] }));

        let text = message(domain, wallet.address());
        let (status, body) = sign(own.clone(), text.clone()).await;
        assert_eq!(status, 200, "{body}");
        let signature: alloy::primitives::Signature = body["signature"]
            .as_str()
            .expect("hex")
            .parse()
            .expect("a signature");
        assert_eq!(
            signature.recover_address_from_msg(&text).expect("recovers"),
            wallet.address()
        );

        for (address, text, status, code) in [
            (
                own.clone(),
                message("evil.example", wallet.address()),
                401,
                "wrong_domain",
            ),
            (own.clone(), "hello".to_owned(), 401, "malformed_message"),
            (
                own.clone(),
                message(domain, Address::repeat_byte(1)),
                400,
                "wrong_account",
            ),
            (
                format!("{:#x}", Address::repeat_byte(1)),
                message(domain, Address::repeat_byte(1)),
                400,
                "unknown_demo_account",
            ),
            ("0x12".to_owned(), text.clone(), 400, "invalid_address"),
        ] {
            let (got, body) = sign(address, text).await;
            assert_eq!(
                (got, body["error"]["code"].as_str()),
                (status, Some(code)),
                "{body}"
            );
        }
        let garbage = http
            .post(format!("{base}/dashboard/demo/sign"))
            .body("not json")
            .send()
            .await
            .expect("answer");
        assert_eq!(garbage.status(), 400);
    }

    #[test]
    fn demo_wallets_need_a_local_chain() {
        let config = ApiConfig {
            public_url: "http://127.0.0.1:8080".into(),
            chain_id: 1,
            session_ttl: Duration::from_secs(60),
            session_secret: None,
            max_lag: 10,
            demo_wallets: vec![PrivateKeySigner::random()],
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let dir = tempfile::tempdir().expect("temp dir");
            let store = Store::connect(&format!(
                "sqlite://{}",
                dir.path().join("consentry.sqlite").display()
            ))
            .await
            .expect("store");
            assert!(matches!(
                Api::new(store, config, None, Head::Unknown),
                Err(crate::ConfigError::DemoWalletsOffLocalChain(1))
            ));
        });
    }
}
