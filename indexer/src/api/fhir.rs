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

use alloy::primitives::{Address, B256};
use consentry_sdk::vocabulary::{
    Action, Basis, Category, CategorySet, EmergencyReason, FhirResourceType, NO_EXPIRY,
    OrganizationKind, Purpose, RecordStatus, Role,
};
use serde_json::{Map, Value, json};
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

use crate::{
    projection::{Consent, Organization, Practitioner, Record},
    store::StoredEvent,
};

/// The FHIR version of every view.
pub const FHIR_VERSION: &str = "4.0.1";

/// The date of the capability statement: when the FHIR views last changed in substance.
const CAPABILITY_DATE: &str = "2026-11-22";

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

/// An Organization: its kind as `organization-type`, active unless suspended, its FHIR
/// endpoint as a `url` contact point (R4's `Organization.endpoint` references an Endpoint
/// resource, which this server does not have).
pub fn organization(ctx: &FhirContext, org: &Organization) -> Value {
    resource(json!({
        "resourceType": "Organization",
        "id": org.org_id.to_string(),
        "identifier": [{
            "use": "official",
            "system": ctx.organization_system(),
            "value": org.org_id.to_string(),
        }],
        "active": !org.suspended,
        "type": [{
            "coding": [coding(
                system::ORGANIZATION_TYPE,
                org.kind.fhir_type(),
                organization_type_display(org.kind),
            )],
            "text": org.kind.display(),
        }],
        "name": org.name,
        "telecom": (!org.fhir_endpoint.is_empty())
            .then(|| vec![json!({ "system": "url", "value": org.fhir_endpoint, "use": "work" })]),
    }))
}

fn organization_type_display(kind: OrganizationKind) -> &'static str {
    match kind.fhir_type() {
        "prov" => "Healthcare Provider",
        "pay" => "Payer",
        "govt" => "Government",
        _ => "Other",
    }
}

/// A Practitioner: one membership of one organisation. The role is a qualification issued by
/// the organisation, with the membership's period; R4's proper home for it, PractitionerRole,
/// is not served.
pub fn practitioner(ctx: &FhirContext, p: &Practitioner) -> Value {
    let end = if p.active { None } else { p.removed_at };
    resource(json!({
        "resourceType": "Practitioner",
        "id": account_id(p.account),
        "meta": { "lastUpdated": instant(end.unwrap_or(p.since)) },
        "identifier": [account_identifier(ctx, p.account)],
        "active": p.active,
        "qualification": [{
            "code": {
                "coding": [coding(system::PRACTITIONER_ROLE, p.role.fhir_role(), role_display(p.role))],
                "text": p.role.display(),
            },
            "period": { "start": instant(p.since), "end": end.map(instant) },
            "issuer": organization_reference(ctx, p.org_id),
        }],
    }))
}

fn role_display(role: Role) -> &'static str {
    match role.fhir_role() {
        "doctor" => "Doctor",
        "nurse" => "Nurse",
        "pharmacist" => "Pharmacist",
        "researcher" => "Researcher",
        _ => "ICT professional",
    }
}

/// A Consent, as it stands at `now` (unix seconds): active while granted and not expired,
/// inactive once revoked or expired. One permit provision: the organisation as information
/// recipient, the actions, the purposes of use, the categories (as codes, as the resource
/// types they cover, and as the security labels of their records) and the period.
pub fn consent(ctx: &FhirContext, c: &Consent, now: u64) -> Value {
    let expired = c.valid_until != NO_EXPIRY && now >= c.valid_until;
    let status = if c.granted && !expired {
        "active"
    } else {
        "inactive"
    };
    // A consent revoked before it was ever granted has no terms at all.
    let period = (c.valid_from != 0 || c.valid_until != 0).then(|| {
        json!({
            "start": instant(c.valid_from),
            "end": (c.valid_until != NO_EXPIRY).then(|| instant(c.valid_until)),
        })
    });
    let performer = if c.actor == Address::ZERO || c.actor == c.patient {
        patient_reference(ctx, c.patient)
    } else {
        account_reference(ctx, c.actor)
    };
    resource(json!({
        "resourceType": "Consent",
        "id": consent_id(c.patient, c.org_id),
        "meta": { "lastUpdated": instant(c.changed_at) },
        "status": status,
        "scope": concept(system::CONSENT_SCOPE, "patient-privacy", "Privacy Consent"),
        "category": [concept(system::LOINC, "59284-0", "Patient Consent")],
        "patient": patient_reference(ctx, c.patient),
        "dateTime": instant(c.changed_at),
        "performer": [performer],
        "organization": [organization_reference(ctx, c.org_id)],
        "policyRule": concept(system::ACT_CODE, "OPTIN", "opt-in"),
        "provision": {
            "type": "permit",
            "period": period,
            "actor": [{
                "role": concept(system::PARTICIPATION_TYPE, "IRCP", "information recipient"),
                "reference": organization_reference(ctx, c.org_id),
            }],
            "action": c.actions.iter().map(action_concept).collect::<Vec<_>>(),
            "securityLabel": security_labels(c.categories.iter()),
            "purpose": c.purposes.iter().map(purpose_coding).collect::<Vec<_>>(),
            "class": resource_types(c.categories)
                .into_iter()
                .map(|name| json!({ "system": system::RESOURCE_TYPES, "code": name }))
                .collect::<Vec<_>>(),
            "code": c.categories.iter().map(category_concept).collect::<Vec<_>>(),
        },
    }))
}

fn action_concept(action: Action) -> Value {
    let display = match action {
        Action::Read => "Access",
        Action::Write => "Access and Correct",
    };
    concept(system::CONSENT_ACTION, action.fhir_code(), display)
}

fn purpose_coding(purpose: Purpose) -> Value {
    coding(system::ACT_REASON, purpose.name(), purpose.display())
}

fn category_concept(category: Category) -> Value {
    concept(system::CATEGORY, category.name(), category.display())
}

