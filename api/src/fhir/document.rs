//! A record pointer as a DocumentReference.

use consentry_sdk::vocabulary::{FhirResourceType, RecordStatus};
use consentry_store::projection::Record;
use serde_json::{Value, json};

use super::{
    FhirContext, category_concept, concept, instant, organization_reference, patient_reference,
    practitioner_reference, purpose_coding, record_id, resource, security_labels, system,
};

/// A DocumentReference for a record pointer: its status (current, superseded,
/// entered-in-error) and `docStatus` (a co-signed record awaiting signatures is `preliminary`;
/// one rejected or expired is entered-in-error; any other `final`), the organisation and practitioner who wrote it, the organisation that
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
    // DocumentReference.status has three codes; co-signing speaks through docStatus.
    let (status, doc_status) = match status {
        RecordStatus::Pending => (RecordStatus::Current, "preliminary"),
        RecordStatus::Rejected | RecordStatus::Expired => {
            (RecordStatus::EnteredInError, "entered-in-error")
        }
        RecordStatus::EnteredInError => (status, "entered-in-error"),
        RecordStatus::Current | RecordStatus::Superseded => (status, "final"),
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
        "docStatus": doc_status,
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

#[cfg(test)]
mod tests {
    use super::{
        super::{account_id, fixtures::*},
        *,
    };

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
}
