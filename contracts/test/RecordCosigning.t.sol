// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

// Longer than 600 lines: the co-signing unit suite of {RecordRegistry} (issue 24), grouped by
// operation: policies, adding under one, signing, signed forms, rejecting, expiring, and what a
// pending record may not be.

import {RecordRegistry} from "../src/RecordRegistry.sol";
import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {IRecordRegistry} from "../src/interfaces/IRecordRegistry.sol";
import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Fixture} from "./utils/Fixture.sol";
import {OwnedWallet} from "./utils/Wallets.sol";

/// @notice The workflow the product was drawn from: a CT report at the hospital must be signed by
/// the head of radiology, the referring specialist (a physician of the clinic) and the patient
/// before it counts; until then it is pending, and a rejection or the deadline ends it.
contract RecordCosigningTest is Fixture {
    bytes32 internal constant CT_REPORT = keccak256("CT report: significant finding");
    bytes32 internal constant CT_REPORT_V2 = keccak256("CT report, addendum");
    bytes32 internal constant REASON = keccak256("the finding is not what the report says");
    uint40 internal constant WAIT = 14 days;
    uint8 internal constant HEAD = V.SIGNER_HEAD_OF_DEPARTMENT;
    uint8 internal constant SPECIALIST = V.SIGNER_SPECIALIST;
    uint8 internal constant PATIENT = V.SIGNER_PATIENT;
    uint8 internal constant AUTHORITY = V.SIGNER_AUTHORITY;
    /// @dev Head of department, specialist and patient: the imaging policy of the story.
    uint8 internal constant STORY_SIGNERS = (uint8(1) << HEAD) | (uint8(1) << SPECIALIST) | (uint8(1) << PATIENT);
    bytes4 internal constant ERC1271_MAGIC = 0x1626ba7e;

    address internal headOfRadiology = makeAddr("headOfRadiology");
    address internal clinicHead = makeAddr("clinicHead");

    function setUp() public override {
        super.setUp();
        vm.prank(hospitalAdmin);
        orgs.addPractitioner(hospital, headOfRadiology, V.ROLE_HEAD_OF_DEPARTMENT);
        vm.prank(clinicAdmin);
        orgs.addPractitioner(clinic, clinicHead, V.ROLE_HEAD_OF_DEPARTMENT);
        grantHospital();
        _setPolicy(0, STORY_SIGNERS, WAIT);
    }

    // ================================================================== policies

    function test_setCosignPolicy_storesVersionsAndEmits() public {
        IRecordRegistry.CosignPolicy memory policy = records.cosignPolicyOf(hospital, V.IMAGING, 0);
        assertEq(policy.signers, STORY_SIGNERS, "signers");
        assertEq(policy.maxWait, WAIT, "max wait");
        assertEq(policy.version, 1, "version");

        vm.expectEmit(address(records));
        emit IRecordRegistry.CosignPolicySet(hospital, V.IMAGING, 0, uint8(1) << HEAD, 7 days, 2);
        _setPolicy(0, uint8(1) << HEAD, 7 days);
        policy = records.cosignPolicyOf(hospital, V.IMAGING, 0);
        assertEq(policy.signers, uint8(1) << HEAD, "changed signers");
        assertEq(policy.version, 2, "a change bumps the version");

        // Removed: no co-signing, and the version still moves on (a version is never reused).
        _setPolicy(0, 0, 0);
        policy = records.cosignPolicyOf(hospital, V.IMAGING, 0);
        assertEq(policy.signers, 0, "removed");
        assertEq(policy.version, 3, "removal is a version too");
        bytes32 id = _addReport(CT_REPORT, bytes32(0), address(0));
        assertEq(records.recordOf(id).status, V.RECORD_CURRENT, "no policy: current at once");
    }

    /// @dev A type's own policy overrides the category's default for that type only; removing
    /// it restores the default.
    function test_setCosignPolicy_typeOverridesTheCategory() public {
        _setPolicy(FHIR_DIAGNOSTIC_REPORT, uint8(1) << HEAD, 3 days);
        IRecordRegistry.CosignPolicy memory forReports =
            records.effectiveCosignPolicy(hospital, V.IMAGING, FHIR_DIAGNOSTIC_REPORT);
        assertEq(forReports.signers, uint8(1) << HEAD, "the type's own");
        assertEq(forReports.maxWait, 3 days, "its wait");
        IRecordRegistry.CosignPolicy memory forStudies = records.effectiveCosignPolicy(hospital, V.IMAGING, 4);
        assertEq(forStudies.signers, STORY_SIGNERS, "other types: the default");
        assertEq(
            records.cosignPolicyOf(hospital, V.IMAGING, 0).typeOverrides,
            uint32(1) << FHIR_DIAGNOSTIC_REPORT,
            "the default marks the override"
        );

        bytes32 id = _addReport(CT_REPORT, bytes32(0), address(0));
        assertEq(records.pendingOf(id).required, uint8(1) << HEAD, "added under the type's policy");

        _setPolicy(FHIR_DIAGNOSTIC_REPORT, 0, 0);
        assertEq(records.cosignPolicyOf(hospital, V.IMAGING, 0).typeOverrides, 0, "override gone");
        assertEq(
            records.effectiveCosignPolicy(hospital, V.IMAGING, FHIR_DIAGNOSTIC_REPORT).signers,
            STORY_SIGNERS,
            "back to the default"
        );
    }

    function test_revertWhen_setCosignPolicy_notTheAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__NotOrganizationAdmin.selector, hospital, doctor)
        );
        vm.prank(doctor);
        records.setCosignPolicy(hospital, V.IMAGING, 0, STORY_SIGNERS, WAIT);

        // Another organisation's admin neither.
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__NotOrganizationAdmin.selector, hospital, clinicAdmin)
        );
        vm.prank(clinicAdmin);
        records.setCosignPolicy(hospital, V.IMAGING, 0, STORY_SIGNERS, WAIT);
    }

    function test_revertWhen_setCosignPolicy_unknownOrganization() public {
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__UnknownOrganization.selector, 99));
        vm.prank(hospitalAdmin);
        records.setCosignPolicy(99, V.IMAGING, 0, STORY_SIGNERS, WAIT);
    }

    function test_revertWhen_setCosignPolicy_suspendedOrPaused() public {
        vm.prank(authority);
        orgs.suspend(hospital, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        _setPolicy(0, STORY_SIGNERS, WAIT);

        vm.startPrank(authority);
        orgs.reinstate(hospital);
        orgs.pause();
        vm.stopPrank();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _setPolicy(0, STORY_SIGNERS, WAIT);
    }

    function test_revertWhen_setCosignPolicy_invalid() public {
        vm.startPrank(hospitalAdmin);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidCosignPolicy.selector, 16, WAIT));
        records.setCosignPolicy(hospital, V.IMAGING, 0, 16, WAIT);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidCosignPolicy.selector, STORY_SIGNERS, 0)
        );
        records.setCosignPolicy(hospital, V.IMAGING, 0, STORY_SIGNERS, 0);
        uint40 tooLong = V.MAX_COSIGN_WAIT + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidCosignPolicy.selector, STORY_SIGNERS, tooLong)
        );
        records.setCosignPolicy(hospital, V.IMAGING, 0, STORY_SIGNERS, tooLong);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidCosignPolicy.selector, 0, WAIT));
        records.setCosignPolicy(hospital, V.IMAGING, 0, 0, WAIT);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidCategory.selector, 18));
        records.setCosignPolicy(hospital, 18, 0, STORY_SIGNERS, WAIT);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidFhirType.selector, 29));
        records.setCosignPolicy(hospital, V.IMAGING, 29, STORY_SIGNERS, WAIT);
        vm.stopPrank();
    }

    /// @dev A policy change never alters a record already pending: it keeps the signers and the
    /// deadline it was added under.
    function test_policyChange_leavesPendingRecordsAlone() public {
        bytes32 id = _addStoryReport();
        _setPolicy(0, uint8(1) << AUTHORITY, 1 days);
        IRecordRegistry.Pending memory pending = records.pendingOf(id);
        assertEq(pending.required, STORY_SIGNERS, "required as added");
        assertEq(pending.deadline, block.timestamp + WAIT, "deadline as added");
        assertEq(pending.policyVersion, 1, "its version");
        _signAll(id);
        assertEq(records.recordOf(id).status, V.RECORD_CURRENT, "the old policy's signers sufficed");
    }

    // ============================================================= adding under a policy

    function test_addRecord_underAPolicy_isPending() public {
        bytes32 id = records.recordIdFor(patient, hospital, V.IMAGING, CT_REPORT);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAdded(
            id,
            patient,
            hospital,
            doctor,
            V.IMAGING,
            FHIR_DIAGNOSTIC_REPORT,
            CT_REPORT,
            bytes32(0),
            V.TREAT,
            V.BASIS_CONSENT
        );
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordPending(
            id, patient, hospital, STORY_SIGNERS, uint40(block.timestamp) + WAIT, clinicDoctor, 1
        );
        _addStoryReport();

        assertEq(records.recordOf(id).status, V.RECORD_PENDING, "pending");
        IRecordRegistry.Pending memory pending = records.pendingOf(id);
        assertEq(pending.specialist, clinicDoctor, "specialist");
        assertEq(pending.signed, 0, "nobody signed");
    }

    function test_revertWhen_addRecord_specialistRequiredButMissing() public {
        vm.expectRevert(IRecordRegistry.RecordRegistry__SpecialistRequired.selector);
        _addReport(CT_REPORT, bytes32(0), address(0));
    }

    function test_revertWhen_addRecord_specialistNotRequired() public {
        _setPolicy(0, uint8(1) << HEAD, WAIT);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SpecialistNotRequired.selector, clinicDoctor)
        );
        _addReport(CT_REPORT, bytes32(0), clinicDoctor);

        // Nor without any policy.
        vm.prank(hospitalAdmin);
        records.setCosignPolicy(hospital, V.IMAGING, 0, 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SpecialistNotRequired.selector, clinicDoctor)
        );
        _addReport(CT_REPORT, bytes32(0), clinicDoctor);
    }

    function test_revertWhen_addRecord_specialistIsTheAuthor() public {
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SpecialistIsAuthor.selector, doctor));
        _addReport(CT_REPORT, bytes32(0), doctor);
    }

    function test_revertWhen_addRecord_specialistNotAPractitioner() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, stranger));
        _addReport(CT_REPORT, bytes32(0), stranger);
    }

    /// @dev A pending version names its predecessor but supersedes nothing until the last
    /// signature; then the predecessor is superseded.
    function test_pendingVersion_supersedesOnlyWhenConfirmed() public {
        _setPolicy(0, 0, 0);
        bytes32 v1 = _addReport(CT_REPORT, bytes32(0), address(0));
        _setPolicy(0, STORY_SIGNERS, WAIT);
        bytes32 v2 = _addReport(CT_REPORT_V2, v1, clinicDoctor);
        assertEq(records.recordOf(v1).status, V.RECORD_CURRENT, "the predecessor stays current");
        assertEq(records.predecessorOf(v2), v1, "named");

        _sign(v2, HEAD, headOfRadiology);
        _sign(v2, SPECIALIST, clinicDoctor);
        assertEq(records.recordOf(v1).status, V.RECORD_CURRENT, "still current before the last");
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordConfirmed(v2, patient, hospital, v1);
        _sign(v2, PATIENT, patient);
        assertEq(records.recordOf(v1).status, V.RECORD_SUPERSEDED, "superseded by the last signature");
        assertEq(records.recordOf(v2).status, V.RECORD_CURRENT, "current");
    }

    /// @dev If the predecessor stopped being current meanwhile, the last signature cannot make
    /// the record current: it is rejected, with the reason saying why, and the signature kept.
    function test_lastSignature_rejectsWhenThePredecessorWasSupersededMeanwhile() public {
        _setPolicy(0, 0, 0);
        bytes32 v1 = _addReport(CT_REPORT, bytes32(0), address(0));
        _setPolicy(0, uint8(1) << HEAD, WAIT);
        bytes32 pendingVersion = _addReport(CT_REPORT_V2, v1, address(0));
        vm.prank(doctor);
        records.retractRecord(v1);

        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordSigned(pendingVersion, patient, hospital, headOfRadiology, HEAD);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordRejected(
            pendingVersion, patient, hospital, headOfRadiology, HEAD, records.SUPERSEDED_MEANWHILE()
        );
        _sign(pendingVersion, HEAD, headOfRadiology);
        assertEq(records.recordOf(pendingVersion).status, V.RECORD_REJECTED, "rejected");
        assertEq(records.pendingOf(pendingVersion).signed, uint8(1) << HEAD, "the signature stays");
        assertEq(records.recordOf(v1).status, V.RECORD_ENTERED_IN_ERROR, "the predecessor untouched");
    }

    // ============================================================ what pending is not

    /// @dev Pending, rejected and expired records are never a basis and never read: no read
    /// receipt (not even the author's own), no access, no content vouched for, no retraction,
    /// no new version on top.
    function test_unconfirmedRecords_areNeverABasisNorRead() public {
        bytes32 pendingId = _addStoryReport();
        bytes32 rejectedId = _addReport(keccak256("rejected"), bytes32(0), clinicDoctor);
        _reject(rejectedId, PATIENT, patient);
        bytes32 expiredId = _addReport(keccak256("expired"), bytes32(0), clinicDoctor);
        vm.warp(block.timestamp + WAIT);
        records.expireRecord(expiredId);

        bytes32[3] memory ids = [pendingId, rejectedId, expiredId];
        bytes32[3] memory contents = [CT_REPORT, keccak256("rejected"), keccak256("expired")];
        uint8[3] memory statuses = [V.RECORD_PENDING, V.RECORD_REJECTED, V.RECORD_EXPIRED];
        for (uint256 i; i < 3; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotConfirmed.selector, ids[i], statuses[i])
            );
            vm.prank(doctor);
            records.logAccess(patient, one(ids[i]), V.TREAT);
            (bool allowed, uint8 basis) = records.checkRecordAccess(ids[i], hospital, V.TREAT);
            assertFalse(allowed, "no access for its author");
            assertEq(basis, V.BASIS_NONE, "no basis");
            assertFalse(records.verifyContent(ids[i], contents[i]), "vouches for nothing");
            vm.expectRevert(
                abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotCurrent.selector, ids[i], statuses[i])
            );
            vm.prank(doctor);
            records.retractRecord(ids[i]);
            vm.expectRevert(
                abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotCurrent.selector, ids[i], statuses[i])
            );
            _addReport(keccak256(abi.encode("next version", i)), ids[i], clinicDoctor);
        }
    }

    /// @dev The author's own-record basis comes with the last signature, not before.
    function test_ownRecordBasis_onlyOnceCurrent() public {
        bytes32 id = _addStoryReport();
        _signAll(id);
        (bool allowed, uint8 basis) = records.checkRecordAccess(id, hospital, V.TREAT);
        assertTrue(allowed, "readable once current");
        assertEq(basis, V.BASIS_OWN_RECORD, "its own record");
        assertTrue(records.verifyContent(id, CT_REPORT), "vouched for");
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAccessed(id, patient, hospital, doctor, V.TREAT, V.BASIS_OWN_RECORD);
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
    }

    // =================================================================== signing

    /// @dev The story, in every order of its three signers: pending after each signature but the
    /// last, current after the last, and each signature an event of its own.
    function testFuzz_signRecord_anyOrder_currentOnlyAfterTheLast(uint256 order) public {
        uint8[3] memory kinds = [HEAD, SPECIALIST, PATIENT];
        // One of the six orders (a Fisher-Yates shuffle driven by `order`).
        for (uint256 i = 2; i > 0; --i) {
            uint256 j = order % (i + 1);
            order /= i + 1;
            (kinds[i], kinds[j]) = (kinds[j], kinds[i]);
        }
        bytes32 id = _addStoryReport();
        for (uint256 i; i < 3; ++i) {
            address signer = _signerOf(kinds[i]);
            vm.expectEmit(address(records));
            emit IRecordRegistry.RecordSigned(id, patient, hospital, signer, kinds[i]);
            _sign(id, kinds[i], signer);
            assertEq(records.recordOf(id).status, i < 2 ? V.RECORD_PENDING : V.RECORD_CURRENT, "current after last");
        }
        assertEq(records.pendingOf(id).signed, STORY_SIGNERS, "all signed");
    }

    /// @dev The patient signs without gas: anyone submits their EIP-712 signature.
    function test_signRecordBySig_thePatientSignsWithoutGas() public {
        bytes32 id = _addStoryReport();
        _sign(id, HEAD, headOfRadiology);
        _sign(id, SPECIALIST, clinicDoctor);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = sign(patientKey, _signDigest(id, PATIENT, deadline));
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordSigned(id, patient, hospital, patient, PATIENT);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordConfirmed(id, patient, hospital, bytes32(0));
        vm.prank(relayer);
        records.signRecordBySig(id, PATIENT, patient, deadline, signature);
        assertEq(records.recordOf(id).status, V.RECORD_CURRENT, "current");

        // Replayed: the kind has signed.
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotPending.selector, id, 1));
        records.signRecordBySig(id, PATIENT, patient, deadline, signature);
    }

    /// @dev A smart-wallet patient (ERC-1271, as a passkey account) signs the same way.
    function test_signRecordBySig_contractAccount() public {
        uint256 ownerKey = 0x5AFE;
        address wallet = address(new OwnedWallet(vm.addr(ownerKey), ERC1271_MAGIC));
        vm.prank(wallet);
        consents.grant(wallet, hospital, labTerms());
        vm.prank(doctor);
        bytes32 id = records.addCosignedRecord(
            wallet, V.IMAGING, FHIR_DIAGNOSTIC_REPORT, CT_REPORT, bytes32(0), V.TREAT, clinicDoctor
        );
        uint256 deadline = block.timestamp + 1 hours;
        vm.prank(relayer);
        records.signRecordBySig(id, PATIENT, wallet, deadline, sign(ownerKey, _signDigest(id, PATIENT, deadline)));
        assertEq(records.pendingOf(id).signed, uint8(1) << PATIENT, "the wallet signed");

        // Another key's signature is not the wallet's.
        bytes memory byAnotherKey = sign(patientKey, _signDigest(id, HEAD, deadline));
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidSignature.selector, wallet));
        records.signRecordBySig(id, HEAD, wallet, deadline, byAnotherKey);
    }

    function test_revertWhen_signRecordBySig_badSignatures() public {
        bytes32 id = _addStoryReport();
        uint256 deadline = block.timestamp + 1 hours;
        // Another signer's key.
        bytes memory byOther = sign(otherPatientKey, _signDigest(id, PATIENT, deadline));
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidSignature.selector, patient));
        records.signRecordBySig(id, PATIENT, patient, deadline, byOther);
        // Signed for another kind.
        bytes memory asHead = sign(patientKey, _signDigest(id, HEAD, deadline));
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidSignature.selector, patient));
        records.signRecordBySig(id, PATIENT, patient, deadline, asHead);
        // Signed as a rejection: not a signature.
        bytes memory rejection = sign(patientKey, _rejectDigest(id, PATIENT, bytes32(0), deadline));
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidSignature.selector, patient));
        records.signRecordBySig(id, PATIENT, patient, deadline, rejection);
        // Past its deadline.
        bytes memory late = sign(patientKey, _signDigest(id, PATIENT, deadline));
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SignatureExpired.selector, deadline));
        records.signRecordBySig(id, PATIENT, patient, deadline, late);
        // The zero address signs nothing.
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidSignature.selector, address(0)));
        records.signRecordBySig(id, PATIENT, address(0), vm.getBlockTimestamp(), late);
    }

    /// @dev A delegate who may write the record's category signs for the patient; one who may
    /// only read, or write another category, or whose delegation ended, may not.
    function test_signRecord_byADelegateWhoMayWriteTheCategory() public {
        bytes32 id = _addStoryReport();
        uint8 writeOnly = uint8(1) << V.WRITE;
        vm.prank(patient);
        consents.appointDelegate(
            guardian, bit(V.LABORATORY), V.ALL_PURPOSES, writeOnly, uint40(block.timestamp + 30 days)
        );
        _expectNotSigner(id, PATIENT, guardian);
        vm.prank(patient);
        consents.appointDelegate(guardian, bit(V.IMAGING), V.ALL_PURPOSES, READ_ONLY, uint40(block.timestamp + 30 days));
        _expectNotSigner(id, PATIENT, guardian);
        vm.prank(patient);
        consents.appointDelegate(guardian, bit(V.IMAGING), V.ALL_PURPOSES, writeOnly, uint40(block.timestamp + 1 days));
        assertTrue(records.maySign(id, PATIENT, guardian), "may sign");
        vm.warp(vm.getBlockTimestamp() + 1 days);
        _expectNotSigner(id, PATIENT, guardian);
        vm.prank(patient);
        consents.appointDelegate(
            guardian, bit(V.IMAGING), V.ALL_PURPOSES, writeOnly, uint40(vm.getBlockTimestamp() + 1 days)
        );
        _sign(id, PATIENT, guardian);
        assertEq(records.pendingOf(id).signed, uint8(1) << PATIENT, "the delegate signed for the patient");
    }

    /// @dev The organisation's admin signs as the authority when the policy asks for it.
    function test_signRecord_asTheAuthority() public {
        _setPolicy(0, uint8(1) << AUTHORITY, WAIT);
        bytes32 id = _addReport(CT_REPORT, bytes32(0), address(0));
        _expectNotSigner(id, AUTHORITY, clinicAdmin);
        _expectNotSigner(id, AUTHORITY, doctor);
        _sign(id, AUTHORITY, hospitalAdmin);
        assertEq(records.recordOf(id).status, V.RECORD_CURRENT, "confirmed by the authority");
    }

    /// @dev Every refusal of a signature, each with its own error.
    function test_revertWhen_signRecord_wrongSigner() public {
        bytes32 id = _addStoryReport();
        // A signer of the wrong role: a physician of the author organisation is no head of it.
        _expectNotSigner(id, HEAD, doctor);
        // A head of another organisation.
        _expectNotSigner(id, HEAD, clinicHead);
        // Another practitioner than the named specialist.
        _expectNotSigner(id, SPECIALIST, labTech);
        // Another patient.
        _expectNotSigner(id, PATIENT, otherPatient);
        // A kind the policy does not require.
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SignerNotAwaited.selector, id, AUTHORITY)
        );
        _sign(id, AUTHORITY, hospitalAdmin);
        // No such kind.
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SignerNotAwaited.selector, id, 4));
        _sign(id, 4, patient);
        // Twice.
        _sign(id, HEAD, headOfRadiology);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SignerNotAwaited.selector, id, HEAD));
        _sign(id, HEAD, headOfRadiology);
        // An unknown record.
        bytes32 unknown = keccak256("no such record");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__UnknownRecord.selector, unknown));
        _sign(unknown, HEAD, headOfRadiology);
    }

    function test_revertWhen_signRecord_notPending() public {
        _setPolicy(0, 0, 0);
        bytes32 current = _addReport(CT_REPORT, bytes32(0), address(0));
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotPending.selector, current, V.RECORD_CURRENT)
        );
        _sign(current, HEAD, headOfRadiology);
    }

    function test_revertWhen_signRecord_afterRejection() public {
        bytes32 id = _addStoryReport();
        _reject(id, HEAD, headOfRadiology);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotPending.selector, id, V.RECORD_REJECTED)
        );
        _sign(id, PATIENT, patient);
    }

    function test_revertWhen_signRecord_afterTheDeadline() public {
        bytes32 id = _addStoryReport();
        uint40 deadline = records.pendingOf(id).deadline;
        vm.warp(deadline - 1);
        _sign(id, HEAD, headOfRadiology);
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__CosignExpired.selector, id, deadline));
        _sign(id, PATIENT, patient);
        records.expireRecord(id);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotPending.selector, id, V.RECORD_EXPIRED)
        );
        _sign(id, PATIENT, patient);
    }

    function test_revertWhen_signRecord_authorSuspended() public {
        bytes32 id = _addStoryReport();
        vm.prank(authority);
        orgs.suspend(hospital, bytes32(0));
        // The patient signs nothing for a suspended author; its head is no active practitioner.
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        _sign(id, PATIENT, patient);
        _expectNotSigner(id, HEAD, headOfRadiology);
    }

    function test_revertWhen_signRecord_specialistsOrganizationSuspendedOrLeft() public {
        bytes32 id = _addStoryReport();
        vm.prank(authority);
        orgs.suspend(clinic, bytes32(0));
        _expectNotSigner(id, SPECIALIST, clinicDoctor);
        vm.prank(authority);
        orgs.reinstate(clinic);
        vm.prank(clinicAdmin);
        orgs.removePractitioner(clinic, clinicDoctor);
        _expectNotSigner(id, SPECIALIST, clinicDoctor);
    }

    function test_revertWhen_signRecord_paused() public {
        bytes32 id = _addStoryReport();
        vm.prank(authority);
        orgs.pause();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _sign(id, PATIENT, patient);
        // A rejection only takes away: open during the pause.
        _reject(id, PATIENT, patient);
        assertEq(records.recordOf(id).status, V.RECORD_REJECTED, "rejected during the pause");
    }

    // ================================================================= rejecting

    function test_rejectRecord_byAnyRequiredSigner_isFinal() public {
        bytes32 id = _addStoryReport();
        _sign(id, HEAD, headOfRadiology);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordRejected(id, patient, hospital, clinicDoctor, SPECIALIST, REASON);
        _reject(id, SPECIALIST, clinicDoctor);
        assertEq(records.recordOf(id).status, V.RECORD_REJECTED, "rejected");
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotPending.selector, id, V.RECORD_REJECTED)
        );
        _reject(id, PATIENT, patient);
        vm.warp(vm.getBlockTimestamp() + WAIT);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotPending.selector, id, V.RECORD_REJECTED)
        );
        records.expireRecord(id);
    }

    function test_revertWhen_rejectRecord_notAnAwaitedSigner() public {
        bytes32 id = _addStoryReport();
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__NotSigner.selector, id, PATIENT, stranger)
        );
        vm.prank(stranger);
        records.rejectRecord(id, PATIENT, REASON);
        // Having signed, a kind may no longer reject.
        _sign(id, HEAD, headOfRadiology);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__SignerNotAwaited.selector, id, HEAD));
        _reject(id, HEAD, headOfRadiology);
    }

    function test_rejectRecordBySig_byThePatient() public {
        bytes32 id = _addStoryReport();
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = sign(patientKey, _rejectDigest(id, PATIENT, REASON, deadline));
        // The reason is part of what was signed.
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__InvalidSignature.selector, patient));
        records.rejectRecordBySig(id, PATIENT, keccak256("another reason"), patient, deadline, signature);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordRejected(id, patient, hospital, patient, PATIENT, REASON);
        vm.prank(relayer);
        records.rejectRecordBySig(id, PATIENT, REASON, patient, deadline, signature);
        assertEq(records.recordOf(id).status, V.RECORD_REJECTED, "rejected");
    }

    // ================================================================== expiring

    function test_expireRecord_onlyFromTheDeadline() public {
        bytes32 id = _addStoryReport();
        uint40 deadline = records.pendingOf(id).deadline;
        vm.warp(deadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__CosignNotExpired.selector, id, deadline));
        records.expireRecord(id);
        vm.warp(deadline);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordExpired(id, patient, hospital);
        vm.prank(stranger);
        records.expireRecord(id);
        assertEq(records.recordOf(id).status, V.RECORD_EXPIRED, "expired");
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RecordRegistry__RecordNotPending.selector, id, V.RECORD_EXPIRED)
        );
        records.expireRecord(id);
    }

    // ================================================================ the domain

    /// The record registry signs under the suite's salt, the consent registry's, even when it is
    /// created blocks later (as the deployer creates it): one salt tells every registry's code.
    function test_domain_takesTheConsentRegistrysSalt() public {
        vm.roll(block.number + 5);
        vm.setBlockhash(block.number - 1, keccak256("a later block"));
        RecordRegistry later = new RecordRegistry(orgs);
        (,,,, address verifying, bytes32 salt,) = later.eip712Domain();
        (,,,,, bytes32 suiteSalt,) = consents.eip712Domain();
        assertEq(salt, suiteSalt, "the suite's salt");
        assertEq(salt, PARENT_BLOCK_HASH, "the block before the suite");
        assertEq(verifying, address(later), "its own address");
        assertTrue(later.DOMAIN_SEPARATOR() != records.DOMAIN_SEPARATOR(), "and its own domain");
    }

    // ============================================================= random sequences

    /// @dev Random sequences of signatures, rejections and time against a model of the rules:
    /// the record is current exactly when every required kind signed before the deadline with no
    /// rejection; rejected and expired are final; `signed` never leaves `required`.
    function testFuzz_cosigning_followsTheRules(uint256 seed) public {
        uint8 required = uint8(bound(seed, 1, V.ALL_SIGNERS));
        seed = uint256(keccak256(abi.encode(seed)));
        _setPolicy(0, required, WAIT);
        address specialist = required & (uint8(1) << SPECIALIST) != 0 ? clinicDoctor : address(0);
        bytes32 id = _addReport(CT_REPORT, bytes32(0), specialist);
        uint40 deadline = uint40(block.timestamp) + WAIT;
        uint8 signed;
        uint8 status = V.RECORD_PENDING;
        for (uint256 step; step < 8; ++step) {
            uint256 roll = uint256(keccak256(abi.encode(seed, step)));
            // 4 is no kind; below 5, the cast keeps the value.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint8 kind = uint8(roll % 5);
            uint256 action = (roll >> 8) % 4;
            if (action == 0) {
                vm.warp(vm.getBlockTimestamp() + ((roll >> 16) % (WAIT / 2)));
                continue;
            }
            bool open = status == V.RECORD_PENDING && vm.getBlockTimestamp() < deadline;
            bool awaited = kind < 4 && (required & ~signed) & (uint8(1) << kind) != 0;
            if (action == 3) {
                vm.prank(stranger);
                (bool expired,) = address(records).call(abi.encodeCall(records.expireRecord, (id)));
                bool mayExpire = status == V.RECORD_PENDING && vm.getBlockTimestamp() >= deadline;
                assertEq(expired, mayExpire, "expire");
                if (expired) status = V.RECORD_EXPIRED;
            } else if (action == 2) {
                vm.prank(_signerOf(kind));
                (bool rejected,) = address(records).call(abi.encodeCall(records.rejectRecord, (id, kind, REASON)));
                assertEq(rejected, open && awaited, "reject");
                if (rejected) status = V.RECORD_REJECTED;
            } else {
                vm.prank(_signerOf(kind));
                (bool didSign,) = address(records).call(abi.encodeCall(records.signRecord, (id, kind)));
                assertEq(didSign, open && awaited, "sign");
                if (didSign) {
                    signed |= uint8(1) << kind;
                    if (signed == required) status = V.RECORD_CURRENT;
                }
            }
            assertEq(records.recordOf(id).status, status, "status");
            assertEq(records.pendingOf(id).signed, signed, "signed");
            assertEq(signed & ~required, 0, "nothing signed that was not required");
        }
    }

    // ================================================================== helpers

    function _setPolicy(uint8 fhirType, uint8 signers, uint40 maxWait) internal {
        vm.prank(hospitalAdmin);
        records.setCosignPolicy(hospital, V.IMAGING, fhirType, signers, maxWait);
    }

    function _addReport(bytes32 content, bytes32 supersedes, address specialist) internal returns (bytes32) {
        vm.prank(doctor);
        return
            records.addCosignedRecord(
                patient, V.IMAGING, FHIR_DIAGNOSTIC_REPORT, content, supersedes, V.TREAT, specialist
            );
    }

    /// @dev The doctor adds the CT report naming the clinic's physician as specialist.
    function _addStoryReport() internal returns (bytes32) {
        return _addReport(CT_REPORT, bytes32(0), clinicDoctor);
    }

    function _signerOf(uint8 kind) internal view returns (address) {
        if (kind == HEAD) return headOfRadiology;
        if (kind == SPECIALIST) return clinicDoctor;
        if (kind == PATIENT) return patient;
        if (kind == AUTHORITY) return hospitalAdmin;
        return stranger;
    }

    function _sign(bytes32 id, uint8 kind, address signer) internal {
        vm.prank(signer);
        records.signRecord(id, kind);
    }

    function _signAll(bytes32 id) internal {
        _sign(id, HEAD, headOfRadiology);
        _sign(id, SPECIALIST, clinicDoctor);
        _sign(id, PATIENT, patient);
    }

    function _reject(bytes32 id, uint8 kind, address signer) internal {
        vm.prank(signer);
        records.rejectRecord(id, kind, REASON);
    }

    function _expectNotSigner(bytes32 id, uint8 kind, address account) internal {
        assertFalse(records.maySign(id, kind, account), "may not sign");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.RecordRegistry__NotSigner.selector, id, kind, account));
        _sign(id, kind, account);
    }

    function _signDigest(bytes32 id, uint8 kind, uint256 deadline) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(keccak256("SignRecord(bytes32 recordId,uint8 kind,uint256 deadline)"), id, kind, deadline)
        );
        return keccak256(abi.encodePacked("\x19\x01", records.DOMAIN_SEPARATOR(), structHash));
    }

    function _rejectDigest(bytes32 id, uint8 kind, bytes32 reason, uint256 deadline) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("RejectRecord(bytes32 recordId,uint8 kind,bytes32 reasonHash,uint256 deadline)"),
                id,
                kind,
                reason,
                deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", records.DOMAIN_SEPARATOR(), structHash));
    }
}
