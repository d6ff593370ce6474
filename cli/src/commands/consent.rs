//! `consentry consent ...`.

use std::path::Path;

use alloy::primitives::Address;
use consentry_sdk::{
    eip712::{self, GrantConsent, RevokeConsent, Signed},
    types::ConsentTerms,
    vocabulary::{ActionSet, CategorySet, EMERGENCY_DURATION, PurposeSet},
};
use eyre::WrapErr;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{existing_org, signing_client};
use crate::{
    cli::{ConsentCommand, TermsArgs},
    context::Context,
    output::{Outcome, Output},
    parse::show_time,
};

/// The file `consent sign` writes and `consent submit` reads.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum SignedFile {
    Grant(Signed<GrantConsent>),
    Revoke(Signed<RevokeConsent>),
}

fn terms(args: &TermsArgs, now: u64) -> eyre::Result<ConsentTerms> {
    let terms = ConsentTerms {
        categories: args.categories,
        purposes: args.purposes,
        actions: args.actions,
        valid_from: args.from.resolve(now),
        valid_until: args.until.resolve(now),
    };
    terms.validate(now)?;
    Ok(terms)
}

fn describe(terms: &ConsentTerms) -> String {
    format!(
        "{} for {} ({}), {} until {}",
        terms.categories,
        terms.purposes,
        terms.actions,
        show_time(terms.valid_from),
        show_time(terms.valid_until)
    )
}

fn terms_json(terms: &ConsentTerms) -> serde_json::Value {
    json!({
        "categories": terms.categories.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
        "purposes": terms.purposes.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
        "actions": terms.actions.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
        "validFrom": show_time(terms.valid_from),
        "validUntil": show_time(terms.valid_until),
    })
}

