// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Consent, ConsentTerms, OrganizationStatus, Practitioner} from "../types/AccessRules.sol";

/// @title Consent registry
/// @notice A patient (a wallet address, never a name) decides which organisations may read or
/// add to which categories of their records, for which purposes and until when. Consents are
/// granted, narrowed, extended and revoked directly, by EIP-712 signature submitted by anyone,
/// or by a delegate the patient appointed. Practitioners request access, which the patient
/// approves or denies; practitioners of emergency-capable organisations open short break-glass
/// accesses that the patient can opt out of. {checkAccess} answers every question of access.
/// @dev One consent per (patient, organisation): granting again replaces it. The registry also
/// holds what every access decision reads about organisations (status, practitioner
/// memberships, the pause), written only by the {IOrganizationRegistry} that created it.
interface IConsentRegistry {
    /// @notice A patient's appointment of a delegate (guardian, carer, proxy). One slot:
    /// | categories u32 | purposes u8 | actions u8 | expiresAt u40 |
    /// @dev A delegate never creates access beyond its own delegation: what it grants, extends
    /// or approves must lie within these categories, purposes and actions and end no later than
    /// `expiresAt`. Taking access away (narrow, revoke, deny, close) needs only a current one.
    /// @param categories The categories the delegate may grant and approve.
    /// @param purposes The purposes of use the delegate may grant and approve.
    /// @param actions The actions (read, write) the delegate may grant and approve.
    struct Delegation {
        uint32 categories;
        uint8 purposes;
        uint8 actions;
        uint40 expiresAt;
    }

    /// @notice A patient's rules for break-glass access. One slot.
    /// @param optedOut No emergency access at all.
    /// @param restrictedCategories Restricted categories emergency access may open.
    /// @param optedOutAt When the patient last opted out: every access opened up to then is over.
    struct EmergencyPolicy {
        bool optedOut;
        uint32 restrictedCategories;
        uint40 optedOutAt;
    }

    /// @notice The break-glass history of one (patient, organisation), which bounds it. One slot.
    /// @param openedAt0 One of the times of the last `Vocabulary.EMERGENCY_MAX_OPENINGS` (three)
    /// openings, in no order; zero while fewer were made.
    /// @param closedByPatientAt When the patient or a delegate last closed an access of this
    /// organisation's, zero if never.
    struct EmergencyLedger {
        uint40 openedAt0;
        uint40 openedAt1;
        uint40 openedAt2;
        uint40 closedByPatientAt;
    }

    /// @notice An access request from a practitioner to a patient. Two slots:
    /// | patient | orgId u32 | expiresAt u40 | status u8 | purposes u8 | actions u8 |
    /// | categories u32 | duration u40 |
    struct AccessRequest {
        address patient;
        uint32 orgId;
        uint40 expiresAt;
        uint8 status;
        uint8 purposes;
        uint8 actions;
        uint32 categories;
        uint40 duration;
    }

