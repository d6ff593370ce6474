// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

// Longer than 600 lines: one contract, whose decisions (grants, delegations, requests, break-glass,
// signed forms) share storage and the access rules; split further it would pay calls between them.

import {IConsentRegistry} from "./interfaces/IConsentRegistry.sol";
import {AccessRules, Consent, ConsentTerms, OrganizationStatus, Practitioner} from "./types/AccessRules.sol";
import {Vocabulary} from "./types/Vocabulary.sol";
import {SaltedEIP712} from "./utils/SaltedEIP712.sol";

/// @title Consent registry
/// @notice Patients' consents, delegates, access requests and break-glass accesses.
// Consents, delegations, requests and break-glass accesses are windows of hours to years; the
// seconds a block producer can shift a timestamp change no decision worth having.
// slither-disable-start timestamp
contract ConsentRegistry is IConsentRegistry, SaltedEIP712 {
    /// @notice EIP-712 type of a signed grant.
    bytes32 public constant GRANT_TYPEHASH = keccak256(
        "GrantConsent(address patient,uint32 orgId,uint32 categories,uint8 purposes,uint8 actions,uint40 validFrom,uint40 validUntil,uint256 nonce,uint256 deadline)"
    );
    /// @notice EIP-712 type of a signed revocation.
    bytes32 public constant REVOKE_TYPEHASH =
        keccak256("RevokeConsent(address patient,uint32 orgId,uint256 nonce,uint256 deadline)");

    /// @dev The organisation registry that created this registry: the only writer of
    /// organisation status, memberships and the pause.
    address private immutable _ORGANIZATIONS;

    /// @dev patient => orgId => consent, nonce and emergency access in one slot (see {Consent}).
    mapping(address patient => mapping(uint32 orgId => Consent)) private _consents;
    /// @dev patient => delegate => scope and expiry, one slot.
    mapping(address patient => mapping(address delegate => Delegation)) private _delegations;
    /// @dev patient => break-glass rules, one slot.
    mapping(address patient => EmergencyPolicy) private _emergencyPolicies;
    /// @dev patient => orgId => break-glass history, one slot (see {EmergencyLedger}); written
    /// only by an opening and by a close of the patient's or a delegate's.
    mapping(address patient => mapping(uint32 orgId => EmergencyLedger)) private _emergencyLedgers;
    /// @dev orgId => when the authority last withdrew its emergency capability: every
    /// break-glass access it opened up to then is over.
    mapping(uint32 orgId => uint40) private _emergencyWithdrawnAt;
    /// @dev requestId => request, two slots (see {AccessRequest}).
    mapping(uint64 requestId => AccessRequest) private _requests;
    /// @dev account => membership, one slot (see {Practitioner}).
    mapping(address account => Practitioner) private _practitioners;
    /// @dev orgId => standing, one slot (see {OrganizationStatus}).
    mapping(uint32 orgId => OrganizationStatus) private _organizationStatus;
    /// @dev One slot: | requestCount u64 | paused bool |. A request reads both.
    uint64 private _requestCount;
    bool private _paused;

    /// @dev Deployed by {OrganizationRegistry}'s constructor. The EIP-712 salt is the hash of the
    /// block before this one: the suite's (see {SaltedEIP712}).
    constructor() SaltedEIP712(blockhash(block.number - 1)) {
        _ORGANIZATIONS = msg.sender;
    }

    modifier onlyOrganizationRegistry() {
        if (msg.sender != _ORGANIZATIONS) revert ConsentRegistry__OnlyOrganizationRegistry(msg.sender);
        _;
    }

    // ------------------------------------------------------------------ consents

    /// @inheritdoc IConsentRegistry
    function grant(address patient, uint32 orgId, ConsentTerms calldata terms) external {
        _authorizeWidening(patient, terms.categories, terms.purposes, terms.actions, terms.validUntil);
        _checkTerms(terms);
        _ensureWritable(orgId);
        Consent storage stored = _consents[patient][orgId];
        Consent memory consent = _load(stored);
        _setTerms(consent, terms);
        _store(stored, consent);
        emit ConsentGranted(
            patient,
            orgId,
            msg.sender,
            terms.categories,
            terms.purposes,
            terms.actions,
            terms.validFrom,
            terms.validUntil
        );
    }

    /// @inheritdoc IConsentRegistry
    function grantBySig(
        address patient,
        uint32 orgId,
        ConsentTerms calldata terms,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        if (block.timestamp > deadline) revert ConsentRegistry__SignatureExpired(deadline);
        Consent storage stored = _consents[patient][orgId];
        Consent memory consent = _load(stored);
        if (nonce != consent.nonce) revert ConsentRegistry__InvalidNonce(consent.nonce, nonce);
        bytes32 structHash = keccak256(
            abi.encode(
                GRANT_TYPEHASH,
                patient,
                orgId,
                terms.categories,
                terms.purposes,
                terms.actions,
                terms.validFrom,
                terms.validUntil,
                nonce,
                deadline
            )
        );
        _checkSignature(patient, _hashTypedDataV4(structHash), signature);
        _checkTerms(terms);
        _ensureWritable(orgId);
        _setTerms(consent, terms);
        consent.grantedBySignature = true;
        _store(stored, consent);
        emit ConsentGranted(
            patient, orgId, patient, terms.categories, terms.purposes, terms.actions, terms.validFrom, terms.validUntil
        );
    }

    /// @inheritdoc IConsentRegistry
    function narrow(address patient, uint32 orgId, ConsentTerms calldata terms) external {
        _authorize(patient);
        Consent storage stored = _consents[patient][orgId];
        Consent memory consent = _load(stored);
        if (consent.categories == 0) revert ConsentRegistry__NoConsent(patient, orgId);
        if (
            terms.categories & ~consent.categories != 0 || terms.purposes & ~consent.purposes != 0
                || terms.actions & ~consent.actions != 0 || terms.validFrom < consent.validFrom
                || terms.validUntil > consent.validUntil
        ) revert ConsentRegistry__NotNarrower(patient, orgId);
        // Narrowing must take something away: an unchanged consent would only spend the nonce,
        // voiding a revocation the patient signed while access stayed as it was.
        if (
            terms.categories == consent.categories && terms.purposes == consent.purposes
                && terms.actions == consent.actions && terms.validFrom == consent.validFrom
                && terms.validUntil == consent.validUntil
        ) revert ConsentRegistry__NotNarrower(patient, orgId);
        _checkTerms(terms);
        _setTerms(consent, terms);
        _store(stored, consent);
        emit ConsentNarrowed(
            patient,
            orgId,
            msg.sender,
            terms.categories,
            terms.purposes,
            terms.actions,
            terms.validFrom,
            terms.validUntil
        );
    }

    /// @inheritdoc IConsentRegistry
    function extend(address patient, uint32 orgId, uint40 validUntil) external {
        Consent storage consent = _consents[patient][orgId];
        uint32 categories = consent.categories;
        if (categories == 0) revert ConsentRegistry__NoConsent(patient, orgId);
        _authorizeWidening(patient, categories, consent.purposes, consent.actions, validUntil);
        uint40 current = consent.validUntil;
        if (validUntil <= current) revert ConsentRegistry__NotLater(current, validUntil);
        if (validUntil <= block.timestamp) revert ConsentRegistry__InvalidValidity(consent.validFrom, validUntil);
        _ensureWritable(orgId);
        consent.validUntil = validUntil;
        ++consent.nonce;
        consent.grantedBySignature = false;
        emit ConsentExtended(patient, orgId, msg.sender, validUntil);
    }

    /// @inheritdoc IConsentRegistry
    function revoke(address patient, uint32 orgId) external {
        _authorize(patient);
        _revoke(patient, orgId, msg.sender);
    }

    /// @inheritdoc IConsentRegistry
    function revokeBySig(address patient, uint32 orgId, uint256 nonce, uint256 deadline, bytes calldata signature)
        external
    {
        if (block.timestamp > deadline) revert ConsentRegistry__SignatureExpired(deadline);
        bytes32 word = _word(_consents[patient][orgId]);
        uint48 expected = AccessRules.nonceOf(word);
        // A revocation voids every signature up to its own nonce. A grant signed at the same
        // nonce (the chain showed both signatures the same number, so which came later cannot
        // be told) may reach the chain first and spend it: the revocation still ends the
        // consent that grant put in force. A tie goes to the revocation. A decision made on
        // chain after the signature (a direct grant, a narrowing) is newer and stands.
        if (nonce != expected) {
            bool tie = nonce < expected && expected - nonce == 1 && AccessRules.grantedBySignature(word);
            if (!tie) revert ConsentRegistry__InvalidNonce(expected, nonce);
        }
        bytes32 structHash = keccak256(abi.encode(REVOKE_TYPEHASH, patient, orgId, nonce, deadline));
        _checkSignature(patient, _hashTypedDataV4(structHash), signature);
        _revoke(patient, orgId, patient);
    }

    // ----------------------------------------------------------------- delegates

    /// @inheritdoc IConsentRegistry
    function appointDelegate(address delegate, uint32 categories, uint8 purposes, uint8 actions, uint40 expiresAt)
        external
    {
        if (delegate == address(0) || delegate == msg.sender) revert ConsentRegistry__InvalidDelegate(delegate);
        _checkCategories(categories);
        _checkPurposesAndActions(purposes, actions);
        if (expiresAt <= block.timestamp) revert ConsentRegistry__InvalidExpiry(expiresAt);
        _requireNotPaused();
        _delegations[msg.sender][delegate] =
            Delegation({categories: categories, purposes: purposes, actions: actions, expiresAt: expiresAt});
        emit DelegateAppointed(msg.sender, delegate, categories, purposes, actions, expiresAt);
    }

    /// @inheritdoc IConsentRegistry
    function removeDelegate(address patient, address delegate) external {
        if (msg.sender != patient && msg.sender != delegate) {
            revert ConsentRegistry__NotPatientOrDelegate(patient, msg.sender);
        }
        if (_delegations[patient][delegate].expiresAt == 0) revert ConsentRegistry__NotDelegate(patient, delegate);
        delete _delegations[patient][delegate];
        emit DelegateRemoved(patient, delegate, msg.sender);
    }

    // ----------------------------------------------------------- access requests

    /// @inheritdoc IConsentRegistry
    function requestAccess(
        address patient,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 duration,
        bytes32 reasonHash
    ) external returns (uint64 requestId) {
        if (patient == address(0)) revert ConsentRegistry__InvalidPatient();
        _checkCategories(categories);
        _checkPurposesAndActions(purposes, actions);
        if (duration == 0 || duration > Vocabulary.MAX_REQUEST_DURATION) {
            revert ConsentRegistry__InvalidDuration(duration);
        }
        Practitioner memory acting = _requireActivePractitioner(msg.sender, true);
        requestId = ++_requestCount;
        uint40 expiresAt = uint40(block.timestamp) + Vocabulary.REQUEST_TTL;
        _requests[requestId] = AccessRequest({
            patient: patient,
            orgId: acting.orgId,
            expiresAt: expiresAt,
            status: Vocabulary.REQUEST_PENDING,
            purposes: purposes,
            actions: actions,
            categories: categories,
            duration: duration
        });
        emit AccessRequested(
            requestId, patient, acting.orgId, msg.sender, categories, purposes, actions, duration, reasonHash, expiresAt
        );
    }

    /// @inheritdoc IConsentRegistry
    function approveRequest(uint64 requestId) external {
        AccessRequest storage request = _pending(requestId);
        AccessRequest memory r = request;
        if (block.timestamp >= r.expiresAt) revert ConsentRegistry__RequestExpired(requestId, r.expiresAt);
        uint40 validUntil = uint40(block.timestamp) + r.duration;
        _authorizeWidening(r.patient, r.categories, r.purposes, r.actions, validUntil);
        _ensureWritable(r.orgId);
        request.status = Vocabulary.REQUEST_APPROVED;
        Consent storage stored = _consents[r.patient][r.orgId];
        Consent memory consent = _load(stored);
        consent.categories = r.categories;
        consent.purposes = r.purposes;
        consent.actions = r.actions;
        consent.validFrom = uint40(block.timestamp);
        consent.validUntil = validUntil;
        ++consent.nonce;
        consent.grantedBySignature = false;
        _store(stored, consent);
        emit ConsentGranted(
            r.patient, r.orgId, msg.sender, r.categories, r.purposes, r.actions, uint40(block.timestamp), validUntil
        );
        emit AccessRequestApproved(requestId, r.patient, r.orgId, msg.sender);
    }

    /// @inheritdoc IConsentRegistry
    function denyRequest(uint64 requestId) external {
        AccessRequest storage request = _pending(requestId);
        address patient = request.patient;
        _authorize(patient);
        request.status = Vocabulary.REQUEST_DENIED;
        emit AccessRequestDenied(requestId, patient, request.orgId, msg.sender);
    }

    /// @inheritdoc IConsentRegistry
    function cancelRequest(uint64 requestId) external {
        AccessRequest storage request = _pending(requestId);
        uint32 orgId = request.orgId;
        if (_practitioners[msg.sender].orgId != orgId) {
            revert ConsentRegistry__NotOfOrganization(msg.sender, orgId);
        }
        request.status = Vocabulary.REQUEST_CANCELLED;
        emit AccessRequestCancelled(requestId, request.patient, orgId, msg.sender);
    }

    // ---------------------------------------------------------------- break-glass

    /// @inheritdoc IConsentRegistry
    function openEmergencyAccess(address patient, uint8 reasonCode, bytes32 justificationHash) external {
        if (patient == address(0)) revert ConsentRegistry__InvalidPatient();
        if (reasonCode == 0 || reasonCode > Vocabulary.EMERGENCY_REASON_MAX) {
            revert ConsentRegistry__InvalidReason(reasonCode);
        }
        Practitioner memory acting = _requireActivePractitioner(msg.sender, true);
        if (!_organizationStatus[acting.orgId].emergencyCapable) {
            revert ConsentRegistry__NotEmergencyCapable(acting.orgId);
        }
        if (!Vocabulary.isClinical(acting.role)) {
            revert ConsentRegistry__NotClinicalRole(msg.sender, acting.role);
        }
        EmergencyPolicy memory policy = _emergencyPolicies[patient];
        uint32 orgId = acting.orgId;
        uint40 time = uint40(block.timestamp);
        // An opening in the very second of an opt-out or a withdrawal could not be told apart
        // from one made before it, which that opt-out or withdrawal ended: refused too.
        // (Both times are never later than now: `>=` is "in this very second".)
        if (policy.optedOut || policy.optedOutAt >= time) revert ConsentRegistry__EmergencyOptedOut(patient);
        if (_emergencyWithdrawnAt[orgId] >= time) revert ConsentRegistry__NotEmergencyCapable(orgId);
        Consent storage consent = _consents[patient][orgId];
        // One access at a time: re-opening would restart its clock. An access the patient's
        // opt-out or a withdrawn capability ended counts as closed.
        uint40 openUntil = consent.emergencyUntil;
        if (openUntil > time && AccessRules.emergencyUntilOf(_effectiveWord(patient, orgId)) > time) {
            revert ConsentRegistry__EmergencyAccessOpen(patient, orgId, openUntil);
        }
        EmergencyLedger storage ledger = _emergencyLedgers[patient][orgId];
        EmergencyLedger memory history = ledger;
        uint40 closedAt = history.closedByPatientAt;
        if (closedAt != 0 && time < closedAt + Vocabulary.EMERGENCY_COOLDOWN) {
            revert ConsentRegistry__EmergencyClosedByPatient(patient, orgId, closedAt + Vocabulary.EMERGENCY_COOLDOWN);
        }
        // The last three openings; the oldest gives way to this one, if it left the window.
        uint40 oldest = history.openedAt0;
        if (history.openedAt1 < oldest) oldest = history.openedAt1;
        if (history.openedAt2 < oldest) oldest = history.openedAt2;
        if (oldest != 0 && time < oldest + Vocabulary.EMERGENCY_WINDOW) {
            revert ConsentRegistry__EmergencyLimitReached(patient, orgId, oldest + Vocabulary.EMERGENCY_WINDOW);
        }
        if (history.openedAt0 == oldest) history.openedAt0 = time;
        else if (history.openedAt1 == oldest) history.openedAt1 = time;
        else history.openedAt2 = time;
        ledger.openedAt0 = history.openedAt0;
        ledger.openedAt1 = history.openedAt1;
        ledger.openedAt2 = history.openedAt2;
        uint32 categories = Vocabulary.STANDARD_CATEGORIES | policy.restrictedCategories;
        uint40 expiresAt = time + Vocabulary.EMERGENCY_DURATION;
        consent.emergencyCategories = categories;
        consent.emergencyUntil = expiresAt;
        emit EmergencyAccessOpened(patient, orgId, msg.sender, reasonCode, justificationHash, categories, expiresAt);
    }

    /// @inheritdoc IConsentRegistry
    function closeEmergencyAccess(address patient, uint32 orgId) external {
        bool byPatient = msg.sender == patient || _delegations[patient][msg.sender].expiresAt > block.timestamp;
        if (!byPatient && (orgId == 0 || _practitioners[msg.sender].orgId != orgId)) {
            revert ConsentRegistry__NotOfOrganization(msg.sender, orgId);
        }
        Consent storage consent = _consents[patient][orgId];
        if (consent.emergencyUntil <= block.timestamp) revert ConsentRegistry__NoEmergencyAccess(patient, orgId);
        consent.emergencyCategories = 0;
        consent.emergencyUntil = 0;
        // Someone who can close the access can consent: the organisation may not re-open it
        // for a while (its own staff closing it starts no such wait).
        if (byPatient) _emergencyLedgers[patient][orgId].closedByPatientAt = uint40(block.timestamp);
        emit EmergencyAccessClosed(patient, orgId, msg.sender);
    }

    /// @inheritdoc IConsentRegistry
    function setEmergencyPolicy(bool optedOut, uint32 restrictedCategories) external {
        if (restrictedCategories & ~Vocabulary.RESTRICTED_CATEGORIES != 0) {
            revert ConsentRegistry__InvalidCategories(restrictedCategories);
        }
        EmergencyPolicy memory current = _emergencyPolicies[msg.sender];
        // An opted-out policy opens nothing, whatever restricted categories it lists.
        bool widens = !optedOut && (current.optedOut || restrictedCategories & ~current.restrictedCategories != 0);
        if (widens) _requireNotPaused();
        // An opt-out ends every break-glass access opened up to now, at once (see {_effectiveWord}).
        _emergencyPolicies[msg.sender] = EmergencyPolicy({
            optedOut: optedOut,
            restrictedCategories: restrictedCategories,
            optedOutAt: optedOut ? uint40(block.timestamp) : current.optedOutAt
        });
        emit EmergencyPolicySet(msg.sender, optedOut, restrictedCategories);
    }

    // ------------------------------------------ organisation facts (registry only)

    /// @inheritdoc IConsentRegistry
    function setOrganizationStatus(uint32 orgId, OrganizationStatus calldata status) external onlyOrganizationRegistry {
        // Withdrawing the emergency capability ends the break-glass accesses open at once.
        if (_organizationStatus[orgId].emergencyCapable && !status.emergencyCapable) {
            _emergencyWithdrawnAt[orgId] = uint40(block.timestamp);
        }
        _organizationStatus[orgId] = status;
    }

    /// @inheritdoc IConsentRegistry
    function setPractitioner(address account, Practitioner calldata member) external onlyOrganizationRegistry {
        if (member.orgId == 0) delete _practitioners[account];
        else _practitioners[account] = member;
    }

    /// @inheritdoc IConsentRegistry
    function setPaused(bool paused_) external onlyOrganizationRegistry {
        _paused = paused_;
    }

    // ---------------------------------------------------------------------- views

    /// @inheritdoc IConsentRegistry
    function checkAccess(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action)
        external
        view
        returns (bool allowed, uint8 basis)
    {
        if (category >= Vocabulary.CATEGORY_COUNT) revert ConsentRegistry__InvalidCategory(category);
        if (purpose >= Vocabulary.PURPOSE_COUNT) revert ConsentRegistry__InvalidPurpose(purpose);
        if (action >= Vocabulary.ACTION_COUNT) revert ConsentRegistry__InvalidAction(action);
        basis = AccessRules.basis(_effectiveWord(patient, orgId), category, purpose, action, block.timestamp);
        // Only a yes needs the organisation's status: a suspended one can do nothing.
        if (basis != Vocabulary.BASIS_NONE && !_isActive(orgId)) basis = Vocabulary.BASIS_NONE;
        allowed = basis != Vocabulary.BASIS_NONE;
    }

    /// @inheritdoc IConsentRegistry
    function actingContext(address account, address patient, bool write, uint8 purpose)
        external
        view
        returns (uint32 orgId, bytes32 consent)
    {
        // The hot path of every record write and read receipt: two cold slots, no copies.
        Practitioner storage acting = _practitioners[account];
        orgId = acting.orgId;
        if (orgId == 0) revert ConsentRegistry__NotPractitioner(account);
        uint8 role = acting.role;
        if (!Vocabulary.roleMayUse(role, purpose)) revert ConsentRegistry__PurposeNotForRole(account, role, purpose);
        if (_organizationStatus[orgId].suspended) revert ConsentRegistry__OrganizationSuspended(orgId);
        if (write) _requireNotPaused();
        consent = _effectiveWord(patient, orgId);
    }

    /// @inheritdoc IConsentRegistry
    function ensureWritable(uint32 orgId) external view {
        _ensureWritable(orgId);
    }

    /// @inheritdoc IConsentRegistry
    function requireActivePractitioner(address account, bool write) external view returns (Practitioner memory) {
        return _requireActivePractitioner(account, write);
    }

    /// @inheritdoc IConsentRegistry
    function practitionerOf(address account) external view returns (Practitioner memory) {
        return _practitioners[account];
    }

    /// @inheritdoc IConsentRegistry
    function organizationStatus(uint32 orgId) external view returns (OrganizationStatus memory) {
        return _organizationStatus[orgId];
    }

    /// @inheritdoc IConsentRegistry
    function isActive(uint32 orgId) external view returns (bool) {
        return _isActive(orgId);
    }

    /// @inheritdoc IConsentRegistry
    function paused() external view returns (bool) {
        return _paused;
    }

    /// @inheritdoc IConsentRegistry
    function consentOf(address patient, uint32 orgId) external view returns (Consent memory) {
        return _load(_consents[patient][orgId]);
    }

    /// @inheritdoc IConsentRegistry
    function nonceOf(address patient, uint32 orgId) external view returns (uint256) {
        return AccessRules.nonceOf(_word(_consents[patient][orgId]));
    }

    /// @inheritdoc IConsentRegistry
    function delegationOf(address patient, address delegate) external view returns (Delegation memory) {
        return _delegations[patient][delegate];
    }

    /// @inheritdoc IConsentRegistry
    function emergencyPolicyOf(address patient) external view returns (EmergencyPolicy memory) {
        return _emergencyPolicies[patient];
    }

    /// @inheritdoc IConsentRegistry
    function emergencyLedgerOf(address patient, uint32 orgId) external view returns (EmergencyLedger memory) {
        return _emergencyLedgers[patient][orgId];
    }

    /// @inheritdoc IConsentRegistry
    function emergencyWithdrawnAt(uint32 orgId) external view returns (uint40) {
        return _emergencyWithdrawnAt[orgId];
    }

    /// @inheritdoc IConsentRegistry
    function accessRequest(uint64 requestId) external view returns (AccessRequest memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IConsentRegistry
    function requestCount() external view returns (uint64) {
        return _requestCount;
    }

    /// @inheritdoc IConsentRegistry
    function organizations() external view returns (address) {
        return _ORGANIZATIONS;
    }

    /// @inheritdoc IConsentRegistry
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------- internal

    /// @dev Reverts unless the caller is `patient` or a current delegate of theirs: enough for
    /// what only takes access away.
    function _authorize(address patient) private view {
        if (msg.sender == patient) return;
        if (_delegations[patient][msg.sender].expiresAt <= block.timestamp) {
            revert ConsentRegistry__NotPatientOrDelegate(patient, msg.sender);
        }
    }

    /// @dev Reverts unless the caller is `patient`, or a current delegate of theirs whose
    /// delegation covers the access it would create: `categories`, `purposes` and `actions`,
    /// until `validUntil`. A delegate never creates access beyond its own.
    function _authorizeWidening(address patient, uint32 categories, uint8 purposes, uint8 actions, uint40 validUntil)
        private
        view
    {
        if (msg.sender == patient) return;
        Delegation memory delegation = _delegations[patient][msg.sender];
        if (delegation.expiresAt <= block.timestamp) revert ConsentRegistry__NotPatientOrDelegate(patient, msg.sender);
        if (categories & ~delegation.categories != 0) {
            revert ConsentRegistry__DelegateScopeExceeded(msg.sender, categories, delegation.categories);
        }
        if (purposes & ~delegation.purposes != 0) {
            revert ConsentRegistry__DelegatePurposesExceeded(msg.sender, purposes, delegation.purposes);
        }
        if (actions & ~delegation.actions != 0) {
            revert ConsentRegistry__DelegateActionsExceeded(msg.sender, actions, delegation.actions);
        }
        if (validUntil > delegation.expiresAt) {
            revert ConsentRegistry__DelegationEndsFirst(msg.sender, validUntil, delegation.expiresAt);
        }
    }

    /// @dev Accepts the patient's own key, or (if that fails and the patient is a contract)
    /// its ERC-1271 answer. Trying ECDSA first spares an EOA patient the code-size lookup.
    function _checkSignature(address patient, bytes32 digest, bytes calldata signature) private view {
        if (patient == address(0)) revert ConsentRegistry__InvalidPatient();
        if (!_isSignedBy(patient, digest, signature)) revert ConsentRegistry__InvalidSignature(patient);
    }

    function _revoke(address patient, uint32 orgId, address actor) private {
        // Clear the terms and any break-glass access; bump the nonce so that no signature
        // made before this revocation can be submitted after it.
        Consent storage stored = _consents[patient][orgId];
        bytes32 word = AccessRules.revokedWord(AccessRules.nonceOf(_word(stored)));
        assembly ("memory-safe") {
            sstore(stored.slot, word)
        }
        emit ConsentRevoked(patient, orgId, actor);
    }

    /// @dev The consent word of (`patient`, `orgId`) as access decisions read it: a break-glass
    /// access opened no later than the patient's last opt-out, or than the last withdrawal of
    /// the organisation's emergency capability, is over. Costs two reads only while an
    /// emergency access is open.
    function _effectiveWord(address patient, uint32 orgId) private view returns (bytes32 word) {
        word = _word(_consents[patient][orgId]);
        uint40 until = AccessRules.emergencyUntilOf(word);
        if (until > block.timestamp) {
            uint40 openedAt = until - Vocabulary.EMERGENCY_DURATION;
            if (openedAt <= _emergencyPolicies[patient].optedOutAt || openedAt <= _emergencyWithdrawnAt[orgId]) {
                word = AccessRules.withoutEmergency(word);
            }
        }
    }

    /// @dev The consent slot as one word. Consents are always read and written whole, with
    /// one SLOAD or SSTORE: via-IR would otherwise touch the slot once per member.
    function _word(Consent storage stored) private view returns (bytes32 word) {
        assembly ("memory-safe") {
            word := sload(stored.slot)
        }
    }

    function _load(Consent storage stored) private view returns (Consent memory) {
        return AccessRules.unpack(_word(stored));
    }

    function _store(Consent storage stored, Consent memory consent) private {
        bytes32 word = AccessRules.pack(consent);
        assembly ("memory-safe") {
            sstore(stored.slot, word)
        }
    }

    function _isActive(uint32 orgId) private view returns (bool) {
        OrganizationStatus memory status = _organizationStatus[orgId];
        return status.accredited && !status.suspended;
    }

    function _requireNotPaused() private view {
        if (_paused) revert ConsentRegistry__WritesPaused();
    }

    /// @dev Reverts unless `orgId` is active and writes are open.
    function _ensureWritable(uint32 orgId) private view {
        OrganizationStatus memory status = _organizationStatus[orgId];
        if (!status.accredited) revert ConsentRegistry__UnknownOrganization(orgId);
        if (status.suspended) revert ConsentRegistry__OrganizationSuspended(orgId);
        _requireNotPaused();
    }

    function _requireActivePractitioner(address account, bool write) private view returns (Practitioner memory member) {
        member = _practitioners[account];
        if (member.orgId == 0) revert ConsentRegistry__NotPractitioner(account);
        if (_organizationStatus[member.orgId].suspended) revert ConsentRegistry__OrganizationSuspended(member.orgId);
        if (write) _requireNotPaused();
    }

    function _pending(uint64 requestId) private view returns (AccessRequest storage request) {
        request = _requests[requestId];
        uint8 status = request.status;
        if (status == 0) revert ConsentRegistry__UnknownRequest(requestId);
        if (status != Vocabulary.REQUEST_PENDING) revert ConsentRegistry__RequestNotPending(requestId, status);
    }

    /// @dev Writes the patient's decision into `consent` and spends a nonce: a signature made
    /// before any decision of the patient's about this organisation cannot be submitted after it.
    function _setTerms(Consent memory consent, ConsentTerms calldata terms) private pure {
        consent.categories = terms.categories;
        consent.purposes = terms.purposes;
        consent.actions = terms.actions;
        consent.validFrom = terms.validFrom;
        consent.validUntil = terms.validUntil;
        ++consent.nonce;
        consent.grantedBySignature = false;
    }

    function _checkTerms(ConsentTerms calldata terms) private view {
        _checkCategories(terms.categories);
        _checkPurposesAndActions(terms.purposes, terms.actions);
        if (terms.validFrom >= terms.validUntil || terms.validUntil <= block.timestamp) {
            revert ConsentRegistry__InvalidValidity(terms.validFrom, terms.validUntil);
        }
    }

    function _checkCategories(uint32 categories) private pure {
        if (categories == 0 || categories & ~Vocabulary.ALL_CATEGORIES != 0) {
            revert ConsentRegistry__InvalidCategories(categories);
        }
    }

    function _checkPurposesAndActions(uint8 purposes, uint8 actions) private pure {
        if (purposes == 0 || purposes & ~Vocabulary.ALL_PURPOSES != 0) {
            revert ConsentRegistry__InvalidPurposes(purposes);
        }
        if (actions == 0 || actions & ~Vocabulary.ALL_ACTIONS != 0) revert ConsentRegistry__InvalidActions(actions);
    }
}
// slither-disable-end timestamp
