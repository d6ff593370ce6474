// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice A minimal smart-wallet patient: it vouches (ERC-1271) for exactly the digests its
/// owner's key signed, answering `answer` for them and a non-magic value otherwise.
contract OwnedWallet is IERC1271 {
    address private immutable _OWNER;
    bytes4 private immutable _ANSWER;

    constructor(address owner, bytes4 answer) {
        _OWNER = owner;
        _ANSWER = answer;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer, ECDSA.RecoverError error,) = ECDSA.tryRecoverCalldata(hash, signature);
        if (error == ECDSA.RecoverError.NoError && signer == _OWNER) return _ANSWER;
        return 0xffffffff;
    }
}

/// @notice A smart wallet whose signature check always reverts.
contract RevertingWallet {
    error Broken();

    function isValidSignature(bytes32, bytes calldata) external pure returns (bytes4) {
        revert Broken();
    }
}