/// The resource types the categories cover, each once, in category order.
fn resource_types(categories: CategorySet) -> Vec<&'static str> {
    let mut types = Vec::new();
    for name in categories.iter().flat_map(Category::fhir_resource_types) {
        if !types.contains(name) {
            types.push(*name);
        }
    }
    types
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

/// A DocumentReference for a record pointer: its status (current, superseded,
/// entered-in-error), the organisation and practitioner who wrote it, the organisation that
/// holds it, its category and FHIR type, the security labels of its category, the record it
/// replaces, and the content's SHA-256 as an identifier. The content itself lives at the
/// author organisation's endpoint (see the custodian), which the attachment names by type only.
pub fn document_reference(ctx: &FhirContext, r: &Record) -> Value {
    let status = if r.retracted_at.is_some() {
        RecordStatus::EnteredInError
    } else {
        r.status.parse().unwrap_or(if r.superseded_by.is_some() {
            RecordStatus::Superseded
        } else {
            RecordStatus::Current
        })
    };
    let category = r.category;
    let fhir_type = r.fhir_type;
    resource(json!({
        "resourceType": "DocumentReference",
        "id": record_id(r.record_id),
        // The purpose of use it was written for, as a security label: an emergency
        // (break-glass) write says ETREAT.
        "meta": {
            "lastUpdated": instant(r.retracted_at.unwrap_or(r.added_at)),
            "security": r.purpose.map(|purpose| vec![purpose_coding(purpose)]),
        },
        "masterIdentifier": {
            "system": ctx.record_system(),
            "value": format!("{:#x}", r.record_id),
        },
        "identifier": [{
            "use": "secondary",
            "type": { "text": "SHA-256 of the content" },
            "system": system::CONTENT_SHA256,
            "value": format!("{:x}", r.content_hash),
        }],
        "status": status.name(),
        "type": resource_type_concept(fhir_type),
        "category": [category_concept(category)],
        "subject": patient_reference(ctx, r.patient),
        "date": instant(r.added_at),
        "author": [
            organization_reference(ctx, r.author_org),
            practitioner_reference(r.practitioner),
        ],
        "custodian": organization_reference(ctx, r.author_org),
        "relatesTo": r.supersedes.map(|previous| vec![json!({
            "code": "replaces",
            "target": { "reference": format!("DocumentReference/{}", record_id(previous)) },
        })]),
        "securityLabel": security_labels(std::iter::once(category))
            .into_iter()
            .map(|label| json!({ "coding": [label] }))
            .collect::<Vec<_>>(),
        "content": [{
            "attachment": {
                "contentType": "application/fhir+json",
                "title": format!("{} ({})", fhir_type.name(), category.display()),
                "creation": instant(r.added_at),
            },
        }],
    }))
}

fn resource_type_concept(fhir_type: FhirResourceType) -> Value {
    concept(
        system::RESOURCE_TYPES,
        fhir_type.name(),
        fhir_type.display(),
    )
}

/// How an event is audited: its type, subtypes and action.
struct AuditKind {
    event_type: Value,
    subtypes: Vec<Value>,
    action: &'static str,
}

fn audit_kind(name: &str) -> AuditKind {
    let dicom = |code: &str, display: &str| coding(system::DICOM, code, display);
    let rest = |code: &str| coding(system::RESTFUL_INTERACTION, code, code);
    let lifecycle = |code: &str| json!({ "system": system::LIFECYCLE, "code": code });
    let patient_record = || dicom("110110", "Patient Record");
    let security_alert = || dicom("110113", "Security Alert");
    let (event_type, subtypes, action) = match name {
        "RecordAccessed" | "AccessLogged" => (
            patient_record(),
            vec![rest("read"), lifecycle("access")],
            "R",
        ),
        "RecordAdded" | "ConsentGranted" => (
            patient_record(),
            vec![rest("create"), lifecycle("originate")],
            "C",
        ),
        "ConsentNarrowed" | "ConsentExtended" => (
            patient_record(),
            vec![rest("update"), lifecycle("amend")],
            "U",
        ),
        "ConsentRevoked" | "RecordRetracted" => (
            patient_record(),
            vec![rest("update"), lifecycle("deprecate")],
            "U",
        ),
        "DelegateAppointed" | "PractitionerAdded" => (
            security_alert(),
            vec![dicom("110136", "Security Roles Changed")],
            "C",
        ),
        "DelegateRemoved" | "PractitionerRemoved" => (
            security_alert(),
            vec![dicom("110136", "Security Roles Changed")],
            "D",
        ),
        "EmergencyAccessOpened" => (
            security_alert(),
            vec![dicom("110127", "Emergency Override Started")],
            "E",
        ),
        "EmergencyAccessClosed" => (
            security_alert(),
            vec![dicom("110138", "Emergency Override Stopped")],
            "E",
        ),
        "EmergencyPolicySet" => (
            security_alert(),
            vec![dicom("110135", "Object Security Attributes Changed")],
            "U",
        ),
        "OrganizationSuspended" | "OrganizationReinstated" => (
            security_alert(),
            vec![dicom("110137", "User Security Attributes Changed")],
            "U",
        ),
        _ => (dicom("110100", "Application Activity"), Vec::new(), "E"),
    };
    AuditKind {
        event_type,
        subtypes,
        action,
    }
}

