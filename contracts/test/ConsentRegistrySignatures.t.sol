// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

// Longer than 600 lines: every signed (EIP-712 and ERC-1271) form of the registry's decisions, with the
// wallets that sign them, in one suite so each form is checked the same way.

import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {OrganizationRegistry} from "../src/OrganizationRegistry.sol";
import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {AccessRules, Consent, ConsentTerms} from "../src/types/AccessRules.sol";
import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Fixture} from "./utils/Fixture.sol";
import {OwnedWallet, RevertingWallet} from "./utils/Wallets.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice {ConsentRegistry.grantBySig} and {ConsentRegistry.revokeBySig}: EIP-712 digests
/// rebuilt here from the type strings, so a change to the domain or the types fails loudly;
/// replay, deadline, chain, contract, signer, terms and encoding each checked on its own.
contract ConsentRegistrySignaturesTest is Fixture {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)");
    bytes32 internal constant GRANT_TYPEHASH = keccak256(
        "GrantConsent(address patient,uint32 orgId,uint32 categories,uint8 purposes,uint8 actions,uint40 validFrom,uint40 validUntil,uint256 nonce,uint256 deadline)"
    );
    bytes32 internal constant REVOKE_TYPEHASH =
        keccak256("RevokeConsent(address patient,uint32 orgId,uint256 nonce,uint256 deadline)");
    /// @dev Order of the secp256k1 group: private keys lie in [1, N - 1], and s > N / 2 is malleable.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    bytes4 internal constant ERC1271_MAGIC = 0x1626ba7e;

    uint256 internal walletOwnerKey = 0xC0FFEE;
    uint256 internal deadline;

    function setUp() public override {
        super.setUp();
        deadline = vm.getBlockTimestamp() + 1 hours;
    }

    // ------------------------------------------------------------------- helpers

    /// @dev The separator of `registry` on `chainId`, for a registry created in the fixture's
    /// block (its salt is `PARENT_BLOCK_HASH`, as
    /// `test_domainSeparator_isConsentryVersion1OnThisChainAndRegistry` checks).
    function _domainSeparator(uint256 chainId, address registry) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Consentry"), keccak256("1"), chainId, registry, PARENT_BLOCK_HASH)
        );
    }

    function _grantDigestOn(
        uint256 chainId,
        address registry,
        address who,
        uint32 orgId,
        ConsentTerms memory t,
        uint256 nonce,
        uint256 deadline_
    ) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                GRANT_TYPEHASH,
                who,
                orgId,
                t.categories,
                t.purposes,
                t.actions,
                t.validFrom,
                t.validUntil,
                nonce,
                deadline_
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(chainId, registry), structHash));
    }

    function _revokeDigestOn(
        uint256 chainId,
        address registry,
        address who,
        uint32 orgId,
        uint256 nonce,
        uint256 deadline_
    ) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(REVOKE_TYPEHASH, who, orgId, nonce, deadline_));
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(chainId, registry), structHash));
    }

    /// @dev `key`'s signature of a grant to the hospital on this chain and registry.
    function _signGrant(uint256 key, address who, ConsentTerms memory t, uint256 nonce, uint256 deadline_)
        internal
        view
        returns (bytes memory)
    {
        return sign(key, _grantDigestOn(block.chainid, address(consents), who, hospital, t, nonce, deadline_));
    }

    function _signRevoke(uint256 key, address who, uint256 nonce, uint256 deadline_)
        internal
        view
        returns (bytes memory)
    {
        return sign(key, _revokeDigestOn(block.chainid, address(consents), who, hospital, nonce, deadline_));
    }

    function _submitGrant(address who, ConsentTerms memory t, uint256 nonce, uint256 deadline_, bytes memory sig)
        internal
    {
        vm.prank(relayer);
        consents.grantBySig(who, hospital, t, nonce, deadline_, sig);
    }

    function _submitRevoke(address who, uint256 nonce, uint256 deadline_, bytes memory sig) internal {
        vm.prank(relayer);
        consents.revokeBySig(who, hospital, nonce, deadline_, sig);
    }

    function _invalidSignature(address who) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidSignature.selector, who);
    }

    function _invalidNonce(uint256 expected, uint256 provided) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidNonce.selector, expected, provided);
    }

    function _expired(uint256 deadline_) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__SignatureExpired.selector, deadline_);
    }

    function _assertTerms(address who, ConsentTerms memory t) internal view {
        Consent memory c = consents.consentOf(who, hospital);
        assertEq(c.categories, t.categories, "categories");
        assertEq(c.purposes, t.purposes, "purposes");
        assertEq(c.actions, t.actions, "actions");
        assertEq(c.validFrom, t.validFrom, "validFrom");
        assertEq(c.validUntil, t.validUntil, "validUntil");
    }

    function _assertNoTerms(address who) internal view {
        Consent memory c = consents.consentOf(who, hospital);
        assertEq(c.categories, 0, "categories");
        assertEq(c.validUntil, 0, "validUntil");
    }

    /// @dev Splits a 65-byte `r || s || v` signature.
    function _split(bytes memory sig) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
    }

    function _key(uint256 seed) internal pure returns (uint256) {
        return bound(seed, 1, SECP256K1_N - 1);
    }

    /// @dev Bumps `who`'s hospital nonce `count` times by direct revocation.
    function _bumpNonce(address who, uint256 count) internal {
        for (uint256 i = 0; i < count; ++i) {
            vm.prank(who);
            consents.revoke(who, hospital);
        }
    }

    /// @dev Rewrites only the nonce of `who`'s hospital consent slot, found by recording the one
    /// read `nonceOf` makes, so the test does not hard-code the storage layout.
    function _setNonce(address who, uint48 nonce) internal {
        vm.record();
        consents.nonceOf(who, hospital);
        (bytes32[] memory reads,) = vm.accesses(address(consents));
        assertEq(reads.length, 1, "nonceOf reads one slot");
        Consent memory c = AccessRules.unpack(vm.load(address(consents), reads[0]));
        c.nonce = nonce;
        vm.store(address(consents), reads[0], AccessRules.pack(c));
        assertEq(consents.nonceOf(who, hospital), nonce, "nonce set");
    }

    /// @dev The hospital's doctor asks the patient for laboratory and imaging, read-only, 30 days.
    function _requestLab() internal returns (uint64) {
        vm.prank(doctor);
        return consents.requestAccess(patient, LAB_AND_IMAGING, TREATMENT, READ_ONLY, 30 days, keccak256("reason"));
    }

    /// @dev The patient grants the hospital `labTerms()` directly, spending nonce 0.
    function _grantDirectly() internal {
        vm.prank(patient);
        consents.grant(patient, hospital, labTerms());
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce after direct grant");
    }

    // ============================================================ domain and types

    function test_domainSeparator_isConsentryVersion1OnThisChainAndRegistry() public view {
        assertEq(consents.DOMAIN_SEPARATOR(), _domainSeparator(block.chainid, address(consents)), "separator");
        (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        ) = consents.eip712Domain();
        assertEq(fields, hex"1f", "fields: name, version, chainId, verifyingContract, salt");
        assertEq(name, "Consentry", "name");
        assertEq(version, "1", "version");
        assertEq(chainId, block.chainid, "chainId");
        assertEq(verifyingContract, address(consents), "verifyingContract");
        assertEq(salt, PARENT_BLOCK_HASH, "salt: the hash of the block before the registry's");
        assertEq(extensions.length, 0, "extensions");
        assertEq(consents.GRANT_TYPEHASH(), GRANT_TYPEHASH, "grant type");
        assertEq(consents.REVOKE_TYPEHASH(), REVOKE_TYPEHASH, "revoke type");
    }

    function test_domainSeparator_followsChainId() public {
        vm.chainId(10);
        assertEq(consents.DOMAIN_SEPARATOR(), _domainSeparator(10, address(consents)), "separator on chain 10");
        assertEq(
            grantDigest(patient, hospital, labTerms(), 0, deadline),
            _grantDigestOn(10, address(consents), patient, hospital, labTerms(), 0, deadline),
            "fixture digest"
        );
    }

    // ================================================================ grantBySig

    function test_grantBySig_byRelayer_grantsAndBumpsNonce() public {
        ConsentTerms memory t = labTerms();
        bytes memory sig = _signGrant(patientKey, patient, t, 0, deadline);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentGranted(
            patient, hospital, patient, t.categories, t.purposes, t.actions, t.validFrom, t.validUntil
        );
        _submitGrant(patient, t, 0, deadline, sig);

        _assertTerms(patient, t);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce");
        assertEq(consents.nonceOf(patient, lab), 0, "other organisation's nonce");
        (bool allowed, uint8 basis) = consents.checkAccess(patient, hospital, V.LABORATORY, V.TREAT, V.WRITE);
        assertTrue(allowed, "allowed");
        assertEq(basis, V.BASIS_CONSENT, "basis");
    }

    function test_grantBySig_fixtureSignature_verifies() public {
        bytes memory sig = signGrant(patientKey, hospital, labTerms(), 0, deadline);
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertTerms(patient, labTerms());
    }

    function test_grantBySig_consecutiveNonces_verifyInOrder() public {
        ConsentTerms memory first = labTerms();
        ConsentTerms memory second = terms(bit(V.MEDICATIONS), TREATMENT, READ_ONLY, 30 days);
        bytes memory sig0 = _signGrant(patientKey, patient, first, 0, deadline);
        bytes memory sig1 = _signGrant(patientKey, patient, second, 1, deadline);

        vm.expectRevert(_invalidNonce(0, 1));
        _submitGrant(patient, second, 1, deadline, sig1);

        _submitGrant(patient, first, 0, deadline, sig0);
        _submitGrant(patient, second, 1, deadline, sig1);
        _assertTerms(patient, second);
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce");
    }

    function test_revertWhen_grantBySig_afterDirectGrant() public {
        // A direct grant is a decision of the patient's: the grant they signed before it, held
        // back by the clinic, must not replace it.
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        ConsentTerms memory direct = terms(bit(V.MEDICATIONS), TREATMENT, READ_ONLY, 30 days);
        vm.prank(patient);
        consents.grant(patient, hospital, direct);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce after direct grant");

        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertTerms(patient, direct);
    }

    function test_revertWhen_grantBySig_afterNarrow() public {
        _grantDirectly();
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 1, deadline);
        ConsentTerms memory narrower = terms(bit(V.LABORATORY), TREATMENT, READ_ONLY, 30 days);
        vm.prank(patient);
        consents.narrow(patient, hospital, narrower);
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce after narrow");

        vm.expectRevert(_invalidNonce(2, 1));
        _submitGrant(patient, labTerms(), 1, deadline, sig);
        _assertTerms(patient, narrower);
    }

    function test_revertWhen_grantBySig_afterExtend() public {
        _grantDirectly();
        ConsentTerms memory signed = terms(LAB_AND_IMAGING, TREATMENT, READ_WRITE, 30 days);
        bytes memory sig = _signGrant(patientKey, patient, signed, 1, deadline);
        ConsentTerms memory extended = labTerms();
        extended.validUntil += 30 days;
        vm.prank(patient);
        consents.extend(patient, hospital, extended.validUntil);
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce after extend");

        vm.expectRevert(_invalidNonce(2, 1));
        _submitGrant(patient, signed, 1, deadline, sig);
        _assertTerms(patient, extended);
    }

    function test_revertWhen_grantBySig_afterApproveRequest() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        uint64 id = _requestLab();
        assertEq(consents.nonceOf(patient, hospital), 0, "nonce after request");
        vm.prank(patient);
        consents.approveRequest(id);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce after approval");

        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertTerms(patient, terms(LAB_AND_IMAGING, TREATMENT, READ_ONLY, 30 days));
    }

    function test_revertWhen_grantBySig_replayed() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_replayedAfterRevoke() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        vm.prank(patient);
        consents.revoke(patient, hospital);
        vm.expectRevert(_invalidNonce(2, 0));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertNoTerms(patient);
    }

    function test_revertWhen_grantBySig_futureNonce() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 1, deadline);
        vm.expectRevert(_invalidNonce(0, 1));
        _submitGrant(patient, labTerms(), 1, deadline, sig);
    }

    function test_grantBySig_deadlineEqualsNow_succeeds() public {
        uint256 nowTs = vm.getBlockTimestamp();
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, nowTs);
        _submitGrant(patient, labTerms(), 0, nowTs, sig);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce");
    }

    function test_revertWhen_grantBySig_deadlinePassed() public {
        ConsentTerms memory t = terms(LAB_AND_IMAGING, TREATMENT, READ_WRITE, 365 days);
        bytes memory sig = _signGrant(patientKey, patient, t, 0, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(_expired(deadline));
        _submitGrant(patient, t, 0, deadline, sig);

        uint256 past = vm.getBlockTimestamp() - 1;
        bytes memory pastSig = _signGrant(patientKey, patient, t, 0, past);
        vm.expectRevert(_expired(past));
        _submitGrant(patient, t, 0, past, pastSig);
        assertEq(consents.nonceOf(patient, hospital), 0, "nonce");
    }

    function test_revertWhen_grantBySig_chainIdChangedAfterSigning() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.chainId(block.chainid + 1);
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_signedForAnotherChain() public {
        bytes memory sig =
            sign(patientKey, _grantDigestOn(1, address(consents), patient, hospital, labTerms(), 0, deadline));
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, sig);

        vm.chainId(1);
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertTerms(patient, labTerms());
    }

    /// @dev Issue 21, item 9: two networks with the same chain id (two anvils at 31337) where the
    /// same deployer created the suite at the same nonce, so every address is the same. Only the
    /// block before each deployment differs, and a signature made on one is refused on the other.
    function test_revertWhen_grantBySig_signedOnAnotherNetworkWithTheSameChainIdAndAddresses() public {
        uint256 beforeDeployment = vm.snapshotState();
        vm.setBlockhash(block.number - 1, keccak256("another network's history"));
        ConsentRegistry twin = ConsentRegistry(new OrganizationRegistry(governance, authority).consents());
        bytes32 twinSeparator = twin.DOMAIN_SEPARATOR();
        bytes memory sig =
            sign(patientKey, keccak256(abi.encodePacked("\x19\x01", twinSeparator, _grantStructHash(labTerms()))));
        address twinAddress = address(twin);
        vm.revertToState(beforeDeployment);

        ConsentRegistry ours = ConsentRegistry(new OrganizationRegistry(governance, authority).consents());
        assertEq(address(ours), twinAddress, "same deployer, same nonce: same address");
        assertNotEq(ours.DOMAIN_SEPARATOR(), twinSeparator, "the salt tells the networks apart");
        OrganizationRegistry ourOrgs = OrganizationRegistry(ours.organizations());
        vm.prank(authority);
        uint32 ourHospital = ourOrgs.accredit(
            V.KIND_HOSPITAL, hospitalAdmin, true, "General Hospital", "https://fhir.general.example/r4"
        );
        assertEq(ourHospital, hospital, "same organisation id");
        ConsentTerms memory t = labTerms();
        vm.expectRevert(_invalidSignature(patient));
        vm.prank(relayer);
        ours.grantBySig(patient, hospital, t, 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_signedForAnotherRegistry() public {
        OrganizationRegistry otherSuite = new OrganizationRegistry(governance, authority);
        ConsentRegistry otherConsents = ConsentRegistry(otherSuite.consents());
        bytes32 otherDigest =
            _grantDigestOn(block.chainid, address(otherConsents), patient, hospital, labTerms(), 0, deadline);
        assertEq(
            keccak256(abi.encodePacked("\x19\x01", otherConsents.DOMAIN_SEPARATOR(), _grantStructHash(labTerms()))),
            otherDigest,
            "other registry's digest"
        );
        bytes memory sig = sign(patientKey, otherDigest);

        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function _grantStructHash(ConsentTerms memory t) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                GRANT_TYPEHASH,
                patient,
                hospital,
                t.categories,
                t.purposes,
                t.actions,
                t.validFrom,
                t.validUntil,
                0,
                deadline
            )
        );
    }

    function test_revertWhen_grantBySig_wrongSigner() public {
        bytes memory sig = _signGrant(otherPatientKey, patient, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_signatureOfOneOrganizationForAnother() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(patient));
        vm.prank(relayer);
        consents.grantBySig(patient, lab, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_signatureOfOnePatientForAnother() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(otherPatient));
        _submitGrant(otherPatient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_tamperedTerms() public {
        ConsentTerms memory signed = labTerms();
        bytes memory sig = _signGrant(patientKey, patient, signed, 0, deadline);

        for (uint256 field = 0; field < 5; ++field) {
            ConsentTerms memory tampered = labTerms();
            if (field == 0) tampered.categories |= bit(V.MENTAL_HEALTH);
            if (field == 1) tampered.purposes |= uint8(1) << V.HRESCH;
            if (field == 2) tampered.actions = READ_ONLY;
            if (field == 3) tampered.validFrom -= 1;
            if (field == 4) tampered.validUntil = V.NO_EXPIRY;
            vm.expectRevert(_invalidSignature(patient));
            _submitGrant(patient, tampered, 0, deadline, sig);
        }
        _submitGrant(patient, signed, 0, deadline, sig);
        _assertTerms(patient, signed);
    }

    function test_revertWhen_grantBySig_tamperedDeadline() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline + 1, sig);
    }

    function test_revertWhen_grantBySig_revokeSignatureUsedAsGrant() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_emptySignature() public {
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, "");
    }

    function test_revertWhen_grantBySig_compactSignature() public {
        // OpenZeppelin 5 recovers 65-byte signatures only: an EIP-2098 (r, vs) of the right
        // digest by the right key is still refused.
        bytes32 digest = _grantDigestOn(block.chainid, address(consents), patient, hospital, labTerms(), 0, deadline);
        (bytes32 r, bytes32 vs) = vm.signCompact(patientKey, digest);
        bytes memory compact = abi.encodePacked(r, vs);
        assertEq(compact.length, 64, "compact length");
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, compact);
    }

    function test_revertWhen_grantBySig_paddedOrTruncatedSignature() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        bytes memory padded = abi.encodePacked(sig, bytes1(0));
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, padded);

        (bytes32 r, bytes32 s,) = _split(sig);
        bytes memory truncated = abi.encodePacked(r, s);
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, truncated);

        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, new bytes(65));
    }

    function test_revertWhen_grantBySig_highS() public {
        bytes32 digest = _grantDigestOn(block.chainid, address(consents), patient, hospital, labTerms(), 0, deadline);
        bytes memory sig = sign(patientKey, digest);
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        // The same point, mirrored: a valid secp256k1 signature that EIP-2 forbids.
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        assertEq(ecrecover(digest, flippedV, r, highS), patient, "the mirrored signature recovers the patient");

        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, abi.encodePacked(r, highS, flippedV));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_invalidV() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        (bytes32 r, bytes32 s,) = _split(sig);
        vm.expectRevert(_invalidSignature(patient));
        _submitGrant(patient, labTerms(), 0, deadline, abi.encodePacked(r, s, uint8(0)));
    }

    function test_revertWhen_grantBySig_zeroPatient() public {
        ConsentTerms memory t = labTerms();
        bytes memory sig = _signGrant(patientKey, address(0), t, 0, deadline);
        vm.expectRevert(IConsentRegistry.ConsentRegistry__InvalidPatient.selector);
        _submitGrant(address(0), t, 0, deadline, sig);
        vm.expectRevert(IConsentRegistry.ConsentRegistry__InvalidPatient.selector);
        _submitGrant(address(0), t, 0, deadline, new bytes(65));
    }

    function test_revertWhen_grantBySig_invalidTermsAfterValidSignature() public {
        ConsentTerms memory t = terms(0, TREATMENT, READ_ONLY, 1 days);
        bytes memory sig = _signGrant(patientKey, patient, t, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidCategories.selector, 0));
        _submitGrant(patient, t, 0, deadline, sig);
        assertEq(consents.nonceOf(patient, hospital), 0, "nonce unspent");
    }

    function test_revertWhen_grantBySig_duringPause() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.prank(authority);
        orgs.pause();
        vm.expectRevert(IConsentRegistry.ConsentRegistry__WritesPaused.selector);
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        assertEq(consents.nonceOf(patient, hospital), 0, "nonce unspent");
    }

    function test_revertWhen_grantBySig_suspendedOrganization() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.prank(authority);
        orgs.suspend(hospital, keccak256("audit finding"));
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__OrganizationSuspended.selector, hospital)
        );
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_afterDirectRevoke() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.prank(patient);
        consents.revoke(patient, hospital);
        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertNoTerms(patient);
    }

    function test_revertWhen_grantBySig_afterDelegateRevoke() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        uint40 expiresAt = SafeCast.toUint40(vm.getBlockTimestamp() + 1 days);
        vm.prank(patient);
        consents.appointDelegate(guardian, bit(V.DEMOGRAPHICS), V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);
        vm.prank(guardian);
        consents.revoke(patient, hospital);
        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(patient, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_afterSignedRevoke() public {
        bytes memory grantSig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        bytes memory revokeSig = _signRevoke(patientKey, patient, 0, deadline);
        _submitRevoke(patient, 0, deadline, revokeSig);
        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(patient, labTerms(), 0, deadline, grantSig);
    }

    function test_grantBySig_revokeOfOtherOrganization_leavesSignatureValid() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.prank(patient);
        consents.revoke(patient, lab);
        vm.prank(otherPatient);
        consents.revoke(otherPatient, hospital);
        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertTerms(patient, labTerms());
    }

    function test_grantBySig_decisionsAboutOtherOrganizationOrPatient_leaveSignatureValid() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.startPrank(patient);
        consents.grant(patient, lab, labTerms());
        consents.narrow(patient, lab, _shortened(labTerms()));
        consents.extend(patient, lab, labTerms().validUntil + 1);
        vm.stopPrank();
        vm.prank(labTech);
        uint64 id =
            consents.requestAccess(patient, bit(V.LABORATORY), TREATMENT, READ_ONLY, 1 days, keccak256("reason"));
        vm.prank(patient);
        consents.approveRequest(id);
        vm.prank(otherPatient);
        consents.grant(otherPatient, hospital, labTerms());
        assertEq(consents.nonceOf(patient, lab), 4, "other organisation's nonce");
        assertEq(consents.nonceOf(patient, hospital), 0, "this organisation's nonce");

        _submitGrant(patient, labTerms(), 0, deadline, sig);
        _assertTerms(patient, labTerms());
    }

    /// @dev Only decisions about a consent spend its nonce: signatures the patient gave survive
    /// requests asked, denied and cancelled, break-glass accesses opened and closed, policy
    /// changes and delegates appointed or removed.
    function test_grantAndRevokeBySig_afterRequestsEmergencyAccessAndPolicy_stillVerify() public {
        bytes memory grantSig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        bytes memory revokeSig = _signRevoke(patientKey, patient, 1, deadline);
        uint40 delegationEnd = SafeCast.toUint40(vm.getBlockTimestamp() + 1 days);

        uint64 denied = _requestLab();
        vm.prank(patient);
        consents.denyRequest(denied);
        uint64 cancelled = _requestLab();
        vm.prank(doctor);
        consents.cancelRequest(cancelled);
        vm.prank(patient);
        consents.appointDelegate(guardian, bit(V.DEMOGRAPHICS), V.ALL_PURPOSES, V.ALL_ACTIONS, delegationEnd);
        uint64 deniedByDelegate = _requestLab();
        vm.prank(guardian);
        consents.denyRequest(deniedByDelegate);
        vm.prank(doctor);
        consents.openEmergencyAccess(patient, V.EMERGENCY_OTHER, keccak256("justification"));
        vm.prank(billing);
        consents.closeEmergencyAccess(patient, hospital);
        vm.prank(patient);
        consents.setEmergencyPolicy(false, bit(V.GENOMICS));
        assertEq(consents.nonceOf(patient, hospital), 0, "nonce before the signed grant");

        _submitGrant(patient, labTerms(), 0, deadline, grantSig);
        _assertTerms(patient, labTerms());
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce after the signed grant");

        vm.prank(nurse);
        consents.openEmergencyAccess(patient, V.EMERGENCY_OTHER, keccak256("justification"));
        vm.prank(guardian);
        consents.closeEmergencyAccess(patient, hospital);
        vm.prank(patient);
        consents.setEmergencyPolicy(true, 0);
        vm.prank(patient);
        consents.removeDelegate(patient, guardian);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce before the signed revocation");

        _submitRevoke(patient, 1, deadline, revokeSig);
        _assertNoTerms(patient);
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce after the signed revocation");
    }

    /// @dev The review's nonce wrap: with a nonce that wraps, a signature voided long ago verifies
    /// again once a delegate has spent the nonce round. Nonces never wrap now.
    function test_grantBySig_nearMaximumNonce_neverComesBack() public {
        uint48 last = type(uint48).max;
        bytes memory old = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        _setNonce(patient, last - 1);
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), last - 1, deadline);
        _submitGrant(patient, labTerms(), last - 1, deadline, sig);
        _assertTerms(patient, labTerms());
        assertEq(consents.nonceOf(patient, hospital), last, "nonce");

        // A grant at the last nonce cannot move past it; nothing goes back to zero.
        bytes memory atLast = _signGrant(patientKey, patient, labTerms(), last, deadline);
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
        _submitGrant(patient, labTerms(), last, deadline, atLast);
        vm.expectRevert(_invalidNonce(last, 0));
        _submitGrant(patient, labTerms(), 0, deadline, old);
        assertEq(consents.nonceOf(patient, hospital), last, "nonce after");
    }

    /// @dev Any decision of the patient's or a delegate's about the hospital, direct or signed,
    /// voids both the signed grant and the signed revocation the clinic still holds.
    function testFuzz_heldBackSignatures_refusedAfterAnyDecision(uint256 decision, bool byDelegate) public {
        // Past the terms the delegate decides (a delegate creates no access beyond its own).
        uint40 delegationEnd = SafeCast.toUint40(vm.getBlockTimestamp() + 400 days);
        vm.prank(patient);
        consents.appointDelegate(guardian, V.ALL_CATEGORIES, V.ALL_PURPOSES, V.ALL_ACTIONS, delegationEnd);
        _grantDirectly();
        ConsentTerms memory signedTerms = terms(V.STANDARD_CATEGORIES, V.ALL_PURPOSES, READ_WRITE, 730 days);
        bytes memory grantSig = _signGrant(patientKey, patient, signedTerms, 1, deadline);
        bytes memory revokeSig = _signRevoke(patientKey, patient, 1, deadline);

        address actor = byDelegate ? guardian : patient;
        decision = bound(decision, 0, 4);
        if (decision == 3) {
            uint64 id = _requestLab();
            vm.prank(actor);
            consents.approveRequest(id);
        } else {
            vm.prank(actor);
            if (decision == 0) consents.grant(patient, hospital, labTerms());
            else if (decision == 1) consents.narrow(patient, hospital, _shortened(labTerms()));
            else if (decision == 2) consents.extend(patient, hospital, labTerms().validUntil + 1);
            else consents.revoke(patient, hospital);
        }
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce after the decision");
        Consent memory decided = consents.consentOf(patient, hospital);

        vm.expectRevert(_invalidNonce(2, 1));
        _submitGrant(patient, signedTerms, 1, deadline, grantSig);
        vm.expectRevert(_invalidNonce(2, 1));
        _submitRevoke(patient, 1, deadline, revokeSig);
        assertEq(
            keccak256(abi.encode(consents.consentOf(patient, hospital))),
            keccak256(abi.encode(decided)),
            "the decision stands"
        );
    }

    // =============================================================== revokeBySig

    function test_revokeBySig_byRelayer_revokesAndBumpsNonce() public {
        _grantDirectly();
        vm.prank(doctor);
        consents.openEmergencyAccess(patient, V.EMERGENCY_OTHER, keccak256("justification"));
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce after opening emergency access");
        bytes memory sig = _signRevoke(patientKey, patient, 1, deadline);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(patient, hospital, patient);
        _submitRevoke(patient, 1, deadline, sig);

        _assertNoTerms(patient);
        Consent memory c = consents.consentOf(patient, hospital);
        assertEq(c.nonce, 2, "nonce");
        assertEq(c.emergencyUntil, 0, "emergency end");
        (bool allowed,) = consents.checkAccess(patient, hospital, V.LABORATORY, V.ETREAT, V.READ);
        assertFalse(allowed, "allowed");
    }

    function test_revokeBySig_withNothingToRevoke_bumpsNonce() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        _submitRevoke(patient, 0, deadline, sig);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce");
    }

    function test_revokeBySig_duringPauseAndSuspension_succeeds() public {
        _grantDirectly();
        bytes memory sig = _signRevoke(patientKey, patient, 1, deadline);
        vm.startPrank(authority);
        orgs.pause();
        orgs.suspend(hospital, keccak256("audit finding"));
        vm.stopPrank();

        _submitRevoke(patient, 1, deadline, sig);
        _assertNoTerms(patient);
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce");
    }

    function test_revokeBySig_deadlineEqualsNow_succeeds() public {
        uint256 nowTs = vm.getBlockTimestamp();
        bytes memory sig = _signRevoke(patientKey, patient, 0, nowTs);
        _submitRevoke(patient, 0, nowTs, sig);
        assertEq(consents.nonceOf(patient, hospital), 1, "nonce");
    }

    function test_revertWhen_revokeBySig_replayed() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        _submitRevoke(patient, 0, deadline, sig);
        vm.expectRevert(_invalidNonce(1, 0));
        _submitRevoke(patient, 0, deadline, sig);
        vm.prank(patient);
        consents.grant(patient, hospital, labTerms());
        vm.expectRevert(_invalidNonce(2, 0));
        _submitRevoke(patient, 0, deadline, sig);
        _assertTerms(patient, labTerms());
    }

    function test_revertWhen_revokeBySig_afterDirectGrant() public {
        // The revocation was signed before the grant: the newer wish stands.
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        _grantDirectly();
        vm.expectRevert(_invalidNonce(1, 0));
        _submitRevoke(patient, 0, deadline, sig);
        _assertTerms(patient, labTerms());
    }

    function test_revertWhen_revokeBySig_afterNarrow() public {
        _grantDirectly();
        bytes memory sig = _signRevoke(patientKey, patient, 1, deadline);
        ConsentTerms memory narrower = terms(bit(V.LABORATORY), TREATMENT, READ_ONLY, 30 days);
        vm.prank(patient);
        consents.narrow(patient, hospital, narrower);

        vm.expectRevert(_invalidNonce(2, 1));
        _submitRevoke(patient, 1, deadline, sig);
        _assertTerms(patient, narrower);
    }

    function test_revertWhen_revokeBySig_afterExtend() public {
        _grantDirectly();
        bytes memory sig = _signRevoke(patientKey, patient, 1, deadline);
        ConsentTerms memory extended = labTerms();
        extended.validUntil += 30 days;
        vm.prank(patient);
        consents.extend(patient, hospital, extended.validUntil);

        vm.expectRevert(_invalidNonce(2, 1));
        _submitRevoke(patient, 1, deadline, sig);
        _assertTerms(patient, extended);
    }

    function test_revertWhen_revokeBySig_afterApproveRequest() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        uint64 id = _requestLab();
        vm.prank(patient);
        consents.approveRequest(id);

        vm.expectRevert(_invalidNonce(1, 0));
        _submitRevoke(patient, 0, deadline, sig);
        _assertTerms(patient, terms(LAB_AND_IMAGING, TREATMENT, READ_ONLY, 30 days));
    }

    function test_revokeBySig_atMaximumNonce_endsAccessAndKeepsTheNonce() public {
        _grantDirectly();
        uint48 last = type(uint48).max;
        _setNonce(patient, last);
        bytes memory sig = _signRevoke(patientKey, patient, last, deadline);
        _submitRevoke(patient, last, deadline, sig);
        _assertNoTerms(patient);
        assertEq(consents.nonceOf(patient, hospital), last, "nonce stays at its last value");
        bytes memory old = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.expectRevert(_invalidNonce(last, 0));
        _submitGrant(patient, labTerms(), 0, deadline, old);
    }

    // ------------------------------------- a held grant never voids a later revocation

    /// @dev The review's finding: the patient signs a grant at nonce N (a clinic holds it), then
    /// changes their mind and signs a revocation, also at N, for a relayer. The clinic submits
    /// the grant first. The revocation must still end it.
    function test_revokeBySig_atTheNonceOfAHeldGrant_endsItWhenTheGrantLandsFirst() public {
        bytes memory grantSig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        bytes memory revokeSig = _signRevoke(patientKey, patient, 0, deadline);

        _submitGrant(patient, labTerms(), 0, deadline, grantSig);
        _assertTerms(patient, labTerms());
        assertTrue(consents.consentOf(patient, hospital).grantedBySignature, "granted by signature");

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(patient, hospital, patient);
        _submitRevoke(patient, 0, deadline, revokeSig);
        _assertNoTerms(patient);
        (bool allowed,) = consents.checkAccess(patient, hospital, V.LABORATORY, V.TREAT, V.READ);
        assertFalse(allowed, "the revoked consent passes no check");
        assertEq(consents.nonceOf(patient, hospital), 2, "nonce");

        // Spent: neither signature verifies again.
        vm.expectRevert(_invalidNonce(2, 0));
        _submitRevoke(patient, 0, deadline, revokeSig);
        vm.expectRevert(_invalidNonce(2, 0));
        _submitGrant(patient, labTerms(), 0, deadline, grantSig);
    }

    function test_revokeBySig_atTheNonceOfAHeldGrant_voidsItWhenTheRevocationLandsFirst() public {
        bytes memory grantSig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        bytes memory revokeSig = _signRevoke(patientKey, patient, 0, deadline);
        _submitRevoke(patient, 0, deadline, revokeSig);
        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(patient, labTerms(), 0, deadline, grantSig);
        _assertNoTerms(patient);
    }

    /// @dev Only the consent the signed grant at the revocation's nonce put in force: once a
    /// later decision replaced it, the older revocation is void.
    function test_revertWhen_revokeBySig_afterTheHeldGrantWasReplaced() public {
        bytes memory grantSig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        bytes memory revokeSig = _signRevoke(patientKey, patient, 0, deadline);
        _submitGrant(patient, labTerms(), 0, deadline, grantSig);
        ConsentTerms memory later = terms(LAB_AND_IMAGING, TREATMENT, READ_ONLY, 60 days);
        _submitGrant(patient, later, 1, deadline, _signGrant(patientKey, patient, later, 1, deadline));

        vm.expectRevert(_invalidNonce(2, 0));
        _submitRevoke(patient, 0, deadline, revokeSig);
        _assertTerms(patient, later);
    }

    /// @dev The patient's wallet signs a sequence of wishes (grants and revocations) about one
    /// organisation, each at the nonce the chain shows at that moment; some are submitted at
    /// once, the rest are held and submitted later in a random order. Whatever the order: a
    /// consent in force at the end was put there by a grant that no revocation was signed after.
    function testFuzz_heldGrantsAndRevocations_aLaterRevocationAlwaysWins(uint256 seed) public {
        uint256 count = bound(seed % 7, 2, 6);
        bool[] memory isGrant = new bool[](count);
        uint256[] memory nonces = new uint256[](count);
        bytes[] memory sigs = new bytes[](count);
        bool[] memory submitted = new bool[](count);
        ConsentTerms[] memory wishes = new ConsentTerms[](count);
        uint256 r = seed;
        for (uint256 i = 0; i < count; ++i) {
            r = uint256(keccak256(abi.encode(r, i)));
            isGrant[i] = r % 3 != 0;
            nonces[i] = consents.nonceOf(patient, hospital);
            // Each grant's terms are its own (its end tells them apart).
            wishes[i] = terms(LAB_AND_IMAGING, TREATMENT, READ_ONLY, 30 days + i);
            sigs[i] = isGrant[i]
                ? _signGrant(patientKey, patient, wishes[i], nonces[i], deadline)
                : _signRevoke(patientKey, patient, nonces[i], deadline);
            // Sometimes a held wish reaches the chain before the next is signed.
            if ((r >> 8) % 2 == 0) _trySubmit(i, isGrant, nonces, sigs, wishes, submitted);
        }
        // The rest, in a random order.
        uint256 left;
        for (uint256 i = 0; i < count; ++i) {
            if (!submitted[i]) ++left;
        }
        for (; left > 0; --left) {
            r = uint256(keccak256(abi.encode(r)));
            uint256 pick = r % count;
            while (submitted[pick]) pick = (pick + 1) % count;
            _trySubmit(pick, isGrant, nonces, sigs, wishes, submitted);
        }

        Consent memory c = consents.consentOf(patient, hospital);
        if (c.categories == 0) return;
        uint256 inForce = c.validUntil - vm.getBlockTimestamp() - 30 days;
        assertTrue(inForce < count && isGrant[inForce], "terms in force are a signed grant's");
        for (uint256 j = inForce + 1; j < count; ++j) {
            assertTrue(isGrant[j], "a revocation signed after the grant in force did not end it");
        }
    }

    function _trySubmit(
        uint256 i,
        bool[] memory isGrant,
        uint256[] memory nonces,
        bytes[] memory sigs,
        ConsentTerms[] memory wishes,
        bool[] memory submitted
    ) internal {
        if (submitted[i]) return;
        submitted[i] = true;
        vm.prank(relayer);
        if (isGrant[i]) {
            try consents.grantBySig(patient, hospital, wishes[i], nonces[i], deadline, sigs[i]) {} catch {}
        } else {
            try consents.revokeBySig(patient, hospital, nonces[i], deadline, sigs[i]) {} catch {}
        }
    }

    function test_revertWhen_revokeBySig_deadlinePassed() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(_expired(deadline));
        _submitRevoke(patient, 0, deadline, sig);
    }

    function test_revertWhen_revokeBySig_chainIdChangedAfterSigning() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        vm.chainId(block.chainid + 1);
        vm.expectRevert(_invalidSignature(patient));
        _submitRevoke(patient, 0, deadline, sig);
    }

    function test_revertWhen_revokeBySig_signedForAnotherRegistry() public {
        OrganizationRegistry otherSuite = new OrganizationRegistry(governance, authority);
        bytes memory sig =
            sign(patientKey, _revokeDigestOn(block.chainid, otherSuite.consents(), patient, hospital, 0, deadline));
        vm.expectRevert(_invalidSignature(patient));
        _submitRevoke(patient, 0, deadline, sig);
    }

    function test_revertWhen_revokeBySig_wrongSigner() public {
        bytes memory sig = _signRevoke(otherPatientKey, patient, 0, deadline);
        vm.expectRevert(_invalidSignature(patient));
        _submitRevoke(patient, 0, deadline, sig);
    }

    function test_revertWhen_revokeBySig_tamperedOrganizationOrDeadline() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        vm.expectRevert(_invalidSignature(patient));
        vm.prank(relayer);
        consents.revokeBySig(patient, lab, 0, deadline, sig);
        vm.expectRevert(_invalidSignature(patient));
        _submitRevoke(patient, 0, deadline + 1, sig);
    }

    function test_revertWhen_revokeBySig_grantSignatureUsedAsRevoke() public {
        bytes memory sig = _signGrant(patientKey, patient, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(patient));
        _submitRevoke(patient, 0, deadline, sig);
    }

    function test_revertWhen_revokeBySig_malformedSignatures() public {
        bytes memory sig = _signRevoke(patientKey, patient, 0, deadline);
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        bytes32 digest = _revokeDigestOn(block.chainid, address(consents), patient, hospital, 0, deadline);
        (bytes32 cr, bytes32 vs) = vm.signCompact(patientKey, digest);

        bytes[4] memory malformed = [
            bytes(""),
            abi.encodePacked(cr, vs),
            abi.encodePacked(sig, bytes1(0)),
            abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : uint8(27))
        ];
        for (uint256 i = 0; i < malformed.length; ++i) {
            vm.expectRevert(_invalidSignature(patient));
            _submitRevoke(patient, 0, deadline, malformed[i]);
        }
        _submitRevoke(patient, 0, deadline, sig);
    }

    function test_revertWhen_revokeBySig_zeroPatient() public {
        bytes memory sig = _signRevoke(patientKey, address(0), 0, deadline);
        vm.expectRevert(IConsentRegistry.ConsentRegistry__InvalidPatient.selector);
        _submitRevoke(address(0), 0, deadline, sig);
    }

    // ================================================================== ERC-1271

    function test_grantBySig_smartWalletPatient_grantsAndRevokes() public {
        address wallet = address(new OwnedWallet(vm.addr(walletOwnerKey), ERC1271_MAGIC));
        ConsentTerms memory t = labTerms();
        bytes memory grantSig = _signGrant(walletOwnerKey, wallet, t, 0, deadline);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentGranted(
            wallet, hospital, wallet, t.categories, t.purposes, t.actions, t.validFrom, t.validUntil
        );
        _submitGrant(wallet, t, 0, deadline, grantSig);
        _assertTerms(wallet, t);
        assertEq(consents.nonceOf(wallet, hospital), 1, "nonce after grant");

        vm.expectRevert(_invalidNonce(1, 0));
        _submitGrant(wallet, t, 0, deadline, grantSig);

        bytes memory revokeSig = _signRevoke(walletOwnerKey, wallet, 1, deadline);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(wallet, hospital, wallet);
        _submitRevoke(wallet, 1, deadline, revokeSig);
        _assertNoTerms(wallet);
        assertEq(consents.nonceOf(wallet, hospital), 2, "nonce after revoke");
    }

    function test_revertWhen_grantBySig_smartWalletNotSignedByOwner() public {
        address wallet = address(new OwnedWallet(vm.addr(walletOwnerKey), ERC1271_MAGIC));
        bytes memory sig = _signGrant(patientKey, wallet, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(wallet));
        _submitGrant(wallet, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_smartWalletOtherChain() public {
        address wallet = address(new OwnedWallet(vm.addr(walletOwnerKey), ERC1271_MAGIC));
        bytes memory sig = _signGrant(walletOwnerKey, wallet, labTerms(), 0, deadline);
        vm.chainId(block.chainid + 1);
        vm.expectRevert(_invalidSignature(wallet));
        _submitGrant(wallet, labTerms(), 0, deadline, sig);
    }

    function test_revertWhen_grantBySig_smartWalletWrongMagicValue() public {
        address wallet = address(new OwnedWallet(vm.addr(walletOwnerKey), bytes4(0x1626ba7f)));
        bytes memory sig = _signGrant(walletOwnerKey, wallet, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(wallet));
        _submitGrant(wallet, labTerms(), 0, deadline, sig);

        bytes memory revokeSig = _signRevoke(walletOwnerKey, wallet, 0, deadline);
        vm.expectRevert(_invalidSignature(wallet));
        _submitRevoke(wallet, 0, deadline, revokeSig);
    }

    function test_revertWhen_grantBySig_smartWalletReverts() public {
        address wallet = address(new RevertingWallet());
        bytes memory sig = _signGrant(walletOwnerKey, wallet, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(wallet));
        _submitGrant(wallet, labTerms(), 0, deadline, sig);
    }

    // ====================================================================== fuzz

    function testFuzz_grantBySig_exactSignatureVerifies(
        uint256 keySeed,
        uint8 priorRevokes,
        uint256 deadlineDelay,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint256 duration
    ) public {
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        uint256 nonce = bound(priorRevokes, 0, 5);
        _bumpNonce(signer, nonce);
        uint256 deadline_ = vm.getBlockTimestamp() + bound(deadlineDelay, 0, 3650 days);
        ConsentTerms memory t = terms(
            SafeCast.toUint32(bound(categories, 1, V.ALL_CATEGORIES)),
            SafeCast.toUint8(bound(purposes, 1, V.ALL_PURPOSES)),
            SafeCast.toUint8(bound(actions, 1, V.ALL_ACTIONS)),
            bound(duration, 1, 3650 days)
        );
        bytes memory sig = _signGrant(key, signer, t, nonce, deadline_);

        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentGranted(
            signer, hospital, signer, t.categories, t.purposes, t.actions, t.validFrom, t.validUntil
        );
        _submitGrant(signer, t, nonce, deadline_, sig);
        _assertTerms(signer, t);
        assertEq(consents.nonceOf(signer, hospital), nonce + 1, "nonce");
    }

    function testFuzz_grantBySig_rejectsReplay(uint256 keySeed, uint8 priorRevokes, uint256 deadlineDelay) public {
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        uint256 nonce = bound(priorRevokes, 0, 5);
        _bumpNonce(signer, nonce);
        uint256 deadline_ = vm.getBlockTimestamp() + bound(deadlineDelay, 0, 3650 days);
        bytes memory sig = _signGrant(key, signer, labTerms(), nonce, deadline_);

        _submitGrant(signer, labTerms(), nonce, deadline_, sig);
        vm.expectRevert(_invalidNonce(nonce + 1, nonce));
        _submitGrant(signer, labTerms(), nonce, deadline_, sig);
    }

    function testFuzz_grantBySig_rejectsOtherKey(uint256 keySeed, uint256 otherKeySeed) public {
        uint256 key = _key(keySeed);
        uint256 otherKey = _key(otherKeySeed);
        vm.assume(key != otherKey);
        address signer = vm.addr(key);
        bytes memory sig = _signGrant(otherKey, signer, labTerms(), 0, deadline);
        vm.expectRevert(_invalidSignature(signer));
        _submitGrant(signer, labTerms(), 0, deadline, sig);
    }

    function testFuzz_grantBySig_rejectsOtherNonce(uint256 keySeed, uint8 priorRevokes, uint256 signedNonce) public {
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        uint256 current = bound(priorRevokes, 0, 5);
        _bumpNonce(signer, current);
        vm.assume(signedNonce != current);
        bytes memory sig = _signGrant(key, signer, labTerms(), signedNonce, deadline);

        vm.expectRevert(_invalidNonce(current, signedNonce));
        _submitGrant(signer, labTerms(), signedNonce, deadline, sig);
        vm.expectRevert(_invalidSignature(signer));
        _submitGrant(signer, labTerms(), current, deadline, sig);
    }

    function testFuzz_grantBySig_rejectsOtherDeadline(uint256 keySeed, uint256 signedDelay, uint256 submittedDelay)
        public
    {
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        uint256 signedDeadline = vm.getBlockTimestamp() + bound(signedDelay, 0, 3650 days);
        uint256 submittedDeadline = bound(submittedDelay, vm.getBlockTimestamp(), type(uint256).max);
        vm.assume(signedDeadline != submittedDeadline);
        bytes memory sig = _signGrant(key, signer, labTerms(), 0, signedDeadline);

        vm.expectRevert(_invalidSignature(signer));
        _submitGrant(signer, labTerms(), 0, submittedDeadline, sig);
    }

    function testFuzz_grantBySig_rejectsExpiredDeadline(uint256 keySeed, uint256 lateness) public {
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        bytes memory sig = _signGrant(key, signer, labTerms(), 0, deadline);
        vm.warp(deadline + bound(lateness, 1, 3650 days));
        vm.expectRevert(_expired(deadline));
        _submitGrant(signer, labTerms(), 0, deadline, sig);
    }

    function testFuzz_grantBySig_rejectsOtherChain(uint256 keySeed, uint64 chainId) public {
        vm.assume(chainId != block.chainid);
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        bytes memory sig =
            sign(key, _grantDigestOn(chainId, address(consents), signer, hospital, labTerms(), 0, deadline));
        vm.expectRevert(_invalidSignature(signer));
        _submitGrant(signer, labTerms(), 0, deadline, sig);
    }

    function testFuzz_grantBySig_rejectsOtherContract(uint256 keySeed, address registry) public {
        vm.assume(registry != address(consents));
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        bytes memory sig = sign(key, _grantDigestOn(block.chainid, registry, signer, hospital, labTerms(), 0, deadline));
        vm.expectRevert(_invalidSignature(signer));
        _submitGrant(signer, labTerms(), 0, deadline, sig);
    }

    function testFuzz_grantBySig_rejectsTamperedTerms(uint256 keySeed, uint256 field, uint256 flip) public {
        uint256 key = _key(keySeed);
        address signer = vm.addr(key);
        ConsentTerms memory signed = labTerms();
        bytes memory sig = _signGrant(key, signer, signed, 0, deadline);

        ConsentTerms memory tampered = labTerms();
        field = bound(field, 0, 4);
        // A non-zero XOR mask within the field's width changes it; the registry checks the
        // signature before the terms, so even nonsensical terms must fail on the signature.
        if (field == 0) tampered.categories ^= SafeCast.toUint32(bound(flip, 1, type(uint32).max));
        if (field == 1) tampered.purposes ^= SafeCast.toUint8(bound(flip, 1, type(uint8).max));
        if (field == 2) tampered.actions ^= SafeCast.toUint8(bound(flip, 1, type(uint8).max));
        if (field == 3) tampered.validFrom ^= SafeCast.toUint40(bound(flip, 1, type(uint40).max));
        if (field == 4) tampered.validUntil ^= SafeCast.toUint40(bound(flip, 1, type(uint40).max));

        vm.expectRevert(_invalidSignature(signer));
        _submitGrant(signer, tampered, 0, deadline, sig);
    }

    function testFuzz_revokeBySig_onlyExactSignatureVerifies(
        uint256 keySeed,
        uint8 priorRevokes,
        uint256 deadlineDelay,
        uint256 otherKeySeed,
        uint64 otherChainId
    ) public {
        uint256 key = _key(keySeed);
        uint256 otherKey = _key(otherKeySeed);
        vm.assume(key != otherKey && otherChainId != block.chainid);
        address signer = vm.addr(key);
        uint256 nonce = bound(priorRevokes, 0, 5);
        _bumpNonce(signer, nonce);
        uint256 deadline_ = vm.getBlockTimestamp() + bound(deadlineDelay, 0, 3650 days);

        vm.expectRevert(_invalidSignature(signer));
        _submitRevoke(signer, nonce, deadline_, _signRevoke(otherKey, signer, nonce, deadline_));
        bytes memory otherChainSig =
            sign(key, _revokeDigestOn(otherChainId, address(consents), signer, hospital, nonce, deadline_));
        vm.expectRevert(_invalidSignature(signer));
        _submitRevoke(signer, nonce, deadline_, otherChainSig);
        vm.expectRevert(_invalidNonce(nonce, nonce + 1));
        _submitRevoke(signer, nonce + 1, deadline_, _signRevoke(key, signer, nonce + 1, deadline_));

        bytes memory sig = _signRevoke(key, signer, nonce, deadline_);
        vm.expectEmit(address(consents));
        emit IConsentRegistry.ConsentRevoked(signer, hospital, signer);
        _submitRevoke(signer, nonce, deadline_, sig);
        assertEq(consents.nonceOf(signer, hospital), nonce + 1, "nonce");

        vm.expectRevert(_invalidNonce(nonce + 1, nonce));
        _submitRevoke(signer, nonce, deadline_, sig);
    }

    /// @dev `t` ending one second earlier: the smallest narrowing there is.
    function _shortened(ConsentTerms memory t) internal pure returns (ConsentTerms memory) {
        t.validUntil -= 1;
        return t;
    }
}
