//! What the server answers around the views: searchset Bundles, its CapabilityStatement and
//! OperationOutcomes.

use serde_json::{Value, json};

use super::{FHIR_VERSION, FhirContext, RESOURCE_TYPES, resource};

/// The date of the capability statement: when the FHIR views last changed in substance.
const CAPABILITY_DATE: &str = "2026-11-22";

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

#[cfg(test)]
mod tests {
    use super::{
        super::{fixtures::*, organization},
        *,
    };

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
}
