//! Bad input through the real binary: each is one line naming the problem, a non-zero exit
//! code, and nothing sent. Also: a foundry keystore works, with the right password only.

use std::process::Command;

use crate::common::{Chain, cast_path, path_str};
use alloy::providers::{Provider, ext::AnvilApi};

const PATIENT: usize = 5;

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_is_one_line_naming_the_problem_and_sends_nothing() {
    let chain = Chain::start(&[]);
    chain.run(Some(0), &["deploy"]).ok();
    let admin = chain.address(1).to_string();
    chain
        .run(
            Some(0),
            &[
                "org",
                "accredit",
                "--name",
                "St Mary's",
                "--kind",
                "hospital",
                "--admin",
                &admin,
                "--fhir-endpoint",
                "https://fhir.example/r4",
            ],
        )
        .ok();
    let doctor = chain.address(3).to_string();
    chain
        .run(
            Some(1),
            &[
                "org",
                "practitioner",
                "add",
                "1",
                &doctor,
                "--role",
                "physician",
            ],
        )
        .ok();
    let patient = chain.address(PATIENT).to_string();

    // Two signed consents: one to replay, one to let expire.
    let signed = chain.path("signed.json");
    let sign = |deadline: &str, file: &std::path::Path| {
        chain
            .run(
                Some(PATIENT),
                &[
                    "consent",
                    "sign",
                    "1",
                    "--categories",
                    "laboratory",
                    "--deadline",
                    deadline,
                    "-o",
                    path_str(file),
                ],
            )
            .ok();
    };
    sign("1d", &signed);
    chain
        .run(Some(3), &["consent", "submit", path_str(&signed)])
        .ok();
    let expiring = chain.path("expiring.json");
    sign("10m", &expiring);
    let text = std::fs::read_to_string(&expiring).unwrap();
    let mut other_chain: serde_json::Value = serde_json::from_str(&text).unwrap();
    other_chain["chainId"] = 5.into();
    let other_chain_file = chain.write("other-chain.json", &other_chain.to_string());
    chain.provider.anvil_increase_time(3600).await.unwrap();
    chain.provider.anvil_mine(Some(1), None).await.unwrap();

    let before_block = chain.provider.get_block_number().await.unwrap();
    let before_nonces: Vec<u64> = futures_nonces(&chain).await;

    chain
        .run(Some(PATIENT), &["consent", "grant", "1", "--patient", "0x1234", "--categories", "laboratory"])
        .fails(2, "invalid value '0x1234' for '--patient <PATIENT>': not an address (0x followed by 40 hex digits)");
    chain
        .run(
            None,
            &["consent", "check", "not-an-address", "1", "laboratory"],
        )
        .fails(2, "'not-an-address'");
    chain
        .run(
            Some(PATIENT),
            &["consent", "grant", "99", "--categories", "laboratory"],
        )
        .fails(1, "organisation 99 does not exist (there are 1)");
    chain
        .run(
            Some(PATIENT),
            &["consent", "grant", "1", "--categories", "labs"],
        )
        .fails(2, "unknown category `labs`");
    chain
        .run(
            Some(PATIENT),
            &[
                "consent",
                "grant",
                "1",
                "--categories",
                "laboratory",
                "--purposes",
                "HEAL",
            ],
        )
        .fails(2, "HEAL");
    chain
        .run(
            Some(PATIENT),
            &[
                "consent",
                "grant",
                "1",
                "--categories",
                "laboratory",
                "--until",
                "next tuesday",
            ],
        )
        .fails(2, "neither an RFC 3339 time");
    chain
        .run(Some(3), &["consent", "submit", path_str(&signed)])
        .fails(1, "the signature was already used or superseded");
    chain
        .run(Some(3), &["consent", "submit", path_str(&expiring)])
        .fails(1, "the signature expired at");
    chain
        .run(Some(3), &["consent", "submit", path_str(&other_chain_file)])
        .fails(
            1,
            "the signature is for chain 5, but the node serves chain 31337",
        );
    let garbage = chain.write("garbage.json", "{\"kind\":\"grant\"}");
    chain
        .run(Some(3), &["consent", "submit", path_str(&garbage)])
        .fails(1, "is not a signed consent");
    chain
        .run(
            Some(PATIENT),
            &["--chain-id", "1", "consent", "revoke", "1"],
        )
        .fails(1, "serves chain 31337, not chain 1 (--chain-id)");
    chain
        .run(None, &["consent", "revoke", "1"])
        .fails(1, "this command signs");
    chain
        .run(
            Some(PATIENT),
            &["--rpc-url", "http://127.0.0.1:9", "consent", "revoke", "1"],
        )
        .fails(1, "cannot reach the node at http://127.0.0.1:9");
    chain
        .run(
            Some(PATIENT),
            &["--rpc-url", "not a url", "consent", "revoke", "1"],
        )
        .fails(1, "--rpc-url \"not a url\" is not a URL");
    chain
        .run(
            Some(PATIENT),
            &["--manifest", "nowhere.json", "consent", "revoke", "1"],
        )
        .fails(1, "no deployment manifest at nowhere.json");
    let mut bad_key = chain.command(None, &["consent", "revoke", "1"]);
    bad_key.env("CONSENTRY_PRIVATE_KEY", "0xnot-a-key");
    let out = bad_key.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--private-key is not a 32-byte hex private key")
    );

    // A foundry keystore: the wrong password is named; the right one acts as the patient.
    let keystores = chain.path("keystores");
    std::fs::create_dir_all(&keystores).unwrap();
    let imported = Command::new(cast_path())
        .args([
            "wallet",
            "import",
            "patient",
            "--private-key",
            &chain.key(PATIENT),
            "--unsafe-password",
            "correct horse",
            "--keystore-dir",
            path_str(&keystores),
        ])
        .output()
        .unwrap();
    assert!(imported.status.success(), "{imported:?}");
    let keystore = keystores.join("patient");
    let wrong = chain.write("wrong-password", "battery staple\n");
    let right = chain.write("right-password", "correct horse\n");
    chain
        .run(
            None,
            &[
                "--keystore",
                path_str(&keystore),
                "--password-file",
                path_str(&wrong),
                "consent",
                "revoke",
                "1",
            ],
        )
        .fails(
            1,
            &format!("keystore {}: wrong password", keystore.display()),
        );
    let mut no_password = chain.command(
        None,
        &["--keystore", path_str(&keystore), "consent", "revoke", "1"],
    );
    let out = no_password
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a password"));

    assert_eq!(
        chain.provider.get_block_number().await.unwrap(),
        before_block,
        "no bad input sent anything"
    );
    assert_eq!(futures_nonces(&chain).await, before_nonces);

    let revoked = chain
        .run(
            None,
            &[
                "--keystore",
                path_str(&keystore),
                "--password-file",
                path_str(&right),
                "consent",
                "revoke",
                "1",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(revoked["patient"], patient.to_lowercase());
}

async fn futures_nonces(chain: &Chain) -> Vec<u64> {
    let mut nonces = Vec::new();
    for i in 0..10 {
        nonces.push(chain.nonce(chain.address(i)).await);
    }
    nonces
}
