// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ConsentRegistry} from "./ConsentRegistry.sol";
import {IConsentRegistry} from "./interfaces/IConsentRegistry.sol";
import {IOrganizationRegistry} from "./interfaces/IOrganizationRegistry.sol";
import {OrganizationStatus, Practitioner} from "./types/AccessRules.sol";
import {Vocabulary} from "./types/Vocabulary.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Organisation registry
/// @notice Accreditation by the health authority, practitioner rosters kept by each
/// organisation's admin, and the incident pause for the whole suite.
contract OrganizationRegistry is IOrganizationRegistry, AccessControl {
    /// @notice Accounts of the health authority: accredit, suspend, pause.
    bytes32 public constant AUTHORITY_ROLE = keccak256("consentry.authority");

    uint256 private constant _MAX_ENDPOINT_LENGTH = 512;

    /// @dev Holds, for access decisions, the status, membership and pause facts written here.
    IConsentRegistry private immutable _CONSENTS;

    /// @dev orgId => | admin address | kind u8 | accreditedAt u40 |, one slot. The status
    /// (suspended, emergency-capable) lives in the consent registry.
    mapping(uint32 orgId => OrganizationRecord) private _organizations;
    /// @dev orgId => account offered the admin role.
    mapping(uint32 orgId => address) private _pendingAdmins;
    /// @dev orgId => FHIR base URL; read by gateways and the locator, never on a hot path.
    mapping(uint32 orgId => string) private _endpoints;
    /// @dev The highest organisation id handed out.
    uint32 private _organizationCount;

    struct OrganizationRecord {
        address admin;
        uint8 kind;
        uint40 accreditedAt;
    }

    /// @param admin Manages the authority accounts (DEFAULT_ADMIN_ROLE).
    /// @param authority The first health-authority account.
    constructor(address admin, address authority) {
        if (admin == address(0) || authority == address(0)) revert OrganizationRegistry__ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(AUTHORITY_ROLE, authority);
        _CONSENTS = new ConsentRegistry();
    }

    // Every external call below goes to the consent registry this contract created in its
    // constructor, whose setters call nothing back, so no call can re-enter before an event.
    // slither-disable-start reentrancy-events

    // ------------------------------------------------------------------- authority

    /// @inheritdoc IOrganizationRegistry
    function accredit(uint8 kind, address admin, bool emergencyCapable, string calldata name, string calldata endpoint)
        external
        onlyRole(AUTHORITY_ROLE)
        returns (uint32 orgId)
    {
        if (kind == 0 || kind > Vocabulary.KIND_MAX) revert OrganizationRegistry__InvalidKind(kind);
        if (admin == address(0)) revert OrganizationRegistry__ZeroAddress();
        _checkEndpoint(endpoint);
        _requireNotPaused();
        orgId = ++_organizationCount;
        _organizations[orgId] = OrganizationRecord({admin: admin, kind: kind, accreditedAt: uint40(block.timestamp)});
        _endpoints[orgId] = endpoint;
        _CONSENTS.setOrganizationStatus(
            orgId, OrganizationStatus({accredited: true, suspended: false, emergencyCapable: emergencyCapable})
        );
        emit OrganizationAccredited(orgId, admin, kind, emergencyCapable, name, endpoint);
    }

    /// @inheritdoc IOrganizationRegistry
    function suspend(uint32 orgId, bytes32 reasonHash) external onlyRole(AUTHORITY_ROLE) {
        OrganizationStatus memory status = _status(orgId);
        if (status.suspended) revert OrganizationRegistry__OrganizationSuspended(orgId);
        status.suspended = true;
        _CONSENTS.setOrganizationStatus(orgId, status);
        emit OrganizationSuspended(orgId, reasonHash);
    }

    /// @inheritdoc IOrganizationRegistry
    function reinstate(uint32 orgId) external onlyRole(AUTHORITY_ROLE) {
        OrganizationStatus memory status = _status(orgId);
        if (!status.suspended) revert OrganizationRegistry__OrganizationNotSuspended(orgId);
        _requireNotPaused();
        status.suspended = false;
        _CONSENTS.setOrganizationStatus(orgId, status);
        emit OrganizationReinstated(orgId);
    }

    /// @inheritdoc IOrganizationRegistry
    function setEmergencyCapable(uint32 orgId, bool emergencyCapable) external onlyRole(AUTHORITY_ROLE) {
        OrganizationStatus memory status = _status(orgId);
        // Granting the capability widens access; withdrawing it is always open.
        if (emergencyCapable) _requireNotPaused();
        status.emergencyCapable = emergencyCapable;
        _CONSENTS.setOrganizationStatus(orgId, status);
        emit EmergencyCapabilitySet(orgId, emergencyCapable);
    }

    /// @inheritdoc IOrganizationRegistry
    function pause() external onlyRole(AUTHORITY_ROLE) {
        if (_CONSENTS.paused()) revert OrganizationRegistry__WritesPaused();
        _CONSENTS.setPaused(true);
        emit WritesPaused(msg.sender);
    }

    /// @inheritdoc IOrganizationRegistry
    function unpause() external onlyRole(AUTHORITY_ROLE) {
        if (!_CONSENTS.paused()) revert OrganizationRegistry__WritesNotPaused();
        _CONSENTS.setPaused(false);
        emit WritesResumed(msg.sender);
    }

    // ----------------------------------------------------------- organisation admin

    /// @inheritdoc IOrganizationRegistry
    function setEndpoint(uint32 orgId, string calldata endpoint) external {
        _requireActiveAdmin(orgId);
        _checkEndpoint(endpoint);
        _requireNotPaused();
        _endpoints[orgId] = endpoint;
        emit EndpointUpdated(orgId, endpoint);
    }

    /// @inheritdoc IOrganizationRegistry
    function addPractitioner(uint32 orgId, address account, uint8 role) external {
        _requireActiveAdmin(orgId);
        if (account == address(0)) revert OrganizationRegistry__ZeroAddress();
        if (role == 0 || role > Vocabulary.ROLE_MAX) revert OrganizationRegistry__InvalidRole(role);
        _requireNotPaused();
        uint32 current = _CONSENTS.practitionerOf(account).orgId;
        if (current != 0) revert OrganizationRegistry__AlreadyPractitioner(account, current);
        _CONSENTS.setPractitioner(account, Practitioner({orgId: orgId, role: role, since: uint40(block.timestamp)}));
        emit PractitionerAdded(orgId, account, role);
    }

    /// @inheritdoc IOrganizationRegistry
    function removePractitioner(uint32 orgId, address account) external {
        if (msg.sender != account && _existing(orgId).admin != msg.sender) {
            revert OrganizationRegistry__NotOrganizationAdmin(orgId, msg.sender);
        }
        // orgId 0 is "no organisation": leaving it would be a no-op dressed as an event.
        if (orgId == 0 || _CONSENTS.practitionerOf(account).orgId != orgId) {
            revert OrganizationRegistry__NotPractitioner(account, orgId);
        }
        _CONSENTS.setPractitioner(account, Practitioner({orgId: 0, role: 0, since: 0}));
        emit PractitionerRemoved(orgId, account);
    }

    /// @inheritdoc IOrganizationRegistry
    function transferAdmin(uint32 orgId, address newAdmin) external {
        address admin = _existing(orgId).admin;
        if (admin != msg.sender) revert OrganizationRegistry__NotOrganizationAdmin(orgId, msg.sender);
        // Withdrawing an offer only takes power away, so it stays open in a suspension or a
        // pause; making one needs an active organisation and open writes.
        if (newAdmin != address(0)) {
            if (_CONSENTS.organizationStatus(orgId).suspended) {
                revert OrganizationRegistry__OrganizationSuspended(orgId);
            }
            _requireNotPaused();
        }
        _pendingAdmins[orgId] = newAdmin;
        emit AdminTransferStarted(orgId, admin, newAdmin);
    }

    /// @inheritdoc IOrganizationRegistry
    function recoverAdmin(uint32 orgId, address newAdmin) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newAdmin == address(0)) revert OrganizationRegistry__ZeroAddress();
        address previous = _existing(orgId).admin;
        _organizations[orgId].admin = newAdmin;
        // An offer the old (perhaps compromised) admin made must not outlive it.
        if (_pendingAdmins[orgId] != address(0)) delete _pendingAdmins[orgId];
        emit AdminTransferred(orgId, previous, newAdmin);
    }

    /// @inheritdoc IOrganizationRegistry
    function acceptAdmin(uint32 orgId) external {
        if (msg.sender == address(0) || _pendingAdmins[orgId] != msg.sender) {
            revert OrganizationRegistry__NotPendingAdmin(orgId, msg.sender);
        }
        if (_status(orgId).suspended) revert OrganizationRegistry__OrganizationSuspended(orgId);
        _requireNotPaused();
        OrganizationRecord storage org = _organizations[orgId];
        address previous = org.admin;
        org.admin = msg.sender;
        delete _pendingAdmins[orgId];
        emit AdminTransferred(orgId, previous, msg.sender);
    }

    // slither-disable-end reentrancy-events

    // ----------------------------------------------------------------------- views

    /// @inheritdoc IOrganizationRegistry
    function organization(uint32 orgId) external view returns (Organization memory) {
        OrganizationRecord memory org = _organizations[orgId];
        OrganizationStatus memory status = _CONSENTS.organizationStatus(orgId);
        return Organization({
            admin: org.admin,
            kind: org.kind,
            suspended: status.suspended,
            emergencyCapable: status.emergencyCapable,
            accreditedAt: org.accreditedAt
        });
    }

    /// @inheritdoc IOrganizationRegistry
    function fhirEndpoint(uint32 orgId) external view returns (string memory) {
        return _endpoints[orgId];
    }

    /// @inheritdoc IOrganizationRegistry
    function pendingAdmin(uint32 orgId) external view returns (address) {
        return _pendingAdmins[orgId];
    }

    /// @inheritdoc IOrganizationRegistry
    function practitioner(address account) external view returns (Practitioner memory) {
        return _CONSENTS.practitionerOf(account);
    }

    /// @inheritdoc IOrganizationRegistry
    function isActive(uint32 orgId) external view returns (bool) {
        return _CONSENTS.isActive(orgId);
    }

    /// @inheritdoc IOrganizationRegistry
    function organizationCount() external view returns (uint32) {
        return _organizationCount;
    }

    /// @inheritdoc IOrganizationRegistry
    function paused() external view returns (bool) {
        return _CONSENTS.paused();
    }

    /// @inheritdoc IOrganizationRegistry
    function consents() external view returns (address) {
        return address(_CONSENTS);
    }

    // -------------------------------------------------------------------- internal

    function _existing(uint32 orgId) private view returns (OrganizationRecord storage org) {
        org = _organizations[orgId];
        if (org.admin == address(0)) revert OrganizationRegistry__UnknownOrganization(orgId);
    }

    function _status(uint32 orgId) private view returns (OrganizationStatus memory status) {
        status = _CONSENTS.organizationStatus(orgId);
        if (!status.accredited) revert OrganizationRegistry__UnknownOrganization(orgId);
    }

    /// @dev Reverts unless the caller is the admin of an active `orgId`.
    function _requireActiveAdmin(uint32 orgId) private view returns (address admin) {
        admin = _existing(orgId).admin;
        if (admin != msg.sender) revert OrganizationRegistry__NotOrganizationAdmin(orgId, msg.sender);
        if (_CONSENTS.organizationStatus(orgId).suspended) revert OrganizationRegistry__OrganizationSuspended(orgId);
    }

    function _requireNotPaused() private view {
        if (_CONSENTS.paused()) revert OrganizationRegistry__WritesPaused();
    }

    function _checkEndpoint(string calldata endpoint) private pure {
        uint256 length = bytes(endpoint).length;
        if (length == 0 || length > _MAX_ENDPOINT_LENGTH) revert OrganizationRegistry__InvalidEndpoint(length);
    }
}
