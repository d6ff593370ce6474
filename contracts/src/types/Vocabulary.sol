// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title The shared vocabulary of Consentry
/// @notice Categories, purposes of use, actions, bases, organisation kinds, roles,
/// FHIR resource types and emergency reason codes, as the contracts see them.
/// @dev The one table these constants come from is `contracts/vocabulary.json`; a forge
/// test and a Rust test both check their side against it. Categories and purposes are
/// bit positions so that a consent's scope is a bitmask; the other vocabularies are codes
/// starting at 1 so that 0 always means "unset".
library Vocabulary {
    // ---------------------------------------------------------------- categories (bit i)
    uint8 internal constant DEMOGRAPHICS = 0;
    uint8 internal constant ENCOUNTERS = 1;
    uint8 internal constant CONDITIONS = 2;
    uint8 internal constant MEDICATIONS = 3;
    uint8 internal constant ALLERGIES = 4;
    uint8 internal constant IMMUNIZATIONS = 5;
    uint8 internal constant LABORATORY = 6;
    uint8 internal constant IMAGING = 7;
    uint8 internal constant PROCEDURES = 8;
    uint8 internal constant VITAL_SIGNS = 9;
    uint8 internal constant CLINICAL_NOTES = 10;
    uint8 internal constant CARE_PLANS = 11;
    uint8 internal constant BILLING_AND_CLAIMS = 12;
    // Restricted: never implied by a broad grant, closed to emergency access unless the
    // patient opted in.
    uint8 internal constant MENTAL_HEALTH = 13;
    uint8 internal constant SUBSTANCE_USE = 14; // 42 CFR Part 2
    uint8 internal constant SEXUAL_AND_REPRODUCTIVE_HEALTH = 15;
    uint8 internal constant HIV_STI = 16;
    uint8 internal constant GENOMICS = 17;

    uint8 internal constant CATEGORY_COUNT = 18;
    /// @notice Every category a "broad" grant may imply: all but the restricted ones.
    uint32 internal constant STANDARD_CATEGORIES = (uint32(1) << 13) - 1;
    uint32 internal constant RESTRICTED_CATEGORIES = ((uint32(1) << 18) - 1) & ~STANDARD_CATEGORIES;
    uint32 internal constant ALL_CATEGORIES = (uint32(1) << 18) - 1;

    // ------------------------------------------------- purposes of use (HL7 v3, bit i)
    uint8 internal constant TREAT = 0;
    uint8 internal constant ETREAT = 1;
    uint8 internal constant HPAYMT = 2;
    uint8 internal constant HOPERAT = 3;
    uint8 internal constant HRESCH = 4;
    uint8 internal constant PUBHLTH = 5;
    uint8 internal constant PATRQT = 6;

    uint8 internal constant PURPOSE_COUNT = 7;
    uint8 internal constant ALL_PURPOSES = (uint8(1) << 7) - 1;

    // ------------------------------------------------------------------ actions (bit i)
    uint8 internal constant READ = 0;
    uint8 internal constant WRITE = 1;

    uint8 internal constant ACTION_COUNT = 2;
    uint8 internal constant ALL_ACTIONS = 3;

    // ------------------------------------------------- the basis an access rests on
    uint8 internal constant BASIS_NONE = 0;
    uint8 internal constant BASIS_CONSENT = 1;
    uint8 internal constant BASIS_EMERGENCY = 2;
    /// @notice The organisation reads a record it authored itself.
    uint8 internal constant BASIS_OWN_RECORD = 3;

    // -------------------------------------------------------- organisation kinds (code)
    uint8 internal constant KIND_HOSPITAL = 1;
    uint8 internal constant KIND_CLINIC = 2;
    uint8 internal constant KIND_LABORATORY = 3;
    uint8 internal constant KIND_PHARMACY = 4;
    uint8 internal constant KIND_PAYER = 5;
    uint8 internal constant KIND_PUBLIC_HEALTH = 6;
    uint8 internal constant KIND_RESEARCH = 7;
    uint8 internal constant KIND_MAX = 7;

    // --------------------------------------------------------- practitioner roles (code)
    uint8 internal constant ROLE_PHYSICIAN = 1;
    uint8 internal constant ROLE_NURSE = 2;
    uint8 internal constant ROLE_RECORDS_OFFICER = 3;
    uint8 internal constant ROLE_LAB_SCIENTIST = 4;
    uint8 internal constant ROLE_PHARMACIST = 5;
    uint8 internal constant ROLE_BILLING_OFFICER = 6;
    uint8 internal constant ROLE_RESEARCHER = 7;
    /// @notice A clinician who heads a department (a head of radiology): signs the records a
    /// co-signing policy sends to the head of department.
    uint8 internal constant ROLE_HEAD_OF_DEPARTMENT = 8;
    uint8 internal constant ROLE_MAX = 8;
    /// @notice The purposes each role acts for (`purposes` of each role in vocabulary.json), byte
    /// `role` a purpose mask: physician, nurse, laboratory scientist, pharmacist and head of
    /// department TREAT and ETREAT; records officer HOPERAT, PUBHLTH and PATRQT; billing officer
    /// HPAYMT and HOPERAT; researcher HRESCH. A record written or read for another purpose is
    /// refused, so a receipt's purpose is one its practitioner's role may have.
    uint72 internal constant ROLE_PURPOSES = 0x03100C030368030300;
    /// @notice The clinical roles (`clinical` in vocabulary.json), bit `role`: physician, nurse and
    /// head of department. Only they may open break-glass access.
    uint16 internal constant CLINICAL_ROLES = 0x0106;

    // ------------------------------------------------------- FHIR resource types (code)
    uint8 internal constant FHIR_TYPE_MAX = 28;

    // ------------------------------------------------- emergency reason codes (code)
    uint8 internal constant EMERGENCY_PATIENT_INCAPACITATED = 1;
    uint8 internal constant EMERGENCY_LIFE_THREATENING = 2;
    uint8 internal constant EMERGENCY_NO_CONSENT_ON_FILE = 3;
    uint8 internal constant EMERGENCY_OTHER = 4;
    uint8 internal constant EMERGENCY_REASON_MAX = 4;

    // -------------------------------------------------------- access request status
    uint8 internal constant REQUEST_PENDING = 1;
    uint8 internal constant REQUEST_APPROVED = 2;
    uint8 internal constant REQUEST_DENIED = 3;
    uint8 internal constant REQUEST_CANCELLED = 4;

    // ------------------------------------- record pointer status (FHIR DocumentReference)
    uint8 internal constant RECORD_CURRENT = 1;
    uint8 internal constant RECORD_SUPERSEDED = 2;
    uint8 internal constant RECORD_ENTERED_IN_ERROR = 3;
    /// @notice Added under a co-signing policy and awaiting signatures: never a basis, never read.
    uint8 internal constant RECORD_PENDING = 4;
    /// @notice A required signer refused the pending record (final).
    uint8 internal constant RECORD_REJECTED = 5;
    /// @notice The pending record's deadline passed before every signature came (final).
    uint8 internal constant RECORD_EXPIRED = 6;

    // ------------------------------------------------ co-signers (bit i of a signer mask)
    /// @notice A head of department of the author organisation.
    uint8 internal constant SIGNER_HEAD_OF_DEPARTMENT = 0;
    /// @notice The specialist named on the record (a practitioner of any active organisation).
    uint8 internal constant SIGNER_SPECIALIST = 1;
    /// @notice The patient, or a delegate of theirs who may write the record's category.
    uint8 internal constant SIGNER_PATIENT = 2;
    /// @notice The author organisation's admin.
    uint8 internal constant SIGNER_AUTHORITY = 3;
    uint8 internal constant SIGNER_COUNT = 4;
    uint8 internal constant ALL_SIGNERS = (uint8(1) << 4) - 1;
    /// @notice The longest a co-signed record may wait for its signatures.
    uint40 internal constant MAX_COSIGN_WAIT = 365 days;

    // ------------------------------------------------------------------ fixed durations
    /// @notice How long a break-glass access stays open.
    uint40 internal constant EMERGENCY_DURATION = 24 hours;
    /// @notice How many break-glass accesses one organisation may open to one patient within
    /// any `EMERGENCY_WINDOW` (a rolling window): at most 72 hours in 30 days. A longer stay
    /// needs the patient's or a delegate's consent.
    uint8 internal constant EMERGENCY_MAX_OPENINGS = 3;
    /// @notice The rolling window `EMERGENCY_MAX_OPENINGS` counts in.
    uint40 internal constant EMERGENCY_WINDOW = 30 days;
    /// @notice After the patient or a delegate closes an organisation's break-glass access, how
    /// long that organisation may not open another: someone who can close it can consent.
    uint40 internal constant EMERGENCY_COOLDOWN = 24 hours;
    /// @notice How long an access request waits for the patient before it expires.
    uint40 internal constant REQUEST_TTL = 14 days;
    /// @notice The longest access an approved request may grant.
    uint40 internal constant MAX_REQUEST_DURATION = 730 days;
    /// @notice `validUntil` value of a consent with no end date.
    uint40 internal constant NO_EXPIRY = type(uint40).max;

    /// @notice Whether `role` is clinical (may open break-glass access).
    function isClinical(uint8 role) internal pure returns (bool) {
        return (CLINICAL_ROLES >> role) & 1 == 1;
    }

    /// @notice Whether `role` may act for `purpose` (a code past the last role or purpose: no,
    /// as its bit lies beyond the 72 of `ROLE_PURPOSES` or in the next role's byte, which the
    /// callers rule out by checking `purpose` first).
    function roleMayUse(uint8 role, uint8 purpose) internal pure returns (bool) {
        // At most 255 * 8 + 255: no overflow to check.
        unchecked {
            return (ROLE_PURPOSES >> (uint256(role) * 8 + purpose)) & 1 == 1;
        }
    }
}
