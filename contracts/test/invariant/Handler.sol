// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

// Longer than 600 lines: the invariant campaign's one handler, which must hold every action and the
// ghost state the invariants compare with (forge targets one handler contract).

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {OrganizationRegistry} from "../../src/OrganizationRegistry.sol";
import {RecordRegistry} from "../../src/RecordRegistry.sol";
import {IConsentRegistry} from "../../src/interfaces/IConsentRegistry.sol";
import {ConsentTerms} from "../../src/types/AccessRules.sol";
import {Vocabulary as V} from "../../src/types/Vocabulary.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {console} from "forge-std/console.sol";

/// @notice What the rules say one (patient, organisation) slot holds.
struct GhostConsent {
    uint32 categories;
    uint8 purposes;
    uint8 actions;
    uint40 validFrom;
    uint40 validUntil;
    uint32 emergencyCategories;
    uint40 emergencyUntil;
    /// @dev Not kept per slot: the later of the patient's last opt-out and the organisation's
    /// last loss of its emergency capability, filled in by `Handler.ghostConsent`. A break-glass
    /// access opened no later than this is over.
    uint40 emergencyVoidUpTo;
}

struct GhostOrganization {
    bool accredited;
    bool suspended;
    bool emergencyCapable;
    /// @dev When the authority last withdrew the emergency capability, zero if never.
    uint40 emergencyWithdrawnAt;
}

/// @notice The access rule as the ghost states it: an independent restatement of the
/// NatSpec of `IConsentRegistry.checkAccess`, not a call into `AccessRules`.
library GhostRules {
    /// @notice The purposes a role acts for, restated from issue 21: clinical roles (physician,
    /// nurse, laboratory scientist, pharmacist, head of department) treatment and emergency
    /// treatment; the records
    /// officer operations, public health and patients' requests; billing payment and
    /// operations; research staff research. No role, nothing.
    function roleMayUse(uint8 role, uint8 purpose) internal pure returns (bool) {
        if (purpose >= V.PURPOSE_COUNT) return false;
        if (
            role == V.ROLE_PHYSICIAN || role == V.ROLE_NURSE || role == V.ROLE_LAB_SCIENTIST
                || role == V.ROLE_HEAD_OF_DEPARTMENT
        ) {
            return purpose == V.TREAT || purpose == V.ETREAT;
        }
        if (role == V.ROLE_PHARMACIST) return purpose == V.TREAT || purpose == V.ETREAT;
        if (role == V.ROLE_RECORDS_OFFICER) return purpose == V.HOPERAT || purpose == V.PUBHLTH || purpose == V.PATRQT;
        if (role == V.ROLE_BILLING_OFFICER) return purpose == V.HPAYMT || purpose == V.HOPERAT;
        if (role == V.ROLE_RESEARCHER) return purpose == V.HRESCH;
        return false;
    }

    /// @notice A suspended or unknown organisation has no access; otherwise {consentBasis}.
    function access(
        GhostConsent memory consent,
        GhostOrganization memory org,
        uint8 category,
        uint8 purpose,
        uint8 action,
        uint256 time
    ) internal pure returns (bool allowed, uint8 basis) {
        if (!org.accredited || org.suspended) return (false, V.BASIS_NONE);
        basis = consentBasis(consent, category, purpose, action, time);
        allowed = basis != V.BASIS_NONE;
    }

    /// @notice A consent whose scope and window cover the question, else an open break-glass
    /// access (emergency treatment only, reading and writing) opened after the patient last
    /// opted out and after the organisation last lost its emergency capability, else nothing.
    function consentBasis(GhostConsent memory consent, uint8 category, uint8 purpose, uint8 action, uint256 time)
        internal
        pure
        returns (uint8)
    {
        bool inScope =
            has(consent.categories, category) && has(consent.purposes, purpose) && has(consent.actions, action);
        bool inWindow = consent.validFrom <= time && time < consent.validUntil;
        if (inScope && inWindow) return V.BASIS_CONSENT;
        bool glassBroken = time < consent.emergencyUntil
            && consent.emergencyUntil - V.EMERGENCY_DURATION > consent.emergencyVoidUpTo
            && has(consent.emergencyCategories, category);
        if (purpose == V.ETREAT && glassBroken) return V.BASIS_EMERGENCY;
        return V.BASIS_NONE;
    }

    /// @notice What `checkRecordAccess` answers for an organisation reading a record: nothing for
    /// a record entered in error or a suspended or unknown organisation; its author reads its own
    /// record; anyone else by {consentBasis} on `readerConsent` (the record's patient's consent
    /// to the reader) for reading the record's category.
    function recordAccess(
        GhostConsent memory readerConsent,
        GhostOrganization memory reader,
        bool readerIsAuthor,
        uint8 status,
        uint8 category,
        uint8 purpose,
        uint256 time
    ) internal pure returns (bool allowed, uint8 basis) {
        // Only current and superseded pointers are read (never one entered in error, nor one
        // pending, rejected or expired under co-signing).
        if ((status != V.RECORD_CURRENT && status != V.RECORD_SUPERSEDED) || !reader.accredited || reader.suspended) {
            return (false, V.BASIS_NONE);
        }
        if (readerIsAuthor) return (true, V.BASIS_OWN_RECORD);
        basis = consentBasis(readerConsent, category, purpose, V.READ, time);
        allowed = basis != V.BASIS_NONE;
    }

    function has(uint256 mask, uint8 bit) internal pure returns (bool) {
        return mask & (uint256(1) << bit) != 0;
    }
}

