// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

// Longer than 600 lines: the unit suite of one contract (forge's one test contract per contract under
// test), grouped by operation.

import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {OrganizationRegistry} from "../src/OrganizationRegistry.sol";
import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {IOrganizationRegistry} from "../src/interfaces/IOrganizationRegistry.sol";
import {OrganizationStatus, Practitioner} from "../src/types/AccessRules.sol";
import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Fixture} from "./utils/Fixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract OrganizationRegistryTest is Fixture {
    string internal constant ENDPOINT = "https://fhir.new.example/r4";
    uint256 internal constant MAX_ENDPOINT_LENGTH = 512;

    bytes32 internal authorityRole;
    address internal newAdmin = makeAddr("newAdmin");
    address internal recruit = makeAddr("recruit");

    function setUp() public override {
        super.setUp();
        authorityRole = orgs.AUTHORITY_ROLE();
    }

    // ------------------------------------------------------------------ constructor

    function test_constructor_grantsGovernanceAndAuthorityRoles() public view {
        assertTrue(orgs.hasRole(orgs.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(orgs.hasRole(authorityRole, authority));
        assertFalse(orgs.hasRole(authorityRole, governance));
        assertFalse(orgs.hasRole(orgs.DEFAULT_ADMIN_ROLE(), authority));
        assertEq(authorityRole, keccak256("consentry.authority"));
    }

    function test_constructor_createsItsConsentRegistry() public {
        OrganizationRegistry fresh = new OrganizationRegistry(governance, authority);
        ConsentRegistry created = ConsentRegistry(fresh.consents());
        assertGt(address(created).code.length, 0);
        assertEq(created.organizations(), address(fresh));
        assertNotEq(address(created), address(consents));
        assertEq(fresh.organizationCount(), 0);
        assertFalse(fresh.paused());
    }

    function test_revertWhen_constructor_zeroAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__ZeroAddress.selector));
        new OrganizationRegistry(address(0), authority);
    }

    function test_revertWhen_constructor_zeroAuthority() public {
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__ZeroAddress.selector));
        new OrganizationRegistry(governance, address(0));
    }

    // --------------------------------------------------------------------- accredit

    function test_accredit_storesOrganization() public {
        vm.warp(1_800_000_000);
        vm.prank(authority);
        uint32 orgId = orgs.accredit(V.KIND_PHARMACY, newAdmin, true, "Corner Pharmacy", ENDPOINT);

        assertEq(orgId, 4);
        assertEq(orgs.organizationCount(), 4);
        IOrganizationRegistry.Organization memory org = orgs.organization(orgId);
        assertEq(org.admin, newAdmin);
        assertEq(org.kind, V.KIND_PHARMACY);
        assertFalse(org.suspended);
        assertTrue(org.emergencyCapable);
        assertEq(org.accreditedAt, 1_800_000_000);
        assertEq(orgs.fhirEndpoint(orgId), ENDPOINT);
        assertTrue(orgs.isActive(orgId));
        assertEq(orgs.pendingAdmin(orgId), address(0));

        OrganizationStatus memory status = consents.organizationStatus(orgId);
        assertTrue(status.accredited);
        assertFalse(status.suspended);
        assertTrue(status.emergencyCapable);
        assertTrue(consents.isActive(orgId));
    }

    function test_accredit_emitsOrganizationAccredited() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.OrganizationAccredited(4, newAdmin, V.KIND_PAYER, false, "Mutual Payer", ENDPOINT);
        vm.prank(authority);
        orgs.accredit(V.KIND_PAYER, newAdmin, false, "Mutual Payer", ENDPOINT);
    }

    function test_accredit_idsCountFromOne() public {
        OrganizationRegistry fresh = new OrganizationRegistry(governance, authority);
        vm.startPrank(authority);
        assertEq(fresh.accredit(V.KIND_CLINIC, newAdmin, false, "A", ENDPOINT), 1);
        assertEq(fresh.accredit(V.KIND_CLINIC, newAdmin, false, "B", ENDPOINT), 2);
        vm.stopPrank();
        assertEq(fresh.organizationCount(), 2);
    }

    function testFuzz_accredit_acceptsEveryKind(uint8 kind, bool emergencyCapable) public {
        kind = uint8(bound(kind, 1, V.KIND_MAX));
        vm.prank(authority);
        uint32 orgId = orgs.accredit(kind, newAdmin, emergencyCapable, "Org", ENDPOINT);
        assertEq(orgs.organization(orgId).kind, kind);
        assertEq(orgs.organization(orgId).emergencyCapable, emergencyCapable);
        assertEq(consents.organizationStatus(orgId).emergencyCapable, emergencyCapable);
    }

    function testFuzz_revertWhen_accredit_invalidKind(uint8 kind) public {
        vm.assume(kind == 0 || kind > V.KIND_MAX);
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__InvalidKind.selector, kind));
        vm.prank(authority);
        orgs.accredit(kind, newAdmin, false, "Org", ENDPOINT);
    }

    function test_revertWhen_accredit_zeroAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__ZeroAddress.selector));
        vm.prank(authority);
        orgs.accredit(V.KIND_CLINIC, address(0), false, "Org", ENDPOINT);
    }

    function testFuzz_accredit_endpointLength(uint256 length) public {
        length = bound(length, 0, 600);
        string memory endpoint = _endpointOfLength(length);
        if (length == 0 || length > MAX_ENDPOINT_LENGTH) {
            vm.expectRevert(
                abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__InvalidEndpoint.selector, length)
            );
        }
        vm.prank(authority);
        uint32 orgId = orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", endpoint);
        if (length != 0 && length <= MAX_ENDPOINT_LENGTH) {
            assertEq(orgs.fhirEndpoint(orgId), endpoint);
        } else {
            assertEq(orgs.organizationCount(), 3);
        }
    }

    function test_accredit_endpointLengthBoundaries() public {
        vm.startPrank(authority);
        uint32 orgId = orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", _endpointOfLength(1));
        assertEq(bytes(orgs.fhirEndpoint(orgId)).length, 1);
        orgId = orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", _endpointOfLength(MAX_ENDPOINT_LENGTH));
        assertEq(bytes(orgs.fhirEndpoint(orgId)).length, MAX_ENDPOINT_LENGTH);
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__InvalidEndpoint.selector, 513)
        );
        orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", _endpointOfLength(MAX_ENDPOINT_LENGTH + 1));
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__InvalidEndpoint.selector, 0));
        orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", "");
        vm.stopPrank();
    }

    function test_revertWhen_accredit_paused() public {
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(authority);
        orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", ENDPOINT);
    }

    function testFuzz_revertWhen_accredit_callerNotAuthority(address caller) public {
        vm.assume(caller != authority);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, authorityRole)
        );
        vm.prank(caller);
        orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", ENDPOINT);
    }

    /// @dev Governance holds DEFAULT_ADMIN_ROLE but is not itself an authority.
    function test_revertWhen_accredit_byGovernance() public {
        _expectNotAuthority(governance);
        vm.prank(governance);
        orgs.accredit(V.KIND_CLINIC, newAdmin, false, "Org", ENDPOINT);
    }

    function test_accredit_byAuthorityGrantedByGovernance() public {
        address second = makeAddr("secondAuthority");
        vm.prank(governance);
        orgs.grantRole(authorityRole, second);
        vm.prank(second);
        uint32 orgId = orgs.accredit(V.KIND_RESEARCH, newAdmin, false, "Institute", ENDPOINT);
        assertEq(orgs.organization(orgId).kind, V.KIND_RESEARCH);
    }

    // ---------------------------------------------------------------------- suspend

    function test_suspend_marksOrganizationSuspended() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.OrganizationSuspended(hospital, keccak256("audit finding"));
        vm.prank(authority);
        orgs.suspend(hospital, keccak256("audit finding"));

        assertTrue(orgs.organization(hospital).suspended);
        assertFalse(orgs.isActive(hospital));
        assertFalse(consents.isActive(hospital));
        OrganizationStatus memory status = consents.organizationStatus(hospital);
        assertTrue(status.accredited);
        assertTrue(status.suspended);
        assertTrue(status.emergencyCapable, "suspension keeps the capability");
        assertEq(orgs.organization(hospital).admin, hospitalAdmin, "suspension keeps the admin");
    }

    function test_suspend_blocksPractitionerWrites() public {
        grantHospital();
        _suspend(hospital);

        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, keccak256("report"), bytes32(0), V.TREAT);

        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(doctor);
        consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, READ_ONLY, 30 days, keccak256("reason"));

        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(doctor);
        consents.openEmergencyAccess(patient, V.EMERGENCY_LIFE_THREATENING, keccak256("justification"));
    }

    function test_suspend_blocksReadsAndAccessChecks() public {
        grantHospital();
        bytes32 id = addLabReport(keccak256("report"));
        (bool allowedBefore,) = consents.checkAccess(patient, hospital, V.LABORATORY, V.TREAT, V.READ);
        assertTrue(allowedBefore);

        _suspend(hospital);

        (bool allowed, uint8 basis) = consents.checkAccess(patient, hospital, V.LABORATORY, V.TREAT, V.READ);
        assertFalse(allowed);
        assertEq(basis, V.BASIS_NONE);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    function test_suspend_blocksAdminActions() public {
        _suspend(hospital);
        bytes memory suspended = abi.encodeWithSelector(
            IOrganizationRegistry.OrganizationRegistry__OrganizationSuspended.selector, hospital
        );

        vm.startPrank(hospitalAdmin);
        vm.expectRevert(suspended);
        orgs.setEndpoint(hospital, ENDPOINT);
        vm.expectRevert(suspended);
        orgs.addPractitioner(hospital, recruit, V.ROLE_NURSE);
        vm.expectRevert(suspended);
        orgs.transferAdmin(hospital, newAdmin);
        vm.stopPrank();
    }

    function test_suspend_adminMayStillWithdrawAnOffer() public {
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
        _suspend(hospital);
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.AdminTransferStarted(hospital, hospitalAdmin, address(0));
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, address(0));
        assertEq(orgs.pendingAdmin(hospital), address(0));
    }

    function test_suspend_blocksNewConsents() public {
        _suspend(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(patient);
        consents.grant(patient, hospital, labTerms());
    }

    function test_suspend_patientCanStillRevoke() public {
        grantHospital();
        _suspend(hospital);
        vm.prank(patient);
        consents.revoke(patient, hospital);
        assertEq(consents.consentOf(patient, hospital).categories, 0);
    }

    function test_suspend_openDuringPause() public {
        _pause();
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.OrganizationSuspended(lab, bytes32(0));
        vm.prank(authority);
        orgs.suspend(lab, bytes32(0));
        assertFalse(orgs.isActive(lab));
    }

    function test_revertWhen_suspend_alreadySuspended() public {
        _suspend(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(authority);
        orgs.suspend(hospital, bytes32(0));
    }

    function testFuzz_revertWhen_suspend_unknownOrganization(uint32 orgId) public {
        vm.assume(orgId == 0 || orgId > orgs.organizationCount());
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, orgId)
        );
        vm.prank(authority);
        orgs.suspend(orgId, bytes32(0));
    }

    function test_revertWhen_suspend_notAuthority() public {
        _expectNotAuthority(hospitalAdmin);
        vm.prank(hospitalAdmin);
        orgs.suspend(hospital, bytes32(0));
    }

    // -------------------------------------------------------------------- reinstate

    function test_reinstate_restoresAccess() public {
        grantHospital();
        _suspend(hospital);

        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.OrganizationReinstated(hospital);
        vm.prank(authority);
        orgs.reinstate(hospital);

        assertTrue(orgs.isActive(hospital));
        assertFalse(orgs.organization(hospital).suspended);
        assertTrue(consents.organizationStatus(hospital).emergencyCapable);
        // Memberships and the consent survived the suspension.
        assertEq(orgs.practitioner(doctor).orgId, hospital);
        bytes32 id = addLabReport(keccak256("report"));
        assertEq(records.recordOf(id).authorOrg, hospital);
    }

    function test_revertWhen_reinstate_notSuspended() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__OrganizationNotSuspended.selector, lab)
        );
        vm.prank(authority);
        orgs.reinstate(lab);
    }

    function test_revertWhen_reinstate_unknownOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, 42)
        );
        vm.prank(authority);
        orgs.reinstate(42);
    }

    function test_revertWhen_reinstate_paused() public {
        _suspend(hospital);
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(authority);
        orgs.reinstate(hospital);
    }

    function test_revertWhen_reinstate_notAuthority() public {
        _suspend(hospital);
        _expectNotAuthority(stranger);
        vm.prank(stranger);
        orgs.reinstate(hospital);
    }

    // ---------------------------------------------------------- setEmergencyCapable

    function test_setEmergencyCapable_grantsCapability() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.EmergencyCapabilitySet(clinic, true);
        vm.prank(authority);
        orgs.setEmergencyCapable(clinic, true);

        assertTrue(orgs.organization(clinic).emergencyCapable);
        vm.prank(clinicDoctor);
        consents.openEmergencyAccess(patient, V.EMERGENCY_LIFE_THREATENING, keccak256("justification"));
        assertGt(consents.consentOf(patient, clinic).emergencyUntil, block.timestamp);
    }

    function test_setEmergencyCapable_withdrawBlocksBreakGlass() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.EmergencyCapabilitySet(hospital, false);
        vm.prank(authority);
        orgs.setEmergencyCapable(hospital, false);

        assertFalse(orgs.organization(hospital).emergencyCapable);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotEmergencyCapable.selector, hospital)
        );
        vm.prank(doctor);
        consents.openEmergencyAccess(patient, V.EMERGENCY_LIFE_THREATENING, keccak256("justification"));
    }

    function test_setEmergencyCapable_withdrawOpenDuringPause() public {
        _pause();
        vm.prank(authority);
        orgs.setEmergencyCapable(hospital, false);
        assertFalse(orgs.organization(hospital).emergencyCapable);
    }

    function test_revertWhen_setEmergencyCapable_grantDuringPause() public {
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(authority);
        orgs.setEmergencyCapable(clinic, true);
    }

    function test_revertWhen_setEmergencyCapable_unknownOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, 0)
        );
        vm.prank(authority);
        orgs.setEmergencyCapable(0, false);
    }

    function test_revertWhen_setEmergencyCapable_notAuthority() public {
        _expectNotAuthority(hospitalAdmin);
        vm.prank(hospitalAdmin);
        orgs.setEmergencyCapable(hospital, false);
    }

    function testFuzz_setEmergencyCapable_keepsTheRestOfTheStatus(bool suspended, bool capable) public {
        if (suspended) _suspend(lab);
        vm.prank(authority);
        orgs.setEmergencyCapable(lab, capable);
        OrganizationStatus memory status = consents.organizationStatus(lab);
        assertTrue(status.accredited);
        assertEq(status.suspended, suspended);
        assertEq(status.emergencyCapable, capable);
    }

    // ------------------------------------------------------------------ setEndpoint

    function test_setEndpoint_updatesEndpoint() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.EndpointUpdated(lab, ENDPOINT);
        vm.prank(labAdmin);
        orgs.setEndpoint(lab, ENDPOINT);
        assertEq(orgs.fhirEndpoint(lab), ENDPOINT);
        assertEq(orgs.fhirEndpoint(hospital), "https://fhir.general.example/r4", "other organisations unchanged");
    }

    function testFuzz_setEndpoint_endpointLength(uint256 length) public {
        length = bound(length, 0, 600);
        string memory endpoint = _endpointOfLength(length);
        bool valid = length != 0 && length <= MAX_ENDPOINT_LENGTH;
        if (!valid) {
            vm.expectRevert(
                abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__InvalidEndpoint.selector, length)
            );
        }
        vm.prank(labAdmin);
        orgs.setEndpoint(lab, endpoint);
        assertEq(orgs.fhirEndpoint(lab), valid ? endpoint : "https://fhir.citylab.example/r4");
    }

    function test_revertWhen_setEndpoint_notAdmin() public {
        address[3] memory callers = [stranger, labTech, hospitalAdmin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IOrganizationRegistry.OrganizationRegistry__NotOrganizationAdmin.selector, lab, callers[i]
                )
            );
            vm.prank(callers[i]);
            orgs.setEndpoint(lab, ENDPOINT);
        }
    }

    function test_revertWhen_setEndpoint_unknownOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, 7)
        );
        vm.prank(labAdmin);
        orgs.setEndpoint(7, ENDPOINT);
    }

    function test_revertWhen_setEndpoint_paused() public {
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(labAdmin);
        orgs.setEndpoint(lab, ENDPOINT);
    }

    // -------------------------------------------------------------- addPractitioner

    function test_addPractitioner_recordsMembership() public {
        vm.warp(1_760_000_000);
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.PractitionerAdded(lab, recruit, V.ROLE_LAB_SCIENTIST);
        vm.prank(labAdmin);
        orgs.addPractitioner(lab, recruit, V.ROLE_LAB_SCIENTIST);

        Practitioner memory member = orgs.practitioner(recruit);
        assertEq(member.orgId, lab);
        assertEq(member.role, V.ROLE_LAB_SCIENTIST);
        assertEq(member.since, 1_760_000_000);
        Practitioner memory stored = consents.practitionerOf(recruit);
        assertEq(stored.orgId, lab);
        assertEq(stored.role, V.ROLE_LAB_SCIENTIST);
        assertEq(stored.since, 1_760_000_000);
    }

    function test_addPractitioner_newMemberCanWrite() public {
        vm.prank(patient);
        consents.grant(patient, lab, labTerms());
        vm.prank(labAdmin);
        orgs.addPractitioner(lab, recruit, V.ROLE_LAB_SCIENTIST);
        vm.prank(recruit);
        bytes32 id =
            records.addRecord(patient, V.LABORATORY, FHIR_OBSERVATION, keccak256("result"), bytes32(0), V.TREAT);
        assertEq(records.recordOf(id).authorOrg, lab);
    }

    function testFuzz_addPractitioner_acceptsEveryRole(uint8 role) public {
        role = uint8(bound(role, 1, V.ROLE_MAX));
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.PractitionerAdded(clinic, recruit, role);
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, recruit, role);
        assertEq(orgs.practitioner(recruit).role, role);
        assertEq(orgs.practitioner(recruit).orgId, clinic);
    }

    function testFuzz_revertWhen_addPractitioner_invalidRole(uint8 role) public {
        vm.assume(role == 0 || role > V.ROLE_MAX);
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__InvalidRole.selector, role));
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, recruit, role);
    }

    function test_revertWhen_addPractitioner_zeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__ZeroAddress.selector));
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, address(0), V.ROLE_NURSE);
    }

    function test_revertWhen_addPractitioner_alreadyInThisOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__AlreadyPractitioner.selector, doctor, hospital
            )
        );
        vm.prank(hospitalAdmin);
        orgs.addPractitioner(hospital, doctor, V.ROLE_NURSE);
    }

    /// @dev An account belongs to one organisation at a time; the error names the one it is in.
    function test_revertWhen_addPractitioner_alreadyInAnotherOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__AlreadyPractitioner.selector, doctor, hospital
            )
        );
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, doctor, V.ROLE_PHYSICIAN);
    }

    function test_revertWhen_addPractitioner_notAdmin() public {
        address[3] memory callers = [stranger, clinicDoctor, hospitalAdmin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IOrganizationRegistry.OrganizationRegistry__NotOrganizationAdmin.selector, clinic, callers[i]
                )
            );
            vm.prank(callers[i]);
            orgs.addPractitioner(clinic, recruit, V.ROLE_NURSE);
        }
    }

    function test_revertWhen_addPractitioner_unknownOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, 0)
        );
        vm.prank(clinicAdmin);
        orgs.addPractitioner(0, recruit, V.ROLE_NURSE);
    }

    function test_revertWhen_addPractitioner_paused() public {
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, recruit, V.ROLE_NURSE);
    }

    // ----------------------------------------------------------- removePractitioner

    function test_removePractitioner_byAdmin() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.PractitionerRemoved(hospital, doctor);
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, doctor);

        _assertNotMember(doctor);
        assertEq(orgs.practitioner(nurse).orgId, hospital, "other members stay");
    }

    function test_removePractitioner_byThePractitionerLeaving() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.PractitionerRemoved(hospital, nurse);
        vm.prank(nurse);
        orgs.removePractitioner(hospital, nurse);
        _assertNotMember(nurse);
    }

    function test_removePractitioner_endsWriteAccess() public {
        grantHospital();
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, doctor);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, doctor));
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, keccak256("report"), bytes32(0), V.TREAT);
    }

    function test_removePractitioner_openDuringPause() public {
        _pause();
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, doctor);
        vm.prank(nurse);
        orgs.removePractitioner(hospital, nurse);
        _assertNotMember(doctor);
        _assertNotMember(nurse);
    }

    function test_removePractitioner_openDuringSuspension() public {
        _suspend(hospital);
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.PractitionerRemoved(hospital, doctor);
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, doctor);
        vm.prank(nurse);
        orgs.removePractitioner(hospital, nurse);
        _assertNotMember(doctor);
        _assertNotMember(nurse);
    }

    function test_removePractitioner_thenJoinsAnotherOrganization() public {
        vm.prank(doctor);
        orgs.removePractitioner(hospital, doctor);
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, doctor, V.ROLE_PHYSICIAN);
        assertEq(orgs.practitioner(doctor).orgId, clinic);
    }

    function test_revertWhen_removePractitioner_byAnotherPractitioner() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotOrganizationAdmin.selector, hospital, nurse
            )
        );
        vm.prank(nurse);
        orgs.removePractitioner(hospital, doctor);
    }

    function test_revertWhen_removePractitioner_byAnotherOrganizationsAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotOrganizationAdmin.selector, hospital, labAdmin
            )
        );
        vm.prank(labAdmin);
        orgs.removePractitioner(hospital, doctor);
    }

    function test_revertWhen_removePractitioner_memberOfAnotherOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPractitioner.selector, labTech, hospital
            )
        );
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, labTech);
        assertEq(orgs.practitioner(labTech).orgId, lab);
    }

    function test_revertWhen_removePractitioner_selfFromAnotherOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__NotPractitioner.selector, doctor, lab)
        );
        vm.prank(doctor);
        orgs.removePractitioner(lab, doctor);
    }

    function test_revertWhen_removePractitioner_unknownOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, 99)
        );
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(99, doctor);
    }

    /// @dev An account in no organisation has `orgId == 0` as its membership, so "leaving"
    /// organisation 0 must not pass the membership check and emit a removal for a roster that
    /// does not exist.
    function test_revertWhen_removePractitioner_nonMemberLeavesOrganizationZero() public {
        bytes32 notPractitioner = keccak256(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPractitioner.selector, stranger, uint32(0)
            )
        );
        bytes32 unknownOrganization = keccak256(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, uint32(0))
        );
        vm.recordLogs();
        vm.prank(stranger);
        (bool ok, bytes memory reason) =
            address(orgs).call(abi.encodeCall(IOrganizationRegistry.removePractitioner, (0, stranger)));
        assertFalse(ok, "removePractitioner(0, self) by a non-member must revert");
        assertTrue(
            keccak256(reason) == notPractitioner || keccak256(reason) == unknownOrganization,
            "reverts with NotPractitioner(stranger, 0) or UnknownOrganization(0)"
        );
        assertEq(vm.getRecordedLogs().length, 0, "no PractitionerRemoved for organisation 0");
    }

    // ------------------------------------------------------- transferAdmin / accept

    function test_transferAdmin_offersTheRole() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.AdminTransferStarted(hospital, hospitalAdmin, newAdmin);
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);

        assertEq(orgs.pendingAdmin(hospital), newAdmin);
        assertEq(orgs.organization(hospital).admin, hospitalAdmin, "nothing changes before acceptance");
    }

    /// @dev The review: a compromised admin could only be stopped by suspending its organisation
    /// for good. Governance now replaces it, and voids any offer it made.
    function test_recoverAdmin_byGovernance_replacesACompromisedAdmin() public {
        address attacker = makeAddr("attacker");
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, attacker);
        vm.prank(authority);
        orgs.suspend(hospital, keccak256("admin key stolen"));

        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.AdminTransferred(hospital, hospitalAdmin, newAdmin);
        vm.prank(governance);
        orgs.recoverAdmin(hospital, newAdmin);
        assertEq(orgs.organization(hospital).admin, newAdmin);
        assertEq(orgs.pendingAdmin(hospital), address(0), "the stolen key's offer is void");

        vm.prank(authority);
        orgs.reinstate(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPendingAdmin.selector, hospital, attacker
            )
        );
        vm.prank(attacker);
        orgs.acceptAdmin(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotOrganizationAdmin.selector, hospital, hospitalAdmin
            )
        );
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, doctor);
        vm.prank(newAdmin);
        orgs.addPractitioner(hospital, recruit, V.ROLE_NURSE);
        assertEq(orgs.practitioner(recruit).orgId, hospital);
    }

    function test_revertWhen_recoverAdmin_notGovernanceOrInvalid() public {
        bytes32 governanceRole = orgs.DEFAULT_ADMIN_ROLE();
        address[2] memory others = [authority, hospitalAdmin];
        for (uint256 i; i < others.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, others[i], governanceRole
                )
            );
            vm.prank(others[i]);
            orgs.recoverAdmin(hospital, newAdmin);
        }
        vm.expectRevert(IOrganizationRegistry.OrganizationRegistry__ZeroAddress.selector);
        vm.prank(governance);
        orgs.recoverAdmin(hospital, address(0));
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, 99)
        );
        vm.prank(governance);
        orgs.recoverAdmin(99, newAdmin);
        assertEq(orgs.organization(hospital).admin, hospitalAdmin);
    }

    function test_acceptAdmin_completesTransfer() public {
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);

        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.AdminTransferred(hospital, hospitalAdmin, newAdmin);
        vm.prank(newAdmin);
        orgs.acceptAdmin(hospital);

        assertEq(orgs.organization(hospital).admin, newAdmin);
        assertEq(orgs.pendingAdmin(hospital), address(0));

        // The previous admin lost the roster; the new one has it.
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotOrganizationAdmin.selector, hospital, hospitalAdmin
            )
        );
        vm.prank(hospitalAdmin);
        orgs.addPractitioner(hospital, recruit, V.ROLE_NURSE);
        vm.prank(newAdmin);
        orgs.addPractitioner(hospital, recruit, V.ROLE_NURSE);
        assertEq(orgs.practitioner(recruit).orgId, hospital);
    }

    function test_transferAdmin_zeroAddressWithdrawsOffer() public {
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);

        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.AdminTransferStarted(hospital, hospitalAdmin, address(0));
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, address(0));
        assertEq(orgs.pendingAdmin(hospital), address(0));

        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPendingAdmin.selector, hospital, newAdmin
            )
        );
        vm.prank(newAdmin);
        orgs.acceptAdmin(hospital);
    }

    function test_transferAdmin_newOfferReplacesEarlierOne() public {
        vm.startPrank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
        orgs.transferAdmin(hospital, recruit);
        vm.stopPrank();
        assertEq(orgs.pendingAdmin(hospital), recruit);

        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPendingAdmin.selector, hospital, newAdmin
            )
        );
        vm.prank(newAdmin);
        orgs.acceptAdmin(hospital);
        vm.prank(recruit);
        orgs.acceptAdmin(hospital);
        assertEq(orgs.organization(hospital).admin, recruit);
    }

    function test_transferAdmin_withdrawOpenDuringPause() public {
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
        _pause();
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, address(0));
        assertEq(orgs.pendingAdmin(hospital), address(0));
    }

    function test_revertWhen_transferAdmin_offerDuringPause() public {
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
    }

    function test_revertWhen_transferAdmin_notAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotOrganizationAdmin.selector, hospital, doctor
            )
        );
        vm.prank(doctor);
        orgs.transferAdmin(hospital, doctor);
    }

    function test_revertWhen_transferAdmin_unknownOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__UnknownOrganization.selector, 5)
        );
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(5, newAdmin);
    }

    function testFuzz_revertWhen_acceptAdmin_notOffered(address caller) public {
        vm.assume(caller != newAdmin);
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPendingAdmin.selector, hospital, caller
            )
        );
        vm.prank(caller);
        orgs.acceptAdmin(hospital);
    }

    /// @dev With no offer pending, the pending admin reads as zero; the zero address still may not
    /// accept it.
    function test_revertWhen_acceptAdmin_byZeroAddressWithNoOffer() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPendingAdmin.selector, hospital, address(0)
            )
        );
        vm.prank(address(0));
        orgs.acceptAdmin(hospital);
    }

    function test_revertWhen_acceptAdmin_twice() public {
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
        vm.prank(newAdmin);
        orgs.acceptAdmin(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(
                IOrganizationRegistry.OrganizationRegistry__NotPendingAdmin.selector, hospital, newAdmin
            )
        );
        vm.prank(newAdmin);
        orgs.acceptAdmin(hospital);
    }

    function test_revertWhen_acceptAdmin_organizationSuspended() public {
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
        _suspend(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(newAdmin);
        orgs.acceptAdmin(hospital);
    }

    function test_revertWhen_acceptAdmin_paused() public {
        vm.prank(hospitalAdmin);
        orgs.transferAdmin(hospital, newAdmin);
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(newAdmin);
        orgs.acceptAdmin(hospital);
    }

    function test_revertWhen_acceptAdmin_unknownOrganization() public {
        vm.expectRevert(
            abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__NotPendingAdmin.selector, 9, newAdmin)
        );
        vm.prank(newAdmin);
        orgs.acceptAdmin(9);
    }

    // ------------------------------------------------------------- pause / unpause

    function test_pause_pausesTheSuite() public {
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.WritesPaused(authority);
        vm.prank(authority);
        orgs.pause();
        assertTrue(orgs.paused());
        assertTrue(consents.paused());
    }

    function test_pause_blocksWritesThatWidenAccess() public {
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__WritesPaused.selector));
        vm.prank(patient);
        consents.grant(patient, hospital, labTerms());
    }

    function test_pause_blocksRecordWrites() public {
        grantHospital();
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__WritesPaused.selector));
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, keccak256("report"), bytes32(0), V.TREAT);
    }

    function test_pause_leavesRevocationOpen() public {
        grantHospital();
        _pause();
        vm.prank(patient);
        consents.revoke(patient, hospital);
        (bool allowed,) = consents.checkAccess(patient, hospital, V.LABORATORY, V.TREAT, V.READ);
        assertFalse(allowed);
    }

    function test_unpause_resumesWrites() public {
        _pause();
        vm.expectEmit(address(orgs));
        emit IOrganizationRegistry.WritesResumed(authority);
        vm.prank(authority);
        orgs.unpause();
        assertFalse(orgs.paused());
        assertFalse(consents.paused());
        grantHospital();
        assertEq(consents.consentOf(patient, hospital).categories, LAB_AND_IMAGING);
    }

    function test_revertWhen_pause_alreadyPaused() public {
        _pause();
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesPaused.selector));
        vm.prank(authority);
        orgs.pause();
    }

    function test_revertWhen_unpause_notPaused() public {
        vm.expectRevert(abi.encodeWithSelector(IOrganizationRegistry.OrganizationRegistry__WritesNotPaused.selector));
        vm.prank(authority);
        orgs.unpause();
    }

    function testFuzz_revertWhen_pause_callerNotAuthority(address caller) public {
        vm.assume(caller != authority);
        _expectNotAuthority(caller);
        vm.prank(caller);
        orgs.pause();
    }

    function testFuzz_revertWhen_unpause_callerNotAuthority(address caller) public {
        vm.assume(caller != authority);
        _pause();
        _expectNotAuthority(caller);
        vm.prank(caller);
        orgs.unpause();
    }

    // ------------------------------------------- consent registry: registry-only setters

    function testFuzz_revertWhen_setOrganizationStatus_notOrganizationRegistry(address caller) public {
        vm.assume(caller != address(orgs));
        _expectOnlyRegistry(caller);
        vm.prank(caller);
        consents.setOrganizationStatus(
            clinic, OrganizationStatus({accredited: true, suspended: false, emergencyCapable: true})
        );
        assertFalse(consents.organizationStatus(clinic).emergencyCapable);
    }

    function testFuzz_revertWhen_setPractitioner_notOrganizationRegistry(address caller) public {
        vm.assume(caller != address(orgs));
        _expectOnlyRegistry(caller);
        vm.prank(caller);
        consents.setPractitioner(caller, Practitioner({orgId: hospital, role: V.ROLE_PHYSICIAN, since: 1}));
    }

    function testFuzz_revertWhen_setPaused_notOrganizationRegistry(address caller, bool paused_) public {
        vm.assume(caller != address(orgs));
        _expectOnlyRegistry(caller);
        vm.prank(caller);
        consents.setPaused(paused_);
    }

    /// @dev Neither the authority nor governance may bypass the registry's checks.
    function test_revertWhen_consentRegistrySetters_calledByAuthority() public {
        _expectOnlyRegistry(authority);
        vm.prank(authority);
        consents.setPaused(true);
        _expectOnlyRegistry(governance);
        vm.prank(governance);
        consents.setOrganizationStatus(
            hospital, OrganizationStatus({accredited: true, suspended: true, emergencyCapable: true})
        );
        _expectOnlyRegistry(hospitalAdmin);
        vm.prank(hospitalAdmin);
        consents.setPractitioner(recruit, Practitioner({orgId: hospital, role: V.ROLE_NURSE, since: 1}));
        assertFalse(consents.paused());
        assertTrue(consents.isActive(hospital));
        assertEq(consents.practitionerOf(recruit).orgId, 0);
    }

    // ------------------------------------------------------------------------ views

    function test_organization_unknownIsZeroed() public view {
        IOrganizationRegistry.Organization memory org = orgs.organization(77);
        assertEq(org.admin, address(0));
        assertEq(org.kind, 0);
        assertFalse(org.suspended);
        assertFalse(org.emergencyCapable);
        assertEq(org.accreditedAt, 0);
    }

    function test_organization_fixtureOrganizations() public view {
        IOrganizationRegistry.Organization memory h = orgs.organization(hospital);
        assertEq(h.admin, hospitalAdmin);
        assertEq(h.kind, V.KIND_HOSPITAL);
        assertTrue(h.emergencyCapable);
        assertEq(h.accreditedAt, 1_750_000_000);
        IOrganizationRegistry.Organization memory l = orgs.organization(lab);
        assertEq(l.admin, labAdmin);
        assertEq(l.kind, V.KIND_LABORATORY);
        assertFalse(l.emergencyCapable);
        assertEq(orgs.organization(clinic).kind, V.KIND_CLINIC);
        assertEq(hospital, 1);
        assertEq(lab, 2);
        assertEq(clinic, 3);
    }

    function test_fhirEndpoint_unknownIsEmpty() public view {
        assertEq(bytes(orgs.fhirEndpoint(0)).length, 0);
        assertEq(orgs.fhirEndpoint(hospital), "https://fhir.general.example/r4");
    }

    function test_pendingAdmin_defaultsToZero() public view {
        assertEq(orgs.pendingAdmin(hospital), address(0));
        assertEq(orgs.pendingAdmin(0), address(0));
    }

    function test_practitioner_nonMemberIsZero() public view {
        Practitioner memory none = orgs.practitioner(stranger);
        assertEq(none.orgId, 0);
        assertEq(none.role, 0);
        assertEq(none.since, 0);
        Practitioner memory member = orgs.practitioner(billing);
        assertEq(member.orgId, hospital);
        assertEq(member.role, V.ROLE_BILLING_OFFICER);
        assertEq(member.since, 1_750_000_000);
    }

    function test_isActive_onlyForAccreditedUnsuspended() public {
        assertTrue(orgs.isActive(hospital));
        assertFalse(orgs.isActive(0));
        assertFalse(orgs.isActive(4));
        _suspend(hospital);
        assertFalse(orgs.isActive(hospital));
    }

    function test_organizationCount_countsAccreditations() public {
        assertEq(orgs.organizationCount(), 3);
        vm.prank(authority);
        orgs.accredit(V.KIND_PUBLIC_HEALTH, newAdmin, false, "Health Dept", ENDPOINT);
        assertEq(orgs.organizationCount(), 4);
        // Suspension never un-accredits.
        _suspend(4);
        assertEq(orgs.organizationCount(), 4);
    }

    function test_paused_defaultsToFalse() public view {
        assertFalse(orgs.paused());
    }

    function test_consents_isTheRegistryItCreated() public view {
        assertEq(orgs.consents(), address(consents));
        assertEq(consents.organizations(), address(orgs));
        assertEq(records.consents(), address(consents));
        assertEq(records.organizations(), address(orgs));
    }

    // ---------------------------------------------------------------------- helpers

    function _pause() internal {
        vm.prank(authority);
        orgs.pause();
    }

    function _suspend(uint32 orgId) internal {
        vm.prank(authority);
        orgs.suspend(orgId, keccak256("reason"));
    }

    function _expectNotAuthority(address caller) internal {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, authorityRole)
        );
    }

    function _expectOnlyRegistry(address caller) internal {
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OnlyOrganizationRegistry.selector, caller)
        );
    }

    function _assertNotMember(address account) internal view {
        Practitioner memory member = orgs.practitioner(account);
        assertEq(member.orgId, 0);
        assertEq(member.role, 0);
        assertEq(member.since, 0);
    }

    function _endpointOfLength(uint256 length) internal pure returns (string memory) {
        bytes memory endpoint = new bytes(length);
        for (uint256 i; i < length; ++i) {
            endpoint[i] = "a";
        }
        return string(endpoint);
    }
}