/// An AuditEvent for any stored event, most usefully read receipts (`RecordAccessed`),
/// consent changes, delegations, break-glass openings and closings, and records added and
/// retracted. Typed with DICOM event codes, subtyped with the FHIR `restful-interaction` and
/// ISO 21089 lifecycle codes of what happened to the patient's record; other events are
/// "Application Activity". The agent who acted is the requestor; the organisation involved
/// is an agent too; the entities are the patient, the record(s) or consent concerned (with the
/// event's arguments as details) and the transaction. The observer is the chain. A read
/// receipt may also be named `AccessLogged` and list its records in `args.recordIds`.
pub fn audit_event(ctx: &FhirContext, e: &StoredEvent) -> Value {
    let kind = audit_kind(&e.name);
    let name = e.name.as_str();
    let purposes = purposes_of_event(e);
    let mut agents = Vec::new();
    if let Some(actor) = actor(ctx, e) {
        agents.push(json!({
            "who": actor,
            "requestor": true,
            "purposeOfUse": purposes,
        }));
    }
    if let Some(org_id) = e.org_id {
        agents.push(json!({ "who": organization_reference(ctx, org_id), "requestor": false }));
    }
    if agents.is_empty() {
        agents.push(json!({ "who": chain_reference(ctx), "requestor": false }));
    }

    let details = audit_details(&e.args);
    let mut entities = Vec::new();
    let mut details_placed = false;
    let mut place_details = |entity: &mut Value| {
        if !details_placed {
            entity["detail"] = json!(details);
            details_placed = true;
        }
    };
    if name.starts_with("Consent")
        && let (Some(patient), Some(org_id)) = (e.patient, e.org_id)
    {
        let mut entity = json!({
            "what": { "reference": format!("Consent/{}", consent_id(patient, org_id)) },
            "type": coding(system::AUDIT_ENTITY_TYPE, "2", "System Object"),
            "role": coding(system::OBJECT_ROLE, "13", "Security Resource"),
        });
        place_details(&mut entity);
        entities.push(entity);
    }
    for (record, description) in records_of_event(e) {
        let mut entity = json!({
            "what": { "reference": format!("DocumentReference/{}", record_id(record)) },
            "type": coding(system::AUDIT_ENTITY_TYPE, "2", "System Object"),
            "role": coding(system::OBJECT_ROLE, "4", "Domain Resource"),
            "description": description,
        });
        place_details(&mut entity);
        entities.push(entity);
    }
    if let (Some(delegate), true) = (e.account, name.starts_with("Delegate")) {
        entities.push(json!({
            "what": account_reference(ctx, delegate),
            "type": coding(system::AUDIT_ENTITY_TYPE, "1", "Person"),
            "role": coding(system::OBJECT_ROLE, "11", "Security User Entity"),
            "description": "delegate",
        }));
    }
    if let Some(patient) = e.patient {
        let mut entity = json!({
            "what": patient_reference(ctx, patient),
            "type": coding(system::AUDIT_ENTITY_TYPE, "1", "Person"),
            "role": coding(system::OBJECT_ROLE, "1", "Patient"),
        });
        place_details(&mut entity);
        entities.push(entity);
    }
    let mut transaction = json!({
        "what": {
            "identifier": {
                "system": ctx.transaction_system(),
                "value": format!("{:#x}", e.tx_hash),
            },
        },
        "type": coding(system::AUDIT_ENTITY_TYPE, "2", "System Object"),
        "description": format!("{name} in block {}, log {}", e.block_number, e.log_index),
    });
    place_details(&mut transaction);
    entities.push(transaction);

    resource(json!({
        "resourceType": "AuditEvent",
        "id": audit_event_id(e.block_number, e.log_index),
        "type": kind.event_type,
        "subtype": kind.subtypes,
        "action": kind.action,
        "recorded": instant(e.timestamp),
        "outcome": "0",
        "purposeOfEvent": purposes,
        "agent": agents,
        "source": {
            "site": format!("chain {}", ctx.chain_id),
            "observer": chain_reference(ctx),
            "type": [coding(system::SOURCE_TYPE, "4", "Application Server")],
        },
        "entity": entities,
    }))
}

/// Who acted, as far as the event says.
fn actor(ctx: &FhirContext, e: &StoredEvent) -> Option<Value> {
    let person = |account: Address| {
        if Some(account) == e.patient {
            patient_reference(ctx, account)
        } else {
            account_reference(ctx, account)
        }
    };
    match e.name.as_str() {
        // The account is the practitioner who acted.
        "RecordAccessed"
        | "AccessLogged"
        | "RecordAdded"
        | "RecordRetracted"
        | "EmergencyAccessOpened"
        | "AccessRequested" => e.account.map(practitioner_reference),
        // The patient acted (the account, if any, is the delegate).
        "DelegateAppointed" | "EmergencyPolicySet" => e.patient.map(person),
        "DelegateRemoved" => e.args["actor"]
            .as_str()
            .and_then(|actor| actor.parse().ok())
            .or(e.patient)
            .map(person),
        // The account is whoever acted: the patient, a delegate or a practitioner.
        name if name.starts_with("Consent")
            || name.starts_with("AccessRequest")
            || name == "EmergencyAccessClosed" =>
        {
            e.account.map(person)
        }
        _ => None,
    }
}

/// The purposes of use the event declares: the read receipt's purpose, or emergency
/// treatment for a break-glass opening.
fn purposes_of_event(e: &StoredEvent) -> Vec<Value> {
    let purposes: Vec<Value> = match e.name.as_str() {
        "RecordAccessed" | "AccessLogged" => code_arg::<Purpose>(&e.args["purpose"])
            .map(purpose_coding)
            .into_iter()
            .collect(),
        "EmergencyAccessOpened" => vec![
            purpose_coding(Purpose::Etreat),
            coding(system::ACT_REASON, "BTG", "break the glass"),
        ],
        _ => Vec::new(),
    };
    purposes
        .into_iter()
        .map(|coding| json!({ "coding": [coding] }))
        .collect()
}

