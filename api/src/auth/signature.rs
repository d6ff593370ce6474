//! Who signed a sign-in message: externally owned accounts by key recovery, contract wallets by
//! ERC-1271.

use alloy::{
    primitives::{Address, Signature, eip191_hash_message},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol,
    sol_types::SolCall,
};

use super::{AuthError, NodeError, SignInMessage};

sol! {
    /// ERC-1271: how a contract wallet says a signature is its own.
    interface IERC1271 {
        /// Returns this function's selector when `signature` is valid for `hash`.
        function isValidSignature(bytes32 hash, bytes signature) external view returns (bytes4 magicValue);
    }
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
        .map_err(|error| AuthError::Rpc(NodeError::from(error)))?;
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
        Err(error) => return Err(AuthError::Rpc(error.into())),
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

#[cfg(test)]
mod tests {
    use alloy::{providers::DynProvider, signers::SignerSync};

    use super::{
        super::{check_message, fixtures::*},
        *,
    };

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
}
