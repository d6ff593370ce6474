//! Sign-In with Ethereum: nonces, sign-in, sign-out and the session.

use alloy::primitives::Address;
use axum::{
    Json,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::NoParams;
use crate::{
    Api, ClientIp, Session,
    auth::{self, AuthError},
    error::{ApiError, ErrorBody},
    params::Query,
    throttle, unix,
};

/// A fresh sign-in nonce and what the message must name.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct NonceAnswer {
    /// Put this in the message's `Nonce:` line; it is good for one sign-in.
    nonce: String,
    /// When it lapses (unix seconds).
    expires_at: u64,
    /// The message's domain (first line).
    domain: String,
    /// The message's `URI:` must start with this.
    uri: String,
    /// The message's `Chain ID:`.
    chain_id: u64,
}

/// A signed EIP-4361 message.
#[derive(Debug, Deserialize, ToSchema)]
pub(super) struct LoginRequest {
    /// The message text, exactly as signed.
    message: String,
    /// The `personal_sign` signature, 0x hex.
    signature: String,
}

/// A session.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(super) struct SessionAnswer {
    /// Send as `Authorization: Bearer <token>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
    /// The signed-in account.
    #[schema(value_type = String)]
    address: Address,
    /// When the session ends (unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_at: Option<u64>,
    /// The active organisation the account practises at, if any.
    practitioner_of: Option<u32>,
}

/// The most sign-in nonces outstanding (issued, unused, unexpired) at once, across every
/// instance sharing the store: a bound on the table whatever the number of clients.
const MAX_OUTSTANDING_NONCES: u32 = 10_000;

/// Issues a sign-in nonce: at most 30 at once and one a second per client address (429 past
/// that, with `Retry-After`), and at most 10,000 outstanding in all.
#[utoipa::path(
    get,
    path = "/v1/auth/nonce",
    tag = "sign-in",
    params(NoParams),
    responses(
        (status = 200, body = NonceAnswer),
        (status = 400, body = ErrorBody),
        (status = 429, body = ErrorBody, headers(("Retry-After" = u64, description = "seconds to wait"))),
    ),
)]
pub(super) async fn nonce(
    State(api): State<Api>,
    ClientIp(client): ClientIp,
    _: Query<NoParams>,
) -> Result<Json<NonceAnswer>, ApiError> {
    if let Some(client) = client
        && let Err(wait) = api.0.nonces.take(client, std::time::Instant::now()).await
    {
        return Err(ApiError::too_many(
            "rate_limited",
            format!(
                "at most {} sign-in nonces at once and one every {} s per client; ask again in \
                 {wait} s",
                throttle::BURST,
                throttle::REFILL.as_secs()
            ),
            wait,
        ));
    }
    let nonce = auth::new_nonce();
    let now = unix(std::time::SystemTime::now());
    let expires_at = now + api.0.siwe.max_age.as_secs();
    if !api
        .store()
        .put_nonce(&nonce, now, expires_at, MAX_OUTSTANDING_NONCES)
        .await?
    {
        return Err(ApiError::too_many(
            "too_many_nonces",
            format!(
                "{MAX_OUTSTANDING_NONCES} sign-in nonces are outstanding; ask again when some \
                 have been used or have lapsed"
            ),
            60,
        ));
    }
    Ok(Json(NonceAnswer {
        nonce,
        expires_at,
        domain: api.0.siwe.domain.clone(),
        uri: api.0.siwe.uri.clone(),
        chain_id: api.0.siwe.chain_id,
    }))
}

