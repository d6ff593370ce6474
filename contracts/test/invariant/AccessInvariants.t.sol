// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {OrganizationRegistry} from "../../src/OrganizationRegistry.sol";
import {RecordRegistry} from "../../src/RecordRegistry.sol";
import {IConsentRegistry} from "../../src/interfaces/IConsentRegistry.sol";
import {IRecordRegistry} from "../../src/interfaces/IRecordRegistry.sol";
import {Consent, OrganizationStatus} from "../../src/types/AccessRules.sol";
import {Vocabulary as V} from "../../src/types/Vocabulary.sol";
import {GhostConsent, GhostOrganization, GhostRules, Handler} from "./Handler.sol";
import {Test} from "forge-std/Test.sol";

/// @notice After any sequence of grants, signed grants (valid, forged and held back past a
/// later decision), narrowings, extensions, revocations, delegations, access requests,
/// break-glass accesses, suspensions, pauses, record writes and reads, and time jumps of up to
/// 400 days, the registries agree with the handler's ghost model on every access question of a
/// small universe (4 patients, 3 organisations, 4 categories, 3 purposes, 2 actions) and keep
/// the hard rules: a revoked consent never passes, no forged or superseded signature verifies,
/// every decision about an organisation spends its nonce, the pause stops every widening write,
/// and a suspended organisation can do nothing.
/// @dev One `invariant_*` function checks all eight properties: forge runs one campaign per
/// invariant function, so eight functions would cost eight campaigns of the same sequences,
/// each sequence checked against one property. Here each call of each sequence is checked
/// against all eight, and the access questions the properties share are asked once per call.
/// Reading forge's metrics table: a handler call reverts exactly when the contracts refused it
/// as the ghost predicted, so "reverts" counts the predicted refusals of each action and
/// "calls - reverts" the accepted ones, over all runs. Forged signatures never revert the
/// handler (their refusals are counted in it); a wrong prediction never reverts either, it is
/// recorded and fails {_checkEveryOutcomeMatchesGhost}. `afterInvariant` logs the last run's
/// accepted calls, refused forgeries and read receipts by basis.
contract AccessInvariants is Test {
    /// @dev The handler's queried categories and purposes (`uint8[4]` and `uint8[3]`) and the
    /// actions: the questions asked about each (patient, organisation).
    uint256 internal constant QUERY_CATEGORIES = 4;
    uint256 internal constant QUERY_PURPOSES = 3;
    uint256 internal constant QUESTIONS_PER_PAIR = QUERY_CATEGORIES * QUERY_PURPOSES * V.ACTION_COUNT;

    /// @dev The registries' answers to every access question of the small universe, asked once
    /// per check. `allowed` and `basis` of `checkAccess` are indexed by {_question}; those of
    /// `checkRecordAccess` by {_recordQuestion} (record, organisation, queried purpose).
    struct Answers {
        uint256 patients;
        uint256 organizations;
        bool[] allowed;
        uint8[] basis;
        bool[] recordAllowed;
        uint8[] recordBasis;
    }

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

        bytes4[] memory selectors = new bytes4[](27);
        selectors[0] = Handler.grant.selector;
        selectors[1] = Handler.grantBySig.selector;
        selectors[2] = Handler.forgedGrantBySig.selector;
        selectors[3] = Handler.heldBackGrantBySig.selector;
        selectors[4] = Handler.narrow.selector;
        selectors[5] = Handler.extend.selector;
        selectors[6] = Handler.revoke.selector;
        selectors[7] = Handler.revokeBySig.selector;
        selectors[8] = Handler.forgedRevokeBySig.selector;
        selectors[9] = Handler.appointDelegate.selector;
        selectors[10] = Handler.removeDelegate.selector;
        selectors[11] = Handler.requestAccess.selector;
        selectors[12] = Handler.approveRequest.selector;
        selectors[13] = Handler.denyRequest.selector;
        selectors[14] = Handler.cancelRequest.selector;
        selectors[15] = Handler.openEmergencyAccess.selector;
        selectors[16] = Handler.closeEmergencyAccess.selector;
        selectors[17] = Handler.setEmergencyPolicy.selector;
        selectors[18] = Handler.suspend.selector;
        selectors[19] = Handler.reinstate.selector;
        selectors[20] = Handler.setEmergencyCapable.selector;
        selectors[21] = Handler.pause.selector;
        selectors[22] = Handler.unpause.selector;
        selectors[23] = Handler.addRecord.selector;
        selectors[24] = Handler.retractRecord.selector;
        selectors[25] = Handler.logAccess.selector;
        selectors[26] = Handler.warp.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @notice After every call, the contracts agree with the ghost on all eight properties.
    function invariant_contractsAgreeWithGhost() public {
        vm.warp(handler.currentTime());
        Answers memory answers = _askEveryQuestion();
        _checkEveryOutcomeMatchesGhost();
        _checkAccessMatchesGhost(answers);
        _checkRevokedConsentNeverPasses(answers);
        _checkSignaturesAndNonces();
        _checkPauseStopsWidening();
        _checkSuspendedOrganizationsHaveNoAccess(answers);
        _checkRecordsMatchGhost(answers);
        _checkRegistryStateMatchesGhost();
    }

    /// @notice Shows, per run, that the handler explores: how many calls of each kind were
    /// accepted, which forgeries were refused, and on what bases records were read.
    function afterInvariant() public view {
        handler.logSummary();
    }

    // --------------------------------------------------------- the eight properties

    /// @dev Every call was accepted or refused exactly as the ghost's rules predicted (and,
    /// where the ghost names it, refused with the error it names).
    function _checkEveryOutcomeMatchesGhost() internal view {
        if (handler.outcomeMismatches() == 0) return;
        _fail(string.concat("first mismatch: ", handler.firstMismatch()));
    }

    /// @dev `checkAccess` gives the ghost's answer, allowed and basis, to every question.
    function _checkAccessMatchesGhost(Answers memory answers) internal view {
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        uint8[QUERY_CATEGORIES] memory categories = handler.queryCategories();
        uint8[QUERY_PURPOSES] memory purposes = handler.queryPurposes();
        for (uint256 o; o < organizations; ++o) {
            uint32 orgId = handler.organizations(o);
            GhostOrganization memory org = handler.ghostOrganization(orgId);
            for (uint256 p; p < patients; ++p) {
                address patient = handler.patients(p);
                GhostConsent memory ghost = handler.ghostConsent(patient, orgId);
                for (uint256 c; c < categories.length; ++c) {
                    for (uint256 u; u < purposes.length; ++u) {
                        for (uint8 a; a < V.ACTION_COUNT; ++a) {
                            uint256 q = _question(answers, o, p, c, u, a);
                            (bool expectedAllowed, uint8 expectedBasis) =
                                GhostRules.access(ghost, org, categories[c], purposes[u], a, block.timestamp);
                            if (answers.allowed[q] != expectedAllowed || answers.basis[q] != expectedBasis) {
                                _fail(
                                    _describe(
                                        patient, orgId, categories[c], purposes[u], a, answers.basis[q], expectedBasis
                                    )
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    /// @dev After a revocation and until the next grant, no question passes on consent.
    function _checkRevokedConsentNeverPasses(Answers memory answers) internal view {
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        for (uint256 p; p < patients; ++p) {
            address patient = handler.patients(p);
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = handler.organizations(o);
                if (!handler.revokedSinceGrant(patient, orgId)) continue;
                assertEq(consents.consentOf(patient, orgId).categories, 0, "revoked consent still has a scope");
                (uint256 first, uint256 end) = _questionsAbout(answers, o, p);
                for (uint256 q = first; q < end; ++q) {
                    assertTrue(answers.basis[q] != V.BASIS_CONSENT, "revoked consent passed a check");
                }
            }
        }
    }

    /// @dev No forged, replayed, expired, cross-chain or held-back signature was ever accepted,
    /// and each nonce counts exactly the accepted decisions about its (patient, organisation).
    function _checkSignaturesAndNonces() internal view {
        assertEq(handler.invalidSignaturesAccepted(), 0, "a forged or superseded signature was accepted");
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

    /// @dev While writes are paused, nothing that widens access was accepted.
    function _checkPauseStopsWidening() internal view {
        assertEq(consents.paused(), handler.ghostPaused(), "pause flag");
        assertEq(handler.writesAcceptedWhilePaused(), 0, "a write was accepted during the pause");
    }

    /// @dev A suspended organisation passes no check, for any question, on any record, and none
    /// of its acts was accepted.
    function _checkSuspendedOrganizationsHaveNoAccess(Answers memory answers) internal view {
        assertEq(handler.actedWhileSuspended(), 0, "a suspended organisation acted");
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        uint256 recordCount = handler.ghostRecordCount();
        for (uint256 o; o < organizations; ++o) {
            uint32 orgId = handler.organizations(o);
            if (!handler.ghostOrganization(orgId).suspended) continue;
            assertFalse(consents.isActive(orgId), "suspended but active");
            for (uint256 p; p < patients; ++p) {
                (uint256 first, uint256 end) = _questionsAbout(answers, o, p);
                for (uint256 q = first; q < end; ++q) {
                    assertFalse(answers.allowed[q], "suspended organisation allowed");
                    assertEq(answers.basis[q], V.BASIS_NONE, "suspended organisation has a basis");
                }
            }
            for (uint256 r; r < recordCount; ++r) {
                for (uint256 u; u < QUERY_PURPOSES; ++u) {
                    assertFalse(
                        answers.recordAllowed[_recordQuestion(answers, r, o, u)],
                        "suspended organisation reads a record"
                    );
                }
            }
        }
    }

    /// @dev Each record pointer has the ghost's status (current, superseded, entered in error),
    /// patient, author and predecessor, and `checkRecordAccess` the ghost's answer.
    function _checkRecordsMatchGhost(Answers memory answers) internal view {
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
                    uint256 q = _recordQuestion(answers, r, o, u);
                    (bool expectedAllowed, uint8 expectedBasis) = handler.expectedRecordAccess(r, orgId, purposes[u]);
                    assertEq(answers.recordAllowed[q], expectedAllowed, "record access allowed");
                    assertEq(answers.recordBasis[q], expectedBasis, "record access basis");
                }
            }
        }
    }

    /// @dev The stored consents, delegations, emergency policies, requests and organisation
    /// statuses are the ghost's: the checks above are not agreeing by accident.
    function _checkRegistryStateMatchesGhost() internal view {
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        for (uint256 p; p < patients; ++p) {
            address patient = handler.patients(p);
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = handler.organizations(o);
                Consent memory stored = consents.consentOf(patient, orgId);
                GhostConsent memory ghost = handler.ghostConsent(patient, orgId);
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
            GhostOrganization memory ghost = handler.ghostOrganization(orgId);
            assertEq(status.suspended, ghost.suspended, "suspended");
            assertEq(status.emergencyCapable, ghost.emergencyCapable, "emergencyCapable");
        }
    }

    // ------------------------------------------------------------------ helpers

    /// @dev Asks the registries every question once: 288 `checkAccess` questions (4 patients,
    /// 3 organisations, 4 categories, 3 purposes, 2 actions) and, for each record, whether each
    /// organisation may read it for each queried purpose.
    function _askEveryQuestion() internal view returns (Answers memory answers) {
        uint256 patients = handler.patientCount();
        uint256 organizations = handler.organizationCount();
        uint8[QUERY_CATEGORIES] memory categories = handler.queryCategories();
        uint8[QUERY_PURPOSES] memory purposes = handler.queryPurposes();
        answers.patients = patients;
        answers.organizations = organizations;
        uint256 questions = organizations * patients * QUESTIONS_PER_PAIR;
        answers.allowed = new bool[](questions);
        answers.basis = new uint8[](questions);
        for (uint256 o; o < organizations; ++o) {
            uint32 orgId = handler.organizations(o);
            for (uint256 p; p < patients; ++p) {
                address patient = handler.patients(p);
                for (uint256 c; c < categories.length; ++c) {
                    for (uint256 u; u < purposes.length; ++u) {
                        for (uint8 a; a < V.ACTION_COUNT; ++a) {
                            uint256 q = _question(answers, o, p, c, u, a);
                            (answers.allowed[q], answers.basis[q]) =
                                consents.checkAccess(patient, orgId, categories[c], purposes[u], a);
                        }
                    }
                }
            }
        }
        uint256 recordCount = handler.ghostRecordCount();
        answers.recordAllowed = new bool[](recordCount * organizations * purposes.length);
        answers.recordBasis = new uint8[](answers.recordAllowed.length);
        for (uint256 r; r < recordCount; ++r) {
            bytes32 id = handler.ghostRecord(r).id;
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = handler.organizations(o);
                for (uint256 u; u < purposes.length; ++u) {
                    uint256 q = _recordQuestion(answers, r, o, u);
                    (answers.recordAllowed[q], answers.recordBasis[q]) =
                        records.checkRecordAccess(id, orgId, purposes[u]);
                }
            }
        }
    }

    /// @dev The index of the question (organisation `o`, patient `p`, queried category `c`,
    /// queried purpose `u`, action `a`); the questions about one pair are contiguous.
    function _question(Answers memory answers, uint256 o, uint256 p, uint256 c, uint256 u, uint256 a)
        internal
        pure
        returns (uint256)
    {
        return (o * answers.patients + p) * QUESTIONS_PER_PAIR + (c * QUERY_PURPOSES + u) * V.ACTION_COUNT + a;
    }

    /// @dev The range [first, end) of the questions about (organisation `o`, patient `p`).
    function _questionsAbout(Answers memory answers, uint256 o, uint256 p)
        internal
        pure
        returns (uint256 first, uint256 end)
    {
        first = _question(answers, o, p, 0, 0, 0);
        end = first + QUESTIONS_PER_PAIR;
    }

    /// @dev The index of the question (record `r`, organisation `o`, queried purpose `u`).
    function _recordQuestion(Answers memory answers, uint256 r, uint256 o, uint256 u) internal pure returns (uint256) {
        return (r * answers.organizations + o) * QUERY_PURPOSES + u;
    }

    function _fail(string memory reason) internal pure {
        assertTrue(false, reason);
    }

    function _describe(
        address patient,
        uint32 orgId,
        uint8 category,
        uint8 purpose,
        uint8 action,
        uint8 basis,
        uint8 expectedBasis
    ) internal pure returns (string memory) {
        return string.concat(
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
        );
    }
}
