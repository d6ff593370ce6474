// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

// Longer than 600 lines: the unit suite of one contract (forge's one test contract per contract under
// test), grouped by decision with a section comment each.

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {AccessRules, Consent, ConsentTerms, OrganizationStatus, Practitioner} from "../src/types/AccessRules.sol";
import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Fixture} from "./utils/Fixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice Unit and fuzz tests of {ConsentRegistry}: direct grants, narrowing, extension and
/// revocation, delegates, access requests, break-glass access, the emergency policy,
/// {checkAccess} and the views. Signed grants and revocations live in
/// `ConsentRegistrySignatures.t.sol`.
/// @dev Time is read with `vm.getBlockTimestamp()`: under via-IR the optimizer may reuse a
/// `block.timestamp` read from before a `vm.warp`.
contract ConsentRegistryTest is Fixture {
    bytes32 internal constant REASON_HASH = keccak256("follow-up of an abnormal blood count");
    bytes32 internal constant JUSTIFICATION_HASH = keccak256("unconscious on arrival");
    uint40 internal constant REQUEST_DURATION = 30 days;
    uint40 internal constant DELEGATION_LIFETIME = 730 days;

    // ------------------------------------------------------------------- helpers

    function _now() internal view returns (uint40) {
        return SafeCast.toUint40(vm.getBlockTimestamp());
    }

    function _warpBy(uint256 seconds_) internal {
        vm.warp(vm.getBlockTimestamp() + seconds_);
    }

    function _window(uint32 categories, uint8 purposes, uint8 actions, uint40 validFrom, uint40 validUntil)
        internal
        pure
        returns (ConsentTerms memory)
    {
        return ConsentTerms({
            categories: categories, purposes: purposes, actions: actions, validFrom: validFrom, validUntil: validUntil
        });
    }

    function _pause() internal {
        vm.prank(authority);
        orgs.pause();
    }

    function _suspend(uint32 orgId) internal {
        vm.prank(authority);
        orgs.suspend(orgId, keccak256("audit finding"));
    }

    function _grantAs(address actor, uint32 orgId, ConsentTerms memory t) internal {
        vm.prank(actor);
        consents.grant(patient, orgId, t);
    }

    function _revokeAs(address actor, uint32 orgId) internal {
        vm.prank(actor);
        consents.revoke(patient, orgId);
    }

    function _appoint(address delegate, uint32 categories) internal returns (uint40 expiresAt) {
        expiresAt = _now() + DELEGATION_LIFETIME;
        vm.prank(patient);
        consents.appointDelegate(delegate, categories, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);
    }

    /// @dev The hospital's doctor asks to read the patient's laboratory and imaging records.
    function _requestLab() internal returns (uint64) {
        vm.prank(doctor);
        return consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, READ_ONLY, REQUEST_DURATION, REASON_HASH);
    }

    function _openEmergency(address practitioner) internal {
        vm.prank(practitioner);
        consents.openEmergencyAccess(patient, V.EMERGENCY_LIFE_THREATENING, JUSTIFICATION_HASH);
    }

    function _setPolicy(address who, bool optedOut, uint32 restrictedCategories) internal {
        vm.prank(who);
        consents.setEmergencyPolicy(optedOut, restrictedCategories);
    }

    function _expectGranted(uint32 orgId, address actor, ConsentTerms memory t) internal {
        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentGranted(
            patient, orgId, actor, t.categories, t.purposes, t.actions, t.validFrom, t.validUntil
        );
    }

    function _assertTerms(uint32 orgId, ConsentTerms memory t) internal view {
        Consent memory c = consents.consentOf(patient, orgId);
        assertEq(c.categories, t.categories, "categories");
        assertEq(c.purposes, t.purposes, "purposes");
        assertEq(c.actions, t.actions, "actions");
        assertEq(c.validFrom, t.validFrom, "validFrom");
        assertEq(c.validUntil, t.validUntil, "validUntil");
    }

    function _assertNoConsent(uint32 orgId) internal view {
        Consent memory c = consents.consentOf(patient, orgId);
        assertEq(c.categories, 0, "categories");
        assertEq(c.purposes, 0, "purposes");
        assertEq(c.actions, 0, "actions");
        assertEq(c.validFrom, 0, "validFrom");
        assertEq(c.validUntil, 0, "validUntil");
    }

    function _assertAccess(uint32 orgId, uint8 category, uint8 purpose, uint8 action, uint8 expectedBasis)
        internal
        view
    {
        (bool allowed, uint8 basis) = consents.checkAccess(patient, orgId, category, purpose, action);
        assertEq(basis, expectedBasis, "basis");
        assertEq(allowed, expectedBasis != V.BASIS_NONE, "allowed");
    }

    function _assertStatus(uint64 requestId, uint8 status) internal view {
        assertEq(consents.accessRequest(requestId).status, status, "request status");
    }

    function _notPatientOrDelegate(address who, address caller) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPatientOrDelegate.selector, who, caller);
    }

    function _notOfOrganization(address caller, uint32 orgId) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotOfOrganization.selector, caller, orgId);
    }

    function _assertNonce(uint32 orgId, uint256 expected, string memory context) internal view {
        assertEq(consents.nonceOf(patient, orgId), expected, context);
    }

    /// @dev Rewrites only the nonce of the patient's consent slot for `orgId`: reaching 2^48 - 1
    /// by decisions would take 2^48 calls. The slot is found by recording the one read
    /// `nonceOf` makes, so the test does not hard-code the storage layout.
    function _setNonce(uint32 orgId, uint48 nonce) internal {
        vm.record();
        consents.nonceOf(patient, orgId);
        (bytes32[] memory reads,) = vm.accesses(address(consents));
        assertEq(reads.length, 1, "nonceOf reads one slot");
        Consent memory c = AccessRules.unpack(vm.load(address(consents), reads[0]));
        c.nonce = nonce;
        vm.store(address(consents), reads[0], AccessRules.pack(c));
        _assertNonce(orgId, nonce, "nonce set");
    }

    // ===================================================================== grant

    function test_grant_byPatient_storesTermsAndEmits() public {
        ConsentTerms memory t = labTerms();
        _expectGranted(hospital, patient, t);
        _grantAs(patient, hospital, t);

        _assertTerms(hospital, t);
        assertEq(consents.nonceOf(patient, hospital), 1, "a direct grant spends the nonce");
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.WRITE, V.BASIS_CONSENT);
        _assertAccess(hospital, V.IMAGING, V.TREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.MEDICATIONS, V.TREAT, V.READ, V.BASIS_NONE);
        _assertAccess(lab, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_grant_again_replacesTermsSpendsNonceAndKeepsEmergency() public {
        _revokeAs(patient, hospital); // nonce 1
        _openEmergency(doctor);
        Consent memory before = consents.consentOf(patient, hospital);
        _grantAs(patient, hospital, labTerms()); // nonce 2

        ConsentTerms memory replacement = terms(bit(V.MEDICATIONS), uint8(1) << V.HPAYMT, READ_ONLY, 10 days);
        _expectGranted(hospital, patient, replacement);
        _grantAs(patient, hospital, replacement);

        _assertTerms(hospital, replacement);
        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.nonce, 3, "nonce");
        assertEq(c.emergencyCategories, V.STANDARD_CATEGORIES, "emergency categories");
        assertEq(c.emergencyUntil, before.emergencyUntil, "emergency end");
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
        _assertAccess(hospital, V.MEDICATIONS, V.HPAYMT, V.READ, V.BASIS_CONSENT);
    }

    function test_grant_windowStartedInPast_succeeds() public {
        ConsentTerms memory t = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now() - 10 days, _now() + 1);
        _grantAs(patient, hospital, t);
        _assertTerms(hospital, t);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
    }

    function test_grant_noExpiry_neverLapses() public {
        ConsentTerms memory t = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now(), V.NO_EXPIRY);
        _grantAs(patient, hospital, t);
        _warpBy(100 * 365 days);
        _assertAccess(hospital, V.IMAGING, V.TREAT, V.READ, V.BASIS_CONSENT);
    }

    function test_grant_broadGrant_doesNotImplyRestrictedCategories() public {
        _grantAs(patient, hospital, terms(V.STANDARD_CATEGORIES, V.ALL_PURPOSES, V.ALL_ACTIONS, 365 days));
        for (uint8 category = 0; category < V.CATEGORY_COUNT; ++category) {
            uint8 expected = category < V.MENTAL_HEALTH ? V.BASIS_CONSENT : V.BASIS_NONE;
            _assertAccess(hospital, category, V.TREAT, V.READ, expected);
        }

        _grantAs(patient, hospital, terms(bit(V.MENTAL_HEALTH), TREATMENT, READ_ONLY, 365 days));
        _assertAccess(hospital, V.MENTAL_HEALTH, V.TREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.SUBSTANCE_USE, V.TREAT, V.READ, V.BASIS_NONE);
        _assertAccess(hospital, V.GENOMICS, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_grant_afterUnpause_succeeds() public {
        _pause();
        vm.prank(authority);
        orgs.unpause();
        _grantAs(patient, hospital, labTerms());
        _assertTerms(hospital, labTerms());
    }

    function testFuzz_grant_storesExactTerms(
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint256 validFromSeed,
        uint256 validUntilSeed
    ) public {
        ConsentTerms memory t;
        t.categories = SafeCast.toUint32(bound(categories, 1, V.ALL_CATEGORIES));
        t.purposes = SafeCast.toUint8(bound(purposes, 1, V.ALL_PURPOSES));
        t.actions = SafeCast.toUint8(bound(actions, 1, V.ALL_ACTIONS));
        t.validFrom = SafeCast.toUint40(bound(validFromSeed, 0, vm.getBlockTimestamp() + 3650 days));
        uint256 earliestEnd = (t.validFrom > _now() ? t.validFrom : _now()) + 1;
        t.validUntil = SafeCast.toUint40(bound(validUntilSeed, earliestEnd, V.NO_EXPIRY));

        _expectGranted(hospital, patient, t);
        _grantAs(patient, hospital, t);
        _assertTerms(hospital, t);
    }

    function test_revertWhen_grant_byStranger() public {
        ConsentTerms memory t = labTerms();
        vm.expectRevert(_notPatientOrDelegate(patient, stranger));
        _grantAs(stranger, hospital, t);
    }

    function test_revertWhen_grant_emptyCategories() public {
        ConsentTerms memory t = terms(0, TREATMENT, READ_ONLY, 1 days);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, 0));
        _grantAs(patient, hospital, t);
    }

    function testFuzz_revertWhen_grant_categoryOutsideVocabulary(uint32 categories, uint256 extraBit) public {
        categories |= uint32(1) << SafeCast.toUint8(bound(extraBit, V.CATEGORY_COUNT, 31));
        ConsentTerms memory t = terms(categories, TREATMENT, READ_ONLY, 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, categories)
        );
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_emptyPurposes() public {
        ConsentTerms memory t = terms(LAB_AND_IMAGING, 0, READ_ONLY, 1 days);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidPurposes.selector, 0));
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_purposeOutsideVocabulary() public {
        uint8 purposes = TREATMENT | uint8(1) << V.PURPOSE_COUNT;
        ConsentTerms memory t = terms(LAB_AND_IMAGING, purposes, READ_ONLY, 1 days);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidPurposes.selector, purposes));
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_emptyActions() public {
        ConsentTerms memory t = terms(LAB_AND_IMAGING, TREATMENT, 0, 1 days);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidActions.selector, 0));
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_actionOutsideVocabulary() public {
        uint8 actions = READ_ONLY | uint8(1) << V.ACTION_COUNT;
        ConsentTerms memory t = terms(LAB_AND_IMAGING, TREATMENT, actions, 1 days);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidActions.selector, actions));
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_emptyWindow() public {
        uint40 at = _now() + 1 days;
        ConsentTerms memory t = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, at, at);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, at, at));
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_invertedWindow() public {
        uint40 from = _now() + 2 days;
        uint40 until = _now() + 1 days;
        ConsentTerms memory t = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, from, until);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, from, until));
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_windowAlreadyOver() public {
        uint40 from = _now() - 10 days;
        uint40 until = _now(); // validUntil is exclusive: a window ending now is over
        ConsentTerms memory t = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, from, until);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, from, until));
        _grantAs(patient, hospital, t);
    }

    function test_revertWhen_grant_unknownOrganization() public {
        ConsentTerms memory t = labTerms();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__UnknownOrganization.selector, 99));
        _grantAs(patient, 99, t);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__UnknownOrganization.selector, 0));
        _grantAs(patient, 0, t);
    }

    function test_revertWhen_grant_suspendedOrganization() public {
        _suspend(lab);
        ConsentTerms memory t = labTerms();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, lab));
        _grantAs(patient, lab, t);
    }

    function test_revertWhen_grant_duringPause() public {
        _pause();
        ConsentTerms memory t = labTerms();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _grantAs(patient, hospital, t);
    }

    // ==================================================================== narrow

    function test_narrow_byPatient_replacesWithNarrowerTermsAndEmits() public {
        _grantAs(patient, hospital, labTerms());
        ConsentTerms memory narrower = _window(bit(V.LABORATORY), TREATMENT, READ_ONLY, _now() + 1, _now() + 30 days);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentNarrowed(
            patient,
            hospital,
            patient,
            narrower.categories,
            narrower.purposes,
            narrower.actions,
            narrower.validFrom,
            narrower.validUntil
        );
        vm.prank(patient);
        consents.narrow(patient, hospital, narrower);

        _assertTerms(hospital, narrower);
        _warpBy(1);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.WRITE, V.BASIS_NONE);
        _assertAccess(hospital, V.IMAGING, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_revertWhen_narrow_toSameTerms() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        // A delegate whose scope does not even cover the consent cannot spend the nonce either.
        _appoint(guardian, bit(V.DEMOGRAPHICS));
        uint256 nonce = consents.nonceOf(patient, hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotNarrower.selector, patient, hospital)
        );
        vm.prank(guardian);
        consents.narrow(patient, hospital, t);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotNarrower.selector, patient, hospital)
        );
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
        assertEq(consents.nonceOf(patient, hospital), nonce, "an unchanged consent spends no nonce");
        _assertTerms(hospital, t);
    }

    function test_narrow_byOneSecond_succeeds() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        t.validUntil -= 1;
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
        _assertTerms(hospital, t);
    }

    function test_narrow_spendsNonceAndKeepsEmergencyAccess() public {
        _revokeAs(patient, hospital); // nonce 1
        _grantAs(patient, hospital, labTerms()); // nonce 2
        _openEmergency(doctor);
        Consent memory before = consents.consentOf(patient, hospital);
        assertEq(before.nonce, 2, "nonce before");

        vm.prank(patient);
        consents.narrow(patient, hospital, terms(bit(V.IMAGING), TREATMENT, READ_ONLY, 1 days));

        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.nonce, 3, "nonce");
        assertEq(c.emergencyCategories, before.emergencyCategories, "emergency categories");
        assertEq(c.emergencyUntil, before.emergencyUntil, "emergency end");
    }

    function test_narrow_byDelegateOutsideScope_succeeds() public {
        _grantAs(patient, hospital, labTerms());
        _appoint(guardian, bit(V.DEMOGRAPHICS));
        ConsentTerms memory narrower = terms(bit(V.IMAGING), TREATMENT, READ_ONLY, 1 days);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentNarrowed(
            patient,
            hospital,
            guardian,
            narrower.categories,
            narrower.purposes,
            narrower.actions,
            narrower.validFrom,
            narrower.validUntil
        );
        vm.prank(guardian);
        consents.narrow(patient, hospital, narrower);
        _assertTerms(hospital, narrower);
    }

    function test_narrow_duringPause_succeeds() public {
        _grantAs(patient, hospital, labTerms());
        _pause();
        ConsentTerms memory narrower = terms(bit(V.IMAGING), TREATMENT, READ_ONLY, 1 days);
        vm.prank(patient);
        consents.narrow(patient, hospital, narrower);
        _assertTerms(hospital, narrower);
    }

    function test_narrow_suspendedOrganization_succeeds() public {
        _grantAs(patient, lab, labTerms());
        _suspend(lab);
        ConsentTerms memory narrower = terms(bit(V.LABORATORY), TREATMENT, READ_ONLY, 1 days);
        vm.prank(patient);
        consents.narrow(patient, lab, narrower);
        _assertTerms(lab, narrower);
    }

    function test_revertWhen_narrow_byStranger() public {
        _grantAs(patient, hospital, labTerms());
        ConsentTerms memory t = labTerms();
        vm.expectRevert(_notPatientOrDelegate(patient, stranger));
        vm.prank(stranger);
        consents.narrow(patient, hospital, t);
    }

    function test_revertWhen_narrow_noConsent() public {
        ConsentTerms memory t = labTerms();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NoConsent.selector, patient, hospital));
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
    }

    function test_revertWhen_narrow_afterRevoke() public {
        _grantAs(patient, hospital, labTerms());
        _revokeAs(patient, hospital);
        ConsentTerms memory t = labTerms();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NoConsent.selector, patient, hospital));
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
    }

    function test_revertWhen_narrow_addsCategory() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        t.categories |= bit(V.MEDICATIONS);
        _expectNotNarrower(t);
    }

    function test_revertWhen_narrow_addsPurpose() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        t.purposes |= uint8(1) << V.HRESCH;
        _expectNotNarrower(t);
    }

    function test_revertWhen_narrow_addsAction() public {
        ConsentTerms memory t = terms(LAB_AND_IMAGING, TREATMENT, READ_ONLY, 365 days);
        _grantAs(patient, hospital, t);
        t.actions = READ_WRITE;
        _expectNotNarrower(t);
    }

    function test_revertWhen_narrow_startsEarlier() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        t.validFrom -= 1;
        _expectNotNarrower(t);
    }

    function test_revertWhen_narrow_endsLater() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        t.validUntil += 1;
        _expectNotNarrower(t);
    }

    function test_revertWhen_narrow_toEmptyCategories() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        t.categories = 0;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, 0));
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
    }

    function test_revertWhen_narrow_toEmptyWindow() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        t.validUntil = t.validFrom;
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, t.validFrom, t.validFrom)
        );
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
    }

    function _expectNotNarrower(ConsentTerms memory t) internal {
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotNarrower.selector, patient, hospital)
        );
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
    }

    // ==================================================================== extend

    function test_extend_byPatient_movesEndAndEmits() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        uint40 later = t.validUntil + 30 days;

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentExtended(patient, hospital, patient, later);
        vm.prank(patient);
        consents.extend(patient, hospital, later);

        t.validUntil = later;
        _assertTerms(hospital, t);
        vm.warp(later - 1);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        vm.warp(later);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_extend_byDelegateCoveringScope_succeeds() public {
        _grantAs(patient, hospital, labTerms());
        _appoint(guardian, LAB_AND_IMAGING | bit(V.MEDICATIONS));
        uint40 later = labTerms().validUntil + 1;

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentExtended(patient, hospital, guardian, later);
        vm.prank(guardian);
        consents.extend(patient, hospital, later);
        assertEq(consents.consentOf(patient, hospital).validUntil, later, "validUntil");
    }

    function test_extend_spendsNonceAndKeepsEmergencyAccess() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t); // nonce 1
        _openEmergency(doctor);
        Consent memory before = consents.consentOf(patient, hospital);
        assertEq(before.nonce, 1, "nonce before");

        vm.prank(patient);
        consents.extend(patient, hospital, t.validUntil + 1 days);

        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.nonce, 2, "nonce");
        assertEq(c.validUntil, t.validUntil + 1 days, "validUntil");
        assertEq(c.emergencyCategories, before.emergencyCategories, "emergency categories");
        assertEq(c.emergencyUntil, before.emergencyUntil, "emergency end");
    }

    function test_revertWhen_extend_byDelegateOutsideScope() public {
        _grantAs(patient, hospital, labTerms());
        _appoint(guardian, bit(V.LABORATORY));
        uint40 later = labTerms().validUntil + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegateScopeExceeded.selector,
                guardian,
                LAB_AND_IMAGING,
                bit(V.LABORATORY)
            )
        );
        vm.prank(guardian);
        consents.extend(patient, hospital, later);
    }

    function test_revertWhen_extend_byStranger() public {
        _grantAs(patient, hospital, labTerms());
        uint40 later = labTerms().validUntil + 1;
        vm.expectRevert(_notPatientOrDelegate(patient, stranger));
        vm.prank(stranger);
        consents.extend(patient, hospital, later);
    }

    function test_revertWhen_extend_noConsent() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NoConsent.selector, patient, hospital));
        vm.prank(patient);
        consents.extend(patient, hospital, _now() + 1 days);
    }

    function test_revertWhen_extend_notLater() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotLater.selector, t.validUntil, t.validUntil)
        );
        vm.prank(patient);
        consents.extend(patient, hospital, t.validUntil);

        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotLater.selector, t.validUntil, t.validUntil - 1)
        );
        vm.prank(patient);
        consents.extend(patient, hospital, t.validUntil - 1);
    }

    function test_revertWhen_extend_noExpiryConsent() public {
        _grantAs(patient, hospital, _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now(), V.NO_EXPIRY));
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotLater.selector, V.NO_EXPIRY, V.NO_EXPIRY)
        );
        vm.prank(patient);
        consents.extend(patient, hospital, V.NO_EXPIRY);
    }

    function test_revertWhen_extend_duringPause() public {
        _grantAs(patient, hospital, labTerms());
        _pause();
        uint40 later = labTerms().validUntil + 1;
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        vm.prank(patient);
        consents.extend(patient, hospital, later);
    }

    function test_revertWhen_extend_suspendedOrganization() public {
        _grantAs(patient, lab, labTerms());
        _suspend(lab);
        uint40 later = labTerms().validUntil + 1;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, lab));
        vm.prank(patient);
        consents.extend(patient, lab, later);
    }

    function test_revertWhen_extend_newEndNotInFuture() public {
        uint40 from = _now();
        uint40 until = _now() + 1 days;
        _grantAs(patient, hospital, _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, from, until)); // nonce 1
        vm.warp(until + 10 days);
        uint40 nowTs = _now();

        // Later than the lapsed end, but over already: validUntil is exclusive.
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, from, nowTs));
        vm.prank(patient);
        consents.extend(patient, hospital, nowTs);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, from, until + 1)
        );
        vm.prank(patient);
        consents.extend(patient, hospital, until + 1);
        assertEq(consents.consentOf(patient, hospital).validUntil, until, "validUntil unchanged");
        _assertNonce(hospital, 1, "nonce unspent");

        vm.prank(patient);
        consents.extend(patient, hospital, nowTs + 1);
        assertEq(consents.consentOf(patient, hospital).validUntil, nowTs + 1, "validUntil");
        _assertNonce(hospital, 2, "nonce");
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
    }

    function test_revertWhen_extend_notLaterThanLapsedEnd_reportsNotLater() public {
        uint40 until = _now() + 1 days;
        _grantAs(patient, hospital, _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now(), until));
        vm.warp(until + 10 days);

        // Neither later nor in the future: the NotLater check comes first.
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotLater.selector, until, until));
        vm.prank(patient);
        consents.extend(patient, hospital, until);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotLater.selector, until, until - 1));
        vm.prank(patient);
        consents.extend(patient, hospital, until - 1);
    }

    function test_revertWhen_extend_newEndNotInFuture_reportedBeforePauseAndSuspension() public {
        uint40 from = _now();
        uint40 until = _now() + 1 days;
        _grantAs(patient, hospital, _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, from, until));
        vm.warp(until + 10 days);
        uint40 nowTs = _now();
        bytes memory invalidValidity =
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, from, nowTs);

        _pause();
        vm.expectRevert(invalidValidity);
        vm.prank(patient);
        consents.extend(patient, hospital, nowTs);
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        vm.prank(patient);
        consents.extend(patient, hospital, nowTs + 1);

        _suspend(hospital);
        vm.expectRevert(invalidValidity);
        vm.prank(patient);
        consents.extend(patient, hospital, nowTs);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(patient);
        consents.extend(patient, hospital, nowTs + 1);
    }

    function testFuzz_extend_newEndMustBeLaterAndInFuture(uint256 elapsed, uint256 newEndSeed) public {
        uint40 from = _now();
        uint40 until = _now() + 30 days;
        _grantAs(patient, hospital, _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, from, until)); // nonce 1
        _warpBy(bound(elapsed, 0, 60 days));
        uint40 newEnd = SafeCast.toUint40(bound(newEndSeed, from, from + 120 days));

        bool accepted = newEnd > until && newEnd > _now();
        if (newEnd <= until) {
            vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotLater.selector, until, newEnd));
        } else if (newEnd <= _now()) {
            vm.expectRevert(
                abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidValidity.selector, from, newEnd)
            );
        }
        vm.prank(patient);
        consents.extend(patient, hospital, newEnd);

        assertEq(consents.consentOf(patient, hospital).validUntil, accepted ? newEnd : until, "validUntil");
        _assertNonce(hospital, accepted ? 2 : 1, "nonce");
    }

    // ==================================================================== revoke

    function test_revoke_byPatient_clearsConsentBumpsNonceAndEmits() public {
        _grantAs(patient, hospital, labTerms());

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(patient, hospital, patient);
        _revokeAs(patient, hospital);

        _assertNoConsent(hospital);
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce: one for the grant, one for the revocation");
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_revoke_clearsEmergencyAccess() public {
        _grantAs(patient, hospital, labTerms());
        _openEmergency(doctor);
        _revokeAs(patient, hospital);

        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.emergencyCategories, 0, "emergency categories");
        assertEq(c.emergencyUntil, 0, "emergency end");
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_NONE);
    }

    function test_revoke_withNothingToRevoke_bumpsNonceAndEmits() public {
        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(patient, hospital, patient);
        _revokeAs(patient, hospital);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce");
        _revokeAs(patient, hospital);
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce after second revoke");
    }

    function test_revoke_duringPause_succeeds() public {
        _grantAs(patient, hospital, labTerms());
        _pause();
        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(patient, hospital, patient);
        _revokeAs(patient, hospital);
        _assertNoConsent(hospital);
    }

    function test_revoke_suspendedOrganization_succeeds() public {
        _grantAs(patient, lab, labTerms());
        _suspend(lab);
        _revokeAs(patient, lab);
        _assertNoConsent(lab);
        assertEq(consents.nonceOf(patient, lab), 2, "nonce");
    }

    function test_revoke_unknownOrganization_succeeds() public {
        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(patient, 99, patient);
        _revokeAs(patient, 99);
        assertEq(consents.nonceOf(patient, 99), 1, "nonce");
    }

    function test_revoke_byDelegateOutsideScope_succeeds() public {
        _grantAs(patient, hospital, labTerms());
        _appoint(guardian, bit(V.DEMOGRAPHICS));
        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(patient, hospital, guardian);
        _revokeAs(guardian, hospital);
        _assertNoConsent(hospital);
    }

    function test_revoke_leavesOtherOrganizationsAndPatients() public {
        _grantAs(patient, hospital, labTerms());
        _grantAs(patient, lab, labTerms());
        vm.prank(otherPatient);
        consents.grant(otherPatient, hospital, labTerms());

        _revokeAs(patient, hospital);

        _assertTerms(lab, labTerms());
        assertEq(consents.nonceOf(patient, hospital), 2, "revoked organisation's nonce");
        assertEq(consents.nonceOf(patient, lab), 1, "other organisation's nonce: its grant only");
        assertEq(consents.nonceOf(otherPatient, hospital), 1, "other patient's nonce: their grant only");
        (bool allowed,) = consents.checkAccess(otherPatient, hospital, V.LABORATORY, V.TREAT, V.READ);
        assertTrue(allowed, "other patient's consent");
    }

    function test_revertWhen_revoke_byStranger() public {
        _grantAs(patient, hospital, labTerms());
        vm.expectRevert(_notPatientOrDelegate(patient, stranger));
        _revokeAs(stranger, hospital);
    }

    function test_revertWhen_revoke_byPractitionerOfOrganization() public {
        _grantAs(patient, hospital, labTerms());
        vm.expectRevert(_notPatientOrDelegate(patient, doctor));
        _revokeAs(doctor, hospital);
    }

    // ===================================================================== nonce

    /// @dev Every decision of the patient's or a delegate's about an organisation spends exactly
    /// one of that (patient, organisation)'s nonces, and no other's.
    function test_decisions_eachSpendExactlyOneNonce() public {
        _appoint(guardian, V.ALL_CATEGORIES);
        ConsentTerms memory t = labTerms();

        _grantAs(patient, hospital, t);
        _assertNonce(hospital, 1, "grant by patient");
        _grantAs(guardian, hospital, t);
        _assertNonce(hospital, 2, "grant by delegate");

        t.validUntil -= 1; // narrowing must take something away
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
        _assertNonce(hospital, 3, "narrow by patient");
        t.validUntil -= 1;
        vm.prank(guardian);
        consents.narrow(patient, hospital, t);
        _assertNonce(hospital, 4, "narrow by delegate");

        vm.prank(patient);
        consents.extend(patient, hospital, t.validUntil + 1);
        _assertNonce(hospital, 5, "extend by patient");
        vm.prank(guardian);
        consents.extend(patient, hospital, t.validUntil + 2);
        _assertNonce(hospital, 6, "extend by delegate");

        uint64 first = _requestLab();
        vm.prank(patient);
        consents.approveRequest(first);
        _assertNonce(hospital, 7, "approve by patient");
        uint64 second = _requestLab();
        vm.prank(guardian);
        consents.approveRequest(second);
        _assertNonce(hospital, 8, "approve by delegate");

        _revokeAs(patient, hospital);
        _assertNonce(hospital, 9, "revoke by patient");
        _revokeAs(guardian, hospital);
        _assertNonce(hospital, 10, "revoke by delegate");

        _assertNonce(lab, 0, "other organisation's nonce");
        assertEq(consents.nonceOf(otherPatient, hospital), 0, "other patient's nonce");
    }

    /// @dev Requests asked, denied and cancelled, break-glass accesses opened and closed, the
    /// emergency policy and the delegates are not decisions about a consent: they leave the
    /// nonce, so a signature the patient already gave stays good.
    function test_nonce_untouchedByRequestsEmergencyAccessPolicyAndDelegates() public {
        ConsentTerms memory granted = labTerms();
        _grantAs(patient, hospital, granted);
        _assertNonce(hospital, 1, "grant");

        uint64 denied = _requestLab();
        _assertNonce(hospital, 1, "request");
        vm.prank(patient);
        consents.denyRequest(denied);
        _assertNonce(hospital, 1, "deny by patient");
        uint64 cancelled = _requestLab();
        vm.prank(doctor);
        consents.cancelRequest(cancelled);
        _assertNonce(hospital, 1, "cancel");

        _appoint(guardian, bit(V.DEMOGRAPHICS));
        _assertNonce(hospital, 1, "appoint delegate");
        uint64 deniedByDelegate = _requestLab();
        vm.prank(guardian);
        consents.denyRequest(deniedByDelegate);
        _assertNonce(hospital, 1, "deny by delegate");

        _openEmergency(doctor);
        _assertNonce(hospital, 1, "open emergency");
        vm.prank(patient);
        consents.closeEmergencyAccess(patient, hospital);
        _assertNonce(hospital, 1, "close by patient");
        _warpBy(V.EMERGENCY_COOLDOWN); // closed by the patient: a day's wait before re-opening
        _openEmergency(nurse);
        vm.prank(guardian);
        consents.closeEmergencyAccess(patient, hospital);
        _assertNonce(hospital, 1, "close by delegate");
        _warpBy(V.EMERGENCY_WINDOW); // two openings above: a new window for the third and more
        _openEmergency(doctor);
        vm.prank(billing);
        consents.closeEmergencyAccess(patient, hospital);
        _assertNonce(hospital, 1, "close by practitioner");

        _setPolicy(patient, false, bit(V.MENTAL_HEALTH));
        _assertNonce(hospital, 1, "opt in to a restricted category");
        _setPolicy(patient, true, 0);
        _assertNonce(hospital, 1, "opt out");

        vm.prank(patient);
        consents.removeDelegate(patient, guardian);
        _assertNonce(hospital, 1, "remove delegate");
        _assertTerms(hospital, granted);
    }

    /// @dev A nonce that wrapped would make every signature it voided verify again (the issue's
    /// delegate spending it in a loop). At its last value no decision can move past it: the
    /// decisions that grant revert, a revocation still ends access and keeps it there.
    function test_decisions_atMaximumNonce_neverWrap() public {
        ConsentTerms memory t = labTerms();
        uint48 last = type(uint48).max;
        bytes memory overflow = abi.encodeWithSignature("Panic(uint256)", 0x11);

        _setNonce(hospital, last - 1);
        _grantAs(patient, hospital, t);
        _assertNonce(hospital, last, "grant reaches the last nonce");
        _assertTerms(hospital, t);

        vm.expectRevert(overflow);
        _grantAs(patient, hospital, t);
        t.validUntil -= 1; // narrowing must take something away
        vm.expectRevert(overflow);
        vm.prank(patient);
        consents.narrow(patient, hospital, t);
        vm.expectRevert(overflow);
        vm.prank(patient);
        consents.extend(patient, hospital, t.validUntil + 2);
        uint64 id = _requestLab();
        vm.expectRevert(overflow);
        vm.prank(patient);
        consents.approveRequest(id);
        _assertNonce(hospital, last, "nothing moved past the last nonce");

        _revokeAs(patient, hospital);
        _assertNonce(hospital, last, "a revocation keeps the last nonce");
        _assertNoConsent(hospital);
        _revokeAs(patient, hospital);
        _assertNonce(hospital, last, "and can always be made again");
    }

    // ================================================================= delegates

    /// @dev The review's finding: a one-hour delegate scoped to demographics granted a
    /// never-expiring, all-purposes read/write consent. A delegate now creates no access
    /// beyond its delegation: categories, purposes, actions, and an end no later than its own.
    function test_grant_byDelegate_neverBeyondItsDelegation() public {
        uint40 delegationEnds = _now() + 1 hours;
        vm.prank(patient);
        consents.appointDelegate(guardian, bit(V.DEMOGRAPHICS), TREATMENT, READ_ONLY, delegationEnds);
        uint40 nowTs = _now();

        ConsentTerms memory wide = _window(bit(V.DEMOGRAPHICS), V.ALL_PURPOSES, V.ALL_ACTIONS, nowTs, V.NO_EXPIRY);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegatePurposesExceeded.selector, guardian, V.ALL_PURPOSES, TREATMENT
            )
        );
        _grantAs(guardian, hospital, wide);
        wide.purposes = TREATMENT;
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegateActionsExceeded.selector, guardian, V.ALL_ACTIONS, READ_ONLY
            )
        );
        _grantAs(guardian, hospital, wide);
        wide.actions = READ_ONLY;
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegationEndsFirst.selector, guardian, V.NO_EXPIRY, delegationEnds
            )
        );
        _grantAs(guardian, hospital, wide);
        _assertNoConsent(hospital);

        wide.validUntil = delegationEnds;
        _grantAs(guardian, hospital, wide);
        _assertTerms(hospital, wide);
        // The patient is bound by no delegation.
        ConsentTerms memory own = _window(bit(V.DEMOGRAPHICS), V.ALL_PURPOSES, V.ALL_ACTIONS, nowTs, V.NO_EXPIRY);
        _grantAs(patient, hospital, own);
        _assertTerms(hospital, own);
    }

    function test_revertWhen_extend_byDelegate_pastItsDelegationOrBeyondItsScope() public {
        uint40 delegationEnds = _now() + 30 days;
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, TREATMENT, READ_ONLY, delegationEnds);
        ConsentTerms memory t = terms(bit(V.LABORATORY), TREATMENT, READ_ONLY, 10 days);
        _grantAs(patient, hospital, t);

        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegationEndsFirst.selector,
                guardian,
                delegationEnds + 1,
                delegationEnds
            )
        );
        vm.prank(guardian);
        consents.extend(patient, hospital, delegationEnds + 1);
        vm.prank(guardian);
        consents.extend(patient, hospital, delegationEnds);

        // A consent the patient gave wider than the delegation: the delegate may not prolong it.
        _grantAs(patient, hospital, terms(bit(V.LABORATORY), TREATMENT, READ_WRITE, 10 days));
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegateActionsExceeded.selector, guardian, READ_WRITE, READ_ONLY
            )
        );
        vm.prank(guardian);
        consents.extend(patient, hospital, delegationEnds);
    }

    function test_revertWhen_approveRequest_byDelegate_beyondItsDelegation() public {
        // The request asks lab and imaging, treatment, read, for 30 days.
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now() + 1 days);
        uint64 id = _requestLab();
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegationEndsFirst.selector,
                guardian,
                _now() + REQUEST_DURATION,
                _now() + 1 days
            )
        );
        vm.prank(guardian);
        consents.approveRequest(id);
        _assertStatus(id, V.REQUEST_PENDING);

        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now() + 60 days);
        vm.prank(guardian);
        consents.approveRequest(id);
        _assertStatus(id, V.REQUEST_APPROVED);
    }

    /// @dev Narrowing, revoking, denying and closing take access away: any current delegate may.
    function test_delegate_scopedNarrowly_mayStillTakeAccessAway() public {
        _grantAs(patient, hospital, labTerms());
        vm.prank(patient);
        consents.appointDelegate(guardian, bit(V.DEMOGRAPHICS), TREATMENT, READ_ONLY, _now() + 1 hours);
        _revokeAs(guardian, hospital);
        _assertNoConsent(hospital);
    }

    function test_appointDelegate_storesAndEmits() public {
        uint40 expiresAt = _now() + DELEGATION_LIFETIME;
        vm.expectEmit(address(consents));
        emit IConsentRegistry.DelegateAppointed(
            patient, guardian, LAB_AND_IMAGING, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt
        );
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);

        IConsentRegistry.Delegation memory d = consents.delegationOf(patient, guardian);
        assertEq(d.categories, LAB_AND_IMAGING, "categories");
        assertEq(d.purposes, V.ALL_PURPOSES, "purposes");
        assertEq(d.actions, V.ALL_ACTIONS, "actions");
        assertEq(d.expiresAt, expiresAt, "expiresAt");
        assertEq(consents.delegationOf(otherPatient, guardian).expiresAt, 0, "other patient's delegation");
    }

    function test_revertWhen_appointDelegate_noPurposeOrAction() public {
        uint40 expiresAt = _now() + DELEGATION_LIFETIME;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidPurposes.selector, 0));
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, 0, READ_ONLY, expiresAt);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidActions.selector, 4));
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, TREATMENT, 4, expiresAt);
    }

    function test_appointDelegate_again_rescopes() public {
        _appoint(guardian, LAB_AND_IMAGING);
        uint40 expiresAt = _now() + 1 days;
        vm.expectEmit(address(consents));
        emit IConsentRegistry.DelegateAppointed(
            patient, guardian, bit(V.MEDICATIONS), V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt
        );
        vm.prank(patient);
        consents.appointDelegate(guardian, bit(V.MEDICATIONS), V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);

        IConsentRegistry.Delegation memory d = consents.delegationOf(patient, guardian);
        assertEq(d.categories, bit(V.MEDICATIONS), "categories");
        assertEq(d.expiresAt, expiresAt, "expiresAt");
        ConsentTerms memory t = labTerms();
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegateScopeExceeded.selector,
                guardian,
                LAB_AND_IMAGING,
                bit(V.MEDICATIONS)
            )
        );
        _grantAs(guardian, hospital, t);
    }

    function test_revertWhen_appointDelegate_zeroAddress() public {
        uint40 expiresAt = _now() + 1 days;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidDelegate.selector, address(0)));
        vm.prank(patient);
        consents.appointDelegate(address(0), LAB_AND_IMAGING, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);
    }

    function test_revertWhen_appointDelegate_self() public {
        uint40 expiresAt = _now() + 1 days;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidDelegate.selector, patient));
        vm.prank(patient);
        consents.appointDelegate(patient, LAB_AND_IMAGING, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);
    }

    function test_revertWhen_appointDelegate_invalidCategories() public {
        uint40 expiresAt = _now() + 1 days;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, 0));
        vm.prank(patient);
        consents.appointDelegate(guardian, 0, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);

        uint32 outside = bit(V.CATEGORY_COUNT);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, outside));
        vm.prank(patient);
        consents.appointDelegate(guardian, outside, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);
    }

    function test_revertWhen_appointDelegate_expiryNotInFuture() public {
        uint40 nowTs = _now();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidExpiry.selector, nowTs));
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, V.ALL_PURPOSES, V.ALL_ACTIONS, nowTs);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidExpiry.selector, nowTs - 1));
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, V.ALL_PURPOSES, V.ALL_ACTIONS, nowTs - 1);
    }

    function test_revertWhen_appointDelegate_duringPause() public {
        _pause();
        uint40 expiresAt = _now() + 1 days;
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        vm.prank(patient);
        consents.appointDelegate(guardian, LAB_AND_IMAGING, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);
    }

    function test_grant_byDelegateWithinScope_namesDelegateAsActor() public {
        _appoint(guardian, LAB_AND_IMAGING);
        ConsentTerms memory t = labTerms();
        _expectGranted(hospital, guardian, t);
        _grantAs(guardian, hospital, t);
        _assertTerms(hospital, t);
    }

    function test_revertWhen_grant_byDelegateOutsideScope() public {
        _appoint(guardian, LAB_AND_IMAGING);
        uint32 requested = LAB_AND_IMAGING | bit(V.MENTAL_HEALTH);
        ConsentTerms memory t = terms(requested, TREATMENT, READ_ONLY, 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegateScopeExceeded.selector, guardian, requested, LAB_AND_IMAGING
            )
        );
        _grantAs(guardian, hospital, t);
    }

    function test_revertWhen_grant_byDelegateOfAnotherPatient() public {
        _appoint(guardian, LAB_AND_IMAGING);
        ConsentTerms memory t = labTerms();
        vm.expectRevert(_notPatientOrDelegate(otherPatient, guardian));
        vm.prank(guardian);
        consents.grant(otherPatient, hospital, t);
    }

    function test_delegate_actsUntilExpiry() public {
        uint40 expiresAt = _appoint(guardian, LAB_AND_IMAGING);
        vm.warp(expiresAt - 1);
        // Its last second: a consent ending with the delegation, no later.
        ConsentTerms memory t = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now(), expiresAt);
        _grantAs(guardian, hospital, t);
        _assertTerms(hospital, t);

        vm.warp(expiresAt);
        vm.expectRevert(_notPatientOrDelegate(patient, guardian));
        _grantAs(guardian, hospital, t);
        vm.expectRevert(_notPatientOrDelegate(patient, guardian));
        _revokeAs(guardian, hospital);
    }

    function test_removeDelegate_byPatient_endsDelegation() public {
        _appoint(guardian, LAB_AND_IMAGING);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.DelegateRemoved(patient, guardian, patient);
        vm.prank(patient);
        consents.removeDelegate(patient, guardian);

        IConsentRegistry.Delegation memory d = consents.delegationOf(patient, guardian);
        assertEq(d.categories, 0, "categories");
        assertEq(d.expiresAt, 0, "expiresAt");
        ConsentTerms memory t = labTerms();
        vm.expectRevert(_notPatientOrDelegate(patient, guardian));
        _grantAs(guardian, hospital, t);
    }

    function test_removeDelegate_byDelegateSteppingDown_endsDelegation() public {
        _appoint(guardian, LAB_AND_IMAGING);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.DelegateRemoved(patient, guardian, guardian);
        vm.prank(guardian);
        consents.removeDelegate(patient, guardian);
        assertEq(consents.delegationOf(patient, guardian).expiresAt, 0, "expiresAt");
        vm.expectRevert(_notPatientOrDelegate(patient, guardian));
        _revokeAs(guardian, hospital);
    }

    function test_removeDelegate_duringPause_succeeds() public {
        _appoint(guardian, LAB_AND_IMAGING);
        _pause();
        vm.prank(patient);
        consents.removeDelegate(patient, guardian);
        assertEq(consents.delegationOf(patient, guardian).expiresAt, 0, "expiresAt");
    }

    function test_removeDelegate_afterExpiry_succeeds() public {
        uint40 expiresAt = _appoint(guardian, LAB_AND_IMAGING);
        vm.warp(expiresAt + 1);
        vm.prank(patient);
        consents.removeDelegate(patient, guardian);
        assertEq(consents.delegationOf(patient, guardian).categories, 0, "categories");
    }

    function test_revertWhen_removeDelegate_byStranger() public {
        _appoint(guardian, LAB_AND_IMAGING);
        vm.expectRevert(_notPatientOrDelegate(patient, stranger));
        vm.prank(stranger);
        consents.removeDelegate(patient, guardian);
    }

    function test_revertWhen_removeDelegate_notDelegate() public {
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotDelegate.selector, patient, stranger)
        );
        vm.prank(patient);
        consents.removeDelegate(patient, stranger);

        _appoint(guardian, LAB_AND_IMAGING);
        vm.prank(patient);
        consents.removeDelegate(patient, guardian);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotDelegate.selector, patient, guardian)
        );
        vm.prank(patient);
        consents.removeDelegate(patient, guardian);
    }

    // ========================================================== access requests

    function test_requestAccess_byPractitioner_storesPendingRequestAndEmits() public {
        uint40 expiresAt = _now() + V.REQUEST_TTL;
        vm.expectEmit(address(consents));
        emit IConsentRegistry.AccessRequested(
            1,
            patient,
            hospital,
            doctor,
            LAB_AND_IMAGING,
            TREATMENT,
            READ_ONLY,
            REQUEST_DURATION,
            REASON_HASH,
            expiresAt
        );
        uint64 id = _requestLab();

        assertEq(id, 1, "id");
        assertEq(consents.requestCount(), 1, "requestCount");
        IConsentRegistry.AccessRequest memory r = consents.accessRequest(id);
        assertEq(r.patient, patient, "patient");
        assertEq(r.orgId, hospital, "orgId");
        assertEq(r.expiresAt, expiresAt, "expiresAt");
        assertEq(r.status, V.REQUEST_PENDING, "status");
        assertEq(r.purposes, TREATMENT, "purposes");
        assertEq(r.actions, READ_ONLY, "actions");
        assertEq(r.categories, LAB_AND_IMAGING, "categories");
        assertEq(r.duration, REQUEST_DURATION, "duration");
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_requestAccess_idsCountUpAcrossOrganizations() public {
        assertEq(_requestLab(), 1, "first id");
        vm.prank(labTech);
        uint64 second = consents.requestAccess(otherPatient, bit(V.LABORATORY), TREATMENT, READ_WRITE, 1, REASON_HASH);
        assertEq(second, 2, "second id");
        assertEq(consents.requestCount(), 2, "requestCount");
        assertEq(consents.accessRequest(second).orgId, lab, "orgId of the requester");
        assertEq(consents.accessRequest(second).patient, otherPatient, "patient");
    }

    function test_requestAccess_maximumDuration_succeeds() public {
        vm.prank(doctor);
        uint64 id =
            consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, READ_ONLY, V.MAX_REQUEST_DURATION, REASON_HASH);
        assertEq(consents.accessRequest(id).duration, V.MAX_REQUEST_DURATION, "duration");
    }

    function test_revertWhen_requestAccess_zeroPatient() public {
        vm.expectRevert(IConsentRegistry.ConsentRegistry__InvalidPatient.selector);
        vm.prank(doctor);
        consents.requestAccess(address(0), LAB_AND_IMAGING, TREATMENT, READ_ONLY, REQUEST_DURATION, REASON_HASH);
    }

    function test_revertWhen_requestAccess_invalidScope() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, 0));
        vm.prank(doctor);
        consents.requestAccess(patient, 0, TREATMENT, READ_ONLY, REQUEST_DURATION, REASON_HASH);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidPurposes.selector, 0));
        vm.prank(doctor);
        consents.requestAccess(patient, LAB_AND_IMAGING, 0, READ_ONLY, REQUEST_DURATION, REASON_HASH);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidActions.selector, 4));
        vm.prank(doctor);
        consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, 4, REQUEST_DURATION, REASON_HASH);
    }

    function test_revertWhen_requestAccess_invalidDuration() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidDuration.selector, 0));
        vm.prank(doctor);
        consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, READ_ONLY, 0, REASON_HASH);

        uint40 tooLong = V.MAX_REQUEST_DURATION + 1;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidDuration.selector, tooLong));
        vm.prank(doctor);
        consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, READ_ONLY, tooLong, REASON_HASH);
    }

    function test_revertWhen_requestAccess_byNonPractitioner() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, stranger));
        vm.prank(stranger);
        consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, READ_ONLY, REQUEST_DURATION, REASON_HASH);
    }

    function test_revertWhen_requestAccess_byRemovedPractitioner() public {
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, doctor);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, doctor));
        _requestLab();
    }

    function test_revertWhen_requestAccess_fromSuspendedOrganization() public {
        _suspend(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        _requestLab();
    }

    function test_revertWhen_requestAccess_duringPause() public {
        _pause();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _requestLab();
    }

    function test_approveRequest_byPatient_grantsThenEmitsApproved() public {
        ConsentTerms memory granted = _approveByPatientAfterOneDay();
        _assertTerms(hospital, granted);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.WRITE, V.BASIS_NONE);
        vm.warp(granted.validUntil);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
    }

    /// @dev A request made now and approved by the patient a day later; returns the terms it granted.
    function _approveByPatientAfterOneDay() internal returns (ConsentTerms memory granted) {
        uint64 id = _requestLab();
        _warpBy(1 days);
        granted = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now(), _now() + REQUEST_DURATION);

        _expectGranted(hospital, patient, granted);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.AccessRequestApproved(id, patient, hospital, patient);
        vm.prank(patient);
        consents.approveRequest(id);
        _assertStatus(id, V.REQUEST_APPROVED);
    }

    function test_approveRequest_replacesConsentSpendsNonceAndKeepsEmergency() public {
        _revokeAs(patient, hospital); // nonce 1
        _grantAs(patient, hospital, terms(bit(V.MEDICATIONS), V.ALL_PURPOSES, READ_WRITE, 365 days)); // nonce 2
        _openEmergency(nurse);
        Consent memory before = consents.consentOf(patient, hospital);

        _approveByPatientAfterOneDay();

        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.categories, LAB_AND_IMAGING, "categories replaced");
        assertEq(c.nonce, 3, "nonce");
        assertEq(c.emergencyCategories, before.emergencyCategories, "emergency categories");
        assertEq(c.emergencyUntil, before.emergencyUntil, "emergency end");
        _assertAccess(hospital, V.MEDICATIONS, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_approveRequest_byDelegateWithinScope_succeeds() public {
        uint64 id = _requestLab();
        _appoint(guardian, LAB_AND_IMAGING);
        ConsentTerms memory granted = _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, _now(), _now() + REQUEST_DURATION);

        _expectGranted(hospital, guardian, granted);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.AccessRequestApproved(id, patient, hospital, guardian);
        vm.prank(guardian);
        consents.approveRequest(id);
        _assertTerms(hospital, granted);
    }

    function test_revertWhen_approveRequest_byDelegateOutsideScope() public {
        uint64 id = _requestLab();
        _appoint(guardian, bit(V.LABORATORY));
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__DelegateScopeExceeded.selector,
                guardian,
                LAB_AND_IMAGING,
                bit(V.LABORATORY)
            )
        );
        vm.prank(guardian);
        consents.approveRequest(id);
        _assertStatus(id, V.REQUEST_PENDING);
    }

    function test_revertWhen_approveRequest_byStrangerOrRequester() public {
        uint64 id = _requestLab();
        vm.expectRevert(_notPatientOrDelegate(patient, stranger));
        vm.prank(stranger);
        consents.approveRequest(id);
        vm.expectRevert(_notPatientOrDelegate(patient, doctor));
        vm.prank(doctor);
        consents.approveRequest(id);
    }

    function test_revertWhen_approveRequest_unknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__UnknownRequest.selector, 0));
        vm.prank(patient);
        consents.approveRequest(0);
        _requestLab();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__UnknownRequest.selector, 2));
        vm.prank(patient);
        consents.approveRequest(2);
    }

    function test_revertWhen_approveRequest_alreadyApproved() public {
        uint64 id = _requestLab();
        vm.prank(patient);
        consents.approveRequest(id);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__RequestNotPending.selector, id, V.REQUEST_APPROVED)
        );
        vm.prank(patient);
        consents.approveRequest(id);
    }

    function test_approveRequest_justBeforeExpiry_succeeds() public {
        uint64 id = _requestLab();
        vm.warp(consents.accessRequest(id).expiresAt - 1);
        vm.prank(patient);
        consents.approveRequest(id);
        _assertStatus(id, V.REQUEST_APPROVED);
    }

    function test_revertWhen_approveRequest_afterRequestTtl() public {
        uint64 id = _requestLab();
        uint40 expiresAt = _now() + V.REQUEST_TTL;
        vm.warp(expiresAt);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__RequestExpired.selector, id, expiresAt)
        );
        vm.prank(patient);
        consents.approveRequest(id);
        _assertNoConsent(hospital);
    }

    function test_revertWhen_approveRequest_duringPause() public {
        uint64 id = _requestLab();
        _pause();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        vm.prank(patient);
        consents.approveRequest(id);
    }

    function test_revertWhen_approveRequest_organizationSuspended() public {
        uint64 id = _requestLab();
        _suspend(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        vm.prank(patient);
        consents.approveRequest(id);
    }

    function test_denyRequest_byPatient_marksDeniedAndEmits() public {
        uint64 id = _requestLab();
        vm.expectEmit(address(consents));
        emit IConsentRegistry.AccessRequestDenied(id, patient, hospital, patient);
        vm.prank(patient);
        consents.denyRequest(id);

        _assertStatus(id, V.REQUEST_DENIED);
        _assertNoConsent(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__RequestNotPending.selector, id, V.REQUEST_DENIED)
        );
        vm.prank(patient);
        consents.approveRequest(id);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__RequestNotPending.selector, id, V.REQUEST_DENIED)
        );
        vm.prank(patient);
        consents.denyRequest(id);
    }

    function test_denyRequest_byDelegateOutsideScope_succeeds() public {
        uint64 id = _requestLab();
        _appoint(guardian, bit(V.DEMOGRAPHICS));
        vm.expectEmit(address(consents));
        emit IConsentRegistry.AccessRequestDenied(id, patient, hospital, guardian);
        vm.prank(guardian);
        consents.denyRequest(id);
        _assertStatus(id, V.REQUEST_DENIED);
    }

    function test_denyRequest_duringPause_succeeds() public {
        uint64 id = _requestLab();
        _pause();
        vm.prank(patient);
        consents.denyRequest(id);
        _assertStatus(id, V.REQUEST_DENIED);
    }

    function test_denyRequest_afterRequestTtl_recordsDecision() public {
        uint64 id = _requestLab();
        _warpBy(V.REQUEST_TTL);
        vm.prank(patient);
        consents.denyRequest(id);
        _assertStatus(id, V.REQUEST_DENIED);
    }

    function test_revertWhen_denyRequest_byStranger() public {
        uint64 id = _requestLab();
        vm.expectRevert(_notPatientOrDelegate(patient, stranger));
        vm.prank(stranger);
        consents.denyRequest(id);
    }

    function test_revertWhen_denyRequest_unknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__UnknownRequest.selector, 5));
        vm.prank(patient);
        consents.denyRequest(5);
    }

    function test_cancelRequest_byRequester_marksCancelledAndEmits() public {
        uint64 id = _requestLab();
        vm.expectEmit(address(consents));
        emit IConsentRegistry.AccessRequestCancelled(id, patient, hospital, doctor);
        vm.prank(doctor);
        consents.cancelRequest(id);

        _assertStatus(id, V.REQUEST_CANCELLED);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__RequestNotPending.selector, id, V.REQUEST_CANCELLED
            )
        );
        vm.prank(patient);
        consents.approveRequest(id);
    }

    function test_cancelRequest_byColleague_succeeds() public {
        uint64 id = _requestLab();
        vm.expectEmit(address(consents));
        emit IConsentRegistry.AccessRequestCancelled(id, patient, hospital, billing);
        vm.prank(billing);
        consents.cancelRequest(id);
        _assertStatus(id, V.REQUEST_CANCELLED);
    }

    function test_cancelRequest_duringPauseAndSuspension_succeeds() public {
        uint64 id = _requestLab();
        _pause();
        _suspend(hospital);
        vm.prank(doctor);
        consents.cancelRequest(id);
        _assertStatus(id, V.REQUEST_CANCELLED);
    }

    function test_revertWhen_cancelRequest_byOtherOrganizationOrPatient() public {
        uint64 id = _requestLab();
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotOfOrganization.selector, labTech, hospital)
        );
        vm.prank(labTech);
        consents.cancelRequest(id);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotOfOrganization.selector, patient, hospital)
        );
        vm.prank(patient);
        consents.cancelRequest(id);
        _assertStatus(id, V.REQUEST_PENDING);
    }

    function test_revertWhen_cancelRequest_afterApproval() public {
        uint64 id = _requestLab();
        vm.prank(patient);
        consents.approveRequest(id);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__RequestNotPending.selector, id, V.REQUEST_APPROVED)
        );
        vm.prank(doctor);
        consents.cancelRequest(id);
    }

    function test_revertWhen_cancelRequest_unknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__UnknownRequest.selector, 1));
        vm.prank(doctor);
        consents.cancelRequest(1);
    }

    // =============================================================== break-glass

    function test_openEmergencyAccess_byPhysician_opensStandardCategoriesAndEmits() public {
        uint40 expiresAt = _now() + V.EMERGENCY_DURATION;
        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyAccessOpened(
            patient,
            hospital,
            doctor,
            V.EMERGENCY_LIFE_THREATENING,
            JUSTIFICATION_HASH,
            V.STANDARD_CATEGORIES,
            expiresAt
        );
        _openEmergency(doctor);

        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.emergencyCategories, V.STANDARD_CATEGORIES, "emergency categories");
        assertEq(c.emergencyUntil, expiresAt, "emergency end");
        assertEq(c.categories, 0, "no consent terms");
        for (uint8 category = 0; category < V.CATEGORY_COUNT; ++category) {
            uint8 expected = category < V.MENTAL_HEALTH ? V.BASIS_EMERGENCY : V.BASIS_NONE;
            _assertAccess(hospital, category, V.ETREAT, V.READ, expected);
            _assertAccess(hospital, category, V.ETREAT, V.WRITE, expected);
        }
    }

    function test_openEmergencyAccess_servesEmergencyTreatmentOnly() public {
        _openEmergency(doctor);
        for (uint8 purpose = 0; purpose < V.PURPOSE_COUNT; ++purpose) {
            uint8 expected = purpose == V.ETREAT ? V.BASIS_EMERGENCY : V.BASIS_NONE;
            _assertAccess(hospital, V.MEDICATIONS, purpose, V.READ, expected);
        }
        _assertAccess(lab, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_NONE);
        (bool allowed,) = consents.checkAccess(otherPatient, hospital, V.MEDICATIONS, V.ETREAT, V.READ);
        assertFalse(allowed, "other patient");
    }

    function test_openEmergencyAccess_byNurse_succeeds() public {
        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyAccessOpened(
            patient,
            hospital,
            nurse,
            V.EMERGENCY_LIFE_THREATENING,
            JUSTIFICATION_HASH,
            V.STANDARD_CATEGORIES,
            _now() + V.EMERGENCY_DURATION
        );
        _openEmergency(nurse);
        _assertAccess(hospital, V.ALLERGIES, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_openEmergencyAccess_restrictedCategoryOpenWhenPatientOptedIn() public {
        _setPolicy(patient, false, bit(V.MENTAL_HEALTH) | bit(V.HIV_STI));
        uint32 opened = V.STANDARD_CATEGORIES | bit(V.MENTAL_HEALTH) | bit(V.HIV_STI);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyAccessOpened(
            patient,
            hospital,
            doctor,
            V.EMERGENCY_LIFE_THREATENING,
            JUSTIFICATION_HASH,
            opened,
            _now() + V.EMERGENCY_DURATION
        );
        _openEmergency(doctor);

        assertEq(consents.consentOf(patient, hospital).emergencyCategories, opened, "emergency categories");
        _assertAccess(hospital, V.MENTAL_HEALTH, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
        _assertAccess(hospital, V.HIV_STI, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
        _assertAccess(hospital, V.SUBSTANCE_USE, V.ETREAT, V.READ, V.BASIS_NONE);
        _assertAccess(hospital, V.GENOMICS, V.ETREAT, V.READ, V.BASIS_NONE);
    }

    function test_openEmergencyAccess_keepsCategoriesWhenPolicyNarrows() public {
        _setPolicy(patient, false, bit(V.GENOMICS) | bit(V.HIV_STI));
        _openEmergency(doctor);
        _setPolicy(patient, false, bit(V.GENOMICS));
        _assertAccess(hospital, V.HIV_STI, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
        _assertAccess(hospital, V.VITAL_SIGNS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_setEmergencyPolicy_optOut_endsOpenAccessAtOnceAndForGood() public {
        _setPolicy(patient, false, bit(V.GENOMICS));
        _openEmergency(doctor);
        _assertAccess(hospital, V.GENOMICS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);

        _setPolicy(patient, true, 0);
        _assertAccess(hospital, V.GENOMICS, V.ETREAT, V.READ, V.BASIS_NONE);
        _assertAccess(hospital, V.VITAL_SIGNS, V.ETREAT, V.WRITE, V.BASIS_NONE);
        (, bytes32 word) = consents.actingContext(doctor, patient, false, V.TREAT);
        assertEq(AccessRules.unpack(word).emergencyUntil, 0, "the record registry sees it ended too");

        // Opting in again, within the old access's 24 hours, does not bring it back.
        _warpBy(1 hours);
        _setPolicy(patient, false, bit(V.GENOMICS));
        _assertAccess(hospital, V.VITAL_SIGNS, V.ETREAT, V.READ, V.BASIS_NONE);
        // A new emergency opens a new access, which counts.
        _openEmergency(nurse);
        _assertAccess(hospital, V.VITAL_SIGNS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    /// @dev An access opened in the second of an opt-out cannot be told from one opened before it.
    function test_revertWhen_openEmergencyAccess_inTheSecondOfAnOptOutOrWithdrawal() public {
        _setPolicy(patient, true, 0);
        _setPolicy(patient, false, 0);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__EmergencyOptedOut.selector, patient));
        _openEmergency(doctor);
        _warpBy(1);
        vm.startPrank(authority);
        orgs.setEmergencyCapable(hospital, false);
        orgs.setEmergencyCapable(hospital, true);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotEmergencyCapable.selector, hospital)
        );
        _openEmergency(doctor);
        _warpBy(1);
        _openEmergency(doctor);
        _assertAccess(hospital, V.ALLERGIES, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_setEmergencyCapable_withdrawn_endsOpenAccessAtOnceAndForGood() public {
        _openEmergency(doctor);
        _assertAccess(hospital, V.ALLERGIES, V.ETREAT, V.READ, V.BASIS_EMERGENCY);

        _warpBy(1 hours);
        vm.prank(authority);
        orgs.setEmergencyCapable(hospital, false);
        assertEq(consents.emergencyWithdrawnAt(hospital), _now(), "withdrawal time");
        _assertAccess(hospital, V.ALLERGIES, V.ETREAT, V.READ, V.BASIS_NONE);

        _warpBy(1 hours);
        vm.prank(authority);
        orgs.setEmergencyCapable(hospital, true);
        _assertAccess(hospital, V.ALLERGIES, V.ETREAT, V.READ, V.BASIS_NONE);
        _openEmergency(doctor);
        _assertAccess(hospital, V.ALLERGIES, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_emergencyAccess_expiresAfterEmergencyDuration() public {
        uint40 openedAt = _now();
        _openEmergency(doctor);
        vm.warp(openedAt + V.EMERGENCY_DURATION - 1);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
        vm.warp(openedAt + V.EMERGENCY_DURATION);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_NONE);
    }

    function test_revertWhen_openEmergencyAccess_alreadyOpen() public {
        _openEmergency(doctor);
        uint40 expiresAt = _now() + V.EMERGENCY_DURATION;
        _warpBy(V.EMERGENCY_DURATION - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__EmergencyAccessOpen.selector, patient, hospital, expiresAt
            )
        );
        _openEmergency(nurse);
        assertEq(consents.consentOf(patient, hospital).emergencyUntil, expiresAt, "the clock did not restart");
        vm.warp(expiresAt);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_NONE);
        _openEmergency(nurse);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    /// @dev The review's attack: a nurse kept access for 90 days by re-opening every 23 hours,
    /// and again in the block the patient closed it. Now at most three openings (72 hours) in
    /// any 30 days, and none for a day after the patient closed one.
    function test_openEmergencyAccess_boundedPerPatientAndOrganization() public {
        uint40 start = _now();
        uint256 hoursOpen;
        uint256 openings;
        for (uint256 hour = 0; hour < 90 * 24; ++hour) {
            vm.warp(start + hour * 1 hours);
            if (_emergencyOpen()) ++hoursOpen;
            vm.prank(nurse);
            try consents.openEmergencyAccess(patient, V.EMERGENCY_OTHER, JUSTIFICATION_HASH) {
                ++openings;
                ++hoursOpen;
            } catch {}
        }
        // 90 days hold three 30-day windows: three openings in each, 24 hours each.
        assertEq(openings, 9, "openings in 90 days");
        assertLe(hoursOpen, 9 * 24 + 9, "hours open in 90 days");
    }

    function test_revertWhen_openEmergencyAccess_fourthWithinTheWindow() public {
        uint40 first = _now();
        for (uint256 i = 0; i < V.EMERGENCY_MAX_OPENINGS; ++i) {
            _openEmergency(doctor);
            _warpBy(V.EMERGENCY_DURATION);
        }
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__EmergencyLimitReached.selector,
                patient,
                hospital,
                first + V.EMERGENCY_WINDOW
            )
        );
        _openEmergency(doctor);
        // Another organisation, another patient: their own bounds.
        (bool allowed,) = consents.checkAccess(otherPatient, hospital, V.MEDICATIONS, V.ETREAT, V.READ);
        assertFalse(allowed, "other patient closed");
        vm.prank(doctor);
        consents.openEmergencyAccess(otherPatient, V.EMERGENCY_OTHER, JUSTIFICATION_HASH);

        vm.warp(first + V.EMERGENCY_WINDOW - 1);
        vm.expectRevert();
        _openEmergency(doctor);
        vm.warp(first + V.EMERGENCY_WINDOW);
        _openEmergency(doctor);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_revertWhen_openEmergencyAccess_rightAfterPatientClosedIt() public {
        _openEmergency(doctor);
        vm.prank(patient);
        consents.closeEmergencyAccess(patient, hospital);
        uint40 availableAt = _now() + V.EMERGENCY_COOLDOWN;
        assertEq(consents.emergencyLedgerOf(patient, hospital).closedByPatientAt, _now(), "closed at");
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__EmergencyClosedByPatient.selector, patient, hospital, availableAt
            )
        );
        _openEmergency(nurse);
        vm.warp(availableAt - 1);
        vm.expectRevert();
        _openEmergency(nurse);
        vm.warp(availableAt);
        _openEmergency(nurse);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_openEmergencyAccess_afterOwnStaffClosedIt_succeeds() public {
        _openEmergency(doctor);
        vm.prank(nurse);
        consents.closeEmergencyAccess(patient, hospital);
        assertEq(consents.emergencyLedgerOf(patient, hospital).closedByPatientAt, 0, "no wait");
        _openEmergency(doctor);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function _emergencyOpen() internal view returns (bool allowed) {
        (allowed,) = consents.checkAccess(patient, hospital, V.MEDICATIONS, V.ETREAT, V.READ);
    }

    function test_revertWhen_openEmergencyAccess_byBillingOfficer() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__NotClinicalRole.selector, billing, V.ROLE_BILLING_OFFICER
            )
        );
        _openEmergency(billing);
    }

    function test_revertWhen_openEmergencyAccess_fromLaboratory() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotEmergencyCapable.selector, lab));
        _openEmergency(labTech);
    }

    function test_revertWhen_openEmergencyAccess_fromClinic() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotEmergencyCapable.selector, clinic));
        _openEmergency(clinicDoctor);
    }

    function test_revertWhen_openEmergencyAccess_capabilityWithdrawn() public {
        vm.prank(authority);
        orgs.setEmergencyCapable(hospital, false);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotEmergencyCapable.selector, hospital)
        );
        _openEmergency(doctor);
    }

    function test_revertWhen_openEmergencyAccess_patientOptedOut() public {
        _setPolicy(patient, true, 0);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__EmergencyOptedOut.selector, patient));
        _openEmergency(doctor);
    }

    function testFuzz_revertWhen_openEmergencyAccess_invalidReason(uint8 reasonCode) public {
        vm.assume(reasonCode == 0 || reasonCode > V.EMERGENCY_REASON_MAX);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidReason.selector, reasonCode));
        vm.prank(doctor);
        consents.openEmergencyAccess(patient, reasonCode, JUSTIFICATION_HASH);
    }

    function test_openEmergencyAccess_everyReasonCode_succeeds() public {
        for (uint8 reasonCode = 1; reasonCode <= V.EMERGENCY_REASON_MAX; ++reasonCode) {
            // One access at a time, three in a window: each reason in a window of its own.
            _warpBy(V.EMERGENCY_WINDOW);
            vm.expectEmit(address(consents));
            emit IConsentRegistry.EmergencyAccessOpened(
                patient,
                hospital,
                doctor,
                reasonCode,
                JUSTIFICATION_HASH,
                V.STANDARD_CATEGORIES,
                _now() + V.EMERGENCY_DURATION
            );
            vm.prank(doctor);
            consents.openEmergencyAccess(patient, reasonCode, JUSTIFICATION_HASH);
        }
    }

    function test_revertWhen_openEmergencyAccess_zeroPatient() public {
        vm.expectRevert(IConsentRegistry.ConsentRegistry__InvalidPatient.selector);
        vm.prank(doctor);
        consents.openEmergencyAccess(address(0), V.EMERGENCY_OTHER, JUSTIFICATION_HASH);
    }

    function test_revertWhen_openEmergencyAccess_duringPause() public {
        _pause();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _openEmergency(doctor);
    }

    function test_revertWhen_openEmergencyAccess_byNonPractitioner() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, stranger));
        _openEmergency(stranger);
    }

    function test_revertWhen_openEmergencyAccess_suspendedOrganization() public {
        _suspend(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        _openEmergency(doctor);
    }

    function test_closeEmergencyAccess_byPatient_closesAndEmits() public {
        ConsentTerms memory t = labTerms();
        _grantAs(patient, hospital, t);
        _openEmergency(doctor);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyAccessClosed(patient, hospital, patient);
        vm.prank(patient);
        consents.closeEmergencyAccess(patient, hospital);

        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.emergencyCategories, 0, "emergency categories");
        assertEq(c.emergencyUntil, 0, "emergency end");
        _assertTerms(hospital, t);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_NONE);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
    }

    function test_closeEmergencyAccess_byDelegateOutsideScope_succeeds() public {
        _openEmergency(doctor);
        _appoint(guardian, bit(V.DEMOGRAPHICS));
        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyAccessClosed(patient, hospital, guardian);
        vm.prank(guardian);
        consents.closeEmergencyAccess(patient, hospital);
        assertEq(consents.consentOf(patient, hospital).emergencyUntil, 0, "emergency end");
    }

    function test_closeEmergencyAccess_byPractitionerOfOrganization_succeeds() public {
        _openEmergency(doctor);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyAccessClosed(patient, hospital, billing);
        vm.prank(billing);
        consents.closeEmergencyAccess(patient, hospital);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_NONE);
    }

    function test_closeEmergencyAccess_duringPauseAndSuspension_succeeds() public {
        _openEmergency(doctor);
        _pause();
        _suspend(hospital);
        vm.prank(nurse);
        consents.closeEmergencyAccess(patient, hospital);
        assertEq(consents.consentOf(patient, hospital).emergencyUntil, 0, "emergency end");
    }

    function test_revertWhen_closeEmergencyAccess_byStrangerOrOtherOrganization() public {
        _openEmergency(doctor);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotOfOrganization.selector, stranger, hospital)
        );
        vm.prank(stranger);
        consents.closeEmergencyAccess(patient, hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotOfOrganization.selector, labTech, hospital)
        );
        vm.prank(labTech);
        consents.closeEmergencyAccess(patient, hospital);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_revertWhen_closeEmergencyAccess_byExpiredDelegate() public {
        uint40 expiresAt = _appoint(guardian, V.ALL_CATEGORIES);
        vm.warp(expiresAt);
        _openEmergency(doctor);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotOfOrganization.selector, guardian, hospital)
        );
        vm.prank(guardian);
        consents.closeEmergencyAccess(patient, hospital);
    }

    function test_revertWhen_closeEmergencyAccess_noneOpen() public {
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NoEmergencyAccess.selector, patient, hospital)
        );
        vm.prank(patient);
        consents.closeEmergencyAccess(patient, hospital);
    }

    function test_revertWhen_closeEmergencyAccess_afterExpiry() public {
        _openEmergency(doctor);
        _warpBy(V.EMERGENCY_DURATION);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NoEmergencyAccess.selector, patient, hospital)
        );
        vm.prank(patient);
        consents.closeEmergencyAccess(patient, hospital);
    }

    /// @dev Organisation 0 is no organisation: an account without a membership (orgId 0) is not
    /// "of" it, so only the patient or a current delegate gets past the caller check.
    function test_revertWhen_closeEmergencyAccess_organizationZero_byNeitherPatientNorDelegate() public {
        _openEmergency(doctor);
        uint40 delegationEnd = _appoint(guardian, V.ALL_CATEGORIES);
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, nurse);

        address[4] memory callers = [stranger, relayer, nurse, doctor];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(_notOfOrganization(callers[i], 0));
            vm.prank(callers[i]);
            consents.closeEmergencyAccess(patient, 0);
        }
        vm.expectRevert(_notOfOrganization(stranger, 0));
        vm.prank(stranger);
        consents.closeEmergencyAccess(otherPatient, 0);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);

        vm.warp(delegationEnd);
        vm.expectRevert(_notOfOrganization(guardian, 0));
        vm.prank(guardian);
        consents.closeEmergencyAccess(patient, 0);
    }

    function test_revertWhen_closeEmergencyAccess_organizationZero_byPatientOrDelegate_noneOpen() public {
        _appoint(guardian, bit(V.DEMOGRAPHICS));
        bytes memory noneOpen =
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NoEmergencyAccess.selector, patient, 0);
        vm.expectRevert(noneOpen);
        vm.prank(patient);
        consents.closeEmergencyAccess(patient, 0);
        vm.expectRevert(noneOpen);
        vm.prank(guardian);
        consents.closeEmergencyAccess(patient, 0);
    }

    // ========================================================== emergency policy

    function test_setEmergencyPolicy_storesAndEmits() public {
        uint32 restricted = bit(V.SUBSTANCE_USE) | bit(V.GENOMICS);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyPolicySet(patient, false, restricted);
        _setPolicy(patient, false, restricted);

        IConsentRegistry.EmergencyPolicy memory policy = consents.emergencyPolicyOf(patient);
        assertFalse(policy.optedOut, "optedOut");
        assertEq(policy.restrictedCategories, restricted, "restricted");
        assertEq(consents.emergencyPolicyOf(otherPatient).restrictedCategories, 0, "other patient");

        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyPolicySet(patient, true, 0);
        _setPolicy(patient, true, 0);
        assertTrue(consents.emergencyPolicyOf(patient).optedOut, "optedOut after opting out");
    }

    function test_revertWhen_setEmergencyPolicy_standardCategory() public {
        uint32 categories = bit(V.MENTAL_HEALTH) | bit(V.LABORATORY);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, categories)
        );
        _setPolicy(patient, false, categories);
    }

    function testFuzz_revertWhen_setEmergencyPolicy_nonRestrictedBits(bool optedOut, uint32 categories) public {
        vm.assume(categories & ~V.RESTRICTED_CATEGORIES != 0);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, categories)
        );
        _setPolicy(patient, optedOut, categories);
    }

    function test_revertWhen_setEmergencyPolicy_optInDuringPause() public {
        _setPolicy(patient, false, bit(V.MENTAL_HEALTH));
        _pause();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _setPolicy(patient, false, bit(V.MENTAL_HEALTH) | bit(V.GENOMICS));
    }

    function test_revertWhen_setEmergencyPolicy_optBackInDuringPause() public {
        _setPolicy(patient, true, 0);
        _pause();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _setPolicy(patient, false, 0);
    }

    function test_setEmergencyPolicy_narrowingDuringPause_succeeds() public {
        _setPolicy(patient, false, bit(V.MENTAL_HEALTH) | bit(V.GENOMICS));
        _pause();

        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyPolicySet(patient, false, bit(V.GENOMICS));
        _setPolicy(patient, false, bit(V.GENOMICS));

        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyPolicySet(patient, true, bit(V.GENOMICS));
        _setPolicy(patient, true, bit(V.GENOMICS));

        _setPolicy(patient, true, bit(V.GENOMICS)); // no change at all is not a widening
        IConsentRegistry.EmergencyPolicy memory policy = consents.emergencyPolicyOf(patient);
        assertTrue(policy.optedOut, "optedOut");
        assertEq(policy.restrictedCategories, bit(V.GENOMICS), "restricted");
    }

    function test_setEmergencyPolicy_optedOutAddingCategoriesDuringPause_succeeds() public {
        _setPolicy(patient, false, bit(V.MENTAL_HEALTH));
        _pause();

        // An opted-out policy opens nothing, whatever restricted categories it lists.
        uint32 more = bit(V.MENTAL_HEALTH) | bit(V.GENOMICS);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyPolicySet(patient, true, more);
        _setPolicy(patient, true, more);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.EmergencyPolicySet(patient, true, V.RESTRICTED_CATEGORIES);
        _setPolicy(patient, true, V.RESTRICTED_CATEGORIES);
        IConsentRegistry.EmergencyPolicy memory policy = consents.emergencyPolicyOf(patient);
        assertTrue(policy.optedOut, "optedOut");
        assertEq(policy.restrictedCategories, V.RESTRICTED_CATEGORIES, "restricted");

        // Opting back in is a widening, even to fewer categories than before the pause.
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _setPolicy(patient, false, 0);
        assertTrue(consents.emergencyPolicyOf(patient).optedOut, "still opted out");
    }

    function testFuzz_setEmergencyPolicy_duringPause_refusedOnlyWhenWidening(
        bool currentOptedOut,
        uint32 currentRestricted,
        bool nextOptedOut,
        uint32 nextRestricted
    ) public {
        currentRestricted &= V.RESTRICTED_CATEGORIES;
        nextRestricted &= V.RESTRICTED_CATEGORIES;
        _setPolicy(patient, currentOptedOut, currentRestricted);
        _pause();

        // An opted-out policy opens nothing, so it never widens, whatever categories it lists.
        bool widens = !nextOptedOut && (currentOptedOut || nextRestricted & ~currentRestricted != 0);
        if (widens) vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _setPolicy(patient, nextOptedOut, nextRestricted);

        IConsentRegistry.EmergencyPolicy memory policy = consents.emergencyPolicyOf(patient);
        assertEq(policy.optedOut, widens ? currentOptedOut : nextOptedOut, "optedOut");
        assertEq(policy.restrictedCategories, widens ? currentRestricted : nextRestricted, "restricted");
    }

    // =============================================================== checkAccess

    function test_checkAccess_noConsent_returnsNone() public view {
        _assertAccess(hospital, V.DEMOGRAPHICS, V.TREAT, V.READ, V.BASIS_NONE);
        _assertAccess(99, V.DEMOGRAPHICS, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_checkAccess_windowBoundaries() public {
        uint40 from = _now() + 1 days;
        uint40 until = _now() + 2 days;
        _grantAs(patient, hospital, _window(LAB_AND_IMAGING, TREATMENT, READ_ONLY, from, until));

        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
        vm.warp(from - 1);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
        vm.warp(from);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        vm.warp(until - 1);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        vm.warp(until);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
    }

    function test_checkAccess_purposeAndActionMustMatch() public {
        _grantAs(patient, hospital, terms(LAB_AND_IMAGING, TREATMENT, READ_ONLY, 365 days));
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.WRITE, V.BASIS_NONE);
        _assertAccess(hospital, V.LABORATORY, V.HRESCH, V.READ, V.BASIS_NONE);
        _assertAccess(hospital, V.LABORATORY, V.ETREAT, V.READ, V.BASIS_NONE);
    }

    function test_checkAccess_consentBasisWinsOverEmergency() public {
        uint8 treatAndEmergency = TREATMENT | uint8(1) << V.ETREAT;
        _grantAs(patient, hospital, terms(bit(V.LABORATORY), treatAndEmergency, READ_ONLY, 365 days));
        _openEmergency(doctor);
        _assertAccess(hospital, V.LABORATORY, V.ETREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.LABORATORY, V.ETREAT, V.WRITE, V.BASIS_EMERGENCY);
        _assertAccess(hospital, V.IMAGING, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_checkAccess_suspendedOrganization_returnsNone() public {
        _grantAs(patient, hospital, labTerms());
        _openEmergency(doctor);
        _suspend(hospital);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_NONE);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_NONE);

        vm.prank(authority);
        orgs.reinstate(hospital);
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function test_checkAccess_duringPause_unchanged() public {
        _grantAs(patient, hospital, labTerms());
        _openEmergency(doctor);
        _pause();
        _assertAccess(hospital, V.LABORATORY, V.TREAT, V.READ, V.BASIS_CONSENT);
        _assertAccess(hospital, V.MEDICATIONS, V.ETREAT, V.READ, V.BASIS_EMERGENCY);
    }

    function testFuzz_revertWhen_checkAccess_invalidCategory(uint8 category) public {
        category = SafeCast.toUint8(bound(category, V.CATEGORY_COUNT, type(uint8).max));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategory.selector, category));
        consents.checkAccess(patient, hospital, category, V.TREAT, V.READ);
    }

    function testFuzz_revertWhen_checkAccess_invalidPurpose(uint8 purpose) public {
        purpose = SafeCast.toUint8(bound(purpose, V.PURPOSE_COUNT, type(uint8).max));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidPurpose.selector, purpose));
        consents.checkAccess(patient, hospital, V.LABORATORY, purpose, V.READ);
    }

    function testFuzz_revertWhen_checkAccess_invalidAction(uint8 action) public {
        action = SafeCast.toUint8(bound(action, V.ACTION_COUNT, type(uint8).max));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidAction.selector, action));
        consents.checkAccess(patient, hospital, V.LABORATORY, V.TREAT, action);
    }

    /// @dev The access rule restated from the interface's NatSpec, against random consents,
    /// break-glass accesses and times.
    function testFuzz_checkAccess_matchesAccessRule(
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint256 startSeed,
        uint256 lengthSeed,
        bool emergency,
        uint256 elapsed,
        uint8 category,
        uint8 purpose,
        uint8 action
    ) public {
        ConsentTerms memory t;
        t.categories = SafeCast.toUint32(bound(categories, 1, V.ALL_CATEGORIES));
        t.purposes = SafeCast.toUint8(bound(purposes, 1, V.ALL_PURPOSES));
        t.actions = SafeCast.toUint8(bound(actions, 1, V.ALL_ACTIONS));
        t.validFrom =
            SafeCast.toUint40(bound(startSeed, vm.getBlockTimestamp() - 30 days, vm.getBlockTimestamp() + 30 days));
        uint256 earliestEnd = (t.validFrom > _now() ? t.validFrom : _now()) + 1;
        t.validUntil = SafeCast.toUint40(bound(lengthSeed, earliestEnd, earliestEnd + 30 days));
        _grantAs(patient, hospital, t);
        uint256 emergencyUntil;
        if (emergency) {
            _openEmergency(doctor);
            emergencyUntil = vm.getBlockTimestamp() + V.EMERGENCY_DURATION;
        }
        _warpBy(bound(elapsed, 0, 70 days));
        category = SafeCast.toUint8(bound(category, 0, V.CATEGORY_COUNT - 1));
        purpose = SafeCast.toUint8(bound(purpose, 0, V.PURPOSE_COUNT - 1));
        action = SafeCast.toUint8(bound(action, 0, V.ACTION_COUNT - 1));

        uint256 time = vm.getBlockTimestamp();
        bool byConsent = t.categories & bit(category) != 0 && t.purposes & (uint8(1) << purpose) != 0
            && t.actions & (uint8(1) << action) != 0 && t.validFrom <= time && time < t.validUntil;
        bool byEmergency = purpose == V.ETREAT && category < V.MENTAL_HEALTH && time < emergencyUntil;
        uint8 expected = byConsent ? V.BASIS_CONSENT : byEmergency ? V.BASIS_EMERGENCY : V.BASIS_NONE;
        _assertAccess(hospital, category, purpose, action, expected);
    }

    // ===================================================================== views

    function test_organizations_isTheCreatingRegistry() public view {
        assertEq(consents.organizations(), address(orgs), "organizations");
    }

    function test_organizationFacts_mirrorTheOrganizationRegistry() public {
        Practitioner memory member = consents.practitionerOf(nurse);
        assertEq(member.orgId, hospital, "orgId");
        assertEq(member.role, V.ROLE_NURSE, "role");
        assertEq(member.since, _now(), "since");
        assertEq(consents.practitionerOf(stranger).orgId, 0, "stranger");

        OrganizationStatus memory status = consents.organizationStatus(hospital);
        assertTrue(status.accredited, "accredited");
        assertFalse(status.suspended, "suspended");
        assertTrue(status.emergencyCapable, "emergencyCapable");
        assertFalse(consents.organizationStatus(lab).emergencyCapable, "lab emergencyCapable");
        assertFalse(consents.organizationStatus(99).accredited, "unknown accredited");

        assertTrue(consents.isActive(hospital), "hospital active");
        assertFalse(consents.isActive(99), "unknown active");
        _suspend(hospital);
        assertFalse(consents.isActive(hospital), "suspended active");
        assertTrue(consents.organizationStatus(hospital).suspended, "suspended");

        assertFalse(consents.paused(), "paused before");
        _pause();
        assertTrue(consents.paused(), "paused");
    }

    function test_requireActivePractitioner_returnsMembership() public {
        Practitioner memory member = consents.requireActivePractitioner(doctor, true);
        assertEq(member.orgId, hospital, "orgId");
        assertEq(member.role, V.ROLE_PHYSICIAN, "role");

        _pause();
        assertEq(consents.requireActivePractitioner(doctor, false).orgId, hospital, "reads stay open");
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        consents.requireActivePractitioner(doctor, true);
    }

    function test_revertWhen_requireActivePractitioner_notActive() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, stranger));
        consents.requireActivePractitioner(stranger, false);
        _suspend(lab);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, lab));
        consents.requireActivePractitioner(labTech, false);
    }

    function test_actingContext_returnsOrganizationAndRawConsentSlot() public {
        _revokeAs(patient, hospital); // nonce 1
        _grantAs(patient, hospital, labTerms()); // nonce 2
        _openEmergency(doctor);

        (uint32 orgId, bytes32 word) = consents.actingContext(nurse, patient, true, V.TREAT);
        assertEq(orgId, hospital, "orgId");
        Consent memory unpacked = AccessRules.unpack(word);
        Consent memory stored = consents.consentOf(patient, hospital);
        assertEq(keccak256(abi.encode(unpacked)), keccak256(abi.encode(stored)), "unpacked slot");
        assertEq(unpacked.nonce, 2, "nonce");
        assertEq(unpacked.emergencyCategories, V.STANDARD_CATEGORIES, "emergency categories");

        (, bytes32 none) = consents.actingContext(nurse, otherPatient, false, V.TREAT);
        assertEq(none, bytes32(0), "no consent");
    }

    function test_revertWhen_actingContext_inactive() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotPractitioner.selector, stranger));
        consents.actingContext(stranger, patient, false, V.TREAT);

        _pause();
        consents.actingContext(doctor, patient, false, V.TREAT);
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        consents.actingContext(doctor, patient, true, V.TREAT);

        _suspend(hospital);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        consents.actingContext(doctor, patient, false, V.TREAT);
    }

    function test_revertWhen_organizationFacts_writtenByOtherThanRegistry() public {
        bytes memory expected =
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OnlyOrganizationRegistry.selector, stranger);
        vm.startPrank(stranger);
        vm.expectRevert(expected);
        consents.setOrganizationStatus(
            99, OrganizationStatus({accredited: true, suspended: false, emergencyCapable: true})
        );
        vm.expectRevert(expected);
        consents.setPractitioner(stranger, Practitioner({orgId: hospital, role: V.ROLE_PHYSICIAN, since: 0}));
        vm.expectRevert(expected);
        consents.setPaused(true);
        vm.stopPrank();

        assertFalse(consents.isActive(99), "status unchanged");
        assertEq(consents.practitionerOf(stranger).orgId, 0, "membership unchanged");
        assertFalse(consents.paused(), "pause unchanged");
    }

    function test_setPractitioner_zeroOrganization_clearsMembership() public {
        vm.prank(hospitalAdmin);
        orgs.removePractitioner(hospital, nurse);
        Practitioner memory member = consents.practitionerOf(nurse);
        assertEq(member.orgId, 0, "orgId");
        assertEq(member.role, 0, "role");
        assertEq(member.since, 0, "since");
    }

    function test_typehashes_matchTheEip712Types() public view {
        assertEq(
            consents.GRANT_TYPEHASH(),
            keccak256(
                "GrantConsent(address patient,uint32 orgId,uint32 categories,uint8 purposes,uint8 actions,uint40 validFrom,uint40 validUntil,uint256 nonce,uint256 deadline)"
            ),
            "grant"
        );
        assertEq(
            consents.REVOKE_TYPEHASH(),
            keccak256("RevokeConsent(address patient,uint32 orgId,uint256 nonce,uint256 deadline)"),
            "revoke"
        );
    }
}
