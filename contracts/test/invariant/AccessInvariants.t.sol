// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {OrganizationRegistry} from "../../src/OrganizationRegistry.sol";
import {RecordRegistry} from "../../src/RecordRegistry.sol";
import {IConsentRegistry} from "../../src/interfaces/IConsentRegistry.sol";
import {IRecordRegistry} from "../../src/interfaces/IRecordRegistry.sol";
import {Consent, OrganizationStatus, Practitioner} from "../../src/types/AccessRules.sol";
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
/// a suspended organisation can do nothing, and a co-signed record is current only once every
/// signer its policy required signed, before its deadline, with no rejection (rejected and
/// expired are final: the ghost never moves them, so any move is a status mismatch).
/// @dev One `invariant_*` function checks all eight properties. Forge runs one campaign per
/// invariant function, so eight functions cost eight campaigns, each checking its sequences
/// against one property; here every call of every sequence is checked against all eight.
/// Forge checks after each call that did not revert, so the check is written to be cheap: the
/// ghost is fetched in one call, each access question is asked once and its answer shared by
/// the properties that read it, and a comparison calls into the VM only when it fails.
/// Reading forge's metrics table: a handler call reverts exactly when the contracts refused it
/// as the ghost predicted, so "reverts" counts the predicted refusals of each action and
/// "calls - reverts" the accepted ones, over all runs. Forged signatures never revert the
/// handler (their refusals are counted in it); a wrong prediction never reverts either, it is
/// recorded and fails {_checkEveryOutcomeMatchesGhost}. `afterInvariant` logs the last run's
/// accepted calls, refused forgeries and read receipts by basis.
contract AccessInvariants is Test {
    /// @dev The handler's queried categories and purposes (`uint8[4]` and `uint8[3]`), times
    /// the actions: the questions asked about each (patient, organisation).
    uint256 internal constant QUERY_CATEGORIES = 4;
    uint256 internal constant QUERY_PURPOSES = 3;
    uint256 internal constant QUESTIONS_PER_PAIR = QUERY_CATEGORIES * QUERY_PURPOSES * V.ACTION_COUNT;

    /// @dev What the checks read, fetched once per check: the queried categories and purposes,
    /// the ghost's view of the universe and of the records, and the registries' answers to every
    /// access question about them.
    /// `allowed` and `basis` answer `checkAccess` by question, in the order of the loops
    /// organisation, patient, category, purpose, action (so a pair's questions are contiguous,
    /// from `pair * QUESTIONS_PER_PAIR`); `recordAllowed` and `recordBasis` answer
    /// `checkRecordAccess` by record, organisation and purpose, in that order.
    struct Snapshot {
        uint8[QUERY_CATEGORIES] categories;
        uint8[QUERY_PURPOSES] purposes;
        Handler.GhostUniverse ghost;
        Handler.GhostRecord[] records;
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
        vm.setBlockhash(block.number - 1, keccak256("the block before the deployment"));
        orgs = new OrganizationRegistry(makeAddr("governance"), authority);
        consents = ConsentRegistry(orgs.consents());
        records = new RecordRegistry(orgs);
        handler = new Handler(orgs, records, authority);

        // The handler signs with its own statement of the EIP-712 types; it must be the
        // registry's, or every valid signature would be a false alarm.
        assertEq(handler.domainSeparator(block.chainid, address(consents)), consents.DOMAIN_SEPARATOR());
        assertEq(handler.GRANT_TYPEHASH(), consents.GRANT_TYPEHASH());
        assertEq(handler.REVOKE_TYPEHASH(), consents.REVOKE_TYPEHASH());

        bytes4[] memory selectors = new bytes4[](37);
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
        selectors[27] = Handler.addPractitioner.selector;
        selectors[28] = Handler.removePractitioner.selector;
        selectors[29] = Handler.movePractitioner.selector;
        selectors[30] = Handler.transferAdmin.selector;
        selectors[31] = Handler.acceptAdmin.selector;
        selectors[32] = Handler.recoverAdmin.selector;
        selectors[33] = Handler.setCosignPolicy.selector;
        selectors[34] = Handler.signRecord.selector;
        selectors[35] = Handler.rejectRecord.selector;
        selectors[36] = Handler.expireRecord.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @notice After every call, the contracts agree with the ghost on all eight properties.
    function invariant_contractsAgreeWithGhost() public {
        vm.warp(handler.currentTime());
        Snapshot memory s = _snapshot();
        _checkEveryOutcomeMatchesGhost();
        _checkAccessMatchesGhost(s);
        _checkRevokedConsentNeverPasses(s);
        _checkSignaturesAndNonces(s);
        _checkPauseStopsWidening();
        _checkSuspendedOrganizationsHaveNoAccess(s);
        _checkRecordsMatchGhost(s);
        _checkRegistryStateMatchesGhost(s);
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
        if (handler.outcomeMismatches() != 0) _fail(string.concat("first mismatch: ", handler.firstMismatch()));
    }

    /// @dev `checkAccess` gives the ghost's answer, allowed and basis, to every question.
    function _checkAccessMatchesGhost(Snapshot memory s) internal view {
        uint8[QUERY_CATEGORIES] memory categories = s.categories;
        uint8[QUERY_PURPOSES] memory purposes = s.purposes;
        bool[] memory answeredAllowed = s.allowed;
        uint8[] memory answeredBasis = s.basis;
        uint256 patients = s.ghost.patients.length;
        uint256 q;
        for (uint256 pair; pair < s.ghost.consents.length; ++pair) {
            GhostOrganization memory org = s.ghost.organizationStatus[pair / patients];
            GhostConsent memory ghost = s.ghost.consents[pair];
            for (uint256 c; c < QUERY_CATEGORIES; ++c) {
                uint8 category = categories[c];
                for (uint256 u; u < QUERY_PURPOSES; ++u) {
                    uint8 purpose = purposes[u];
                    for (uint8 a; a < V.ACTION_COUNT; ++a) {
                        (bool allowed, uint8 basis) =
                            GhostRules.access(ghost, org, category, purpose, a, block.timestamp);
                        if (answeredAllowed[q] != allowed || answeredBasis[q] != basis) {
                            (address patient, uint32 orgId) = _pair(s, pair);
                            _fail(_describe(patient, orgId, category, purpose, a, answeredBasis[q], basis));
                        }
                        unchecked {
                            ++q;
                        }
                    }
                }
            }
        }
    }

    /// @dev After a revocation and until the next grant, no question passes on consent.
    function _checkRevokedConsentNeverPasses(Snapshot memory s) internal view {
        for (uint256 pair; pair < s.ghost.revokedSinceGrant.length; ++pair) {
            if (!s.ghost.revokedSinceGrant[pair]) continue;
            (address patient, uint32 orgId) = _pair(s, pair);
            if (consents.consentOf(patient, orgId).categories != 0) _fail("revoked consent still has a scope");
            uint256 end = (pair + 1) * QUESTIONS_PER_PAIR;
            for (uint256 q = pair * QUESTIONS_PER_PAIR; q < end; ++q) {
                if (s.basis[q] == V.BASIS_CONSENT) _fail("revoked consent passed a check");
            }
        }
    }

    /// @dev No forged, replayed, expired, cross-chain or held-back signature was ever accepted,
    /// and each nonce counts exactly the accepted decisions about its (patient, organisation),
    /// the never-accredited organisation's included.
    function _checkSignaturesAndNonces(Snapshot memory s) internal view {
        _expectEq(handler.invalidSignaturesAccepted(), 0, "a forged or superseded signature was accepted");
        uint256 patients = s.ghost.patients.length;
        uint32 unknownOrg = handler.UNKNOWN_ORG();
        for (uint256 pair; pair < s.ghost.nonces.length; ++pair) {
            uint256 o = pair / patients;
            uint32 orgId = o == s.ghost.organizations.length ? unknownOrg : s.ghost.organizations[o];
            _expectEq(consents.nonceOf(s.ghost.patients[pair % patients], orgId), s.ghost.nonces[pair], "nonce");
        }
    }

    /// @dev While writes are paused, nothing that widens access was accepted.
    function _checkPauseStopsWidening() internal view {
        _expectEq(consents.paused(), handler.ghostPaused(), "pause flag");
        _expectEq(handler.writesAcceptedWhilePaused(), 0, "a write was accepted during the pause");
    }

    /// @dev A suspended organisation passes no check, for any question, on any record, and none
    /// of its acts was accepted.
    function _checkSuspendedOrganizationsHaveNoAccess(Snapshot memory s) internal view {
        _expectEq(handler.actedWhileSuspended(), 0, "a suspended organisation acted");
        uint256 organizations = s.ghost.organizations.length;
        uint256 perOrganization = s.ghost.patients.length * QUESTIONS_PER_PAIR;
        for (uint256 o; o < organizations; ++o) {
            if (!s.ghost.organizationStatus[o].suspended) continue;
            if (consents.isActive(s.ghost.organizations[o])) _fail("suspended but active");
            uint256 end = (o + 1) * perOrganization;
            for (uint256 q = o * perOrganization; q < end; ++q) {
                if (s.allowed[q]) _fail("suspended organisation allowed");
                if (s.basis[q] != V.BASIS_NONE) _fail("suspended organisation has a basis");
            }
            for (uint256 r; r < s.records.length; ++r) {
                for (uint256 u; u < QUERY_PURPOSES; ++u) {
                    if (s.recordAllowed[(r * organizations + o) * QUERY_PURPOSES + u]) {
                        _fail("suspended organisation reads a record");
                    }
                }
            }
        }
    }

    /// @dev Each record pointer has the ghost's status (current, superseded, entered in error;
    /// pending, rejected, expired under co-signing), patient, author, predecessor and co-signing
    /// state, and `checkRecordAccess` the ghost's answer. And, read from the contract alone: a
    /// co-signed record that ever became current (now current, superseded or entered in error)
    /// has every signature its policy required, and none it did not.
    function _checkRecordsMatchGhost(Snapshot memory s) internal view {
        uint8[QUERY_PURPOSES] memory purposes = s.purposes;
        uint256 organizations = s.ghost.organizations.length;
        uint256 q;
        for (uint256 r; r < s.records.length; ++r) {
            Handler.GhostRecord memory ghost = s.records[r];
            IRecordRegistry.Record memory record = records.recordOf(ghost.id);
            _expectEq(record.status, ghost.status, "record status");
            _expectEq(record.patient, ghost.patient, "record patient");
            _expectEq(record.authorOrg, ghost.authorOrg, "record author");
            _expectEq(record.category, ghost.category, "record category");
            _expectEq(records.predecessorOf(ghost.id), ghost.predecessor, "record predecessor");
            IRecordRegistry.Pending memory pending = records.pendingOf(ghost.id);
            _expectEq(pending.required, ghost.required, "co-signers required");
            _expectEq(pending.signed, ghost.signed, "co-signers signed");
            _expectEq(pending.deadline, ghost.deadline, "co-signing deadline");
            _expectEq(pending.specialist, ghost.specialist, "specialist");
            if (pending.signed & ~pending.required != 0) _fail("a signature the policy did not require");
            bool confirmed = record.status == V.RECORD_CURRENT || record.status == V.RECORD_SUPERSEDED
                || record.status == V.RECORD_ENTERED_IN_ERROR;
            if (pending.required != 0 && confirmed && pending.signed != pending.required) {
                _fail("a co-signed record became current without every signature");
            }
            uint256 p = _patientIndex(s, ghost.patient);
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = s.ghost.organizations[o];
                GhostConsent memory readerConsent = s.ghost.consents[o * s.ghost.patients.length + p];
                for (uint256 u; u < QUERY_PURPOSES; ++u) {
                    (bool allowed, uint8 basis) = GhostRules.recordAccess(
                        readerConsent,
                        s.ghost.organizationStatus[o],
                        ghost.authorOrg == orgId,
                        ghost.status,
                        ghost.category,
                        purposes[u],
                        block.timestamp
                    );
                    if (s.recordAllowed[q] != allowed) _fail("record access allowed");
                    if (s.recordBasis[q] != basis) _failEq("record access basis", s.recordBasis[q], basis);
                    ++q;
                }
            }
        }
    }

    /// @dev The stored consents, delegations, emergency policies, requests and organisation
    /// statuses are the ghost's: the checks above are not agreeing by accident.
    function _checkRegistryStateMatchesGhost(Snapshot memory s) internal view {
        uint256 patients = s.ghost.patients.length;
        for (uint256 pair; pair < s.ghost.consents.length; ++pair) {
            (address patient, uint32 orgId) = _pair(s, pair);
            Consent memory stored = consents.consentOf(patient, orgId);
            GhostConsent memory ghost = s.ghost.consents[pair];
            _expectEq(stored.categories, ghost.categories, "categories");
            _expectEq(stored.purposes, ghost.purposes, "purposes");
            _expectEq(stored.actions, ghost.actions, "actions");
            _expectEq(stored.validFrom, ghost.validFrom, "validFrom");
            _expectEq(stored.validUntil, ghost.validUntil, "validUntil");
            _expectEq(stored.emergencyCategories, ghost.emergencyCategories, "emergencyCategories");
            _expectEq(stored.emergencyUntil, ghost.emergencyUntil, "emergencyUntil");
            _expectEq(stored.nonce, s.ghost.nonces[pair], "stored nonce");
        }
        for (uint256 p; p < patients; ++p) {
            IConsentRegistry.EmergencyPolicy memory policy = consents.emergencyPolicyOf(s.ghost.patients[p]);
            Handler.GhostPolicy memory ghostPolicy = s.ghost.policies[p];
            _expectEq(policy.optedOut, ghostPolicy.optedOut, "optedOut");
            _expectEq(policy.restrictedCategories, ghostPolicy.restrictedCategories, "restrictedCategories");
        }
        uint256 perPatient = s.ghost.delegates.length / patients;
        for (uint256 i; i < s.ghost.delegates.length; ++i) {
            IConsentRegistry.Delegation memory delegation =
                consents.delegationOf(s.ghost.patients[i / perPatient], s.ghost.delegates[i]);
            _expectEq(delegation.categories, s.ghost.delegations[i].categories, "delegation categories");
            _expectEq(delegation.purposes, s.ghost.delegations[i].purposes, "delegation purposes");
            _expectEq(delegation.actions, s.ghost.delegations[i].actions, "delegation actions");
            _expectEq(delegation.expiresAt, s.ghost.delegations[i].expiresAt, "delegation expiry");
        }
        uint256 requestCount = s.ghost.requestStatus.length;
        _expectEq(consents.requestCount(), requestCount, "request count");
        for (uint256 i; i < requestCount; ++i) {
            // Request ids count from 1.
            // forge-lint: disable-next-line(unsafe-typecast)
            IConsentRegistry.AccessRequest memory request = consents.accessRequest(uint64(i + 1));
            _expectEq(request.status, s.ghost.requestStatus[i], "request status");
        }
        for (uint256 o; o < s.ghost.organizations.length; ++o) {
            uint32 orgId = s.ghost.organizations[o];
            OrganizationStatus memory status = consents.organizationStatus(orgId);
            GhostOrganization memory ghost = s.ghost.organizationStatus[o];
            _expectEq(status.suspended, ghost.suspended, "suspended");
            _expectEq(status.emergencyCapable, ghost.emergencyCapable, "emergencyCapable");
            _expectEq(orgs.organization(orgId).admin, handler.ghostAdmin(orgId), "organisation admin");
            _expectEq(orgs.pendingAdmin(orgId), handler.ghostPendingAdmin(orgId), "pending admin");
        }
        for (uint256 i; i < handler.practitionerCount(); ++i) {
            address account = handler.practitioners(i);
            Practitioner memory member = consents.practitionerOf(account);
            Handler.GhostMember memory ghost = handler.ghostMember(account);
            _expectEq(member.orgId, ghost.orgId, "practitioner's organisation");
            _expectEq(member.role, ghost.role, "practitioner's role");
        }
    }

    // ------------------------------------------------------------------ helpers

    /// @dev The ghost, and the registries' answers to every question: 288 to `checkAccess`
    /// (4 patients, 3 organisations, 4 categories, 3 purposes, 2 actions) and, for each record,
    /// whether each organisation may read it for each queried purpose.
    function _snapshot() internal view returns (Snapshot memory s) {
        s.categories = handler.queryCategories();
        s.purposes = handler.queryPurposes();
        s.ghost = handler.ghostUniverse();
        s.records = handler.ghostRecords();
        uint8[QUERY_CATEGORIES] memory categories = s.categories;
        uint8[QUERY_PURPOSES] memory purposes = s.purposes;
        uint256 organizations = s.ghost.organizations.length;
        uint256 patients = s.ghost.patients.length;
        s.allowed = new bool[](organizations * patients * QUESTIONS_PER_PAIR);
        s.basis = new uint8[](s.allowed.length);
        bool[] memory allowed = s.allowed;
        uint8[] memory basis = s.basis;
        uint256 q;
        for (uint256 o; o < organizations; ++o) {
            uint32 orgId = s.ghost.organizations[o];
            for (uint256 p; p < patients; ++p) {
                address patient = s.ghost.patients[p];
                for (uint256 c; c < QUERY_CATEGORIES; ++c) {
                    uint8 category = categories[c];
                    for (uint256 u; u < QUERY_PURPOSES; ++u) {
                        uint8 purpose = purposes[u];
                        for (uint8 a; a < V.ACTION_COUNT; ++a) {
                            (allowed[q], basis[q]) = consents.checkAccess(patient, orgId, category, purpose, a);
                            unchecked {
                                ++q;
                            }
                        }
                    }
                }
            }
        }
        s.recordAllowed = new bool[](s.records.length * organizations * QUERY_PURPOSES);
        s.recordBasis = new uint8[](s.recordAllowed.length);
        q = 0;
        for (uint256 r; r < s.records.length; ++r) {
            bytes32 id = s.records[r].id;
            for (uint256 o; o < organizations; ++o) {
                uint32 orgId = s.ghost.organizations[o];
                for (uint256 u; u < QUERY_PURPOSES; ++u) {
                    (s.recordAllowed[q], s.recordBasis[q]) = records.checkRecordAccess(id, orgId, purposes[u]);
                    ++q;
                }
            }
        }
    }

    /// @dev The (patient, organisation) of pair index `pair` (see {Handler.GhostUniverse}).
    function _pair(Snapshot memory s, uint256 pair) internal pure returns (address patient, uint32 orgId) {
        uint256 patients = s.ghost.patients.length;
        return (s.ghost.patients[pair % patients], s.ghost.organizations[pair / patients]);
    }

    function _patientIndex(Snapshot memory s, address patient) internal pure returns (uint256 p) {
        while (s.ghost.patients[p] != patient) ++p;
    }

    // Comparisons that call into the VM only when they fail: forge-std's assertions are a
    // cheatcode call each, and these run hundreds of times after every handler call.

    function _expectEq(uint256 actual, uint256 expected, string memory what) internal pure {
        if (actual != expected) _failEq(what, actual, expected);
    }

    function _expectEq(bool actual, bool expected, string memory what) internal pure {
        if (actual != expected) _fail(string.concat(what, ": ", vm.toString(actual), " != ", vm.toString(expected)));
    }

    function _expectEq(address actual, address expected, string memory what) internal pure {
        if (actual != expected) _fail(string.concat(what, ": ", vm.toString(actual), " != ", vm.toString(expected)));
    }

    function _expectEq(bytes32 actual, bytes32 expected, string memory what) internal pure {
        if (actual != expected) _fail(string.concat(what, ": ", vm.toString(actual), " != ", vm.toString(expected)));
    }

    function _failEq(string memory what, uint256 actual, uint256 expected) internal pure {
        _fail(string.concat(what, ": ", vm.toString(actual), " != ", vm.toString(expected)));
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
