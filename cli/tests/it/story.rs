//! A full clinical story through the real `consentry` binary on a real anvil, as the people in
//! it would type it.
//!
//! Longer than 600 lines: one story, told in order; its acts depend on the ones before.

use crate::common::{Chain, path_str, record_id};
use alloy::providers::Provider;

// anvil's accounts, by who holds them in the story.
const AUTHORITY: usize = 0;
const HOSPITAL_ADMIN: usize = 1;
const LAB_ADMIN: usize = 2;
const DOCTOR: usize = 3;
const LAB_SCIENTIST: usize = 4;
const PATIENT: usize = 5;
const PATIENT_2: usize = 6;
const CLINIC_ADMIN: usize = 7;
const CLINIC_DOCTOR: usize = 8;

const HOSPITAL: &str = "1";
const LAB: &str = "2";
const CLINIC: &str = "3";

#[tokio::test(flavor = "multi_thread")]
async fn a_clinical_story_from_accreditation_to_revocation() {
    let chain = Chain::start(&[]);
    let a = |i: usize| chain.address(i).to_string();
    let (patient, patient_2) = (a(PATIENT), a(PATIENT_2));
    chain.run(Some(AUTHORITY), &["deploy"]).ok();

    // The health authority accredits a hospital (emergency-capable), a lab and a clinic.
    for (name, kind, admin, capable, expected_id) in [
        (
            "St Mary's Hospital",
            "hospital",
            HOSPITAL_ADMIN,
            true,
            HOSPITAL,
        ),
        ("City Laboratory", "laboratory", LAB_ADMIN, false, LAB),
        ("Corner Clinic", "clinic", CLINIC_ADMIN, false, CLINIC),
    ] {
        let admin = a(admin);
        let mut args = vec![
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
            "--json",
        ];
        if capable {
            args.push("--emergency-capable");
        }
        let accredited = chain.run(Some(AUTHORITY), &args).ok().json();
        assert_eq!(accredited["orgId"].to_string(), expected_id);
    }
    let list = chain.run(None, &["org", "list"]).ok().stdout;
    assert_eq!(
        list.lines().count(),
        4,
        "a header and three organisations:\n{list}"
    );

    // Admins put their practitioners on the rosters.
    for (admin, org, who, role) in [
        (HOSPITAL_ADMIN, HOSPITAL, DOCTOR, "physician"),
        (LAB_ADMIN, LAB, LAB_SCIENTIST, "lab_scientist"),
        (CLINIC_ADMIN, CLINIC, CLINIC_DOCTOR, "physician"),
    ] {
        chain
            .run(
                Some(admin),
                &["org", "practitioner", "add", org, &a(who), "--role", role],
            )
            .ok();
    }
    // An admin cannot staff another organisation.
    chain
        .run(
            Some(LAB_ADMIN),
            &[
                "org",
                "practitioner",
                "add",
                HOSPITAL,
                &a(9),
                "--role",
                "nurse",
            ],
        )
        .fails(1, "is not the admin of organisation 1");

    // The patient signs a consent on their own device; the hospital submits it.
    let signed = chain.path("consent.json");
    chain
        .run(
            Some(PATIENT),
            &[
                "consent",
                "sign",
                HOSPITAL,
                "--categories",
                "laboratory,conditions,clinical_notes",
                "--purposes",
                "TREAT",
                "--actions",
                "read,write",
                "--until",
                "180d",
                "--output",
                path_str(&signed),
            ],
        )
        .ok();
    let submitted = chain
        .run(
            Some(DOCTOR),
            &["consent", "submit", path_str(&signed), "--json"],
        )
        .ok()
        .json();
    assert_eq!(submitted["kind"], "grant");
    let check = |org: &str, category: &str| {
        chain
            .run(
                None,
                &["consent", "check", &patient, org, category, "--json"],
            )
            .ok()
            .json()
    };
    assert_eq!(check(HOSPITAL, "laboratory")["basis"], "consent");
    assert_eq!(check(HOSPITAL, "imaging")["allowed"], false, "not granted");

    // The lab is refused until the patient grants it.
    let lab_result = chain.write(
        "lab-result.json",
        r#"{"resourceType":"Observation","code":"2345-7","value":5.4}"#,
    );
    assert_eq!(check(LAB, "laboratory")["allowed"], false);
    let lab_add = [
        "record",
        "add",
        path_str(&lab_result),
        "--patient",
        &patient,
        "--category",
        "laboratory",
        "--fhir-type",
        "Observation",
        "--json",
    ];
    chain.run(Some(LAB_SCIENTIST), &lab_add).fails(
        1,
        "organisation 2 has no consent or emergency access to write",
    );
    chain
        .run(
            Some(PATIENT),
            &[
                "consent",
                "grant",
                LAB,
                "--categories",
                "laboratory",
                "--actions",
                "read,write",
                "--until",
                "30d",
            ],
        )
        .ok();
    assert_eq!(check(LAB, "laboratory")["basis"], "consent");
    let lab_record = record_id(&chain.run(Some(LAB_SCIENTIST), &lab_add).ok());

    // The hospital writes a note, verifies it against the file, supersedes and retracts.
    let note_v1 = chain.write("note-v1.txt", "Discharge summary, draft");
    let note_v2 = chain.write("note-v2.txt", "Discharge summary, signed");
    let add_note = |file: &std::path::Path, supersedes: Option<String>| {
        let mut args = vec![
            "record".to_owned(),
            "add".into(),
            path_str(file).into(),
            "--patient".into(),
            patient.clone(),
            "--category".into(),
            "clinical_notes".into(),
            "--fhir-type".into(),
            "DocumentReference".into(),
            "--json".into(),
        ];
        if let Some(old) = supersedes {
            args.push("--supersedes".into());
            args.push(old);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        record_id(&chain.run(Some(DOCTOR), &args).ok())
    };
    let v1 = add_note(&note_v1, None).to_string();
    chain
        .run(None, &["record", "verify", path_str(&note_v1), &v1])
        .ok();
    chain
        .run(None, &["record", "verify", path_str(&note_v2), &v1])
        .fails(1, "does NOT match record");
    let v2 = add_note(&note_v2, Some(v1.clone())).to_string();
    let show = |id: &str| {
        chain
            .run(None, &["record", "show", id, "--json"])
            .ok()
            .json()
    };
    assert_eq!(show(&v1)["status"], "superseded");
    assert_eq!(show(&v2)["supersedes"], v1.as_str());
    chain
        .run(None, &["record", "verify", path_str(&note_v2), &v2])
        .ok();
    chain.run(Some(DOCTOR), &["record", "retract", &v2]).ok();
    assert_eq!(show(&v2)["status"], "entered-in-error");
    // A retracted record vouches for nothing, not even for the file it was added with.
    chain
        .run(None, &["record", "verify", path_str(&note_v2), &v2])
        .fails(1, "was marked entered in error");
    assert_eq!(
        show(&v1)["status"],
        "current",
        "the older version is current again"
    );
    chain
        .run(Some(LAB_SCIENTIST), &["record", "retract", &v1])
        .fails(1, "was not written by organisation 2");

    // Read receipts: the hospital reads the lab's result under its consent.
    let receipt = chain
        .run(
            Some(DOCTOR),
            &[
                "record",
                "log-access",
                &patient,
                &lab_record.to_string(),
                "--json",
            ],
        )
        .ok()
        .json();
    assert!(receipt["transaction"]["gasUsed"].as_u64().unwrap() < 60_000);

    // Access requests: the clinic asks twice; one is approved, the other denied.
    let request = |categories: &str| {
        chain
            .run(
                Some(CLINIC_DOCTOR),
                &[
                    "request",
                    "create",
                    &patient,
                    "--categories",
                    categories,
                    "--duration",
                    "60d",
                    "--reason",
                    "follow-up of hypertension",
                    "--json",
                ],
            )
            .ok()
            .json()["requestId"]
            .to_string()
    };
    let approved = request("vital_signs,medications");
    chain
        .run(Some(PATIENT), &["request", "approve", &approved])
        .ok();
    assert_eq!(check(CLINIC, "vital_signs")["basis"], "consent");
    let denied = request("mental_health");
    chain.run(Some(PATIENT), &["request", "deny", &denied]).ok();
    assert_eq!(check(CLINIC, "mental_health")["allowed"], false);
    chain
        .run(Some(PATIENT_2), &["request", "approve", &denied])
        .fails(1, "");
    let listed = chain
        .run(None, &["request", "list", "--org", CLINIC, "--json"])
        .ok()
        .json();
    let statuses: Vec<&str> = listed["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["approved", "denied"]);

    // Emergency: the hospital breaks the glass for a patient with no consent on file; the
    // restricted categories stay closed; the clinic cannot break the glass at all.
    chain
        .run(
            Some(DOCTOR),
            &[
                "emergency",
                "open",
                &patient_2,
                "--reason",
                "patient_incapacitated",
                "--justification",
                "unconscious on arrival",
            ],
        )
        .ok();
    let emergency_check = |category: &str| {
        chain
            .run(
                None,
                &[
                    "consent", "check", &patient_2, HOSPITAL, category, "ETREAT", "--json",
                ],
            )
            .ok()
            .json()
    };
    assert_eq!(emergency_check("allergies")["basis"], "emergency");
    assert_eq!(
        emergency_check("mental_health")["allowed"],
        false,
        "restricted"
    );
    assert_eq!(emergency_check("hiv_sti")["allowed"], false, "restricted");
    chain
        .run(
            Some(CLINIC_DOCTOR),
            &[
                "emergency",
                "open",
                &patient_2,
                "--reason",
                "life_threatening",
            ],
        )
        .fails(1, "organisation 3 may not open emergency access");
    let shown = chain
        .run(None, &["consent", "show", &patient_2, HOSPITAL, "--json"])
        .ok()
        .json();
    assert!(shown["emergency"]["until"].is_string());
    // Opening again while it is open would restart its clock: refused.
    chain
        .run(
            Some(DOCTOR),
            &["emergency", "open", &patient_2, "--reason", "other"],
        )
        .fails(1, "already holds an emergency access");
    // The patient opts out: the open access ends at once, and opting in again revives nothing.
    chain
        .run(Some(PATIENT_2), &["emergency", "policy", "--opt-out"])
        .ok();
    assert_eq!(emergency_check("allergies")["allowed"], false, "opted out");
    chain.run(Some(PATIENT_2), &["emergency", "policy"]).ok();
    assert_eq!(
        emergency_check("allergies")["allowed"],
        false,
        "not revived"
    );
    let shown = chain
        .run(None, &["consent", "show", &patient_2, HOSPITAL, "--json"])
        .ok()
        .json();
    assert!(shown["emergency"].is_null(), "{shown}");

    // Revocation takes effect at once: the next read is refused.
    chain
        .run(Some(PATIENT), &["consent", "revoke", HOSPITAL])
        .ok();
    assert_eq!(check(HOSPITAL, "laboratory")["allowed"], false);
    let block = chain.provider.get_block_number().await.unwrap();
    chain
        .run(
            Some(DOCTOR),
            &["record", "log-access", &patient, &lab_record.to_string()],
        )
        .fails(
            1,
            "organisation 1 has no consent or emergency access to read",
        );
    // With -v the refusal names the contract's error and selector too.
    let verbose = chain.run(
        Some(DOCTOR),
        &[
            "-v",
            "record",
            "log-access",
            &patient,
            &lab_record.to_string(),
        ],
    );
    assert!(
        verbose.stderr.contains("RecordRegistry__NoAccessBasis 0x"),
        "{}",
        verbose.stderr
    );
    assert_eq!(
        chain.provider.get_block_number().await.unwrap(),
        block,
        "refusals are found before anything is sent"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn suspension_admin_transfer_delegates_signed_revocation_and_the_incident_pause() {
    let chain = Chain::start(&[]);
    let a = |i: usize| chain.address(i).to_string();
    let patient = a(PATIENT);
    chain.run(Some(AUTHORITY), &["deploy"]).ok();
    chain
        .run(
            Some(AUTHORITY),
            &[
                "org",
                "accredit",
                "--name",
                "St Mary's",
                "--kind",
                "hospital",
                "--admin",
                &a(HOSPITAL_ADMIN),
                "--fhir-endpoint",
                "https://fhir.example/r4",
            ],
        )
        .ok();
    chain
        .run(
            Some(HOSPITAL_ADMIN),
            &[
                "org",
                "practitioner",
                "add",
                HOSPITAL,
                &a(DOCTOR),
                "--role",
                "physician",
            ],
        )
        .ok();
    let check = |category: &str| {
        chain
            .run(
                None,
                &["consent", "check", &patient, HOSPITAL, category, "--json"],
            )
            .ok()
            .json()
    };

    // A delegate (the patient's daughter) decides within the categories she was given.
    let daughter = 9;
    chain
        .run(
            Some(PATIENT),
            &[
                "delegate",
                "appoint",
                &a(daughter),
                "--categories",
                "laboratory,medications",
                "--until",
                "1y",
            ],
        )
        .ok();
    chain
        .run(
            Some(daughter),
            &[
                "consent",
                "grant",
                HOSPITAL,
                "--patient",
                &patient,
                "--categories",
                "laboratory,medications",
                "--until",
                "90d",
            ],
        )
        .ok();
    assert_eq!(check("medications")["basis"], "consent");
    chain
        .run(
            Some(daughter),
            &[
                "consent",
                "grant",
                HOSPITAL,
                "--patient",
                &patient,
                "--categories",
                "mental_health",
            ],
        )
        .fails(
            1,
            "may act for medications,laboratory only, not mental_health",
        );
    // Nor beyond her own delegation's end: she may not create access that outlives it.
    chain
        .run(
            Some(daughter),
            &[
                "consent",
                "grant",
                HOSPITAL,
                "--patient",
                &patient,
                "--categories",
                "laboratory",
                "--until",
                "2y",
            ],
        )
        .fails(1, "delegation ends at");

    // Narrow, then extend.
    chain
        .run(
            Some(PATIENT),
            &[
                "consent",
                "narrow",
                HOSPITAL,
                "--categories",
                "laboratory",
                "--until",
                "30d",
            ],
        )
        .ok();
    assert_eq!(check("medications")["allowed"], false, "narrowed away");
    chain
        .run(
            Some(PATIENT),
            &["consent", "extend", HOSPITAL, "--until", "2y"],
        )
        .ok();
    let shown = chain
        .run(None, &["consent", "show", &patient, HOSPITAL, "--json"])
        .ok()
        .json();
    assert_eq!(shown["state"], "active");
    assert_eq!(
        shown["terms"]["categories"],
        serde_json::json!(["laboratory"])
    );

    // Suspension stops the hospital's practitioners; reinstatement restores them.
    chain
        .run(
            Some(AUTHORITY),
            &["org", "suspend", HOSPITAL, "--reason", "licence review"],
        )
        .ok();
    assert_eq!(check("laboratory")["allowed"], false);
    let note = chain.write("note.txt", "note");
    let add = [
        "record",
        "add",
        path_str(&note),
        "--patient",
        &patient,
        "--category",
        "laboratory",
    ];
    chain
        .run(Some(DOCTOR), &add)
        .fails(1, "organisation 1 is suspended");
    chain
        .run(Some(AUTHORITY), &["org", "reinstate", HOSPITAL])
        .ok();
    assert_eq!(check("laboratory")["basis"], "consent");

    // The admin role moves in two steps.
    chain
        .run(
            Some(HOSPITAL_ADMIN),
            &["org", "transfer-admin", HOSPITAL, &a(7)],
        )
        .ok();
    assert_eq!(
        chain
            .run(None, &["org", "show", HOSPITAL, "--json"])
            .ok()
            .json()["pendingAdmin"],
        a(7).to_lowercase()
    );
    chain.run(Some(7), &["org", "accept-admin", HOSPITAL]).ok();
    chain
        .run(
            Some(HOSPITAL_ADMIN),
            &["org", "practitioner", "remove", HOSPITAL, &a(DOCTOR)],
        )
        .fails(1, "is not the admin of organisation 1");
    // A lost or stolen admin key: only governance (here the deployer) replaces it.
    chain
        .run(
            Some(DOCTOR),
            &["org", "recover-admin", HOSPITAL, &a(HOSPITAL_ADMIN)],
        )
        .fails(1, "lacks the role this needs");
    chain
        .run(
            Some(AUTHORITY),
            &["org", "recover-admin", HOSPITAL, &a(HOSPITAL_ADMIN)],
        )
        .ok();
    assert_eq!(
        chain
            .run(None, &["org", "show", HOSPITAL, "--json"])
            .ok()
            .json()["admin"],
        a(HOSPITAL_ADMIN).to_lowercase()
    );

    // During an incident pause nothing can widen access, but a signed revocation still lands.
    chain.run(Some(AUTHORITY), &["pause"]).ok();
    chain
        .run(
            Some(PATIENT),
            &["consent", "grant", HOSPITAL, "--categories", "imaging"],
        )
        .fails(1, "writes are paused");
    let revocation = chain
        .run(
            Some(PATIENT),
            &["consent", "sign-revoke", HOSPITAL, "--json"],
        )
        .ok()
        .stdout;
    let file = chain.write("revoke.json", &revocation);
    chain
        .run(Some(DOCTOR), &["consent", "submit", path_str(&file)])
        .ok();
    assert_eq!(check("laboratory")["allowed"], false);
    chain.run(Some(AUTHORITY), &["unpause"]).ok();
    chain
        .run(
            Some(AUTHORITY),
            &["org", "emergency-capable", HOSPITAL, "true"],
        )
        .ok();
    assert_eq!(
        chain
            .run(None, &["org", "show", HOSPITAL, "--json"])
            .ok()
            .json()["emergencyCapable"],
        true
    );
}
