// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {OrganizationRegistry} from "../../src/OrganizationRegistry.sol";
import {RecordRegistry} from "../../src/RecordRegistry.sol";
import {IConsentRegistry} from "../../src/interfaces/IConsentRegistry.sol";
import {IRecordRegistry} from "../../src/interfaces/IRecordRegistry.sol";
import {Consent, OrganizationStatus} from "../../src/types/AccessRules.sol";
import {Vocabulary as V} from "../../src/types/Vocabulary.sol";
import {Handler} from "./Handler.sol";
import {Test} from "forge-std/Test.sol";

/// @notice After any sequence of grants, signed grants (valid and forged), narrowings,
/// extensions, revocations, delegations, access requests, break-glass accesses, suspensions,
/// pauses, record writes and reads, and time jumps of up to 400 days, the registries agree
/// with the handler's ghost model on every access question of a small universe (4 patients,
/// 3 organisations, 4 categories, 3 purposes, 2 actions) and keep the hard rules: a revoked
/// consent never passes, no forged signature verifies, the pause stops every widening write,
/// and a suspended organisation can do nothing.
contract AccessInvariants is Test {
    OrganizationRegistry internal orgs;
    ConsentRegistry internal consents;
    RecordRegistry internal records;
    Handler internal handler;

    function setUp() public {
        vm.warp(1_750_000_000);
        address authority = makeAddr("authority");
        orgs = new OrganizationRegistry(makeAddr("governance"), authority);
        consents = ConsentRegistry(orgs.consents());
        records = new RecordRegistry(orgs);
        handler = new Handler(orgs, records, authority);

        // The handler signs with its own statement of the EIP-712 types; it must be the
        // registry's, or every valid signature would be a false alarm.
        assertEq(handler.domainSeparator(block.chainid, address(consents)), consents.DOMAIN_SEPARATOR());
        assertEq(handler.GRANT_TYPEHASH(), consents.GRANT_TYPEHASH());
        assertEq(handler.REVOKE_TYPEHASH(), consents.REVOKE_TYPEHASH());

        bytes4[] memory selectors = new bytes4[](24);
        selectors[0] = Handler.grant.selector;
        selectors[1] = Handler.grantBySig.selector;
        selectors[2] = Handler.narrow.selector;
        selectors[3] = Handler.extend.selector;
        selectors[4] = Handler.revoke.selector;
        selectors[5] = Handler.revokeBySig.selector;
        selectors[6] = Handler.appointDelegate.selector;
        selectors[7] = Handler.removeDelegate.selector;
        selectors[8] = Handler.requestAccess.selector;
        selectors[9] = Handler.approveRequest.selector;
        selectors[10] = Handler.denyRequest.selector;
        selectors[11] = Handler.cancelRequest.selector;
        selectors[12] = Handler.openEmergencyAccess.selector;
        selectors[13] = Handler.closeEmergencyAccess.selector;
        selectors[14] = Handler.setEmergencyPolicy.selector;
        selectors[15] = Handler.suspend.selector;
        selectors[16] = Handler.reinstate.selector;
        selectors[17] = Handler.setEmergencyCapable.selector;
        selectors[18] = Handler.pause.selector;
        selectors[19] = Handler.unpause.selector;
        selectors[20] = Handler.addRecord.selector;
        selectors[21] = Handler.retractRecord.selector;
        selectors[22] = Handler.logAccess.selector;
        selectors[23] = Handler.warp.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @notice Every call was accepted or refused exactly as the ghost's rules predicted.
    function invariant_everyOutcomeMatchesGhost() public view {
        if (handler.outcomeMismatches() == 0) return;
        _fail(
            string.concat(
                "first mismatch: ",
                handler.firstMismatchAction(),
                handler.firstMismatchExpected()
                    ? " should have been accepted, reverted with "
                    : " should have reverted",
                vm.toString(handler.firstMismatchRevert())
            )
        );
    }

    /// @notice `checkAccess` gives the ghost's answer, allowed and basis, to every question.
    function invariant_checkAccessMatchesGhost() public {
        _atHandlerTime();
        _forEachQuery(_assertMatchesGhost);
    }

    /// @notice After a revocation and until the next grant, no question passes on consent.
    function invariant_revokedConsentNeverPasses() public {
        _atHandlerTime();
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        for (uint256 p; p < patients; ++p) {
            address patient = handler.patients(p);
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = handler.organizations(o);
                if (!handler.revokedSinceGrant(patient, orgId)) continue;
                assertEq(consents.consentOf(patient, orgId).categories, 0, "revoked consent still has a scope");
                _forEachQueryOf(orgId, patient, _assertNotOnConsent);
            }
        }
    }

    /// @notice No forged, replayed, expired or cross-chain signature was ever accepted, and each
    /// nonce counts exactly the accepted signatures and revocations of its (patient, org).
    function invariant_signaturesAndNonces() public view {
        assertEq(handler.invalidSignaturesAccepted(), 0, "a forged signature was accepted");
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        for (uint256 p; p < patients; ++p) {
            address patient = handler.patients(p);
            for (uint256 o; o <= organizations; ++o) {
                uint32 orgId = o == organizations ? handler.UNKNOWN_ORG() : handler.organizations(o);
                assertEq(consents.nonceOf(patient, orgId), handler.ghostNonce(patient, orgId), "nonce");
            }
        }
    }

    /// @notice While writes are paused, nothing that widens access was accepted.
    function invariant_pauseStopsWidening() public view {
        assertEq(consents.paused(), handler.ghostPaused(), "pause flag");
        assertEq(handler.writesAcceptedWhilePaused(), 0, "a write was accepted during the pause");
    }

    /// @notice A suspended organisation passes no check, for any question, on any record, and
    /// none of its acts was accepted.
    function invariant_suspendedOrganizationsHaveNoAccess() public {
        _atHandlerTime();
        assertEq(handler.actedWhileSuspended(), 0, "a suspended organisation acted");
        uint256 organizations = handler.organizationCount();
        uint256 recordCount = handler.ghostRecordCount();
        for (uint256 o; o < organizations; ++o) {
            uint32 orgId = handler.organizations(o);
            if (!handler.ghostOrganization(orgId).suspended) continue;
            assertFalse(consents.isActive(orgId), "suspended but active");
            _forEachQueryOf(orgId, _assertDenied);
            for (uint256 r; r < recordCount; ++r) {
                (bool allowed,) = records.checkRecordAccess(handler.ghostRecord(r).id, orgId, V.TREAT);
                assertFalse(allowed, "suspended organisation reads a record");
            }
        }
    }

    /// @notice Each record pointer has the ghost's status (current, superseded, entered in
    /// error), patient, author and predecessor, and `checkRecordAccess` the ghost's answer.
    function invariant_recordsMatchGhost() public {
        _atHandlerTime();
        uint256 recordCount = handler.ghostRecordCount();
        uint256 organizations = handler.organizationCount();
        uint8[3] memory purposes = handler.queryPurposes();
        for (uint256 r; r < recordCount; ++r) {
            Handler.GhostRecord memory ghost = handler.ghostRecord(r);
            IRecordRegistry.Record memory record = records.recordOf(ghost.id);
            assertEq(record.status, ghost.status, "record status");
            assertEq(record.patient, ghost.patient, "record patient");
            assertEq(record.authorOrg, ghost.authorOrg, "record author");
            assertEq(record.category, ghost.category, "record category");
            assertEq(records.predecessorOf(ghost.id), ghost.predecessor, "record predecessor");
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = handler.organizations(o);
                for (uint256 u; u < purposes.length; ++u) {
                    (bool allowed, uint8 basis) = records.checkRecordAccess(ghost.id, orgId, purposes[u]);
                    (bool expectedAllowed, uint8 expectedBasis) = handler.expectedRecordAccess(r, orgId, purposes[u]);
                    assertEq(allowed, expectedAllowed, "record access allowed");
                    assertEq(basis, expectedBasis, "record access basis");
                }
            }
        }
    }

    /// @notice The stored consents, delegations, emergency policies, requests and organisation
    /// statuses are the ghost's: the checks above are not agreeing by accident.
    function invariant_registryStateMatchesGhost() public view {
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        for (uint256 p; p < patients; ++p) {
            address patient = handler.patients(p);
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = handler.organizations(o);
                Consent memory stored = consents.consentOf(patient, orgId);
                Handler.GhostConsent memory ghost = handler.ghostConsent(patient, orgId);
                assertEq(stored.categories, ghost.categories, "categories");
                assertEq(stored.purposes, ghost.purposes, "purposes");
                assertEq(stored.actions, ghost.actions, "actions");
                assertEq(stored.validFrom, ghost.validFrom, "validFrom");
                assertEq(stored.validUntil, ghost.validUntil, "validUntil");
                assertEq(stored.emergencyCategories, ghost.emergencyCategories, "emergencyCategories");
                assertEq(stored.emergencyUntil, ghost.emergencyUntil, "emergencyUntil");
            }
            IConsentRegistry.EmergencyPolicy memory policy = consents.emergencyPolicyOf(patient);
            Handler.GhostPolicy memory ghostPolicy = handler.ghostPolicy(patient);
            assertEq(policy.optedOut, ghostPolicy.optedOut, "optedOut");
            assertEq(policy.restrictedCategories, ghostPolicy.restrictedCategories, "restrictedCategories");
            uint256 delegateCount = handler.delegateCount();
            for (uint256 d; d <= delegateCount; ++d) {
                address delegate = d == delegateCount ? handler.patients((p + 1) % patients) : handler.delegates(d);
                IConsentRegistry.Delegation memory delegation = consents.delegationOf(patient, delegate);
                Handler.GhostDelegation memory ghostDelegation = handler.ghostDelegation(patient, delegate);
                assertEq(delegation.categories, ghostDelegation.categories, "delegation categories");
                assertEq(delegation.expiresAt, ghostDelegation.expiresAt, "delegation expiry");
            }
        }
        uint256 requestCount = handler.ghostRequestCount();
        assertEq(consents.requestCount(), requestCount, "request count");
        for (uint256 i; i < requestCount; ++i) {
            // Request ids count from 1.
            // forge-lint: disable-next-line(unsafe-typecast)
            IConsentRegistry.AccessRequest memory request = consents.accessRequest(uint64(i + 1));
            assertEq(request.status, handler.ghostRequest(i).status, "request status");
        }
        for (uint256 o; o < organizations; ++o) {
            uint32 orgId = handler.organizations(o);
            OrganizationStatus memory status = consents.organizationStatus(orgId);
            Handler.GhostOrganization memory ghost = handler.ghostOrganization(orgId);
            assertEq(status.suspended, ghost.suspended, "suspended");
            assertEq(status.emergencyCapable, ghost.emergencyCapable, "emergencyCapable");
        }
    }

    /// @notice Shows, per run, that the handler explores: how many calls of each kind were
    /// accepted, which forgeries were refused, and on what bases records were read.
    function afterInvariant() public view {
        handler.logSummary();
    }

    // ------------------------------------------------------------------ helpers

    function _atHandlerTime() internal {
        vm.warp(handler.currentTime());
    }

    /// @dev Runs `check` on every (patient, organisation, category, purpose, action) question.
    function _forEachQuery(function(address, uint32, uint8, uint8, uint8) internal view check) internal view {
        uint256 organizations = handler.organizationCount();
        for (uint256 o; o < organizations; ++o) {
            _forEachQueryOf(handler.organizations(o), check);
        }
    }

    function _forEachQueryOf(uint32 orgId, function(address, uint32, uint8, uint8, uint8) internal view check)
        internal
        view
    {
        uint256 patients = handler.patientCount();
        for (uint256 p; p < patients; ++p) {
            _forEachQueryOf(orgId, handler.patients(p), check);
        }
    }

    function _forEachQueryOf(
        uint32 orgId,
        address patient,
        function(address, uint32, uint8, uint8, uint8) internal view check
    ) internal view {
        uint8[4] memory categories = handler.queryCategories();
        uint8[3] memory purposes = handler.queryPurposes();
        for (uint256 c; c < categories.length; ++c) {
            for (uint256 u; u < purposes.length; ++u) {
                for (uint8 a; a < V.ACTION_COUNT; ++a) {
                    check(patient, orgId, categories[c], purposes[u], a);
                }
            }
        }
    }

    function _fail(string memory reason) internal pure {
        assertTrue(false, reason);
    }

    function _assertMatchesGhost(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action)
        internal
        view
    {
        (bool allowed, uint8 basis) = consents.checkAccess(patient, orgId, category, purpose, action);
        (bool expectedAllowed, uint8 expectedBasis) = handler.expectedAccess(patient, orgId, category, purpose, action);
        if (allowed == expectedAllowed && basis == expectedBasis) return;
        _fail(
            string.concat(
                "checkAccess(",
                vm.toString(patient),
                ", org ",
                vm.toString(orgId),
                ", category ",
                vm.toString(category),
                ", purpose ",
                vm.toString(purpose),
                ", action ",
                vm.toString(action),
                ") basis ",
                vm.toString(basis),
                ", ghost says ",
                vm.toString(expectedBasis)
            )
        );
    }

    function _assertNotOnConsent(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action)
        internal
        view
    {
        (, uint8 basis) = consents.checkAccess(patient, orgId, category, purpose, action);
        assertTrue(basis != V.BASIS_CONSENT, "revoked consent passed a check");
    }

    function _assertDenied(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action) internal view {
        (bool allowed, uint8 basis) = consents.checkAccess(patient, orgId, category, purpose, action);
        assertFalse(allowed, "suspended organisation allowed");
        assertEq(basis, V.BASIS_NONE, "suspended organisation has a basis");
    }
}
