// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Practitioner} from "../types/AccessRules.sol";

/// @title Organisation registry
/// @notice A health authority accredits organisations (hospitals, clinics, laboratories,
/// pharmacies, payers, public-health bodies, research institutes), suspends and reinstates
/// them, and marks them emergency-capable. Each organisation's admin keeps its roster of
/// practitioners. The authority can also pause every write that could widen access during an
/// incident; reads and everything that only takes access away stay open.
/// @dev The registry creates its {IConsentRegistry} in its constructor and is the only account
/// allowed to write there the facts every access decision reads: organisation status,
/// practitioner memberships and the pause. Keeping those beside the consents lets each access
/// check touch one contract; each fact is still stored once.
interface IOrganizationRegistry {
    /// @notice An accredited organisation, as the views return it.
    struct Organization {
        address admin;
        uint8 kind;
        bool suspended;
        bool emergencyCapable;
        uint40 accreditedAt;
    }

    /// @notice The authority accredited organisation `orgId`.
    /// @param name The organisation's public name (stored in this event only).
    /// @param fhirEndpoint Base URL of the organisation's FHIR server; a record's locator is
    /// this endpoint plus the record id.
    event OrganizationAccredited(
        uint32 indexed orgId, address indexed admin, uint8 kind, bool emergencyCapable, string name, string fhirEndpoint
    );
    /// @notice The authority suspended `orgId`; it can do nothing until reinstated.
    /// @param reasonHash Hash of the authority's written reason, kept off chain.
    event OrganizationSuspended(uint32 indexed orgId, bytes32 reasonHash);
    /// @notice The authority reinstated `orgId`.
    event OrganizationReinstated(uint32 indexed orgId);
    /// @notice The authority changed whether `orgId` may open emergency access.
    event EmergencyCapabilitySet(uint32 indexed orgId, bool emergencyCapable);
    /// @notice The organisation's admin moved its FHIR endpoint.
    event EndpointUpdated(uint32 indexed orgId, string fhirEndpoint);
    /// @notice The organisation's admin added `account` as a practitioner with `role`.
    event PractitionerAdded(uint32 indexed orgId, address indexed account, uint8 role);
    /// @notice `account` is no longer a practitioner of `orgId`.
    event PractitionerRemoved(uint32 indexed orgId, address indexed account);
    /// @notice The admin of `orgId` offered the admin role to `pendingAdmin` (zero: withdrawn).
    event AdminTransferStarted(uint32 indexed orgId, address indexed admin, address indexed pendingAdmin);
    /// @notice `newAdmin` accepted the admin role of `orgId`.
    event AdminTransferred(uint32 indexed orgId, address indexed previousAdmin, address indexed newAdmin);
    /// @notice The authority paused every write that could widen access.
    event WritesPaused(address indexed authority);
    /// @notice The authority ended the pause.
    event WritesResumed(address indexed authority);

    /// @notice No organisation has id `orgId`.
    error OrganizationRegistry__UnknownOrganization(uint32 orgId);
    /// @notice Organisation `orgId` is suspended.
    error OrganizationRegistry__OrganizationSuspended(uint32 orgId);
    /// @notice Organisation `orgId` is not suspended.
    error OrganizationRegistry__OrganizationNotSuspended(uint32 orgId);
    /// @notice `account` is not the admin of organisation `orgId`.
    error OrganizationRegistry__NotOrganizationAdmin(uint32 orgId, address account);
    /// @notice `account` was not offered the admin role of `orgId`.
    error OrganizationRegistry__NotPendingAdmin(uint32 orgId, address account);
    /// @notice `kind` is not an organisation kind of the vocabulary.
    error OrganizationRegistry__InvalidKind(uint8 kind);
    /// @notice `role` is not a practitioner role of the vocabulary.
    error OrganizationRegistry__InvalidRole(uint8 role);
    /// @notice The zero address cannot be an admin, an authority or a practitioner.
    error OrganizationRegistry__ZeroAddress();
    /// @notice The FHIR endpoint is empty or longer than 512 bytes.
    error OrganizationRegistry__InvalidEndpoint(uint256 length);
    /// @notice `account` is already a practitioner of organisation `orgId`.
    error OrganizationRegistry__AlreadyPractitioner(address account, uint32 orgId);
    /// @notice `account` is not a practitioner of organisation `orgId`.
    error OrganizationRegistry__NotPractitioner(address account, uint32 orgId);
    /// @notice Writes are paused by the health authority.
    error OrganizationRegistry__WritesPaused();
    /// @notice Writes are not paused.
    error OrganizationRegistry__WritesNotPaused();

