// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {OrganizationRegistry} from "../../src/OrganizationRegistry.sol";
import {RecordRegistry} from "../../src/RecordRegistry.sol";
import {ConsentTerms} from "../../src/types/AccessRules.sol";
import {Vocabulary as V} from "../../src/types/Vocabulary.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The suite deployed as in production, with a health authority, an emergency-capable
/// hospital, a laboratory and a clinic, their practitioners, and patients with known keys.
abstract contract Fixture is Test {
    OrganizationRegistry internal orgs;
    ConsentRegistry internal consents;
    RecordRegistry internal records;

    address internal governance = makeAddr("governance");
    address internal authority = makeAddr("authority");
    address internal hospitalAdmin = makeAddr("hospitalAdmin");
    address internal labAdmin = makeAddr("labAdmin");
    address internal clinicAdmin = makeAddr("clinicAdmin");
    address internal doctor = makeAddr("doctor");
    address internal nurse = makeAddr("nurse");
    address internal billing = makeAddr("billing");
    address internal labTech = makeAddr("labTech");
    address internal clinicDoctor = makeAddr("clinicDoctor");
    address internal relayer = makeAddr("relayer");
    address internal stranger = makeAddr("stranger");

    uint256 internal patientKey = 0xA11CE;
    address internal patient = vm.addr(patientKey);
    uint256 internal otherPatientKey = 0xB0B;
    address internal otherPatient = vm.addr(otherPatientKey);
    address internal guardian = makeAddr("guardian");

    uint32 internal hospital;
    uint32 internal lab;
    uint32 internal clinic;

    uint32 internal constant LAB_AND_IMAGING = uint32(1) << V.LABORATORY | uint32(1) << V.IMAGING;
    uint8 internal constant TREATMENT = uint8(1) << V.TREAT;
    uint8 internal constant READ_WRITE = V.ALL_ACTIONS;
    uint8 internal constant READ_ONLY = uint8(1) << V.READ;
    uint8 internal constant FHIR_OBSERVATION = 2;
    uint8 internal constant FHIR_DIAGNOSTIC_REPORT = 3;

    /// @dev The hash of the block before the suite's: the consent registry's EIP-712 salt.
    bytes32 internal constant PARENT_BLOCK_HASH = keccak256("the block before the deployment");

    function setUp() public virtual {
        vm.warp(1_750_000_000);
        vm.setBlockhash(block.number - 1, PARENT_BLOCK_HASH);
        orgs = new OrganizationRegistry(governance, authority);
        consents = ConsentRegistry(orgs.consents());
        records = new RecordRegistry(orgs);

        vm.startPrank(authority);
        hospital =
            orgs.accredit(V.KIND_HOSPITAL, hospitalAdmin, true, "General Hospital", "https://fhir.general.example/r4");
        lab = orgs.accredit(V.KIND_LABORATORY, labAdmin, false, "City Lab", "https://fhir.citylab.example/r4");
        clinic = orgs.accredit(V.KIND_CLINIC, clinicAdmin, false, "Corner Clinic", "https://fhir.corner.example/r4");
        vm.stopPrank();

        vm.startPrank(hospitalAdmin);
        orgs.addPractitioner(hospital, doctor, V.ROLE_PHYSICIAN);
        orgs.addPractitioner(hospital, nurse, V.ROLE_NURSE);
        orgs.addPractitioner(hospital, billing, V.ROLE_BILLING_OFFICER);
        vm.stopPrank();
        vm.prank(labAdmin);
        orgs.addPractitioner(lab, labTech, V.ROLE_LAB_SCIENTIST);
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, clinicDoctor, V.ROLE_PHYSICIAN);
    }

    function terms(uint32 categories, uint8 purposes, uint8 actions, uint256 duration)
        internal
        view
        returns (ConsentTerms memory)
    {
        return ConsentTerms({
            categories: categories,
            purposes: purposes,
            actions: actions,
            validFrom: uint40(block.timestamp),
            // Test durations are years at most: far below uint40's range.
            // forge-lint: disable-next-line(unsafe-typecast)
            validUntil: uint40(block.timestamp + duration)
        });
    }

    function labTerms() internal view returns (ConsentTerms memory) {
        return terms(LAB_AND_IMAGING, TREATMENT, READ_WRITE, 365 days);
    }

    function grantDigest(address who, uint32 orgId, ConsentTerms memory t, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                consents.GRANT_TYPEHASH(),
                who,
                orgId,
                t.categories,
                t.purposes,
                t.actions,
                t.validFrom,
                t.validUntil,
                nonce,
                deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", consents.DOMAIN_SEPARATOR(), structHash));
    }

    function revokeDigest(address who, uint32 orgId, uint256 nonce, uint256 deadline) internal view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(consents.REVOKE_TYPEHASH(), who, orgId, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", consents.DOMAIN_SEPARATOR(), structHash));
    }

    function sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function signGrant(uint256 key, uint32 orgId, ConsentTerms memory t, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        return sign(key, grantDigest(vm.addr(key), orgId, t, nonce, deadline));
    }

    /// @dev The patient grants the hospital read/write of laboratory and imaging for treatment.
    function grantHospital() internal {
        vm.prank(patient);
        consents.grant(patient, hospital, labTerms());
    }

    /// @dev The hospital's doctor adds a laboratory report for the patient.
    function addLabReport(bytes32 contentHash) internal returns (bytes32) {
        vm.prank(doctor);
        return records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, contentHash, bytes32(0), V.TREAT);
    }

    function one(bytes32 id) internal pure returns (bytes32[] memory ids) {
        ids = new bytes32[](1);
        ids[0] = id;
    }

    function bit(uint8 index) internal pure returns (uint32) {
        return uint32(1) << index;
    }
}