pub(crate) async fn run(
    ctx: &Context,
    command: ConsentCommand,
    out: Output,
) -> eyre::Result<Outcome> {
    match command {
        ConsentCommand::Grant {
            org,
            patient,
            terms: args,
        } => {
            let client = signing_client(ctx)?;
            let patient = patient.unwrap_or(ctx.sender()?);
            existing_org(&client, org).await?;
            let terms = terms(&args, ctx.now().await?)?;
            let sent = out
                .waiting("Granting", client.grant(patient, org, &terms))
                .await?;
            Ok(Outcome::new(
                json!({ "patient": patient, "orgId": org, "terms": terms_json(&terms) }),
            )
            .line(format!(
                "Organisation {org} may now access {patient}'s {}",
                describe(&terms)
            ))
            .tx(&sent))
        }
        ConsentCommand::Narrow {
            org,
            patient,
            terms: args,
        } => {
            let client = signing_client(ctx)?;
            let patient = patient.unwrap_or(ctx.sender()?);
            existing_org(&client, org).await?;
            let terms = terms(&args, ctx.now().await?)?;
            let sent = out
                .waiting("Narrowing", client.narrow(patient, org, &terms))
                .await?;
            Ok(Outcome::new(
                json!({ "patient": patient, "orgId": org, "terms": terms_json(&terms) }),
            )
            .line(format!(
                "Consent of {patient} to organisation {org} narrowed to {}",
                describe(&terms)
            ))
            .tx(&sent))
        }
        ConsentCommand::Extend {
            org,
            patient,
            until,
        } => {
            let client = signing_client(ctx)?;
            let patient = patient.unwrap_or(ctx.sender()?);
            existing_org(&client, org).await?;
            let until = until.resolve(ctx.now().await?);
            let sent = out
                .waiting("Extending", client.extend(patient, org, until))
                .await?;
            Ok(Outcome::new(
                json!({ "patient": patient, "orgId": org, "validUntil": show_time(until) }),
            )
            .line(format!(
                "Consent of {patient} to organisation {org} now runs until {}",
                show_time(until)
            ))
            .tx(&sent))
        }
        ConsentCommand::Revoke { org, patient } => {
            let client = signing_client(ctx)?;
            let patient = patient.unwrap_or(ctx.sender()?);
            existing_org(&client, org).await?;
            let sent = out.waiting("Revoking", client.revoke(patient, org)).await?;
            Ok(
                Outcome::new(json!({ "patient": patient, "orgId": org, "revoked": true }))
                    .line(format!(
                        "Revoked: organisation {org} holds no access to {patient}'s records any more"
                    ))
                    .tx(&sent),
            )
        }
        ConsentCommand::Sign {
            org,
            terms: args,
            deadline,
            output,
        } => {
            let client = ctx.client()?;
            let signer = ctx.signer()?;
            let patient = signer.address();
            existing_org(&client, org).await?;
            let now = ctx.now().await?;
            let terms = terms(&args, now)?;
            let nonce = client.nonce(patient, org).await?;
            let message = GrantConsent::new(patient, org, &terms, nonce, deadline.resolve(now));
            let domain = client.domain().await?;
            let signature = eip712::sign(signer, &message, &domain).await?;
            let signed = SignedFile::Grant(Signed {
                chain_id: ctx.chain_id,
                consent_registry: client.addresses().consents,
                domain_salt: domain.salt.unwrap_or_default(),
                message,
                signature,
            });
            write_signed(&signed, output.as_deref(), patient, org)
        }
        ConsentCommand::SignRevoke {
            org,
            deadline,
            output,
        } => {
            let client = ctx.client()?;
            let signer = ctx.signer()?;
            let patient = signer.address();
            existing_org(&client, org).await?;
            let now = ctx.now().await?;
            let nonce = client.nonce(patient, org).await?;
            let message = RevokeConsent::new(patient, org, nonce, deadline.resolve(now));
            let domain = client.domain().await?;
            let signature = eip712::sign(signer, &message, &domain).await?;
            let signed = SignedFile::Revoke(Signed {
                chain_id: ctx.chain_id,
                consent_registry: client.addresses().consents,
                domain_salt: domain.salt.unwrap_or_default(),
                message,
                signature,
            });
            write_signed(&signed, output.as_deref(), patient, org)
        }
        ConsentCommand::Submit { file } => submit(ctx, &file, out).await,
        ConsentCommand::Check {
            patient,
            org,
            category,
            purpose,
            action,
        } => {
            let client = ctx.client()?;
            existing_org(&client, org).await?;
            let basis = client
                .check_access(patient, org, category, purpose, action)
                .await?;
            let allowed = basis != consentry_sdk::vocabulary::Basis::None;
            Ok(Outcome::new(json!({
                "patient": patient, "orgId": org, "category": category, "purpose": purpose,
                "action": action, "allowed": allowed, "basis": basis,
            }))
            .line(if allowed {
                format!(
                    "Allowed: organisation {org} may {action} {patient}'s {category} records for {purpose} (basis: {basis})"
                )
            } else {
                format!(
                    "Refused: organisation {org} may not {action} {patient}'s {category} records for {purpose}"
                )
            }))
        }
        ConsentCommand::Show { patient, org } => {
            let client = ctx.client()?;
            existing_org(&client, org).await?;
            let consent = client.consents().consentOf(patient, org).call().await?;
            let now = ctx.now().await?;
            let terms = ConsentTerms {
                categories: CategorySet(consent.categories),
                purposes: PurposeSet(consent.purposes),
                actions: ActionSet(consent.actions),
                valid_from: consent.validFrom.to(),
                valid_until: consent.validUntil.to(),
            };
            let mut emergency_until: u64 = consent.emergencyUntil.to();
            if emergency_until > now {
                // An opt-out or a withdrawn capability ended every access opened up to it.
                let opened_at = emergency_until.saturating_sub(EMERGENCY_DURATION);
                let opted_out_at: u64 = client
                    .consents()
                    .emergencyPolicyOf(patient)
                    .call()
                    .await?
                    .optedOutAt
                    .to();
                let withdrawn_at: u64 = client
                    .consents()
                    .emergencyWithdrawnAt(org)
                    .call()
                    .await?
                    .to();
                if opened_at <= opted_out_at.max(withdrawn_at) {
                    emergency_until = 0;
                }
            }
            let emergency = (emergency_until > now).then(|| {
                json!({
                    "categories": CategorySet(consent.emergencyCategories).iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                    "until": show_time(emergency_until),
                })
            });
            let state = if terms.categories.is_empty() {
                "none"
            } else if terms.valid_until <= now {
                "expired"
            } else if terms.valid_from > now {
                "not yet valid"
            } else {
                "active"
            };
            let mut outcome = Outcome::new(json!({
                "patient": patient, "orgId": org, "state": state,
                "terms": (!terms.categories.is_empty()).then(|| terms_json(&terms)),
                "nonce": consent.nonce.to::<u64>(), "emergency": emergency,
            }));
            outcome = outcome.line(if terms.categories.is_empty() {
                format!("{patient} has no consent with organisation {org}")
            } else {
                format!(
                    "Consent of {patient} to organisation {org} ({state}): {}",
                    describe(&terms)
                )
            });
            if emergency_until > now {
                outcome = outcome.line(format!(
                    "Emergency access open until {}",
                    show_time(emergency_until)
                ));
            }
            Ok(outcome.line(format!("Next signature nonce: {}", consent.nonce)))
        }
    }
}

