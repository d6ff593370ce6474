//! The deterministic deployment proxy (Arachnid's, at `0x4e59…956c` on most chains): CREATE2
//! addresses, and the presigned transaction that puts the proxy on a chain that lacks it.
//!
//! The proxy takes `salt ++ initcode` as calldata and deploys with CREATE2, so a contract's
//! address depends only on the proxy, the salt and the initcode: the same on every chain.

use alloy::{
    consensus::{Transaction, TxEnvelope, transaction::SignerRecoverable},
    eips::Decodable2718,
    primitives::{Address, B256, Bytes, U256, address, hex, keccak256},
};

/// Where the proxy lives on every chain that has it.
pub const PROXY: Address = address!("4e59b44847b379578588920ca78fbf26c0b4956c");

/// The one-time account that signed the proxy's deployment (nobody holds its key).
pub const PROXY_SIGNER: Address = address!("3fab184622dc19b6109349b94811493bf2a45362");

/// The proxy's deployment transaction, signed without a chain id (pre-EIP-155) so that it is
/// valid on any chain: nonce 0, gas price 100 gwei, gas limit 100,000.
pub const PROXY_DEPLOYMENT: &[u8] = &hex!(
    "f8a58085174876e800830186a08080b853604580600e600039806000f350fe7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf31ba02222222222222222222222222222222222222222222222222222222222222222a02222222222222222222222222222222222222222222222222222222222222222"
);

/// What the one-time signer must hold for the deployment to be mined: gas limit × gas price.
pub fn proxy_funding() -> U256 {
    U256::from(100_000u64) * U256::from(100_000_000_000u64)
}

/// The address CREATE2 through the proxy gives `initcode` with `salt`.
pub fn address(salt: B256, initcode: &[u8]) -> Address {
    PROXY.create2(salt, keccak256(initcode))
}

/// The proxy's calldata: `salt ++ initcode`.
pub fn calldata(salt: B256, initcode: &[u8]) -> Bytes {
    let mut data = salt.to_vec();
    data.extend_from_slice(initcode);
    data.into()
}

/// The proxy's deployment transaction, decoded.
pub fn proxy_deployment() -> TxEnvelope {
    TxEnvelope::decode_2718(&mut &PROXY_DEPLOYMENT[..])
        .expect("the presigned proxy deployment decodes")
}

/// The proxy's creation code (the presigned deployment's input).
pub fn proxy_deployment_input() -> Bytes {
    proxy_deployment().input().clone()
}

/// Recovers who signed the proxy's deployment, to check the constants above agree.
pub fn proxy_deployment_signer() -> Option<Address> {
    proxy_deployment().recover_signer().ok()
}

/// The gas price the presigned deployment pays (a chain whose base fee is above it can never
/// mine it; such a chain needs the proxy from its operators).
pub fn proxy_gas_price() -> u128 {
    proxy_deployment().gas_price().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_presigned_deployment_is_the_one_time_signers_and_creates_the_proxy() {
        assert_eq!(proxy_deployment_signer(), Some(PROXY_SIGNER));
        assert_eq!(
            PROXY_SIGNER.create(0),
            PROXY,
            "the signer's first contract is the proxy"
        );
        let tx = proxy_deployment();
        assert_eq!(tx.chain_id(), None, "valid on every chain");
        assert_eq!(tx.nonce(), 0);
        assert_eq!(
            U256::from(tx.gas_limit()) * U256::from(proxy_gas_price()),
            proxy_funding()
        );
    }

    #[test]
    fn addresses_follow_eip_1014() {
        // EIP-1014's fourth example, with the proxy as the deploying address.
        let salt = B256::ZERO;
        let initcode = hex!("deadbeef");
        let expected = {
            let mut preimage = vec![0xff];
            preimage.extend_from_slice(PROXY.as_slice());
            preimage.extend_from_slice(salt.as_slice());
            preimage.extend_from_slice(keccak256(initcode).as_slice());
            Address::from_slice(&keccak256(preimage)[12..])
        };
        assert_eq!(address(salt, &initcode), expected);
        assert_ne!(
            address(B256::with_last_byte(1), &initcode),
            expected,
            "the salt matters"
        );
        assert_eq!(calldata(salt, &initcode).len(), 36);
    }
}
