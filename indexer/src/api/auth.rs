//! Sign-In with Ethereum (EIP-4361) and short-lived session tokens.
//!
//! A client asks for a nonce, signs an EIP-4361 message with it, and trades message and
//! signature for a session token. [`check_message`] checks what the message is bound to (domain,
//! URI, chain, times); the caller checks that the nonce is one it handed out and has not been
//! used; [`verify_signature`] checks who signed it, externally owned accounts by key recovery and
//! contract wallets by ERC-1271; [`Sessions`] issues and checks the token.

use std::{
    fmt,
    str::FromStr,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use alloy::{
    primitives::{Address, Signature, eip191_hash_message},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol,
    sol_types::SolCall,
};
use jsonwebtoken::{
    Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode, errors::ErrorKind,
};
use serde::{Deserialize, Serialize};

sol! {
    /// ERC-1271: how a contract wallet says a signature is its own.
    interface IERC1271 {
        /// Returns this function's selector when `signature` is valid for `hash`.
        function isValidSignature(bytes32 hash, bytes signature) external view returns (bytes4 magicValue);
    }
}

/// What a sign-in message must be bound to.
#[derive(Clone, Debug)]
pub struct SiweConfig {
    /// `host[:port]` the API is served from, as in the message's first line.
    pub domain: String,
    /// The API's origin, e.g. `http://127.0.0.1:8080`; the message URI must be it or under it.
    pub uri: String,
    /// The chain the suite is deployed on.
    pub chain_id: u64,
    /// How old the message's `Issued At` may be.
    pub max_age: Duration,
    /// How far the signer's clock may be off from ours.
    pub clock_skew: Duration,
}

/// Why a sign-in or a session token was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// The text is not an EIP-4361 message.
    #[error("malformed sign-in message: {0}")]
    MalformedMessage(String),
    /// The message is for another site.
    #[error("message is for domain {got}, expected {expected}")]
    WrongDomain {
        /// Our domain.
        expected: String,
        /// The message's domain.
        got: String,
    },
    /// The message's URI is not under the API's origin.
    #[error("message uri {got} is not under {expected}")]
    WrongUri {
        /// Our origin.
        expected: String,
        /// The message's URI.
        got: String,
    },
    /// The message is for another chain.
    #[error("message is for chain {got}, expected {expected}")]
    WrongChainId {
        /// Our chain.
        expected: u64,
        /// The message's chain.
        got: u64,
    },
    /// The message's `Expiration Time` has passed.
    #[error("message expired at {0}")]
    Expired(String),
    /// The message's `Not Before` has not come yet.
    #[error("message is not valid before {0}")]
    NotYetValid(String),
    /// The message's `Issued At` is older than [`SiweConfig::max_age`].
    #[error("message was issued at {0}, too long ago")]
    IssuedTooLongAgo(String),
    /// The message's `Issued At` is ahead of our clock by more than the allowed skew.
    #[error("message was issued at {0}, in the future")]
    IssuedInFuture(String),
    /// The nonce was not handed out by this server, or was already used (the caller decides).
    #[error("nonce is unknown or already used")]
    UnknownNonce,
    /// The signature is not a signature: not hex, or not 65 bytes of ECDSA `r, s, v`.
    #[error("malformed signature")]
    MalformedSignature,
    /// An ECDSA signature the contracts' OpenZeppelin `ECDSA.recover` refuses: `v` other than
    /// 27 or 28, or `s` in the upper half of the curve order (the malleable twin of a valid
    /// signature).
    #[error("non-canonical signature: {0}")]
    NonCanonicalSignature(&'static str),
    /// The signature is by another key than the message's address.
    #[error("message is for {expected} but was signed by {recovered}")]
    WrongSigner {
        /// The message's address.
        expected: Address,
        /// Who signed.
        recovered: Address,
    },
    /// The message's address is a contract wallet and its `isValidSignature` said no.
    #[error("contract wallet {wallet} refused the signature (ERC-1271): {reason}")]
    ContractWalletRefused {
        /// The message's address.
        wallet: Address,
        /// What it answered.
        reason: String,
    },
    /// The signature is not the address's own key's, and there is no RPC endpoint to ask the
    /// address whether it is a contract wallet that accepts it.
    #[error(
        "signature is not by {0}'s key, and no rpc endpoint is configured to check a contract wallet (ERC-1271)"
    )]
    ContractWalletNeedsRpc(Address),
    /// The node could not be asked about a contract wallet. The transport's error is kept for
    /// logs but left out of the message, which goes to clients: it can name the RPC URL and
    /// the key in it.
    #[error("could not reach the chain to check a contract wallet")]
    Rpc(String),
    /// No `Authorization: Bearer` token.
    #[error("missing bearer token")]
    TokenMissing,
    /// The token is not a JWT.
    #[error("malformed session token")]
    TokenMalformed,
    /// The token's `exp` has passed.
    #[error("session token expired")]
    TokenExpired,
    /// The token was not issued by this server, for this domain.
    #[error("invalid session token")]
    TokenInvalid,
}