fn write_signed(
    signed: &SignedFile,
    output: Option<&Path>,
    patient: Address,
    org: u32,
) -> eyre::Result<Outcome> {
    let json = serde_json::to_value(signed)?;
    match output {
        Some(path) => {
            std::fs::write(path, serde_json::to_string_pretty(&json)? + "\n")
                .wrap_err_with(|| format!("writing {}", path.display()))?;
            Ok(Outcome::new(json!({ "written": path, "signed": json })).line(format!(
                "Signed by patient {patient} for organisation {org}; written to {} (anyone may submit it with `consentry consent submit`)",
                path.display()
            )))
        }
        // The signed JSON is the output, in both modes, so it can be piped to `submit -`.
        None => Ok(Outcome {
            human: vec![serde_json::to_string_pretty(&json)?],
            json,
        }),
    }
}

async fn submit(ctx: &Context, file: &Path, out: Output) -> eyre::Result<Outcome> {
    let text = super::read_input(file)?;
    let signed: SignedFile = serde_json::from_str(&text).map_err(|e| {
        eyre::eyre!(
            "{} is not a signed consent from `consentry consent sign` ({e})",
            file.display()
        )
    })?;
    let client = signing_client(ctx)?;
    let (chain_id, registry, salt, patient, org, nonce, deadline) = match &signed {
        SignedFile::Grant(s) => (
            s.chain_id,
            s.consent_registry,
            s.domain_salt,
            s.message.patient,
            s.message.orgId,
            s.message.nonce,
            s.message.deadline,
        ),
        SignedFile::Revoke(s) => (
            s.chain_id,
            s.consent_registry,
            s.domain_salt,
            s.message.patient,
            s.message.orgId,
            s.message.nonce,
            s.message.deadline,
        ),
    };
    if chain_id != ctx.chain_id {
        eyre::bail!(
            "the signature is for chain {chain_id}, but the node serves chain {}",
            ctx.chain_id
        );
    }
    if registry != client.addresses().consents {
        eyre::bail!(
            "the signature is for the consent registry at {registry}, not this deployment's {}",
            client.addresses().consents
        );
    }
    let domain = client.domain().await?;
    if Some(salt) != domain.salt {
        eyre::bail!(
            "the signature is for another network with chain id {chain_id}: its consent registry has the same address but was created with salt {salt}, this one with {}",
            domain.salt.unwrap_or_default()
        );
    }
    let current = client.nonce(patient, org).await?;
    if nonce != alloy::primitives::U256::from(current) {
        eyre::bail!(
            "the signature was already used or superseded: it carries nonce {nonce}, the patient's next decision for organisation {org} is nonce {current}"
        );
    }
    let now = ctx.now().await?;
    let deadline: u64 = deadline.saturating_to();
    if deadline < now {
        eyre::bail!(
            "the signature expired at {} (the chain's time is {})",
            show_time(deadline),
            show_time(now)
        );
    }
    let is_contract = !ctx.provider_code(patient).await?.is_empty();
    if !is_contract {
        let checked = match &signed {
            SignedFile::Grant(s) => eip712::verify(patient, &s.message, &domain, &s.signature),
            SignedFile::Revoke(s) => eip712::verify(patient, &s.message, &domain, &s.signature),
        };
        checked.map_err(|e| eyre::eyre!("the signature is not the patient's: {e}"))?;
    }
    match &signed {
        SignedFile::Grant(s) => {
            let sent = out.waiting("Submitting", client.submit_grant(s)).await?;
            let terms = s.message.terms();
            Ok(Outcome::new(json!({
                "patient": patient, "orgId": org, "kind": "grant", "terms": terms_json(&terms)
            }))
            .line(format!(
                "Submitted {patient}'s signed consent: organisation {org} may now access {}",
                describe(&terms)
            ))
            .tx(&sent))
        }
        SignedFile::Revoke(s) => {
            let sent = out.waiting("Submitting", client.submit_revoke(s)).await?;
            Ok(Outcome::new(json!({ "patient": patient, "orgId": org, "kind": "revoke" }))
                .line(format!(
                    "Submitted {patient}'s signed revocation: organisation {org} holds no access any more"
                ))
                .tx(&sent))
        }
    }
}