/// @notice Drives the Consentry suite through random sequences of every action patients,
/// delegates, practitioners and the health authority can take, inside a small fixed universe,
/// and keeps a ghost model of what the rules say the state should be.
/// @dev The ghost model is a restatement of the NatSpec rules written for this test, not a call
/// into `AccessRules`: before each action the handler predicts from the ghost alone whether
/// the contracts must accept it, then makes the call, counts any disagreement, and applies to
/// the ghost only what the contracts accepted. Inputs are bounded into ranges that are mostly
/// valid and sometimes deliberately invalid (bad masks, empty windows, strangers, unknown ids,
/// forged signatures), so both the accepting and the refusing paths are exercised.
contract Handler is CommonBase, StdCheats, StdUtils {
    // ------------------------------------------------------------------ ghost types

    struct GhostMember {
        uint32 orgId;
        uint8 role;
    }

    struct GhostDelegation {
        uint32 categories;
        uint8 purposes;
        uint8 actions;
        uint40 expiresAt;
    }

    struct GhostPolicy {
        bool optedOut;
        uint32 restrictedCategories;
        uint40 optedOutAt;
    }

    /// @dev The last three break-glass openings of one (patient, organisation), and when the
    /// patient or a delegate last closed one.
    struct GhostEmergencyLedger {
        uint40[3] openedAt;
        uint40 closedByPatientAt;
    }

    struct GhostRequest {
        address patient;
        uint32 orgId;
        uint32 categories;
        uint8 purposes;
        uint8 actions;
        uint40 duration;
        uint40 expiresAt;
        uint8 status;
    }

    /// @notice The small universe and the ghost's view of it, for the invariant to read in one
    /// call instead of a call per patient, organisation and property after every handler call.
    /// @dev Per-pair arrays are organisation-major: pair (organisation `o`, patient `p`) is at
    /// `o * patients.length + p`. Per-delegation arrays are patient-major: each patient's
    /// delegates, then the next patient (whom a patient may appoint too).
    struct GhostUniverse {
        address[] patients;
        uint32[] organizations;
        GhostOrganization[] organizationStatus;
        GhostConsent[] consents;
        bool[] revokedSinceGrant;
        /// @dev Has one organisation more than the others: the never-accredited `UNKNOWN_ORG`,
        /// whose nonces revocations spend too.
        uint256[] nonces;
        GhostPolicy[] policies;
        address[] delegates;
        GhostDelegation[] delegations;
        /// @dev By request id minus one.
        uint8[] requestStatus;
    }

    struct GhostRecord {
        bytes32 id;
        address patient;
        uint32 authorOrg;
        uint8 category;
        uint8 status;
        bytes32 predecessor;
        // Co-signing: the policy's signers when added (0: none), who signed, until when, and
        // the specialist named.
        uint8 required;
        uint8 signed;
        uint40 deadline;
        address specialist;
    }

    /// @dev An organisation's co-signing policy for a category (or one FHIR type of it).
    struct GhostCosignPolicy {
        uint8 signers;
        uint40 maxWait;
        uint32 version;
        uint32 typeOverrides;
    }

    /// @dev The accepted decisions of the patient (or a delegate) about one organisation, by
    /// kind: each spent one nonce, so the contract's nonce must be their sum (it never wraps).
    /// Break-glass, denials, cancellations and emergency
    /// policies are not decisions about an organisation's consent and spend none.
    struct NonceSpend {
        uint32 grants;
        uint32 signedGrants;
        uint32 narrowings;
        uint32 extensions;
        uint32 approvals;
        uint32 revocations;
        uint32 signedRevocations;
    }

    struct SignedGrant {
        address patient;
        uint32 orgId;
        ConsentTerms terms;
        uint256 nonce;
        uint256 deadline;
        bytes signature;
    }

    struct SignedRevoke {
        address patient;
        uint32 orgId;
        uint256 nonce;
        uint256 deadline;
        bytes signature;
    }

    /// @notice Every handler action, for the call summary.
    enum Action {
        Grant,
        GrantBySig,
        ForgedGrantBySig,
        HeldBackGrantBySig,
        Narrow,
        Extend,
        Revoke,
        RevokeBySig,
        ForgedRevokeBySig,
        AppointDelegate,
        RemoveDelegate,
        RequestAccess,
        ApproveRequest,
        DenyRequest,
        CancelRequest,
        OpenEmergencyAccess,
        CloseEmergencyAccess,
        SetEmergencyPolicy,
        Suspend,
        Reinstate,
        SetEmergencyCapable,
        Pause,
        Unpause,
        AddRecord,
        RetractRecord,
        LogAccess,
        AddPractitioner,
        RemovePractitioner,
        MovePractitioner,
        TransferAdmin,
        AcceptAdmin,
        RecoverAdmin,
        Warp,
        SetCosignPolicy,
        SignRecord,
        SignRecordBySig,
        RejectRecord,
        ExpireRecord
    }

    /// @notice The ways a signature is deliberately made wrong; each must be refused.
    enum Forgery {
        Expired,
        ForeignChainDomain,
        ChainForkedAfterSigning,
        OtherContractDomain,
        WrongSigner,
        Replayed,
        StaleNonce,
        TamperedPayload,
        MalleatedS
    }

    /// @notice A call the contracts refused, as the ghost predicted: nothing to record.
    error Handler__RefusedAsPredicted();

    uint256 internal constant ACTION_COUNT = 38;
    uint256 internal constant FORGERY_COUNT = 9;

    // ---------------------------------------------------------- EIP-712, restated
    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)");
    bytes32 public constant GRANT_TYPEHASH = keccak256(
        "GrantConsent(address patient,uint32 orgId,uint32 categories,uint8 purposes,uint8 actions,uint40 validFrom,uint40 validUntil,uint256 nonce,uint256 deadline)"
    );
    bytes32 public constant REVOKE_TYPEHASH =
        keccak256("RevokeConsent(address patient,uint32 orgId,uint256 nonce,uint256 deadline)");
    bytes32 public constant SIGN_RECORD_TYPEHASH =
        keccak256("SignRecord(bytes32 recordId,uint8 kind,uint256 deadline)");

    /// @notice An organisation id that is never accredited.
    uint32 public constant UNKNOWN_ORG = 99;
    /// @notice Distinct record contents per patient: small, so duplicates are tried too.
    uint256 internal constant CONTENT_VARIANTS = 6;

    // ------------------------------------------------------------------- the suite
    OrganizationRegistry public immutable orgs;
    ConsentRegistry public immutable consents;
    RecordRegistry public immutable records;
    address public immutable authority;
    /// @notice Holds DEFAULT_ADMIN_ROLE (the invariant test's `makeAddr("governance")`).
    address public governance = makeAddr("governance");

    // ---------------------------------------------------------------- the universe
    uint32 public hospital;
    uint32 public lab;
    uint32 public clinic;
    uint32[] public organizations;
    address[] public patients;
    uint256[] internal _patientKeys;
    address[] public delegates;
    address[] public practitioners;
    address public stranger = makeAddr("stranger");
    address public relayer = makeAddr("relayer");

    // ------------------------------------------------------------------ the ghost
    uint256 public currentTime;
    uint256 internal immutable _START;
    bool public ghostPaused;
    mapping(address patient => mapping(uint32 orgId => GhostConsent)) internal _consents;
    mapping(address patient => mapping(uint32 orgId => NonceSpend)) internal _nonceSpends;
    mapping(address patient => mapping(uint32 orgId => GhostEmergencyLedger)) internal _emergencyLedgers;
    /// @dev The nonce a signed grant of the patient's left behind (its own plus one).
    mapping(address patient => mapping(uint32 orgId => uint256)) internal _signedGrantSpent;
    /// @dev Set by an accepted revocation, cleared by the next accepted grant or approval.
    mapping(address patient => mapping(uint32 orgId => bool)) public revokedSinceGrant;
    mapping(uint32 orgId => GhostOrganization) internal _organizations;
    mapping(address account => GhostMember) internal _members;
    /// @dev Each organisation's admin and the admin it offered the role to (zero: none).
    mapping(uint32 orgId => address) public ghostAdmin;
    mapping(uint32 orgId => address) public ghostPendingAdmin;
    /// @dev Who may come to manage an organisation: its first admins and two successors.
    address[] internal _adminCandidates;
    mapping(address patient => mapping(address delegate => GhostDelegation)) internal _delegations;
    mapping(address patient => GhostPolicy) internal _policies;
    GhostRequest[] internal _requests;
    GhostRecord[] internal _records;
    mapping(bytes32 recordId => uint256 indexPlusOne) internal _recordIndex;
    mapping(address patient => bytes32[]) internal _recordsOfPatient;
    /// @dev (orgId << 16 | category << 8 | fhirType) => co-signing policy.
    mapping(uint48 key => GhostCosignPolicy) internal _cosignPolicies;
    /// @dev Records added under a co-signing policy, pending or decided.
    bytes32[] internal _cosignedRecords;
    SignedGrant[] internal _acceptedGrants;
    SignedRevoke[] internal _acceptedRevokes;

    // ------------------------------------------------------- safety ghost counters
    /// @notice Calls whose outcome (accepted or refused, and where the ghost names one, the
    /// reason for a refusal) differed from the ghost's prediction.
    uint256 public outcomeMismatches;
    /// @notice Forged, replayed, expired or cross-chain signatures, or ones held back past a later
    /// decision, that the registry accepted.
    uint256 public invalidSignaturesAccepted;
    /// @notice Writes the pause must stop (grants, extensions, requests, approvals,
    /// break-glass, delegations, records, reinstatements, widening policies) that were accepted
    /// while writes were paused.
    uint256 public writesAcceptedWhilePaused;
    /// @notice Grants to, or acts of, a suspended organisation that were accepted.
    uint256 public actedWhileSuspended;
    /// @notice The first mismatch, described for the reader of a failing run.
    string public firstMismatch;

    // ----------------------------------------------------------------- call summary
    uint256[ACTION_COUNT] internal _accepted;
    uint256[FORGERY_COUNT] internal _forgeriesRefused;
    /// @dev Signed grants held back past a decision about their organisation, then refused.
    uint256 internal _heldBackRefused;
    /// @dev Revocations signed at the nonce of a signed grant that reached the chain first.
    uint256 internal _revocationTiesEnded;
    uint256[4] internal _receiptsByBasis;

    modifier atCurrentTime() {
        _syncTime();
        _;
    }

    /// @notice The consent registry's EIP-712 salt, restated: the hash of the block before the
    /// one it was created in (the test creates it and this handler in the same block).
    bytes32 public immutable domainSalt;

    constructor(OrganizationRegistry orgs_, RecordRegistry records_, address authority_) {
        domainSalt = blockhash(block.number - 1);
        orgs = orgs_;
        consents = ConsentRegistry(orgs_.consents());
        records = records_;
        authority = authority_;
        currentTime = block.timestamp;
        _START = block.timestamp;

        vm.startPrank(authority_);
        hospital = orgs_.accredit(V.KIND_HOSPITAL, makeAddr("hospitalAdmin"), true, "Hospital", "https://h.example/r4");
        lab = orgs_.accredit(V.KIND_LABORATORY, makeAddr("labAdmin"), false, "Lab", "https://l.example/r4");
        clinic = orgs_.accredit(V.KIND_CLINIC, makeAddr("clinicAdmin"), false, "Clinic", "https://c.example/r4");
        vm.stopPrank();
        organizations.push(hospital);
        organizations.push(lab);
        organizations.push(clinic);
        _organizations[hospital] =
            GhostOrganization({accredited: true, suspended: false, emergencyCapable: true, emergencyWithdrawnAt: 0});
        _organizations[lab] =
            GhostOrganization({accredited: true, suspended: false, emergencyCapable: false, emergencyWithdrawnAt: 0});
        _organizations[clinic] =
            GhostOrganization({accredited: true, suspended: false, emergencyCapable: false, emergencyWithdrawnAt: 0});

        // Two practitioners per organisation, with different roles: one of each pair may
        // break the glass (physician or nurse), the other may not.
        _addPractitioner(hospital, "hospitalAdmin", "hospitalPhysician", V.ROLE_PHYSICIAN);
        _addPractitioner(hospital, "hospitalAdmin", "hospitalRecordsOfficer", V.ROLE_RECORDS_OFFICER);
        _addPractitioner(lab, "labAdmin", "labScientist", V.ROLE_LAB_SCIENTIST);
        _addPractitioner(lab, "labAdmin", "labNurse", V.ROLE_NURSE);
        _addPractitioner(clinic, "clinicAdmin", "clinicPhysician", V.ROLE_PHYSICIAN);
        _addPractitioner(clinic, "clinicAdmin", "clinicBillingOfficer", V.ROLE_BILLING_OFFICER);
        // Two accounts that belong nowhere yet: the roster actions take them on, and move
        // the others between organisations (with a new role each time).
        practitioners.push(makeAddr("newcomer1"));
        practitioners.push(makeAddr("newcomer2"));
        // A head of department, who co-signs the hospital's imaging records (see the seed).
        _addPractitioner(hospital, "hospitalAdmin", "hospitalHeadOfRadiology", V.ROLE_HEAD_OF_DEPARTMENT);
        ghostAdmin[hospital] = makeAddr("hospitalAdmin");
        ghostAdmin[lab] = makeAddr("labAdmin");
        ghostAdmin[clinic] = makeAddr("clinicAdmin");
        _adminCandidates.push(ghostAdmin[hospital]);
        _adminCandidates.push(ghostAdmin[lab]);
        _adminCandidates.push(ghostAdmin[clinic]);
        _adminCandidates.push(makeAddr("successorAdmin1"));
        _adminCandidates.push(makeAddr("successorAdmin2"));

        uint256[4] memory keys = [uint256(0xA11CE), 0xB0B, 0xCA201, 0xD0D];
        for (uint256 i; i < keys.length; ++i) {
            _patientKeys.push(keys[i]);
            patients.push(vm.addr(keys[i]));
        }
        delegates.push(makeAddr("guardian"));
        delegates.push(makeAddr("carer"));
        _seedStartingState();
    }

    /// @dev A lived-in starting state, made through the registries' own entry points and
    /// recorded in the ghost like any accepted call, so that even short runs (the CI profile's
    /// depth is 40) act on consents, delegations, break-glass accesses, requests and records
    /// from their first call.
    function _seedStartingState() internal {
        uint40 start = _u40(currentTime);
        uint8 treatment = uint8(1) << V.TREAT;
        uint32 labAndImaging = uint32(1) << V.LABORATORY | uint32(1) << V.IMAGING;
        _seedGrant(
            0,
            hospital,
            ConsentTerms({
                categories: V.STANDARD_CATEGORIES | uint32(1) << V.MENTAL_HEALTH,
                purposes: treatment | uint8(1) << V.ETREAT,
                actions: V.ALL_ACTIONS,
                validFrom: start,
                validUntil: V.NO_EXPIRY
            })
        );
        _seedGrant(
            1,
            lab,
            ConsentTerms({
                categories: labAndImaging,
                purposes: treatment | uint8(1) << V.HOPERAT,
                actions: V.ALL_ACTIONS,
                validFrom: start,
                validUntil: start + 365 days
            })
        );
        _seedGrant(
            2,
            clinic,
            ConsentTerms({
                categories: uint32(1) << V.LABORATORY | uint32(1) << V.GENOMICS,
                purposes: treatment,
                actions: uint8(1) << V.READ,
                validFrom: start,
                validUntil: start + 30 days
            })
        );
        // By signature, relayed: spends the patient's first nonce for the hospital.
        SignedGrant memory signed;
        signed.patient = patients[3];
        signed.orgId = hospital;
        signed.terms = ConsentTerms({
            categories: V.ALL_CATEGORIES,
            purposes: V.ALL_PURPOSES,
            actions: V.ALL_ACTIONS,
            validFrom: start - 1 days,
            validUntil: start + 90 days
        });
        signed.deadline = currentTime + 1 hours;
        signed.signature = _sign(_patientKeys[3], _grantDigest(_domain(), signed));
        vm.prank(relayer);
        consents.grantBySig(signed.patient, hospital, signed.terms, 0, signed.deadline, signed.signature);
        _applySignedGrant(signed);

        _seedDelegate(patients[0], delegates[0], V.STANDARD_CATEGORIES, start + 180 days);
        _seedDelegate(patients[3], delegates[1], V.ALL_CATEGORIES, start + 30 days);

        uint32 restricted = uint32(1) << V.MENTAL_HEALTH | uint32(1) << V.HIV_STI;
        vm.prank(patients[2]);
        consents.setEmergencyPolicy(false, restricted);
        _policies[patients[2]] = GhostPolicy({optedOut: false, restrictedCategories: restricted, optedOutAt: 0});
        _seedEmergency(patients[1]);
        _seedEmergency(patients[2]);

        // Records that others than their author may read: patient 1's imaging by the hospital
        // under break-glass, patient 2's laboratory report (written under break-glass) by the
        // clinic under consent.
        _seedRecord(practitioners[0], patients[0], hospital, V.LABORATORY, V.TREAT, 0);
        _seedRecord(practitioners[2], patients[1], lab, V.IMAGING, V.TREAT, 1);
        _seedRecord(practitioners[0], patients[2], hospital, V.LABORATORY, V.ETREAT, 2);

        // The hospital's imaging records need its head of department, the specialist named on
        // them and the patient, within 14 days.
        uint8 storySigners =
            uint8(1) << V.SIGNER_HEAD_OF_DEPARTMENT | uint8(1) << V.SIGNER_SPECIALIST | uint8(1) << V.SIGNER_PATIENT;
        vm.prank(ghostAdmin[hospital]);
        records.setCosignPolicy(hospital, V.IMAGING, 0, storySigners, 14 days);
        _cosignPolicies[_policyKey(hospital, V.IMAGING, 0)] =
            GhostCosignPolicy({signers: storySigners, maxWait: 14 days, version: 1, typeOverrides: 0});
        // Two imaging reports awaiting those signatures, naming the clinic's physician.
        _seedCosignedRecord(patients[0], 3);
        _seedCosignedRecord(patients[3], 4);

        vm.prank(practitioners[4]);
        consents.requestAccess(patients[0], labAndImaging, treatment, uint8(1) << V.READ, 90 days, keccak256("seed"));
        _applyRequest(patients[0], clinic, labAndImaging, treatment, uint8(1) << V.READ, 90 days);
        uint32 genomics = uint32(1) << V.GENOMICS;
        uint8 research = uint8(1) << V.HRESCH;
        vm.prank(practitioners[2]);
        consents.requestAccess(patients[3], genomics, research, V.ALL_ACTIONS, 30 days, keccak256("seed"));
        _applyRequest(patients[3], lab, genomics, research, V.ALL_ACTIONS, 30 days);
    }

    function _seedGrant(uint256 patientIndex, uint32 orgId, ConsentTerms memory terms) internal {
        vm.prank(patients[patientIndex]);
        consents.grant(patients[patientIndex], orgId, terms);
        _applyTerms(patients[patientIndex], orgId, terms);
        ++_nonceSpends[patients[patientIndex]][orgId].grants;
    }

    function _seedDelegate(address patient, address delegate, uint32 categories, uint40 expiresAt) internal {
        vm.prank(patient);
        consents.appointDelegate(delegate, categories, V.ALL_PURPOSES, V.ALL_ACTIONS, expiresAt);
        _delegations[patient][delegate] = GhostDelegation({
            categories: categories, purposes: V.ALL_PURPOSES, actions: V.ALL_ACTIONS, expiresAt: expiresAt
        });
    }

    /// @dev The hospital's physician breaks the glass on `patient`.
    function _seedEmergency(address patient) internal {
        vm.prank(practitioners[0]);
        consents.openEmergencyAccess(patient, V.EMERGENCY_PATIENT_INCAPACITATED, keccak256("seed"));
        _applyEmergency(patient, hospital);
    }

    function _seedRecord(address author, address patient, uint32 orgId, uint8 category, uint8 purpose, uint256 content)
        internal
    {
        bytes32 contentHash = keccak256(abi.encode("record", content));
        vm.prank(author);
        bytes32 recordId = records.addRecord(patient, category, 2, contentHash, bytes32(0), purpose);
        _applyRecord(recordId, patient, orgId, category, bytes32(0), GhostCosignPolicy(0, 0, 0, 0), address(0));
    }

    /// @dev The hospital's physician adds an imaging report under the hospital's co-signing
    /// policy, naming the clinic's physician as the specialist.
    function _seedCosignedRecord(address patient, uint256 content) internal {
        bytes32 contentHash = keccak256(abi.encode("record", content));
        vm.prank(practitioners[0]);
        bytes32 recordId =
            records.addCosignedRecord(patient, V.IMAGING, 3, contentHash, bytes32(0), V.TREAT, practitioners[4]);
        _applyRecord(
            recordId,
            patient,
            hospital,
            V.IMAGING,
            bytes32(0),
            _cosignPolicyFor(hospital, V.IMAGING, 3),
            practitioners[4]
        );
    }

    // =================================================================== consents

    /// @notice The patient, a delegate, another patient or a stranger grants.
    function grant(uint256 patientSeed, uint256 actorSeed, uint256 orgSeed, uint256 termsSeed) external atCurrentTime {
        (address patient,) = _patient(patientSeed);
        _grant(patient, _actorFor(patientSeed, actorSeed), _org(orgSeed), _terms(termsSeed));
    }

    /// @notice A relayer submits a grant the patient signed; accepted unless the terms are
    /// invalid or the organisation is not writable.
    function grantBySig(uint256 patientSeed, uint256 orgSeed, uint256 termsSeed, uint256 deadlineSeed)
        external
        atCurrentTime
    {
        (SignedGrant memory signed, uint256 key) = _grantToSign(patientSeed, _org(orgSeed), termsSeed, deadlineSeed);
        signed.signature = _sign(key, _grantDigest(_domain(), signed));

        bool expected = _validTerms(signed.terms) && _writable(signed.orgId);
        (bool ok, bytes memory ret) = _submitGrant(signed);
        _settle(Action.GrantBySig, expected, ok, ret);
        if (ok) _applySignedGrant(signed);
    }

    /// @notice A relayer submits a grant signature made wrong in one of the {Forgery} ways;
    /// the registry must refuse every one, whatever the terms, and for that forgery's reason.
    function forgedGrantBySig(uint256 patientSeed, uint256 orgSeed, uint256 termsSeed, uint256 forgerySeed)
        external
        atCurrentTime
    {
        (SignedGrant memory signed, uint256 key) = _grantToSign(patientSeed, _org(orgSeed), termsSeed, forgerySeed);
        Forgery forgery = Forgery(forgerySeed % FORGERY_COUNT);
        uint256 sub = _sub(forgerySeed, "forgery");
        if (forgery == Forgery.Replayed && _acceptedGrants.length == 0) forgery = Forgery.StaleNonce;
        if (forgery == Forgery.Expired) {
            signed.deadline = currentTime - 1 - _bound(sub, 0, 30 days);
            signed.signature = _sign(key, _grantDigest(_domain(), signed));
        } else if (forgery == Forgery.ForeignChainDomain) {
            signed.signature = _sign(key, _grantDigest(_foreignChainDomain(sub), signed));
        } else if (forgery == Forgery.ChainForkedAfterSigning) {
            signed.signature = _sign(key, _grantDigest(_domain(), signed));
        } else if (forgery == Forgery.OtherContractDomain) {
            signed.signature = _sign(key, _grantDigest(domainSeparator(block.chainid, address(records)), signed));
        } else if (forgery == Forgery.WrongSigner) {
            signed.signature = _sign(_otherKey(key, sub), _grantDigest(_domain(), signed));
        } else if (forgery == Forgery.Replayed) {
            signed = _acceptedGrants[sub % _acceptedGrants.length];
        } else if (forgery == Forgery.StaleNonce) {
            signed.nonce = _staleNonce(signed.nonce, sub);
            signed.signature = _sign(key, _grantDigest(_domain(), signed));
        } else if (forgery == Forgery.TamperedPayload) {
            signed.signature = _sign(key, _grantDigest(_domain(), signed));
            // The relayer flips one category of the scope after the patient signed.
            signed.terms.categories ^= _u32(uint256(1) << (sub % V.CATEGORY_COUNT));
        } else {
            signed.signature = _signMalleated(key, _grantDigest(_domain(), signed));
        }
        bytes memory refusal = _forgeryRefusal(forgery, signed.patient, signed.orgId, signed.nonce, signed.deadline);

        uint256 realChain = block.chainid;
        if (forgery == Forgery.ChainForkedAfterSigning) vm.chainId(realChain + 1 + sub % 1000);
        (bool accepted, bytes memory ret) = _submitGrant(signed);
        if (forgery == Forgery.ChainForkedAfterSigning) vm.chainId(realChain);
        if (_settleInvalidSignature(Action.ForgedGrantBySig, accepted, ret, refusal)) {
            ++_forgeriesRefused[uint256(forgery)];
        }
    }

    /// @notice The patient signs a grant and a relayer holds it back; meanwhile the patient (or
    /// a delegate) decides directly about the same organisation: a grant, a narrowing or an
    /// extension. The held-back signature must then be refused for its spent nonce, or a clinic
    /// could replay an older wish over a newer one. One time in eight the decision is about
    /// another organisation instead, and the signature, whose nonce is that organisation's
    /// own, must still be accepted (when its terms are valid and the organisation writable).
    /// @dev A call with nothing to show reverts whole, as refusals do elsewhere: a decision
    /// refused as predicted (nothing was held back past), or, after a decision about another
    /// organisation, a signature refused as predicted.
    function heldBackGrantBySig(uint256 patientSeed, uint256 orgSeed, uint256 termsSeed, uint256 decisionSeed)
        external
        atCurrentTime
    {
        uint32 orgId;
        (patientSeed, orgId) = _target(patientSeed, orgSeed, Holding.Consent);
        (SignedGrant memory signed, uint256 key) = _grantToSign(patientSeed, orgId, termsSeed, decisionSeed);
        signed.signature = _sign(key, _grantDigest(_domain(), signed));

        // Mostly the patient: a stranger's refused decision would hold the signature back past nothing.
        uint256 actorSeed = _sub(decisionSeed, "actor");
        address actor = actorSeed % 4 == 0 ? _actorFor(patientSeed, actorSeed >> 8) : signed.patient;
        uint32 decidedOrg = _sub(decisionSeed, "organisation") % 8 == 0 ? _otherOrg(orgId) : orgId;
        uint256 kind = decisionSeed % 3;
        bool decided;
        if (kind == 0) decided = _grant(signed.patient, actor, decidedOrg, _terms(_sub(decisionSeed, "terms")));
        else if (kind == 1) decided = _narrow(signed.patient, actor, decidedOrg, _sub(decisionSeed, "narrow"));
        else decided = _extend(signed.patient, actor, decidedOrg, _sub(decisionSeed, "until"));

        (bool accepted, bytes memory ret) = _submitGrant(signed);
        if (decided && decidedOrg == orgId) {
            bytes memory stale = abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__InvalidNonce.selector, ghostNonce(signed.patient, orgId), signed.nonce
            );
            if (_settleInvalidSignature(Action.HeldBackGrantBySig, accepted, ret, stale)) ++_heldBackRefused;
        } else {
            _settle(Action.HeldBackGrantBySig, _validTerms(signed.terms) && _writable(orgId), accepted, ret);
            if (accepted) _applySignedGrant(signed);
        }
    }

    /// @notice The patient or a delegate narrows; sometimes the "narrower" terms are wider.
    function narrow(uint256 patientSeed, uint256 actorSeed, uint256 orgSeed, uint256 narrowSeed)
        external
        atCurrentTime
    {
        uint32 orgId;
        (patientSeed, orgId) = _target(patientSeed, orgSeed, Holding.Consent);
        (address patient,) = _patient(patientSeed);
        _narrow(patient, _actorFor(patientSeed, actorSeed), orgId, narrowSeed);
    }

    /// @notice The patient or a delegate moves the end of a consent later (or, sometimes, not;
    /// or later but still in the past).
    function extend(uint256 patientSeed, uint256 actorSeed, uint256 orgSeed, uint256 untilSeed) external atCurrentTime {
        uint32 orgId;
        (patientSeed, orgId) = _target(patientSeed, orgSeed, Holding.Consent);
        (address patient,) = _patient(patientSeed);
        _extend(patient, _actorFor(patientSeed, actorSeed), orgId, untilSeed);
    }

    /// @notice The patient or a delegate revokes; open in a pause, for a suspended or unknown
    /// organisation, and with nothing to revoke.
    function revoke(uint256 patientSeed, uint256 actorSeed, uint256 orgSeed) external atCurrentTime {
        uint32 orgId;
        (patientSeed, orgId) = _target(patientSeed, orgSeed, Holding.Consent);
        (address patient,) = _patient(patientSeed);
        address actor = _actorFor(patientSeed, actorSeed);

        bool expected = _authorized(patient, actor, 0);
        (bool ok, bytes memory ret) = _as(actor, address(consents), abi.encodeCall(consents.revoke, (patient, orgId)));
        _settle(Action.Revoke, expected, ok, ret);
        if (ok) {
            _applyRevoke(patient, orgId);
            unchecked {
                ++_nonceSpends[patient][orgId].revocations;
            }
        }
    }

    /// @notice A relayer submits a revocation the patient signed: always accepted before its
    /// deadline, in a pause and for a suspended or unknown organisation too.
    function revokeBySig(uint256 patientSeed, uint256 orgSeed, uint256 deadlineSeed) external atCurrentTime {
        (SignedRevoke memory signed, uint256 key) = _revokeToSign(patientSeed, orgSeed, deadlineSeed);
        // Half the time a signed grant was the last decision, the revocation was signed at the
        // grant's own nonce (held while the grant landed first): it must still end the grant.
        bool tie = _revocationTies(signed.patient, signed.orgId) && _sub(deadlineSeed, "tie") % 2 == 0;
        if (tie) signed.nonce -= 1;
        signed.signature = _sign(key, _revokeDigest(_domain(), signed));

        (bool ok, bytes memory ret) = _submitRevoke(signed);
        _settle(Action.RevokeBySig, true, ok, ret);
        if (ok) {
            if (tie) ++_revocationTiesEnded;
            _applyRevoke(signed.patient, signed.orgId);
            unchecked {
                ++_nonceSpends[signed.patient][signed.orgId].signedRevocations;
            }
            _acceptedRevokes.push(signed);
        }
    }

    /// @notice A relayer submits a revocation signature made wrong in one of the {Forgery} ways.
    function forgedRevokeBySig(uint256 patientSeed, uint256 orgSeed, uint256 forgerySeed) external atCurrentTime {
        (SignedRevoke memory signed, uint256 key) = _revokeToSign(patientSeed, orgSeed, forgerySeed);
        Forgery forgery = Forgery(forgerySeed % FORGERY_COUNT);
        uint256 sub = _sub(forgerySeed, "forgery");
        if (forgery == Forgery.Replayed && _acceptedRevokes.length == 0) forgery = Forgery.StaleNonce;
        if (forgery == Forgery.Expired) {
            signed.deadline = currentTime - 1 - _bound(sub, 0, 30 days);
            signed.signature = _sign(key, _revokeDigest(_domain(), signed));
        } else if (forgery == Forgery.ForeignChainDomain) {
            signed.signature = _sign(key, _revokeDigest(_foreignChainDomain(sub), signed));
        } else if (forgery == Forgery.ChainForkedAfterSigning) {
            signed.signature = _sign(key, _revokeDigest(_domain(), signed));
        } else if (forgery == Forgery.OtherContractDomain) {
            signed.signature = _sign(key, _revokeDigest(domainSeparator(block.chainid, address(records)), signed));
        } else if (forgery == Forgery.WrongSigner) {
            signed.signature = _sign(_otherKey(key, sub), _revokeDigest(_domain(), signed));
        } else if (forgery == Forgery.Replayed) {
            signed = _acceptedRevokes[sub % _acceptedRevokes.length];
        } else if (forgery == Forgery.StaleNonce) {
            signed.nonce = _staleNonce(signed.nonce, sub);
            // The nonce just before is a tie, not stale, while a signed grant's consent is in force.
            if (
                signed.nonce + 1 == ghostNonce(signed.patient, signed.orgId)
                    && _revocationTies(signed.patient, signed.orgId)
            ) {
                signed.nonce += 2;
            }
            signed.signature = _sign(key, _revokeDigest(_domain(), signed));
        } else if (forgery == Forgery.TamperedPayload) {
            // Signed for another organisation, submitted for this one with this one's nonce.
            SignedRevoke memory other = SignedRevoke({
                patient: signed.patient,
                orgId: signed.orgId == hospital ? lab : hospital,
                nonce: signed.nonce,
                deadline: signed.deadline,
                signature: ""
            });
            signed.signature = _sign(key, _revokeDigest(_domain(), other));
        } else {
            signed.signature = _signMalleated(key, _revokeDigest(_domain(), signed));
        }
        bytes memory refusal = _forgeryRefusal(forgery, signed.patient, signed.orgId, signed.nonce, signed.deadline);

        uint256 realChain = block.chainid;
        if (forgery == Forgery.ChainForkedAfterSigning) vm.chainId(realChain + 1 + sub % 1000);
        (bool accepted, bytes memory ret) = _submitRevoke(signed);
        if (forgery == Forgery.ChainForkedAfterSigning) vm.chainId(realChain);
        if (_settleInvalidSignature(Action.ForgedRevokeBySig, accepted, ret, refusal)) {
            ++_forgeriesRefused[uint256(forgery)];
        }
    }

    // ------------------------------------------------- decisions, shared by the paths above

    /// @dev `actor` grants `terms` to `orgId` for `patient`; returns whether the registry accepted.
    function _grant(address patient, address actor, uint32 orgId, ConsentTerms memory terms)
        internal
        returns (bool ok)
    {
        bool expected = _authorizedToWiden(
            patient, actor, terms.categories, terms.purposes, terms.actions, terms.validUntil
        ) && _validTerms(terms) && _writable(orgId);
        bytes memory ret;
        (ok, ret) = _as(actor, address(consents), abi.encodeCall(consents.grant, (patient, orgId, terms)));
        _settle(Action.Grant, expected, ok, ret);
        if (ok) {
            _noteWidening(orgId);
            _applyTerms(patient, orgId, terms);
            unchecked {
                ++_nonceSpends[patient][orgId].grants;
            }
        }
    }

    /// @dev `actor` narrows `patient`'s consent to `orgId` to terms drawn from `narrowSeed`.
    function _narrow(address patient, address actor, uint32 orgId, uint256 narrowSeed) internal returns (bool ok) {
        GhostConsent memory current = _consents[patient][orgId];
        ConsentTerms memory terms = _narrowed(current, narrowSeed);

        bool expected = _authorized(patient, actor, 0) && current.categories != 0
            && terms.categories & ~current.categories == 0 && terms.purposes & ~current.purposes == 0
            && terms.actions & ~current.actions == 0 && terms.validFrom >= current.validFrom
            && terms.validUntil <= current.validUntil && _validTerms(terms)
            && !(terms.categories == current.categories
                && terms.purposes == current.purposes
                && terms.actions == current.actions
                && terms.validFrom == current.validFrom
                && terms.validUntil == current.validUntil);
        bytes memory ret;
        (ok, ret) = _as(actor, address(consents), abi.encodeCall(consents.narrow, (patient, orgId, terms)));
        _settle(Action.Narrow, expected, ok, ret);
        if (ok) {
            GhostConsent storage slot = _consents[patient][orgId];
            slot.categories = terms.categories;
            slot.purposes = terms.purposes;
            slot.actions = terms.actions;
            slot.validFrom = terms.validFrom;
            slot.validUntil = terms.validUntil;
            unchecked {
                ++_nonceSpends[patient][orgId].narrowings;
            }
        }
    }

    /// @dev `actor` moves the end of `patient`'s consent to `orgId`: mostly later, sometimes to
    /// the boundary of now, to never, or earlier.
    function _extend(address patient, address actor, uint32 orgId, uint256 untilSeed) internal returns (bool ok) {
        GhostConsent memory current = _consents[patient][orgId];
        uint256 mode = untilSeed % 8;
        uint40 validUntil;
        if (mode < 5) validUntil = _u40(uint256(current.validUntil) + _bound(untilSeed >> 8, 1, 400 days));
        else if (mode == 5) validUntil = _u40(currentTime + (untilSeed >> 8) % 2);
        else if (mode == 6) validUntil = V.NO_EXPIRY;
        else validUntil = _u40(uint256(current.validUntil) - _bound(untilSeed >> 8, 0, current.validUntil));

        bool expected = current.categories != 0
            && _authorizedToWiden(patient, actor, current.categories, current.purposes, current.actions, validUntil)
            && validUntil > current.validUntil && validUntil > currentTime && _writable(orgId);
        bytes memory ret;
        (ok, ret) = _as(actor, address(consents), abi.encodeCall(consents.extend, (patient, orgId, validUntil)));
        _settle(Action.Extend, expected, ok, ret);
        if (ok) {
            _noteWidening(orgId);
            _consents[patient][orgId].validUntil = validUntil;
            unchecked {
                ++_nonceSpends[patient][orgId].extensions;
            }
        }
    }

    // ================================================================== delegates

    /// @notice A patient appoints (or re-scopes) a delegate; sometimes themself or nobody.
    function appointDelegate(uint256 patientSeed, uint256 delegateSeed, uint256 scopeSeed, uint256 expirySeed)
        external
        atCurrentTime
    {
        (address patient,) = _patient(patientSeed);
        uint256 choice = delegateSeed % 16;
        address delegate;
        if (choice < 6) delegate = delegates[0];
        else if (choice < 12) delegate = delegates[1];
        else if (choice < 14) delegate = _nextPatient(patientSeed);
        else if (choice == 14) delegate = patient;
        uint32 categories = _categories(scopeSeed);
        // Mostly every purpose and action, so delegates keep deciding; a quarter of the time
        // fewer (the grants they then try beyond them must be refused).
        uint256 scope = _sub(scopeSeed, "delegated purposes and actions");
        uint8 purposes = scope % 4 == 0 ? _u8((scope >> 8) % (uint256(V.ALL_PURPOSES) + 1)) : V.ALL_PURPOSES;
        uint8 actions = (scope >> 16) % 4 == 0 ? _u8((scope >> 24) % (uint256(V.ALL_ACTIONS) + 1)) : V.ALL_ACTIONS;
        uint40 expiresAt = expirySeed % 8 == 0
            ? _u40(currentTime - _bound(expirySeed >> 8, 0, 10 days))
            : _u40(currentTime + _bound(expirySeed >> 8, 1 hours, 800 days));

        bool expected = delegate != address(0) && delegate != patient && _validCategories(categories)
            && _validPurposes(purposes) && _validActions(actions) && expiresAt > currentTime && !ghostPaused;
        (bool ok, bytes memory ret) = _as(
            patient,
            address(consents),
            abi.encodeCall(consents.appointDelegate, (delegate, categories, purposes, actions, expiresAt))
        );
        _settle(Action.AppointDelegate, expected, ok, ret);
        if (ok) {
            if (ghostPaused) ++writesAcceptedWhilePaused;
            _delegations[patient][delegate] =
                GhostDelegation({categories: categories, purposes: purposes, actions: actions, expiresAt: expiresAt});
        }
    }

    /// @notice The patient removes a delegate, the delegate steps down, or a stranger tries.
    function removeDelegate(uint256 patientSeed, uint256 delegateSeed, uint256 actorSeed) external atCurrentTime {
        (address patient,) = _patient(patientSeed);
        uint256 choice = delegateSeed % 3;
        address delegate = choice < 2 ? delegates[choice] : _nextPatient(patientSeed);
        // Mostly one the patient did appoint.
        for (uint256 k; delegateSeed % 4 != 0 && k < 3; ++k) {
            address candidate = (choice + k) % 3 < 2 ? delegates[(choice + k) % 3] : _nextPatient(patientSeed);
            if (_delegations[patient][candidate].expiresAt != 0) {
                delegate = candidate;
                break;
            }
        }
        uint256 who = actorSeed % 8;
        address actor = who < 4 ? patient : who < 7 ? delegate : stranger;

        bool expected = (actor == patient || actor == delegate) && _delegations[patient][delegate].expiresAt != 0;
        (bool ok, bytes memory ret) =
            _as(actor, address(consents), abi.encodeCall(consents.removeDelegate, (patient, delegate)));
        _settle(Action.RemoveDelegate, expected, ok, ret);
        if (ok) delete _delegations[patient][delegate];
    }

    // ============================================================ access requests

    /// @notice A practitioner (or a stranger) asks a patient for access.
    function requestAccess(uint256 practitionerSeed, uint256 patientSeed, uint256 scopeSeed, uint256 durationSeed)
        external
        atCurrentTime
    {
        address actor = _practitioner(practitionerSeed);
        address patient = patientSeed % 32 == 31 ? address(0) : patients[patientSeed % patients.length];
        uint32 categories = _categories(scopeSeed);
        uint8 purposes = _purposes(_sub(scopeSeed, "purposes"));
        uint8 actions = _actions(_sub(scopeSeed, "actions"));
        uint40 duration;
        uint256 mode = durationSeed % 16;
        if (mode == 0) duration = 0;
        else if (mode == 1) duration = _u40(V.MAX_REQUEST_DURATION + _bound(durationSeed >> 8, 1, 400 days));
        else duration = _u40(_bound(durationSeed >> 8, 1, V.MAX_REQUEST_DURATION));
        GhostMember memory member = _members[actor];

        bool expected = patient != address(0) && _validCategories(categories) && _validPurposes(purposes)
            && _validActions(actions) && duration != 0 && duration <= V.MAX_REQUEST_DURATION && member.orgId != 0
            && !_organizations[member.orgId].suspended && !ghostPaused;
        (bool ok, bytes memory ret) = _as(
            actor,
            address(consents),
            abi.encodeCall(consents.requestAccess, (patient, categories, purposes, actions, duration, keccak256("why")))
        );
        _settle(Action.RequestAccess, expected, ok, ret);
        if (ok) {
            _noteWidening(member.orgId);
            _applyRequest(patient, member.orgId, categories, purposes, actions, duration);
            // Ids count from 1 in request order.
            if (abi.decode(ret, (uint64)) != _requests.length) {
                _wrongReturn(Action.RequestAccess, ret, bytes32(_requests.length));
            }
        }
    }

    /// @notice The patient, a delegate or a stranger approves a request (sometimes unknown).
    function approveRequest(uint256 requestSeed, uint256 actorSeed) external atCurrentTime {
        uint64 requestId = _requestId(requestSeed);
        GhostRequest memory request = _request(requestId);
        address actor = _actorForAddress(request.patient, actorSeed);

        bool expected = request.status == V.REQUEST_PENDING && currentTime < request.expiresAt
            && _authorizedToWiden(
                request.patient,
                actor,
                request.categories,
                request.purposes,
                request.actions,
                _u40(currentTime + request.duration)
            ) && _writable(request.orgId);
        (bool ok, bytes memory ret) =
            _as(actor, address(consents), abi.encodeCall(consents.approveRequest, (requestId)));
        _settle(Action.ApproveRequest, expected, ok, ret);
        if (ok) {
            _noteWidening(request.orgId);
            _requests[requestId - 1].status = V.REQUEST_APPROVED;
            _applyTerms(
                request.patient,
                request.orgId,
                ConsentTerms({
                    categories: request.categories,
                    purposes: request.purposes,
                    actions: request.actions,
                    validFrom: _u40(currentTime),
                    validUntil: _u40(currentTime + request.duration)
                })
            );
            unchecked {
                ++_nonceSpends[request.patient][request.orgId].approvals;
            }
        }
    }

    /// @notice The patient, a delegate or a stranger denies a request; expired ones too.
    function denyRequest(uint256 requestSeed, uint256 actorSeed) external atCurrentTime {
        uint64 requestId = _requestId(requestSeed);
        GhostRequest memory request = _request(requestId);
        address actor = _actorForAddress(request.patient, actorSeed);

        bool expected = request.status == V.REQUEST_PENDING && _authorized(request.patient, actor, 0);
        (bool ok, bytes memory ret) = _as(actor, address(consents), abi.encodeCall(consents.denyRequest, (requestId)));
        _settle(Action.DenyRequest, expected, ok, ret);
        if (ok) _requests[requestId - 1].status = V.REQUEST_DENIED;
    }

    /// @notice A practitioner withdraws a request, of their own organisation or not.
    function cancelRequest(uint256 requestSeed, uint256 practitionerSeed) external atCurrentTime {
        uint64 requestId = _requestId(requestSeed);
        GhostRequest memory request = _request(requestId);
        // Mostly a practitioner of the requesting organisation.
        address actor = practitionerSeed % 4 != 0 && request.orgId != 0
            ? _practitionerOf(request.orgId, practitionerSeed >> 8)
            : _practitioner(practitionerSeed >> 8);

        bool expected = request.status == V.REQUEST_PENDING && _members[actor].orgId == request.orgId;
        (bool ok, bytes memory ret) = _as(actor, address(consents), abi.encodeCall(consents.cancelRequest, (requestId)));
        _settle(Action.CancelRequest, expected, ok, ret);
        if (ok) _requests[requestId - 1].status = V.REQUEST_CANCELLED;
    }

    // ================================================================ break-glass

    /// @notice A practitioner breaks the glass; only clinical roles of active, emergency-capable
    /// organisations may, and never for a patient who opted out.
    function openEmergencyAccess(uint256 practitionerSeed, uint256 patientSeed, uint256 reasonSeed)
        external
        atCurrentTime
    {
        address actor = _clinician(practitionerSeed);
        address patient = patientSeed % 32 == 31 ? address(0) : patients[patientSeed % patients.length];
        uint256 mode = reasonSeed % 32;
        uint8 reasonCode = mode == 0 ? 0 : mode == 31 ? V.EMERGENCY_REASON_MAX + 1 : _u8(1 + mode % 4);
        GhostMember memory member = _members[actor];
        GhostPolicy memory policy = _policies[patient];

        bool expected = patient != address(0) && reasonCode != 0 && reasonCode <= V.EMERGENCY_REASON_MAX
            && member.orgId != 0 && !_organizations[member.orgId].suspended && !ghostPaused
            && _organizations[member.orgId].emergencyCapable
            && (member.role == V.ROLE_PHYSICIAN
                || member.role == V.ROLE_NURSE
                || member.role == V.ROLE_HEAD_OF_DEPARTMENT) && !policy.optedOut
            && _emergencyMayOpen(patient, member.orgId);
        (bool ok, bytes memory ret) = _as(
            actor,
            address(consents),
            abi.encodeCall(consents.openEmergencyAccess, (patient, reasonCode, keccak256("justification")))
        );
        _settle(Action.OpenEmergencyAccess, expected, ok, ret);
        if (ok) {
            _noteWidening(member.orgId);
            _applyEmergency(patient, member.orgId);
        }
    }

    /// @dev The bounds on break-glass: none open (one ended by an opt-out or a withdrawn
    /// capability is not), none for a day after the patient or a delegate closed one, and at
    /// most three openings in any 30 days.
    function _emergencyMayOpen(address patient, uint32 orgId) internal view returns (bool) {
        GhostConsent memory c = ghostConsent(patient, orgId);
        bool open = currentTime < c.emergencyUntil && c.emergencyUntil - V.EMERGENCY_DURATION > c.emergencyVoidUpTo;
        GhostEmergencyLedger memory ledger = _emergencyLedgers[patient][orgId];
        bool waiting = ledger.closedByPatientAt != 0 && currentTime < ledger.closedByPatientAt + V.EMERGENCY_COOLDOWN;
        uint40 oldest = _oldestOpening(ledger);
        bool spent = oldest != 0 && currentTime < oldest + V.EMERGENCY_WINDOW;
        // Not in the very second of an opt-out or of a withdrawal of the capability.
        bool sameSecond =
            _policies[patient].optedOutAt == currentTime || _organizations[orgId].emergencyWithdrawnAt == currentTime;
        return !open && !waiting && !spent && !sameSecond;
    }

    function _oldestOpening(GhostEmergencyLedger memory ledger) internal pure returns (uint40 oldest) {
        oldest = ledger.openedAt[0];
        for (uint256 i = 1; i < 3; ++i) {
            if (ledger.openedAt[i] < oldest) oldest = ledger.openedAt[i];
        }
    }

    /// @notice The ghost slot of (`patient`, `orgId`) with the time up to which break-glass
    /// accesses are void filled in, as the access rules read it.
    function ghostConsent(address patient, uint32 orgId) public view returns (GhostConsent memory c) {
        c = _consents[patient][orgId];
        uint40 optedOutAt = _policies[patient].optedOutAt;
        uint40 withdrawnAt = _organizations[orgId].emergencyWithdrawnAt;
        c.emergencyVoidUpTo = optedOutAt > withdrawnAt ? optedOutAt : withdrawnAt;
    }

    /// @notice The patient, a delegate, a practitioner (of that organisation or not) or a
    /// stranger ends an emergency access early; one time in sixteen for organisation 0, which
    /// no one but the patient or a delegate may name (a stranger is not "of" organisation 0).
    /// @dev The ghost names the error of each refusal: not entitled, else nothing open.
    function closeEmergencyAccess(uint256 patientSeed, uint256 orgSeed, uint256 actorSeed) external atCurrentTime {
        uint32 orgId;
        (patientSeed, orgId) = _target(patientSeed, orgSeed, Holding.OpenEmergency);
        if (_sub(orgSeed, "no organisation") % 16 == 0) orgId = 0;
        (address patient,) = _patient(patientSeed);
        uint256 who = actorSeed % 8;
        address actor;
        if (who < 3) actor = patient;
        else if (who == 3) actor = delegates[(actorSeed >> 8) % 2];
        else if (who < 6 && orgId != UNKNOWN_ORG && orgId != 0) actor = _practitionerOf(orgId, actorSeed >> 8);
        else if (who == 6) actor = stranger;
        else actor = _practitioner(actorSeed >> 8);

        bool entitled = actor == patient || _delegations[patient][actor].expiresAt > currentTime
            || (orgId != 0 && _members[actor].orgId == orgId);
        bool open = _consents[patient][orgId].emergencyUntil > currentTime;
        bytes memory refusal = entitled
            ? abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NoEmergencyAccess.selector, patient, orgId)
            : abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__NotOfOrganization.selector, actor, orgId);
        (bool ok, bytes memory ret) =
            _as(actor, address(consents), abi.encodeCall(consents.closeEmergencyAccess, (patient, orgId)));
        _settle(Action.CloseEmergencyAccess, entitled && open, ok, ret, refusal);
        if (ok) {
            _consents[patient][orgId].emergencyCategories = 0;
            _consents[patient][orgId].emergencyUntil = 0;
            if (actor == patient || _delegations[patient][actor].expiresAt > currentTime) {
                _emergencyLedgers[patient][orgId].closedByPatientAt = _u40(currentTime);
            }
        }
    }

    /// @notice A patient sets their break-glass rules; widening ones are refused in a pause. A
    /// policy widens when it is opted in and the current one is opted out or lacks one of its
    /// restricted categories; an opted-out policy opens nothing, so never widens.
    function setEmergencyPolicy(uint256 patientSeed, uint256 optOutSeed, uint256 restrictedSeed)
        external
        atCurrentTime
    {
        (address patient,) = _patient(patientSeed);
        bool optedOut = optOutSeed % 4 == 0;
        uint32 restricted = _u32(restrictedSeed % 32) << V.MENTAL_HEALTH;
        // Sometimes a standard category sneaks in: not a restricted category, so refused.
        if (restrictedSeed >> 8 & 7 == 0) restricted |= uint32(1) << V.LABORATORY;
        GhostPolicy memory current = _policies[patient];
        bool widens = !optedOut && (current.optedOut || restricted & ~current.restrictedCategories != 0);

        bool expected = restricted & ~V.RESTRICTED_CATEGORIES == 0 && !(widens && ghostPaused);
        (bool ok, bytes memory ret) =
            _as(patient, address(consents), abi.encodeCall(consents.setEmergencyPolicy, (optedOut, restricted)));
        _settle(Action.SetEmergencyPolicy, expected, ok, ret);
        if (ok) {
            if (widens && ghostPaused) ++writesAcceptedWhilePaused;
            _policies[patient] = GhostPolicy({
                optedOut: optedOut,
                restrictedCategories: restricted,
                optedOutAt: optedOut ? _u40(currentTime) : current.optedOutAt
            });
        }
    }

    // ============================================================= the authority

    /// @dev Half the attempts come from a stranger, so that organisations spend most of the
    /// time active and the actions that need one keep being accepted.
    function suspend(uint256 orgSeed, uint256 callerSeed) external atCurrentTime {
        uint32 orgId = _org(orgSeed);
        address caller = callerSeed % 2 == 0 ? stranger : authority;
        GhostOrganization memory org = _organizations[orgId];

        bool expected = caller == authority && org.accredited && !org.suspended;
        (bool ok, bytes memory ret) = _as(caller, address(orgs), abi.encodeCall(orgs.suspend, (orgId, bytes32(0))));
        _settle(Action.Suspend, expected, ok, ret);
        if (ok) _organizations[orgId].suspended = true;
    }

    function reinstate(uint256 orgSeed, uint256 callerSeed) external atCurrentTime {
        uint32 orgId = _org(orgSeed);
        // Mostly the suspended organisation, if there is one.
        for (uint256 k; orgSeed % 8 != 0 && k < organizations.length; ++k) {
            uint32 candidate = organizations[(orgSeed + k) % organizations.length];
            if (_organizations[candidate].suspended) {
                orgId = candidate;
                break;
            }
        }
        address caller = _authorityOrStranger(callerSeed);
        GhostOrganization memory org = _organizations[orgId];

        bool expected = caller == authority && org.accredited && org.suspended && !ghostPaused;
        (bool ok, bytes memory ret) = _as(caller, address(orgs), abi.encodeCall(orgs.reinstate, (orgId)));
        _settle(Action.Reinstate, expected, ok, ret);
        if (ok) {
            if (ghostPaused) ++writesAcceptedWhilePaused;
            _organizations[orgId].suspended = false;
        }
    }

    /// @dev Three times in four the capability is granted, so break-glass stays possible.
    function setEmergencyCapable(uint256 orgSeed, uint256 capableSeed, uint256 callerSeed) external atCurrentTime {
        uint32 orgId = _org(orgSeed);
        bool capable = capableSeed % 4 != 0;
        address caller = _authorityOrStranger(callerSeed);

        bool expected = caller == authority && _organizations[orgId].accredited && !(capable && ghostPaused);
        (bool ok, bytes memory ret) =
            _as(caller, address(orgs), abi.encodeCall(orgs.setEmergencyCapable, (orgId, capable)));
        _settle(Action.SetEmergencyCapable, expected, ok, ret);
        if (ok) {
            if (capable && ghostPaused) ++writesAcceptedWhilePaused;
            if (_organizations[orgId].emergencyCapable && !capable) {
                _organizations[orgId].emergencyWithdrawnAt = _u40(currentTime);
            }
            _organizations[orgId].emergencyCapable = capable;
        }
    }

    /// @dev Half the attempts come from a stranger: writes are then paused about a third of
    /// the time, not half, and the writes a pause stops are still tried both ways.
    function pause(uint256 callerSeed) external atCurrentTime {
        address caller = callerSeed % 2 == 0 ? stranger : authority;
        bool expected = caller == authority && !ghostPaused;
        (bool ok, bytes memory ret) = _as(caller, address(orgs), abi.encodeCall(orgs.pause, ()));
        _settle(Action.Pause, expected, ok, ret);
        if (ok) ghostPaused = true;
    }

    function unpause(uint256 callerSeed) external atCurrentTime {
        address caller = _authorityOrStranger(callerSeed);
        bool expected = caller == authority && ghostPaused;
        (bool ok, bytes memory ret) = _as(caller, address(orgs), abi.encodeCall(orgs.unpause, ()));
        _settle(Action.Unpause, expected, ok, ret);
        if (ok) ghostPaused = false;
    }

    // ==================================================================== rosters

    /// @notice An organisation's admin takes on an account with a role: mostly one that
    /// belongs nowhere now; sometimes a member elsewhere (an account has one organisation at a
    /// time), a role that is none, or a caller that is not the admin.
    function addPractitioner(uint256 orgSeed, uint256 accountSeed, uint256 roleSeed, uint256 callerSeed)
        external
        atCurrentTime
    {
        uint32 orgId = _org(orgSeed);
        address account = _rosterAccount(accountSeed, true);
        uint256 roleMode = roleSeed % 32;
        uint8 role = roleMode == 0 ? 0 : roleMode == 1 ? V.ROLE_MAX + 1 : _u8(1 + (roleSeed >> 8) % V.ROLE_MAX);
        address caller = _adminOrOther(orgId, callerSeed);
        GhostOrganization memory org = _organizations[orgId];

        bool expected = caller == ghostAdmin[orgId] && org.accredited && !org.suspended && role != 0
            && role <= V.ROLE_MAX && !ghostPaused && _members[account].orgId == 0;
        (bool ok, bytes memory ret) =
            _as(caller, address(orgs), abi.encodeCall(orgs.addPractitioner, (orgId, account, role)));
        _settle(Action.AddPractitioner, expected, ok, ret);
        if (ok) _members[account] = GhostMember({orgId: orgId, role: role});
    }

    /// @notice A practitioner leaves, or its organisation's admin removes it (open in a pause
    /// and a suspension: it only takes power away); a stranger, another organisation's admin
    /// or the wrong organisation is refused.
    function removePractitioner(uint256 accountSeed, uint256 orgSeed, uint256 callerSeed) external atCurrentTime {
        address account = _rosterAccount(accountSeed, false);
        uint32 orgId = orgSeed % 8 == 0 ? _org(orgSeed >> 8) : _members[account].orgId;
        uint256 who = callerSeed % 4;
        address caller = who == 0 ? account : who == 1 ? stranger : _adminOrOther(orgId, callerSeed >> 8);

        bool mayAct = caller == account || (ghostAdmin[orgId] != address(0) && caller == ghostAdmin[orgId]);
        bool expected = mayAct && orgId != 0 && _members[account].orgId == orgId;
        (bool ok, bytes memory ret) =
            _as(caller, address(orgs), abi.encodeCall(orgs.removePractitioner, (orgId, account)));
        _settle(Action.RemovePractitioner, expected, ok, ret);
        if (ok) delete _members[account];
    }

    /// @notice A practitioner moves: it leaves its organisation and another one's admin (or
    /// its own again) takes it on with a new role. Everything it may do follows the move.
    function movePractitioner(uint256 accountSeed, uint256 orgSeed, uint256 roleSeed) external atCurrentTime {
        address account = _rosterAccount(accountSeed, false);
        uint32 from = _members[account].orgId;
        uint32 to = orgSeed % 4 == 0 ? _org(orgSeed >> 8) : _otherOrg(from);
        uint8 role = _u8(1 + roleSeed % V.ROLE_MAX);

        (bool ok, bytes memory ret) =
            _as(account, address(orgs), abi.encodeCall(orgs.removePractitioner, (from, account)));
        _settle(Action.RemovePractitioner, from != 0, ok, ret);
        if (!ok) return;
        delete _members[account];

        address admin = ghostAdmin[to];
        bool expected = admin != address(0) && !_organizations[to].suspended && !ghostPaused;
        (ok, ret) = _as(
            admin == address(0) ? stranger : admin,
            address(orgs),
            abi.encodeCall(orgs.addPractitioner, (to, account, role))
        );
        // A refusal predicted here reverts the whole move, the departure included.
        _settle(Action.MovePractitioner, expected, ok, ret);
        if (ok) _members[account] = GhostMember({orgId: to, role: role});
    }

    /// @notice An admin offers its role to a successor, or withdraws the offer (zero); making
    /// an offer needs an active organisation and open writes, withdrawing one does not.
    function transferAdmin(uint256 orgSeed, uint256 candidateSeed, uint256 callerSeed) external atCurrentTime {
        uint32 orgId = _org(orgSeed);
        address caller = _adminOrOther(orgId, callerSeed);
        address offered = candidateSeed % 8 == 0 ? address(0) : _adminCandidate(candidateSeed >> 8);
        GhostOrganization memory org = _organizations[orgId];

        bool expected = caller == ghostAdmin[orgId] && org.accredited
            && (offered == address(0) || (!org.suspended && !ghostPaused));
        (bool ok, bytes memory ret) = _as(caller, address(orgs), abi.encodeCall(orgs.transferAdmin, (orgId, offered)));
        _settle(Action.TransferAdmin, expected, ok, ret);
        if (ok) ghostPendingAdmin[orgId] = offered;
    }

    /// @notice The account offered the role takes it (mostly the one offered; else another
    /// candidate, who is refused).
    function acceptAdmin(uint256 orgSeed, uint256 callerSeed) external atCurrentTime {
        uint32 orgId = _org(orgSeed);
        address pending = ghostPendingAdmin[orgId];
        address caller = callerSeed % 4 == 0 || pending == address(0) ? _adminCandidate(callerSeed >> 8) : pending;
        GhostOrganization memory org = _organizations[orgId];

        bool expected = caller == pending && org.accredited && !org.suspended && !ghostPaused;
        (bool ok, bytes memory ret) = _as(caller, address(orgs), abi.encodeCall(orgs.acceptAdmin, (orgId)));
        _settle(Action.AcceptAdmin, expected, ok, ret);
        if (ok) {
            ghostAdmin[orgId] = caller;
            ghostPendingAdmin[orgId] = address(0);
        }
    }

    /// @notice Governance replaces an organisation's admin (a compromised key), in a pause or a
    /// suspension too; the old admin's pending offer dies with it. Nobody else may.
    function recoverAdmin(uint256 orgSeed, uint256 candidateSeed, uint256 callerSeed) external atCurrentTime {
        uint32 orgId = _org(orgSeed);
        uint256 who = callerSeed % 4;
        address caller = who < 2 ? governance : who == 2 ? authority : _adminOrOther(orgId, callerSeed >> 8);
        address newAdmin = candidateSeed % 16 == 0 ? address(0) : _adminCandidate(candidateSeed >> 8);

        bool expected = caller == governance && newAdmin != address(0) && ghostAdmin[orgId] != address(0);
        (bool ok, bytes memory ret) = _as(caller, address(orgs), abi.encodeCall(orgs.recoverAdmin, (orgId, newAdmin)));
        _settle(Action.RecoverAdmin, expected, ok, ret);
        if (ok) {
            ghostAdmin[orgId] = newAdmin;
            ghostPendingAdmin[orgId] = address(0);
        }
    }

    /// @notice How many accounts the rosters draw from (members or not).
    function practitionerCount() external view returns (uint256) {
        return practitioners.length;
    }

    /// @notice The ghost's membership of `account`.
    function ghostMember(address account) external view returns (GhostMember memory) {
        return _members[account];
    }

    // ==================================================================== records

    /// @notice A practitioner adds a record pointer, a new version of one, or a duplicate.
    /// @dev Three times in four the pair is one that holds write access (consent or
    /// break-glass) and the category and purpose are aimed at it, so that writes with a basis
    /// happen often enough to matter; the rest probe the refusals.
    function addRecord(uint256 patientSeed, uint256 orgSeed, uint256 recordSeed, uint256 supersedeSeed)
        external
        atCurrentTime
    {
        (uint256 patientIndex, uint32 targetOrg) = _target(patientSeed, orgSeed, Holding.WriteAccess);
        (address patient,) = _patient(patientIndex);
        (uint8 category, uint8 purpose) = _aim(_consents[patient][targetOrg], recordSeed);
        address actor =
            recordSeed % 8 == 0 ? _practitioner(recordSeed >> 8) : _practitionerOf(targetOrg, purpose, recordSeed >> 8);
        uint32 orgId = _members[actor].orgId;
        uint256 fhirMode = _sub(recordSeed, "fhir") % 32;
        uint8 fhirType = fhirMode == 0 ? 0 : fhirMode == 1 ? V.FHIR_TYPE_MAX + 1 : _u8(1 + fhirMode % V.FHIR_TYPE_MAX);
        uint256 contentSeed = _sub(recordSeed, "content");
        bytes32 contentHash =
            contentSeed % 32 == 0 ? bytes32(0) : keccak256(abi.encode("record", contentSeed % CONTENT_VARIANTS));
        bytes32 recordId = keccak256(abi.encode(patient, orgId, category, contentHash));
        bytes32 supersedes = _supersedes(patient, orgId, supersedeSeed);
        GhostCosignPolicy memory policy = _cosignPolicyFor(orgId, category, fhirType);
        address specialist = _specialistFor(policy.signers, actor, _sub(recordSeed, "specialist"));

        bool expected = category < V.CATEGORY_COUNT && fhirType != 0 && fhirType <= V.FHIR_TYPE_MAX
            && purpose < V.PURPOSE_COUNT && contentHash != bytes32(0) && orgId != 0
            && GhostRules.roleMayUse(_members[actor].role, purpose) && !_organizations[orgId].suspended && !ghostPaused
            && GhostRules.consentBasis(ghostConsent(patient, orgId), category, purpose, V.WRITE, currentTime)
                != V.BASIS_NONE && _recordIndex[recordId] == 0 && _specialistAccepted(policy.signers, specialist, actor)
            && _canSupersede(supersedes, patient, orgId);
        // Mostly as addCosignedRecord (naming the specialist, or no one); without a specialist
        // now and then as plain addRecord, which is the same call.
        bytes memory call = specialist == address(0) && recordSeed % 4 == 3
            ? abi.encodeCall(records.addRecord, (patient, category, fhirType, contentHash, supersedes, purpose))
            : abi.encodeCall(
                records.addCosignedRecord, (patient, category, fhirType, contentHash, supersedes, purpose, specialist)
            );
        (bool ok, bytes memory ret) = _as(actor, address(records), call);
        _settle(Action.AddRecord, expected, ok, ret);
        if (ok) {
            _noteWidening(orgId);
            if (abi.decode(ret, (bytes32)) != recordId) _wrongReturn(Action.AddRecord, ret, recordId);
            _applyRecord(recordId, patient, orgId, category, supersedes, policy, specialist);
        }
    }

    /// @notice A practitioner marks a pointer entered-in-error; its predecessor is current again.
    function retractRecord(uint256 practitionerSeed, uint256 recordSeed) external atCurrentTime {
        bytes32 recordId = _existingOrUnknownRecord(recordSeed);
        GhostRecord memory record;
        if (_recordIndex[recordId] != 0) record = _records[_recordIndex[recordId] - 1];
        // Mostly a practitioner of the author organisation.
        address actor = practitionerSeed % 4 != 0 && record.authorOrg != 0
            ? _practitionerOf(record.authorOrg, practitionerSeed >> 8)
            : _practitioner(practitionerSeed >> 8);
        GhostMember memory member = _members[actor];

        bool expected = member.orgId != 0 && !_organizations[member.orgId].suspended && !ghostPaused
            && record.status != 0 && record.authorOrg == member.orgId && record.status == V.RECORD_CURRENT;
        (bool ok, bytes memory ret) = _as(actor, address(records), abi.encodeCall(records.retractRecord, (recordId)));
        _settle(Action.RetractRecord, expected, ok, ret);
        if (ok) {
            _noteWidening(member.orgId);
            _records[_recordIndex[recordId] - 1].status = V.RECORD_ENTERED_IN_ERROR;
            if (record.predecessor != bytes32(0)) {
                _records[_recordIndex[record.predecessor] - 1].status = V.RECORD_CURRENT;
            }
        }
    }

    /// @notice A practitioner logs a read of up to three records; open during a pause.
    /// @dev The records are mostly one patient's, and the reader mostly their author's
    /// organisation or one the ghost says may read the first of them, so that receipts on
    /// every basis (own record, consent, break-glass) are accepted as well as refused.
    function logAccess(uint256 recordSeed, uint256 readerSeed, uint256 listSeed, uint256 purposeSeed)
        external
        atCurrentTime
    {
        uint8 purpose = purposeSeed % 32 == 0 ? V.PURPOSE_COUNT : _queryPurpose(purposeSeed >> 8);
        uint256 count = listSeed % 32 == 0 ? 0 : 1 + listSeed % 3;
        bytes32[] memory ids = new bytes32[](count);
        address patient = patients[recordSeed % patients.length];
        if (count != 0) {
            ids[0] = _existingOrUnknownRecord(recordSeed);
            uint256 first = _recordIndex[ids[0]];
            if (first != 0 && recordSeed % 16 != 1) patient = _records[first - 1].patient;
            bytes32[] storage samePatient = _recordsOfPatient[patient];
            for (uint256 i = 1; i < count; ++i) {
                uint256 pick = _sub(listSeed, i);
                ids[i] = pick % 8 != 0 && samePatient.length != 0
                    ? samePatient[(pick >> 8) % samePatient.length]
                    : _existingOrUnknownRecord(pick);
            }
        }
        address actor;
        (actor, purpose) = _reader(ids, patient, purpose, readerSeed);
        uint32 orgId = _members[actor].orgId;

        bool expected = count != 0 && purpose < V.PURPOSE_COUNT && orgId != 0
            && GhostRules.roleMayUse(_members[actor].role, purpose) && !_organizations[orgId].suspended;
        uint8[] memory bases = new uint8[](count);
        for (uint256 i; expected && i < count; ++i) {
            bases[i] = _readBasis(ids[i], patient, orgId, purpose);
            expected = bases[i] != V.BASIS_NONE;
        }
        (bool ok, bytes memory ret) =
            _as(actor, address(records), abi.encodeCall(records.logAccess, (patient, ids, purpose)));
        _settle(Action.LogAccess, expected, ok, ret);
        if (ok) {
            if (_organizations[orgId].suspended) ++actedWhileSuspended;
            for (uint256 i; i < count; ++i) {
                ++_receiptsByBasis[bases[i]];
            }
        }
    }

    // ================================================================= co-signing

    /// @notice An organisation's admin (mostly) sets a co-signing policy for one of the queried
    /// categories (mostly the default of its types), removes one, or tries an invalid one.
    function setCosignPolicy(uint256 orgSeed, uint256 categorySeed, uint256 policySeed, uint256 callerSeed)
        external
        atCurrentTime
    {
        uint32 orgId = _org(orgSeed);
        address caller = _adminOrOther(orgId, callerSeed);
        uint8 category = categorySeed % 32 == 0 ? V.CATEGORY_COUNT : queryCategories()[(categorySeed >> 8) % 4];
        uint256 typeMode = (categorySeed >> 16) % 16;
        uint8 fhirType = typeMode < 10 ? 0 : typeMode == 15 ? V.FHIR_TYPE_MAX + 1 : _u8(1 + typeMode % 4);
        uint256 mode = policySeed % 16;
        uint8 signers = mode < 3 ? 0 : mode == 15 ? V.ALL_SIGNERS + 1 : _u8(1 + (policySeed >> 8) % V.ALL_SIGNERS);
        uint40 maxWait =
            signers == 0 ? (mode == 0 ? 1 days : 0) : mode == 14 ? 0 : _u40(_bound(policySeed >> 16, 1 hours, 30 days));

        bool expected = category < V.CATEGORY_COUNT && fhirType <= V.FHIR_TYPE_MAX && signers <= V.ALL_SIGNERS
            && (signers == 0 ? maxWait == 0 : maxWait != 0 && maxWait <= V.MAX_COSIGN_WAIT) && orgId != UNKNOWN_ORG
            && ghostAdmin[orgId] == caller && !_organizations[orgId].suspended && !ghostPaused;
        (bool ok, bytes memory ret) = _as(
            caller,
            address(records),
            abi.encodeCall(records.setCosignPolicy, (orgId, category, fhirType, signers, maxWait))
        );
        _settle(Action.SetCosignPolicy, expected, ok, ret);
        if (ok) {
            if (_organizations[orgId].suspended) ++actedWhileSuspended;
            GhostCosignPolicy storage policy = _cosignPolicies[_policyKey(orgId, category, fhirType)];
            policy.signers = signers;
            policy.maxWait = maxWait;
            ++policy.version;
            if (fhirType != 0) {
                GhostCosignPolicy storage byDefault = _cosignPolicies[_policyKey(orgId, category, 0)];
                uint32 typeBit = uint32(1) << fhirType;
                byDefault.typeOverrides =
                    signers == 0 ? byDefault.typeOverrides & ~typeBit : byDefault.typeOverrides | typeBit;
            }
        }
    }

    /// @notice Someone signs a pending record (mostly one who may, as a kind it awaits), by a
    /// transaction or, for a patient, now and then by a relayed EIP-712 signature.
    function signRecord(uint256 recordSeed, uint256 kindSeed, uint256 actorSeed) external atCurrentTime {
        (bytes32 recordId, GhostRecord memory record) = _cosignedRecord(recordSeed);
        uint8 kind = _signerKind(record, kindSeed);
        address actor = _signerFor(record, kind, actorSeed);
        bool bySig = kind == V.SIGNER_PATIENT && actor == record.patient && actor != address(0) && actorSeed % 2 == 0;

        bool expected = record.status == V.RECORD_PENDING && currentTime < record.deadline && _awaits(record, kind)
            && _qualifies(record, kind, actor) && !ghostPaused && !_organizations[record.authorOrg].suspended;
        bool ok;
        bytes memory ret;
        if (bySig) {
            uint256 deadline = currentTime + 1 hours;
            bytes32 structHash = keccak256(abi.encode(SIGN_RECORD_TYPEHASH, recordId, kind, deadline));
            bytes32 digest =
                keccak256(abi.encodePacked("\x19\x01", domainSeparator(block.chainid, address(records)), structHash));
            (, uint256 key) = _patient(_patientIndex(actor));
            (ok, ret) = _as(
                relayer,
                address(records),
                abi.encodeCall(records.signRecordBySig, (recordId, kind, actor, deadline, _sign(key, digest)))
            );
        } else {
            (ok, ret) = _as(actor, address(records), abi.encodeCall(records.signRecord, (recordId, kind)));
        }
        _settle(bySig ? Action.SignRecordBySig : Action.SignRecord, expected, ok, ret);
        if (!ok) return;
        if (ghostPaused) ++writesAcceptedWhilePaused;
        if (_organizations[record.authorOrg].suspended) ++actedWhileSuspended;
        GhostRecord storage stored = _records[_recordIndex[recordId] - 1];
        stored.signed |= uint8(1) << kind;
        if (stored.signed != stored.required) return;
        bytes32 previous = stored.predecessor;
        if (previous != bytes32(0)) {
            GhostRecord storage predecessor = _records[_recordIndex[previous] - 1];
            if (predecessor.status != V.RECORD_CURRENT) {
                stored.status = V.RECORD_REJECTED;
                return;
            }
            predecessor.status = V.RECORD_SUPERSEDED;
        }
        stored.status = V.RECORD_CURRENT;
    }

    /// @notice A required signer (mostly) rejects a pending record; open during a pause.
    function rejectRecord(uint256 recordSeed, uint256 kindSeed, uint256 actorSeed) external atCurrentTime {
        (bytes32 recordId, GhostRecord memory record) = _cosignedRecord(recordSeed);
        uint8 kind = _signerKind(record, kindSeed);
        address actor = _signerFor(record, kind, actorSeed);

        bool expected = record.status == V.RECORD_PENDING && currentTime < record.deadline && _awaits(record, kind)
            && _qualifies(record, kind, actor);
        (bool ok, bytes memory ret) =
            _as(actor, address(records), abi.encodeCall(records.rejectRecord, (recordId, kind, keccak256("reason"))));
        _settle(Action.RejectRecord, expected, ok, ret);
        if (ok) _records[_recordIndex[recordId] - 1].status = V.RECORD_REJECTED;
    }

    /// @notice Anyone marks a pending record past its deadline expired.
    function expireRecord(uint256 recordSeed) external atCurrentTime {
        (bytes32 recordId, GhostRecord memory record) = _cosignedRecord(recordSeed);
        bool expected = record.status == V.RECORD_PENDING && currentTime >= record.deadline;
        (bool ok, bytes memory ret) = _as(stranger, address(records), abi.encodeCall(records.expireRecord, (recordId)));
        _settle(Action.ExpireRecord, expected, ok, ret);
        if (ok) _records[_recordIndex[recordId] - 1].status = V.RECORD_EXPIRED;
    }

    // ======================================================================= time

    /// @notice Time passes: mostly seconds to hours, sometimes days, now and then over a year.
    function warp(uint256 seed) external {
        uint256 mode = seed % 10;
        uint256 step;
        if (mode < 4) step = _bound(seed >> 8, 1, 1 hours);
        else if (mode < 7) step = _bound(seed >> 8, 1 hours, 3 days);
        else if (mode < 9) step = _bound(seed >> 8, 3 days, 30 days);
        else step = _bound(seed >> 8, 30 days, 400 days);
        currentTime += step;
        vm.warp(currentTime);
        ++_accepted[uint256(Action.Warp)];
    }

    // ============================================================ the ghost's answers

    /// @notice The universe and the ghost's view of it (see {GhostUniverse}).
    function ghostUniverse() external view returns (GhostUniverse memory u) {
        u.patients = patients;
        u.organizations = organizations;
        uint256 patientCount = patients.length;
        uint256 organizationCount = organizations.length;
        u.organizationStatus = new GhostOrganization[](organizationCount);
        u.consents = new GhostConsent[](organizationCount * patientCount);
        u.revokedSinceGrant = new bool[](organizationCount * patientCount);
        u.nonces = new uint256[]((organizationCount + 1) * patientCount);
        for (uint256 o; o <= organizationCount; ++o) {
            uint32 orgId = o == organizationCount ? UNKNOWN_ORG : organizations[o];
            if (o < organizationCount) u.organizationStatus[o] = _organizations[orgId];
            for (uint256 p; p < patientCount; ++p) {
                uint256 pair = o * patientCount + p;
                u.nonces[pair] = ghostNonce(patients[p], orgId);
                if (o == organizationCount) continue;
                u.consents[pair] = ghostConsent(patients[p], orgId);
                u.revokedSinceGrant[pair] = revokedSinceGrant[patients[p]][orgId];
            }
        }
        u.policies = new GhostPolicy[](patientCount);
        uint256 perPatient = delegates.length + 1;
        u.delegates = new address[](patientCount * perPatient);
        u.delegations = new GhostDelegation[](u.delegates.length);
        for (uint256 p; p < patientCount; ++p) {
            address patient = patients[p];
            u.policies[p] = _policies[patient];
            for (uint256 d; d < perPatient; ++d) {
                address delegate = d < delegates.length ? delegates[d] : _nextPatient(p);
                u.delegates[p * perPatient + d] = delegate;
                u.delegations[p * perPatient + d] = _delegations[patient][delegate];
            }
        }
        u.requestStatus = new uint8[](_requests.length);
        for (uint256 i; i < _requests.length; ++i) {
            u.requestStatus[i] = _requests[i].status;
        }
    }

    /// @notice Every record pointer the ghost knows, in the order they were added.
    function ghostRecords() external view returns (GhostRecord[] memory) {
        return _records;
    }

    /// @notice The nonce the registry must hold: one per accepted decision of the patient (or a
    /// delegate) about the organisation (grant, signed grant, narrowing, extension, approval,
    /// revocation, signed revocation).
    function ghostNonce(address patient, uint32 orgId) public view returns (uint256) {
        NonceSpend memory spend = _nonceSpends[patient][orgId];
        unchecked {
            return spend.grants + spend.signedGrants + spend.narrowings + spend.extensions + spend.approvals
                + spend.revocations + spend.signedRevocations;
        }
    }

    /// @notice The decisions that spent the nonce of (`patient`, `orgId`), by kind: for reading a
    /// nonce mismatch.
    function ghostNonceSpend(address patient, uint32 orgId) external view returns (NonceSpend memory) {
        return _nonceSpends[patient][orgId];
    }

    // ------------------------------------------------------------ the small universe

    /// @notice The categories the invariants ask about: two standard, two restricted.
    function queryCategories() public pure returns (uint8[4] memory) {
        return [V.LABORATORY, V.IMAGING, V.MENTAL_HEALTH, V.GENOMICS];
    }

    /// @notice The purposes the invariants ask about: treatment, emergency, research.
    /// @notice The purposes questions and records are asked for: the clinical two, and one the
    /// records office and billing act for (roles bind purposes, so each is some role's).
    function queryPurposes() public pure returns (uint8[3] memory) {
        return [V.TREAT, V.ETREAT, V.HOPERAT];
    }

    /// @notice The EIP-712 domain separator of `verifyingContract` on `chainId`, salted as the
    /// suite's consent registry is.
    function domainSeparator(uint256 chainId, address verifyingContract) public view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Consentry"), keccak256("1"), chainId, verifyingContract, domainSalt)
        );
    }

    // ---------------------------------------------------------------- call summary

    /// @notice Logs what this run's accepted calls were, which forgeries and held-back signatures
    /// were refused and on what bases records were read. (Calls refused as predicted revert the
    /// handler, so forge's metrics table has the calls and refusals of every action over all
    /// runs; a forged signature never reverts it, a held-back one only when the decision it was
    /// held back past was refused.)
    function logSummary() external view {
        string memory accepted = "accepted this run:";
        for (uint256 i; i < ACTION_COUNT; ++i) {
            if (_accepted[i] == 0) continue;
            accepted = string.concat(accepted, " ", _actionName(Action(i)), "=", vm.toString(_accepted[i]));
        }
        console.log(accepted);
        string memory forgeries = "forgeries refused this run:";
        for (uint256 i; i < FORGERY_COUNT; ++i) {
            forgeries = string.concat(forgeries, " ", _forgeryName(Forgery(i)), "=", vm.toString(_forgeriesRefused[i]));
        }
        console.log(
            string.concat(
                forgeries,
                " heldBackPastDecision=",
                vm.toString(_heldBackRefused),
                " revocationsEndingAnEarlierSignedGrant=",
                vm.toString(_revocationTiesEnded)
            )
        );
        console.log(
            "read receipts by basis: consent=%d emergency=%d own-record=%d",
            _receiptsByBasis[V.BASIS_CONSENT],
            _receiptsByBasis[V.BASIS_EMERGENCY],
            _receiptsByBasis[V.BASIS_OWN_RECORD]
        );
        console.log(
            "requests=%d records=%d elapsed days=%d", _requests.length, _records.length, (currentTime - _START) / 1 days
        );
    }

    /// @notice How many calls of `action` were accepted in this run.
    function acceptedCount(Action action) external view returns (uint256) {
        return _accepted[uint256(action)];
    }

    // ================================================================== internals

    function _syncTime() internal {
        vm.warp(currentTime);
    }

    function _addPractitioner(uint32 orgId, string memory admin, string memory name, uint8 role) internal {
        address account = makeAddr(name);
        vm.prank(makeAddr(admin));
        orgs.addPractitioner(orgId, account, role);
        practitioners.push(account);
        _members[account] = GhostMember({orgId: orgId, role: role});
    }

    /// @dev Calls `target` as `actor` and reports instead of reverting.
    function _as(address actor, address target, bytes memory data) internal returns (bool ok, bytes memory ret) {
        vm.prank(actor);
        (ok, ret) = target.call(data);
    }

    /// @dev Records an accepted call, or a disagreement with the ghost. A call refused as
    /// predicted reverts the handler call, so that forge's invariant metrics ("reverts") count
    /// the refusals and "calls - reverts" the accepted calls of each action over all runs.
    function _settle(Action action, bool expected, bool ok, bytes memory ret) internal {
        if (ok == expected) {
            if (!ok) revert Handler__RefusedAsPredicted();
            ++_accepted[uint256(action)];
        } else {
            _mismatch(action, expected, ret);
        }
    }

    /// @dev {_settle}, where the ghost also names the error a refusal must carry: a refusal
    /// for another reason is a disagreement too.
    function _settle(Action action, bool expected, bool ok, bytes memory ret, bytes memory refusal) internal {
        if (!expected && !ok && keccak256(ret) != keccak256(refusal)) _wrongRefusal(action, ret, refusal);
        else _settle(action, expected, ok, ret);
    }

    /// @dev A signature that must be refused never reverts the handler: its refusal, with the
    /// error `refusal` names, is what is counted. Refused for another reason, it proved nothing
    /// (a forged signature refused for its nonce may never have reached the signature check).
    function _settleInvalidSignature(Action action, bool accepted, bytes memory ret, bytes memory refusal)
        internal
        returns (bool refused)
    {
        if (accepted) {
            ++invalidSignaturesAccepted;
            _mismatch(action, false, ret);
        } else if (keccak256(ret) != keccak256(refusal)) {
            _wrongRefusal(action, ret, refusal);
        } else {
            refused = true;
        }
    }

    function _mismatch(Action action, bool expected, bytes memory ret) internal {
        if (outcomeMismatches == 0) {
            firstMismatch = expected
                ? string.concat(
                    _actionName(action), " was refused, ghost expected acceptance; revert data ", vm.toString(ret)
                )
                : string.concat(_actionName(action), " was accepted, ghost expected a refusal");
        }
        ++outcomeMismatches;
    }

    function _wrongRefusal(Action action, bytes memory ret, bytes memory refusal) internal {
        if (outcomeMismatches == 0) {
            firstMismatch = string.concat(
                _actionName(action), " was refused with ", vm.toString(ret), ", ghost expected ", vm.toString(refusal)
            );
        }
        ++outcomeMismatches;
    }

    /// @dev An accepted call returned something other than what the ghost predicted.
    function _wrongReturn(Action action, bytes memory ret, bytes32 predicted) internal {
        if (outcomeMismatches == 0) {
            firstMismatch = string.concat(
                _actionName(action), " returned ", vm.toString(ret), ", ghost expected ", vm.toString(predicted)
            );
        }
        ++outcomeMismatches;
    }

    /// @dev Bookkeeping for an accepted write that widens access for `orgId`.
    function _noteWidening(uint32 orgId) internal {
        if (ghostPaused) ++writesAcceptedWhilePaused;
        if (_organizations[orgId].suspended) ++actedWhileSuspended;
    }

    function _applyTerms(address patient, uint32 orgId, ConsentTerms memory terms) internal {
        GhostConsent storage slot = _consents[patient][orgId];
        slot.categories = terms.categories;
        slot.purposes = terms.purposes;
        slot.actions = terms.actions;
        slot.validFrom = terms.validFrom;
        slot.validUntil = terms.validUntil;
        revokedSinceGrant[patient][orgId] = false;
    }

    /// @dev An accepted signed grant: its terms, its nonce spent, and kept for replay attempts.
    function _applySignedGrant(SignedGrant memory signed) internal {
        _noteWidening(signed.orgId);
        _applyTerms(signed.patient, signed.orgId, signed.terms);
        unchecked {
            ++_nonceSpends[signed.patient][signed.orgId].signedGrants;
        }
        _signedGrantSpent[signed.patient][signed.orgId] = ghostNonce(signed.patient, signed.orgId);
        _acceptedGrants.push(signed);
    }

    /// @dev Whether a revocation signed at the nonce before the current one still ends the
    /// consent: the last decision about the organisation was a signed grant (no decision moved
    /// the nonce since) and its consent is in force. Such a revocation was signed at the same
    /// nonce as that grant, so which came later cannot be told: a tie goes to the revocation.
    function _revocationTies(address patient, uint32 orgId) internal view returns (bool) {
        uint256 nonce = ghostNonce(patient, orgId);
        return nonce != 0 && _signedGrantSpent[patient][orgId] == nonce && _consents[patient][orgId].categories != 0;
    }

    /// @dev Break-glass opens every standard category and the restricted ones the patient
    /// opted in to, for the fixed emergency duration.
    function _applyEmergency(address patient, uint32 orgId) internal {
        GhostEmergencyLedger storage ledger = _emergencyLedgers[patient][orgId];
        uint40 oldest = _oldestOpening(ledger);
        for (uint256 i; i < 3; ++i) {
            if (ledger.openedAt[i] == oldest) {
                ledger.openedAt[i] = _u40(currentTime);
                break;
            }
        }
        GhostConsent storage slot = _consents[patient][orgId];
        slot.emergencyCategories = V.STANDARD_CATEGORIES | _policies[patient].restrictedCategories;
        slot.emergencyUntil = _u40(currentTime + V.EMERGENCY_DURATION);
    }

    function _applyRequest(
        address patient,
        uint32 orgId,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 duration
    ) internal {
        _requests.push(
            GhostRequest({
                patient: patient,
                orgId: orgId,
                categories: categories,
                purposes: purposes,
                actions: actions,
                duration: duration,
                expiresAt: _u40(currentTime + V.REQUEST_TTL),
                status: V.REQUEST_PENDING
            })
        );
    }

    /// @dev A new pointer is current and the one it supersedes, if any, no longer is; under a
    /// co-signing policy it is pending instead, and supersedes nothing yet.
    function _applyRecord(
        bytes32 recordId,
        address patient,
        uint32 orgId,
        uint8 category,
        bytes32 supersedes,
        GhostCosignPolicy memory policy,
        address specialist
    ) internal {
        bool cosigned = policy.signers != 0;
        if (supersedes != bytes32(0) && !cosigned) _records[_recordIndex[supersedes] - 1].status = V.RECORD_SUPERSEDED;
        _records.push(
            GhostRecord({
                id: recordId,
                patient: patient,
                authorOrg: orgId,
                category: category,
                status: cosigned ? V.RECORD_PENDING : V.RECORD_CURRENT,
                predecessor: supersedes,
                required: policy.signers,
                signed: 0,
                deadline: cosigned ? _u40(currentTime) + policy.maxWait : 0,
                specialist: specialist
            })
        );
        _recordIndex[recordId] = _records.length;
        _recordsOfPatient[patient].push(recordId);
        if (cosigned) _cosignedRecords.push(recordId);
    }

    /// @dev A revocation clears the terms and any break-glass access.
    function _applyRevoke(address patient, uint32 orgId) internal {
        delete _consents[patient][orgId];
        revokedSinceGrant[patient][orgId] = true;
    }

    /// @dev The patient acts, or a current delegate whose scope covers `categories`.
    function _authorized(address patient, address actor, uint32 categories) internal view returns (bool) {
        if (actor == patient) return true;
        GhostDelegation memory delegation = _delegations[patient][actor];
        return delegation.expiresAt > currentTime && categories & ~delegation.categories == 0;
    }

    /// @dev The patient, or a current delegate whose delegation covers the access created: its
    /// categories, purposes and actions, until its end (a delegate never creates more).
    function _authorizedToWiden(
        address patient,
        address actor,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 validUntil
    ) internal view returns (bool) {
        if (actor == patient) return true;
        GhostDelegation memory d = _delegations[patient][actor];
        return _authorized(patient, actor, categories) && purposes & ~d.purposes == 0 && actions & ~d.actions == 0
            && validUntil <= d.expiresAt;
    }

    function _writable(uint32 orgId) internal view returns (bool) {
        GhostOrganization memory org = _organizations[orgId];
        return org.accredited && !org.suspended && !ghostPaused;
    }

    function _validCategories(uint32 categories) internal pure returns (bool) {
        return categories != 0 && categories >> V.CATEGORY_COUNT == 0;
    }

    function _validPurposes(uint8 purposes) internal pure returns (bool) {
        return purposes != 0 && purposes >> V.PURPOSE_COUNT == 0;
    }

    function _validActions(uint8 actions) internal pure returns (bool) {
        return actions != 0 && actions >> V.ACTION_COUNT == 0;
    }

    function _validTerms(ConsentTerms memory terms) internal view returns (bool) {
        return _validCategories(terms.categories) && _validPurposes(terms.purposes) && _validActions(terms.actions)
            && terms.validFrom < terms.validUntil && terms.validUntil > currentTime;
    }

    /// @dev The basis a receipt of `recordId` by `orgId` for `purpose` rests on, or none if it
    /// must be refused (unknown, another patient's, entered in error, no access).
    function _readBasis(bytes32 recordId, address patient, uint32 orgId, uint8 purpose) internal view returns (uint8) {
        uint256 index = _recordIndex[recordId];
        if (index == 0) return V.BASIS_NONE;
        GhostRecord memory record = _records[index - 1];
        if (record.patient != patient || (record.status != V.RECORD_CURRENT && record.status != V.RECORD_SUPERSEDED)) {
            return V.BASIS_NONE;
        }
        if (record.authorOrg == orgId) return V.BASIS_OWN_RECORD;
        return GhostRules.consentBasis(ghostConsent(patient, orgId), record.category, purpose, V.READ, currentTime);
    }

    /// @dev A practitioner of the first record's author a quarter of the time; otherwise,
    /// mostly, of another organisation that may read it (by consent or break-glass) for
    /// `purpose` or, failing that, another queried purpose; else anyone, for `purpose`.
    function _reader(bytes32[] memory ids, address patient, uint8 purpose, uint256 seed)
        internal
        view
        returns (address reader, uint8 readPurpose)
    {
        readPurpose = purpose;
        reader = _practitioner(seed >> 8);
        uint256 index = ids.length == 0 ? 0 : _recordIndex[ids[0]];
        if (index == 0 || seed % 8 == 0 || purpose >= V.PURPOSE_COUNT) return (reader, readPurpose);
        uint32 author = _records[index - 1].authorOrg;
        if (seed % 4 == 1) return (_practitionerOf(author, purpose, seed >> 8), readPurpose);
        uint8[3] memory purposes = queryPurposes();
        for (uint256 u; u <= purposes.length; ++u) {
            uint8 tried = u == 0 ? purpose : purposes[u - 1];
            for (uint256 k; k < organizations.length; ++k) {
                uint32 orgId = organizations[(seed + k) % organizations.length];
                if (orgId != author && _readBasis(ids[0], patient, orgId, tried) != V.BASIS_NONE) {
                    return (_practitionerOf(orgId, tried, seed >> 8), tried);
                }
            }
        }
    }

    function _canSupersede(bytes32 supersedes, address patient, uint32 orgId) internal view returns (bool) {
        if (supersedes == bytes32(0)) return true;
        uint256 index = _recordIndex[supersedes];
        if (index == 0) return false;
        GhostRecord memory previous = _records[index - 1];
        return previous.patient == patient && previous.authorOrg == orgId && previous.status == V.RECORD_CURRENT;
    }

    // ----------------------------------------------------------- input generation

    function _sub(uint256 seed, bytes32 salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    function _sub(uint256 seed, uint256 salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    function _patient(uint256 seed) internal view returns (address, uint256) {
        uint256 i = seed % patients.length;
        return (patients[i], _patientKeys[i]);
    }

    function _nextPatient(uint256 patientSeed) internal view returns (address) {
        return patients[(patientSeed % patients.length + 1) % patients.length];
    }

    /// @dev Mostly the patient; otherwise a delegate, the next patient (who may have been
    /// appointed one), a stranger or a practitioner.
    function _actorFor(uint256 patientSeed, uint256 seed) internal view returns (address) {
        (address patient,) = _patient(patientSeed);
        if (seed % 16 == 13) return _nextPatient(patientSeed);
        return _actorForAddress(patient, seed);
    }

    function _actorForAddress(address patient, uint256 seed) internal view returns (address) {
        uint256 who = seed % 16;
        if (who < 11) return patient;
        if (who < 13) return delegates[who % 2];
        if (who == 13) return patients[(seed >> 8) % patients.length];
        if (who == 14) return stranger;
        return practitioners[(seed >> 8) % practitioners.length];
    }

    /// @dev A practitioner, biased towards the hospital's physician; one in eight a stranger.
    function _practitioner(uint256 seed) internal view returns (address) {
        uint256 who = seed % 8;
        if (who == 7) return stranger;
        if (who == 6) return practitioners[0];
        return practitioners[who];
    }

    /// @dev Mostly the hospital's physician (the one clinician of an emergency-capable
    /// organisation at the start), else the lab's nurse, a clinician elsewhere, a records
    /// officer or a stranger.
    function _clinician(uint256 seed) internal view returns (address) {
        uint256 who = seed % 8;
        if (who < 4) return practitioners[0];
        if (who == 4) return practitioners[3];
        if (who == 5) return practitioners[4];
        if (who == 6) return practitioners[1];
        return stranger;
    }

    /// @dev Three times in four an account that belongs nowhere (`free`) or to an organisation
    /// (not `free`), from a seeded place in the roster; otherwise, or if none is, any of them.
    function _rosterAccount(uint256 seed, bool free) internal view returns (address) {
        uint256 count = practitioners.length;
        for (uint256 k; seed % 4 != 0 && k < count; ++k) {
            address candidate = practitioners[(seed + k) % count];
            if ((_members[candidate].orgId == 0) == free) return candidate;
        }
        return practitioners[(seed >> 8) % count];
    }

    /// @dev Mostly `orgId`'s admin; otherwise another candidate admin or a stranger.
    function _adminOrOther(uint32 orgId, uint256 seed) internal view returns (address) {
        address admin = ghostAdmin[orgId];
        if (seed % 4 != 0 && admin != address(0)) return admin;
        return seed % 8 == 4 ? stranger : _adminCandidate(seed >> 8);
    }

    function _adminCandidate(uint256 seed) internal view returns (address) {
        return _adminCandidates[seed % _adminCandidates.length];
    }

    /// @dev A member of `orgId` now, from a seeded place in the roster; if it has none, a
    /// seeded practitioner (who will be refused for it).
    function _practitionerOf(uint32 orgId, uint256 seed) internal view returns (address) {
        return _practitionerOf(orgId, V.PURPOSE_COUNT, seed);
    }

    /// @dev As above, preferring a member whose role acts for `purpose` (any member if none
    /// does, or if `purpose` is not one).
    function _practitionerOf(uint32 orgId, uint8 purpose, uint256 seed) internal view returns (address) {
        uint256 count = practitioners.length;
        address member;
        for (uint256 k; k < count; ++k) {
            address candidate = practitioners[(seed + k) % count];
            GhostMember memory m = _members[candidate];
            if (m.orgId != orgId) continue;
            if (GhostRules.roleMayUse(m.role, purpose)) return candidate;
            if (member == address(0)) member = candidate;
        }
        return member != address(0) ? member : practitioners[seed % count];
    }

    /// @dev What an action needs the (patient, organisation) pair to hold to be worth trying.
    enum Holding {
        Consent,
        OpenEmergency,
        WriteAccess
    }

    /// @dev Three times in four, the first (patient, organisation) pair from the seeded one
    /// that holds `holding`; otherwise, or if none does, the seeded pair itself. Returns the
    /// patient's index, which works as a patient seed.
    function _target(uint256 patientSeed, uint256 orgSeed, Holding holding)
        internal
        view
        returns (uint256 patientIndex, uint32 orgId)
    {
        patientIndex = patientSeed % patients.length;
        orgId = _org(orgSeed);
        if ((orgSeed >> 128) % 4 == 0) return (patientIndex, orgId);
        uint256 pairs = patients.length * organizations.length;
        for (uint256 k; k < pairs; ++k) {
            uint256 pair = (patientSeed + k) % pairs;
            uint256 p = pair % patients.length;
            uint32 o = organizations[pair / patients.length];
            if (_holds(_consents[patients[p]][o], holding)) return (p, o);
        }
    }

    function _holds(GhostConsent memory c, Holding holding) internal view returns (bool) {
        if (holding == Holding.Consent) return c.categories != 0;
        bool glassBroken = c.emergencyUntil > currentTime;
        if (holding == Holding.OpenEmergency) return glassBroken;
        bool inWindow = c.validFrom <= currentTime && currentTime < c.validUntil;
        return glassBroken || (inWindow && GhostRules.has(c.actions, V.WRITE));
    }

    function _org(uint256 seed) internal view returns (uint32) {
        if (seed % 16 == 15) return UNKNOWN_ORG;
        return organizations[seed % organizations.length];
    }

    /// @dev An organisation other than `orgId` (the hospital, if `orgId` is none of the three).
    function _otherOrg(uint32 orgId) internal view returns (uint32) {
        for (uint256 i; i < organizations.length; ++i) {
            if (organizations[i] == orgId) return organizations[(i + 1) % organizations.length];
        }
        return hospital;
    }

    function _authorityOrStranger(uint256 seed) internal view returns (address) {
        return seed % 8 == 0 ? stranger : authority;
    }

    function _queryPurpose(uint256 seed) internal pure returns (uint8) {
        return queryPurposes()[seed % 3];
    }

    /// @dev Mostly a non-empty subset of the queried categories; sometimes every standard
    /// category (a broad grant), all of them, or a random mask; one in sixteen invalid.
    function _categories(uint256 seed) internal pure returns (uint32 mask) {
        uint256 mode = seed % 32;
        if (mode < 20) {
            uint256 pick = 1 + (seed >> 8) % 15;
            uint8[4] memory universe = [V.LABORATORY, V.IMAGING, V.MENTAL_HEALTH, V.GENOMICS];
            for (uint256 i; i < universe.length; ++i) {
                if (pick >> i & 1 == 1) mask |= uint32(1) << universe[i];
            }
        } else if (mode < 24) {
            mask = V.STANDARD_CATEGORIES;
        } else if (mode < 26) {
            mask = V.ALL_CATEGORIES;
        } else if (mode < 30) {
            mask = _u32((seed >> 8) & V.ALL_CATEGORIES);
        } else if (mode == 30) {
            mask = 0;
        } else {
            mask = uint32(1) << V.CATEGORY_COUNT | uint32(1) << V.LABORATORY;
        }
    }

    function _purposes(uint256 seed) internal pure returns (uint8 mask) {
        uint256 mode = seed % 32;
        if (mode < 26) {
            uint256 pick = 1 + (seed >> 8) % 7;
            uint8[3] memory universe = queryPurposes();
            for (uint256 i; i < universe.length; ++i) {
                if (pick >> i & 1 == 1) mask |= uint8(1) << universe[i];
            }
        } else if (mode < 30) {
            mask = V.ALL_PURPOSES;
        } else if (mode == 30) {
            mask = 0;
        } else {
            mask = uint8(1) << V.PURPOSE_COUNT | uint8(1) << V.TREAT;
        }
    }

    function _actions(uint256 seed) internal pure returns (uint8) {
        uint256 mode = seed % 32;
        if (mode < 28) return _u8(1 + (seed >> 8) % 3);
        if (mode < 30) return V.ALL_ACTIONS;
        if (mode == 30) return 0;
        return uint8(1) << V.ACTION_COUNT | 1;
    }

    /// @dev A window that mostly started already (sometimes starts later), ending within
    /// 400 days or never; one in eight empty or already over.
    function _terms(uint256 seed) internal view returns (ConsentTerms memory terms) {
        terms.categories = _categories(_sub(seed, "categories"));
        terms.purposes = _purposes(_sub(seed, "purposes"));
        terms.actions = _actions(_sub(seed, "actions"));
        uint256 fromSeed = _sub(seed, "from");
        uint256 from;
        if (fromSeed % 8 < 5) from = currentTime - _bound(fromSeed >> 8, 0, 30 days);
        else if (fromSeed % 8 < 7) from = currentTime + _bound(fromSeed >> 8, 1, 10 days);
        uint256 untilSeed = _sub(seed, "until");
        uint256 until;
        uint256 mode = untilSeed % 16;
        if (mode < 11) until = (from > currentTime ? from : currentTime) + _bound(untilSeed >> 8, 1 hours, 400 days);
        else if (mode < 14) until = V.NO_EXPIRY;
        else if (mode == 14) until = from;
        else until = currentTime - _bound(untilSeed >> 8, 0, 10 days);
        terms.validFrom = _u40(from);
        terms.validUntil = _u40(until);
    }

    /// @dev Terms inside `current`, except one time in eight when one field is widened.
    function _narrowed(GhostConsent memory current, uint256 seed) internal view returns (ConsentTerms memory terms) {
        terms.categories = current.categories & _u32(_sub(seed, "categories") | uint256(1) << V.LABORATORY);
        terms.purposes = current.purposes & _u8(_sub(seed, "purposes") & 0xff);
        terms.actions = current.actions & _u8(_sub(seed, "actions") & 3);
        if (terms.purposes == 0) terms.purposes = current.purposes;
        if (terms.actions == 0) terms.actions = current.actions;
        uint256 from = uint256(current.validFrom) + _bound(_sub(seed, "from"), 0, 10 days);
        terms.validFrom = _u40(from);
        uint256 until = current.validUntil;
        uint256 untilSeed = _sub(seed, "until");
        if (until == V.NO_EXPIRY) {
            if (untilSeed % 2 == 0) until = currentTime + _bound(untilSeed >> 8, 1 hours, 400 days);
        } else {
            until -= _bound(untilSeed >> 8, 0, 10 days) % (until + 1);
        }
        terms.validUntil = _u40(until);
        uint256 widen = seed % 32;
        if (widen == 0) terms.categories |= uint32(1) << V.GENOMICS;
        else if (widen == 1) terms.purposes |= uint8(1) << V.HOPERAT;
        else if (widen == 2) terms.actions = V.ALL_ACTIONS;
        else if (widen == 3 && terms.validFrom > 0) --terms.validFrom;
        else if (widen == 4 && terms.validUntil < V.NO_EXPIRY) ++terms.validUntil;
    }

    /// @dev A queried category and purpose: mostly ones `c` lets its organisation write (by
    /// consent, else break-glass for emergency treatment), otherwise any; one in thirty-two
    /// each is out of range.
    function _aim(GhostConsent memory c, uint256 seed) internal view returns (uint8 category, uint8 purpose) {
        uint8[4] memory categories = queryCategories();
        uint8[3] memory purposes = queryPurposes();
        category = categories[(seed >> 8) % categories.length];
        purpose = purposes[(seed >> 16) % purposes.length];
        if (seed % 4 != 0) {
            bool glassOnly = c.emergencyUntil > currentTime
                && (seed % 4 == 1 || c.validUntil <= currentTime || c.validFrom > currentTime);
            uint32 scope = glassOnly ? c.emergencyCategories : c.categories;
            if (glassOnly) purpose = V.ETREAT;
            for (uint256 i; i < categories.length; ++i) {
                uint8 candidate = categories[(seed + i) % categories.length];
                if (GhostRules.has(scope, candidate)) {
                    category = candidate;
                    break;
                }
            }
            for (uint256 i; !glassOnly && i < purposes.length; ++i) {
                uint8 candidate = purposes[(seed + i) % purposes.length];
                if (GhostRules.has(c.purposes, candidate)) {
                    purpose = candidate;
                    break;
                }
            }
        }
        if (_sub(seed, "category") % 32 == 0) category = V.CATEGORY_COUNT;
        if (_sub(seed, "purpose") % 32 == 0) purpose = V.PURPOSE_COUNT;
    }

    /// @dev Three times in four the first pending request from a seeded one; otherwise any
    /// request, decided or not; one in sixteen an id not yet handed out.
    function _requestId(uint256 seed) internal view returns (uint64) {
        uint256 count = _requests.length;
        uint256 id = count + 1;
        if (count != 0 && seed % 16 != 0) {
            uint256 start = (seed >> 8) % count;
            id = start + 1;
            for (uint256 k; (seed >> 16) % 4 != 0 && k < count; ++k) {
                uint256 index = (start + k) % count;
                if (_requests[index].status == V.REQUEST_PENDING) {
                    id = index + 1;
                    break;
                }
            }
        }
        // Far fewer requests than uint64 can count in any run.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(id);
    }

    function _request(uint64 requestId) internal view returns (GhostRequest memory request) {
        if (requestId >= 1 && requestId <= _requests.length) request = _requests[requestId - 1];
    }

    /// @dev Mostly nothing; otherwise, mostly, a current pointer of `patient` by `orgId` (a new
    /// version), else any pointer, or an unknown id.
    function _supersedes(address patient, uint32 orgId, uint256 seed) internal view returns (bytes32) {
        uint256 mode = seed % 16;
        if (mode < 9) return bytes32(0);
        if (mode == 15) return keccak256(abi.encode("unknown record", seed));
        bytes32[] storage own = _recordsOfPatient[patient];
        for (uint256 k; mode < 14 && k < own.length; ++k) {
            GhostRecord memory record = _records[_recordIndex[own[(seed + k) % own.length]] - 1];
            if (record.authorOrg == orgId && record.status == V.RECORD_CURRENT) return record.id;
        }
        return _existingOrUnknownRecord(seed >> 8);
    }

    function _existingOrUnknownRecord(uint256 seed) internal view returns (bytes32) {
        if (_records.length == 0 || seed % 16 == 0) return keccak256(abi.encode("unknown record", seed));
        return _records[(seed >> 8) % _records.length].id;
    }

    // ------------------------------------------------------------------ co-signing

    function _policyKey(uint32 orgId, uint8 category, uint8 fhirType) internal pure returns (uint48) {
        return uint48(orgId) << 16 | uint48(category) << 8 | fhirType;
    }

    /// @dev The policy a record of (`orgId`, `category`, `fhirType`) falls under: the type's
    /// own if it has one, else the category's default.
    function _cosignPolicyFor(uint32 orgId, uint8 category, uint8 fhirType)
        internal
        view
        returns (GhostCosignPolicy memory policy)
    {
        policy = _cosignPolicies[_policyKey(orgId, category, 0)];
        if (fhirType < 32 && policy.typeOverrides & (uint32(1) << fhirType) != 0) {
            policy = _cosignPolicies[_policyKey(orgId, category, fhirType)];
        }
    }

    /// @dev The specialist a record names: when the policy needs one mostly a practitioner
    /// other than the author (sometimes none, the author or a stranger); otherwise mostly none.
    function _specialistFor(uint8 signers, address author, uint256 seed) internal view returns (address) {
        bool needed = signers & (uint8(1) << V.SIGNER_SPECIALIST) != 0;
        uint256 mode = seed % 16;
        if (needed ? mode == 0 : mode != 0) return address(0);
        if (mode == 1) return author;
        if (mode == 2) return stranger;
        for (uint256 k; k < practitioners.length; ++k) {
            address candidate = practitioners[(seed + k) % practitioners.length];
            if (candidate != author && _members[candidate].orgId != 0) return candidate;
        }
        return stranger;
    }

    /// @dev Whether the contract takes `specialist` on a record under a policy of `signers`
    /// added by `author`: exactly when the policy needs one, and then an active practitioner
    /// other than the author.
    function _specialistAccepted(uint8 signers, address specialist, address author) internal view returns (bool) {
        if (signers == 0 || signers & (uint8(1) << V.SIGNER_SPECIALIST) == 0) return specialist == address(0);
        GhostMember memory member = _members[specialist];
        return specialist != address(0) && specialist != author && member.orgId != 0
            && !_organizations[member.orgId].suspended;
    }

    /// @dev Three times in four a record added under a co-signing policy, else any or none.
    function _cosignedRecord(uint256 seed) internal view returns (bytes32 recordId, GhostRecord memory record) {
        recordId = seed % 4 != 0 && _cosignedRecords.length != 0
            ? _cosignedRecords[(seed >> 8) % _cosignedRecords.length]
            : _existingOrUnknownRecord(seed >> 8);
        uint256 index = _recordIndex[recordId];
        if (index != 0) record = _records[index - 1];
    }

    /// @dev Mostly a kind the record awaits; else any kind, or none (4).
    function _signerKind(GhostRecord memory record, uint256 seed) internal pure returns (uint8) {
        if (seed % 8 == 0) return _u8((seed >> 8) % (V.SIGNER_COUNT + 1));
        for (uint8 k; k < V.SIGNER_COUNT; ++k) {
            uint8 kind = _u8((seed + k) % V.SIGNER_COUNT);
            if (_awaits(record, kind)) return kind;
        }
        return _u8(seed % V.SIGNER_COUNT);
    }

    /// @dev Mostly who signs `record` as `kind`; else a delegate, a practitioner or a stranger.
    function _signerFor(GhostRecord memory record, uint8 kind, uint256 seed) internal view returns (address) {
        uint256 mode = seed % 8;
        if (mode == 7) return stranger;
        if (mode == 6) return _practitioner(seed >> 8);
        if (kind == V.SIGNER_PATIENT) {
            uint256 patientIndex = _patientIndex(record.patient);
            return
                mode == 5 && patientIndex < patients.length
                    ? delegates[patientIndex % delegates.length]
                    : record.patient;
        }
        if (kind == V.SIGNER_AUTHORITY) return ghostAdmin[record.authorOrg];
        if (kind == V.SIGNER_SPECIALIST) return record.specialist;
        for (uint256 k; k < practitioners.length; ++k) {
            address candidate = practitioners[(seed + k) % practitioners.length];
            GhostMember memory member = _members[candidate];
            if (member.orgId == record.authorOrg && member.role == V.ROLE_HEAD_OF_DEPARTMENT) return candidate;
        }
        return _practitioner(seed >> 8);
    }

    function _awaits(GhostRecord memory record, uint8 kind) internal pure returns (bool) {
        return kind < V.SIGNER_COUNT && (record.required & ~record.signed) & (uint8(1) << kind) != 0;
    }

    /// @dev Who may sign `record` as `kind`, restated from `IRecordRegistry.signRecord`.
    function _qualifies(GhostRecord memory record, uint8 kind, address account) internal view returns (bool) {
        if (kind == V.SIGNER_PATIENT) {
            if (account == record.patient) return true;
            GhostDelegation memory d = _delegations[record.patient][account];
            return d.expiresAt > currentTime && GhostRules.has(d.actions, V.WRITE)
                && GhostRules.has(d.categories, record.category);
        }
        if (kind == V.SIGNER_AUTHORITY) {
            return ghostAdmin[record.authorOrg] == account && !_organizations[record.authorOrg].suspended;
        }
        GhostMember memory member = _members[account];
        if (member.orgId == 0 || _organizations[member.orgId].suspended) return false;
        if (kind == V.SIGNER_HEAD_OF_DEPARTMENT) {
            return member.orgId == record.authorOrg && member.role == V.ROLE_HEAD_OF_DEPARTMENT;
        }
        return kind == V.SIGNER_SPECIALIST && account == record.specialist;
    }

    /// @dev The index of `account` among the patients; past the end if it is none of them.
    function _patientIndex(address account) internal view returns (uint256 i) {
        while (i < patients.length && patients[i] != account) ++i;
    }

    // ----------------------------------------------------------------- signatures

    /// @dev The patient's next grant for `orgId`, with a deadline up to 30 days out.
    function _grantToSign(uint256 patientSeed, uint32 orgId, uint256 termsSeed, uint256 deadlineSeed)
        internal
        view
        returns (SignedGrant memory signed, uint256 key)
    {
        (signed.patient, key) = _patient(patientSeed);
        signed.orgId = orgId;
        signed.terms = _terms(termsSeed);
        signed.nonce = ghostNonce(signed.patient, signed.orgId);
        signed.deadline = currentTime + _bound(_sub(deadlineSeed, "deadline"), 0, 30 days);
    }

    function _revokeToSign(uint256 patientSeed, uint256 orgSeed, uint256 deadlineSeed)
        internal
        view
        returns (SignedRevoke memory signed, uint256 key)
    {
        (signed.patient, key) = _patient(patientSeed);
        signed.orgId = _org(orgSeed);
        signed.nonce = ghostNonce(signed.patient, signed.orgId);
        signed.deadline = currentTime + _bound(_sub(deadlineSeed, "deadline"), 0, 30 days);
    }

    function _domain() internal view returns (bytes32) {
        return domainSeparator(block.chainid, address(consents));
    }

    function _foreignChainDomain(uint256 seed) internal view returns (bytes32) {
        return domainSeparator(block.chainid + 1 + seed % 1000, address(consents));
    }

    function _grantDigest(bytes32 domain, SignedGrant memory signed) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                GRANT_TYPEHASH,
                signed.patient,
                signed.orgId,
                signed.terms.categories,
                signed.terms.purposes,
                signed.terms.actions,
                signed.terms.validFrom,
                signed.terms.validUntil,
                signed.nonce,
                signed.deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function _revokeDigest(bytes32 domain, SignedRevoke memory signed) internal pure returns (bytes32) {
        bytes32 structHash =
            keccak256(abi.encode(REVOKE_TYPEHASH, signed.patient, signed.orgId, signed.nonce, signed.deadline));
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev The patient's signature with `s` mirrored to the upper half of the curve order: it
    /// recovers the same signer, and must still be refused (EIP-2 malleability).
    function _signMalleated(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, bytes32(SECP256K1_ORDER - uint256(s)), v == 27 ? uint8(28) : uint8(27));
    }

    /// @dev Another patient's key, or a random one; never `key`.
    function _otherKey(uint256 key, uint256 seed) internal view returns (uint256 other) {
        other =
            seed % 2 == 0 ? _patientKeys[(seed >> 8) % _patientKeys.length] : _bound(seed >> 8, 1, SECP256K1_ORDER - 1);
        if (other == key) other = key == 1 ? 2 : key - 1;
    }

    function _staleNonce(uint256 nonce, uint256 seed) internal pure returns (uint256) {
        // An earlier nonce (a signature a later decision invalidated) or a skipped-ahead one.
        return nonce != 0 && seed % 2 == 0 ? nonce - 1 - (seed >> 8) % nonce : nonce + 1 + (seed >> 8) % 3;
    }

    /// @dev The error the registry must refuse `forgery` with. Every signature is signed for the
    /// ghost's nonce, so only a replayed or stale one fails on its nonce (a replayed one on its
    /// deadline first, if that passed); the others reach the signature check and fail there.
    function _forgeryRefusal(Forgery forgery, address patient, uint32 orgId, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        if (forgery == Forgery.Expired || (forgery == Forgery.Replayed && currentTime > deadline)) {
            return abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__SignatureExpired.selector, deadline);
        }
        if (forgery == Forgery.Replayed || forgery == Forgery.StaleNonce) {
            return abi.encodeWithSelector(
                IConsentRegistry.ConsentRegistry__InvalidNonce.selector, ghostNonce(patient, orgId), nonce
            );
        }
        return abi.encodeWithSelector(IConsentRegistry.ConsentRegistry__InvalidSignature.selector, patient);
    }

    function _submitGrant(SignedGrant memory signed) internal returns (bool, bytes memory) {
        return _as(
            relayer,
            address(consents),
            abi.encodeCall(
                consents.grantBySig,
                (signed.patient, signed.orgId, signed.terms, signed.nonce, signed.deadline, signed.signature)
            )
        );
    }

    function _submitRevoke(SignedRevoke memory signed) internal returns (bool, bytes memory) {
        return _as(
            relayer,
            address(consents),
            abi.encodeCall(
                consents.revokeBySig, (signed.patient, signed.orgId, signed.nonce, signed.deadline, signed.signature)
            )
        );
    }

    // -------------------------------------------------------------- narrowing casts

    function _u40(uint256 x) internal pure returns (uint40) {
        // Saturates: windows past uint40's end mean "no expiry".
        // forge-lint: disable-next-line(unsafe-typecast)
        return x > type(uint40).max ? type(uint40).max : uint40(x);
    }

    function _u32(uint256 x) internal pure returns (uint32) {
        // Callers pass masks already cut to the category width.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint32(x);
    }

    function _u8(uint256 x) internal pure returns (uint8) {
        // Callers pass small codes and masks cut to a byte.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint8(x);
    }

    // ---------------------------------------------------------------------- names

    function _actionName(Action action) internal pure returns (string memory) {
        string[ACTION_COUNT] memory names = [
            "grant",
            "grantBySig",
            "forgedGrantBySig",
            "heldBackGrantBySig",
            "narrow",
            "extend",
            "revoke",
            "revokeBySig",
            "forgedRevokeBySig",
            "appointDelegate",
            "removeDelegate",
            "requestAccess",
            "approveRequest",
            "denyRequest",
            "cancelRequest",
            "openEmergencyAccess",
            "closeEmergencyAccess",
            "setEmergencyPolicy",
            "suspend",
            "reinstate",
            "setEmergencyCapable",
            "pause",
            "unpause",
            "addRecord",
            "retractRecord",
            "logAccess",
            "addPractitioner",
            "removePractitioner",
            "movePractitioner",
            "transferAdmin",
            "acceptAdmin",
            "recoverAdmin",
            "warp",
            "setCosignPolicy",
            "signRecord",
            "signRecordBySig",
            "rejectRecord",
            "expireRecord"
        ];
        return names[uint256(action)];
    }

    function _forgeryName(Forgery forgery) internal pure returns (string memory) {
        string[FORGERY_COUNT] memory names = [
            "expired",
            "foreignChain",
            "forkedChain",
            "otherContract",
            "wrongSigner",
            "replayed",
            "staleNonce",
            "tampered",
            "malleated"
        ];
        return names[uint256(forgery)];
    }
}
