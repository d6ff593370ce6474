//! Session tokens: the bearer header, and the short-lived JWTs [`Sessions`] issues and checks.

use std::{
    fmt,
    str::FromStr,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use alloy::primitives::Address;
use jsonwebtoken::{
    Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode, errors::ErrorKind,
};
use serde::{Deserialize, Serialize};

use super::AuthError;

/// The token in an `Authorization: Bearer <token>` header value.
pub fn bearer_token(authorization: Option<&str>) -> Result<&str, AuthError> {
    let value = authorization.ok_or(AuthError::TokenMissing)?;
    let (scheme, token) = value.split_once(' ').ok_or(AuthError::TokenMalformed)?;
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(AuthError::TokenMalformed);
    }
    Ok(token.trim())
}

/// Issues and checks session tokens: HS256 JWTs naming the signed-in address, bound to the
/// API's domain and short-lived.
#[derive(Clone)]
pub struct Sessions {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    domain: String,
    ttl: Duration,
}

/// What a session token says.
#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// The signed-in address, lower-case `0x` hex.
    sub: String,
    iss: String,
    aud: String,
    iat: u64,
    exp: u64,
}

impl Sessions {
    /// Sessions signed with `secret` (at least 32 random bytes), for tokens that last `ttl`.
    pub fn new(secret: &[u8], domain: &str, ttl: Duration) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        // `verify` compares `exp` with the time it is given, not the system clock.
        validation.validate_exp = false;
        validation.leeway = 0;
        validation.set_audience(&[domain]);
        validation.set_issuer(&[domain]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            domain: domain.to_owned(),
            ttl,
        }
    }

    /// Sessions with a random 32-byte secret: tokens die with the process.
    pub fn random(domain: &str, ttl: Duration) -> Self {
        Self::new(&rand::random::<[u8; 32]>(), domain, ttl)
    }

    /// A token for `address`, and when it expires (unix seconds).
    pub fn issue(&self, address: Address, now: SystemTime) -> (String, u64) {
        let issued_at = unix_seconds(now);
        let expires_at = issued_at.saturating_add(self.ttl.as_secs());
        let claims = Claims {
            sub: format!("{address:#x}"),
            iss: self.domain.clone(),
            aud: self.domain.clone(),
            iat: issued_at,
            exp: expires_at,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .expect("HS256 signs any claims with any key");
        (token, expires_at)
    }

    /// The address a token was issued to, if this server issued it for this domain and it has
    /// not expired at `now`.
    pub fn verify(&self, token: &str, now: SystemTime) -> Result<Address, AuthError> {
        self.verify_until(token, now).map(|(address, _)| address)
    }

    /// As [`Sessions::verify`], with when the token expires (unix seconds): a live stream ends
    /// then.
    pub fn verify_until(&self, token: &str, now: SystemTime) -> Result<(Address, u64), AuthError> {
        let claims = decode::<Claims>(token, &self.decoding, &self.validation)
            .map_err(|error| match error.kind() {
                ErrorKind::InvalidToken
                | ErrorKind::Base64(_)
                | ErrorKind::Json(_)
                | ErrorKind::Utf8(_) => AuthError::TokenMalformed,
                ErrorKind::ExpiredSignature => AuthError::TokenExpired,
                _ => AuthError::TokenInvalid,
            })?
            .claims;
        if unix_seconds(now) >= claims.exp {
            return Err(AuthError::TokenExpired);
        }
        let address = Address::from_str(&claims.sub).map_err(|_| AuthError::TokenInvalid)?;
        Ok((address, claims.exp))
    }
}

impl fmt::Debug for Sessions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sessions")
            .field("domain", &self.domain)
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

fn unix_seconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

#[cfg(test)]
mod tests {
    use super::{super::fixtures::*, *};

    const TTL: Duration = Duration::from_secs(15 * 60);

    #[test]
    fn sessions_round_trip() {
        let sessions = Sessions::new(b"0123456789abcdef0123456789abcdef", DOMAIN, TTL);
        let address = someone().address();
        let (token, expires_at) = sessions.issue(address, at(0));
        assert_eq!(expires_at, ISSUED_AT + TTL.as_secs());
        assert_eq!(sessions.verify(&token, at(0)), Ok(address));
        assert_eq!(sessions.verify(&token, at(15 * 60 - 1)), Ok(address));
        assert_eq!(
            sessions.verify(&token, at(15 * 60)),
            Err(AuthError::TokenExpired)
        );
    }

    #[test]
    fn sessions_subject_is_lowercase_hex() {
        let sessions = Sessions::random(DOMAIN, TTL);
        let address = someone().address();
        let (token, _) = sessions.issue(address, at(0));
        let claims = jsonwebtoken::dangerous::insecure_decode::<Claims>(&token)
            .expect("a JWT")
            .claims;
        assert_eq!(claims.sub, format!("{address:#x}").to_lowercase());
        assert_eq!((claims.iss.as_str(), claims.aud.as_str()), (DOMAIN, DOMAIN));
        assert_eq!(claims.exp - claims.iat, TTL.as_secs());
    }

    #[test]
    fn sessions_refuse_foreign_and_tampered_tokens() {
        let sessions = Sessions::random(DOMAIN, TTL);
        let address = someone().address();
        let (token, _) = sessions.issue(address, at(0));

        let (foreign, _) = Sessions::random(DOMAIN, TTL).issue(address, at(0));
        assert_eq!(
            sessions.verify(&foreign, at(0)),
            Err(AuthError::TokenInvalid)
        );

        // Same secret, another site.
        let secret = b"0123456789abcdef0123456789abcdef";
        let ours = Sessions::new(secret, DOMAIN, TTL);
        let (elsewhere, _) = Sessions::new(secret, "evil.example", TTL).issue(address, at(0));
        assert_eq!(ours.verify(&elsewhere, at(0)), Err(AuthError::TokenInvalid));

        // Claims swapped for another address's, signature kept.
        let (other, _) = sessions.issue(someone().address(), at(0));
        let mut parts: Vec<&str> = token.split('.').collect();
        parts[1] = other.split('.').nth(1).expect("claims part");
        assert_eq!(
            sessions.verify(&parts.join("."), at(0)),
            Err(AuthError::TokenInvalid)
        );

        // A signature character changed.
        let mut flipped = token.clone().into_bytes();
        let last = flipped.len() - 2;
        flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).expect("ascii");
        assert_eq!(
            sessions.verify(&flipped, at(0)),
            Err(AuthError::TokenInvalid)
        );

        for garbage in ["", "abc", "a.b.c", "Bearer x"] {
            assert_eq!(
                sessions.verify(garbage, at(0)),
                Err(AuthError::TokenMalformed),
                "{garbage:?}"
            );
        }
    }

    #[test]
    fn bearer_token_reads_the_header() {
        assert_eq!(bearer_token(Some("Bearer abc.def.ghi")), Ok("abc.def.ghi"));
        assert_eq!(bearer_token(Some("bearer abc")), Ok("abc"));
        assert_eq!(bearer_token(None), Err(AuthError::TokenMissing));
        assert_eq!(
            bearer_token(Some("Basic abc")),
            Err(AuthError::TokenMalformed)
        );
        assert_eq!(
            bearer_token(Some("Bearer ")),
            Err(AuthError::TokenMalformed)
        );
        assert_eq!(AuthError::TokenMissing.field(), Some("authorization"));
    }
}
