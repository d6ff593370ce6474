//! `consentry record ...`.

use std::path::Path;

use alloy::primitives::B256;
use consentry_sdk::{
    client::{NewRecord, content_hash},
    vocabulary::{Category, CosignerSet, FhirResourceType, RecordStatus},
};
use eyre::WrapErr;
use serde_json::json;

use super::{cosign, signing_client};
use crate::{
    cli::RecordCommand,
    context::Context,
    output::{Outcome, Output},
    parse::{plain_time, show_time},
};

fn hash_file(path: &Path) -> eyre::Result<B256> {
    let content = std::fs::read(path).wrap_err_with(|| format!("reading {}", path.display()))?;
    Ok(content_hash(&content))
}

pub(crate) async fn run(
    ctx: &Context,
    command: RecordCommand,
    out: Output,
) -> eyre::Result<Outcome> {
    match command {
        RecordCommand::Add {
            file,
            patient,
            category,
            fhir_type,
            purpose,
            supersedes,
            specialist,
        } => {
            let client = signing_client(ctx)?;
            let hash = hash_file(&file)?;
            let record = NewRecord {
                patient,
                category,
                fhir_type,
                content_hash: hash,
                supersedes,
                purpose,
                specialist,
            };
            let (id, sent) = out.waiting("Adding", client.add_record(&record)).await?;
            let pending = sent.pending();
            let mut outcome = Outcome::new(json!({
                "recordId": id, "patient": patient, "category": category,
                "fhirType": fhir_type, "sha256": hash, "supersedes": supersedes,
                "status": if pending.is_some() { RecordStatus::Pending } else { RecordStatus::Current },
                "pendingUntil": pending.map(|p| show_time(p.deadline.to())),
                "awaiting": pending.map(|p| CosignerSet(p.required)),
                "specialist": specialist,
            }))
            .line(format!("Record {id}"))
            .line(format!(
                "  {} ({category}, {fhir_type}) sha256 {hash}",
                file.display()
            ));
            if let Some(old) = supersedes {
                outcome = outcome.line(format!(
                    "  {} {old}",
                    if pending.is_some() {
                        "to supersede, once signed,"
                    } else {
                        "supersedes"
                    }
                ));
            }
            if let Some(pending) = pending {
                outcome = outcome.line(cosign::pending_line(pending));
            }
            Ok(outcome.tx(&sent))
        }
        RecordCommand::Verify { file, id } => {
            let client = ctx.client()?;
            let hash = hash_file(&file)?;
            let record = client.records().recordOf(id).call().await?;
            if record.patient.is_zero() {
                eyre::bail!("no record {id} on chain");
            }
            match RecordStatus::from_code(record.status) {
                Ok(RecordStatus::EnteredInError) => eyre::bail!(
                    "record {id} was marked entered in error by its author: it vouches for no content, {} included",
                    file.display()
                ),
                Ok(
                    status @ (RecordStatus::Pending
                    | RecordStatus::Rejected
                    | RecordStatus::Expired),
                ) => {
                    eyre::bail!(
                        "record {id} is {}: only a record every co-signer signed vouches for content, {} included",
                        status.display(),
                        file.display()
                    )
                }
                _ => {}
            }
            if !client.verify_content(id, hash).await? {
                eyre::bail!(
                    "{} does NOT match record {id}: its SHA-256 {hash} is not the one the record was added with",
                    file.display()
                );
            }
            let status = status(record.status);
            Ok(Outcome::new(
                json!({ "recordId": id, "matches": true, "sha256": hash, "status": status }),
            )
            .line(format!(
                "{} matches record {id} (status: {status})",
                file.display()
            )))
        }
        RecordCommand::Policy(command) => cosign::policy(ctx, command, out).await,
        RecordCommand::Sign {
            id,
            kind,
            offline,
            deadline,
            output,
        } => cosign::sign(ctx, id, kind, offline, deadline, output.as_deref(), out).await,
        RecordCommand::Reject { id, kind, reason } => {
            cosign::reject(ctx, id, kind, reason.as_deref(), out).await
        }
        RecordCommand::Submit { file } => cosign::submit(ctx, &file, out).await,
        RecordCommand::Expire { id } => cosign::expire(ctx, id, out).await,
        RecordCommand::Retract { id } => {
            let client = signing_client(ctx)?;
            let sent = out.waiting("Retracting", client.retract_record(id)).await?;
            Ok(
                Outcome::new(json!({ "recordId": id, "status": "entered-in-error" }))
                    .line(format!("Record {id} marked entered-in-error"))
                    .tx(&sent),
            )
        }
        RecordCommand::LogAccess {
            patient,
            ids,
            purpose,
        } => {
            let client = signing_client(ctx)?;
            let count = ids.len();
            let sent = out
                .waiting("Logging", client.log_access(patient, ids.clone(), purpose))
                .await?;
            Ok(
                Outcome::new(json!({ "patient": patient, "recordIds": ids, "purpose": purpose }))
                    .line(format!(
                        "Logged {count} read receipt{} for {patient}'s records ({purpose})",
                        if count == 1 { "" } else { "s" }
                    ))
                    .tx(&sent),
            )
        }
        RecordCommand::Show { id } => {
            let client = ctx.client()?;
            let records = client.records();
            let record = records.recordOf(id).call().await?;
            if record.patient.is_zero() {
                eyre::bail!("no record {id} on chain");
            }
            let predecessor = records.predecessorOf(id).call().await?;
            let locator = records.locatorOf(id).call().await?;
            let category = Category::from_code(record.category)
                .map(|c| c.to_string())
                .unwrap_or_else(|_| record.category.to_string());
            let fhir_type = FhirResourceType::from_code(record.fhirType)
                .map(|t| t.to_string())
                .unwrap_or_else(|_| record.fhirType.to_string());
            let status = status(record.status);
            let json = json!({
                "recordId": id, "patient": record.patient, "authorOrg": record.authorOrg,
                "category": category, "fhirType": fhir_type, "status": status,
                "createdAt": show_time(record.createdAt.to()),
                "supersedes": (!predecessor.is_zero()).then_some(predecessor),
                "fhirEndpoint": locator.fhirEndpoint,
            });
            let mut outcome = Outcome::new(json)
                .line(format!("Record {id}"))
                .line(format!("  patient      {}", record.patient))
                .line(format!("  author       organisation {}", record.authorOrg))
                .line(format!("  type         {category}, {fhir_type}"))
                .line(format!("  status       {status}"))
                .line(format!(
                    "  created      {}",
                    show_time(record.createdAt.to())
                ))
                .line(format!("  held at      {}", locator.fhirEndpoint));
            if !predecessor.is_zero() {
                outcome = outcome.line(format!("  supersedes   {predecessor}"));
            }
            let pending = client.pending(id).await?;
            if pending.required != 0 {
                let signed = CosignerSet(pending.signed);
                let awaited = CosignerSet(pending.required & !pending.signed);
                outcome = outcome.line(format!(
                    "  co-signing   required {}; signed {}",
                    CosignerSet(pending.required),
                    if signed.is_empty() {
                        "by no one yet".to_owned()
                    } else {
                        signed.to_string()
                    }
                ));
                if record.status == RecordStatus::Pending.code() {
                    outcome = outcome.line(format!(
                        "  awaiting     {} until {}",
                        cosign::awaited_words(awaited, pending.specialist),
                        plain_time(pending.deadline.to())
                    ));
                }
            }
            Ok(outcome)
        }
    }
}

fn status(code: u8) -> String {
    RecordStatus::from_code(code)
        .map(|s| s.to_string())
        .unwrap_or_else(|_| format!("status {code}"))
}
