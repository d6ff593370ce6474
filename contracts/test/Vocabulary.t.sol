// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Holds every constant of `Vocabulary.sol` to the one table, `contracts/vocabulary.json`.
/// @dev Each vocabulary is checked in both directions: every JSON entry maps by name to a Solidity
/// constant with the same bit or code, and the JSON holds exactly as many entries as the library
/// has constants, so a constant missing from the table (or an entry missing from the library)
/// fails too.
contract VocabularyTest is Test {
    string internal json;

    function setUp() public {
        json = vm.readFile("contracts/vocabulary.json");
    }

    // ---------------------------------------------------------------------- categories

    function test_categories_bitsMatchByName() public view {
        uint256 count = _length(".categories");
        assertEq(count, V.CATEGORY_COUNT, "category count");
        uint256 seen;
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".categories", i, "name");
            uint256 jsonBit = _uint(".categories", i, "bit");
            assertEq(jsonBit, _categoryConstant(name), name);
            assertEq(seen & (uint256(1) << jsonBit), 0, string.concat("duplicate bit: ", name));
            seen |= uint256(1) << jsonBit;
        }
        assertEq(seen, V.ALL_CATEGORIES, "every category bit");
    }

    function test_categories_restrictedFlagsMatchMasks() public view {
        uint256 count = _length(".categories");
        uint256 standard;
        uint256 restricted;
        for (uint256 i; i < count; ++i) {
            uint256 mask = uint256(1) << _uint(".categories", i, "bit");
            if (vm.parseJsonBool(json, _key(".categories", i, "restricted"))) restricted |= mask;
            else standard |= mask;
        }
        assertEq(standard, V.STANDARD_CATEGORIES, "standard categories");
        assertEq(restricted, V.RESTRICTED_CATEGORIES, "restricted categories");
        assertEq(standard | restricted, V.ALL_CATEGORIES, "all categories");
        assertEq(V.STANDARD_CATEGORIES & V.RESTRICTED_CATEGORIES, 0, "standard and restricted are disjoint");
    }

    function test_categories_restrictedOnesAreTheFiveNamedInTheSpec() public pure {
        uint32 expected = uint32(1) << V.MENTAL_HEALTH | uint32(1) << V.SUBSTANCE_USE | uint32(1)
            << V.SEXUAL_AND_REPRODUCTIVE_HEALTH | uint32(1) << V.HIV_STI | uint32(1) << V.GENOMICS;
        assertEq(V.RESTRICTED_CATEGORIES, expected);
    }

    // ------------------------------------------------------------------------ purposes

    function test_purposes_bitsMatchByCode() public view {
        uint256 count = _length(".purposes");
        assertEq(count, V.PURPOSE_COUNT, "purpose count");
        uint256 seen;
        for (uint256 i; i < count; ++i) {
            string memory code = _string(".purposes", i, "code");
            uint256 jsonBit = _uint(".purposes", i, "bit");
            assertEq(jsonBit, _purposeConstant(code), code);
            assertEq(seen & (uint256(1) << jsonBit), 0, string.concat("duplicate bit: ", code));
            seen |= uint256(1) << jsonBit;
        }
        assertEq(seen, V.ALL_PURPOSES, "every purpose bit");
    }

    // ------------------------------------------------------------------------- actions

    function test_actions_bitsMatchByName() public view {
        uint256 count = _length(".actions");
        assertEq(count, V.ACTION_COUNT, "action count");
        uint256 seen;
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".actions", i, "name");
            uint256 jsonBit = _uint(".actions", i, "bit");
            uint8 expected;
            if (_eq(name, "read")) expected = V.READ;
            else if (_eq(name, "write")) expected = V.WRITE;
            else revert(string.concat("unknown action: ", name));
            assertEq(jsonBit, expected, name);
            seen |= uint256(1) << jsonBit;
        }
        assertEq(seen, V.ALL_ACTIONS, "every action bit");
    }

    // -------------------------------------------------------------------------- bases

    function test_bases_codesMatchByName() public view {
        uint256 count = _length(".bases");
        assertEq(count, 4, "basis count");
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".bases", i, "name");
            uint256 code = _uint(".bases", i, "code");
            uint8 expected;
            if (_eq(name, "none")) expected = V.BASIS_NONE;
            else if (_eq(name, "consent")) expected = V.BASIS_CONSENT;
            else if (_eq(name, "emergency")) expected = V.BASIS_EMERGENCY;
            else if (_eq(name, "own_record")) expected = V.BASIS_OWN_RECORD;
            else revert(string.concat("unknown basis: ", name));
            assertEq(code, expected, name);
        }
    }

    // ------------------------------------------------------------- organisation kinds

    function test_organizationKinds_codesMatchByName() public view {
        uint256 count = _length(".organizationKinds");
        assertEq(count, V.KIND_MAX, "kind count");
        uint256 maxCode;
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".organizationKinds", i, "name");
            uint256 code = _uint(".organizationKinds", i, "code");
            assertEq(code, _kindConstant(name), name);
            if (code > maxCode) maxCode = code;
        }
        assertEq(maxCode, V.KIND_MAX, "KIND_MAX is the highest code");
    }

    // -------------------------------------------------------------------------- roles

    function test_roles_codesMatchByName() public view {
        uint256 count = _length(".roles");
        assertEq(count, V.ROLE_MAX, "role count");
        uint256 maxCode;
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".roles", i, "name");
            uint256 code = _uint(".roles", i, "code");
            assertEq(code, _roleConstant(name), name);
            if (code > maxCode) maxCode = code;
        }
        assertEq(maxCode, V.ROLE_MAX, "ROLE_MAX is the highest code");
    }

    /// @dev The consent registry lets only clinical roles break the glass: `isClinical` is the
    /// table's `clinical` flag, role by role, and no code outside the roles is clinical.
    function test_roles_clinicalOnesAreTheTables() public view {
        uint256 count = _length(".roles");
        uint256 clinicalCount;
        for (uint256 i; i < count; ++i) {
            uint8 code = uint8(_uint(".roles", i, "code"));
            bool clinical = vm.parseJsonBool(json, _key(".roles", i, "clinical"));
            assertEq(V.isClinical(code), clinical, _string(".roles", i, "name"));
            if (clinical) ++clinicalCount;
        }
        assertEq(clinicalCount, 3, "physician, nurse, head of department");
        assertFalse(V.isClinical(0), "no role");
        assertFalse(V.isClinical(V.ROLE_MAX + 1), "past the last role");
    }

    /// @dev Issue 21, item 11: the purposes each role acts for are the table's, bit for bit, and
    /// nothing outside the roles' codes acts for anything.
    function test_roles_purposesMatchTheTable() public view {
        uint256 count = _length(".roles");
        for (uint256 i; i < count; ++i) {
            uint8 role = uint8(_uint(".roles", i, "code"));
            string[] memory listed = vm.parseJsonStringArray(json, _key(".roles", i, "purposes"));
            assertGt(listed.length, 0, "every role acts for something");
            uint8 mask;
            for (uint256 j; j < listed.length; ++j) {
                mask |= uint8(1) << _purposeConstant(listed[j]);
            }
            for (uint8 purpose; purpose < V.PURPOSE_COUNT; ++purpose) {
                assertEq(V.roleMayUse(role, purpose), mask & (uint8(1) << purpose) != 0, _string(".roles", i, "name"));
            }
            assertEq(uint8(V.ROLE_PURPOSES >> (uint256(role) * 8)), mask, "packed byte");
        }
        assertEq(uint8(V.ROLE_PURPOSES), 0, "code 0 is no role");
        for (uint8 purpose; purpose < V.PURPOSE_COUNT; ++purpose) {
            assertFalse(V.roleMayUse(0, purpose), "no role");
            assertFalse(V.roleMayUse(V.ROLE_MAX + 1, purpose), "past the last role");
        }
    }

    // ------------------------------------------------------------ FHIR resource types

    function test_fhirResourceTypes_maxIsTheCount() public view {
        assertEq(_length(".fhirResourceTypes"), V.FHIR_TYPE_MAX);
    }

    /// @dev `RecordRegistry` accepts every code in 1..FHIR_TYPE_MAX, so the codes must be exactly
    /// that range, each once.
    function test_fhirResourceTypes_codesAreOneToMax() public view {
        uint256 count = _length(".fhirResourceTypes");
        for (uint256 i; i < count; ++i) {
            assertEq(_uint(".fhirResourceTypes", i, "code"), i + 1, _string(".fhirResourceTypes", i, "name"));
        }
    }

    // ------------------------------------------------------------ emergency reasons

    function test_emergencyReasons_codesMatchByName() public view {
        uint256 count = _length(".emergencyReasons");
        assertEq(count, V.EMERGENCY_REASON_MAX, "reason count");
        uint256 maxCode;
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".emergencyReasons", i, "name");
            uint256 code = _uint(".emergencyReasons", i, "code");
            uint8 expected;
            if (_eq(name, "patient_incapacitated")) expected = V.EMERGENCY_PATIENT_INCAPACITATED;
            else if (_eq(name, "life_threatening")) expected = V.EMERGENCY_LIFE_THREATENING;
            else if (_eq(name, "no_consent_on_file")) expected = V.EMERGENCY_NO_CONSENT_ON_FILE;
            else if (_eq(name, "other")) expected = V.EMERGENCY_OTHER;
            else revert(string.concat("unknown emergency reason: ", name));
            assertEq(code, expected, name);
            if (code > maxCode) maxCode = code;
        }
        assertEq(maxCode, V.EMERGENCY_REASON_MAX, "EMERGENCY_REASON_MAX is the highest code");
    }

    // -------------------------------------------------------------------- statuses

    function test_requestStatuses_codesMatchByName() public view {
        uint256 count = _length(".requestStatuses");
        assertEq(count, 4, "request status count");
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".requestStatuses", i, "name");
            uint256 code = _uint(".requestStatuses", i, "code");
            uint8 expected;
            if (_eq(name, "pending")) expected = V.REQUEST_PENDING;
            else if (_eq(name, "approved")) expected = V.REQUEST_APPROVED;
            else if (_eq(name, "denied")) expected = V.REQUEST_DENIED;
            else if (_eq(name, "cancelled")) expected = V.REQUEST_CANCELLED;
            else revert(string.concat("unknown request status: ", name));
            assertEq(code, expected, name);
        }
    }

    function test_recordStatuses_codesMatchByName() public view {
        uint256 count = _length(".recordStatuses");
        assertEq(count, 6, "record status count");
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".recordStatuses", i, "name");
            uint256 code = _uint(".recordStatuses", i, "code");
            uint8 expected;
            if (_eq(name, "current")) expected = V.RECORD_CURRENT;
            else if (_eq(name, "superseded")) expected = V.RECORD_SUPERSEDED;
            else if (_eq(name, "entered-in-error")) expected = V.RECORD_ENTERED_IN_ERROR;
            else if (_eq(name, "pending")) expected = V.RECORD_PENDING;
            else if (_eq(name, "rejected")) expected = V.RECORD_REJECTED;
            else if (_eq(name, "expired")) expected = V.RECORD_EXPIRED;
            else revert(string.concat("unknown record status: ", name));
            assertEq(code, expected, name);
        }
    }

    function test_cosigners_bitsMatchByName() public view {
        uint256 count = _length(".cosigners");
        assertEq(count, V.SIGNER_COUNT, "co-signer count");
        uint8 all;
        for (uint256 i; i < count; ++i) {
            string memory name = _string(".cosigners", i, "name");
            uint256 bitIndex = _uint(".cosigners", i, "bit");
            uint8 expected;
            if (_eq(name, "head_of_department")) expected = V.SIGNER_HEAD_OF_DEPARTMENT;
            else if (_eq(name, "specialist")) expected = V.SIGNER_SPECIALIST;
            else if (_eq(name, "patient")) expected = V.SIGNER_PATIENT;
            else if (_eq(name, "authority")) expected = V.SIGNER_AUTHORITY;
            else revert(string.concat("unknown co-signer: ", name));
            assertEq(bitIndex, expected, name);
            all |= uint8(1) << expected;
        }
        assertEq(all, V.ALL_SIGNERS, "ALL_SIGNERS");
    }

    // -------------------------------------------------------------------- durations

    function test_durations_match() public view {
        assertEq(vm.parseJsonUint(json, ".durations.emergencySeconds"), V.EMERGENCY_DURATION, "emergency");
        assertEq(vm.parseJsonUint(json, ".durations.emergencyMaxOpenings"), V.EMERGENCY_MAX_OPENINGS, "openings");
        assertEq(vm.parseJsonUint(json, ".durations.emergencyWindowSeconds"), V.EMERGENCY_WINDOW, "window");
        assertEq(vm.parseJsonUint(json, ".durations.emergencyCooldownSeconds"), V.EMERGENCY_COOLDOWN, "cooldown");
        assertEq(vm.parseJsonUint(json, ".durations.requestTtlSeconds"), V.REQUEST_TTL, "request ttl");
        assertEq(
            vm.parseJsonUint(json, ".durations.maxRequestDurationSeconds"),
            V.MAX_REQUEST_DURATION,
            "max request duration"
        );
        assertEq(vm.parseJsonUint(json, ".durations.noExpiry"), V.NO_EXPIRY, "no expiry");
        assertEq(vm.parseJsonUint(json, ".durations.maxCosignWaitSeconds"), V.MAX_COSIGN_WAIT, "max co-sign wait");
        assertEq(vm.parseJsonKeys(json, ".durations").length, 8, "duration count");
    }

    // ---------------------------------------------------------------------- helpers

    function _categoryConstant(string memory name) internal pure returns (uint8) {
        if (_eq(name, "demographics")) return V.DEMOGRAPHICS;
        if (_eq(name, "encounters")) return V.ENCOUNTERS;
        if (_eq(name, "conditions")) return V.CONDITIONS;
        if (_eq(name, "medications")) return V.MEDICATIONS;
        if (_eq(name, "allergies")) return V.ALLERGIES;
        if (_eq(name, "immunizations")) return V.IMMUNIZATIONS;
        if (_eq(name, "laboratory")) return V.LABORATORY;
        if (_eq(name, "imaging")) return V.IMAGING;
        if (_eq(name, "procedures")) return V.PROCEDURES;
        if (_eq(name, "vital_signs")) return V.VITAL_SIGNS;
        if (_eq(name, "clinical_notes")) return V.CLINICAL_NOTES;
        if (_eq(name, "care_plans")) return V.CARE_PLANS;
        if (_eq(name, "billing_and_claims")) return V.BILLING_AND_CLAIMS;
        if (_eq(name, "mental_health")) return V.MENTAL_HEALTH;
        if (_eq(name, "substance_use")) return V.SUBSTANCE_USE;
        if (_eq(name, "sexual_and_reproductive_health")) return V.SEXUAL_AND_REPRODUCTIVE_HEALTH;
        if (_eq(name, "hiv_sti")) return V.HIV_STI;
        if (_eq(name, "genomics")) return V.GENOMICS;
        revert(string.concat("unknown category: ", name));
    }

    function _purposeConstant(string memory code) internal pure returns (uint8) {
        if (_eq(code, "TREAT")) return V.TREAT;
        if (_eq(code, "ETREAT")) return V.ETREAT;
        if (_eq(code, "HPAYMT")) return V.HPAYMT;
        if (_eq(code, "HOPERAT")) return V.HOPERAT;
        if (_eq(code, "HRESCH")) return V.HRESCH;
        if (_eq(code, "PUBHLTH")) return V.PUBHLTH;
        if (_eq(code, "PATRQT")) return V.PATRQT;
        revert(string.concat("unknown purpose: ", code));
    }

    function _kindConstant(string memory name) internal pure returns (uint8) {
        if (_eq(name, "hospital")) return V.KIND_HOSPITAL;
        if (_eq(name, "clinic")) return V.KIND_CLINIC;
        if (_eq(name, "laboratory")) return V.KIND_LABORATORY;
        if (_eq(name, "pharmacy")) return V.KIND_PHARMACY;
        if (_eq(name, "payer")) return V.KIND_PAYER;
        if (_eq(name, "public_health")) return V.KIND_PUBLIC_HEALTH;
        if (_eq(name, "research")) return V.KIND_RESEARCH;
        revert(string.concat("unknown organisation kind: ", name));
    }

    function _roleConstant(string memory name) internal pure returns (uint8) {
        if (_eq(name, "physician")) return V.ROLE_PHYSICIAN;
        if (_eq(name, "nurse")) return V.ROLE_NURSE;
        if (_eq(name, "head_of_department")) return V.ROLE_HEAD_OF_DEPARTMENT;
        if (_eq(name, "records_officer")) return V.ROLE_RECORDS_OFFICER;
        if (_eq(name, "lab_scientist")) return V.ROLE_LAB_SCIENTIST;
        if (_eq(name, "pharmacist")) return V.ROLE_PHARMACIST;
        if (_eq(name, "billing_officer")) return V.ROLE_BILLING_OFFICER;
        if (_eq(name, "researcher")) return V.ROLE_RESEARCHER;
        revert(string.concat("unknown role: ", name));
    }

    /// @dev How many entries the JSON array at `path` holds.
    function _length(string memory path) internal view returns (uint256 count) {
        while (vm.keyExistsJson(json, string.concat(path, "[", vm.toString(count), "]"))) ++count;
    }

    function _key(string memory path, uint256 index, string memory field) internal pure returns (string memory) {
        return string.concat(path, "[", vm.toString(index), "].", field);
    }

    function _string(string memory path, uint256 index, string memory field) internal view returns (string memory) {
        return vm.parseJsonString(json, _key(path, index, field));
    }

    function _uint(string memory path, uint256 index, string memory field) internal view returns (uint256) {
        return vm.parseJsonUint(json, _key(path, index, field));
    }

    function _eq(string memory a, string memory b) internal pure returns (bool) {
        return keccak256(bytes(a)) == keccak256(bytes(b));
    }
}