/// Signs in with a signed EIP-4361 message (EOA or ERC-1271 contract wallet). The answer also
/// sets the session cookie, for browsers.
///
/// The body must be sent as `application/json`, and a browser's request must come from the
/// API's own origin (see [`refuse_cross_site`]).
#[utoipa::path(
    post,
    path = "/v1/auth/login",
    tag = "sign-in",
    request_body = LoginRequest,
    responses(
        (status = 200, body = SessionAnswer, headers(("Set-Cookie" = String, description = "`consentry_session=<token>; HttpOnly; SameSite=Strict; Path=/; Max-Age=<seconds>` (and `Secure` behind https): the same session, for a browser on this origin"))),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`cross_origin`: sent from another site's page"),
        (status = 415, body = ErrorBody, description = "the body is not sent as application/json"),
    ),
)]
pub(super) async fn login(
    State(api): State<Api>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    refuse_cross_site(&api, &headers)?;
    let request: LoginRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad(
            "body",
            "invalid_body",
            format!("the body must be JSON {{\"message\": ..., \"signature\": ...}}: {e}"),
        )
    })?;
    let now = std::time::SystemTime::now();
    let message = auth::check_message(&api.0.siwe, &request.message, now)?;
    let signature = hex::decode(request.signature.trim().trim_start_matches("0x"))
        .map_err(|_| ApiError::from(AuthError::MalformedSignature))?;
    auth::verify_signature(&message, &signature, api.0.rpc.as_ref()).await?;
    // Taken only once the signature holds: a stranger can't burn someone's nonce.
    if !api.store().take_nonce(&message.nonce, unix(now)).await? {
        return Err(AuthError::UnknownNonce.into());
    }
    let address = Address::from(message.address);
    let (token, expires_at) = api.0.sessions.issue(address, now);
    tracing::info!(%address, "signed in");
    let cookie = api.session_cookie(&token, expires_at.saturating_sub(unix(now)));
    let answer = SessionAnswer {
        token: Some(token),
        address,
        expires_at: Some(expires_at),
        practitioner_of: api.practitioner_org(address).await?,
    };
    Ok(([(header::SET_COOKIE, cookie)], Json(answer)).into_response())
}

/// Signs a browser out: clears the session cookie. (A session is a signed token, not a
/// server-side record: a copy of the token taken elsewhere stays good until it expires.)
///
/// Sent as `application/json` (any body), from the API's own origin when by a browser, like
/// the login: another site's page can't sign a browser out.
#[utoipa::path(
    post,
    path = "/v1/auth/logout",
    tag = "sign-in",
    params(NoParams),
    request_body(content = serde_json::Value, content_type = "application/json", description = "Any JSON (`{}`): what counts is that it is sent as application/json."),
    responses(
        (status = 204, description = "Signed out.", headers(("Set-Cookie" = String, description = "`consentry_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`: clears the session cookie"))),
        (status = 400, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`cross_origin`: sent from another site's page"),
        (status = 415, body = ErrorBody, description = "not sent as application/json"),
    ),
)]
pub(super) async fn logout(
    State(api): State<Api>,
    headers: HeaderMap,
    _: Query<NoParams>,
) -> Result<Response, ApiError> {
    refuse_cross_site(&api, &headers)?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, api.session_cookie("", 0))],
    )
        .into_response())
}

/// Refuses a sign-in or sign-out another site's page could have made a browser send (login
/// CSRF: a hidden `text/plain` form that swaps the victim's session for the attacker's).
///
/// A browser sends `Origin` with every POST, so an `Origin` other than the API's own (from
/// `--public-url`) is refused; a request without one is not from a browser (curl, the CLI, a
/// hospital system), which no other site can drive. And the body must be declared
/// `application/json`: a page on another origin can send that type only after a CORS
/// preflight, which this API never answers.
fn refuse_cross_site(api: &Api, headers: &HeaderMap) -> Result<(), ApiError> {
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or_default();
        if !origin.eq_ignore_ascii_case(&api.0.origin) {
            return Err(ApiError::cross_origin(format!(
                "sent from a page at {origin:?}; sign-in and sign-out are taken only from this \
                 API's own origin, {}",
                api.0.origin
            )));
        }
    }
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(ApiError::unsupported_media_type("application/json"));
    }
    Ok(())
}

/// Who the session belongs to.
#[utoipa::path(
    get,
    path = "/v1/auth/session",
    tag = "sign-in",
    security(("session" = [])),
    responses(
        (status = 200, body = SessionAnswer),
        (status = 401, body = ErrorBody),
        (status = 400, body = ErrorBody),
    ),
)]
pub(super) async fn session(
    State(api): State<Api>,
    Session(address): Session,
) -> Result<Json<SessionAnswer>, ApiError> {
    Ok(Json(SessionAnswer {
        token: None,
        address,
        expires_at: None,
        practitioner_of: api.practitioner_org(address).await?,
    }))
}
