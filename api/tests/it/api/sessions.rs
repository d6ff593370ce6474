//! Sign-In with Ethereum over the shared fixture: what a sign-in refuses, the browser's session
//! cookie, and the dashboard's demo sign-in.

use alloy::signers::SignerSync;
use consentry_testkit::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{Cast, Served, error_code, set_cookie};

/// A sign-in is refused for another domain, for a signature by another account, for an expired
/// message and for a nonce already used, and a token the server didn't issue is refused; a
/// practitioner's session names their organisation.
pub(super) async fn sign_in(s: &Served, cast: &Cast) {
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
    let session = s.ok("/v1/auth/session", Some(&cast.doctor)).await;
    assert_eq!(session["practitionerOf"], HOSPITAL);
}

/// The login sets an HttpOnly cookie the API takes in place of a bearer token (a bearer token
/// goes first); a stale cookie is refused where a session is needed and ignored on public
/// routes; logout clears the cookie.
pub(super) async fn browser_sessions(s: &Served, cast: &Cast) {
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
        .get_with_cookie("/v1/auth/session", &browser, Some(&cast.patient0))
        .await;
    assert_eq!(body["address"], json!(cast.patient(0)));
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
}

/// The dashboard's demo sign-in lists the demo practitioners by organisation (no patients), its
/// wallet signs a sign-in message for this server that signs the practitioner in, and an
/// organisation's page is served.
pub(super) async fn demo_sign_in(s: &Served) {
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
}
