//! What the sign-in tests share: our configuration, a clock around the message's `Issued At`, and
//! messages laid out as wallets lay them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use alloy::{primitives::Address, signers::local::PrivateKeySigner};

use super::SiweConfig;

pub(super) const DOMAIN: &str = "127.0.0.1:8080";
const ORIGIN: &str = "http://127.0.0.1:8080";
const CHAIN_ID: u64 = 31337;
/// 2025-06-01T12:00:00Z.
pub(super) const ISSUED_AT: u64 = 1_748_779_200;

pub(super) fn config() -> SiweConfig {
    SiweConfig {
        domain: DOMAIN.to_owned(),
        uri: ORIGIN.to_owned(),
        chain_id: CHAIN_ID,
        max_age: Duration::from_secs(10 * 60),
        clock_skew: Duration::from_secs(30),
    }
}

/// Seconds after the message's `Issued At`.
pub(super) fn at(seconds: i64) -> SystemTime {
    let issued = UNIX_EPOCH + Duration::from_secs(ISSUED_AT);
    if seconds >= 0 {
        issued + Duration::from_secs(seconds.unsigned_abs())
    } else {
        issued - Duration::from_secs(seconds.unsigned_abs())
    }
}

/// The fields of a sign-in message, laid out as viem's `createSiweMessage` lays them.
pub(super) struct Fields {
    pub(super) domain: &'static str,
    address: Address,
    pub(super) uri: &'static str,
    pub(super) chain_id: u64,
    pub(super) expiration: Option<&'static str>,
    pub(super) not_before: Option<&'static str>,
}

impl Fields {
    pub(super) fn new(address: Address) -> Self {
        Self {
            domain: DOMAIN,
            address,
            uri: ORIGIN,
            chain_id: CHAIN_ID,
            expiration: Some("2025-06-01T12:05:00.000Z"),
            not_before: None,
        }
    }

    pub(super) fn text(&self) -> String {
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

pub(super) fn someone() -> PrivateKeySigner {
    PrivateKeySigner::random()
}
