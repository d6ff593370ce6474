//! FHIR R4 (4.0.1) views of the projections: pure functions from the indexer's states and
//! events to FHIR JSON, for the API's `/fhir` routes. Nothing here reads the store or the clock.
//!
//! | Consentry                          | FHIR R4                 | id                           |
//! |------------------------------------|-------------------------|------------------------------|
//! | [`Organization`]                   | `Organization`          | the organisation id, `7`     |
//! | [`Practitioner`] (one membership)  | `Practitioner`          | the account, `0xab…`         |
//! | [`Consent`] (patient, organisation)| `Consent`               | `0x<patient>-<orgId>`        |
//! | [`Record`] (a pointer)             | `DocumentReference`     | the record id, 64 hex digits |
//! | [`StoredEvent`] (any event)        | `AuditEvent`            | `<block>-<logIndex>`         |
//!
//! Patients are wallet addresses, pseudonyms without any PHI: the views reference them as
//! `Patient/0x<lowercase address>`, with the address as identifier too, since this server has
//! no Patient resources to resolve. Every reference is relative to [`FhirContext::base_url`].
//!
//! Identifier systems (`<chain>` is [`FhirContext::chain_id`]; one Consentry deployment per
//! chain is assumed, so organisation and record ids are unique under it):
//! - `urn:ethereum:<chain>`: accounts (patients, practitioners, delegates), value the
//!   lowercase `0x` address;
//! - `urn:ethereum:<chain>:tx`: transactions, value the `0x` hash;
//! - `urn:consentry:<chain>:organization`: organisation ids, value the decimal id;
//! - `urn:consentry:<chain>:record`: record ids, value the `0x` id;
//! - `urn:consentry:sha-256`: a record's content hash, value 64 lowercase hex digits as
//!   `sha256sum` prints them. R4's `Attachment.hash` is a SHA-1, so the SHA-256 the chain holds
//!   is a `DocumentReference.identifier` instead.
//!
//! Consentry's categories have the code system `urn:consentry:category` (codes: the
//! vocabulary names); everything else uses the HL7 and DICOM systems the vocabulary maps to (see
//! `contracts/vocabulary.json`). Timestamps are UTC RFC 3339 instants; a consent without end
//! ([`NO_EXPIRY`]) has a period without `end`, and instants past 9999 are written as the last
//! second of 9999, the latest FHIR can express.
//!
//! Empty values (`null`, `""`, `[]`, `{}`), which FHIR JSON forbids, are dropped from every
//! view, so optional parts are simply left out.
//!
//! Each resource's view, and its tests, is in a module of its own (`consent`, `directory`,
//! `document`, `audit`, and `server` for Bundles, the CapabilityStatement and
//! OperationOutcomes); this one holds what they share: ids, instants, codings, security labels
//! and references.
//!
//! [`Organization`]: consentry_store::projection::Organization
//! [`Practitioner`]: consentry_store::projection::Practitioner
//! [`Consent`]: consentry_store::projection::Consent
//! [`Record`]: consentry_store::projection::Record
//! [`StoredEvent`]: consentry_store::StoredEvent
//! [`NO_EXPIRY`]: consentry_sdk::vocabulary::NO_EXPIRY

mod audit;
mod consent;
mod directory;
mod document;
#[cfg(test)]
mod fixtures;
mod server;

use alloy::primitives::{Address, B256};
use consentry_sdk::vocabulary::{Category, Purpose};
use serde_json::{Map, Value, json};
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

pub use self::{
    audit::audit_event,
    consent::consent,
    directory::{organization, practitioner},
    document::document_reference,
    server::{capability_statement, operation_outcome, searchset},
};

/// The FHIR version of every view.
pub const FHIR_VERSION: &str = "4.0.1";

/// The resource types the FHIR API serves, in the capability statement's order.
pub const RESOURCE_TYPES: [&str; 5] = [
    "Consent",
    "DocumentReference",
    "AuditEvent",
    "Organization",
    "Practitioner",
];

