// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

// Longer than 600 lines: the unit suite of one contract (forge's one test contract per contract under
// test), grouped by operation.

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {IRecordRegistry} from "../src/interfaces/IRecordRegistry.sol";
import {ConsentTerms} from "../src/types/AccessRules.sol";
import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Fixture} from "./utils/Fixture.sol";
import {Vm} from "forge-std/Vm.sol";

contract RecordRegistryTest is Fixture {
    bytes32 internal constant REPORT = keccak256("report v1");
    bytes32 internal constant REPORT_V2 = keccak256("report v2");
    bytes32 internal constant REPORT_V3 = keccak256("report v3");
    bytes32 internal constant LAB_RESULT = keccak256("lab result");
    uint8 internal constant WRITE_ONLY = uint8(1) << V.WRITE;
    /// @dev How many moments each access fuzz run checks (see {_moment}).
    uint256 internal constant _MOMENTS = 3;

    address internal recordsOfficer = makeAddr("recordsOfficer");
    address internal researcher = makeAddr("researcher");

    function setUp() public override {
        super.setUp();
        vm.startPrank(hospitalAdmin);
        orgs.addPractitioner(hospital, recordsOfficer, V.ROLE_RECORDS_OFFICER);
        orgs.addPractitioner(hospital, researcher, V.ROLE_RESEARCHER);
        vm.stopPrank();
    }

    // ------------------------------------------------------- roles bind purposes

    /// @dev Issue 21, item 11: a billing officer may not write clinical notes for treatment,
    /// even where the organisation's consent covers it; the physician may.
    function test_revertWhen_addRecord_purposeNotForTheRole() public {
        _grant(hospital, V.ALL_CATEGORIES, V.ALL_PURPOSES, READ_WRITE, 365 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__PurposeNotForRole.selector, billing, V.ROLE_BILLING_OFFICER, V.TREAT
            )
        );
        vm.prank(billing);
        records.addRecord(patient, V.CLINICAL_NOTES, 1, REPORT, bytes32(0), V.TREAT);

        vm.prank(doctor);
        records.addRecord(patient, V.CLINICAL_NOTES, 1, REPORT, bytes32(0), V.TREAT);
    }

    /// @dev Issue 21, item 11: nor log a treatment read; a payment read is its own to log.
    function test_revertWhen_logAccess_purposeNotForTheRole() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        _grant(hospital, V.ALL_CATEGORIES, V.ALL_PURPOSES, READ_ONLY, 365 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__PurposeNotForRole.selector, billing, V.ROLE_BILLING_OFFICER, V.TREAT
            )
        );
        vm.prank(billing);
        records.logAccess(patient, one(id), V.TREAT);

        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, billing, V.HPAYMT, V.BASIS_CONSENT);
        vm.prank(billing);
        records.logAccess(patient, one(id), V.HPAYMT);
    }

    /// @dev Every role against every purpose, under a consent that covers all of them: a write
    /// and a read receipt pass exactly for the purposes the vocabulary gives the role.
    function testFuzz_recordsAndReceipts_onlyForTheRolesPurposes(uint8 role, uint8 purpose) public {
        role = uint8(bound(role, 1, V.ROLE_MAX));
        purpose = uint8(bound(purpose, 0, V.PURPOSE_COUNT - 1));
        address member = makeAddr("member");
        vm.prank(hospitalAdmin);
        orgs.addPractitioner(hospital, member, role);
        _grant(hospital, V.ALL_CATEGORIES, V.ALL_PURPOSES, READ_WRITE, 365 days);
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);

        bool allowed = _rolePurposes(role) & (uint8(1) << purpose) != 0;
        bytes memory refusal =
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__PurposeNotForRole.selector, member, role, purpose);
        if (!allowed) vm.expectRevert(refusal);
        vm.prank(member);
        records.addRecord(patient, V.VITAL_SIGNS, 1, REPORT, bytes32(0), purpose);
        if (!allowed) vm.expectRevert(refusal);
        vm.prank(member);
        records.logAccess(patient, one(id), purpose);
    }

    /// @dev The roles' purposes restated from the issue: clinical roles treat, the records
    /// office runs operations, public-health reports and patients' requests, billing is paid and
    /// runs operations, research staff research.
    function _rolePurposes(uint8 role) internal pure returns (uint8) {
        uint8 clinical = uint8(1) << V.TREAT | uint8(1) << V.ETREAT;
        if (role == V.ROLE_RECORDS_OFFICER) {
            return uint8(1) << V.HOPERAT | uint8(1) << V.PUBHLTH | uint8(1) << V.PATRQT;
        }
        if (role == V.ROLE_BILLING_OFFICER) return uint8(1) << V.HPAYMT | uint8(1) << V.HOPERAT;
        if (role == V.ROLE_RESEARCHER) return uint8(1) << V.HRESCH;
        return clinical;
    }

    /// @dev A hospital practitioner whose role acts for `purpose`.
    function _actorFor(uint8 purpose) internal view returns (address) {
        if (purpose == V.TREAT || purpose == V.ETREAT) return doctor;
        if (purpose == V.HPAYMT) return billing;
        if (purpose == V.HRESCH) return researcher;
        return recordsOfficer;
    }

    // ------------------------------------------------------------------- addRecord

    function test_addRecord_storesPointer() public {
        grantHospital();
        vm.warp(1_750_000_123);
        bytes32 id = addLabReport(REPORT);

        assertEq(id, keccak256(abi.encode(patient, hospital, V.LABORATORY, REPORT)));
        assertEq(id, records.recordIdFor(patient, hospital, V.LABORATORY, REPORT));
        IRecordRegistry.Record memory record = records.recordOf(id);
        assertEq(record.patient, patient);
        assertEq(record.authorOrg, hospital);
        assertEq(record.category, V.LABORATORY);
        assertEq(record.fhirType, FHIR_DIAGNOSTIC_REPORT);
        assertEq(record.status, V.RECORD_CURRENT);
        assertEq(record.createdAt, 1_750_000_123);
        assertEq(records.predecessorOf(id), bytes32(0));
        assertTrue(records.verifyContent(id, REPORT));
    }

    function test_addRecord_emitsRecordAdded() public {
        grantHospital();
        bytes32 id = records.recordIdFor(patient, hospital, V.LABORATORY, REPORT);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAdded(
            id,
            patient,
            hospital,
            doctor,
            V.LABORATORY,
            FHIR_DIAGNOSTIC_REPORT,
            REPORT,
            bytes32(0),
            V.TREAT,
            V.BASIS_CONSENT
        );
        addLabReport(REPORT);
    }

    function test_addRecord_samePatientAndContentFromAnotherPatientIsDistinct() public {
        grantHospital();
        vm.prank(otherPatient);
        consents.grant(otherPatient, hospital, labTerms());
        bytes32 mine = addLabReport(REPORT);
        vm.prank(doctor);
        bytes32 theirs =
            records.addRecord(otherPatient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.TREAT);
        assertNotEq(mine, theirs);
        assertEq(records.recordOf(theirs).patient, otherPatient);
    }

    function test_revertWhen_addRecord_zeroPatient() public {
        grantHospital();
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidPatient.selector));
        vm.prank(doctor);
        records.addRecord(address(0), V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.TREAT);
    }

    function testFuzz_addRecord_rejectsInvalidCategory(uint8 category) public {
        category = uint8(bound(category, V.CATEGORY_COUNT, type(uint8).max));
        grantHospital();
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidCategory.selector, category));
        vm.prank(doctor);
        records.addRecord(patient, category, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.TREAT);
    }

    function testFuzz_addRecord_rejectsUnknownFhirType(uint8 fhirType) public {
        vm.assume(fhirType == 0 || fhirType > V.FHIR_TYPE_MAX);
        grantHospital();
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidFhirType.selector, fhirType));
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, fhirType, REPORT, bytes32(0), V.TREAT);
    }

    function testFuzz_addRecord_acceptsEveryFhirType(uint8 fhirType) public {
        fhirType = uint8(bound(fhirType, 1, V.FHIR_TYPE_MAX));
        grantHospital();
        vm.prank(doctor);
        bytes32 id = records.addRecord(patient, V.LABORATORY, fhirType, REPORT, bytes32(0), V.TREAT);
        assertEq(records.recordOf(id).fhirType, fhirType);
    }

    function testFuzz_addRecord_rejectsInvalidPurpose(uint8 purpose) public {
        purpose = uint8(bound(purpose, V.PURPOSE_COUNT, type(uint8).max));
        grantHospital();
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidPurpose.selector, purpose));
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), purpose);
    }

    function test_revertWhen_addRecord_emptyContentHash() public {
        grantHospital();
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__EmptyContentHash.selector));
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, bytes32(0), bytes32(0), V.TREAT);
    }

    function test_revertWhen_addRecord_notPractitioner() public {
        grantHospital();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, stranger));
        vm.prank(stranger);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.TREAT);
    }

    function test_revertWhen_addRecord_noConsent() public {
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.WRITE);
        addLabReport(REPORT);
    }

    function test_revertWhen_addRecord_consentForAnotherCategory() public {
        grantHospital();
        _expectNoBasis(hospital, V.MEDICATIONS, V.TREAT, V.WRITE);
        vm.prank(doctor);
        records.addRecord(patient, V.MEDICATIONS, 5, REPORT, bytes32(0), V.TREAT);
    }

    function test_revertWhen_addRecord_consentForAnotherPurpose() public {
        grantHospital();
        _expectNoBasis(hospital, V.LABORATORY, V.HRESCH, V.WRITE);
        vm.prank(researcher);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.HRESCH);
    }

    function test_revertWhen_addRecord_consentForReadOnly() public {
        _grant(hospital, LAB_AND_IMAGING, TREATMENT, READ_ONLY, 365 days);
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.WRITE);
        addLabReport(REPORT);
    }

    function test_addRecord_consentForWriteOnly() public {
        _grant(hospital, LAB_AND_IMAGING, TREATMENT, WRITE_ONLY, 365 days);
        bytes32 id = addLabReport(REPORT);
        assertEq(records.recordOf(id).status, V.RECORD_CURRENT);
    }

    function test_revertWhen_addRecord_consentExpired() public {
        _grant(hospital, LAB_AND_IMAGING, TREATMENT, READ_WRITE, 30 days);
        uint256 validUntil = block.timestamp + 30 days;

        vm.warp(validUntil - 1);
        addLabReport(REPORT);

        vm.warp(validUntil);
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.WRITE);
        addLabReport(REPORT_V2);
    }

    function test_revertWhen_addRecord_consentNotYetValid() public {
        ConsentTerms memory t = labTerms();
        t.validFrom = uint40(block.timestamp + 1 days);
        vm.prank(patient);
        consents.grant(patient, hospital, t);

        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.WRITE);
        addLabReport(REPORT);

        vm.warp(t.validFrom);
        bytes32 id = addLabReport(REPORT);
        assertEq(records.recordOf(id).authorOrg, hospital);
    }

    function test_revertWhen_addRecord_consentRevoked() public {
        grantHospital();
        vm.prank(patient);
        consents.revoke(patient, hospital);
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.WRITE);
        addLabReport(REPORT);
    }

    /// @dev The event tells an emergency write from a consented one (the review: it did not).
    function test_addRecord_emergencyBasisForEmergencyTreatment() public {
        _openEmergency();
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAdded(
            records.recordIdFor(patient, hospital, V.LABORATORY, REPORT),
            patient,
            hospital,
            doctor,
            V.LABORATORY,
            FHIR_DIAGNOSTIC_REPORT,
            REPORT,
            bytes32(0),
            V.ETREAT,
            V.BASIS_EMERGENCY
        );
        vm.prank(doctor);
        bytes32 id = records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.ETREAT);
        assertEq(records.recordOf(id).authorOrg, hospital);
    }

    function test_revertWhen_addRecord_emergencyAccessForOtherPurpose() public {
        _openEmergency();
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.WRITE);
        addLabReport(REPORT);
    }

    function test_revertWhen_addRecord_emergencyAccessExpired() public {
        _openEmergency();
        vm.warp(block.timestamp + V.EMERGENCY_DURATION);
        _expectNoBasis(hospital, V.LABORATORY, V.ETREAT, V.WRITE);
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.ETREAT);
    }

    function test_revertWhen_addRecord_emergencyAccessToRestrictedCategory() public {
        _openEmergency();
        _expectNoBasis(hospital, V.MENTAL_HEALTH, V.ETREAT, V.WRITE);
        vm.prank(doctor);
        records.addRecord(patient, V.MENTAL_HEALTH, 1, REPORT, bytes32(0), V.ETREAT);
    }

    function test_revertWhen_addRecord_organizationSuspended() public {
        grantHospital();
        vm.prank(authority);
        orgs.suspend(hospital, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        addLabReport(REPORT);
    }

    function test_revertWhen_addRecord_paused() public {
        grantHospital();
        vm.prank(authority);
        orgs.pause();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__WritesPaused.selector));
        addLabReport(REPORT);
    }

    function test_revertWhen_addRecord_recordExists() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordExists.selector, id));
        addLabReport(REPORT);
    }

    /// @dev The id binds patient and content only, so another organisation cannot point at the
    /// same content a second time either.
    /// @dev The same content from another organisation is that organisation's own pointer: the
    /// id binds the author, so neither can take the other's.
    function test_addRecord_sameContentFromAnotherOrganization_isDistinct() public {
        grantHospital();
        _grantLab();
        bytes32 id = addLabReport(REPORT);
        vm.prank(labTech);
        bytes32 labs = records.addRecord(patient, V.LABORATORY, FHIR_OBSERVATION, REPORT, bytes32(0), V.TREAT);
        assertNotEq(labs, id);
        assertEq(records.recordOf(id).authorOrg, hospital);
        assertEq(records.recordOf(labs).authorOrg, lab);
    }

    /// @dev The id is derived from (patient, content) and a retracted pointer keeps its id, so the
    /// same content cannot be pointed at again once retracted.
    function test_revertWhen_addRecord_sameContentAfterRetraction() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(doctor);
        records.retractRecord(id);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordExists.selector, id));
        addLabReport(REPORT);
    }

    // ---------------------------------------------------------- version chains

    function test_addRecord_supersedesCurrentVersion() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        bytes32 v2 = records.recordIdFor(patient, hospital, V.LABORATORY, REPORT_V2);

        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAdded(
            v2, patient, hospital, nurse, V.LABORATORY, FHIR_OBSERVATION, REPORT_V2, v1, V.TREAT, V.BASIS_CONSENT
        );
        vm.prank(nurse);
        records.addRecord(patient, V.LABORATORY, FHIR_OBSERVATION, REPORT_V2, v1, V.TREAT);

        assertEq(records.recordOf(v1).status, V.RECORD_SUPERSEDED);
        assertEq(records.recordOf(v2).status, V.RECORD_CURRENT);
        assertEq(records.predecessorOf(v2), v1);
        assertEq(records.predecessorOf(v1), bytes32(0));
    }

    function test_revertWhen_addRecord_supersedesUnknownRecord() public {
        grantHospital();
        bytes32 unknown = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__UnknownRecord.selector, unknown));
        _supersede(doctor, REPORT, unknown);
    }

    function test_revertWhen_addRecord_supersedesAnotherPatientsRecord() public {
        grantHospital();
        vm.prank(otherPatient);
        consents.grant(otherPatient, hospital, labTerms());
        vm.prank(doctor);
        bytes32 theirs =
            records.addRecord(otherPatient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.TREAT);

        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__PatientMismatch.selector, theirs, patient)
        );
        _supersede(doctor, REPORT_V2, theirs);
        assertEq(records.recordOf(theirs).status, V.RECORD_CURRENT);
    }

    function test_revertWhen_addRecord_supersedesAnotherOrganizationsRecord() public {
        grantHospital();
        _grantLab();
        vm.prank(labTech);
        bytes32 labs = records.addRecord(patient, V.LABORATORY, FHIR_OBSERVATION, LAB_RESULT, bytes32(0), V.TREAT);

        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__NotAuthorOrganization.selector, labs, hospital)
        );
        _supersede(doctor, REPORT, labs);
        assertEq(records.recordOf(labs).status, V.RECORD_CURRENT);
    }

    function test_revertWhen_addRecord_supersedesSupersededRecord() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        _supersede(doctor, REPORT_V2, v1);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotCurrent.selector, v1, V.RECORD_SUPERSEDED)
        );
        _supersede(doctor, REPORT_V3, v1);
    }

    function test_revertWhen_addRecord_supersedesRetractedRecord() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        vm.prank(doctor);
        records.retractRecord(v1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRecordRegistry.RecordRegistry__RecordNotCurrent.selector, v1, V.RECORD_ENTERED_IN_ERROR
            )
        );
        _supersede(doctor, REPORT_V2, v1);
    }

    // ----------------------------------------------------------------- retractRecord

    function test_retractRecord_marksEnteredInError() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordRetracted(id, patient, hospital, doctor);
        vm.prank(doctor);
        records.retractRecord(id);
        assertEq(records.recordOf(id).status, V.RECORD_ENTERED_IN_ERROR);
        // The pointer stays for the audit trail, but vouches for its content no more.
        assertEq(records.recordOf(id).patient, patient);
        assertFalse(records.verifyContent(id, REPORT));
    }

    function test_retractRecord_byColleagueOfTheAuthor() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordRetracted(id, patient, hospital, nurse);
        vm.prank(nurse);
        records.retractRecord(id);
        assertEq(records.recordOf(id).status, V.RECORD_ENTERED_IN_ERROR);
    }

    function test_retractRecord_restoresPredecessorToCurrent() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        bytes32 v2 = _supersede(doctor, REPORT_V2, v1);
        vm.prank(doctor);
        records.retractRecord(v2);

        assertEq(records.recordOf(v2).status, V.RECORD_ENTERED_IN_ERROR);
        assertEq(records.recordOf(v1).status, V.RECORD_CURRENT);

        // The restored version can be superseded again.
        bytes32 v3 = _supersede(doctor, REPORT_V3, v1);
        assertEq(records.predecessorOf(v3), v1);
        assertEq(records.recordOf(v1).status, V.RECORD_SUPERSEDED);
    }

    function test_retractRecord_restoresOnlyTheDirectPredecessor() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        bytes32 v2 = _supersede(doctor, REPORT_V2, v1);
        bytes32 v3 = _supersede(doctor, REPORT_V3, v2);
        vm.prank(doctor);
        records.retractRecord(v3);
        assertEq(records.recordOf(v3).status, V.RECORD_ENTERED_IN_ERROR);
        assertEq(records.recordOf(v2).status, V.RECORD_CURRENT);
        assertEq(records.recordOf(v1).status, V.RECORD_SUPERSEDED);
    }

    function test_retractRecord_needsNoConsent() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(patient);
        consents.revoke(patient, hospital);
        vm.prank(doctor);
        records.retractRecord(id);
        assertEq(records.recordOf(id).status, V.RECORD_ENTERED_IN_ERROR);
    }

    function test_revertWhen_retractRecord_unknownRecord() public {
        bytes32 unknown = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__UnknownRecord.selector, unknown));
        vm.prank(doctor);
        records.retractRecord(unknown);
    }

    function test_revertWhen_retractRecord_notAuthorOrganization() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__NotAuthorOrganization.selector, id, lab));
        vm.prank(labTech);
        records.retractRecord(id);
    }

    function test_revertWhen_retractRecord_superseded() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        _supersede(doctor, REPORT_V2, v1);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotCurrent.selector, v1, V.RECORD_SUPERSEDED)
        );
        vm.prank(doctor);
        records.retractRecord(v1);
    }

    function test_revertWhen_retractRecord_alreadyRetracted() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(doctor);
        records.retractRecord(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRecordRegistry.RecordRegistry__RecordNotCurrent.selector, id, V.RECORD_ENTERED_IN_ERROR
            )
        );
        vm.prank(doctor);
        records.retractRecord(id);
    }

    function test_revertWhen_retractRecord_notPractitioner() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, doctor);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, doctor));
        vm.prank(doctor);
        records.retractRecord(id);
    }

    function test_revertWhen_retractRecord_organizationSuspended() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(authority);
        orgs.suspend(hospital, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(doctor);
        records.retractRecord(id);
    }

    function test_revertWhen_retractRecord_paused() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(authority);
        orgs.pause();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__WritesPaused.selector));
        vm.prank(doctor);
        records.retractRecord(id);
    }

    // --------------------------------------------------------------------- logAccess

    function test_logAccess_ownRecordBasis() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        // The author organisation reads its own record with no consent at all.
        vm.prank(patient);
        consents.revoke(patient, hospital);

        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, recordsOfficer, V.HOPERAT, V.BASIS_OWN_RECORD);
        vm.prank(recordsOfficer);
        records.logAccess(patient, one(id), V.HOPERAT);
    }

    function test_logAccess_consentBasis() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        grantHospital();
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, doctor, V.TREAT, V.BASIS_CONSENT);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_logAccess_emergencyBasis() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        _openEmergency();
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, doctor, V.ETREAT, V.BASIS_EMERGENCY);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.ETREAT);
    }

    function test_logAccess_emergencyReachesRestrictedCategoryOnlyWhenOptedIn() public {
        bytes32 id = _labRecord(V.MENTAL_HEALTH, keccak256("assessment"));
        _openEmergency();
        _expectNoBasis(hospital, V.MENTAL_HEALTH, V.ETREAT, V.READ);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.ETREAT);

        vm.prank(patient);
        consents.setEmergencyPolicy(false, bit(V.MENTAL_HEALTH));
        vm.warp(vm.getBlockTimestamp() + V.EMERGENCY_DURATION); // the first access is over
        _openEmergency();
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, doctor, V.ETREAT, V.BASIS_EMERGENCY);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.ETREAT);
    }

    function test_logAccess_consentWinsOverEmergency() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        _grant(hospital, LAB_AND_IMAGING, uint8(1) << V.ETREAT, READ_ONLY, 30 days);
        _openEmergency();
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, doctor, V.ETREAT, V.BASIS_CONSENT);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.ETREAT);
    }

    function test_logAccess_mixedRecordsOneReceiptEach() public {
        grantHospital();
        bytes32 own = addLabReport(REPORT);
        bytes32 labs = _labRecord(V.IMAGING, LAB_RESULT);
        bytes32[] memory ids = new bytes32[](2);
        ids[0] = own;
        ids[1] = labs;

        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(own, patient, hospital, doctor, V.TREAT, V.BASIS_OWN_RECORD);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(labs, patient, hospital, doctor, V.TREAT, V.BASIS_CONSENT);
        vm.recordLogs();
        vm.prank(doctor);
        records.logAccess(patient, ids, V.TREAT);
        assertEq(vm.getRecordedLogs().length, 2);
    }

    function test_logAccess_mixedRecordsWithEmergency() public {
        _openEmergency();
        vm.prank(doctor);
        bytes32 own = records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.ETREAT);
        bytes32 labs = _labRecord(V.LABORATORY, LAB_RESULT);
        bytes32[] memory ids = new bytes32[](2);
        ids[0] = labs;
        ids[1] = own;

        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(labs, patient, hospital, nurse, V.ETREAT, V.BASIS_EMERGENCY);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(own, patient, hospital, nurse, V.ETREAT, V.BASIS_OWN_RECORD);
        vm.prank(nurse);
        records.logAccess(patient, ids, V.ETREAT);
    }

    function test_revertWhen_logAccess_oneRecordWithoutBasis() public {
        grantHospital();
        bytes32 readable = _labRecord(V.LABORATORY, LAB_RESULT);
        bytes32 closed = _labRecord(V.GENOMICS, keccak256("genome"));
        bytes32[] memory ids = new bytes32[](2);
        ids[0] = readable;
        ids[1] = closed;

        // The whole receipt reverts, although the first record alone is readable.
        _expectNoBasis(hospital, V.GENOMICS, V.TREAT, V.READ);
        vm.prank(doctor);
        records.logAccess(patient, ids, V.TREAT);

        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(readable, patient, hospital, doctor, V.TREAT, V.BASIS_CONSENT);
        vm.prank(doctor);
        records.logAccess(patient, one(readable), V.TREAT);
    }

    function test_revertWhen_logAccess_noConsent() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.READ);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_revertWhen_logAccess_writeOnlyConsent() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        _grant(hospital, LAB_AND_IMAGING, TREATMENT, WRITE_ONLY, 30 days);
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.READ);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_revertWhen_logAccess_consentExpired() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        _grant(hospital, LAB_AND_IMAGING, TREATMENT, READ_ONLY, 30 days);
        vm.warp(block.timestamp + 30 days);
        _expectNoBasis(hospital, V.LABORATORY, V.TREAT, V.READ);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_revertWhen_logAccess_emergencyExpired() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        _openEmergency();
        vm.warp(block.timestamp + V.EMERGENCY_DURATION);
        _expectNoBasis(hospital, V.LABORATORY, V.ETREAT, V.READ);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.ETREAT);
    }

    function test_revertWhen_logAccess_noRecords() public {
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidRecordCount.selector, 0));
        vm.prank(doctor);
        records.logAccess(patient, new bytes32[](0), V.TREAT);
    }

    function test_revertWhen_logAccess_tooManyRecords() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidRecordCount.selector, 257));
        vm.prank(doctor);
        records.logAccess(patient, _repeat(id, 257), V.TREAT);
    }

    function test_logAccess_acceptsTheMaximumCount() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.recordLogs();
        vm.prank(doctor);
        records.logAccess(patient, _repeat(id, 256), V.TREAT);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 256);
        assertEq(logs[255].topics[0], IRecordRegistry.RecordAccessed.selector);
        assertEq(logs[255].topics[1], id);
    }

    function testFuzz_revertWhen_logAccess_invalidPurpose(uint8 purpose) public {
        purpose = uint8(bound(purpose, V.PURPOSE_COUNT, type(uint8).max));
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidPurpose.selector, purpose));
        vm.prank(doctor);
        records.logAccess(patient, one(id), purpose);
    }

    function test_revertWhen_logAccess_patientMismatch() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__PatientMismatch.selector, id, otherPatient)
        );
        vm.prank(doctor);
        records.logAccess(otherPatient, one(id), V.TREAT);
    }

    function test_revertWhen_logAccess_enteredInError() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(doctor);
        records.retractRecord(id);
        // Not even the author reads a retracted pointer.
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordEnteredInError.selector, id));
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_logAccess_supersededRecordStaysReadable() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        _supersede(doctor, REPORT_V2, v1);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(v1, patient, hospital, doctor, V.TREAT, V.BASIS_OWN_RECORD);
        vm.prank(doctor);
        records.logAccess(patient, one(v1), V.TREAT);
    }

    function test_revertWhen_logAccess_unknownRecord() public {
        bytes32 unknown = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__UnknownRecord.selector, unknown));
        vm.prank(doctor);
        records.logAccess(patient, one(unknown), V.TREAT);
    }

    function test_revertWhen_logAccess_organizationSuspended() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(authority);
        orgs.suspend(hospital, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_revertWhen_logAccess_notPractitioner() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, stranger));
        vm.prank(stranger);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_logAccess_worksDuringPause() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        grantHospital();
        vm.prank(authority);
        orgs.pause();
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, doctor, V.TREAT, V.BASIS_CONSENT);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    /// @dev Whether a receipt is written is decided by the access rule alone, whatever consent,
    /// emergency access, record category, purpose and moment the fuzzer picks.
    function testFuzz_logAccess_revertsExactlyWhenAccessRulesSayNone(
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint256 validFrom,
        uint256 length,
        bool emergency,
        uint8 category,
        uint8 purpose,
        uint256 elapsed
    ) public {
        category = uint8(bound(category, 0, V.CATEGORY_COUNT - 1));
        purpose = uint8(bound(purpose, 0, V.PURPOSE_COUNT - 1));
        bytes32 id = _labRecord(category, LAB_RESULT);
        HospitalAccess memory scope = _fuzzHospitalAccess(categories, purposes, actions, validFrom, length, emergency);
        uint256 start = block.timestamp;

        for (uint256 i; i < _MOMENTS; ++i) {
            vm.warp(start + _moment(elapsed, i));
            uint8 expected = _rule(scope, category, purpose, V.READ);
            if (expected == V.BASIS_NONE) {
                _expectNoBasis(hospital, category, purpose, V.READ);
            } else {
                vm.expectEmit(address(records));
                emit IRecordRegistry.RecordAccessed(id, patient, hospital, _actorFor(purpose), purpose, expected);
            }
            vm.prank(_actorFor(purpose));
            records.logAccess(patient, one(id), purpose);

            (bool allowed, uint8 basis) = records.checkRecordAccess(id, hospital, purpose);
            assertEq(basis, expected, "checkRecordAccess basis");
            assertEq(allowed, expected != V.BASIS_NONE, "checkRecordAccess allowed");
        }
    }

    /// @dev The same for writes: a pointer is added exactly when the rule grants a basis to write.
    function testFuzz_addRecord_revertsExactlyWhenAccessRulesSayNone(
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint256 validFrom,
        uint256 length,
        bool emergency,
        uint8 category,
        uint8 purpose,
        uint256 elapsed
    ) public {
        category = uint8(bound(category, 0, V.CATEGORY_COUNT - 1));
        purpose = uint8(bound(purpose, 0, V.PURPOSE_COUNT - 1));
        HospitalAccess memory scope = _fuzzHospitalAccess(categories, purposes, actions, validFrom, length, emergency);
        uint256 start = block.timestamp;

        for (uint256 i; i < _MOMENTS; ++i) {
            vm.warp(start + _moment(elapsed, i));
            bytes32 contentHash = keccak256(abi.encode("fuzzed record", i));
            bool writable = _rule(scope, category, purpose, V.WRITE) != V.BASIS_NONE;
            if (!writable) _expectNoBasis(hospital, category, purpose, V.WRITE);
            vm.prank(_actorFor(purpose));
            records.addRecord(patient, category, 1, contentHash, bytes32(0), purpose);
            bytes32 id = records.recordIdFor(patient, hospital, category, contentHash);
            assertEq(records.recordOf(id).status, writable ? V.RECORD_CURRENT : 0);
        }
    }

    // ------------------------------------------------------------------------- views

    function test_recordOf_unknownIsZeroed() public view {
        IRecordRegistry.Record memory record = records.recordOf(keccak256("nothing"));
        assertEq(record.patient, address(0));
        assertEq(record.authorOrg, 0);
        assertEq(record.category, 0);
        assertEq(record.fhirType, 0);
        assertEq(record.status, 0);
        assertEq(record.createdAt, 0);
    }

    function test_predecessorOf_unknownIsZero() public view {
        assertEq(records.predecessorOf(keccak256("nothing")), bytes32(0));
    }

    function test_verifyContent_trueForTheRightHashOnly() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        assertTrue(records.verifyContent(id, REPORT));
        assertFalse(records.verifyContent(id, REPORT_V2));
        assertFalse(records.verifyContent(id, bytes32(0)));
    }

    function test_verifyContent_falseForUnknownRecord() public view {
        // The id a pointer would have, had it been added.
        assertFalse(records.verifyContent(records.recordIdFor(patient, hospital, V.LABORATORY, REPORT), REPORT));
    }

    function testFuzz_verifyContent_onlyAcceptsTheRightHash(bytes32 content, bytes32 other) public {
        vm.assume(content != bytes32(0) && other != content);
        grantHospital();
        bytes32 id = addLabReport(content);
        assertTrue(records.verifyContent(id, content));
        assertFalse(records.verifyContent(id, other));
        assertFalse(records.verifyContent(records.recordIdFor(otherPatient, hospital, V.LABORATORY, content), content));
    }

    function test_checkRecordAccess_ownRecord() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(patient);
        consents.revoke(patient, hospital);
        (bool allowed, uint8 basis) = records.checkRecordAccess(id, hospital, V.HRESCH);
        assertTrue(allowed);
        assertEq(basis, V.BASIS_OWN_RECORD);
    }

    function test_checkRecordAccess_consentAndEmergencyAndNone() public {
        bytes32 id = _labRecord(V.LABORATORY, LAB_RESULT);
        (bool allowed, uint8 basis) = records.checkRecordAccess(id, hospital, V.TREAT);
        assertFalse(allowed);
        assertEq(basis, V.BASIS_NONE);

        _openEmergency();
        (allowed, basis) = records.checkRecordAccess(id, hospital, V.ETREAT);
        assertTrue(allowed);
        assertEq(basis, V.BASIS_EMERGENCY);
        (allowed, basis) = records.checkRecordAccess(id, hospital, V.TREAT);
        assertFalse(allowed);
        assertEq(basis, V.BASIS_NONE);

        grantHospital();
        (allowed, basis) = records.checkRecordAccess(id, hospital, V.TREAT);
        assertTrue(allowed);
        assertEq(basis, V.BASIS_CONSENT);
    }

    function test_checkRecordAccess_falseForEnteredInError() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(doctor);
        records.retractRecord(id);
        (bool allowed, uint8 basis) = records.checkRecordAccess(id, hospital, V.TREAT);
        assertFalse(allowed, "not even for the author");
        assertEq(basis, V.BASIS_NONE);
    }

    function test_checkRecordAccess_falseForInactiveOrganization() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.prank(authority);
        orgs.suspend(hospital, bytes32(0));
        (bool allowed, uint8 basis) = records.checkRecordAccess(id, hospital, V.TREAT);
        assertFalse(allowed, "a suspended author loses its own records");
        assertEq(basis, V.BASIS_NONE);

        (allowed, basis) = records.checkRecordAccess(id, 99, V.TREAT);
        assertFalse(allowed, "unknown organisation");
        assertEq(basis, V.BASIS_NONE);
        (allowed, basis) = records.checkRecordAccess(id, 0, V.TREAT);
        assertFalse(allowed, "organisation 0");
        assertEq(basis, V.BASIS_NONE);
    }

    function test_revertWhen_checkRecordAccess_unknownRecord() public {
        bytes32 unknown = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__UnknownRecord.selector, unknown));
        records.checkRecordAccess(unknown, hospital, V.TREAT);
    }

    function test_revertWhen_checkRecordAccess_invalidPurpose() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidPurpose.selector, 7));
        records.checkRecordAccess(id, hospital, 7);
    }

    function test_locatorOf_isTheAuthorsEndpointAndTheId() public {
        grantHospital();
        bytes32 id = addLabReport(REPORT);
        (string memory endpoint, bytes32 locatorId) = records.locatorOf(id);
        assertEq(endpoint, "https://fhir.general.example/r4");
        assertEq(locatorId, id);

        // Moving the endpoint moves every locator: no per-record URL is stored.
        vm.prank(hospitalAdmin);
        orgs.setEndpoint(hospital, "https://fhir2.general.example/r4");
        (endpoint,) = records.locatorOf(id);
        assertEq(endpoint, "https://fhir2.general.example/r4");
    }

    function test_revertWhen_locatorOf_unknownRecord() public {
        bytes32 unknown = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__UnknownRecord.selector, unknown));
        records.locatorOf(unknown);
    }

    function testFuzz_recordIdFor_bindsPatientAuthorCategoryAndContent(
        address who,
        uint32 orgId,
        uint8 category,
        bytes32 contentHash
    ) public view {
        bytes32 id = records.recordIdFor(who, orgId, category, contentHash);
        assertEq(id, keccak256(abi.encode(who, orgId, category, contentHash)));
        assertNotEq(id, records.recordIdFor(who, orgId ^ 1, category, contentHash), "author");
        assertNotEq(id, records.recordIdFor(who, orgId, category ^ 1, contentHash), "category");
    }

    function test_verifyContent_falseOnceRetracted_trueForSuperseded() public {
        grantHospital();
        bytes32 v1 = addLabReport(REPORT);
        vm.prank(doctor);
        bytes32 v2 = records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, REPORT_V2, v1, V.TREAT);
        assertTrue(records.verifyContent(v1, REPORT), "a superseded version still vouches for its content");
        vm.prank(doctor);
        records.retractRecord(v2);
        assertFalse(records.verifyContent(v2, REPORT_V2), "entered in error");
        assertTrue(records.verifyContent(v1, REPORT), "current again");
    }

    /// @dev The review's squat: an organisation with any write basis copies a pending
    /// `addRecord` from the mempool, relabels it (an HIV result as demographics) and sends it
    /// first. Its copy gets an id of its own; the author's pointer still goes on chain as it is.
    function test_addRecord_frontRunByAnotherOrganization_cannotTakeTheAuthorsId() public {
        grantHospital();
        vm.prank(patient);
        consents.grant(patient, clinic, terms(bit(V.DEMOGRAPHICS), TREATMENT, WRITE_ONLY, 30 days));

        vm.prank(clinicDoctor);
        bytes32 squat = records.addRecord(patient, V.DEMOGRAPHICS, FHIR_DIAGNOSTIC_REPORT, REPORT, bytes32(0), V.TREAT);
        bytes32 id = addLabReport(REPORT);

        assertNotEq(squat, id, "the copy has its own id");
        assertEq(records.recordOf(id).authorOrg, hospital, "the author keeps its pointer");
        assertEq(records.recordOf(id).category, V.LABORATORY, "in its own category");
        assertEq(records.recordOf(squat).authorOrg, clinic, "the copy is the clinic's own claim");
        (bool allowed, uint8 basis) = records.checkRecordAccess(id, clinic, V.TREAT);
        assertFalse(allowed, "the clinic gains no own-record basis to the author's pointer");
        assertEq(basis, V.BASIS_NONE);
    }

    function test_registries_areWiredTogether() public view {
        assertEq(records.organizations(), address(orgs));
        assertEq(records.consents(), address(consents));
    }

    // ---------------------------------------------------------------------- helpers

    /// @dev What the hospital holds for the patient, as the test set it up.
    struct HospitalAccess {
        uint32 categories;
        uint8 purposes;
        uint8 actions;
        uint256 validFrom;
        uint256 validUntil;
        uint32 emergencyCategories;
        uint256 emergencyUntil;
    }

    function _grant(uint32 orgId, uint32 categories, uint8 purposes, uint8 actions, uint256 duration) internal {
        vm.prank(patient);
        consents.grant(patient, orgId, terms(categories, purposes, actions, duration));
    }

    function _grantLab() internal {
        _grant(lab, V.ALL_CATEGORIES, TREATMENT, READ_WRITE, 365 days);
    }

    /// @dev The laboratory adds a record of `category` for the patient.
    function _labRecord(uint8 category, bytes32 contentHash) internal returns (bytes32 id) {
        _grantLab();
        vm.prank(labTech);
        id = records.addRecord(patient, category, FHIR_OBSERVATION, contentHash, bytes32(0), V.TREAT);
    }

    function _openEmergency() internal {
        vm.prank(doctor);
        consents.openEmergencyAccess(patient, V.EMERGENCY_PATIENT_INCAPACITATED, keccak256("justification"));
    }

    function _supersede(address practitioner, bytes32 contentHash, bytes32 supersedes) internal returns (bytes32) {
        vm.prank(practitioner);
        return records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, contentHash, supersedes, V.TREAT);
    }

    function _expectNoBasis(uint32 orgId, uint8 category, uint8 purpose, uint8 action) internal {
        vm.expectRevert(
            abi.encodeWithSelector(
                IRecordRegistry.RecordRegistry__NoAccessBasis.selector, patient, orgId, category, purpose, action
            )
        );
    }

    function _repeat(bytes32 id, uint256 count) internal pure returns (bytes32[] memory ids) {
        ids = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            ids[i] = id;
        }
    }

    /// @dev Grants the hospital a fuzzed, valid consent and, optionally, opens a break-glass
    /// access; returns what it set so the test can state the rule without asking the contract.
    function _fuzzHospitalAccess(
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint256 validFrom,
        uint256 length,
        bool emergency
    ) internal returns (HospitalAccess memory scope) {
        scope.categories = uint32(bound(categories, 1, V.ALL_CATEGORIES));
        scope.purposes = uint8(bound(purposes, 1, V.ALL_PURPOSES));
        scope.actions = uint8(bound(actions, 1, V.ALL_ACTIONS));
        scope.validFrom = bound(validFrom, block.timestamp - 100 days, block.timestamp + 100 days);
        scope.validUntil = scope.validFrom + bound(length, 1, 200 days);
        if (scope.validUntil <= block.timestamp) scope.validUntil = block.timestamp + 1;
        vm.prank(patient);
        consents.grant(
            patient,
            hospital,
            ConsentTerms({
                categories: scope.categories,
                purposes: scope.purposes,
                actions: scope.actions,
                // Both lie within 200 days of the fixture's 2025 timestamp: far below uint40's range.
                // forge-lint: disable-next-line(unsafe-typecast)
                validFrom: uint40(scope.validFrom),
                // forge-lint: disable-next-line(unsafe-typecast)
                validUntil: uint40(scope.validUntil)
            })
        );
        if (emergency) {
            _openEmergency();
            scope.emergencyCategories = V.STANDARD_CATEGORIES;
            scope.emergencyUntil = block.timestamp + V.EMERGENCY_DURATION;
        }
    }

    /// @dev The access rule restated from the spec: consent first, then break-glass for
    /// emergency treatment, else none.
    /// @dev The `i`-th moment after the grant at which a fuzz run checks access: within the
    /// break-glass day, within the consent windows, and anywhere up to 400 days later.
    function _moment(uint256 seed, uint256 i) internal pure returns (uint256) {
        uint256[_MOMENTS] memory spans = [uint256(2 days), 60 days, 400 days];
        return (seed >> (i * 80)) % spans[i];
    }

    function _rule(HospitalAccess memory s, uint8 category, uint8 purpose, uint8 action) internal view returns (uint8) {
        bool covered = s.categories & (uint32(1) << category) != 0 && s.purposes & (uint8(1) << purpose) != 0
            && s.actions & (uint8(1) << action) != 0;
        if (covered && block.timestamp >= s.validFrom && block.timestamp < s.validUntil) return V.BASIS_CONSENT;
        if (
            purpose == V.ETREAT && s.emergencyCategories & (uint32(1) << category) != 0
                && block.timestamp < s.emergencyUntil
        ) return V.BASIS_EMERGENCY;
        return V.BASIS_NONE;
    }
}
