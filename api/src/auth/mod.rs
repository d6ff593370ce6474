//! Sign-In with Ethereum (EIP-4361) and short-lived session tokens.
//!
//! A client asks for a nonce, signs an EIP-4361 message with it, and trades message and
//! signature for a session token. [`check_message`] checks what the message is bound to (domain,
//! URI, chain, times); the caller checks that the nonce is one it handed out and has not been
//! used; [`verify_signature`] checks who signed it, externally owned accounts by key recovery and
//! contract wallets by ERC-1271; [`Sessions`] issues and checks the token.
//!
//! The message checks are in `message`, the signature checks in `signature`, the tokens in
//! `session`, each with its tests; this module holds the configuration and the errors.

#[cfg(test)]
mod fixtures;
mod message;
mod session;
mod signature;

use std::time::Duration;

use alloy::primitives::Address;

pub use self::{
    message::{SignInMessage, check_message, new_nonce},
    session::{Sessions, bearer_token},
    signature::verify_signature,
};

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

/// The node's error behind [`AuthError::Rpc`], kept whole as its source: shared, since sign-in
/// errors are cloned, and compared by what it says.
#[derive(Debug, Clone, thiserror::Error)]
#[error(transparent)]
pub struct NodeError(#[from] std::sync::Arc<alloy::transports::TransportError>);

impl From<alloy::transports::TransportError> for NodeError {
    fn from(error: alloy::transports::TransportError) -> Self {
        Self(std::sync::Arc::new(error))
    }
}

impl PartialEq for NodeError {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_string() == other.0.to_string()
    }
}

impl Eq for NodeError {}

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
    /// The node could not be asked about a contract wallet. The transport's error is kept as
    /// the source, for logs, but left out of the message, which goes to clients: it can name
    /// the RPC URL and the key in it.
    #[error("could not reach the chain to check a contract wallet")]
    Rpc(#[source] NodeError),
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
