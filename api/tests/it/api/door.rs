//! What the API refuses at the door, before anything is read: cross-site sign-ins, signatures
//! the contracts refuse, nonce floods and slow connections. Over an API with an empty store and
//! no chain.

use std::time::Duration;

use alloy::{
    primitives::Address,
    signers::{SignerSync, local::PrivateKeySigner},
};
use consentry_api::{Api, ApiConfig, Head, ServeLimits};
use consentry_store::Store;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{error_code, set_cookie};

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
pub(super) async fn refuses_cross_site_sign_ins_and_signatures_the_contracts_refuse(url: &str) {
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
pub(super) async fn bounds_the_nonces_a_client_and_the_store_take(url: &str) {
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
