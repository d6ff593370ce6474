//! `consentry delegate ...`, `consentry request ...`, `consentry emergency ...`.

use consentry_sdk::{
    types::ConsentTerms,
    vocabulary::{ActionSet, CategorySet, PurposeSet, RequestStatus},
};
use serde_json::json;

use super::{existing_org, signing_client};
use crate::{
    cli::{DelegateCommand, EmergencyCommand, RequestCommand},
    context::Context,
    output::{Outcome, Output, short},
    parse::{self, show_time},
};

pub(crate) async fn delegate(
    ctx: &Context,
    command: DelegateCommand,
    out: Output,
) -> eyre::Result<Outcome> {
    let client = signing_client(ctx)?;
    match command {
        DelegateCommand::Appoint {
            delegate,
            categories,
            purposes,
            actions,
            until,
        } => {
            let until = until.resolve(ctx.now().await?);
            let sent = out
                .waiting(
                    "Appointing",
                    client.appoint_delegate(delegate, categories, purposes, actions, until),
                )
                .await?;
            Ok(Outcome::new(json!({
                "patient": ctx.sender()?, "delegate": delegate,
                "categories": categories.to_string(), "purposes": purposes.to_string(),
                "actions": actions.to_string(), "until": show_time(until),
            }))
            .line(format!(
                "{delegate} may now decide on your {categories} records ({actions}, for {purposes}) until {}",
                show_time(until)
            ))
            .tx(&sent))
        }
        DelegateCommand::Remove { delegate, patient } => {
            let patient = patient.unwrap_or(ctx.sender()?);
            let sent = out
                .waiting("Removing", client.remove_delegate(patient, delegate))
                .await?;
            Ok(
                Outcome::new(json!({ "patient": patient, "delegate": delegate, "removed": true }))
                    .line(format!("{delegate} no longer acts for {patient}"))
                    .tx(&sent),
            )
        }
    }
}

pub(crate) async fn request(
    ctx: &Context,
    command: RequestCommand,
    out: Output,
) -> eyre::Result<Outcome> {
    match command {
        RequestCommand::Create {
            patient,
            categories,
            purposes,
            actions,
            duration,
            reason,
        } => {
            let client = signing_client(ctx)?;
            let terms = ConsentTerms {
                categories,
                purposes,
                actions,
                valid_from: 0,
                valid_until: 0,
            };
            let (id, sent) = out
                .waiting(
                    "Requesting",
                    client.request_access(
                        patient,
                        &terms,
                        duration.as_secs(),
                        parse::reason_hash(reason.as_deref()),
                    ),
                )
                .await?;
            Ok(Outcome::new(json!({ "requestId": id, "patient": patient }))
                .line(format!(
                    "Request {id}: asked {patient} for {categories} records for {purposes} ({actions}) for {}",
                    humantime::format_duration(duration)
                ))
                .tx(&sent))
        }
        RequestCommand::Approve { id } => {
            let client = signing_client(ctx)?;
            let sent = out.waiting("Approving", client.approve_request(id)).await?;
            Ok(
                Outcome::new(json!({ "requestId": id, "status": "approved" }))
                    .line(format!(
                        "Request {id} approved: the organisation now holds its scope"
                    ))
                    .tx(&sent),
            )
        }
        RequestCommand::Deny { id } => {
            let client = signing_client(ctx)?;
            let sent = out.waiting("Denying", client.deny_request(id)).await?;
            Ok(Outcome::new(json!({ "requestId": id, "status": "denied" }))
                .line(format!("Request {id} denied"))
                .tx(&sent))
        }
        RequestCommand::Cancel { id } => {
            let client = signing_client(ctx)?;
            let sent = out
                .waiting("Withdrawing", client.cancel_request(id))
                .await?;
            Ok(
                Outcome::new(json!({ "requestId": id, "status": "cancelled" }))
                    .line(format!("Request {id} withdrawn"))
                    .tx(&sent),
            )
        }
        RequestCommand::List { patient, org } => {
            let client = ctx.client()?;
            if let Some(org) = org {
                existing_org(&client, org).await?;
            }
            let start = ctx.manifest()?.start_block().unwrap_or_default();
            let consents = client.consents();
            let mut filter = consents.AccessRequested_filter().from_block(start);
            if let Some(patient) = patient {
                filter = filter.topic2(patient.into_word());
            }
            if let Some(org) = org {
                filter = filter.topic3(alloy::primitives::B256::from(
                    alloy::primitives::U256::from(org),
                ));
            }
            let now = ctx.now().await?;
            let mut rows = Vec::new();
            let mut outcome = Outcome::default().line(format!(
                "{:>5}  {:<11} {:>4}  {:<13} {:<28} {}",
                "id", "patient", "org", "status", "categories", "expires"
            ));
            for (event, _) in filter.query().await? {
                let request = consents.accessRequest(event.requestId).call().await?;
                let expires: u64 = request.expiresAt.to();
                let status = match RequestStatus::from_code(request.status) {
                    Ok(RequestStatus::Pending) if expires <= now => "expired".to_owned(),
                    Ok(status) => status.to_string(),
                    Err(_) => format!("status {}", request.status),
                };
                let categories = CategorySet(request.categories);
                outcome = outcome.line(format!(
                    "{:>5}  {:<11} {:>4}  {:<13} {:<28} {}",
                    event.requestId,
                    short(request.patient),
                    request.orgId,
                    status,
                    categories.to_string(),
                    show_time(expires)
                ));
                rows.push(json!({
                    "requestId": event.requestId,
                    "patient": request.patient,
                    "orgId": request.orgId,
                    "practitioner": event.practitioner,
                    "status": status,
                    "categories": categories.to_string(),
                    "purposes": PurposeSet(request.purposes).to_string(),
                    "actions": ActionSet(request.actions).to_string(),
                    "durationSeconds": request.duration.to::<u64>(),
                    "expiresAt": show_time(expires),
                }));
            }
            if rows.is_empty() {
                outcome.human = vec!["No access requests".into()];
            }
            outcome.json = json!({ "requests": rows });
            Ok(outcome)
        }
    }
}