    /// @notice `patient`'s consent to `orgId` now has these terms (a grant replaces any
    /// earlier consent). `actor` is the patient, a delegate, or the patient whose signature
    /// a relayer submitted.
    event ConsentGranted(
        address indexed patient,
        uint32 indexed orgId,
        address indexed actor,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 validFrom,
        uint40 validUntil
    );
    /// @notice `patient`'s consent to `orgId` now has these narrower terms.
    event ConsentNarrowed(
        address indexed patient,
        uint32 indexed orgId,
        address indexed actor,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 validFrom,
        uint40 validUntil
    );
    /// @notice `patient`'s consent to `orgId` now ends at `validUntil`.
    event ConsentExtended(address indexed patient, uint32 indexed orgId, address indexed actor, uint40 validUntil);
    /// @notice `patient` revoked every consent and emergency access of `orgId`, and every
    /// signature for `orgId` not yet submitted.
    event ConsentRevoked(address indexed patient, uint32 indexed orgId, address indexed actor);
    /// @notice `patient` appointed `delegate` for `categories`, `purposes` and `actions` until
    /// `expiresAt`.
    event DelegateAppointed(
        address indexed patient,
        address indexed delegate,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 expiresAt
    );
    /// @notice `delegate` no longer acts for `patient`; `actor` is the patient or the delegate.
    event DelegateRemoved(address indexed patient, address indexed delegate, address indexed actor);
    /// @notice A practitioner of `orgId` asked `patient` for access.
    /// @param reasonHash Hash of the written reason, kept off chain.
    event AccessRequested(
        uint64 indexed requestId,
        address indexed patient,
        uint32 indexed orgId,
        address practitioner,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 duration,
        bytes32 reasonHash,
        uint40 expiresAt
    );
    /// @notice The patient or a delegate approved the request; a {ConsentGranted} precedes it.
    event AccessRequestApproved(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
    /// @notice The patient or a delegate denied the request.
    event AccessRequestDenied(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
    /// @notice A practitioner of the requesting organisation withdrew the request.
    event AccessRequestCancelled(
        uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor
    );
    /// @notice A practitioner of `orgId` broke the glass on `patient`'s records.
    /// @param reasonCode An emergency reason code of the vocabulary.
    /// @param justificationHash Hash of the written justification, kept off chain.
    /// @param categories The categories opened: every standard one, plus the restricted ones
    /// the patient opted in to.
    event EmergencyAccessOpened(
        address indexed patient,
        uint32 indexed orgId,
        address indexed practitioner,
        uint8 reasonCode,
        bytes32 justificationHash,
        uint32 categories,
        uint40 expiresAt
    );
    /// @notice The emergency access of `orgId` to `patient` ended early.
    event EmergencyAccessClosed(address indexed patient, uint32 indexed orgId, address indexed actor);
    /// @notice `patient` set their break-glass rules.
    event EmergencyPolicySet(address indexed patient, bool optedOut, uint32 restrictedCategories);

    /// @notice `caller` is neither `patient` nor a current delegate of theirs.
    error ConsentRegistry__NotPatientOrDelegate(address patient, address caller);
    /// @notice Delegate `delegate` may act for `allowed` categories only, not `requested`.
    error ConsentRegistry__DelegateScopeExceeded(address delegate, uint32 requested, uint32 allowed);
    /// @notice Delegate `delegate` may grant `allowed` purposes only, not `requested`.
    error ConsentRegistry__DelegatePurposesExceeded(address delegate, uint8 requested, uint8 allowed);
    /// @notice Delegate `delegate` may grant `allowed` actions only, not `requested`.
    error ConsentRegistry__DelegateActionsExceeded(address delegate, uint8 requested, uint8 allowed);
    /// @notice Delegate `delegate`'s delegation ends at `delegationEnds`; the access it would
    /// create lasts until `requestedUntil`.
    error ConsentRegistry__DelegationEndsFirst(address delegate, uint40 requestedUntil, uint40 delegationEnds);
    /// @notice The category mask is empty or names no category of the vocabulary.
    error ConsentRegistry__InvalidCategories(uint32 categories);
    /// @notice The purpose mask is empty or names no purpose of the vocabulary.
    error ConsentRegistry__InvalidPurposes(uint8 purposes);
    /// @notice The action mask is empty or names no action of the vocabulary.
    error ConsentRegistry__InvalidActions(uint8 actions);
    /// @notice `category` is not a category code.
    error ConsentRegistry__InvalidCategory(uint8 category);
    /// @notice `purpose` is not a purpose code.
    error ConsentRegistry__InvalidPurpose(uint8 purpose);
    /// @notice `action` is not an action code.
    error ConsentRegistry__InvalidAction(uint8 action);
    /// @notice The window is empty or already over.
    error ConsentRegistry__InvalidValidity(uint40 validFrom, uint40 validUntil);
    /// @notice `patient` has no consent for `orgId` to change.
    error ConsentRegistry__NoConsent(address patient, uint32 orgId);
    /// @notice Narrowing may only take away, and must take something: the new terms must lie
    /// within the current ones and differ from them.
    error ConsentRegistry__NotNarrower(address patient, uint32 orgId);
    /// @notice Extending must move the end later than `current`.
    error ConsentRegistry__NotLater(uint40 current, uint40 requested);
    /// @notice The signature's deadline `deadline` has passed.
    error ConsentRegistry__SignatureExpired(uint256 deadline);
    /// @notice The signature is for nonce `provided`; the next valid one is `expected`.
    error ConsentRegistry__InvalidNonce(uint256 expected, uint256 provided);
    /// @notice The signature is not `patient`'s for these terms, this chain and this contract.
    error ConsentRegistry__InvalidSignature(address patient);
    /// @notice `delegate` cannot be appointed (zero, or the patient themself).
    error ConsentRegistry__InvalidDelegate(address delegate);
    /// @notice `delegate` is not a delegate of `patient`.
    error ConsentRegistry__NotDelegate(address patient, address delegate);
    /// @notice A delegation must end in the future.
    error ConsentRegistry__InvalidExpiry(uint40 expiresAt);
    /// @notice No request has id `requestId`.
    error ConsentRegistry__UnknownRequest(uint64 requestId);
    /// @notice Request `requestId` was already decided (`status` is its request status).
    error ConsentRegistry__RequestNotPending(uint64 requestId, uint8 status);
    /// @notice Request `requestId` expired at `expiresAt`.
    error ConsentRegistry__RequestExpired(uint64 requestId, uint40 expiresAt);
    /// @notice A request's duration must be between 1 second and the vocabulary's maximum.
    error ConsentRegistry__InvalidDuration(uint40 duration);
    /// @notice The zero address is not a patient.
    error ConsentRegistry__InvalidPatient();
    /// @notice `patient` opted out of emergency access.
    error ConsentRegistry__EmergencyOptedOut(address patient);
    /// @notice Organisation `orgId` may not open emergency access.
    error ConsentRegistry__NotEmergencyCapable(uint32 orgId);
    /// @notice Only physicians and nurses break the glass; `account` has role `role`.
    error ConsentRegistry__NotClinicalRole(address account, uint8 role);
    /// @notice `account`'s role `role` does not act for purpose `purpose` (a billing officer
    /// records for payment and operations, not treatment; see `Vocabulary.ROLE_PURPOSES`).
    error ConsentRegistry__PurposeNotForRole(address account, uint8 role, uint8 purpose);
    /// @notice `reasonCode` is not an emergency reason code.
    error ConsentRegistry__InvalidReason(uint8 reasonCode);
    /// @notice `orgId` already holds an emergency access to `patient`, open until `expiresAt`:
    /// re-opening would restart its clock.
    error ConsentRegistry__EmergencyAccessOpen(address patient, uint32 orgId, uint40 expiresAt);
    /// @notice `orgId` opened `Vocabulary.EMERGENCY_MAX_OPENINGS` emergency accesses to `patient`
    /// within `Vocabulary.EMERGENCY_WINDOW`; the next is possible at `availableAt`.
    error ConsentRegistry__EmergencyLimitReached(address patient, uint32 orgId, uint40 availableAt);
    /// @notice The patient or a delegate closed `orgId`'s emergency access to `patient`; it may
    /// open another at `availableAt`.
    error ConsentRegistry__EmergencyClosedByPatient(address patient, uint32 orgId, uint40 availableAt);
    /// @notice `orgId` holds no open emergency access to `patient`.
    error ConsentRegistry__NoEmergencyAccess(address patient, uint32 orgId);
    /// @notice `account` may not act on request `requestId` or emergency of `orgId`.
    error ConsentRegistry__NotOfOrganization(address account, uint32 orgId);
    /// @notice Only the organisation registry writes organisation facts; `caller` is not it.
    error ConsentRegistry__OnlyOrganizationRegistry(address caller);
    /// @notice Writes that could widen access are paused by the health authority.
    error ConsentRegistry__WritesPaused();
    /// @notice No organisation has id `orgId`.
    error ConsentRegistry__UnknownOrganization(uint32 orgId);
    /// @notice Organisation `orgId` is suspended.
    error ConsentRegistry__OrganizationSuspended(uint32 orgId);
    /// @notice `account` is not a practitioner of any organisation.
    error ConsentRegistry__NotPractitioner(address account);

    /// @notice Grants (or replaces) `patient`'s consent to `orgId`; the patient or a delegate
    /// whose delegation covers the terms' categories, purposes and actions and lasts until
    /// their end. The organisation must be active.
    /// @dev Like every decision of the patient's about `orgId` (grant, narrow, extend, approve,
    /// revoke), it spends the (patient, organisation) nonce: a signed grant or revocation made
    /// earlier can no longer be submitted, so a clinic cannot replay an older wish over a newer one.
    function grant(address patient, uint32 orgId, ConsentTerms calldata terms) external;

    /// @notice Grants with the patient's EIP-712 `GrantConsent` signature (EOA or ERC-1271),
    /// submitted by anyone. `nonce` must be the patient's next nonce for `orgId`: nonces count
    /// per patient and organisation, so a decision about one organisation never voids a
    /// signature for another.
    function grantBySig(
        address patient,
        uint32 orgId,
        ConsentTerms calldata terms,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice Replaces the terms with strictly narrower ones (each mask a subset, the window
    /// inside the current one, something removed); the patient or any current delegate. Open
    /// during a pause.
    function narrow(address patient, uint32 orgId, ConsentTerms calldata terms) external;

    /// @notice Moves the consent's end later (and into the future); the patient or a delegate
    /// whose delegation covers the consent's scope and lasts until the new end.
    function extend(address patient, uint32 orgId, uint40 validUntil) external;

    /// @notice Revokes the consent and any emergency access of `orgId`, and invalidates every
    /// signature for `orgId` not yet submitted; the patient or any current delegate. Always
    /// open: during a pause, for a suspended organisation, with nothing to revoke.
    function revoke(address patient, uint32 orgId) external;

    /// @notice {revoke} with the patient's EIP-712 `RevokeConsent` signature. `nonce` is the
    /// patient's next nonce for `orgId`, or the one before it while a consent is in force: a
    /// revocation voids every signature up to its nonce and ends a consent a grant signed at
    /// the same nonce put in force, whichever reached the chain first (a tie goes to the
    /// revocation). So a revocation the patient signed after a grant always ends that grant.
    function revokeBySig(address patient, uint32 orgId, uint256 nonce, uint256 deadline, bytes calldata signature)
        external;

    /// @notice Appoints (or re-scopes) a delegate for the caller, as patient, for what the
    /// delegate may grant and approve: `categories`, `purposes` and `actions`, until `expiresAt`.
    function appointDelegate(address delegate, uint32 categories, uint8 purposes, uint8 actions, uint40 expiresAt)
        external;

    /// @notice Ends a delegation; the patient, or the delegate stepping down. Open in a pause.
    function removeDelegate(address patient, address delegate) external;

    /// @notice A practitioner asks `patient` for access on behalf of their organisation.
    /// @return requestId The request's id, counting from 1.
    function requestAccess(
        address patient,
        uint32 categories,
        uint8 purposes,
        uint8 actions,
        uint40 duration,
        bytes32 reasonHash
    ) external returns (uint64 requestId);

    /// @notice Approves a pending request, granting its scope from now for its duration
    /// (replacing the current consent); the patient or a delegate whose delegation covers its
    /// scope and lasts until its end.
    function approveRequest(uint64 requestId) external;

    /// @notice Denies a pending request; the patient or any current delegate.
    function denyRequest(uint64 requestId) external;

    /// @notice Withdraws a pending request; a practitioner of the requesting organisation.
    function cancelRequest(uint64 requestId) external;

    /// @notice Opens break-glass access to `patient`'s records for the caller's organisation,
    /// for a fixed `Vocabulary.EMERGENCY_DURATION`; a physician or nurse of an active,
    /// emergency-capable organisation, unless the patient opted out. Bounded per (patient,
    /// organisation): no re-opening while one is open, at most
    /// `Vocabulary.EMERGENCY_MAX_OPENINGS` in any `Vocabulary.EMERGENCY_WINDOW`, and none for
    /// `Vocabulary.EMERGENCY_COOLDOWN` after the patient or a delegate closed one. Refused in the
    /// second of an opt-out or a withdrawal of the capability (it could not be told from an
    /// access opened before them, which they end). Every opening is an event.
    function openEmergencyAccess(address patient, uint8 reasonCode, bytes32 justificationHash) external;

    /// @notice Ends an emergency access early; the patient, a delegate, or a practitioner of
    /// the organisation holding it (organisation 0 has none). Open during a pause. Closed by the
    /// patient or a delegate, the organisation may not re-open for `Vocabulary.EMERGENCY_COOLDOWN`.
    function closeEmergencyAccess(address patient, uint32 orgId) external;

    /// @notice Sets the caller's break-glass rules, as patient. A new policy that is opted in
    /// widens emergency access if the current one is opted out or it adds restricted
    /// categories; such changes are refused during a pause (an opted-out policy never widens).
    /// Opting out ends every access already open at once; accesses opened earlier never
    /// return, even if the patient opts in again. Otherwise accesses open keep their categories.
    function setEmergencyPolicy(bool optedOut, uint32 restrictedCategories) external;

    /// @notice Whether `orgId` may take `action` on `patient`'s records of `category` for
    /// `purpose` right now, and on what basis (a `Vocabulary.BASIS_*` code). An emergency access
    /// counts only if it was opened after the patient's last opt-out and after the last
    /// withdrawal of the organisation's emergency capability.
    function checkAccess(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action)
        external
        view
        returns (bool allowed, uint8 basis);

    /// @notice The organisation `account` acts for and the consent `patient` gave that
    /// organisation, in one call for the record registry. Reverts unless `account` is a
    /// practitioner of an active organisation whose role may act for `purpose` (see
    /// `Vocabulary.ROLE_PURPOSES`) and, when `write` is set, writes are open.
    /// @return orgId The organisation.
    /// @return consent The consent slot as {checkAccess} reads it (an emergency access ended by
    /// an opt-out or a withdrawn capability removed); `AccessRules.unpack` reads it.
    function actingContext(address account, address patient, bool write, uint8 purpose)
        external
        view
        returns (uint32 orgId, bytes32 consent);

    /// @notice The membership of `account`, reverting unless it is a practitioner of an active
    /// organisation and, when `write` is set, writes are open.
    function requireActivePractitioner(address account, bool write) external view returns (Practitioner memory);

    /// @notice Reverts unless `orgId` is accredited, not suspended, and writes are open: what a
    /// write on behalf of that organisation needs, in one call for the record registry.
    function ensureWritable(uint32 orgId) external view;

    /// @notice The organisation and role of `account`; `orgId == 0` if it has none.
    function practitionerOf(address account) external view returns (Practitioner memory);

    /// @notice The standing of `orgId` as access decisions see it.
    function organizationStatus(uint32 orgId) external view returns (OrganizationStatus memory);

    /// @notice Whether `orgId` exists and is not suspended.
    function isActive(uint32 orgId) external view returns (bool);

    /// @notice Whether writes that could widen access are paused.
    function paused() external view returns (bool);

    /// @notice Records an organisation's standing; only the organisation registry.
    function setOrganizationStatus(uint32 orgId, OrganizationStatus calldata status) external;

    /// @notice Records (or, with `orgId == 0`, clears) a membership; only the organisation
    /// registry, which checks the admin, the role and the organisation's standing.
    function setPractitioner(address account, Practitioner calldata member) external;

    /// @notice Pauses or resumes writes; only the organisation registry, for the authority.
    function setPaused(bool paused_) external;

    /// @notice The raw consent slot of (`patient`, `orgId`), zero if none. Its emergency access
    /// may already be over by an opt-out or a withdrawn capability: ask {checkAccess}.
    function consentOf(address patient, uint32 orgId) external view returns (Consent memory);

    /// @notice The next signature nonce of `patient` for `orgId`.
    function nonceOf(address patient, uint32 orgId) external view returns (uint256);

    /// @notice `patient`'s delegation to `delegate`, zero if none.
    function delegationOf(address patient, address delegate) external view returns (Delegation memory);

    /// @notice `patient`'s break-glass rules.
    function emergencyPolicyOf(address patient) external view returns (EmergencyPolicy memory);

    /// @notice The break-glass history of `orgId` with `patient`, zero if none.
    function emergencyLedgerOf(address patient, uint32 orgId) external view returns (EmergencyLedger memory);

    /// @notice When the authority last withdrew `orgId`'s emergency capability, zero if never.
    function emergencyWithdrawnAt(uint32 orgId) external view returns (uint40);

    /// @notice The access request `requestId`.
    function accessRequest(uint64 requestId) external view returns (AccessRequest memory);

    /// @notice How many access requests were made (the highest id).
    function requestCount() external view returns (uint64);

    /// @notice The organisation registry this registry trusts.
    function organizations() external view returns (address);

    /// @notice The EIP-712 domain separator: name `Consentry`, version `1`, this chain's id, this
    /// contract, and a salt (the hash of the block before this registry's creation) that keeps two
    /// networks with the same chain id and the same addresses apart. Wallets read the whole
    /// domain from `eip712Domain()` (ERC-5267).
    function DOMAIN_SEPARATOR() external view returns (bytes32);
}