impl AuthError {
    /// A stable snake_case reason for JSON error bodies.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MalformedMessage(_) => "malformed_message",
            Self::WrongDomain { .. } => "wrong_domain",
            Self::WrongUri { .. } => "wrong_uri",
            Self::WrongChainId { .. } => "wrong_chain_id",
            Self::Expired(_) => "message_expired",
            Self::NotYetValid(_) => "message_not_yet_valid",
            Self::IssuedTooLongAgo(_) => "issued_too_long_ago",
            Self::IssuedInFuture(_) => "issued_in_future",
            Self::UnknownNonce => "unknown_nonce",
            Self::MalformedSignature => "malformed_signature",
            Self::NonCanonicalSignature(_) => "non_canonical_signature",
            Self::WrongSigner { .. } => "wrong_signer",
            Self::ContractWalletRefused { .. } => "contract_wallet_refused",
            Self::ContractWalletNeedsRpc(_) => "contract_wallet_needs_rpc",
            Self::Rpc(_) => "rpc_unavailable",
            Self::TokenMissing => "token_missing",
            Self::TokenMalformed => "token_malformed",
            Self::TokenExpired => "token_expired",
            Self::TokenInvalid => "token_invalid",
        }
    }

    /// The request field at fault: `message`, `signature` or `authorization`; `None` when the
    /// fault is ours (the node could not be reached).
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Self::MalformedMessage(_)
            | Self::WrongDomain { .. }
            | Self::WrongUri { .. }
            | Self::WrongChainId { .. }
            | Self::Expired(_)
            | Self::NotYetValid(_)
            | Self::IssuedTooLongAgo(_)
            | Self::IssuedInFuture(_)
            | Self::UnknownNonce => Some("message"),
            Self::MalformedSignature
            | Self::NonCanonicalSignature(_)
            | Self::WrongSigner { .. }
            | Self::ContractWalletRefused { .. }
            | Self::ContractWalletNeedsRpc(_) => Some("signature"),
            Self::Rpc(_) => None,
            Self::TokenMissing | Self::TokenMalformed | Self::TokenExpired | Self::TokenInvalid => {
                Some("authorization")
            }
        }
    }
}

/// A sign-in message that passed [`check_message`]: its fields, and the text as signed (which
/// may start with a `scheme://` the parsed fields do not keep).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInMessage {
    parsed: siwe::Message,
    text: String,
}

impl SignInMessage {
    /// The text the wallet signed.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl std::ops::Deref for SignInMessage {
    type Target = siwe::Message;

    fn deref(&self) -> &siwe::Message {
        &self.parsed
    }
}

