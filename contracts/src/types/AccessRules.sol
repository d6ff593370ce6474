// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vocabulary} from "./Vocabulary.sol";

/// @notice What a patient allows one organisation, and any break-glass access it holds.
/// @dev One storage slot per (patient, organisation), all 256 bits used:
/// | categories u32 | purposes u8 | actions u8 | validFrom u40 | validUntil u40 |
/// | nonce u48 | grantedBySignature bool | emergencyCategories u32 | emergencyUntil u40 |
/// Keeping the signature nonce and the emergency access in the consent's own slot means
/// a signed grant, a revocation and a break-glass opening each write one slot, and an
/// access check reads one. `categories == 0` means no consent (never granted or revoked).
/// The nonce never wraps: every increment is checked, and a revocation at the last nonce keeps
/// it there (no signature can use it, since a grant would have to move past it). Reaching it
/// takes 2^48 decisions, about 10^18 gas. `grantedBySignature` says the terms were put in force
/// by a signed grant at `nonce - 1`, which a revocation signed at that same nonce still ends.
struct Consent {
    uint32 categories;
    uint8 purposes;
    uint8 actions;
    uint40 validFrom;
    uint40 validUntil;
    uint48 nonce;
    bool grantedBySignature;
    uint32 emergencyCategories;
    uint40 emergencyUntil;
}

/// @notice The scope and validity window of a consent as a patient states it.
/// @dev `validFrom` is inclusive and `validUntil` exclusive; `validUntil ==
/// Vocabulary.NO_EXPIRY` means the consent runs until revoked.
struct ConsentTerms {
    uint32 categories;
    uint8 purposes;
    uint8 actions;
    uint40 validFrom;
    uint40 validUntil;
}

/// @notice An account's membership of an organisation. One slot: | orgId u32 | role u8 | since u40 |
/// @dev An account belongs to at most one organisation; `orgId == 0` means none.
struct Practitioner {
    uint32 orgId;
    uint8 role;
    uint40 since;
}

/// @notice The part of an organisation's standing that access decisions read. One slot.
/// @param accredited The organisation exists (it is never un-accredited, only suspended).
struct OrganizationStatus {
    bool accredited;
    bool suspended;
    bool emergencyCapable;
}

/// @title The access rule, as a pure function of one consent slot
/// @notice Both registries decide access with this function, and the Rust access model in
/// `sdk` is its line-by-line mirror; the differential tests hold the two together.
library AccessRules {
    /// @notice The {Consent} stored in `word`, the raw storage slot of a consent.
    /// @dev Lets a registry pass a consent across a call as one word instead of eight ABI
    /// fields. Solidity packs struct members from the low-order end in declaration order;
    /// `test_unpack_matchesStorageLayout` holds this function to that layout.
    function unpack(bytes32 word) internal pure returns (Consent memory consent) {
        uint256 w = uint256(word);
        // Each cast keeps exactly the bits of one member: truncation is the point.
        // forge-lint: disable-start(unsafe-typecast)
        consent.categories = uint32(w);
        consent.purposes = uint8(w >> 32);
        consent.actions = uint8(w >> 40);
        consent.validFrom = uint40(w >> 48);
        consent.validUntil = uint40(w >> 88);
        consent.nonce = uint48(w >> 128);
        consent.grantedBySignature = (w >> 176) & 1 == 1;
        consent.emergencyCategories = uint32(w >> 184);
        consent.emergencyUntil = uint40(w >> 216);
        // forge-lint: disable-end(unsafe-typecast)
    }

    /// @notice The signature nonce held in the raw consent word `word`.
    function nonceOf(bytes32 word) internal pure returns (uint48) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint48(uint256(word) >> 128);
    }

    /// @notice Whether the raw consent word `word` holds a consent in force that a signed grant
    /// at the nonce before its current one put there (see {Consent}).
    function grantedBySignature(bytes32 word) internal pure returns (bool) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return (uint256(word) >> 176) & 1 == 1 && uint32(uint256(word)) != 0;
    }

    /// @notice The raw word of a revoked consent: nothing granted, no emergency access, and
    /// the nonce after `nonce`. A nonce never wraps: at its last value it stays there, so no
    /// signature it voided can verify again and revoking never reverts.
    function revokedWord(uint48 nonce) internal pure returns (bytes32) {
        uint256 next = nonce == type(uint48).max ? nonce : uint256(nonce) + 1;
        return bytes32(next << 128);
    }

    /// @notice `word` without its emergency access (categories and end), all else kept.
    function withoutEmergency(bytes32 word) internal pure returns (bytes32) {
        return bytes32(uint256(word) & ((uint256(1) << 184) - 1));
    }

    /// @notice The end of the emergency access held in the raw consent word `word`.
    function emergencyUntilOf(bytes32 word) internal pure returns (uint40) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint40(uint256(word) >> 216);
    }

    /// @notice The raw storage word of `consent`; the inverse of {unpack}.
    function pack(Consent memory consent) internal pure returns (bytes32) {
        return bytes32(
            uint256(consent.categories) | uint256(consent.purposes) << 32 | uint256(consent.actions) << 40
                | uint256(consent.validFrom) << 48 | uint256(consent.validUntil) << 88 | uint256(consent.nonce) << 128
                | (consent.grantedBySignature ? uint256(1) << 176 : 0) | uint256(consent.emergencyCategories) << 184
                | uint256(consent.emergencyUntil) << 216
        );
    }

    /// @notice The basis on which `consent` lets its organisation take `action` on records
    /// of `category` for `purpose` at `time`, or `BASIS_NONE`.
    /// @dev The caller checks that the organisation is active and that the codes are valid.
    /// A consent wins over an emergency access so that the receipt names the stronger basis.
    function basis(Consent memory consent, uint8 category, uint8 purpose, uint8 action, uint256 time)
        internal
        pure
        returns (uint8)
    {
        return basis(pack(consent), category, purpose, action, time);
    }

    /// @notice {basis} of the raw consent word `word` (see {Consent}), read in place: the hot
    /// paths (record writes, read receipts, `checkAccess`) hold the word, and unpacking it into
    /// memory first would cost more than the rule itself.
    function basis(bytes32 word, uint8 category, uint8 purpose, uint8 action, uint256 time)
        internal
        pure
        returns (uint8)
    {
        uint256 w = uint256(word);
        // Each mask is cut out of the word at its own width before the shift, so a code past its
        // field's width finds no bit (as with the struct's members) instead of a neighbour's.
        // forge-lint: disable-start(unsafe-typecast)
        if (
            (uint32(w) >> category) & 1 == 1 && (uint8(w >> 32) >> purpose) & 1 == 1
                && (uint8(w >> 40) >> action) & 1 == 1 && uint40(w >> 48) <= time && time < uint40(w >> 88)
        ) return Vocabulary.BASIS_CONSENT;
        // Break-glass serves emergency treatment only, reading and writing alike.
        if (purpose == Vocabulary.ETREAT && (uint32(w >> 184) >> category) & 1 == 1 && time < uint40(w >> 216)) {
            return Vocabulary.BASIS_EMERGENCY;
        }
        // forge-lint: disable-end(unsafe-typecast)
        return Vocabulary.BASIS_NONE;
    }
}
