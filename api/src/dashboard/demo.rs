//! Demo sign-in, on a local development chain only: the server holds demo practitioners'
//! keys and signs sign-in messages for itself with them, as their wallets would.

use std::time::SystemTime;

use alloy::{primitives::Address, signers::Signer};
use axum::{Json, body::Bytes, extract::State};
use consentry_sdk::vocabulary::{OrganizationKind, Role};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::{Api, auth, error::ApiError, from_state, params};
use consentry_store::projection::{Kind, Organization, Practitioner};

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
pub(super) async fn accounts(
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
pub(super) async fn sign(State(api): State<Api>, body: Bytes) -> Result<Json<Value>, ApiError> {
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

    use super::{super::tests::serve, *};
    use crate::{ApiConfig, Head};
    use consentry_store::Store;

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