mod system {
    pub(super) const LOINC: &str = "http://loinc.org";
    pub(super) const CONSENT_SCOPE: &str = "http://terminology.hl7.org/CodeSystem/consentscope";
    pub(super) const CONSENT_ACTION: &str = "http://terminology.hl7.org/CodeSystem/consentaction";
    pub(super) const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    pub(super) const ACT_REASON: &str = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    pub(super) const CONFIDENTIALITY: &str =
        "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    pub(super) const PARTICIPATION_TYPE: &str =
        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    pub(super) const ORGANIZATION_TYPE: &str =
        "http://terminology.hl7.org/CodeSystem/organization-type";
    pub(super) const PRACTITIONER_ROLE: &str =
        "http://terminology.hl7.org/CodeSystem/practitioner-role";
    pub(super) const RESOURCE_TYPES: &str = "http://hl7.org/fhir/resource-types";
    pub(super) const DICOM: &str = "http://dicom.nema.org/resources/ontology/DCM";
    pub(super) const RESTFUL_INTERACTION: &str = "http://hl7.org/fhir/restful-interaction";
    pub(super) const LIFECYCLE: &str = "http://terminology.hl7.org/CodeSystem/iso-21089-lifecycle";
    pub(super) const AUDIT_ENTITY_TYPE: &str =
        "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    pub(super) const OBJECT_ROLE: &str = "http://terminology.hl7.org/CodeSystem/object-role";
    pub(super) const SOURCE_TYPE: &str =
        "http://terminology.hl7.org/CodeSystem/security-source-type";
    pub(super) const URI: &str = "urn:ietf:rfc:3986";
    pub(super) const CATEGORY: &str = "urn:consentry:category";
    pub(super) const CONTENT_SHA256: &str = "urn:consentry:sha-256";
}

/// What every view needs besides the state: where the FHIR API is served and which chain
/// the identifiers belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FhirContext {
    /// The FHIR API's base, without trailing slash (`http://127.0.0.1:8080/fhir`).
    pub base_url: String,
    /// The chain the contracts run on.
    pub chain_id: u64,
}

impl FhirContext {
    /// The identifier system of accounts.
    pub fn account_system(&self) -> String {
        format!("urn:ethereum:{}", self.chain_id)
    }

    /// The identifier system of transactions.
    pub fn transaction_system(&self) -> String {
        format!("urn:ethereum:{}:tx", self.chain_id)
    }

    /// The identifier system of organisation ids.
    pub fn organization_system(&self) -> String {
        format!("urn:consentry:{}:organization", self.chain_id)
    }

    /// The identifier system of record ids.
    pub fn record_system(&self) -> String {
        format!("urn:consentry:{}:record", self.chain_id)
    }

    /// The absolute URL of a resource (a Bundle entry's `fullUrl`).
    pub fn full_url(&self, resource_type: &str, id: &str) -> String {
        format!("{}/{resource_type}/{id}", self.base_url)
    }
}

/// The FHIR id of an account's resources: its lowercase `0x` address.
pub fn account_id(account: Address) -> String {
    format!("{account:#x}")
}

/// The FHIR id of the consent of `patient` to `org_id`.
pub fn consent_id(patient: Address, org_id: u32) -> String {
    format!("{patient:#x}-{org_id}")
}

/// The patient and organisation a [`consent_id`] names.
pub fn parse_consent_id(id: &str) -> Option<(Address, u32)> {
    let (patient, org) = id.split_once('-')?;
    Some((patient.parse().ok()?, org.parse().ok()?))
}

/// The FHIR id of a record's DocumentReference: the id's 64 hex digits (with `0x` it would
/// not fit FHIR's 64 characters).
pub fn record_id(record: B256) -> String {
    format!("{record:x}")
}

/// The FHIR id of an event's AuditEvent.
pub fn audit_event_id(block_number: u64, log_index: u64) -> String {
    format!("{block_number}-{log_index}")
}

/// The block number and log index an [`audit_event_id`] names: each at most `i64::MAX`, the
/// largest position the store holds.
pub fn parse_audit_event_id(id: &str) -> Option<(u64, u64)> {
    let (block, log) = id.split_once('-')?;
    let position = |text: &str| text.parse::<i64>().ok().and_then(|n| u64::try_from(n).ok());
    Some((position(block)?, position(log)?))
}

/// `seconds` (unix time) as a FHIR instant, `2026-11-22T06:25:19Z`. Past the year 9999, which
/// FHIR cannot write, it is the last second of 9999.
pub fn instant(seconds: u64) -> String {
    i64::try_from(seconds)
        .ok()
        .and_then(|seconds| OffsetDateTime::from_unix_timestamp(seconds).ok())
        .and_then(|time| time.format(&Rfc3339).ok())
        .unwrap_or_else(|| "9999-12-31T23:59:59Z".to_owned())
}

