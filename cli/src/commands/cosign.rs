//! `consentry record policy|sign|reject|submit|expire`: co-signed records (issue 24).

use std::path::Path;

use alloy::primitives::{Address, B256};
use consentry_sdk::{
    bindings::record_registry::RecordRegistry,
    client::Sent,
    eip712::{self, SignRecord, SignedDecision},
    vocabulary::{Category, Cosigner, CosignerSet, FhirResourceType, RecordStatus},
};
use eyre::WrapErr;
use serde_json::json;

use super::{existing_org, signing_client};
use crate::{
    cli::PolicyCommand,
    context::Context,
    output::{Outcome, Output},
    parse::{self, When, plain_time},
};

/// Who a record still awaits, in words: "the head of department, 0xab… (specialist), the
/// patient".
pub(crate) fn awaited_words(awaited: CosignerSet, specialist: Address) -> String {
    let words: Vec<String> = awaited
        .iter()
        .map(|kind| match kind {
            Cosigner::Specialist if !specialist.is_zero() => format!("{specialist} (specialist)"),
            Cosigner::HeadOfDepartment => "the head of department".to_owned(),
            Cosigner::Patient => "the patient".to_owned(),
            Cosigner::Authority => "the organisation's admin".to_owned(),
            Cosigner::Specialist => "the specialist".to_owned(),
        })
        .collect();
    words.join(", ")
}

/// "pending until 21 Dec 2026 14:00 UTC: awaiting …" for a record just added under a policy.
pub(crate) fn pending_line(pending: &RecordRegistry::RecordPending) -> String {
    format!(
        "  pending until {}: awaiting {}",
        plain_time(pending.deadline.to()),
        awaited_words(CosignerSet(pending.required), pending.specialist)
    )
}

pub(crate) async fn policy(
    ctx: &Context,
    command: PolicyCommand,
    out: Output,
) -> eyre::Result<Outcome> {
    match command {
        PolicyCommand::Set {
            org,
            category,
            fhir_type,
            signers,
            max_wait,
        } => {
            if signers.is_empty() {
                eyre::bail!(
                    "name who must sign (--signers head_of_department,specialist,patient,authority); `record policy remove` removes a policy"
                );
            }
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting(
                    "Setting the policy",
                    client.set_cosign_policy(org, category, fhir_type, signers, max_wait.as_secs()),
                )
                .await?;
            let version = policy_version(&sent).unwrap_or_default();
            let scope = scope_words(category, fhir_type);
            Ok(Outcome::new(json!({
                "orgId": org, "category": category, "fhirType": fhir_type,
                "signers": signers, "maxWaitSeconds": max_wait.as_secs(), "version": version,
            }))
            .line(format!(
                "Organisation {org}'s {scope} now need {} within {} (policy version {version})",
                awaited_words(signers, Address::ZERO),
                humantime::format_duration(max_wait)
            ))
            .line("  records already pending keep the policy they were added under")
            .tx(&sent))
        }
        PolicyCommand::Remove {
            org,
            category,
            fhir_type,
        } => {
            let client = signing_client(ctx)?;
            existing_org(&client, org).await?;
            let sent = out
                .waiting(
                    "Removing the policy",
                    client.set_cosign_policy(org, category, fhir_type, CosignerSet::EMPTY, 0),
                )
                .await?;
            let scope = scope_words(category, fhir_type);
            Ok(Outcome::new(json!({
                "orgId": org, "category": category, "fhirType": fhir_type,
                "signers": CosignerSet::EMPTY, "version": policy_version(&sent),
            }))
            .line(format!(
                "Organisation {org}'s {scope} need no co-signatures any more"
            ))
            .line("  records already pending keep the policy they were added under")
            .tx(&sent))
        }
        PolicyCommand::Show {
            org,
            category,
            fhir_type,
        } => {
            let client = ctx.client()?;
            existing_org(&client, org).await?;
            let policy = client.cosign_policy(org, category, fhir_type).await?;
            let signers = CosignerSet(policy.signers);
            let json = json!({
                "orgId": org, "category": category, "fhirType": fhir_type,
                "signers": signers, "maxWaitSeconds": policy.maxWait.to::<u64>(),
                "version": policy.version,
            });
            let line = if signers.is_empty() {
                format!(
                    "Organisation {org} adds {category} records of type {fhir_type} current at once: no co-signing policy"
                )
            } else {
                format!(
                    "Organisation {org}'s {category} records of type {fhir_type} need {} within {} (policy version {})",
                    awaited_words(signers, Address::ZERO),
                    humantime::format_duration(std::time::Duration::from_secs(policy.maxWait.to())),
                    policy.version
                )
            };
            Ok(Outcome::new(json).line(line))
        }
    }
}

fn scope_words(category: Category, fhir_type: Option<FhirResourceType>) -> String {
    match fhir_type {
        None => format!("{category} records"),
        Some(t) => format!("{category} records of type {t}"),
    }
}

fn policy_version(sent: &Sent) -> Option<u32> {
    sent.events.iter().find_map(|event| match event {
        consentry_sdk::events::ConsentryEvent::Records(
            RecordRegistry::RecordRegistryEvents::CosignPolicySet(e),
        ) => Some(e.version),
        _ => None,
    })
}

