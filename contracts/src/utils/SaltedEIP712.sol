// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @title The EIP-712 domain the Consentry contracts sign under
/// @notice `EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,
/// bytes32 salt)` with name "Consentry", version "1" and as salt the hash of the block before
/// the contract's creation: two networks with the same chain id and the same (CREATE2) address
/// still differ there, so a signature made for one never verifies on the other.
/// @dev OpenZeppelin's {EIP712} has no salt, so the domain is built and cached the way that
/// contract does it.
abstract contract SaltedEIP712 is IERC5267 {
    bytes32 private constant _DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)");
    bytes32 private constant _HASHED_NAME = keccak256("Consentry");
    bytes32 private constant _HASHED_VERSION = keccak256("1");

    bytes32 private immutable _DOMAIN_SALT;
    bytes32 private immutable _CACHED_DOMAIN_SEPARATOR;
    uint256 private immutable _CACHED_CHAIN_ID;
    address private immutable _CACHED_THIS;

    constructor(bytes32 salt) {
        _DOMAIN_SALT = salt;
        _CACHED_CHAIN_ID = block.chainid;
        _CACHED_THIS = address(this);
        _CACHED_DOMAIN_SEPARATOR = _buildDomainSeparator();
    }

    /// @inheritdoc IERC5267
    function eip712Domain()
        external
        view
        returns (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        )
    {
        // 0x1f: name, version, chainId, verifyingContract and salt.
        return (hex"1f", "Consentry", "1", block.chainid, address(this), _DOMAIN_SALT, new uint256[](0));
    }

    /// @dev The cached separator, rebuilt only after a fork changed the chain id.
    function _domainSeparatorV4() internal view returns (bytes32) {
        if (address(this) == _CACHED_THIS && block.chainid == _CACHED_CHAIN_ID) return _CACHED_DOMAIN_SEPARATOR;
        return _buildDomainSeparator();
    }

    function _hashTypedDataV4(bytes32 structHash) internal view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(_domainSeparatorV4(), structHash);
    }

    /// @dev Whether `signature` is `signer`'s over `digest`: an ECDSA signature of the account's
    /// key, or for a contract account (a smart wallet, a passkey account) its ERC-1271 answer.
    function _isSignedBy(address signer, bytes32 digest, bytes calldata signature) internal view returns (bool) {
        // The third value only details why a signature is malformed; any error rejects it whole.
        // slither-disable-next-line unused-return
        (address recovered, ECDSA.RecoverError error,) = ECDSA.tryRecoverCalldata(digest, signature);
        // Slither sees the digest depend on a block hash (the domain salt, fixed at creation) and
        // calls this comparison strict; comparing the signer with the account is the point.
        // slither-disable-next-line incorrect-equality
        if (error == ECDSA.RecoverError.NoError && recovered == signer) return true;
        return signer.code.length != 0 && SignatureChecker.isValidERC1271SignatureNowCalldata(signer, digest, signature);
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(
            abi.encode(_DOMAIN_TYPEHASH, _HASHED_NAME, _HASHED_VERSION, block.chainid, address(this), _DOMAIN_SALT)
        );
    }
}
