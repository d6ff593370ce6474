// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title Record registry
/// @notice Pointers to medical records that stay off chain at the organisation that wrote
/// them, and a receipt for every read. A pointer holds the patient, the category, the FHIR
/// resource type and, folded into its id, the SHA-256 of the content; its locator is the
/// author organisation's registered FHIR endpoint plus the id, so no per-record URL is ever
/// on chain. Pointers form version chains (a new version supersedes the current one) and
/// can be marked entered-in-error by their author organisation.
///
/// An organisation may require co-signatures: its admin sets, per category (and optionally
/// per FHIR resource type), a co-signing policy naming who must sign (`Vocabulary.SIGNER_*`)
/// and how long a record may wait. A pointer added under a policy is pending: never current,
/// never a basis, never read, superseding nothing. Each required signer signs (a transaction,
/// or an EIP-712 signature anyone submits); the last signature makes it current and supersedes
/// the version it names. Any required signer may reject it; past its deadline anyone may mark
/// it expired. Both are final.
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

    /// @notice A co-signing policy, one slot per (organisation, category, FHIR type); type 0 is
    /// the category's default, which a type's own policy overrides.
    /// @param signers Who must sign, a mask of `Vocabulary.SIGNER_*` bits; 0: no co-signing.
    /// @param maxWait How long, in seconds, a pending record waits for its signatures.
    /// @param version Bumped by every change of this policy (never reused).
    /// @param typeOverrides In a category's default only: bit `t` set when FHIR type `t` has a
    /// policy of its own.
    struct CosignPolicy {
        uint8 signers;
        uint40 maxWait;
        uint32 version;
        uint32 typeOverrides;
    }

    /// @notice What a pointer added under a co-signing policy still needs. One slot, kept after
    /// the record is decided so that who signed stays readable.
    /// @param specialist The practitioner named to sign as specialist, or zero.
    /// @param required The policy's signer mask when the record was added: a later policy change
    /// does not alter it.
    /// @param signed The signer kinds that signed so far (a subset of `required`).
    /// @param deadline Signatures are taken before this time; from it on the record is expired.
    /// @param policyVersion The version of the policy it was added under.
    struct Pending {
        address specialist;
        uint8 required;
        uint8 signed;
        uint40 deadline;
        uint32 policyVersion;
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
    /// @notice The admin of `orgId` set its co-signing policy for `category` (and `fhirType`,
    /// or every type of the category when 0) to `signers` within `maxWait` seconds; `signers`
    /// 0 removes it. Records already pending keep the policy they were added under.
    event CosignPolicySet(
        uint32 indexed orgId, uint8 indexed category, uint8 fhirType, uint8 signers, uint40 maxWait, uint32 version
    );
    /// @notice The pointer just added ({RecordAdded}) is pending until every kind in `required`
    /// signed, at the latest until `deadline`; its `supersedes` takes effect only then. The
    /// co-signing events name the record's patient and author organisation, so that both
    /// audit trails hold every signature, rejection and expiry.
    event RecordPending(
        bytes32 indexed recordId,
        address indexed patient,
        uint32 indexed authorOrg,
        uint8 required,
        uint40 deadline,
        address specialist,
        uint32 policyVersion
    );
    /// @notice `signer` signed the pending record as `kind` (a `Vocabulary.SIGNER_*` bit index).
    event RecordSigned(
        bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address signer, uint8 kind
    );
    /// @notice The last signature came: the record is current and `supersedes` (if not zero)
    /// is superseded.
    event RecordConfirmed(
        bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, bytes32 supersedes
    );
    /// @notice `signer`, a required signer of kind `kind`, rejected the pending record for the
    /// reason hashed in `reasonHash` (kept off chain); final. A record whose predecessor stopped
    /// being current before the last signature is rejected by that signature with reason
    /// {SUPERSEDED_MEANWHILE}.
    event RecordRejected(
        bytes32 indexed recordId,
        address indexed patient,
        uint32 indexed authorOrg,
        address signer,
        uint8 kind,
        bytes32 reasonHash
    );
    /// @notice The pending record's deadline passed without every signature; final.
    event RecordExpired(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg);
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
    /// @notice `recordId` has status `status`: only current and superseded pointers are read.
    error RecordRegistry__RecordNotConfirmed(bytes32 recordId, uint8 status);
    /// @notice `recordId` has status `status`; the operation needs a pending record.
    error RecordRegistry__RecordNotPending(bytes32 recordId, uint8 status);
    /// @notice The pending record `recordId` expired at `deadline`: it takes no more signatures.
    error RecordRegistry__CosignExpired(bytes32 recordId, uint40 deadline);
    /// @notice The pending record `recordId` is not past its `deadline` yet.
    error RecordRegistry__CosignNotExpired(bytes32 recordId, uint40 deadline);
    /// @notice `kind` is not a signer kind, or not one the record awaits (not required, or signed).
    error RecordRegistry__SignerNotAwaited(bytes32 recordId, uint8 kind);
    /// @notice `account` may not sign `recordId` as `kind`.
    error RecordRegistry__NotSigner(bytes32 recordId, uint8 kind, address account);
    /// @notice The policy needs a specialist to be named on the record.
    error RecordRegistry__SpecialistRequired();
    /// @notice A specialist was named but the policy (if any) needs none.
    error RecordRegistry__SpecialistNotRequired(address specialist);
    /// @notice The author may not name themself as the specialist who co-signs.
    error RecordRegistry__SpecialistIsAuthor(address specialist);
    /// @notice `signers` is not a mask of signer kinds, or `maxWait` is 0 or longer than
    /// `Vocabulary.MAX_COSIGN_WAIT` for a policy (or not 0 for a removal).
    error RecordRegistry__InvalidCosignPolicy(uint8 signers, uint40 maxWait);
    /// @notice No organisation has id `orgId`.
    error RecordRegistry__UnknownOrganization(uint32 orgId);
    /// @notice `account` is not the admin of organisation `orgId`.
    error RecordRegistry__NotOrganizationAdmin(uint32 orgId, address account);
    /// @notice The EIP-712 signature's deadline `deadline` has passed.
    error RecordRegistry__SignatureExpired(uint256 deadline);
    /// @notice The signature is not `signer`'s over this operation.
    error RecordRegistry__InvalidSignature(address signer);
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

    /// @notice Like {addRecord}, naming `specialist` as the practitioner who co-signs as
    /// specialist (`Vocabulary.SIGNER_SPECIALIST`) when the policy the record falls under
    /// requires one. A pointer falling under a co-signing policy is added pending (also by
    /// {addRecord}, which names no specialist and so is refused when the policy needs one).
    function addCosignedRecord(
        address patient,
        uint8 category,
        uint8 fhirType,
        bytes32 contentHash,
        bytes32 supersedes,
        uint8 purpose,
        address specialist
    ) external returns (bytes32 recordId);

    /// @notice Sets `orgId`'s co-signing policy for `category` and `fhirType` (0: the category's
    /// default); only its admin, the organisation active and writes open. `signers` 0 (with
    /// `maxWait` 0) removes it. Records already pending keep the policy they were added under.
    function setCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType, uint8 signers, uint40 maxWait) external;

    /// @notice Signs the pending `recordId` as signer kind `kind`: a head of department of the
    /// author organisation, the named specialist, the patient or a delegate who may write the
    /// record's category, or the author organisation's admin. Writes must be open and the
    /// author organisation (and a signing practitioner's own) active. The last awaited
    /// signature makes the record current.
    function signRecord(bytes32 recordId, uint8 kind) external;

    /// @notice {signRecord} for `signer`, who signed the EIP-712 `SignRecord(bytes32 recordId,
    /// uint8 kind,uint256 deadline)` (an ECDSA signature, or ERC-1271 for a contract account);
    /// anyone may submit it, so a patient signs without gas.
    function signRecordBySig(bytes32 recordId, uint8 kind, address signer, uint256 deadline, bytes calldata signature)
        external;

    /// @notice Rejects the pending `recordId` as signer kind `kind`, for the reason hashed in
    /// `reasonHash`; final. Open during a pause; a practitioner's organisation must be active.
    function rejectRecord(bytes32 recordId, uint8 kind, bytes32 reasonHash) external;

    /// @notice {rejectRecord} for `signer`, who signed the EIP-712 `RejectRecord(bytes32
    /// recordId,uint8 kind,bytes32 reasonHash,uint256 deadline)`.
    function rejectRecordBySig(
        bytes32 recordId,
        uint8 kind,
        bytes32 reasonHash,
        address signer,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice Marks a pending record past its deadline expired; anyone, final.
    function expireRecord(bytes32 recordId) external;

    /// @notice The co-signing policy stored for (`orgId`, `category`, `fhirType`), as set (type 0:
    /// the category's default).
    function cosignPolicyOf(uint32 orgId, uint8 category, uint8 fhirType) external view returns (CosignPolicy memory);

    /// @notice The policy a record of `fhirType` in `category` added by `orgId` now falls under:
    /// the type's own, else the category's default (`signers` 0: none).
    function effectiveCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType)
        external
        view
        returns (CosignPolicy memory);

    /// @notice What the co-signed record `recordId` needs and has (zeroed for other records).
    function pendingOf(bytes32 recordId) external view returns (Pending memory);

    /// @notice Whether `account` may sign (or reject) the pending `recordId` as `kind` now,
    /// leaving aside the pause and the deadline.
    function maySign(bytes32 recordId, uint8 kind, address account) external view returns (bool);

    /// @notice The EIP-712 domain separator signed co-signatures and rejections use.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice Marks a current pointer entered-in-error; a practitioner of its author
    /// organisation. The pointer it superseded, if any, becomes current again.
    function retractRecord(bytes32 recordId) external;

    /// @notice Emits one read receipt per record for the caller, a practitioner of an active
    /// organisation whose role acts for `purpose`; reverts unless every record is `patient`'s,
    /// current or superseded (not pending, rejected, expired or entered-in-error), and readable for `purpose` now. Open during a pause.
    function logAccess(address patient, bytes32[] calldata recordIds, uint8 purpose) external;

    /// @notice The pointer `recordId`, zeroed if unknown.
    function recordOf(bytes32 recordId) external view returns (Record memory);

    /// @notice The pointer that `recordId` superseded, or zero.
    function predecessorOf(bytes32 recordId) external view returns (bytes32);

    /// @notice Whether `contentHash` is the SHA-256 the pointer `recordId` was added with, and
    /// the pointer vouches for it: true only for current and superseded pointers.
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
