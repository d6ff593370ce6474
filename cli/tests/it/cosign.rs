//! The workflow the product was drawn from (issue 24), through the real `consentry` binary on a
//! real anvil: a CT report at St Mary's must be signed by the head of radiology, the referring
//! specialist at another organisation and the patient (who signs without gas) before it counts;
//! another is rejected, a third expires.

use alloy::providers::ext::AnvilApi;

use crate::common::{Chain, path_str};

const AUTHORITY: usize = 0;
const HOSPITAL_ADMIN: usize = 1;
const CLINIC_ADMIN: usize = 2;
const RADIOLOGIST: usize = 3;
const HEAD_OF_RADIOLOGY: usize = 4;
const SPECIALIST: usize = 5;
const PATIENT: usize = 6;
const RELAYER: usize = 7;

const HOSPITAL: &str = "1";
const CLINIC: &str = "2";

/// The id `record add` printed on its first line ("Record 0x…").
fn record_of(stdout: &str) -> String {
    stdout
        .lines()
        .find_map(|line| line.strip_prefix("Record "))
        .expect("the record id")
        .trim()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_ct_report_counts_only_once_every_co_signer_signed() {
    let chain = Chain::start(&[]);
    let a = |i: usize| chain.address(i).to_string();
    let patient = a(PATIENT);
    let specialist = a(SPECIALIST);
    chain.run(Some(AUTHORITY), &["deploy"]).ok();
    for (name, kind, admin) in [
        ("St Mary's Hospital", "hospital", HOSPITAL_ADMIN),
        ("Corner Clinic", "clinic", CLINIC_ADMIN),
    ] {
        let admin = a(admin);
        chain
            .run(
                Some(AUTHORITY),
                &[
                    "org",
                    "accredit",
                    "--name",
                    name,
                    "--kind",
                    kind,
                    "--admin",
                    &admin,
                    "--fhir-endpoint",
                    "https://fhir.example/r4",
                ],
            )
            .ok();
    }
    for (admin, org, who, role) in [
        (HOSPITAL_ADMIN, HOSPITAL, RADIOLOGIST, "physician"),
        (
            HOSPITAL_ADMIN,
            HOSPITAL,
            HEAD_OF_RADIOLOGY,
            "head_of_department",
        ),
        (CLINIC_ADMIN, CLINIC, SPECIALIST, "physician"),
    ] {
        chain
            .run(
                Some(admin),
                &["org", "practitioner", "add", org, &a(who), "--role", role],
            )
            .ok();
    }
    chain
        .run(
            Some(PATIENT),
            &[
                "consent",
                "grant",
                HOSPITAL,
                "--categories",
                "imaging",
                "--actions",
                "read,write",
                "--until",
                "365d",
            ],
        )
        .ok();

    // St Mary's admin sets the imaging policy; only the admin may.
    let policy = [
        "record",
        "policy",
        "set",
        "--org",
        HOSPITAL,
        "--category",
        "imaging",
        "--signers",
        "head_of_department,specialist,patient",
        "--max-wait",
        "14d",
    ];
    chain
        .run(Some(RADIOLOGIST), &policy)
        .fails(1, "is not the admin of organisation 1");
    let set = chain.run(Some(HOSPITAL_ADMIN), &policy).ok().stdout;
    assert!(
        set.contains("imaging records now need the head of department, the specialist, the patient within 14days (policy version 1)"),
        "{set}"
    );
    let shown = chain
        .run(
            None,
            &[
                "record",
                "policy",
                "show",
                "--org",
                HOSPITAL,
                "--category",
                "imaging",
                "--fhir-type",
                "DiagnosticReport",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(
        shown["signers"],
        serde_json::json!(["head_of_department", "specialist", "patient"])
    );

    // The radiologist adds the CT report naming the referring specialist: pending.
    let report = chain.write("ct-report.json", r#"{"resourceType":"DiagnosticReport"}"#);
    let add = |file: &str, specialist: Option<&str>| {
        let mut args = vec![
            "record",
            "add",
            file,
            "--patient",
            &patient,
            "--category",
            "imaging",
            "--fhir-type",
            "DiagnosticReport",
        ];
        if let Some(specialist) = specialist {
            args.extend(["--specialist", specialist]);
        }
        chain.run(Some(RADIOLOGIST), &args)
    };
    add(path_str(&report), None).fails(1, "needs a specialist named on the record");
    let added = add(path_str(&report), Some(&specialist)).ok().stdout;
    assert!(added.contains("  pending until "), "{added}");
    assert!(
        added.contains(&format!(
            "UTC: awaiting the head of department, {specialist} (specialist), the patient"
        )),
        "{added}"
    );
    let id = record_of(&added);

    // Until the last signature it is no basis and vouches for nothing.
    chain
        .run(Some(RADIOLOGIST), &["record", "log-access", &patient, &id])
        .fails(1, "only current and superseded records are read");
    chain
        .run(None, &["record", "verify", path_str(&report), &id])
        .fails(1, "is awaiting signatures");

    // Refusals, each with its own words.
    let sign =
        |who: usize, kind: &str| chain.run(Some(who), &["record", "sign", &id, "--as", kind]);
    sign(HEAD_OF_RADIOLOGY, "specialist").fails(1, "may not sign record");
    sign(RADIOLOGIST, "head_of_department").fails(1, "as the head of department");
    sign(HOSPITAL_ADMIN, "authority")
        .fails(1, "does not await a signature of the organisation admin");

    // The head of radiology signs; then the patient, without gas: the relayer submits.
    let signed = sign(HEAD_OF_RADIOLOGY, "head_of_department").ok().stdout;
    assert!(
        signed.contains(&format!("awaiting {specialist} (specialist), the patient")),
        "{signed}"
    );
    sign(HEAD_OF_RADIOLOGY, "head_of_department")
        .fails(1, "does not await a signature of the head of department");
    let patient_signature = chain.path("patient-signature.json");
    let before = chain.nonce(chain.address(PATIENT)).await;
    chain
        .run(
            Some(PATIENT),
            &[
                "record",
                "sign",
                &id,
                "--as",
                "patient",
                "--offline",
                "--output",
                path_str(&patient_signature),
            ],
        )
        .ok();
    let submitted = chain
        .run(
            Some(RELAYER),
            &["record", "submit", path_str(&patient_signature), "--json"],
        )
        .ok()
        .json();
    assert_eq!(submitted["signer"], patient.to_lowercase());
    assert_eq!(submitted["status"], "pending");
    assert_eq!(submitted["awaiting"], serde_json::json!(["specialist"]));
    assert_eq!(
        chain.nonce(chain.address(PATIENT)).await,
        before,
        "the patient sent nothing"
    );
    chain
        .run(
            Some(RELAYER),
            &["record", "submit", path_str(&patient_signature)],
        )
        .fails(1, "does not await a signature of the patient");

    // The specialist's is the last: the report is current, and now vouches for its content.
    let last = sign(SPECIALIST, "specialist").ok().stdout;
    assert!(last.contains("the record is current"), "{last}");
    chain
        .run(None, &["record", "verify", path_str(&report), &id])
        .ok();
    let shown = chain.run(None, &["record", "show", &id]).ok().stdout;
    assert!(shown.contains("status       current"), "{shown}");
    assert!(
        shown.contains("co-signing   required head_of_department,specialist,patient; signed head_of_department,specialist,patient"),
        "{shown}"
    );
    chain
        .run(Some(RADIOLOGIST), &["record", "log-access", &patient, &id])
        .ok();

    // A second report: the patient rejects it, which is final.
    let second = chain.write(
        "ct-report-2.json",
        r#"{"resourceType":"DiagnosticReport","n":2}"#,
    );
    let second_id = record_of(&add(path_str(&second), Some(&specialist)).ok().stdout);
    let rejected = chain
        .run(
            Some(PATIENT),
            &[
                "record",
                "reject",
                &second_id,
                "--as",
                "patient",
                "--reason",
                "this is not my scan",
            ],
        )
        .ok()
        .stdout;
    assert!(rejected.contains("it will never count"), "{rejected}");
    chain
        .run(
            Some(HEAD_OF_RADIOLOGY),
            &["record", "sign", &second_id, "--as", "head_of_department"],
        )
        .fails(1, "is rejected, not awaiting signatures");

    // A third waits past its 14 days: anyone marks it expired.
    let third = chain.write(
        "ct-report-3.json",
        r#"{"resourceType":"DiagnosticReport","n":3}"#,
    );
    let third_id = record_of(&add(path_str(&third), Some(&specialist)).ok().stdout);
    chain
        .run(Some(RELAYER), &["record", "expire", &third_id])
        .fails(1, "has not expired");
    chain
        .provider
        .anvil_increase_time(14 * 86_400)
        .await
        .unwrap();
    chain.provider.anvil_mine(Some(1), None).await.unwrap();
    chain
        .run(
            Some(SPECIALIST),
            &["record", "sign", &third_id, "--as", "specialist"],
        )
        .fails(1, "without every signature: it takes no more");
    let expired = chain
        .run(Some(RELAYER), &["record", "expire", &third_id])
        .ok()
        .stdout;
    assert!(expired.contains("expired"), "{expired}");
}
