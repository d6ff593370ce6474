//! `consentry org ...`.

use consentry_sdk::vocabulary::{OrganizationKind, Role};
use serde_json::json;

use super::{existing_org, signing_client};
use crate::{
    cli::{OrgCommand, PractitionerCommand},
    context::Context,
    output::{Outcome, Output},
    parse,
};

pub(crate) async fn run(ctx: &Context, command: OrgCommand, out: Output) -> eyre::Result<Outcome> {
    match command {
        OrgCommand::Accredit {
            name,
            kind,
            admin,
            fhir_endpoint,
            emergency_capable,
        } => {
            let client = signing_client(ctx)?;
            let (id, sent) = out
                .waiting(
                    "Accrediting",
                    client.accredit(kind, admin, emergency_capable, &name, &fhir_endpoint),
                )
                .await?;
            Ok(
                Outcome::new(json!({ "orgId": id, "name": name, "kind": kind, "admin": admin }))
                    .line(format!(
                        "Accredited {name} ({kind}) as organisation {id}, admin {admin}"
                    ))
                    .tx(&sent),
            )
        }
        OrgCommand::Suspend { org, reason } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting(
                    "Suspending",
                    client.suspend(org, parse::reason_hash(reason.as_deref())),
                )
                .await?;
            Ok(Outcome::new(json!({ "orgId": org, "suspended": true }))
                .line(format!(
                    "Organisation {org} suspended: its practitioners can neither read nor write"
                ))
                .tx(&sent))
        }
        OrgCommand::Reinstate { org } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out.waiting("Reinstating", client.reinstate(org)).await?;
            Ok(Outcome::new(json!({ "orgId": org, "suspended": false }))
                .line(format!("Organisation {org} reinstated"))
                .tx(&sent))
        }
        OrgCommand::EmergencyCapable { org, capable } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting("Updating", client.set_emergency_capable(org, capable))
                .await?;
            Ok(
                Outcome::new(json!({ "orgId": org, "emergencyCapable": capable }))
                    .line(format!(
                        "Organisation {org} {} open emergency access",
                        if capable { "may" } else { "may not" }
                    ))
                    .tx(&sent),
            )
        }
        OrgCommand::Endpoint { org, url } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting("Updating", client.set_endpoint(org, &url))
                .await?;
            Ok(Outcome::new(json!({ "orgId": org, "fhirEndpoint": url }))
                .line(format!("Organisation {org}'s FHIR endpoint is now {url}"))
                .tx(&sent))
        }
        OrgCommand::Practitioner(command) => practitioner(ctx, command, out).await,
        OrgCommand::TransferAdmin { org, new_admin } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting("Offering", client.transfer_admin(org, new_admin))
                .await?;
            Ok(Outcome::new(json!({ "orgId": org, "pendingAdmin": new_admin }))
                .line(format!(
                    "Offered organisation {org}'s admin role to {new_admin}; it takes effect when they accept"
                ))
                .tx(&sent))
        }
        OrgCommand::RecoverAdmin { org, new_admin } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting("Recovering", client.recover_admin(org, new_admin))
                .await?;
            Ok(Outcome::new(json!({ "orgId": org, "admin": new_admin }))
                .line(format!(
                    "{new_admin} is now organisation {org}'s admin; any offer the previous admin made is withdrawn"
                ))
                .tx(&sent))
        }
        OrgCommand::AcceptAdmin { org } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out.waiting("Accepting", client.accept_admin(org)).await?;
            Ok(
                Outcome::new(json!({ "orgId": org, "admin": ctx.sender()? }))
                    .line(format!("You are now organisation {org}'s admin"))
                    .tx(&sent),
            )
        }
        OrgCommand::Show { org } => {
            let client = ctx.client()?;
            existing_org(&client, org).await?;
            let json = show(&client, org).await?;
            let mut outcome = Outcome::new(json.clone());
            for (key, value) in json.as_object().into_iter().flatten() {
                outcome = outcome.line(format!("{key:<17} {}", plain(value)));
            }
            Ok(outcome)
        }
        OrgCommand::List => {
            let client = ctx.client()?;
            let count = client.organizations().organizationCount().call().await?;
            let mut list = Vec::new();
            let mut outcome = Outcome::default();
            outcome = outcome.line(format!(
                "{:>4}  {:<13} {:<10} {:<9} {}",
                "id", "kind", "status", "emergency", "admin"
            ));
            for id in 1..=count {
                let org = show(&client, id).await?;
                outcome = outcome.line(format!(
                    "{:>4}  {:<13} {:<10} {:<9} {}",
                    id,
                    plain(&org["kind"]),
                    if org["suspended"] == true {
                        "suspended"
                    } else {
                        "active"
                    },
                    if org["emergencyCapable"] == true {
                        "yes"
                    } else {
                        "no"
                    },
                    plain(&org["admin"])
                ));
                list.push(org);
            }
            outcome.json = json!({ "organizations": list });
            Ok(outcome)
        }
    }
}

async fn show(
    client: &consentry_sdk::client::Client<alloy::providers::DynProvider>,
    org: u32,
) -> eyre::Result<serde_json::Value> {
    let registry = client.organizations();
    let found = registry.organization(org).call().await?;
    let endpoint = registry.fhirEndpoint(org).call().await?;
    let pending = registry.pendingAdmin(org).call().await?;
    let kind = OrganizationKind::from_code(found.kind)
        .map(|k| k.to_string())
        .unwrap_or_else(|_| format!("kind {}", found.kind));
    Ok(json!({
        "orgId": org,
        "kind": kind,
        "admin": found.admin,
        "pendingAdmin": (!pending.is_zero()).then_some(pending),
        "suspended": found.suspended,
        "emergencyCapable": found.emergencyCapable,
        "accreditedAt": parse::show_time(found.accreditedAt.to::<u64>()),
        "fhirEndpoint": endpoint,
    }))
}

fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "-".into(),
        other => other.to_string(),
    }
}

async fn practitioner(
    ctx: &Context,
    command: PractitionerCommand,
    out: Output,
) -> eyre::Result<Outcome> {
    match command {
        PractitionerCommand::Add { org, account, role } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting("Adding", client.add_practitioner(org, account, role))
                .await?;
            Ok(
                Outcome::new(json!({ "orgId": org, "practitioner": account, "role": role }))
                    .line(format!("Added {account} to organisation {org} as {role}"))
                    .tx(&sent),
            )
        }
        PractitionerCommand::Remove { org, account } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting("Removing", client.remove_practitioner(org, account))
                .await?;
            Ok(
                Outcome::new(json!({ "orgId": org, "practitioner": account, "removed": true }))
                    .line(format!("Removed {account} from organisation {org}"))
                    .tx(&sent),
            )
        }
        PractitionerCommand::Show { account } => {
            let client = ctx.client()?;
            let found = client.organizations().practitioner(account).call().await?;
            if found.orgId == 0 {
                return Ok(
                    Outcome::new(json!({ "practitioner": account, "orgId": null }))
                        .line(format!("{account} is not on any organisation's roster")),
                );
            }
            let role = Role::from_code(found.role)
                .map(|r| r.to_string())
                .unwrap_or_else(|_| format!("role {}", found.role));
            Ok(
                Outcome::new(
                    json!({ "practitioner": account, "orgId": found.orgId, "role": role }),
                )
                .line(format!(
                    "{account} is a {role} of organisation {}",
                    found.orgId
                )),
            )
        }
    }
}