/// What a signature did: "pending: still awaiting …", or "current".
async fn after_signing(
    ctx: &Context,
    id: B256,
    kind: Cosigner,
    signer: Address,
    sent: &Sent,
) -> eyre::Result<Outcome> {
    let client = ctx.client()?;
    let record = client.records().recordOf(id).call().await?;
    let pending = client.pending(id).await?;
    let status = RecordStatus::from_code(record.status).unwrap_or(RecordStatus::Pending);
    let awaited = CosignerSet(pending.required & !pending.signed);
    let mut outcome = Outcome::new(json!({
        "recordId": id, "signedAs": kind, "signer": signer, "status": status,
        "awaiting": awaited,
    }))
    .line(format!(
        "Signed record {id} as the {}",
        kind.display().to_lowercase()
    ));
    outcome = match status {
        RecordStatus::Current => outcome.line("  every signature is in: the record is current"),
        RecordStatus::Rejected => outcome.line(
            "  it was the last signature, but the version it replaces stopped being current meanwhile: the record is rejected",
        ),
        _ => outcome.line(format!(
            "  still pending until {}: awaiting {}",
            plain_time(pending.deadline.to()),
            awaited_words(awaited, pending.specialist)
        )),
    };
    Ok(outcome.tx(sent))
}

pub(crate) async fn sign(
    ctx: &Context,
    id: B256,
    kind: Cosigner,
    offline: bool,
    deadline: When,
    output: Option<&Path>,
    out: Output,
) -> eyre::Result<Outcome> {
    if offline {
        let client = ctx.client()?;
        let signer = ctx.signer()?;
        let now = ctx.now().await?;
        let message = SignRecord::new(id, kind, deadline.resolve(now));
        let domain = client.record_domain().await?;
        let signature = eip712::sign(signer, &message, &domain).await?;
        let signed = SignedDecision {
            chain_id: ctx.chain_id,
            record_registry: client.addresses().records,
            domain_salt: domain.salt.unwrap_or_default(),
            signer: signer.address(),
            message,
            signature,
        };
        let text = serde_json::to_string_pretty(&signed)?;
        let json = serde_json::to_value(&signed)?;
        return Ok(match output {
            Some(path) => {
                std::fs::write(path, &text)
                    .wrap_err_with(|| format!("writing {}", path.display()))?;
                Outcome::new(json).line(format!(
                    "Signed record {id} as the {} off chain; anyone can submit {} with `consentry record submit`",
                    kind.display().to_lowercase(),
                    path.display()
                ))
            }
            None => Outcome::new(json).line(text),
        });
    }
    let client = signing_client(ctx)?;
    let sent = out.waiting("Signing", client.sign_record(id, kind)).await?;
    after_signing(ctx, id, kind, ctx.sender()?, &sent).await
}

pub(crate) async fn submit(ctx: &Context, file: &Path, out: Output) -> eyre::Result<Outcome> {
    let text = super::read_input(file)?;
    let signed: SignedDecision<SignRecord> = serde_json::from_str(&text).map_err(|e| {
        eyre::eyre!(
            "{} is not a signature from `consentry record sign --offline` ({e})",
            file.display()
        )
    })?;
    if signed.chain_id != ctx.chain_id {
        eyre::bail!(
            "the signature is for chain {}, but the node serves chain {}",
            signed.chain_id,
            ctx.chain_id
        );
    }
    let client = signing_client(ctx)?;
    if signed.record_registry != client.addresses().records {
        eyre::bail!(
            "the signature is for the record registry at {}, not this deployment's ({})",
            signed.record_registry,
            client.addresses().records
        );
    }
    let kind = Cosigner::from_code(signed.message.kind)?;
    let sent = out
        .waiting("Submitting", client.submit_record_signature(&signed))
        .await?;
    after_signing(ctx, signed.message.recordId, kind, signed.signer, &sent).await
}

pub(crate) async fn reject(
    ctx: &Context,
    id: B256,
    kind: Cosigner,
    reason: Option<&str>,
    out: Output,
) -> eyre::Result<Outcome> {
    let client = signing_client(ctx)?;
    let reason_hash = parse::reason_hash(reason);
    let sent = out
        .waiting("Rejecting", client.reject_record(id, kind, reason_hash))
        .await?;
    Ok(Outcome::new(json!({
        "recordId": id, "rejectedAs": kind, "reasonHash": reason_hash, "status": RecordStatus::Rejected,
    }))
    .line(format!(
        "Rejected record {id} as the {}: it will never count",
        kind.display().to_lowercase()
    ))
    .tx(&sent))
}

pub(crate) async fn expire(ctx: &Context, id: B256, out: Output) -> eyre::Result<Outcome> {
    let client = signing_client(ctx)?;
    let sent = out.waiting("Expiring", client.expire_record(id)).await?;
    Ok(
        Outcome::new(json!({ "recordId": id, "status": RecordStatus::Expired }))
            .line(format!(
                "Record {id} expired: its signatures did not all come in time"
            ))
            .tx(&sent),
    )
}
