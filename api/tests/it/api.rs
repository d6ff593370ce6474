//! The query API over a store the real indexer fills from a real anvil workload, on SQLite and
//! on PostgreSQL: every `/v1` endpoint cross-checked against the chain and the store, Sign-In
//! with Ethereum (and its refusals), who may see what, bad input, live updates, `/healthz`,
//! `/metrics` and the OpenAPI document.
//!
//! One fixture per store: a [`Served`] is a real anvil with the suite deployed, a workload, the
//! real indexer and the API, seconds to start, so `serves_the_mirror_to_whom_it_belongs` starts
//! one and runs its concerns over it in turn (each an `async fn` in the file of its area). A
//! fixture per concern would pay those seconds for each; one static fixture for the whole binary
//! would never be dropped, and would leave its anvil and PostgreSQL running after the tests.

mod access;
mod consents;
mod cosign;
mod door;
mod fhir;
mod input;
mod live;
mod public;
mod records;
mod sessions;

use std::{future::Future, time::Duration};

use alloy::{
    primitives::Address,
    signers::{SignerSync, local::PrivateKeySigner},
};
use consentry_api::{Api, ApiConfig, Head};
use consentry_store::Store;
use consentry_testkit::*;
use door::{
    bounds_the_nonces_a_client_and_the_store_take,
    refuses_cross_site_sign_ins_and_signatures_the_contracts_refuse,
};
use fhir::hides_events_from_those_they_do_not_concern;
use live::ends_a_stream_when_its_session_or_access_ends;
use public::whole_finished_days_are_released_and_a_consent_counts_once;
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

/// Every route over one workload, one concern at a time, each named on stderr as it starts so
/// that a failure's output says which concern failed (the last one named).
async fn serves_the_mirror_to_whom_it_belongs(url: &str) {
    let s = Served::start(url).await;
    let cast = concern("the cast: sign-ins, and patient 0's records", Cast::new(&s)).await;

    // On the chain the workload left, reading only; `consents` before the lab's first read, as
    // it checks that the lab's read log is empty.
    concern(
        "public: organisations, practitioners, health and the OpenAPI document",
        public::directory(&s),
    )
    .await;
    concern(
        "sign-in: refusals, and a practitioner's session",
        sessions::sign_in(&s, &cast),
    )
    .await;
    concern(
        "consents: the patient sees all, a practitioner their organisation's",
        consents::consents(&s, &cast),
    )
    .await;
    concern(
        "records: version chains, and an organisation's records",
        records::records(&s, &cast),
    )
    .await;
    concern(
        "audit trail: everything about the patient, newest first, paged without loss",
        records::audit_trail(&s, &cast),
    )
    .await;
    concern(
        "requests and emergencies: an organisation's, and a patient's own",
        consents::requests_and_emergencies(&s, &cast),
    )
    .await;
    concern(
        "activity: an organisation's own events by day, and its audit trail",
        records::activity(&s, &cast),
    )
    .await;
    concern(
        "browser sessions: an HttpOnly cookie in place of a bearer token, cleared on logout",
        sessions::browser_sessions(&s, &cast),
    )
    .await;
    concern(
        "demo sign-in: the demo practitioners, and a wallet that signs their sign-ins",
        sessions::demo_sign_in(&s),
    )
    .await;
    concern(
        "access checks: the contract's answers, now and as of past blocks",
        access::access_checks(&s, &cast),
    )
    .await;
    concern(
        "bad input: 400 naming the field, nothing lost",
        input::bad_input(&s, &cast),
    )
    .await;
    concern(
        "statistics: whole days, and only those the store has seen end",
        public::statistics(&s),
    )
    .await;

    // Then those that change the chain, after every concern that reads what they change: a
    // grant, a revocation (FHIR follows it, so that the validator sees a revoked consent), the
    // lab's suspension, patient 2's opt-out; and last the metrics, which count every request.
    concern(
        "live updates: a new grant to the hospital reaches the hospital's stream",
        live::live_updates(&s, &cast),
    )
    .await;
    concern(
        "revocation: it reaches the (cached) access check within moments",
        access::revocation(&s, &cast),
    )
    .await;
    concern(
        "FHIR R4: searches and reads, validated by the external validator",
        fhir::fhir(&s, &cast),
    )
    .await;
    concern(
        "suspension: a suspended organisation's practitioner loses access",
        access::suspension(&s, &cast),
    )
    .await;
    concern(
        "co-signing: a CT report is pending until the head of radiology and the patient sign",
        cosign::co_signed_records(&s, &cast),
    )
    .await;
    concern(
        "opt-out: it ends the open emergency at once",
        consents::opt_out(&s, &cast),
    )
    .await;
    concern("metrics: requests by route", public::request_metrics(&s)).await;
}

/// Runs one concern of a shared fixture after naming it on stderr, which cargo shows for a
/// failing test: the last concern named is the one that failed.
async fn concern<T>(name: &str, check: impl Future<Output = T>) -> T {
    eprintln!("concern: {name}");
    check.await
}

/// Who signs in, and what several concerns read, made once before the first concern.
struct Cast {
    /// The workload's patients, in the order of `PATIENTS`.
    patients: [Address; 3],
    /// Session tokens of the three patients, the hospital's doctor, the lab's scientist, and
    /// account 9 (patient 1's delegate).
    patient0: String,
    patient1: String,
    patient2: String,
    doctor: String,
    scientist: String,
    delegate: String,
    /// Patient 0's records as patient 0 sees them: `records` checks them, `fhir` reads the first
    /// as a `DocumentReference`.
    records: Vec<Value>,
}

impl Cast {
    async fn new(s: &Served) -> Self {
        let patients = PATIENTS.map(|index| s.chain.address(index));
        let patient0 = s.sign_in(PATIENTS[0]).await;
        let patient1 = s.sign_in(PATIENTS[1]).await;
        let patient2 = s.sign_in(PATIENTS[2]).await;
        let doctor = s.sign_in(DOCTOR).await;
        let scientist = s.sign_in(LAB_SCIENTIST).await;
        let delegate = s.sign_in(9).await;
        let records = s
            .ok(
                &format!("/v1/patients/{:#x}/records", patients[0]),
                Some(&patient0),
            )
            .await;
        Cast {
            patients,
            patient0,
            patient1,
            patient2,
            doctor,
            scientist,
            delegate,
            records: records["items"].as_array().unwrap().clone(),
        }
    }

    /// The address of patient `i`.
    fn patient(&self, i: usize) -> Address {
        self.patients[i]
    }
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
