// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IConsentRegistry} from "./interfaces/IConsentRegistry.sol";
import {IOrganizationRegistry} from "./interfaces/IOrganizationRegistry.sol";
import {IRecordRegistry} from "./interfaces/IRecordRegistry.sol";
import {AccessRules, Practitioner} from "./types/AccessRules.sol";
import {Vocabulary} from "./types/Vocabulary.sol";

/// @title Record registry
/// @notice Record pointers with version chains, and read receipts that need an access basis.
// Timestamps only bound consent windows of hours to years (see ConsentRegistry). Slither also
// calls every exact comparison of a status or basis code "dangerous" once the struct holding it
// carries a timestamp; those codes are enum-like values, never balances, so equality is exact.
// slither-disable-start timestamp,incorrect-equality
contract RecordRegistry is IRecordRegistry {
    uint256 private constant _MAX_RECORDS_PER_RECEIPT = 256;

    IOrganizationRegistry private immutable _ORGANIZATIONS;
    IConsentRegistry private immutable _CONSENTS;

    /// @dev recordId => pointer, one slot (see {Record}).
    mapping(bytes32 recordId => Record) private _records;
    /// @dev recordId => the pointer it superseded; written only for new versions.
    mapping(bytes32 recordId => bytes32) private _predecessors;

    constructor(IOrganizationRegistry organizations_) {
        _ORGANIZATIONS = organizations_;
        _CONSENTS = IConsentRegistry(organizations_.consents());
    }

    /// @inheritdoc IRecordRegistry
    function addRecord(
        address patient,
        uint8 category,
        uint8 fhirType,
        bytes32 contentHash,
        bytes32 supersedes,
        uint8 purpose
    ) external returns (bytes32 recordId) {
        if (patient == address(0)) revert RecordRegistry__InvalidPatient();
        if (category >= Vocabulary.CATEGORY_COUNT) revert RecordRegistry__InvalidCategory(category);
        if (fhirType == 0 || fhirType > Vocabulary.FHIR_TYPE_MAX) revert RecordRegistry__InvalidFhirType(fhirType);
        if (purpose >= Vocabulary.PURPOSE_COUNT) revert RecordRegistry__InvalidPurpose(purpose);
        if (contentHash == bytes32(0)) revert RecordRegistry__EmptyContentHash();

        (uint32 orgId, bytes32 packed) = _CONSENTS.actingContext(msg.sender, patient, true, purpose);
        uint8 basis = AccessRules.basis(packed, category, purpose, Vocabulary.WRITE, block.timestamp);
        if (basis == Vocabulary.BASIS_NONE) {
            revert RecordRegistry__NoAccessBasis(patient, orgId, category, purpose, Vocabulary.WRITE);
        }

        recordId = _recordId(patient, orgId, category, contentHash);
        if (_records[recordId].status != 0) revert RecordRegistry__RecordExists(recordId);
        if (supersedes != bytes32(0)) {
            Record storage previous = _records[supersedes];
            uint8 status = previous.status;
            if (status == 0) revert RecordRegistry__UnknownRecord(supersedes);
            if (previous.patient != patient) revert RecordRegistry__PatientMismatch(supersedes, patient);
            if (previous.authorOrg != orgId) revert RecordRegistry__NotAuthorOrganization(supersedes, orgId);
            if (status != Vocabulary.RECORD_CURRENT) revert RecordRegistry__RecordNotCurrent(supersedes, status);
            previous.status = Vocabulary.RECORD_SUPERSEDED;
            _predecessors[recordId] = supersedes;
        }
        _records[recordId] = Record({
            patient: patient,
            authorOrg: orgId,
            category: category,
            fhirType: fhirType,
            status: Vocabulary.RECORD_CURRENT,
            createdAt: uint40(block.timestamp)
        });
        emit RecordAdded(
            recordId, patient, orgId, msg.sender, category, fhirType, contentHash, supersedes, purpose, basis
        );
    }

    /// @inheritdoc IRecordRegistry
    function retractRecord(bytes32 recordId) external {
        Practitioner memory acting = _CONSENTS.requireActivePractitioner(msg.sender, true);
        Record storage record = _records[recordId];
        uint8 status = record.status;
        if (status == 0) revert RecordRegistry__UnknownRecord(recordId);
        if (record.authorOrg != acting.orgId) revert RecordRegistry__NotAuthorOrganization(recordId, acting.orgId);
        if (status != Vocabulary.RECORD_CURRENT) revert RecordRegistry__RecordNotCurrent(recordId, status);
        record.status = Vocabulary.RECORD_ENTERED_IN_ERROR;
        // Only a current pointer can be superseded, so the predecessor was superseded by this
        // very record and is the current version again.
        bytes32 previous = _predecessors[recordId];
        if (previous != bytes32(0)) _records[previous].status = Vocabulary.RECORD_CURRENT;
        emit RecordRetracted(recordId, record.patient, acting.orgId, msg.sender);
    }

    /// @inheritdoc IRecordRegistry
    function logAccess(address patient, bytes32[] calldata recordIds, uint8 purpose) external {
        uint256 count = recordIds.length;
        if (count == 0 || count > _MAX_RECORDS_PER_RECEIPT) revert RecordRegistry__InvalidRecordCount(count);
        if (purpose >= Vocabulary.PURPOSE_COUNT) revert RecordRegistry__InvalidPurpose(purpose);
        // One call for the membership and the consent, which every record shares.
        (uint32 orgId, bytes32 packed) = _CONSENTS.actingContext(msg.sender, patient, false, purpose);
        for (uint256 i; i < count; ++i) {
            bytes32 recordId = recordIds[i];
            Record memory record = _records[recordId];
            if (record.status == 0) revert RecordRegistry__UnknownRecord(recordId);
            if (record.patient != patient) revert RecordRegistry__PatientMismatch(recordId, patient);
            if (record.status == Vocabulary.RECORD_ENTERED_IN_ERROR) {
                revert RecordRegistry__RecordEnteredInError(recordId);
            }
            uint8 basis = Vocabulary.BASIS_OWN_RECORD;
            if (record.authorOrg != orgId) {
                basis = AccessRules.basis(packed, record.category, purpose, Vocabulary.READ, block.timestamp);
                if (basis == Vocabulary.BASIS_NONE) {
                    revert RecordRegistry__NoAccessBasis(patient, orgId, record.category, purpose, Vocabulary.READ);
                }
            }
            emit RecordAccessed(recordId, patient, orgId, msg.sender, purpose, basis);
        }
    }

    /// @inheritdoc IRecordRegistry
    function recordOf(bytes32 recordId) external view returns (Record memory) {
        return _records[recordId];
    }

    /// @inheritdoc IRecordRegistry
    function predecessorOf(bytes32 recordId) external view returns (bytes32) {
        return _predecessors[recordId];
    }

    /// @inheritdoc IRecordRegistry
    function verifyContent(bytes32 recordId, bytes32 contentHash) external view returns (bool) {
        Record storage record = _records[recordId];
        uint8 status = record.status;
        // A pointer entered in error vouches for nothing, whatever content it named.
        return status != 0 && status != Vocabulary.RECORD_ENTERED_IN_ERROR
            && _recordId(record.patient, record.authorOrg, record.category, contentHash) == recordId;
    }

    /// @inheritdoc IRecordRegistry
    function checkRecordAccess(bytes32 recordId, uint32 orgId, uint8 purpose)
        external
        view
        returns (bool allowed, uint8 basis)
    {
        if (purpose >= Vocabulary.PURPOSE_COUNT) revert RecordRegistry__InvalidPurpose(purpose);
        Record memory record = _known(recordId);
        if (record.status == Vocabulary.RECORD_ENTERED_IN_ERROR || !_CONSENTS.isActive(orgId)) {
            return (false, Vocabulary.BASIS_NONE);
        }
        if (record.authorOrg == orgId) return (true, Vocabulary.BASIS_OWN_RECORD);
        // The consent registry's own answer: it also ends break-glass the patient opted out of.
        return _CONSENTS.checkAccess(record.patient, orgId, record.category, purpose, Vocabulary.READ);
    }

    /// @inheritdoc IRecordRegistry
    function locatorOf(bytes32 recordId) external view returns (string memory fhirEndpoint, bytes32 id) {
        return (_ORGANIZATIONS.fhirEndpoint(_known(recordId).authorOrg), recordId);
    }

    /// @inheritdoc IRecordRegistry
    function recordIdFor(address patient, uint32 authorOrg, uint8 category, bytes32 contentHash)
        external
        pure
        returns (bytes32)
    {
        return _recordId(patient, authorOrg, category, contentHash);
    }

    /// @inheritdoc IRecordRegistry
    function organizations() external view returns (address) {
        return address(_ORGANIZATIONS);
    }

    /// @inheritdoc IRecordRegistry
    function consents() external view returns (address) {
        return address(_CONSENTS);
    }

    /// @dev A pointer's id binds its patient, author organisation, category and content: nobody
    /// can register another organisation's pointer first, nor relabel its category.
    function _recordId(address patient, uint32 authorOrg, uint8 category, bytes32 contentHash)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(patient, authorOrg, category, contentHash));
    }

    function _known(bytes32 recordId) private view returns (Record memory record) {
        record = _records[recordId];
        if (record.status == 0) revert RecordRegistry__UnknownRecord(recordId);
    }
}
// slither-disable-end timestamp,incorrect-equality
