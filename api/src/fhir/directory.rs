//! The directory: accredited organisations as Organizations, their members as Practitioners.

use consentry_sdk::vocabulary::{OrganizationKind, Role};
use consentry_store::projection::{Organization, Practitioner};
use serde_json::{Value, json};

use super::{
    FhirContext, account_id, account_identifier, coding, instant, organization_reference, resource,
    system,
};

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

#[cfg(test)]
mod tests {
    use super::{super::fixtures::*, *};

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
}
