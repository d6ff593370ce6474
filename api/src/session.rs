//! Who is asking: the session a request carries (a bearer token or the session cookie), the
//! cookie that carries it, and the client's address.

use std::time::SystemTime;

use alloy::primitives::Address;
use axum::{
    extract::FromRequestParts,
    http::{header, request::Parts},
};

use crate::{Api, error::ApiError};

impl Api {
    /// The `Set-Cookie` value that gives a browser `token` for `max_age` seconds (0 clears
    /// it): HttpOnly so scripts can't read it, SameSite=Strict so no other site's page sends
    /// it, Secure when the API is served over https.
    pub(crate) fn session_cookie(&self, token: &str, max_age: u64) -> axum::http::HeaderValue {
        let secure = if self.0.config.public_url.starts_with("https://") {
            "; Secure"
        } else {
            ""
        };
        let value = format!(
            "{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}"
        );
        // A JWT is base64url and dots: always a valid header value.
        axum::http::HeaderValue::from_str(&value).unwrap_or_else(|_| {
            axum::http::HeaderValue::from_static("consentry_session=; Max-Age=0")
        })
    }
}

/// The name of the cookie that carries a browser's session token (set by `POST
/// /v1/auth/login`, cleared by `POST /v1/auth/logout`).
pub const SESSION_COOKIE: &str = "consentry_session";

/// The signed-in account, if the request carries a session token: in an `Authorization:
/// Bearer` header, else in the session cookie.
#[derive(Debug, Clone)]
pub struct Caller {
    pub(crate) account: Option<Address>,
    /// When the session ends (unix seconds).
    pub(crate) expires_at: Option<u64>,
    /// Why a session cookie was not taken (expired, from another server): told only to routes
    /// that need a session, so a stale cookie never breaks a public page.
    stale_cookie: Option<ApiError>,
}

impl Caller {
    pub(crate) fn require(&self) -> Result<Address, ApiError> {
        if let Some(account) = self.account {
            return Ok(account);
        }
        Err(self.stale_cookie.clone().unwrap_or_else(|| {
            ApiError::unauthenticated(
                "sign in first: POST /v1/auth/login, then send Authorization: Bearer <token> \
                 (or the session cookie it sets)",
            )
        }))
    }
}

/// The value of cookie `name`, from any of the request's `Cookie` headers.
fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim())
}

impl FromRequestParts<Api> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, api: &Api) -> Result<Self, Self::Rejection> {
        let now = SystemTime::now();
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or_else(|| {
                    ApiError::unauthenticated("the Authorization header must be `Bearer <token>`")
                })?;
            let (account, expires_at) = api.0.sessions.verify_until(token.trim(), now)?;
            return Ok(Caller {
                account: Some(account),
                expires_at: Some(expires_at),
                stale_cookie: None,
            });
        }
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE).filter(|t| !t.is_empty()) else {
            return Ok(Caller {
                account: None,
                expires_at: None,
                stale_cookie: None,
            });
        };
        Ok(match api.0.sessions.verify_until(token, now) {
            Ok((account, expires_at)) => Caller {
                account: Some(account),
                expires_at: Some(expires_at),
                stale_cookie: None,
            },
            Err(error) => {
                let mut refusal = ApiError::from(error);
                refusal.field = Some("cookie".into());
                refusal.message = format!("the session cookie: {}; sign in again", refusal.message);
                Caller {
                    account: None,
                    expires_at: None,
                    stale_cookie: Some(refusal),
                }
            }
        })
    }
}

/// The client's address, as the server accepted its connection (`None` when the router is
/// driven without one, as in unit tests). Behind a reverse proxy it is the proxy's.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}

/// The signed-in account, required: a request without a session is refused with 401 before
/// anything else about it is looked at.
#[derive(Debug, Clone, Copy)]
pub struct Session(pub Address);

impl FromRequestParts<Api> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, api: &Api) -> Result<Self, Self::Rejection> {
        Ok(Session(
            Caller::from_request_parts(parts, api).await?.require()?,
        ))
    }
}
