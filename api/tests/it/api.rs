//! The query API over a store the real indexer fills from a real anvil workload, on SQLite and
//! on PostgreSQL: every `/v1` endpoint cross-checked against the chain and the store, Sign-In
//! with Ethereum (and its refusals), who may see what, bad input, live updates, `/healthz`,
//! `/metrics` and the OpenAPI document.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256},
    signers::{SignerSync, local::PrivateKeySigner},
};
use consentry_api::{Api, ApiConfig, Head, ServeLimits, auth::Sessions};
use consentry_sdk::vocabulary::{Action, Category, CategorySet, Purpose};
use consentry_store::Store;
use consentry_testkit::*;
use futures_util::StreamExt;
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_stores!(
    serves_the_mirror_to_whom_it_belongs,
    hides_events_from_those_they_do_not_concern,
    ends_a_stream_when_its_session_or_access_ends,
    whole_finished_days_are_released_and_a_consent_counts_once,
    refuses_cross_site_sign_ins_and_signatures_the_contracts_refuse,
    bounds_the_nonces_a_client_and_the_store_take,
);

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

/// A running API with an indexer behind it.
struct Served {
    chain: Chain,
    store: Store,
    base: String,
    http: reqwest::Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Served {
    async fn start(url: &str) -> Self {
        let chain = Chain::start().await;
        organisations(&chain).await;
        workload(&chain, 0).await;
        let store = Store::connect(url).await.unwrap();
        let indexer = chain.indexer(&store, chain.config()).await;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            indexer
                .run(async {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let demo_wallets = [DOCTOR, LAB_SCIENTIST, PATIENTS[0]]
            .map(|index| PrivateKeySigner::from(chain.anvil.keys()[index].clone()))
            .to_vec();
        let config = ApiConfig {
            public_url: base.clone(),
            chain_id: 31337,
            session_ttl: Duration::from_secs(900),
            session_secret: Some(b"test secret".to_vec()),
            max_lag: 10,
            demo_wallets,
        };
        let api = Api::new(
            store.clone(),
            config,
            Some(chain.provider.clone()),
            Head::Node(chain.provider.clone()),
        )
        .unwrap();
        tokio::spawn(api.serve(listener, std::future::pending()));
        let served = Served {
            chain,
            store,
            base,
            http: reqwest::Client::new(),
            shutdown: Some(stop),
        };
        served.synced().await;
        served
    }

    /// Waits until the indexer has stored the chain's head.
    async fn synced(&self) {
        let head = self.chain.head().await;
        wait_for_checkpoint(&self.store, head, 30, "the indexer behind the API").await;
    }

    async fn get(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        let mut request = self.http.get(format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        let body = serde_json::from_str(&text)
            .unwrap_or_else(|_| panic!("GET {path} answered {status} with non-JSON {text:?}"));
        (status, body)
    }

    /// GET with the session in a `Cookie` header (and a bearer token, if given), as a browser
    /// on the dashboard sends it.
    async fn get_with_cookie(
        &self,
        path: &str,
        cookie: &str,
        token: Option<&str>,
    ) -> (StatusCode, Value) {
        let mut request = self
            .http
            .get(format!("{}{path}", self.base))
            .header(reqwest::header::COOKIE, cookie);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        (response.status(), response.json().await.unwrap())
    }

    async fn ok(&self, path: &str, token: Option<&str>) -> Value {
        let (status, body) = self.get(path, token).await;
        assert_eq!(status, StatusCode::OK, "GET {path}: {body}");
        body
    }

    /// Every item of a paged endpoint, following `next` with pages of `limit`.
    async fn all(&self, path: &str, token: Option<&str>, limit: u32) -> Vec<Value> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let page_path = match &cursor {
                Some(c) => format!("{path}{separator}limit={limit}&cursor={c}"),
                None => format!("{path}{separator}limit={limit}"),
            };
            let page = self.ok(&page_path, token).await;
            let page_items = page["items"].as_array().unwrap();
            assert!(page_items.len() <= limit as usize);
            items.extend(page_items.iter().cloned());
            match page["next"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return items,
            }
        }
    }

    /// A fresh nonce and the EIP-4361 text for `signer`, as viem's `createSiweMessage` writes it.
    async fn siwe_message(&self, address: Address, domain: Option<&str>, expires: i64) -> String {
        let nonce = self.ok("/v1/auth/nonce", None).await;
        let domain = domain.unwrap_or_else(|| nonce["domain"].as_str().unwrap());
        let now = std::time::SystemTime::now();
        let issued = humantime::format_rfc3339_seconds(now);
        let expiry = humantime::format_rfc3339_seconds(if expires >= 0 {
            now + Duration::from_secs(expires.unsigned_abs())
        } else {
            now - Duration::from_secs(expires.unsigned_abs())
        });
        format!(
            "{domain} wants you to sign in with your Ethereum account:\n{}\n\nSign in to \
             Consentry.\n\nURI: {}\nVersion: 1\nChain ID: {}\nNonce: {}\nIssued At: {issued}\n\
             Expiration Time: {expiry}",
            address.to_checksum(None),
            nonce["uri"].as_str().unwrap(),
            nonce["chainId"],
            nonce["nonce"].as_str().unwrap(),
        )
    }

    async fn login(&self, message: &str, signer: &PrivateKeySigner) -> (StatusCode, Value) {
        let signature = signer.sign_message_sync(message.as_bytes()).unwrap();
        let (status, _, body) = self.login_with(message, &signature.to_string()).await;
        (status, body)
    }

    /// POST /v1/auth/login; the status, the `Set-Cookie` header and the body.
    async fn login_with(&self, message: &str, signature: &str) -> (StatusCode, String, Value) {
        let response = self
            .http
            .post(format!("{}/v1/auth/login", self.base))
            .json(&json!({ "message": message, "signature": signature }))
            .send()
            .await
            .unwrap();
        let cookie = set_cookie(&response);
        (response.status(), cookie, response.json().await.unwrap())
    }

    fn signer(&self, index: usize) -> PrivateKeySigner {
        PrivateKeySigner::from(self.chain.anvil.keys()[index].clone())
    }

    /// Signs in as anvil account `index`; the session token.
    async fn sign_in(&self, index: usize) -> String {
        let signer = self.signer(index);
        let message = self.siwe_message(signer.address(), None, 300).await;
        let (status, body) = self.login(&message, &signer).await;
        assert_eq!(status, StatusCode::OK, "sign-in of account {index}: {body}");
        assert_eq!(body["address"], json!(signer.address()));
        body["token"].as_str().unwrap().to_owned()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(stop) = self.shutdown.take() {
            let _ = stop.send(());
        }
    }
}

fn set_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(reqwest::header::SET_COOKIE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// The UTC day of a unix time, `YYYY-MM-DD`.
fn utc_day(time: u64) -> String {
    let time = std::time::UNIX_EPOCH + Duration::from_secs(time);
    humantime::format_rfc3339_seconds(time).to_string()[..10].to_owned()
}

fn error_code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_default()
}

/// The (block, log index) of the newest stored event `name` about `patient`.
async fn newest_event(store: &Store, patient: Address, name: &'static str) -> (u64, u64) {
    let names: &'static [&'static str] = Box::leak(Box::new([name]));
    let events = store
        .event_page(
            &consentry_store::EventFilter {
                patient: Some(patient),
                names,
                ..Default::default()
            },
            None,
            true,
            1,
        )
        .await
        .unwrap();
    (events[0].block_number, events[0].log_index)
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

/// Reads a live stream until it ends or `seconds` pass; what it sent, and whether it ended.
async fn read_stream(response: reqwest::Response, seconds: u64) -> (String, bool) {
    let mut stream = response.bytes_stream();
    let mut received = String::new();
    let ended = tokio::time::timeout(Duration::from_secs(seconds), async {
        while let Some(chunk) = stream.next().await {
            match chunk {
                Ok(chunk) => received.push_str(&String::from_utf8_lossy(&chunk)),
                Err(_) => break,
            }
        }
    })
    .await
    .is_ok();
    (received, ended)
}

async fn serves_the_mirror_to_whom_it_belongs(url: &str) {
    let s = Served::start(url).await;
    let patient = |i: usize| s.chain.address(PATIENTS[i]);

    // ---- public: organisations, practitioners, health, metrics, the document
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

    // ---- sign-in refusals
    let p0 = s.signer(PATIENTS[0]);
    let message = s
        .siwe_message(p0.address(), Some("evil.example"), 300)
        .await;
    let (status, body) = s.login(&message, &p0).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "wrong_domain"),
        "{body}"
    );
    let message = s.siwe_message(p0.address(), None, 300).await;
    let (status, body) = s.login(&message, &s.signer(PATIENTS[1])).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(error_code(&body), "wrong_signer", "{body}");
    let message = s.siwe_message(p0.address(), None, -120).await;
    let (status, body) = s.login(&message, &p0).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "message_expired"),
        "{body}"
    );
    let message = s.siwe_message(p0.address(), None, 300).await;
    let (status, _) = s.login(&message, &p0).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = s.login(&message, &p0).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "unknown_nonce"),
        "{body}"
    );
    let (status, body) = s
        .get(
            "/v1/patients/0x0000000000000000000000000000000000000001/consents",
            Some("not.a.token"),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");

    let patient0 = s.sign_in(PATIENTS[0]).await;
    let patient1 = s.sign_in(PATIENTS[1]).await;
    let doctor = s.sign_in(DOCTOR).await;
    let scientist = s.sign_in(LAB_SCIENTIST).await;
    let delegate = s.sign_in(9).await;
    let session = s.ok("/v1/auth/session", Some(&doctor)).await;
    assert_eq!(session["practitionerOf"], HOSPITAL);

    // ---- consents: the patient sees all, a practitioner their organisation's, others nothing
    let path = format!("/v1/patients/{:#x}/consents?history=true", patient(0));
    let (status, body) = s.get(&path, None).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "sign_in_required")
    );
    let own = s.ok(&path, Some(&patient0)).await;
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
    let seen_by_doctor = s.ok(&path, Some(&doctor)).await;
    let seen_by_doctor = seen_by_doctor["items"].as_array().unwrap();
    assert_eq!(seen_by_doctor.len(), 1);
    assert_eq!(seen_by_doctor[0]["orgId"], HOSPITAL);
    let (status, body) = s.get(&path, Some(&patient1)).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::FORBIDDEN, "forbidden")
    );
    // The delegate of patient 1 speaks for patient 1.
    let p1_consents = s
        .ok(
            &format!("/v1/patients/{:#x}/consents", patient(1)),
            Some(&delegate),
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
        .all("/v1/organizations/1/consents", Some(&doctor), 2)
        .await;
    assert_eq!(by_org.len(), 3, "one consent per patient");
    let approved = by_org
        .iter()
        .find(|c| c["patient"] == json!(patient(1)))
        .unwrap();
    assert_eq!(
        approved["categories"],
        json!(["imaging"]),
        "the approved request replaced the grant"
    );
    let (status, _) = s.get("/v1/organizations/2/consents", Some(&doctor)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let reads = s.store.reads(HOSPITAL, 100).await.unwrap();
    assert!(reads.iter().any(|r| r.reader == s.chain.address(DOCTOR)
        && r.patient == Some(patient(0))
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

    // ---- records with version chains
    let records = s
        .ok(
            &format!("/v1/patients/{:#x}/records", patient(0)),
            Some(&patient0),
        )
        .await;
    let records = records["items"].as_array().unwrap();
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
        .all("/v1/organizations/2/records", Some(&scientist), 2)
        .await;
    assert_eq!(lab_records.len(), 4);

    // ---- audit trail: everything about the patient, newest first, paged without loss
    let audit = s
        .all(
            &format!("/v1/patients/{:#x}/audit", patient(0)),
            Some(&patient0),
            3,
        )
        .await;
    let stored = s
        .store
        .event_page(
            &consentry_store::EventFilter {
                patient: Some(patient(0)),
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
            &format!("/v1/patients/{:#x}/audit", patient(0)),
            Some(&doctor),
            50,
        )
        .await;
    assert!(doctors_view.iter().all(|e| e["orgId"] == HOSPITAL));
    assert!(!doctors_view.is_empty() && doctors_view.len() < audit.len());

    // ---- requests and emergencies
    let approved = s
        .ok(
            "/v1/organizations/1/requests?status=approved",
            Some(&doctor),
        )
        .await;
    assert_eq!(approved["items"].as_array().unwrap().len(), 1);
    let denied = s
        .ok("/v1/organizations/1/requests?status=denied", Some(&doctor))
        .await;
    assert_eq!(denied["items"][0]["categories"], json!(["mental_health"]));
    let emergencies = s.ok("/v1/organizations/1/emergencies", Some(&doctor)).await;
    assert_eq!(emergencies["items"].as_array().unwrap().len(), 1);
    assert_eq!(emergencies["items"][0]["open"], true);
    assert_eq!(emergencies["items"][0]["patient"], json!(patient(2)));
    let patient2 = s.sign_in(PATIENTS[2]).await;
    let own_emergencies = s
        .ok(
            &format!("/v1/patients/{:#x}/emergencies", patient(2)),
            Some(&patient2),
        )
        .await;
    assert_eq!(own_emergencies["items"], emergencies["items"]);

    // ---- an organisation's own activity by day, and its audit trail
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
            Some(&doctor),
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
            Some(&doctor),
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
        .get("/v1/organizations/1/activity", Some(&scientist))
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
                Some(&doctor),
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
    let trail = s.all("/v1/organizations/1/audit", Some(&doctor), 4).await;
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
        .all("/v1/organizations/1/audit?kind=records", Some(&doctor), 50)
        .await;
    assert!(!reads.is_empty());
    assert!(
        reads
            .iter()
            .all(|e| e["event"].as_str().unwrap().starts_with("Record"))
    );
    let (status, _) = s.get("/v1/organizations/2/audit", Some(&doctor)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = s
        .get("/v1/organizations/1/audit?kind=gossip", Some(&doctor))
        .await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::BAD_REQUEST, "unknown_name")
    );

    // ---- browser sessions: the login sets an HttpOnly cookie the API takes in place of a
    // bearer token; logout clears it
    let message = s.siwe_message(s.chain.address(DOCTOR), None, 300).await;
    let signature = s
        .signer(DOCTOR)
        .sign_message_sync(message.as_bytes())
        .unwrap()
        .to_string();
    let (status, cookie, body) = s.login_with(&message, &signature).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = body["token"].as_str().unwrap();
    assert_eq!(
        cookie,
        format!("consentry_session={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=900")
    );
    let browser = format!("theme=dark; consentry_session={token}; lang=en");
    let (status, body) = s.get_with_cookie("/v1/auth/session", &browser, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["address"], json!(s.chain.address(DOCTOR)));
    let (status, _) = s
        .get_with_cookie("/v1/organizations/1/activity", &browser, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    // A bearer token goes first.
    let (_, body) = s
        .get_with_cookie("/v1/auth/session", &browser, Some(&patient0))
        .await;
    assert_eq!(body["address"], json!(patient(0)));
    // A stale cookie: refused where a session is needed, ignored on public routes.
    let stale = "consentry_session=not.a.token";
    let (status, body) = s.get_with_cookie("/v1/auth/session", stale, None).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("cookie")),
        "{body}"
    );
    let (status, _) = s.get_with_cookie("/v1/organizations", stale, None).await;
    assert_eq!(status, StatusCode::OK);
    let logout = s
        .http
        .post(format!("{}/v1/auth/logout", s.base))
        .header(reqwest::header::COOKIE, &browser)
        .header(reqwest::header::ORIGIN, &s.base)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        set_cookie(&logout),
        "consentry_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"
    );

    // ---- the dashboard's demo sign-in: the demo practitioners, and a wallet that signs only
    // sign-in messages for this server
    let accounts = s.ok("/dashboard/demo/accounts", None).await;
    assert_eq!(
        accounts["accounts"],
        json!([
            { "address": s.chain.address(DOCTOR), "orgId": HOSPITAL, "orgName": "St Mary's",
              "orgKind": "hospital", "role": "physician" },
            { "address": s.chain.address(LAB_SCIENTIST), "orgId": LAB, "orgName": "City Lab",
              "orgKind": "laboratory", "role": "lab_scientist" },
        ]),
        "practitioners only, by organisation"
    );
    let message = s
        .siwe_message(s.chain.address(LAB_SCIENTIST), None, 300)
        .await;
    let signed: Value = s
        .http
        .post(format!("{}/dashboard/demo/sign", s.base))
        .json(&json!({ "address": s.chain.address(LAB_SCIENTIST), "message": message }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (status, _, body) = s
        .login_with(&message, signed["signature"].as_str().unwrap())
        .await;
    assert_eq!(
        (status, body["practitionerOf"].clone()),
        (StatusCode::OK, json!(LAB))
    );
    let page = s
        .http
        .get(format!("{}/orgs/1", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("/assets/org.js"));

    // ---- access checks: now, and as of past blocks, equal to the contract's answers
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
                        .check_access(patient(i), org, category, Purpose::Treat, action)
                        .await
                        .unwrap();
                    let token = if org == HOSPITAL { &doctor } else { &scientist };
                    let answer = s.ok(&format!("/v1/access?patient={:#x}&org={org}&category={category}&purpose=TREAT&action={action}", patient(i)), Some(token)).await;
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
    let (revocation, _) = newest_event(&s.store, patient(1), "ConsentRevoked").await;
    let before = s
        .ok(
            &format!(
                "/v1/access?patient={:#x}&org=2&category=laboratory&purpose=TREAT&block={}",
                patient(1),
                revocation - 1
            ),
            Some(&patient1),
        )
        .await;
    let after = s.ok(&format!("/v1/access?patient={:#x}&org=2&category=laboratory&purpose=TREAT&block={revocation}", patient(1)), Some(&patient1)).await;
    let at_chain = |block: u64| {
        let consents = client.consents();
        async move {
            let answer = consents
                .checkAccess(
                    patient(1),
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
    // A doctor of the hospital may not ask about the lab's access.
    let (status, _) = s
        .get(
            &format!(
                "/v1/access?patient={:#x}&org=2&category=laboratory&purpose=TREAT",
                patient(1)
            ),
            Some(&doctor),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // ---- bad input: 400 naming the field, nothing lost
    let p = format!("{:#x}", patient(0));
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
        let (status, body) = s.get(&path, Some(&patient0)).await;
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

    // ---- live updates: a new grant to the hospital reaches the hospital's stream
    let mut stream = s
        .http
        .get(format!("{}/v1/stream?org=1", s.base))
        .bearer_auth(&doctor)
        .send()
        .await
        .unwrap()
        .bytes_stream();
    let start = now(&s.chain).await;
    s.chain
        .client(PATIENTS[2])
        .grant(
            patient(2),
            HOSPITAL,
            &terms("imaging", "TREAT", "read", start, start + 86_400),
        )
        .await
        .unwrap();
    let mut received = String::new();
    tokio::time::timeout(Duration::from_secs(30), async {
        while !received.contains("ConsentGranted") {
            let chunk = stream.next().await.unwrap().unwrap();
            received.push_str(&String::from_utf8_lossy(&chunk));
        }
    })
    .await
    .unwrap_or_else(|_| panic!("no ConsentGranted on the stream: {received:?}"));
    assert!(
        received.contains("event: event") && received.contains("id: "),
        "{received}"
    );

    // ---- statistics: whole days, and only those the store has seen end (the rest is in
    // whole_finished_days_are_released_and_a_consent_counts_once)
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

    // ---- a revocation reaches the (cached) access check within moments
    let question = format!(
        "/v1/access?patient={:#x}&org=1&category=laboratory&purpose=TREAT",
        patient(0)
    );
    assert_eq!(s.ok(&question, Some(&doctor)).await["basis"], "consent");
    s.chain
        .client(PATIENTS[0])
        .revoke(patient(0), HOSPITAL)
        .await
        .unwrap();
    s.synced().await;
    let on_chain = client
        .check_access(
            patient(0),
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
        let answer = s.ok(&question, Some(&patient0)).await;
        if answer["basis"] == "none" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still {answer} after the revocation"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // ---- FHIR R4: searches and reads, validated by the external validator
    let fhir = |path: String, token: Option<String>| {
        let s = &s;
        async move {
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
        }
    };
    let mut documents = Vec::new();
    let p0 = format!("{:#x}", patient(0));
    let audit = s
        .all(&format!("/v1/patients/{p0}/audit"), Some(&patient0), 500)
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
            Some(patient0.clone()),
            Some(2),
        ),
        (
            format!("Consent?patient={p0}&organization=1"),
            Some(doctor.clone()),
            Some(1),
        ),
        (format!("Consent/{p0}-1"), Some(doctor.clone()), None),
        (
            "Consent?organization=Organization/1&date=ge2000-01-01&date=lt2999-01-01".to_owned(),
            Some(doctor.clone()),
            Some(3),
        ),
        (
            "Consent?organization=1&date=lt2000-01-01".to_owned(),
            Some(doctor.clone()),
            Some(0),
        ),
        (
            format!("DocumentReference?patient={p0}"),
            Some(patient0.clone()),
            Some(2),
        ),
        (
            format!(
                "DocumentReference/{}",
                records[0]["recordId"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("0x")
            ),
            Some(patient0.clone()),
            None,
        ),
        (
            format!("AuditEvent?patient={p0}"),
            Some(patient0.clone()),
            Some(audit.len().min(50)),
        ),
        (
            format!("AuditEvent/{}", audit[0]["id"].as_str().unwrap()),
            Some(patient0.clone()),
            None,
        ),
        (
            "AuditEvent?agent=Organization/1&_count=5".to_owned(),
            Some(doctor.clone()),
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
            .bearer_auth(&patient0)
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
            Some(patient0.clone()),
            StatusCode::BAD_REQUEST,
            "not-supported",
        ),
        (
            format!("Consent?patient={p0}&date=xx2020"),
            Some(patient0.clone()),
            StatusCode::BAD_REQUEST,
            "invalid",
        ),
        (
            "Consent?patient=0x12".to_owned(),
            Some(patient0.clone()),
            StatusCode::BAD_REQUEST,
            "invalid",
        ),
        (
            "Consent?organization=2".to_owned(),
            Some(doctor.clone()),
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

    // ---- a suspended organisation's practitioner loses access
    s.chain
        .client(AUTHORITY)
        .suspend(LAB, B256::repeat_byte(7))
        .await
        .unwrap();
    s.synced().await;
    // Rosters are remembered for a second.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, body) = s.get("/v1/organizations/2/records", Some(&scientist)).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::FORBIDDEN, "forbidden"),
        "{body}"
    );

    // ---- an opt-out ends the open emergency at once: the list says so, and so do checks
    s.chain
        .client(PATIENTS[2])
        .set_emergency_policy(true, CategorySet::EMPTY)
        .await
        .unwrap();
    s.synced().await;
    let emergencies = s.ok("/v1/organizations/1/emergencies", Some(&doctor)).await;
    assert_eq!(emergencies["items"][0]["patient"], json!(patient(2)));
    assert_eq!(emergencies["items"][0]["closedAt"], Value::Null);
    assert_eq!(emergencies["items"][0]["open"], false, "{emergencies}");

    // ---- request metrics by route
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

/// Runs the external FHIR R4 validator (PyPI `fhir.resources`, R4 4.0.1) over `documents`.
fn validate_fhir(documents: &[Value]) {
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

/// The test tools' python: `CONSENTRY_PYTHON`, or the venv `scripts/pyenv.sh` builds.
fn python() -> String {
    std::env::var("CONSENTRY_PYTHON").unwrap_or_else(|_| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let output = std::process::Command::new(root.join("scripts/pyenv.sh"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "scripts/pyenv.sh failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    })
}

/// Issue 21, API 1: `GET /fhir/AuditEvent/{id}` answers only the patient, their delegates and
/// the practitioners of the organisation the event concerns; anyone else (another
/// organisation, no session) gets the 404 a missing id gets, so ids can't be counted through
/// to find whose events exist. Before the fix a delegate appointment (a patient's event with
/// no organisation) went to any practitioner, and other refusals were 403 or 401. And (API 7)
/// an id past the store's range is a 4xx, not a 500.
async fn hides_events_from_those_they_do_not_concern(url: &str) {
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

/// Issue 21, API 2: a live stream is allowed again before every event: it ends (a last `end`
/// event naming why) when the session expires, when the practitioner leaves the roster, and
/// when the delegation it followed a patient by ends. Before the fix each kept receiving.
async fn ends_a_stream_when_its_session_or_access_ends(url: &str) {
    let s = Served::start(url).await;
    let patient = |i: usize| s.chain.address(PATIENTS[i]);
    let follow = |path: String, token: String| {
        let s = &s;
        async move {
            let response = s
                .http
                .get(format!("{}{path}", s.base))
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            response
        }
    };
    let grant_to_hospital = |i: usize| {
        let s = &s;
        async move {
            let start = now(&s.chain).await;
            s.chain
                .client(PATIENTS[i])
                .grant(
                    patient(i),
                    HOSPITAL,
                    &terms("imaging", "TREAT", "read", start, start + 86_400),
                )
                .await
                .unwrap();
            s.synced().await;
        }
    };

    // A session of one second, signed as the server signs them.
    let domain = s.base.trim_start_matches("http://");
    let (short, _) = Sessions::new(b"test secret", domain, Duration::from_secs(1))
        .issue(s.chain.address(DOCTOR), std::time::SystemTime::now());
    let expiring = follow("/v1/stream?org=1".into(), short).await;
    let doctor = s.sign_in(DOCTOR).await;
    let by_doctor = follow(format!("/v1/stream?patient={:#x}", patient(0)), doctor).await;
    let delegate = s.sign_in(9).await;
    let by_delegate = follow(format!("/v1/stream?patient={:#x}", patient(1)), delegate).await;

    tokio::time::sleep(Duration::from_millis(1100)).await;
    grant_to_hospital(2).await;
    let (received, ended) = read_stream(expiring, 10).await;
    assert!(ended, "the stream outlived its session: {received:?}");
    assert!(
        received.contains("event: end\ndata: session_expired")
            && !received.contains("event: event"),
        "{received:?}"
    );

    s.chain
        .client(HOSPITAL_ADMIN)
        .remove_practitioner(HOSPITAL, s.chain.address(DOCTOR))
        .await
        .unwrap();
    s.chain
        .client(PATIENTS[1])
        .remove_delegate(patient(1), s.chain.address(9))
        .await
        .unwrap();
    s.synced().await;
    // Rosters are remembered for a second.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    grant_to_hospital(0).await;
    grant_to_hospital(1).await;
    for (stream, who) in [
        (by_doctor, "removed practitioner"),
        (by_delegate, "removed delegate"),
    ] {
        let (received, ended) = read_stream(stream, 10).await;
        assert!(ended, "the {who}'s stream went on: {received:?}");
        assert!(
            received.contains("event: end\ndata: access_ended")
                && !received.contains("ConsentGranted"),
            "the {who}'s stream: {received:?}"
        );
    }
}

/// Issue 21, API 4: `/v1/stats` releases whole UTC days the store has seen end, whatever
/// window is asked for, so windows cut inside a day can't be differenced (before the fix a
/// window's cells counted only its own seconds); and a grant counts once, not once per
/// category (before, a three-category consent made three grants).
async fn whole_finished_days_are_released_and_a_consent_counts_once(url: &str) {
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

/// An API over an empty store, with no chain, served with `limits`: for what is refused before
/// anything is read (sign-in forgeries, nonce floods, slow clients).
struct Door {
    store: Store,
    address: std::net::SocketAddr,
    base: String,
    http: reqwest::Client,
}

impl Door {
    async fn start(url: &str, limits: ServeLimits) -> Self {
        let store = Store::connect(url).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let base = format!("http://{address}");
        let config = ApiConfig {
            public_url: base.clone(),
            chain_id: 31337,
            session_ttl: Duration::from_secs(900),
            session_secret: Some(b"test secret".to_vec()),
            max_lag: 10,
            demo_wallets: Vec::new(),
        };
        let api = Api::new(store.clone(), config, None, Head::Unknown).unwrap();
        tokio::spawn(api.serve_with(listener, limits, std::future::pending()));
        Door {
            store,
            address,
            base,
            http: reqwest::Client::new(),
        }
    }

    /// A sign-in message for `account` with a fresh nonce, its first line after `prefix`.
    async fn message(&self, account: Address, prefix: &str) -> String {
        let nonce: Value = self
            .http
            .get(format!("{}/v1/auth/nonce", self.base))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        format!(
            "{prefix}{} wants you to sign in with your Ethereum account:\n{}\n\nSign in to \
             Consentry.\n\nURI: {}\nVersion: 1\nChain ID: 31337\nNonce: {}\nIssued At: {}",
            nonce["domain"].as_str().unwrap(),
            account.to_checksum(None),
            self.base,
            nonce["nonce"].as_str().unwrap(),
            humantime::format_rfc3339_seconds(std::time::SystemTime::now()),
        )
    }

    /// POST `body` with `headers`: the status, the `Set-Cookie` header and the body.
    async fn post(
        &self,
        path: &str,
        body: String,
        headers: &[(&str, &str)],
    ) -> (StatusCode, String, Value) {
        let mut request = self.http.post(format!("{}{path}", self.base)).body(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        let cookie = set_cookie(&response);
        let status = response.status();
        let body = response.json::<Value>().await.unwrap_or(Value::Null);
        (status, cookie, body)
    }
}

fn login_body(message: &str, signature: &str) -> String {
    json!({ "message": message, "signature": signature }).to_string()
}

const JSON_TYPE: (&str, &str) = ("content-type", "application/json");

/// Issue 21, API 3 and the sign-in's signatures:
/// - a cross-site login or logout (a `text/plain` form, no type, another `Origin`) is refused
///   (415, 403) and sets no cookie; before the fix a `text/plain` form signed the browser in;
/// - a signature with `v` 0/1 or a high `s` is refused, as the contracts' ECDSA refuses it,
///   and EIP-4361's optional `scheme://` is accepted; before, the reverse.
async fn refuses_cross_site_sign_ins_and_signatures_the_contracts_refuse(url: &str) {
    let door = Door::start(url, ServeLimits::default()).await;
    let signer = PrivateKeySigner::random();

    // ---- EIP-4361's optional scheme
    let text = door.message(signer.address(), "http://").await;
    let signature = signer.sign_message_sync(text.as_bytes()).unwrap();
    let (status, _, body) = door
        .post(
            "/v1/auth/login",
            login_body(&text, &signature.to_string()),
            &[JSON_TYPE],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "a scheme-prefixed message: {body}");

    // ---- the signatures the contracts' ECDSA takes
    let text = door.message(signer.address(), "").await;
    let signature = signer.sign_message_sync(text.as_bytes()).unwrap();
    let mut parity = signature.as_bytes();
    parity[64] -= 27;
    let order = alloy::primitives::U256::from_str_radix(
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141",
        16,
    )
    .unwrap();
    let twin =
        alloy::primitives::Signature::new(signature.r(), order - signature.s(), !signature.v());
    for forged in [format!("0x{}", hex::encode(parity)), twin.to_string()] {
        let (status, cookie, body) = door
            .post("/v1/auth/login", login_body(&text, &forged), &[JSON_TYPE])
            .await;
        assert_eq!(
            (status, error_code(&body), cookie.as_str()),
            (StatusCode::UNAUTHORIZED, "non_canonical_signature", ""),
            "{body}"
        );
    }

    // ---- login and logout CSRF (the nonce is still good: refusals don't take it)
    let signed = login_body(&text, &signature.to_string());
    for (headers, status, code) in [
        // A cross-site HTML form can send text/plain without a preflight.
        (
            &[("content-type", "text/plain")][..],
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            &[][..],
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            &[JSON_TYPE, ("origin", "https://evil.example")][..],
            StatusCode::FORBIDDEN,
            "cross_origin",
        ),
        (
            &[("content-type", "text/plain"), ("origin", "null")][..],
            StatusCode::FORBIDDEN,
            "cross_origin",
        ),
    ] {
        let (got, cookie, body) = door.post("/v1/auth/login", signed.clone(), headers).await;
        assert_eq!(
            (got, error_code(&body), cookie.as_str()),
            (status, code, ""),
            "{headers:?}: {body}"
        );
        let (got, cookie, body) = door.post("/v1/auth/logout", String::new(), headers).await;
        assert_eq!(
            (got, error_code(&body), cookie.as_str()),
            (status, code, ""),
            "logout {headers:?}: {body}"
        );
    }
    // From the API's own pages (and from a client that sends no Origin), both work.
    let own = [
        ("content-type", "application/json; charset=utf-8"),
        ("origin", door.base.as_str()),
    ];
    let (status, cookie, body) = door.post("/v1/auth/login", signed, &own).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(cookie.starts_with("consentry_session=ey"), "{cookie}");
    let (status, cookie, _) = door.post("/v1/auth/logout", "{}".into(), &own).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(cookie.contains("Max-Age=0"), "{cookie}");
}

/// Issue 21, API 5: `/v1/auth/nonce` answers 429 with `Retry-After` past 30 quick calls from
/// one client (before the fix every call was taken, each a row and a scan of the table), and
/// the store keeps at most a bound of outstanding nonces, forgetting lapsed ones.
async fn bounds_the_nonces_a_client_and_the_store_take(url: &str) {
    let door = Door::start(url, ServeLimits::default()).await;
    let mut refused = None;
    for _ in 0..40 {
        let response = door
            .http
            .get(format!("{}/v1/auth/nonce", door.base))
            .send()
            .await
            .unwrap();
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            let wait = response.headers()["retry-after"]
                .to_str()
                .unwrap()
                .to_owned();
            refused = Some((wait, response.json::<Value>().await.unwrap()));
            break;
        }
        assert_eq!(response.status(), StatusCode::OK);
    }
    let (wait, body) = refused.expect("40 nonces in a row, none refused");
    assert!(wait.parse::<u64>().unwrap() >= 1);
    assert_eq!(error_code(&body), "rate_limited", "{body}");
    let now = std::time::UNIX_EPOCH.elapsed().unwrap().as_secs();
    assert!(
        !door
            .store
            .put_nonce("over-the-bound", now, now + 600, 1)
            .await
            .unwrap()
    );
    assert!(
        door.store
            .put_nonce("later", now + 700, now + 1300, 1)
            .await
            .unwrap(),
        "the lapsed ones are forgotten"
    );
}

/// Issue 21, API 6: a connection that doesn't finish its headers is closed after the header
/// timeout, and connections past the limit wait for a free one (before the fix both were
/// held for ever, and every connection was served at once). The store plays no part.
#[tokio::test(flavor = "multi_thread")]
async fn closes_slow_connections_and_bounds_them() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("consentry.sqlite").display());
    let limits = ServeLimits {
        header_read_timeout: Duration::from_millis(500),
        max_connections: 4,
    };
    let door = Door::start(&url, limits).await;
    let address = door.address;
    drop(door.http);
    let slow = || async move {
        let mut connection = tokio::net::TcpStream::connect(address).await.unwrap();
        connection
            .write_all(b"GET /v1/organizations HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        connection
    };
    let mut connection = slow().await;
    let mut rest = Vec::new();
    let closed =
        tokio::time::timeout(Duration::from_secs(3), connection.read_to_end(&mut rest)).await;
    assert!(
        closed.is_ok(),
        "a connection that never finishes its headers is held"
    );
    let hogs = futures_util::future::join_all((0..4).map(|_| slow())).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let asked = std::time::Instant::now();
    let mut connection = tokio::net::TcpStream::connect(address).await.unwrap();
    connection
        .write_all(b"GET /v1/organizations HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), connection.read_to_end(&mut answer))
        .await
        .unwrap()
        .unwrap();
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    assert!(
        asked.elapsed() >= Duration::from_millis(300),
        "answered in {:?} while 4 connections (the limit) were open",
        asked.elapsed()
    );
    drop(hogs);
}