/// Parses and checks everything but the signature and the nonce's freshness.
///
/// The text must be exactly what the parsed message prints back, because the signature is
/// checked against that print: the parser skips some lines without reading them, and a message
/// that differs from what was signed would otherwise fail later as a confusing wrong signer.
///
/// EIP-4361 lets the first line name the scheme (`https://example.com wants you to sign
/// in...`); the `siwe` crate (0.6) parses the domain only, so the scheme is taken off here and
/// must be the API's own.
pub fn check_message(
    config: &SiweConfig,
    message: &str,
    now: SystemTime,
) -> Result<SignInMessage, AuthError> {
    let (scheme, unprefixed) = split_scheme(message);
    let parsed: siwe::Message = unprefixed
        .parse()
        .map_err(|error: siwe::ParseError| AuthError::MalformedMessage(error.to_string()))?;
    if parsed.to_string() != unprefixed {
        return Err(AuthError::MalformedMessage(
            "not in the canonical EIP-4361 layout".to_owned(),
        ));
    }

    let domain = parsed.domain.as_str();
    if !domain.eq_ignore_ascii_case(&config.domain) {
        return Err(AuthError::WrongDomain {
            expected: config.domain.clone(),
            got: domain.to_owned(),
        });
    }
    let own_scheme = config.uri.split_once("://").map_or("https", |(s, _)| s);
    if let Some(scheme) = scheme
        && !scheme.eq_ignore_ascii_case(own_scheme)
    {
        return Err(AuthError::WrongDomain {
            expected: format!("{own_scheme}://{}", config.domain),
            got: format!("{scheme}://{domain}"),
        });
    }
    if !is_under(parsed.uri.as_str(), &config.uri) {
        return Err(AuthError::WrongUri {
            expected: config.uri.clone(),
            got: parsed.uri.to_string(),
        });
    }
    if parsed.chain_id != config.chain_id {
        return Err(AuthError::WrongChainId {
            expected: config.chain_id,
            got: parsed.chain_id,
        });
    }

    let skew = config.clock_skew;
    // Valid while now < expiration (EIP-4361), with the skew in the signer's favour.
    if let Some(expiration) = &parsed.expiration_time
        && now
            .duration_since(system_time(expiration))
            .is_ok_and(|past| past >= skew)
    {
        return Err(AuthError::Expired(expiration.to_string()));
    }
    if let Some(not_before) = &parsed.not_before
        && system_time(not_before)
            .duration_since(now)
            .is_ok_and(|ahead| ahead > skew)
    {
        return Err(AuthError::NotYetValid(not_before.to_string()));
    }
    let issued_at = system_time(&parsed.issued_at);
    if issued_at
        .duration_since(now)
        .is_ok_and(|ahead| ahead > skew)
    {
        return Err(AuthError::IssuedInFuture(parsed.issued_at.to_string()));
    }
    if now
        .duration_since(issued_at)
        .is_ok_and(|age| age > config.max_age.saturating_add(skew))
    {
        return Err(AuthError::IssuedTooLongAgo(parsed.issued_at.to_string()));
    }
    Ok(SignInMessage {
        parsed,
        text: message.to_owned(),
    })
}

/// The message's optional leading `scheme://` (RFC 3986: a letter, then letters, digits, `+`,
/// `-` or `.`), and the message without it.
fn split_scheme(message: &str) -> (Option<&str>, &str) {
    match message.split_once("://") {
        Some((scheme, rest))
            if scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) =>
        {
            (Some(scheme), rest)
        }
        _ => (None, message),
    }
}

/// Whether `uri` is `origin` or a path, query or fragment under it: `http://a:80` must not
/// admit `http://a:8080`.
fn is_under(uri: &str, origin: &str) -> bool {
    uri.strip_prefix(origin.trim_end_matches('/'))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
}

fn system_time(timestamp: &siwe::TimeStamp) -> SystemTime {
    SystemTime::from(*timestamp.as_ref())
}

/// Checks that the message's address signed it (EIP-191 `personal_sign` over the message text).
///
/// An externally owned account is checked by key recovery, with no RPC. If that fails, the
/// address may be a contract wallet: with a `provider`, an address that has code is asked
/// `isValidSignature(hash, signature)` (ERC-1271, `hash` the EIP-191 hash of the text) and must
/// answer the function's selector; an address without code gets the recovery's error. Without a
/// `provider` there is no telling an account signed with the wrong key from a contract wallet, so
/// every failure is [`AuthError::ContractWalletNeedsRpc`].
///
/// Recovery comes first so an EIP-7702 account, which has code, still signs in with its key.
/// Wallets not yet deployed (ERC-6492) are not supported.
///
/// A key's signature must be one the contracts' OpenZeppelin `ECDSA.recover` accepts too (see
/// [`canonical_signature`]), so an account signs in with exactly the signatures its
/// `grantBySig` would take.
pub async fn verify_signature<P: Provider + ?Sized>(
    message: &SignInMessage,
    signature: &[u8],
    provider: Option<&P>,
) -> Result<(), AuthError> {
    let address = Address::from(message.address);
    let text = message.text();
    if let Err(refusal @ AuthError::NonCanonicalSignature(_)) = canonical_signature(signature)
        && Signature::from_raw(signature)
            .and_then(|lenient| lenient.recover_address_from_msg(text))
            .is_ok_and(|recovered| recovered == address)
    {
        // The address's own key signed, in a form the contracts refuse: no wallet to ask.
        return Err(refusal);
    }
    let by_key = canonical_signature(signature)
        .and_then(|signature| {
            signature
                .recover_address_from_msg(text)
                .map_err(|_| AuthError::MalformedSignature)
        })
        .and_then(|recovered| {
            if recovered == address {
                Ok(())
            } else {
                Err(AuthError::WrongSigner {
                    expected: address,
                    recovered,
                })
            }
        });
    let Err(by_key) = by_key else {
        return Ok(());
    };
    let Some(provider) = provider else {
        return Err(AuthError::ContractWalletNeedsRpc(address));
    };

    let code = provider
        .get_code_at(address)
        .await
        .map_err(|error| AuthError::Rpc(error.to_string()))?;
    if code.is_empty() {
        return Err(by_key);
    }
    let call = IERC1271::isValidSignatureCall {
        hash: eip191_hash_message(text),
        signature: signature.to_vec().into(),
    };
    let request = TransactionRequest::default()
        .to(address)
        .input(call.abi_encode().into());
    let refused = |reason: String| AuthError::ContractWalletRefused {
        wallet: address,
        reason,
    };
    let answer = match provider.call(request).await {
        Ok(answer) => answer,
        // The node answered with an error: the call reverted.
        Err(error) if error.as_error_resp().is_some() => return Err(refused(error.to_string())),
        Err(error) => return Err(AuthError::Rpc(error.to_string())),
    };
    match IERC1271::isValidSignatureCall::abi_decode_returns(&answer) {
        Ok(magic) if magic == IERC1271::isValidSignatureCall::SELECTOR => Ok(()),
        Ok(other) => Err(refused(format!("answered {other}"))),
        Err(error) => Err(refused(format!("undecodable answer: {error}"))),
    }
}

