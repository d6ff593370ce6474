//! A patient's consent to one organisation as a Consent.

use alloy::primitives::Address;
use consentry_sdk::vocabulary::{Action, Category, CategorySet, NO_EXPIRY};
use consentry_store::projection::Consent;
use serde_json::{Value, json};

use super::{
    FhirContext, account_reference, category_concept, concept, consent_id, instant,
    organization_reference, patient_reference, purpose_coding, resource, security_labels, system,
};

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

#[cfg(test)]
mod tests {
    use super::{
        super::{account_id, fixtures::*},
        *,
    };

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
}
