//! Any stored event as an AuditEvent: read receipts, consent changes, delegations, break-glass
//! openings and closings, records added and retracted.

use alloy::primitives::{Address, B256};
use consentry_sdk::vocabulary::{
    Basis, Category, EmergencyReason, FhirResourceType, NO_EXPIRY, OrganizationKind, Purpose, Role,
};
use consentry_store::StoredEvent;
use serde_json::{Value, json};

use super::{
    FhirContext, account_reference, audit_event_id, chain_reference, coding, consent_id, instant,
    organization_reference, patient_reference, practitioner_reference, purpose_coding, record_id,
    resource, system,
};

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
        "RecordAdded" | "ConsentGranted" | "RecordPending" => (
            patient_record(),
            vec![rest("create"), lifecycle("originate")],
            "C",
        ),
        // A co-signature attests the record; the last one makes it count (verified).
        "RecordSigned" => (
            patient_record(),
            vec![rest("update"), lifecycle("attest")],
            "U",
        ),
        "RecordConfirmed" => (
            patient_record(),
            vec![rest("update"), lifecycle("verify")],
            "U",
        ),
        "ConsentNarrowed" | "ConsentExtended" => (
            patient_record(),
            vec![rest("update"), lifecycle("amend")],
            "U",
        ),
        "ConsentRevoked" | "RecordRetracted" | "RecordRejected" | "RecordExpired" => (
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

#[cfg(test)]
mod tests {
    use super::{
        super::{account_id, fixtures::*},
        *,
    };

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
}
