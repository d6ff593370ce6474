// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessRules, Consent} from "../src/types/AccessRules.sol";
import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Test} from "forge-std/Test.sol";

/// @notice `AccessRules.unpack` against the compiler's storage layout of {Consent}, and
/// `AccessRules.basis` against an independent statement of the access rule.
contract AccessRulesTest is Test {
    /// @dev A consent slot of this contract, written and read back raw.
    Consent internal stored;

    // ------------------------------------------------------------------------- unpack

    function test_unpack_matchesStorageLayout(Consent memory consent) public {
        stored = consent;
        bytes32 raw = vm.load(address(this), _storedSlot());

        Consent memory unpacked = AccessRules.unpack(raw);
        assertEq(unpacked.categories, consent.categories, "categories");
        assertEq(unpacked.purposes, consent.purposes, "purposes");
        assertEq(unpacked.actions, consent.actions, "actions");
        assertEq(unpacked.validFrom, consent.validFrom, "validFrom");
        assertEq(unpacked.validUntil, consent.validUntil, "validUntil");
        assertEq(unpacked.nonce, consent.nonce, "nonce");
        assertEq(unpacked.emergencyCategories, consent.emergencyCategories, "emergencyCategories");
        assertEq(unpacked.emergencyUntil, consent.emergencyUntil, "emergencyUntil");
    }

    /// @dev The struct takes the low 232 bits of one slot; unpack ignores the rest, and writing
    /// what it read back gives the same low 232 bits.
    function testFuzz_unpack_roundTripsTheUsedBits(bytes32 word) public {
        stored = AccessRules.unpack(word);
        bytes32 raw = vm.load(address(this), _storedSlot());
        // Every bit is used but seven: `grantedBySignature` is a bool in a byte of its own.
        assertEq(raw, word & ~bytes32(uint256(0x7f) << 177));
    }

    /// @dev A fixed word with a distinct value per field, so that a swapped pair of offsets fails
    /// even when the fuzzer happens to draw equal fields.
    function test_unpack_readsEachFieldAtItsOffset() public pure {
        uint256 word = uint256(0x11111111) | uint256(0x22) << 32 | uint256(0x33) << 40 | uint256(0x4444444444) << 48
            | uint256(0x5555555555) << 88 | uint256(0x666666666666) << 128 | uint256(0x01) << 176 | uint256(0x77777777)
            << 184 | uint256(0x8888888888) << 216;
        Consent memory c = AccessRules.unpack(bytes32(word));
        assertEq(c.categories, 0x11111111);
        assertEq(c.purposes, 0x22);
        assertEq(c.actions, 0x33);
        assertEq(c.validFrom, 0x4444444444);
        assertEq(c.validUntil, 0x5555555555);
        assertEq(c.nonce, 0x666666666666);
        assertTrue(c.grantedBySignature);
        assertEq(c.emergencyCategories, 0x77777777);
        assertEq(c.emergencyUntil, 0x8888888888);
        assertEq(AccessRules.pack(c), bytes32(word), "pack is unpack's inverse");
    }

    // -------------------------------------------------------------------------- basis

    function testFuzz_basis_matchesTheRule(
        Consent memory consent,
        uint8 category,
        uint8 purpose,
        uint8 action,
        uint256 time
    ) public pure {
        assertEq(
            AccessRules.basis(consent, category, purpose, action, time), _rule(consent, category, purpose, action, time)
        );
    }

    /// @dev The same rule with codes inside the vocabulary and times at and around the window
    /// edges (validFrom, validUntil, emergencyUntil), where the unrestricted fuzz above rarely
    /// lands. `cover` sets the scope bits so that the edges decide the answer.
    function testFuzz_basis_matchesTheRuleNearBoundaries(
        Consent memory consent,
        uint8 category,
        uint8 purpose,
        uint8 action,
        bool cover,
        uint8 edge,
        bool before,
        uint8 distance
    ) public pure {
        category = uint8(bound(category, 0, V.CATEGORY_COUNT - 1));
        purpose = uint8(bound(purpose, 0, V.PURPOSE_COUNT - 1));
        action = uint8(bound(action, 0, V.ACTION_COUNT - 1));
        if (cover) {
            consent.categories |= uint32(1) << category;
            consent.purposes |= uint8(1) << purpose;
            consent.actions |= uint8(1) << action;
            consent.emergencyCategories |= uint32(1) << category;
        }
        uint256 anchor = edge % 3 == 0 ? consent.validFrom : edge % 3 == 1 ? consent.validUntil : consent.emergencyUntil;
        // Half the runs land exactly on the edge.
        uint256 offset = distance % 2 == 0 ? 0 : distance;
        uint256 time = before ? anchor - _min(anchor, offset) : anchor + offset;
        assertEq(
            AccessRules.basis(consent, category, purpose, action, time), _rule(consent, category, purpose, action, time)
        );
    }

    function test_basis_consentStartsAtValidFrom() public pure {
        Consent memory c = _consent(1000, 2000);
        assertEq(AccessRules.basis(c, V.LABORATORY, V.TREAT, V.READ, 999), V.BASIS_NONE);
        assertEq(AccessRules.basis(c, V.LABORATORY, V.TREAT, V.READ, 1000), V.BASIS_CONSENT);
    }

    function test_basis_consentEndsBeforeValidUntil() public pure {
        Consent memory c = _consent(1000, 2000);
        assertEq(AccessRules.basis(c, V.LABORATORY, V.TREAT, V.READ, 1999), V.BASIS_CONSENT);
        assertEq(AccessRules.basis(c, V.LABORATORY, V.TREAT, V.READ, 2000), V.BASIS_NONE);
    }

    function test_basis_emergencyEndsBeforeEmergencyUntil() public pure {
        Consent memory c;
        c.emergencyCategories = V.STANDARD_CATEGORIES;
        c.emergencyUntil = 5000;
        assertEq(AccessRules.basis(c, V.LABORATORY, V.ETREAT, V.READ, 4999), V.BASIS_EMERGENCY);
        assertEq(AccessRules.basis(c, V.LABORATORY, V.ETREAT, V.WRITE, 4999), V.BASIS_EMERGENCY);
        assertEq(AccessRules.basis(c, V.LABORATORY, V.ETREAT, V.READ, 5000), V.BASIS_NONE);
    }

    function test_basis_emergencyServesEmergencyTreatmentOnly() public pure {
        Consent memory c;
        c.emergencyCategories = V.ALL_CATEGORIES;
        c.emergencyUntil = 5000;
        for (uint8 purpose; purpose < V.PURPOSE_COUNT; ++purpose) {
            uint8 expected = purpose == V.ETREAT ? V.BASIS_EMERGENCY : V.BASIS_NONE;
            assertEq(AccessRules.basis(c, V.LABORATORY, purpose, V.READ, 0), expected);
        }
    }

    function test_basis_emergencyClosedForCategoriesItDoesNotOpen() public pure {
        Consent memory c;
        c.emergencyCategories = V.STANDARD_CATEGORIES;
        c.emergencyUntil = 5000;
        assertEq(AccessRules.basis(c, V.MENTAL_HEALTH, V.ETREAT, V.READ, 0), V.BASIS_NONE);
    }

    function test_basis_consentWinsOverEmergency() public pure {
        Consent memory c = _consent(1000, 2000);
        c.purposes = uint8(1) << V.ETREAT;
        c.emergencyCategories = V.ALL_CATEGORIES;
        c.emergencyUntil = 5000;
        assertEq(AccessRules.basis(c, V.LABORATORY, V.ETREAT, V.READ, 1500), V.BASIS_CONSENT);
        // Outside the consent's window the emergency access still answers.
        assertEq(AccessRules.basis(c, V.LABORATORY, V.ETREAT, V.READ, 2500), V.BASIS_EMERGENCY);
    }

    function test_basis_eachMaskIsChecked() public pure {
        Consent memory c = _consent(0, 2000);
        assertEq(AccessRules.basis(c, V.IMAGING, V.TREAT, V.READ, 1), V.BASIS_NONE, "category");
        assertEq(AccessRules.basis(c, V.LABORATORY, V.HRESCH, V.READ, 1), V.BASIS_NONE, "purpose");
        c.actions = uint8(1) << V.READ;
        assertEq(AccessRules.basis(c, V.LABORATORY, V.TREAT, V.WRITE, 1), V.BASIS_NONE, "action");
        assertEq(AccessRules.basis(c, V.LABORATORY, V.TREAT, V.READ, 1), V.BASIS_CONSENT, "all set");
    }

    function test_basis_zeroConsentIsNone() public pure {
        Consent memory c;
        assertEq(AccessRules.basis(c, V.DEMOGRAPHICS, V.TREAT, V.READ, 0), V.BASIS_NONE);
        assertEq(AccessRules.basis(c, V.DEMOGRAPHICS, V.ETREAT, V.READ, 0), V.BASIS_NONE);
    }

    // ---------------------------------------------------------------------- helpers

    /// @dev The access rule as the spec states it, written without the library's code.
    function _rule(Consent memory c, uint256 category, uint256 purpose, uint256 action, uint256 time)
        internal
        pure
        returns (uint8)
    {
        bool consentCovers = _has(c.categories, category) && _has(c.purposes, purpose) && _has(c.actions, action);
        bool consentInWindow = time >= c.validFrom && time < c.validUntil;
        if (consentCovers && consentInWindow) return V.BASIS_CONSENT;
        if (purpose == V.ETREAT && _has(c.emergencyCategories, category) && time < c.emergencyUntil) {
            return V.BASIS_EMERGENCY;
        }
        return V.BASIS_NONE;
    }

    function _has(uint256 mask, uint256 index) internal pure returns (bool) {
        return index < 256 && mask & (uint256(1) << index) != 0;
    }

    function _consent(uint40 validFrom, uint40 validUntil) internal pure returns (Consent memory c) {
        c.categories = uint32(1) << V.LABORATORY;
        c.purposes = uint8(1) << V.TREAT;
        c.actions = V.ALL_ACTIONS;
        c.validFrom = validFrom;
        c.validUntil = validUntil;
    }

    function _storedSlot() internal pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            slot := stored.slot
        }
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }
}
