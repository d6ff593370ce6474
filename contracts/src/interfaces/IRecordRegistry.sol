// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title Record registry
/// @notice Pointers to medical records that stay off chain at the organisation that wrote
/// them, and a receipt for every read. A pointer holds the patient, the category, the FHIR
/// resource type and, folded into its id, the SHA-256 of the content; its locator is the
/// author organisation's registered FHIR endpoint plus the id, so no per-record URL is ever
/// on chain. Pointers form version chains (a new version supersedes the current one) and
/// can be marked entered-in-error by their author organisation.
interface IRecordRegistry {
    /// @notice A record pointer. One storage slot:
    /// | patient address | authorOrg u32 | category u8 | fhirType u8 | status u8 | createdAt u40 |
    /// @dev The content hash is not stored: the id is `keccak256(abi.encode(patient, authorOrg,
    /// category, contentHash))`, which binds it (see {verifyContent}). Binding the author
    /// organisation and the category means a pointer copied from the mempool and sent first by
    /// another organisation gets another id: it cannot take the author's id or relabel it.
    struct Record {
        address patient;
        uint32 authorOrg;
        uint8 category;
        uint8 fhirType;
        uint8 status;
        uint40 createdAt;
    }

    /// @notice A practitioner of `authorOrg` added a pointer to a record it holds.
    /// @param contentHash SHA-256 of the record's content as served by the author.
    /// @param supersedes The pointer this one replaces, or zero.
    /// @param purpose The purpose of use the practitioner wrote for.
    /// @param basis What the write rested on (`Vocabulary.BASIS_CONSENT` or
    /// `Vocabulary.BASIS_EMERGENCY`): an emergency write is told apart from a consented one.
    event RecordAdded(
        bytes32 indexed recordId,
        address indexed patient,
        uint32 indexed authorOrg,
        address practitioner,
        uint8 category,
        uint8 fhirType,
        bytes32 contentHash,
        bytes32 supersedes,
        uint8 purpose,
        uint8 basis
    );
    /// @notice The author organisation marked the pointer entered-in-error. If it had
    /// superseded another pointer, that one is current again.
    event RecordRetracted(
        bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address practitioner
    );
    /// @notice A read receipt: a practitioner of `orgId` read the record for `purpose`, on
    /// `basis` (a `Vocabulary.BASIS_*` code).
    event RecordAccessed(
        bytes32 indexed recordId,
        address indexed patient,
        uint32 indexed orgId,
        address practitioner,
        uint8 purpose,
        uint8 basis
    );

    /// @notice A pointer with id `recordId` already exists (same patient, author organisation,
    /// category and content).
    error RecordRegistry__RecordExists(bytes32 recordId);
    /// @notice No pointer has id `recordId`.
    error RecordRegistry__UnknownRecord(bytes32 recordId);
    /// @notice Pointer `recordId` belongs to another patient than the one named.
    error RecordRegistry__PatientMismatch(bytes32 recordId, address patient);
    /// @notice Only the author organisation may supersede or retract `recordId`.
    error RecordRegistry__NotAuthorOrganization(bytes32 recordId, uint32 orgId);
    /// @notice `recordId` has status `status`; the operation needs a current pointer.
    error RecordRegistry__RecordNotCurrent(bytes32 recordId, uint8 status);
    /// @notice `recordId` was marked entered-in-error and may not be read.
    error RecordRegistry__RecordEnteredInError(bytes32 recordId);
    /// @notice `category` is not a category code.
    error RecordRegistry__InvalidCategory(uint8 category);
    /// @notice `fhirType` is not a FHIR resource type code.
    error RecordRegistry__InvalidFhirType(uint8 fhirType);
    /// @notice `purpose` is not a purpose code.
    error RecordRegistry__InvalidPurpose(uint8 purpose);
    /// @notice The content hash is zero.
    error RecordRegistry__EmptyContentHash();
    /// @notice The zero address is not a patient.
    error RecordRegistry__InvalidPatient();
    /// @notice A receipt names between 1 and 256 records; `count` were given.
    error RecordRegistry__InvalidRecordCount(uint256 count);
    /// @notice Organisation `orgId` has no basis to `action` `patient`'s `category` records
    /// for `purpose` now.
    error RecordRegistry__NoAccessBasis(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action);

    /// @notice Adds a pointer; a practitioner of an active organisation holding write access
    /// to `patient`'s `category` for `purpose` (consent or emergency), whose role acts for
    /// `purpose` (`ConsentRegistry__PurposeNotForRole` otherwise). With `supersedes` set,
    /// the named pointer (same patient, same author organisation, current) becomes superseded.
    /// @return recordId `keccak256(abi.encode(patient, authorOrg, category, contentHash))`, the
    /// author organisation being the caller's.
    function addRecord(
        address patient,
        uint8 category,
        uint8 fhirType,
        bytes32 contentHash,
        bytes32 supersedes,
        uint8 purpose
    ) external returns (bytes32 recordId);

    /// @notice Marks a current pointer entered-in-error; a practitioner of its author
    /// organisation. The pointer it superseded, if any, becomes current again.
    function retractRecord(bytes32 recordId) external;

    /// @notice Emits one read receipt per record for the caller, a practitioner of an active
    /// organisation whose role acts for `purpose`; reverts unless every record is `patient`'s,
    /// not entered-in-error, and readable for `purpose` now. Open during a pause.
    function logAccess(address patient, bytes32[] calldata recordIds, uint8 purpose) external;

    /// @notice The pointer `recordId`, zeroed if unknown.
    function recordOf(bytes32 recordId) external view returns (Record memory);

    /// @notice The pointer that `recordId` superseded, or zero.
    function predecessorOf(bytes32 recordId) external view returns (bytes32);

    /// @notice Whether `contentHash` is the SHA-256 the pointer `recordId` was added with, and
    /// the pointer still vouches for it: false for a pointer entered in error.
    function verifyContent(bytes32 recordId, bytes32 contentHash) external view returns (bool);

    /// @notice Whether `orgId` may read `recordId` for `purpose` now, and on what basis.
    function checkRecordAccess(bytes32 recordId, uint32 orgId, uint8 purpose)
        external
        view
        returns (bool allowed, uint8 basis);

    /// @notice Where to fetch `recordId`: the author organisation's FHIR endpoint.
    function locatorOf(bytes32 recordId) external view returns (string memory fhirEndpoint, bytes32 id);

    /// @notice The id a pointer to `contentHash` for `patient` has when `authorOrg` adds it in
    /// `category`.
    function recordIdFor(address patient, uint32 authorOrg, uint8 category, bytes32 contentHash)
        external
        pure
        returns (bytes32);

    /// @notice The organisation registry this registry trusts.
    function organizations() external view returns (address);

    /// @notice The consent registry this registry asks.
    function consents() external view returns (address);
}