/// A 65-byte `r, s, v` signature as OpenZeppelin's `ECDSA.recover` (which the contracts use)
/// accepts it: `v` 27 or 28 (not a bare parity bit 0/1), and `s` in the lower half of the curve
/// order (EIP-2: its twin `n - s` recovers the same key and would make every signature two).
fn canonical_signature(signature: &[u8]) -> Result<Signature, AuthError> {
    let [.., v] = signature else {
        return Err(AuthError::MalformedSignature);
    };
    match v {
        27 | 28 => {}
        0 | 1 => {
            return Err(AuthError::NonCanonicalSignature(
                "v must be 27 or 28, not a parity bit 0 or 1",
            ));
        }
        _ => return Err(AuthError::MalformedSignature),
    }
    let parsed = Signature::from_raw(signature).map_err(|_| AuthError::MalformedSignature)?;
    if parsed.normalize_s().is_some() {
        return Err(AuthError::NonCanonicalSignature(
            "s is in the upper half of the curve order",
        ));
    }
    Ok(parsed)
}

/// A fresh sign-in nonce: 17 random alphanumerics, as EIP-4361 asks.
pub fn new_nonce() -> String {
    siwe::generate_nonce()
}

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
    use alloy::{
        providers::DynProvider,
        signers::{SignerSync, local::PrivateKeySigner},
    };

    use super::*;

    const DOMAIN: &str = "127.0.0.1:8080";
    const ORIGIN: &str = "http://127.0.0.1:8080";
    const CHAIN_ID: u64 = 31337;
    /// 2025-06-01T12:00:00Z.
    const ISSUED_AT: u64 = 1_748_779_200;

    fn config() -> SiweConfig {
        SiweConfig {
            domain: DOMAIN.to_owned(),
            uri: ORIGIN.to_owned(),
            chain_id: CHAIN_ID,
            max_age: Duration::from_secs(10 * 60),
            clock_skew: Duration::from_secs(30),
        }
    }

    /// Seconds after the message's `Issued At`.
    fn at(seconds: i64) -> SystemTime {
        let issued = UNIX_EPOCH + Duration::from_secs(ISSUED_AT);
        if seconds >= 0 {
            issued + Duration::from_secs(seconds.unsigned_abs())
        } else {
            issued - Duration::from_secs(seconds.unsigned_abs())
        }
    }

    /// The fields of a sign-in message, laid out as viem's `createSiweMessage` lays them.
    struct Fields {
        domain: &'static str,
        address: Address,
        uri: &'static str,
        chain_id: u64,
        expiration: Option<&'static str>,
        not_before: Option<&'static str>,
    }

    impl Fields {
        fn new(address: Address) -> Self {
            Self {
                domain: DOMAIN,
                address,
                uri: ORIGIN,
                chain_id: CHAIN_ID,
                expiration: Some("2025-06-01T12:05:00.000Z"),
                not_before: None,
            }
        }

        fn text(&self) -> String {
            let Self {
                domain,
                address,
                uri,
                chain_id,
                ..
            } = self;
            let mut text = format!(
                "{domain} wants you to sign in with your Ethereum account:\n{}\n\n\
                 Sign in to Consentry.\n\n\
                 URI: {uri}\nVersion: 1\nChain ID: {chain_id}\nNonce: {}\n\
                 Issued At: 2025-06-01T12:00:00.000Z",
                address.to_checksum(None),
                "kEWepMt9knR6lWJ6A",
            );
            if let Some(expiration) = self.expiration {
                text.push_str(&format!("\nExpiration Time: {expiration}"));
            }
            if let Some(not_before) = self.not_before {
                text.push_str(&format!("\nNot Before: {not_before}"));
            }
            text
        }
    }

    fn someone() -> PrivateKeySigner {
        PrivateKeySigner::random()
    }

    #[test]
    fn check_message_accepts_a_wallet_message() {
        let signer = someone();
        let message = check_message(&config(), &Fields::new(signer.address()).text(), at(30))
            .expect("a fresh message for us");
        assert_eq!(Address::from(message.address), signer.address());
        assert_eq!(message.nonce, "kEWepMt9knR6lWJ6A");
    }

    #[test]
    fn check_message_accepts_a_uri_under_the_origin() {
        let mut fields = Fields::new(someone().address());
        fields.uri = "http://127.0.0.1:8080/api/v1/auth/login";
        check_message(&config(), &fields.text(), at(30)).expect("a path under the origin");
    }

    #[test]
    fn check_message_refuses_each_binding() {
        let address = someone().address();
        let refusal = |fields: Fields, now| {
            check_message(&config(), &fields.text(), now)
                .expect_err("refused")
                .code()
        };

        let mut fields = Fields::new(address);
        fields.domain = "evil.example";
        assert_eq!(refusal(fields, at(30)), "wrong_domain");

        let mut fields = Fields::new(address);
        fields.uri = "http://127.0.0.1:80801";
        assert_eq!(refusal(fields, at(30)), "wrong_uri");

        let mut fields = Fields::new(address);
        fields.uri = "https://evil.example/login";
        assert_eq!(refusal(fields, at(30)), "wrong_uri");

        let mut fields = Fields::new(address);
        fields.chain_id = 1;
        assert_eq!(refusal(fields, at(30)), "wrong_chain_id");
    }

    #[test]
    fn check_message_refuses_by_time() {
        let address = someone().address();
        let refusal = |fields: Fields, now| check_message(&config(), &fields.text(), now);

        // Expires at +5 min; the skew of 30 s is on the signer's side.
        assert!(refusal(Fields::new(address), at(5 * 60 + 29)).is_ok());
        assert_eq!(
            refusal(Fields::new(address), at(5 * 60 + 30)),
            Err(AuthError::Expired("2025-06-01T12:05:00.000Z".to_owned()))
        );

        let mut fields = Fields::new(address);
        fields.not_before = Some("2025-06-01T12:02:00.000Z");
        assert_eq!(
            refusal(fields, at(60)),
            Err(AuthError::NotYetValid(
                "2025-06-01T12:02:00.000Z".to_owned()
            ))
        );

        let mut fields = Fields::new(address);
        fields.expiration = None;
        assert_eq!(
            refusal(fields, at(11 * 60)),
            Err(AuthError::IssuedTooLongAgo(
                "2025-06-01T12:00:00.000Z".to_owned()
            ))
        );

        assert_eq!(
            refusal(Fields::new(address), at(-31)),
            Err(AuthError::IssuedInFuture(
                "2025-06-01T12:00:00.000Z".to_owned()
            ))
        );
        assert!(refusal(Fields::new(address), at(-30)).is_ok());
    }

    #[test]
    fn check_message_refuses_malformed_text() {
        let address = Address::repeat_byte(0xab);
        let text = Fields::new(address).text();
        let cases = [
            String::new(),
            "hello".to_owned(),
            // Not EIP-55.
            text.replace(
                &address.to_checksum(None),
                &format!("{address:#x}").to_lowercase(),
            ),
            text.to_lowercase(),
            text.replace("Version: 1", "Version: 2"),
            format!("{text}\n"),
            text.replace('\n', "\r\n"),
            text.replace("Nonce: kEWepMt9knR6lWJ6A", "Nonce: short"),
        ];
        for case in cases {
            let error = check_message(&config(), &case, at(30)).expect_err(&case);
            assert_eq!(error.code(), "malformed_message", "{case:?}: {error}");
            assert_eq!(error.field(), Some("message"));
        }
    }

    #[test]
    fn check_message_refuses_text_that_does_not_print_back() {
        // The parser skips the line after the address unread.
        let text = Fields::new(someone().address()).text().replacen(
            "\n\nSign in",
            "\nsmuggled\nSign in",
            1,
        );
        assert!(text.parse::<siwe::Message>().is_ok());
        assert!(matches!(
            check_message(&config(), &text, at(30)),
            Err(AuthError::MalformedMessage(_))
        ));
    }

    #[tokio::test]
    async fn verify_signature_accepts_personal_sign() {
        let signer = someone();
        let text = Fields::new(signer.address()).text();
        let message = check_message(&config(), &text, at(30)).expect("valid");
        let signature = signer.sign_message_sync(text.as_bytes()).expect("signs");
        verify_signature(&message, &signature.as_bytes(), None::<&DynProvider>)
            .await
            .expect("the address's own key");
    }

    #[tokio::test]
    async fn verify_signature_refuses_what_the_contracts_ecdsa_refuses() {
        let signer = someone();
        let text = Fields::new(signer.address()).text();
        let message = check_message(&config(), &text, at(30)).expect("valid");
        let signature = signer.sign_message_sync(text.as_bytes()).expect("signs");

        // v as a parity bit 0/1 instead of 27/28: OpenZeppelin's ECDSA recovers no one.
        let mut parity = signature.as_bytes();
        parity[64] -= 27;
        // The malleable twin (r, n - s, flipped v): it recovers the same key.
        let twin = Signature::new(signature.r(), SECP256K1N - signature.s(), !signature.v());
        assert_eq!(
            twin.recover_address_from_msg(&text).ok(),
            Some(signer.address())
        );
        for raw in [parity.to_vec(), twin.as_bytes().to_vec()] {
            let refused = verify_signature(&message, &raw, None::<&DynProvider>)
                .await
                .expect_err("not canonical");
            assert_eq!(refused.code(), "non_canonical_signature", "{refused}");
            assert_eq!(refused.field(), Some("signature"));
        }
    }

    /// secp256k1's group order.
    const SECP256K1N: alloy::primitives::U256 = alloy::primitives::uint!(
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141_U256
    );

    #[tokio::test]
    async fn check_message_accepts_the_optional_scheme() {
        let signer = someone();
        let text = format!("http://{}", Fields::new(signer.address()).text());
        let message = check_message(&config(), &text, at(30)).expect("EIP-4361 allows a scheme");
        assert_eq!(message.text(), text);
        let signature = signer.sign_message_sync(text.as_bytes()).expect("signs");
        verify_signature(&message, &signature.as_bytes(), None::<&DynProvider>)
            .await
            .expect("signed with the scheme, checked with it");

        let other = format!("https://{}", Fields::new(signer.address()).text());
        assert_eq!(
            check_message(&config(), &other, at(30)).map(|_| ()),
            Err(AuthError::WrongDomain {
                expected: format!("http://{DOMAIN}"),
                got: format!("https://{DOMAIN}"),
            }),
            "the API is served over http"
        );
    }

    #[tokio::test]
    async fn verify_signature_without_rpc_cannot_rule_out_a_contract_wallet() {
        let signer = someone();
        let text = Fields::new(signer.address()).text();
        let message = check_message(&config(), &text, at(30)).expect("valid");
        let by_another = someone().sign_message_sync(text.as_bytes()).expect("signs");
        for signature in [by_another.as_bytes().to_vec(), vec![0xab; 65], vec![]] {
            assert_eq!(
                verify_signature(&message, &signature, None::<&DynProvider>).await,
                Err(AuthError::ContractWalletNeedsRpc(signer.address()))
            );
        }
    }

    #[test]
    fn verify_signature_is_send() {
        fn assert_send<T: Send>(_: T) {}
        let message = check_message(&config(), &Fields::new(someone().address()).text(), at(0))
            .expect("valid");
        assert_send(verify_signature(&message, &[], None::<&DynProvider>));
    }

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

    #[test]
    fn nonces_are_what_siwe_accepts() {
        let nonce = new_nonce();
        assert!(nonce.len() >= 8 && nonce.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(nonce, new_nonce());
    }
}