/// The records an event concerns, with what they are to it.
fn records_of_event(e: &StoredEvent) -> Vec<(B256, &'static str)> {
    let mut records: Vec<(B256, &'static str)> =
        e.record_id.map(|id| (id, "")).into_iter().collect();
    if let Some(ids) = e.args["recordIds"].as_array() {
        for id in ids
            .iter()
            .filter_map(|id| id.as_str()?.parse::<B256>().ok())
        {
            if !records.iter().any(|(known, _)| *known == id) {
                records.push((id, ""));
            }
        }
    }
    if let Some(previous) = e.args["supersedes"]
        .as_str()
        .and_then(|id| id.parse::<B256>().ok())
    {
        records.push((previous, "superseded by this event's record"));
    }
    records
}

/// A vocabulary value given as its code (a number) or its name.
fn code_arg<T: std::str::FromStr + CodeOf>(value: &Value) -> Option<T> {
    match value {
        Value::Number(n) => n
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .and_then(T::of),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// Vocabulary types looked up by on-chain code.
trait CodeOf: Sized {
    fn of(code: u8) -> Option<Self>;
}

macro_rules! code_of {
    ($($t:ty),*) => {$(
        impl CodeOf for $t {
            fn of(code: u8) -> Option<Self> {
                <$t>::from_code(code).ok()
            }
        }
    )*};
}
code_of!(
    Purpose,
    Basis,
    Category,
    FhirResourceType,
    EmergencyReason,
    Role,
    OrganizationKind
);

/// The event's arguments as AuditEvent entity details: codes by name, times as instants.
fn audit_details(args: &Value) -> Vec<Value> {
    let Some(args) = args.as_object() else {
        return Vec::new();
    };
    args.iter()
        .filter(|(key, _)| !matches!(key.as_str(), "recordIds" | "supersedes" | "actor"))
        .filter_map(|(key, value)| {
            let text = match key.as_str() {
                "purpose" => code_arg::<Purpose>(value).map(|v| v.name().to_owned()),
                "basis" => code_arg::<Basis>(value).map(|v| v.name().to_owned()),
                "category" => code_arg::<Category>(value).map(|v| v.name().to_owned()),
                "fhirType" => code_arg::<FhirResourceType>(value).map(|v| v.name().to_owned()),
                "reasonCode" => code_arg::<EmergencyReason>(value).map(|v| v.name().to_owned()),
                "role" => code_arg::<Role>(value).map(|v| v.name().to_owned()),
                "kind" => code_arg::<OrganizationKind>(value).map(|v| v.name().to_owned()),
                "validFrom" | "validUntil" | "expiresAt" => seconds_arg(value).map(|s| {
                    if s == NO_EXPIRY {
                        "never".to_owned()
                    } else {
                        instant(s)
                    }
                }),
                _ => None,
            }
            .or_else(|| plain_text(value))?;
            Some(json!({ "type": key, "valueString": text }))
        })
        .collect()
}

fn seconds_arg(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn plain_text(value: &Value) -> Option<String> {
    let text = match value {
        Value::Null => return None,
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .filter_map(plain_text)
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    };
    (!text.trim().is_empty()).then_some(text)
}

/// A searchset Bundle of `resources` (each a `match`), with its `self` and `next` links.
pub fn searchset(
    ctx: &FhirContext,
    resources: Vec<Value>,
    self_url: &str,
    next_url: Option<&str>,
    total: Option<u64>,
) -> Value {
    let entries: Vec<Value> = resources
        .into_iter()
        .map(|resource| {
            let full_url = match (resource["resourceType"].as_str(), resource["id"].as_str()) {
                (Some(resource_type), Some(id)) => Some(ctx.full_url(resource_type, id)),
                _ => None,
            };
            json!({
                "fullUrl": full_url,
                "resource": resource,
                "search": { "mode": "match" },
            })
        })
        .collect();
    let mut links = vec![json!({ "relation": "self", "url": self_url })];
    if let Some(next) = next_url {
        links.push(json!({ "relation": "next", "url": next }));
    }
    resource(json!({
        "resourceType": "Bundle",
        "type": "searchset",
        "total": total,
        "link": links,
        "entry": entries,
    }))
}

/// The server's CapabilityStatement: a read-only server of [`RESOURCE_TYPES`] (read and
/// search-type), JSON only, with the search parameters `search_params` lists per type
/// (`(name, type)`, type a FHIR search parameter type such as `reference`, `token`, `date`).
pub fn capability_statement(ctx: &FhirContext, search_params: &[(&str, &[(&str, &str)])]) -> Value {
    let mut types: Vec<&str> = RESOURCE_TYPES.to_vec();
    for (resource_type, _) in search_params {
        if !types.contains(resource_type) {
            types.push(resource_type);
        }
    }
    let resources: Vec<Value> = types
        .into_iter()
        .map(|resource_type| {
            let params: Vec<Value> = search_params
                .iter()
                .filter(|(t, _)| *t == resource_type)
                .flat_map(|(_, params)| params.iter())
                .map(|(name, param_type)| json!({ "name": name, "type": param_type }))
                .collect();
            json!({
                "type": resource_type,
                "interaction": [{ "code": "read" }, { "code": "search-type" }],
                "searchParam": params,
            })
        })
        .collect();
    resource(json!({
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": CAPABILITY_DATE,
        "publisher": "Consentry",
        "kind": "instance",
        "software": { "name": "consentry-indexer", "version": env!("CARGO_PKG_VERSION") },
        "implementation": {
            "description": "Consentry indexer: read-only FHIR views of consents, record pointers and their audit trail",
            "url": ctx.base_url,
        },
        "fhirVersion": FHIR_VERSION,
        "format": ["json"],
        "rest": [{ "mode": "server", "resource": resources }],
    }))
}

/// An OperationOutcome with one error: `code` a FHIR issue type (`invalid`, `not-found`,
/// `forbidden`, `login`, ...), `diagnostics` for people, `expression` the FHIRPath of the
/// element at fault, if any.
pub fn operation_outcome(code: &str, diagnostics: &str, expression: Option<&str>) -> Value {
    resource(json!({
        "resourceType": "OperationOutcome",
        "issue": [{
            "severity": "error",
            "code": code,
            "diagnostics": diagnostics,
            "expression": expression.map(|e| vec![e]),
        }],
    }))
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

    use consentry_sdk::vocabulary::{ActionSet, PurposeSet};

    use super::*;

    const NOW: u64 = 1_795_000_000;
    const DAY: u64 = 24 * 60 * 60;

    fn ctx() -> FhirContext {
        FhirContext {
            base_url: "http://127.0.0.1:8080/fhir".to_owned(),
            chain_id: 31337,
        }
    }

    fn patient() -> Address {
        Address::repeat_byte(0xAB)
    }

    fn doctor() -> Address {
        Address::repeat_byte(0xD0)
    }

    fn delegate() -> Address {
        Address::repeat_byte(0xDE)
    }

    fn hospital() -> Organization {
        Organization {
            org_id: 1,
            name: "St. Example Hospital".to_owned(),
            kind: OrganizationKind::Hospital,
            admin: Address::repeat_byte(0xA1),
            pending_admin: None,
            fhir_endpoint: "https://fhir.example-hospital.org/r4".to_owned(),
            suspended: false,
            emergency_capable: true,
            accredited_at: NOW - 400 * DAY,
        }
    }

    fn organizations() -> Vec<Organization> {
        let payer = Organization {
            org_id: 2,
            name: "Example Mutual".to_owned(),
            kind: OrganizationKind::Payer,
            fhir_endpoint: String::new(),
            suspended: true,
            emergency_capable: false,
            ..hospital()
        };
        let research = Organization {
            org_id: 4_000_000_000,
            kind: OrganizationKind::Research,
            ..hospital()
        };
        vec![hospital(), payer, research]
    }

    fn physician() -> Practitioner {
        Practitioner {
            account: doctor(),
            org_id: 1,
            role: Role::Physician,
            active: true,
            since: NOW - 300 * DAY,
            removed_at: None,
        }
    }

    fn practitioners() -> Vec<Practitioner> {
        let removed_nurse = Practitioner {
            account: Address::repeat_byte(0x05),
            role: Role::Nurse,
            active: false,
            removed_at: Some(NOW - DAY),
            ..physician()
        };
        let records_officer = Practitioner {
            account: Address::repeat_byte(0x06),
            role: Role::RecordsOfficer,
            ..physician()
        };
        vec![physician(), removed_nurse, records_officer]
    }

    fn active_consent() -> Consent {
        Consent {
            patient: patient(),
            org_id: 1,
            granted: true,
            categories: "laboratory,vital_signs,mental_health,genomics"
                .parse()
                .expect("categories"),
            purposes: "TREAT,ETREAT".parse().expect("purposes"),
            actions: ActionSet::ALL,
            valid_from: NOW - 10 * DAY,
            valid_until: NO_EXPIRY,
            change: "ConsentGranted".to_owned(),
            actor: patient(),
            changed_at: NOW - 10 * DAY,
        }
    }

    /// (consent, expected status).
    fn consents() -> Vec<(Consent, &'static str)> {
        let revoked_by_delegate = Consent {
            org_id: 2,
            granted: false,
            valid_until: NOW + 30 * DAY,
            change: "ConsentRevoked".to_owned(),
            actor: delegate(),
            changed_at: NOW - DAY,
            ..active_consent()
        };
        let expired = Consent {
            org_id: 4_000_000_000,
            categories: CategorySet::STANDARD,
            purposes: PurposeSet::ALL,
            actions: "read".parse().expect("actions"),
            valid_until: NOW - DAY,
            ..active_consent()
        };
        let revoked_unknown = Consent {
            patient: patient(),
            org_id: 3,
            granted: false,
            categories: CategorySet::EMPTY,
            purposes: PurposeSet::EMPTY,
            actions: ActionSet::EMPTY,
            valid_from: 0,
            valid_until: 0,
            change: "ConsentRevoked".to_owned(),
            actor: patient(),
            changed_at: NOW,
        };
        vec![
            (active_consent(), "active"),
            (revoked_by_delegate, "inactive"),
            (expired, "inactive"),
            (revoked_unknown, "inactive"),
        ]
    }

    fn original_record() -> Record {
        Record {
            record_id: B256::repeat_byte(0x01),
            patient: patient(),
            author_org: 1,
            practitioner: doctor(),
            category: Category::Laboratory,
            fhir_type: FhirResourceType::Observation,
            content_hash: B256::repeat_byte(0xC1),
            supersedes: None,
            superseded_by: Some(B256::repeat_byte(0x02)),
            purpose: Some(Purpose::Etreat),
            basis: Some(Basis::Emergency),
            status: "superseded".to_owned(),
            added_at: NOW - 5 * DAY,
            retracted_at: None,
        }
    }

    /// (record, expected status).
    fn records() -> Vec<(Record, &'static str)> {
        let current = Record {
            record_id: B256::repeat_byte(0x02),
            content_hash: B256::repeat_byte(0xC2),
            supersedes: Some(B256::repeat_byte(0x01)),
            superseded_by: None,
            status: "current".to_owned(),
            added_at: NOW - 4 * DAY,
            ..original_record()
        };
        let retracted = Record {
            record_id: B256::repeat_byte(0x03),
            category: Category::HivSti,
            fhir_type: FhirResourceType::DiagnosticReport,
            superseded_by: None,
            status: "entered-in-error".to_owned(),
            retracted_at: Some(NOW - DAY),
            ..original_record()
        };
        let genomics = Record {
            record_id: B256::repeat_byte(0x04),
            category: Category::Genomics,
            fhir_type: FhirResourceType::MolecularSequence,
            superseded_by: None,
            status: "current".to_owned(),
            ..original_record()
        };
        vec![
            (original_record(), "superseded"),
            (current, "current"),
            (retracted, "entered-in-error"),
            (genomics, "current"),
        ]
    }

    fn event(name: &str, log_index: u64, args: Value) -> StoredEvent {
        StoredEvent {
            block_number: 1234,
            log_index,
            tx_hash: B256::repeat_byte(0x7A),
            timestamp: NOW,
            name: name.to_owned(),
            patient: Some(patient()),
            org_id: Some(1),
            record_id: None,
            account: Some(doctor()),
            args,
        }
    }

    fn events() -> Vec<StoredEvent> {
        let terms = json!({
            "categories": ["laboratory", "mental_health"],
            "purposes": ["TREAT"],
            "actions": ["read"],
            "validFrom": NOW,
            "validUntil": NO_EXPIRY,
        });
        vec![
            StoredEvent {
                record_id: Some(B256::repeat_byte(0x02)),
                ..event("RecordAccessed", 0, json!({ "purpose": 0, "basis": 1 }))
            },
            event(
                "AccessLogged",
                1,
                json!({
                    "recordIds": [B256::repeat_byte(0x01), B256::repeat_byte(0x02)],
                    "purpose": "HPAYMT",
                }),
            ),
            StoredEvent {
                account: Some(patient()),
                ..event("ConsentGranted", 2, terms.clone())
            },
            StoredEvent {
                account: Some(delegate()),
                ..event("ConsentNarrowed", 3, terms)
            },
            StoredEvent {
                account: Some(patient()),
                ..event(
                    "ConsentExtended",
                    4,
                    json!({ "validUntil": NOW + 365 * DAY }),
                )
            },
            StoredEvent {
                account: Some(delegate()),
                ..event("ConsentRevoked", 5, json!({}))
            },
            StoredEvent {
                org_id: None,
                account: Some(delegate()),
                ..event(
                    "DelegateAppointed",
                    6,
                    json!({ "categories": ["laboratory"], "expiresAt": NOW + DAY }),
                )
            },
            StoredEvent {
                org_id: None,
                account: Some(delegate()),
                ..event("DelegateRemoved", 7, json!({ "actor": patient() }))
            },
            event(
                "EmergencyAccessOpened",
                8,
                json!({
                    "reasonCode": 2,
                    "justificationHash": B256::repeat_byte(0x99),
                    "categories": ["laboratory", "imaging"],
                    "expiresAt": NOW + DAY,
                }),
            ),
            StoredEvent {
                account: Some(patient()),
                ..event("EmergencyAccessClosed", 9, json!({}))
            },
            StoredEvent {
                record_id: Some(B256::repeat_byte(0x02)),
                ..event(
                    "RecordAdded",
                    10,
                    json!({
                        "category": 6,
                        "fhirType": 2,
                        "contentHash": B256::repeat_byte(0xC2),
                        "supersedes": B256::repeat_byte(0x01),
                    }),
                )
            },
            StoredEvent {
                record_id: Some(B256::repeat_byte(0x03)),
                ..event("RecordRetracted", 11, json!({}))
            },
            StoredEvent {
                org_id: None,
                account: None,
                ..event(
                    "EmergencyPolicySet",
                    12,
                    json!({ "optedOut": false, "restrictedCategories": [] }),
                )
            },
            event(
                "AccessRequested",
                13,
                json!({
                    "categories": ["imaging"],
                    "purposes": ["TREAT"],
                    "actions": ["read"],
                    "duration": 30 * DAY,
                    "reasonHash": B256::repeat_byte(0x55),
                    "expiresAt": NOW + 14 * DAY,
                }),
            ),
            StoredEvent {
                patient: None,
                account: None,
                ..event(
                    "OrganizationSuspended",
                    14,
                    json!({ "orgId": 1, "reasonHash": B256::repeat_byte(0x66) }),
                )
            },
            StoredEvent {
                patient: None,
                org_id: None,
                account: Some(Address::repeat_byte(0xAA)),
                ..event(
                    "WritesPaused",
                    15,
                    json!({ "authority": Address::repeat_byte(0xAA) }),
                )
            },
        ]
    }

    fn codes(value: &Value) -> Vec<&str> {
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| item["code"].as_str().or(item["coding"][0]["code"].as_str()))
                    .collect()
            })
            .unwrap_or_default()
    }

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

    #[test]
    fn organizations_show_kind_endpoint_and_suspension() {
        let orgs: Vec<Value> = organizations()
            .iter()
            .map(|o| organization(&ctx(), o))
            .collect();
        assert_eq!(orgs[0]["id"], "1");
        assert_eq!(orgs[0]["active"], true);
        assert_eq!(orgs[0]["type"][0]["coding"][0]["code"], "prov");
        assert_eq!(orgs[0]["telecom"][0]["system"], "url");
        assert_eq!(
            orgs[0]["telecom"][0]["value"],
            "https://fhir.example-hospital.org/r4"
        );
        assert_eq!(
            orgs[0]["identifier"][0]["system"],
            "urn:consentry:31337:organization"
        );
        assert_eq!(orgs[1]["active"], false, "suspended");
        assert_eq!(orgs[1]["type"][0]["coding"][0]["code"], "pay");
        assert!(orgs[1].get("telecom").is_none(), "no endpoint, no telecom");
        assert_eq!(orgs[2]["id"], "4000000000");
        assert_eq!(orgs[2]["type"][0]["coding"][0]["code"], "other");
    }

    #[test]
    fn practitioners_show_role_organisation_and_removal() {
        let all: Vec<Value> = practitioners()
            .iter()
            .map(|p| practitioner(&ctx(), p))
            .collect();
        assert_eq!(all[0]["id"], account_id(doctor()));
        assert_eq!(all[0]["active"], true);
        assert_eq!(all[0]["identifier"][0]["system"], "urn:ethereum:31337");
        let qualification = &all[0]["qualification"][0];
        assert_eq!(qualification["code"]["coding"][0]["code"], "doctor");
        assert_eq!(qualification["issuer"]["reference"], "Organization/1");
        assert!(qualification["period"].get("end").is_none());
        assert_eq!(all[1]["active"], false, "removed");
        assert_eq!(
            all[1]["qualification"][0]["code"]["coding"][0]["code"],
            "nurse"
        );
        assert_eq!(
            all[1]["qualification"][0]["period"]["end"],
            instant(NOW - DAY)
        );
        assert_eq!(
            all[2]["qualification"][0]["code"]["coding"][0]["code"],
            "ict"
        );
    }

    #[test]
    fn consents_show_status_terms_and_labels() {
        let all: Vec<(Value, &str)> = consents()
            .iter()
            .map(|(c, status)| (consent(&ctx(), c, NOW), *status))
            .collect();
        for (view, status) in &all {
            assert_eq!(view["status"], *status, "{}", view["id"]);
            assert_eq!(view["scope"]["coding"][0]["code"], "patient-privacy");
            assert_eq!(view["category"][0]["coding"][0]["code"], "59284-0");
            assert_eq!(
                view["patient"]["reference"],
                format!("Patient/{}", account_id(patient()))
            );
        }
        let active = &all[0].0;
        assert_eq!(active["id"], consent_id(patient(), 1));
        let provision = &active["provision"];
        assert_eq!(provision["type"], "permit");
        assert_eq!(provision["period"]["start"], instant(NOW - 10 * DAY));
        assert!(
            provision["period"].get("end").is_none(),
            "NO_EXPIRY has no end"
        );
        assert_eq!(
            provision["actor"][0]["reference"]["reference"],
            "Organization/1"
        );
        assert_eq!(codes(&provision["action"]), ["access", "correct"]);
        assert_eq!(codes(&provision["purpose"]), ["TREAT", "ETREAT"]);
        assert_eq!(provision["purpose"][0]["system"], system::ACT_REASON);
        assert_eq!(
            codes(&provision["securityLabel"]),
            ["N", "R", "PSY", "GDIS"]
        );
        assert_eq!(
            codes(&provision["class"]),
            [
                "Observation",
                "DiagnosticReport",
                "Specimen",
                "Condition",
                "DocumentReference",
                "QuestionnaireResponse",
                "MolecularSequence"
            ]
        );
        assert_eq!(
            codes(&provision["code"]),
            ["laboratory", "vital_signs", "mental_health", "genomics"]
        );
        assert_eq!(
            active["performer"][0]["reference"],
            format!("Patient/{}", account_id(patient()))
        );

        let revoked = &all[1].0;
        assert_eq!(
            revoked["performer"][0]["identifier"]["value"],
            account_id(delegate())
        );
        assert_eq!(
            revoked["provision"]["period"]["end"],
            instant(NOW + 30 * DAY)
        );
        let expired = &all[2].0;
        assert_eq!(expired["provision"]["period"]["end"], instant(NOW - DAY));
        assert_eq!(codes(&expired["provision"]["securityLabel"]), ["N"]);
        assert_eq!(codes(&expired["provision"]["action"]), ["access"]);
        let never_granted = &all[3].0;
        assert!(never_granted["provision"].get("period").is_none());
        assert!(never_granted["provision"].get("action").is_none());

        // Expiry is the first second after validity.
        let consent_at = |now| consent(&ctx(), &consents()[1].0, now)["status"].clone();
        let mut granted = consents()[1].0.clone();
        granted.granted = true;
        assert_eq!(
            consent(&ctx(), &granted, NOW + 30 * DAY - 1)["status"],
            "active"
        );
        assert_eq!(
            consent(&ctx(), &granted, NOW + 30 * DAY)["status"],
            "inactive"
        );
        assert_eq!(consent_at(NOW), "inactive");
    }

    #[test]
    fn document_references_show_status_versions_and_hash() {
        let all: Vec<(Value, &str)> = records()
            .iter()
            .map(|(r, status)| (document_reference(&ctx(), r), *status))
            .collect();
        for (view, status) in &all {
            assert_eq!(view["status"], *status, "{}", view["id"]);
            assert_eq!(view["id"].as_str().map(str::len), Some(64));
            assert_eq!(view["custodian"]["reference"], "Organization/1");
            assert_eq!(
                view["author"][1]["reference"],
                format!("Practitioner/{}", account_id(doctor()))
            );
        }
        // The break-glass write says so: its purpose of use as a security label.
        let original = &all[0].0;
        assert_eq!(original["meta"]["security"][0]["code"], "ETREAT");
        assert_eq!(
            original["meta"]["security"][0]["system"],
            system::ACT_REASON
        );
        let current = &all[1].0;
        assert_eq!(current["id"], "02".repeat(32));
        assert_eq!(
            current["masterIdentifier"]["value"],
            format!("0x{}", "02".repeat(32))
        );
        assert_eq!(current["identifier"][0]["system"], "urn:consentry:sha-256");
        assert_eq!(current["identifier"][0]["value"], "c2".repeat(32));
        assert_eq!(current["relatesTo"][0]["code"], "replaces");
        assert_eq!(
            current["relatesTo"][0]["target"]["reference"],
            format!("DocumentReference/{}", "01".repeat(32))
        );
        assert_eq!(current["type"]["coding"][0]["code"], "Observation");
        assert_eq!(current["category"][0]["coding"][0]["code"], "laboratory");
        assert_eq!(codes(&current["securityLabel"]), ["N"]);
        assert!(all[0].0.get("relatesTo").is_none());
        assert_eq!(codes(&all[2].0["securityLabel"]), ["R", "HIV"]);
        assert_eq!(all[2].0["meta"]["lastUpdated"], instant(NOW - DAY));
        assert_eq!(codes(&all[3].0["securityLabel"]), ["R", "GDIS"]);
    }

    #[test]
    fn audit_events_type_each_kind_of_event() {
        let all: Vec<Value> = events().iter().map(|e| audit_event(&ctx(), e)).collect();
        let by_name = |name: &str| -> &Value {
            let index = events().iter().position(|e| e.name == name).expect(name);
            &all[index]
        };
        for view in &all {
            assert_eq!(view["recorded"], instant(NOW));
            assert_eq!(view["outcome"], "0");
            assert_eq!(view["source"]["observer"]["type"], "Device");
            assert!(!view["agent"].as_array().expect("agents").is_empty());
        }
        let read = by_name("RecordAccessed");
        assert_eq!(read["id"], "1234-0");
        assert_eq!(read["type"]["code"], "110110");
        assert_eq!(codes(&read["subtype"]), ["read", "access"]);
        assert_eq!(read["action"], "R");
        assert_eq!(codes(&read["purposeOfEvent"]), ["TREAT"]);
        assert_eq!(
            read["agent"][0]["who"]["reference"],
            format!("Practitioner/{}", account_id(doctor()))
        );
        assert_eq!(read["agent"][0]["requestor"], true);
        assert_eq!(read["agent"][1]["who"]["reference"], "Organization/1");
        assert_eq!(
            read["entity"][0]["what"]["reference"],
            format!("DocumentReference/{}", "02".repeat(32))
        );
        assert!(
            read["entity"][0]["detail"]
                .as_array()
                .expect("details")
                .contains(&json!({ "type": "basis", "valueString": "consent" }))
        );
        assert_eq!(read["entity"][1]["role"]["code"], "1");
        assert_eq!(
            read["entity"][2]["what"]["identifier"]["value"],
            format!("0x{}", "7a".repeat(32))
        );

        let receipt = by_name("AccessLogged");
        assert_eq!(codes(&receipt["purposeOfEvent"]), ["HPAYMT"]);
        let records: Vec<&Value> = receipt["entity"]
            .as_array()
            .expect("entities")
            .iter()
            .filter(|e| e["role"]["code"] == "4")
            .collect();
        assert_eq!(records.len(), 2, "one entity per record read");

        let granted = by_name("ConsentGranted");
        assert_eq!(granted["action"], "C");
        assert_eq!(codes(&granted["subtype"]), ["create", "originate"]);
        assert_eq!(
            granted["agent"][0]["who"]["reference"],
            format!("Patient/{}", account_id(patient()))
        );
        assert_eq!(
            granted["entity"][0]["what"]["reference"],
            format!("Consent/{}", consent_id(patient(), 1))
        );
        assert!(
            granted["entity"][0]["detail"]
                .as_array()
                .expect("details")
                .contains(&json!({ "type": "validUntil", "valueString": "never" }))
        );
        let narrowed = by_name("ConsentNarrowed");
        assert_eq!(narrowed["action"], "U");
        assert_eq!(
            narrowed["agent"][0]["who"]["identifier"]["value"],
            account_id(delegate())
        );
        assert_eq!(
            codes(&by_name("ConsentExtended")["subtype"]),
            ["update", "amend"]
        );
        assert_eq!(
            codes(&by_name("ConsentRevoked")["subtype"]),
            ["update", "deprecate"]
        );

        let appointed = by_name("DelegateAppointed");
        assert_eq!(appointed["type"]["code"], "110113");
        assert_eq!(codes(&appointed["subtype"]), ["110136"]);
        assert_eq!(appointed["action"], "C");
        assert_eq!(
            appointed["entity"][0]["what"]["identifier"]["value"],
            account_id(delegate())
        );
        let removed = by_name("DelegateRemoved");
        assert_eq!(removed["action"], "D");
        assert_eq!(
            removed["agent"][0]["who"]["reference"],
            format!("Patient/{}", account_id(patient()))
        );

        let opened = by_name("EmergencyAccessOpened");
        assert_eq!(codes(&opened["subtype"]), ["110127"]);
        assert_eq!(codes(&opened["purposeOfEvent"]), ["ETREAT", "BTG"]);
        assert!(
            opened["entity"][0]["detail"]
                .as_array()
                .expect("details")
                .contains(&json!({ "type": "reasonCode", "valueString": "life_threatening" }))
        );
        let closed = by_name("EmergencyAccessClosed");
        assert_eq!(codes(&closed["subtype"]), ["110138"]);
        assert_eq!(
            closed["agent"][0]["who"]["reference"],
            format!("Patient/{}", account_id(patient()))
        );

        let added = by_name("RecordAdded");
        assert_eq!(added["action"], "C");
        assert_eq!(codes(&added["subtype"]), ["create", "originate"]);
        assert_eq!(
            added["entity"][1]["what"]["reference"],
            format!("DocumentReference/{}", "01".repeat(32))
        );
        assert!(
            added["entity"][0]["detail"]
                .as_array()
                .expect("details")
                .contains(&json!({ "type": "fhirType", "valueString": "Observation" }))
        );
        let retracted = by_name("RecordRetracted");
        assert_eq!(retracted["action"], "U");
        assert_eq!(codes(&retracted["subtype"]), ["update", "deprecate"]);

        assert_eq!(codes(&by_name("EmergencyPolicySet")["subtype"]), ["110135"]);
        assert_eq!(by_name("AccessRequested")["type"]["code"], "110100");
        assert_eq!(
            codes(&by_name("OrganizationSuspended")["subtype"]),
            ["110137"]
        );
        let paused = by_name("WritesPaused");
        assert_eq!(
            paused["agent"][0]["who"]["type"], "Device",
            "the chain, when no one else"
        );
    }

    #[test]
    fn bundles_capability_statement_and_outcomes() {
        let ctx = ctx();
        let org = organization(&ctx, &organizations()[0]);
        let bundle = searchset(
            &ctx,
            vec![org],
            "http://127.0.0.1:8080/fhir/Organization?_count=1",
            Some("http://127.0.0.1:8080/fhir/Organization?_count=1&cursor=1"),
            Some(3),
        );
        assert_eq!(bundle["type"], "searchset");
        assert_eq!(bundle["total"], 3);
        assert_eq!(
            bundle["entry"][0]["fullUrl"],
            "http://127.0.0.1:8080/fhir/Organization/1"
        );
        assert_eq!(bundle["entry"][0]["search"]["mode"], "match");
        assert_eq!(bundle["link"][1]["relation"], "next");
        let last = searchset(&ctx, Vec::new(), "http://x/fhir/Consent", None, None);
        assert!(last.get("entry").is_none() && last.get("total").is_none());
        assert_eq!(last["link"].as_array().map(Vec::len), Some(1));

        let statement = capability_statement(&ctx, &[("Consent", &[("patient", "reference")])]);
        assert_eq!(statement["fhirVersion"], "4.0.1");
        assert_eq!(statement["kind"], "instance");
        let resources = &statement["rest"][0]["resource"];
        assert_eq!(resources.as_array().map(Vec::len), Some(5));
        assert_eq!(resources[0]["searchParam"][0]["name"], "patient");
        assert_eq!(codes(&resources[4]["interaction"]), ["read", "search-type"]);

        let outcome = operation_outcome("not-found", "no consent 0xab-1", Some("Consent.id"));
        assert_eq!(outcome["issue"][0]["code"], "not-found");
        assert_eq!(outcome["issue"][0]["expression"][0], "Consent.id");
        assert!(
            operation_outcome("login", "sign in", None)["issue"][0]
                .get("expression")
                .is_none()
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
