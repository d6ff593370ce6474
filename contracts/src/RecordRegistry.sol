// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IConsentRegistry} from "./interfaces/IConsentRegistry.sol";
import {IOrganizationRegistry} from "./interfaces/IOrganizationRegistry.sol";
import {IRecordRegistry} from "./interfaces/IRecordRegistry.sol";
import {AccessRules, Practitioner} from "./types/AccessRules.sol";
import {Vocabulary} from "./types/Vocabulary.sol";
import {SaltedEIP712} from "./utils/SaltedEIP712.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";

/// @title Record registry
/// @notice Record pointers with version chains, co-signing policies and the signatures they
/// need, and read receipts that need an access basis.
// Timestamps only bound consent windows of hours to years (see ConsentRegistry). Slither also
// calls every exact comparison of a status or basis code "dangerous" once the struct holding it
// carries a timestamp; those codes are enum-like values, never balances, so equality is exact.
// slither-disable-start timestamp,incorrect-equality
contract RecordRegistry is IRecordRegistry, SaltedEIP712 {
    /// @notice EIP-712 type of a co-signature.
    bytes32 public constant SIGN_RECORD_TYPEHASH =
        keccak256("SignRecord(bytes32 recordId,uint8 kind,uint256 deadline)");
    /// @notice EIP-712 type of a signed rejection.
    bytes32 public constant REJECT_RECORD_TYPEHASH =
        keccak256("RejectRecord(bytes32 recordId,uint8 kind,bytes32 reasonHash,uint256 deadline)");
    /// @notice The reason of a rejection made by the last signature because the version the
    /// record was to supersede had stopped being current meanwhile.
    bytes32 public constant SUPERSEDED_MEANWHILE = keccak256("consentry: superseded meanwhile");

    uint256 private constant _MAX_RECORDS_PER_RECEIPT = 256;

    IOrganizationRegistry private immutable _ORGANIZATIONS;
    IConsentRegistry private immutable _CONSENTS;

    /// @dev recordId => pointer, one slot (see {Record}).
    mapping(bytes32 recordId => Record) private _records;
    /// @dev recordId => the pointer it superseded (or, while pending, is to supersede); written
    /// only for new versions.
    mapping(bytes32 recordId => bytes32) private _predecessors;
    /// @dev (orgId << 16 | category << 8 | fhirType) => policy, one slot (see {CosignPolicy}).
    mapping(uint48 key => CosignPolicy) private _policies;
    /// @dev recordId => what a co-signed record needs and has, one slot (see {Pending}).
    mapping(bytes32 recordId => Pending) private _pending;

    /// @dev Signs under the consent registry's EIP-712 salt (the suite's: see {SaltedEIP712}).
    constructor(IOrganizationRegistry organizations_)
        SaltedEIP712(_suiteSalt(IConsentRegistry(organizations_.consents())))
    {
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
        return _add(patient, category, fhirType, contentHash, supersedes, purpose, address(0));
    }

    /// @inheritdoc IRecordRegistry
    function addCosignedRecord(
        address patient,
        uint8 category,
        uint8 fhirType,
        bytes32 contentHash,
        bytes32 supersedes,
        uint8 purpose,
        address specialist
    ) external returns (bytes32 recordId) {
        return _add(patient, category, fhirType, contentHash, supersedes, purpose, specialist);
    }

    // ------------------------------------------------------------------ co-signing

    /// @inheritdoc IRecordRegistry
    function setCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType, uint8 signers, uint40 maxWait) external {
        if (category >= Vocabulary.CATEGORY_COUNT) revert RecordRegistry__InvalidCategory(category);
        if (fhirType > Vocabulary.FHIR_TYPE_MAX) revert RecordRegistry__InvalidFhirType(fhirType);
        if (
            signers & ~Vocabulary.ALL_SIGNERS != 0
                || (signers == 0 ? maxWait != 0 : maxWait == 0 || maxWait > Vocabulary.MAX_COSIGN_WAIT)
        ) revert RecordRegistry__InvalidCosignPolicy(signers, maxWait);
        IOrganizationRegistry.Organization memory org = _ORGANIZATIONS.organization(orgId);
        if (org.admin == address(0)) revert RecordRegistry__UnknownOrganization(orgId);
        if (org.admin != msg.sender) revert RecordRegistry__NotOrganizationAdmin(orgId, msg.sender);
        _CONSENTS.ensureWritable(orgId);

        CosignPolicy storage policy = _policies[_policyKey(orgId, category, fhirType)];
        uint32 version = policy.version + 1;
        policy.signers = signers;
        policy.maxWait = maxWait;
        policy.version = version;
        if (fhirType != 0) {
            CosignPolicy storage byDefault = _policies[_policyKey(orgId, category, 0)];
            uint32 typeBit = uint32(1) << fhirType;
            byDefault.typeOverrides =
                signers == 0 ? byDefault.typeOverrides & ~typeBit : byDefault.typeOverrides | typeBit;
        }
        emit CosignPolicySet(orgId, category, fhirType, signers, maxWait, version);
    }

    /// @inheritdoc IRecordRegistry
    function signRecord(bytes32 recordId, uint8 kind) external {
        _sign(recordId, kind, msg.sender);
    }

    /// @inheritdoc IRecordRegistry
    function signRecordBySig(bytes32 recordId, uint8 kind, address signer, uint256 deadline, bytes calldata signature)
        external
    {
        _checkSignature(
            signer, deadline, keccak256(abi.encode(SIGN_RECORD_TYPEHASH, recordId, kind, deadline)), signature
        );
        _sign(recordId, kind, signer);
    }

    /// @inheritdoc IRecordRegistry
    function rejectRecord(bytes32 recordId, uint8 kind, bytes32 reasonHash) external {
        _reject(recordId, kind, reasonHash, msg.sender);
    }

    /// @inheritdoc IRecordRegistry
    function rejectRecordBySig(
        bytes32 recordId,
        uint8 kind,
        bytes32 reasonHash,
        address signer,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _checkSignature(
            signer,
            deadline,
            keccak256(abi.encode(REJECT_RECORD_TYPEHASH, recordId, kind, reasonHash, deadline)),
            signature
        );
        _reject(recordId, kind, reasonHash, signer);
    }

    /// @inheritdoc IRecordRegistry
    function expireRecord(bytes32 recordId) external {
        Record storage record = _records[recordId];
        _requirePending(recordId, record.status);
        uint40 deadline = _pending[recordId].deadline;
        if (block.timestamp < deadline) revert RecordRegistry__CosignNotExpired(recordId, deadline);
        record.status = Vocabulary.RECORD_EXPIRED;
        emit RecordExpired(recordId, record.patient, record.authorOrg);
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
            if (record.status > Vocabulary.RECORD_SUPERSEDED) {
                revert RecordRegistry__RecordNotConfirmed(recordId, record.status);
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
        // Only a current or superseded pointer vouches: one entered in error, pending, rejected or
        // expired vouches for nothing, whatever content it named.
        return (status == Vocabulary.RECORD_CURRENT || status == Vocabulary.RECORD_SUPERSEDED)
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
        if (
            (record.status != Vocabulary.RECORD_CURRENT && record.status != Vocabulary.RECORD_SUPERSEDED)
                || !_CONSENTS.isActive(orgId)
        ) {
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
    function cosignPolicyOf(uint32 orgId, uint8 category, uint8 fhirType) external view returns (CosignPolicy memory) {
        return _policies[_policyKey(orgId, category, fhirType)];
    }

    /// @inheritdoc IRecordRegistry
    function effectiveCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType)
        external
        view
        returns (CosignPolicy memory)
    {
        return _policyFor(orgId, category, fhirType);
    }

    /// @inheritdoc IRecordRegistry
    function pendingOf(bytes32 recordId) external view returns (Pending memory) {
        return _pending[recordId];
    }

    /// @inheritdoc IRecordRegistry
    function maySign(bytes32 recordId, uint8 kind, address account) external view returns (bool) {
        Record memory record = _records[recordId];
        Pending memory pending = _pending[recordId];
        return record.status == Vocabulary.RECORD_PENDING && _awaits(pending, kind)
            && _qualifies(record, pending, kind, account);
    }

    /// @inheritdoc IRecordRegistry
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @inheritdoc IRecordRegistry
    function organizations() external view returns (address) {
        return address(_ORGANIZATIONS);
    }

    /// @inheritdoc IRecordRegistry
    function consents() external view returns (address) {
        return address(_CONSENTS);
    }

    /// @dev {addRecord} and {addCosignedRecord}: under no co-signing policy the pointer is
    /// current at once (and supersedes what it names); under one it is pending.
    function _add(
        address patient,
        uint8 category,
        uint8 fhirType,
        bytes32 contentHash,
        bytes32 supersedes,
        uint8 purpose,
        address specialist
    ) private returns (bytes32 recordId) {
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
        CosignPolicy memory policy = _policyFor(orgId, category, fhirType);
        bool cosigned = policy.signers != 0;
        if (cosigned) _checkSpecialist(policy.signers, specialist);
        else if (specialist != address(0)) revert RecordRegistry__SpecialistNotRequired(specialist);
        if (supersedes != bytes32(0)) {
            Record storage previous = _records[supersedes];
            uint8 status = previous.status;
            if (status == 0) revert RecordRegistry__UnknownRecord(supersedes);
            if (previous.patient != patient) revert RecordRegistry__PatientMismatch(supersedes, patient);
            if (previous.authorOrg != orgId) revert RecordRegistry__NotAuthorOrganization(supersedes, orgId);
            if (status != Vocabulary.RECORD_CURRENT) revert RecordRegistry__RecordNotCurrent(supersedes, status);
            // A pending version only names its predecessor: it is superseded by the last signature.
            if (!cosigned) previous.status = Vocabulary.RECORD_SUPERSEDED;
            _predecessors[recordId] = supersedes;
        }
        _records[recordId] = Record({
            patient: patient,
            authorOrg: orgId,
            category: category,
            fhirType: fhirType,
            status: cosigned ? Vocabulary.RECORD_PENDING : Vocabulary.RECORD_CURRENT,
            createdAt: uint40(block.timestamp)
        });
        emit RecordAdded(
            recordId, patient, orgId, msg.sender, category, fhirType, contentHash, supersedes, purpose, basis
        );
        if (cosigned) {
            uint40 deadline = uint40(block.timestamp) + policy.maxWait;
            _pending[recordId] = Pending({
                specialist: specialist,
                required: policy.signers,
                signed: 0,
                deadline: deadline,
                policyVersion: policy.version
            });
            emit RecordPending(recordId, patient, orgId, policy.signers, deadline, specialist, policy.version);
        }
    }

    /// @dev The specialist named on a record added under a policy requiring `signers`: one
    /// exactly when the policy needs a specialist, an active practitioner, not the author.
    function _checkSpecialist(uint8 signers, address specialist) private view {
        if (signers & (uint8(1) << Vocabulary.SIGNER_SPECIALIST) == 0) {
            if (specialist != address(0)) revert RecordRegistry__SpecialistNotRequired(specialist);
            return;
        }
        if (specialist == address(0)) revert RecordRegistry__SpecialistRequired();
        if (specialist == msg.sender) revert RecordRegistry__SpecialistIsAuthor(specialist);
        // Reverts unless a practitioner of an active organisation. The membership itself is read
        // again at signing: leaving the organisation meanwhile ends the right to sign.
        // slither-disable-next-line unused-return
        _CONSENTS.requireActivePractitioner(specialist, false);
    }

    function _sign(bytes32 recordId, uint8 kind, address signer) private {
        // One read of each slot: the pointer and what it awaits are copied once and written back
        // field by field.
        Record memory pointer = _records[recordId];
        _requirePending(recordId, pointer.status);
        Pending memory needs = _pending[recordId];
        if (block.timestamp >= needs.deadline) revert RecordRegistry__CosignExpired(recordId, needs.deadline);
        if (!_awaits(needs, kind)) revert RecordRegistry__SignerNotAwaited(recordId, kind);
        if (!_qualifies(pointer, needs, kind, signer)) revert RecordRegistry__NotSigner(recordId, kind, signer);
        // A signature can make a record current, which widens what its author may do: it needs
        // writes open and the author organisation active.
        _CONSENTS.ensureWritable(pointer.authorOrg);

        uint8 signed = needs.signed | uint8(1) << kind;
        _pending[recordId].signed = signed;
        emit RecordSigned(recordId, pointer.patient, pointer.authorOrg, signer, kind);
        if (signed != needs.required) return;

        bytes32 supersedes = _predecessors[recordId];
        if (supersedes != bytes32(0)) {
            Record storage previous = _records[supersedes];
            if (previous.status != Vocabulary.RECORD_CURRENT) {
                // Superseded or retracted since: this version can never be current. The
                // signature stays on record, and so does why the record ends here.
                _records[recordId].status = Vocabulary.RECORD_REJECTED;
                emit RecordRejected(recordId, pointer.patient, pointer.authorOrg, signer, kind, SUPERSEDED_MEANWHILE);
                return;
            }
            previous.status = Vocabulary.RECORD_SUPERSEDED;
        }
        _records[recordId].status = Vocabulary.RECORD_CURRENT;
        emit RecordConfirmed(recordId, pointer.patient, pointer.authorOrg, supersedes);
    }

    function _reject(bytes32 recordId, uint8 kind, bytes32 reasonHash, address signer) private {
        Record memory pointer = _records[recordId];
        _requirePending(recordId, pointer.status);
        Pending memory needs = _pending[recordId];
        if (block.timestamp >= needs.deadline) revert RecordRegistry__CosignExpired(recordId, needs.deadline);
        if (!_awaits(needs, kind)) revert RecordRegistry__SignerNotAwaited(recordId, kind);
        if (!_qualifies(pointer, needs, kind, signer)) revert RecordRegistry__NotSigner(recordId, kind, signer);
        _records[recordId].status = Vocabulary.RECORD_REJECTED;
        emit RecordRejected(recordId, pointer.patient, pointer.authorOrg, signer, kind, reasonHash);
    }

    /// @dev Whether `kind` is a signer kind the record still awaits.
    function _awaits(Pending memory needs, uint8 kind) private pure returns (bool) {
        return kind < Vocabulary.SIGNER_COUNT && (needs.required & ~needs.signed) & (uint8(1) << kind) != 0;
    }

    /// @dev Whether `account` is who signs `record` as `kind` now: a head of department of the
    /// author organisation; the named specialist, still a practitioner of an active
    /// organisation; the patient, or a current delegate of theirs who may write the record's
    /// category; the author organisation's admin. A practitioner's organisation must be active.
    function _qualifies(Record memory record, Pending memory needs, uint8 kind, address account)
        private
        view
        returns (bool)
    {
        if (kind == Vocabulary.SIGNER_PATIENT) {
            if (account == record.patient) return true;
            IConsentRegistry.Delegation memory delegation = _CONSENTS.delegationOf(record.patient, account);
            return delegation.expiresAt > block.timestamp && (delegation.actions >> Vocabulary.WRITE) & 1 == 1
                && (delegation.categories >> record.category) & 1 == 1;
        }
        if (kind == Vocabulary.SIGNER_AUTHORITY) {
            return
                _ORGANIZATIONS.organization(record.authorOrg).admin == account && _CONSENTS.isActive(record.authorOrg);
        }
        Practitioner memory member = _CONSENTS.practitionerOf(account);
        if (member.orgId == 0 || !_CONSENTS.isActive(member.orgId)) return false;
        if (kind == Vocabulary.SIGNER_HEAD_OF_DEPARTMENT) {
            return member.orgId == record.authorOrg && member.role == Vocabulary.ROLE_HEAD_OF_DEPARTMENT;
        }
        // Vocabulary.SIGNER_SPECIALIST, the only kind left that {_awaits} lets through.
        return account == needs.specialist;
    }

    function _requirePending(bytes32 recordId, uint8 status) private pure {
        if (status == 0) revert RecordRegistry__UnknownRecord(recordId);
        if (status != Vocabulary.RECORD_PENDING) revert RecordRegistry__RecordNotPending(recordId, status);
    }

    /// @dev The policy a record of (`orgId`, `category`, `fhirType`) falls under: one read when
    /// the category's default slot says the type has no policy of its own.
    function _policyFor(uint32 orgId, uint8 category, uint8 fhirType)
        private
        view
        returns (CosignPolicy memory policy)
    {
        policy = _policies[_policyKey(orgId, category, 0)];
        if ((policy.typeOverrides >> fhirType) & 1 == 1) policy = _policies[_policyKey(orgId, category, fhirType)];
    }

    function _policyKey(uint32 orgId, uint8 category, uint8 fhirType) private pure returns (uint48) {
        return uint48(orgId) << 16 | uint48(category) << 8 | fhirType;
    }

    function _checkSignature(address signer, uint256 deadline, bytes32 structHash, bytes calldata signature)
        private
        view
    {
        if (block.timestamp > deadline) revert RecordRegistry__SignatureExpired(deadline);
        if (signer == address(0) || !_isSignedBy(signer, _hashTypedDataV4(structHash), signature)) {
            revert RecordRegistry__InvalidSignature(signer);
        }
    }

    /// @dev The EIP-712 salt the consent registry took when the suite was created.
    function _suiteSalt(IConsentRegistry consents_) private view returns (bytes32 salt) {
        // The other fields are this registry's own (its address) or fixed (name, version).
        // slither-disable-next-line unused-return
        (,,,,, salt,) = IERC5267(address(consents_)).eip712Domain();
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
