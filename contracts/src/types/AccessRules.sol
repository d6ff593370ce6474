// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vocabulary} from "./Vocabulary.sol";

/// @notice What a patient allows one organisation, and any break-glass access it holds.
/// @dev One storage slot per (patient, organisation), 232 of 256 bits used:
/// | categories u32 | purposes u8 | actions u8 | validFrom u40 | validUntil u40 |
/// | nonce u32 | emergencyCategories u32 | emergencyUntil u40 |
/// Keeping the signature nonce and the emergency access in the consent's own slot means
/// a signed grant, a revocation and a break-glass opening each write one slot, and an
/// access check reads one. `categories == 0` means no consent (never granted or revoked).
struct Consent {
    uint32 categories;
    uint8 purposes;
    uint8 actions;
    uint40 validFrom;
    uint40 validUntil;
    uint32 nonce;
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
        consent.nonce = uint32(w >> 128);
        consent.emergencyCategories = uint32(w >> 160);
        consent.emergencyUntil = uint40(w >> 192);
        // forge-lint: disable-end(unsafe-typecast)
    }

    /// @notice The signature nonce held in the raw consent word `word`.
    function nonceOf(bytes32 word) internal pure returns (uint32) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint32(uint256(word) >> 128);
    }

    /// @notice The raw word of a revoked consent: nothing granted, no emergency access, and
    /// the nonce after `nonce`. The increment wraps at 2^32 so that revoking never reverts
    /// (a signature 4 billion revocations old has long passed its deadline).
    function revokedWord(uint32 nonce) internal pure returns (bytes32) {
        unchecked {
            return bytes32(uint256(nonce + 1) << 128);
        }
    }

    /// @notice The raw storage word of `consent`; the inverse of {unpack}.
    function pack(Consent memory consent) internal pure returns (bytes32) {
        return bytes32(
            uint256(consent.categories) | uint256(consent.purposes) << 32 | uint256(consent.actions) << 40
                | uint256(consent.validFrom) << 48 | uint256(consent.validUntil) << 88 | uint256(consent.nonce) << 128
                | uint256(consent.emergencyCategories) << 160 | uint256(consent.emergencyUntil) << 192
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
        if (
            (consent.categories >> category) & 1 == 1 && (consent.purposes >> purpose) & 1 == 1
                && (consent.actions >> action) & 1 == 1 && consent.validFrom <= time && time < consent.validUntil
        ) return Vocabulary.BASIS_CONSENT;
        // Break-glass serves emergency treatment only, reading and writing alike.
        if (
            purpose == Vocabulary.ETREAT && (consent.emergencyCategories >> category) & 1 == 1
                && time < consent.emergencyUntil
        ) return Vocabulary.BASIS_EMERGENCY;
        return Vocabulary.BASIS_NONE;
    }
}