    /// @notice Accredits an organisation; only the health authority.
    /// @param name The organisation's public name, published in the event only.
    /// @param endpoint Base URL of the organisation's FHIR server.
    /// @return orgId The new organisation's id, counting from 1.
    function accredit(uint8 kind, address admin, bool emergencyCapable, string calldata name, string calldata endpoint)
        external
        returns (uint32 orgId);

    /// @notice Suspends an organisation; only the health authority. Its practitioners can
    /// then neither read nor write, and every access check for it fails. Open during a pause.
    function suspend(uint32 orgId, bytes32 reasonHash) external;

    /// @notice Lifts a suspension; only the health authority.
    function reinstate(uint32 orgId) external;

    /// @notice Marks whether an organisation may open emergency access; only the authority.
    function setEmergencyCapable(uint32 orgId, bool emergencyCapable) external;

    /// @notice Moves the organisation's FHIR endpoint; only its admin, while it is active.
    function setEndpoint(uint32 orgId, string calldata endpoint) external;

    /// @notice Adds a practitioner to the organisation's roster; only its admin, while the
    /// organisation is active.
    function addPractitioner(uint32 orgId, address account, uint8 role) external;

    /// @notice Removes a practitioner; the admin, or the practitioner leaving. Open during a
    /// pause and a suspension, since it only takes access away.
    function removePractitioner(uint32 orgId, address account) external;

    /// @notice Replaces the admin of organisation `orgId` with `newAdmin` at once, and withdraws
    /// any pending transfer; only governance (`DEFAULT_ADMIN_ROLE`). For an admin whose key is
    /// lost or compromised, in any state: the authority suspends the organisation, governance
    /// recovers its admin, the authority reinstates it. Emits {AdminTransferred}.
    function recoverAdmin(uint32 orgId, address newAdmin) external;

    /// @notice Offers the admin role to `newAdmin` (first of two steps); only the admin, while
    /// the organisation is active. Offering it to the zero address withdraws a pending offer,
    /// which stays open during a suspension or a pause.
    function transferAdmin(uint32 orgId, address newAdmin) external;

    /// @notice Accepts the admin role offered by {transferAdmin}; only the offered account.
    function acceptAdmin(uint32 orgId) external;

    /// @notice Pauses every write that could widen access; only the health authority.
    function pause() external;

    /// @notice Ends a pause; only the health authority.
    function unpause() external;

    /// @notice The organisation `orgId`, or a zeroed struct if it does not exist.
    function organization(uint32 orgId) external view returns (Organization memory);

    /// @notice The FHIR endpoint of `orgId`.
    function fhirEndpoint(uint32 orgId) external view returns (string memory);

    /// @notice The account offered the admin role of `orgId`, if any.
    function pendingAdmin(uint32 orgId) external view returns (address);

    /// @notice The organisation and role of `account`; `orgId == 0` if it has none.
    function practitioner(address account) external view returns (Practitioner memory);

    /// @notice Whether `orgId` exists and is not suspended.
    function isActive(uint32 orgId) external view returns (bool);

    /// @notice How many organisations have been accredited (the highest id).
    function organizationCount() external view returns (uint32);

    /// @notice Whether writes are paused.
    function paused() external view returns (bool);

    /// @notice The consent registry this registry created and keeps informed.
    function consents() external view returns (address);
}