fn purpose_coding(purpose: Purpose) -> Value {
    coding(system::ACT_REASON, purpose.name(), purpose.display())
}

fn category_concept(category: Category) -> Value {
    concept(system::CATEGORY, category.name(), category.display())
}

/// The confidentiality and sensitivity codings of records in `categories`, each once.
fn security_labels(categories: impl Iterator<Item = Category>) -> Vec<Value> {
    let mut confidentiality = Vec::new();
    let mut sensitivity = Vec::new();
    for category in categories {
        let code = category.confidentiality();
        let label = coding(system::CONFIDENTIALITY, code, confidentiality_display(code));
        if !confidentiality.contains(&label) {
            confidentiality.push(label);
        }
        if let Some(code) = category.sensitivity() {
            let label = coding(system::ACT_CODE, code, sensitivity_display(code));
            if !sensitivity.contains(&label) {
                sensitivity.push(label);
            }
        }
    }
    confidentiality.extend(sensitivity);
    confidentiality
}

fn confidentiality_display(code: &str) -> &'static str {
    match code {
        "R" => "restricted",
        _ => "normal",
    }
}

fn sensitivity_display(code: &str) -> &'static str {
    match code {
        "PSY" => "psychiatry disorder information sensitivity",
        "ETH" => "substance abuse information sensitivity",
        "SEX" => "sexuality and reproductive health information sensitivity",
        "HIV" => "HIV/AIDS information sensitivity",
        "GDIS" => "genetic disease information sensitivity",
        _ => "",
    }
}

fn coding(system: &str, code: &str, display: &str) -> Value {
    json!({ "system": system, "code": code, "display": display })
}

fn concept(system: &str, code: &str, display: &str) -> Value {
    json!({ "coding": [coding(system, code, display)] })
}

fn account_identifier(ctx: &FhirContext, account: Address) -> Value {
    json!({ "system": ctx.account_system(), "value": account_id(account) })
}

fn patient_reference(ctx: &FhirContext, patient: Address) -> Value {
    json!({
        "reference": format!("Patient/{}", account_id(patient)),
        "identifier": account_identifier(ctx, patient),
    })
}

fn practitioner_reference(account: Address) -> Value {
    json!({ "reference": format!("Practitioner/{}", account_id(account)) })
}

/// An account that is neither the patient nor known as a practitioner (a delegate, say).
fn account_reference(ctx: &FhirContext, account: Address) -> Value {
    json!({ "identifier": account_identifier(ctx, account), "display": account_id(account) })
}

fn organization_reference(ctx: &FhirContext, org_id: u32) -> Value {
    json!({
        "reference": format!("Organization/{org_id}"),
        "identifier": { "system": ctx.organization_system(), "value": org_id.to_string() },
    })
}

/// The chain, the observer of every event.
fn chain_reference(ctx: &FhirContext) -> Value {
    json!({
        "type": "Device",
        "identifier": { "system": system::URI, "value": ctx.account_system() },
        "display": format!("Consentry contracts on chain {}", ctx.chain_id),
    })
}

/// `value` without the empty parts FHIR JSON forbids (null, "", [], {}).
fn resource(value: Value) -> Value {
    prune(value).unwrap_or_else(|| Value::Object(Map::new()))
}

fn prune(value: Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::Array(items) => {
            let items: Vec<Value> = items.into_iter().filter_map(prune).collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(map) => {
            let map: Map<String, Value> = map
                .into_iter()
                .filter_map(|(key, value)| Some((key, prune(value)?)))
                .collect();
            (!map.is_empty()).then_some(Value::Object(map))
        }
        other => Some(other),
    }
}

#[cfg(test)]
mod tests {
    use std::{path::Path, process::Command};

    use consentry_sdk::vocabulary::NO_EXPIRY;

    use super::{fixtures::*, *};

