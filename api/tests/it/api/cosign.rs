//! Co-signed records (issue 24): what awaits signatures, by organisation and by patient, with
//! who is awaited and until when; the FHIR view's `docStatus` follows it to `final`.

use consentry_sdk::{
    client::{NewRecord, content_hash},
    vocabulary::{Category, Cosigner, CosignerSet, FhirResourceType, Purpose, Role},
};
use consentry_testkit::*;
use reqwest::StatusCode;
use serde_json::json;

use super::{Cast, Served};

/// The anvil account that heads the hospital's radiology department in this concern.
const HEAD_OF_RADIOLOGY: usize = 8;

/// The hospital requires its head of radiology and the patient to sign imaging reports; a CT
/// report is pending for both views (the doctor's organisation, the patient) with who is
/// awaited and a UTC deadline, FHIR says `preliminary`; after both signatures it is current and
/// `final`, and no longer pending.
pub(super) async fn co_signed_records(s: &Served, cast: &Cast) {
    let patient = cast.patient(0);
    let admin = s.chain.client(HOSPITAL_ADMIN);
    admin
        .add_practitioner(
            HOSPITAL,
            s.chain.address(HEAD_OF_RADIOLOGY),
            Role::HeadOfDepartment,
        )
        .await
        .unwrap();
    let signers: CosignerSet = [Cosigner::HeadOfDepartment, Cosigner::Patient]
        .into_iter()
        .collect();
    admin
        .set_cosign_policy(HOSPITAL, Category::Imaging, None, signers, 14 * 86_400)
        .await
        .unwrap();
    let patient_client = s.chain.client(PATIENTS[0]);
    let start = now(&s.chain).await;
    let imaging = terms(
        "imaging",
        "TREAT",
        "read,write",
        start,
        start + 365 * 86_400,
    );
    patient_client
        .grant(patient, HOSPITAL, &imaging)
        .await
        .unwrap();
    let (id, sent) = s
        .chain
        .client(DOCTOR)
        .add_record(&NewRecord {
            patient,
            category: Category::Imaging,
            fhir_type: FhirResourceType::DiagnosticReport,
            content_hash: content_hash(b"CT report: a significant finding"),
            supersedes: None,
            purpose: Purpose::Treat,
            specialist: None,
        })
        .await
        .unwrap();
    let deadline = sent.pending().expect("added pending").deadline.to::<u64>();
    s.synced().await;

    let by_org = s
        .ok(
            "/v1/organizations/1/records?status=pending",
            Some(&cast.doctor),
        )
        .await;
    let by_patient = s
        .ok(
            &format!("/v1/patients/{patient:#x}/records?status=pending"),
            Some(&cast.patient0),
        )
        .await;
    for (who, page) in [("the hospital", &by_org), ("the patient", &by_patient)] {
        let items = page["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{who}: {page}");
        let pending = &items[0];
        assert_eq!(pending["recordId"], json!(id), "{who}");
        assert_eq!(pending["status"], "pending", "{who}");
        assert_eq!(
            pending["awaiting"],
            json!(["head_of_department", "patient"]),
            "{who}"
        );
        assert_eq!(
            pending["deadlineAt"],
            json!(consentry_api::fhir::instant(deadline)),
            "{who}: the deadline in UTC"
        );
        assert_eq!(pending["cosigning"]["signatures"], json!([]), "{who}");
    }
    let (status, refused) = s
        .get(
            "/v1/organizations/1/records?status=waiting",
            Some(&cast.doctor),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");

    let document = |token: String| async move {
        s.ok(&format!("/fhir/DocumentReference/{id:x}"), Some(&token))
            .await
    };
    let preliminary = document(cast.patient0.clone()).await;
    assert_eq!(
        (
            preliminary["status"].as_str(),
            preliminary["docStatus"].as_str()
        ),
        (Some("current"), Some("preliminary")),
        "{preliminary}"
    );

    s.chain
        .client(HEAD_OF_RADIOLOGY)
        .sign_record(id, Cosigner::HeadOfDepartment)
        .await
        .unwrap();
    s.synced().await;
    let half = s
        .ok(
            "/v1/organizations/1/records?status=pending",
            Some(&cast.doctor),
        )
        .await;
    assert_eq!(half["items"][0]["awaiting"], json!(["patient"]), "{half}");
    assert_eq!(
        half["items"][0]["cosigning"]["signatures"][0]["kind"],
        "head_of_department"
    );

    patient_client
        .sign_record(id, Cosigner::Patient)
        .await
        .unwrap();
    s.synced().await;
    let none = s
        .ok(
            "/v1/organizations/1/records?status=pending",
            Some(&cast.doctor),
        )
        .await;
    assert_eq!(none["items"], json!([]), "nothing pending: {none}");
    let current = s
        .all(
            "/v1/organizations/1/records?status=current",
            Some(&cast.doctor),
            50,
        )
        .await;
    let confirmed = current
        .iter()
        .find(|r| r["recordId"] == json!(id))
        .expect("the report is current");
    assert_eq!(confirmed["awaiting"], json!([]));
    assert!(confirmed["cosigning"]["decidedAt"].is_u64(), "{confirmed}");
    let last = document(cast.patient0.clone()).await;
    assert_eq!(
        (last["status"].as_str(), last["docStatus"].as_str()),
        (Some("current"), Some("final")),
        "{last}"
    );
    super::fhir::validate_fhir(&[preliminary, last]);

    // Both audit trails hold the co-signing: the patient's and the hospital's records trail.
    let trail = s
        .all(
            &format!("/v1/patients/{patient:#x}/audit"),
            Some(&cast.patient0),
            500,
        )
        .await;
    let of_report: Vec<&str> = trail
        .iter()
        .filter(|e| e["recordId"] == json!(id))
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    for name in [
        "RecordAdded",
        "RecordPending",
        "RecordSigned",
        "RecordConfirmed",
    ] {
        assert!(
            of_report.contains(&name),
            "{name} missing from {of_report:?}"
        );
    }
    assert_eq!(
        of_report.iter().filter(|&&n| n == "RecordSigned").count(),
        2,
        "each signature: {of_report:?}"
    );
    let hospital = s
        .all(
            "/v1/organizations/1/audit?kind=records",
            Some(&cast.doctor),
            500,
        )
        .await;
    let signer = format!("{:#x}", s.chain.address(HEAD_OF_RADIOLOGY));
    assert!(
        hospital.iter().any(|e| e["event"] == "RecordSigned"
            && e["account"].as_str().map(str::to_lowercase) == Some(signer.clone())),
        "the head of radiology's signature in the hospital's trail"
    );
}
