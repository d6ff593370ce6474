//! The live stream: an event reaches the stream of those it concerns, and a stream ends when
//! its session or its access ends.

use std::time::Duration;

use consentry_api::auth::Sessions;
use consentry_testkit::*;
use futures_util::StreamExt;
use reqwest::StatusCode;

use super::{Cast, Served};

/// A new grant to the hospital reaches the hospital's stream, as an `event` with an `id`.
pub(super) async fn live_updates(s: &Served, cast: &Cast) {
    let mut stream = s
        .http
        .get(format!("{}/v1/stream?org=1", s.base))
        .bearer_auth(&cast.doctor)
        .send()
        .await
        .unwrap()
        .bytes_stream();
    let start = now(&s.chain).await;
    s.chain
        .client(PATIENTS[2])
        .grant(
            cast.patient(2),
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

/// Issue 21, API 2: a live stream is allowed again before every event: it ends (a last `end`
/// event naming why) when the session expires, when the practitioner leaves the roster, and
/// when the delegation it followed a patient by ends. Before the fix each kept receiving.
pub(super) async fn ends_a_stream_when_its_session_or_access_ends(url: &str) {
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