pub(crate) async fn emergency(
    ctx: &Context,
    command: EmergencyCommand,
    out: Output,
) -> eyre::Result<Outcome> {
    let client = signing_client(ctx)?;
    match command {
        EmergencyCommand::Open {
            patient,
            reason,
            justification,
        } => {
            let sent = out
                .waiting(
                    "Opening emergency access",
                    client.open_emergency(
                        patient,
                        reason,
                        parse::reason_hash(justification.as_deref()),
                    ),
                )
                .await?;
            let opened = sent.events.iter().find_map(|event| match event {
                consentry_sdk::events::ConsentryEvent::Consents(
                    consentry_sdk::bindings::consent_registry::ConsentRegistry::ConsentRegistryEvents::EmergencyAccessOpened(e),
                ) => Some((e.orgId, CategorySet(e.categories), e.expiresAt.to::<u64>())),
                _ => None,
            });
            let (org, categories, until) = opened.unwrap_or_default();
            Ok(Outcome::new(json!({
                "patient": patient, "orgId": org, "reason": reason,
                "categories": categories.to_string(), "until": show_time(until),
            }))
            .line(format!(
                "Emergency access for organisation {org} to {patient}'s {categories} records until {} (the patient is told)",
                show_time(until)
            ))
            .tx(&sent))
        }
        EmergencyCommand::Close { patient, org } => {
            existing_org(&client, org).await?;
            let sent = out
                .waiting("Closing", client.close_emergency(patient, org))
                .await?;
            Ok(
                Outcome::new(json!({ "patient": patient, "orgId": org, "closed": true }))
                    .line(format!(
                        "Emergency access of organisation {org} to {patient} closed"
                    ))
                    .tx(&sent),
            )
        }
        EmergencyCommand::Policy {
            opt_out,
            allow_restricted,
        } => {
            let restricted = allow_restricted.unwrap_or(CategorySet::EMPTY);
            let sent = out
                .waiting(
                    "Setting policy",
                    client.set_emergency_policy(opt_out, restricted),
                )
                .await?;
            Ok(Outcome::new(json!({
                "patient": ctx.sender()?, "optedOut": opt_out,
                "allowedRestricted": restricted.to_string(),
            }))
            .line(if opt_out {
                "You opted out of emergency access".to_owned()
            } else if restricted.is_empty() {
                "Emergency access may open your standard categories only".to_owned()
            } else {
                format!("Emergency access may open your standard categories and {restricted}")
            })
            .tx(&sent))
        }
    }
}