    #[test]
    fn instants_are_utc_rfc3339_and_clamped_to_fhir_years() {
        assert_eq!(instant(0), "1970-01-01T00:00:00Z");
        assert_eq!(instant(1_795_328_719), "2026-11-22T06:25:19Z");
        assert_eq!(instant(NO_EXPIRY), "9999-12-31T23:59:59Z");
        assert_eq!(instant(u64::MAX), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn ids_fit_fhir_and_round_trip() {
        let id = consent_id(patient(), 4_000_000_000);
        assert_eq!(id, format!("0x{}-4000000000", "ab".repeat(20)));
        assert!(id.len() <= 64);
        assert_eq!(parse_consent_id(&id), Some((patient(), 4_000_000_000)));
        assert_eq!(parse_consent_id("0xab-1"), None);
        assert_eq!(record_id(B256::repeat_byte(0xEF)), "ef".repeat(32));
        assert_eq!(audit_event_id(12, 3), "12-3");
        assert_eq!(parse_audit_event_id("12-3"), Some((12, 3)));
        assert_eq!(
            parse_audit_event_id("9223372036854775807-9223372036854775807"),
            Some((i64::MAX as u64, i64::MAX as u64))
        );
        for past_the_store in ["1-9223372036854775808", "18446744073709551615-0", "-1-0"] {
            assert_eq!(
                parse_audit_event_id(past_the_store),
                None,
                "{past_the_store}"
            );
        }
        assert_eq!(
            account_id(Address::repeat_byte(0xAB)),
            format!("0x{}", "ab".repeat(20))
        );
    }

    /// The interpreter with fhir.resources: `CONSENTRY_PYTHON`, or the venv
    /// `scripts/pyenv.sh` builds.
    fn validator_python(root: &Path) -> String {
        if let Ok(python) = std::env::var("CONSENTRY_PYTHON") {
            return python;
        }
        let script = root.join("scripts/pyenv.sh");
        let output = Command::new(&script)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        assert!(
            output.status.success(),
            "{} failed, so the FHIR views cannot be validated (set CONSENTRY_PYTHON to a \
             python with fhir.resources 6.4.0 to use another):\n{}",
            script.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    #[test]
    fn every_view_validates_against_fhir_r4() {
        let ctx = ctx();
        let mut views: Vec<Value> = Vec::new();
        views.extend(organizations().iter().map(|o| organization(&ctx, o)));
        views.extend(practitioners().iter().map(|p| practitioner(&ctx, p)));
        views.extend(consents().iter().map(|(c, _)| consent(&ctx, c, NOW)));
        views.extend(records().iter().map(|(r, _)| document_reference(&ctx, r)));
        views.extend(events().iter().map(|e| audit_event(&ctx, e)));
        let mut documents = views.clone();
        documents.push(searchset(
            &ctx,
            views,
            "http://127.0.0.1:8080/fhir/AuditEvent?patient=Patient/0xab",
            Some("http://127.0.0.1:8080/fhir/AuditEvent?patient=Patient/0xab&cursor=2"),
            Some(40),
        ));
        documents.push(searchset(
            &ctx,
            Vec::new(),
            "http://x/fhir/Consent",
            None,
            Some(0),
        ));
        let params: &[(&str, &[(&str, &str)])] = &[
            ("Consent", &[("patient", "reference"), ("status", "token")]),
            ("AuditEvent", &[("patient", "reference"), ("date", "date")]),
            ("DocumentReference", &[("_id", "token")]),
        ];
        documents.push(capability_statement(&ctx, params));
        documents.push(operation_outcome(
            "not-found",
            "no such consent",
            Some("Consent.id"),
        ));
        documents.push(operation_outcome("login", "sign in first", None));

        let dir = tempfile::tempdir().expect("tempdir");
        let files: Vec<String> = documents
            .iter()
            .enumerate()
            .map(|(i, document)| {
                let path = dir.path().join(format!(
                    "{i:02}-{}.json",
                    document["resourceType"].as_str().unwrap_or("unknown")
                ));
                std::fs::write(&path, serde_json::to_vec_pretty(document).expect("json"))
                    .expect("write");
                path.display().to_string()
            })
            .collect();

        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let python = validator_python(&root);
        let output = Command::new(&python)
            .arg(root.join("scripts/fhir_validate.py"))
            .args(&files)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "the FHIR validator rejected views:\n{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        for (file, document) in files.iter().zip(&documents) {
            let line = format!(
                "ok {file} {}",
                document["resourceType"].as_str().unwrap_or("")
            );
            assert!(
                stdout.lines().any(|l| l == line),
                "no `{line}` in:\n{stdout}"
            );
        }
    }
}
