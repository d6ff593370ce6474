//! The demo `consentry up` seeds: a health authority, three hospitals and two laboratories
//! with their staff, and patients whose consents, requests, emergencies, records and read
//! receipts spread over several simulated weeks. Its keys are derived from public labels:
//! it is for local chains only.

pub(crate) mod plan;
pub(crate) mod seed;

use std::path::Path;

use alloy::{primitives::Address, signers::local::PrivateKeySigner};
use serde::{Deserialize, Serialize};

pub(crate) use self::plan::{Cast, Size, Tally};

/// An account of the demo, with its (public, demo-only) key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Account {
    pub(crate) address: Address,
    pub(crate) private_key: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub(crate) role: Option<String>,
}

impl Account {
    fn of(key: &PrivateKeySigner, role: Option<&str>) -> Self {
        Account {
            address: key.address(),
            private_key: format!("{:#x}", key.to_bytes()),
            role: role.map(str::to_owned),
        }
    }

    /// The signer back.
    pub(crate) fn signer(&self) -> eyre::Result<PrivateKeySigner> {
        Ok(self.private_key.parse()?)
    }
}

/// An organisation of the demo.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Organization {
    pub(crate) org_id: u32,
    pub(crate) name: String,
    pub(crate) kind: String,
    pub(crate) admin: Account,
    pub(crate) practitioners: Vec<Account>,
}

/// `demo.json`: where the demo runs and who is in it, for people and for tests.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DemoFile {
    pub(crate) url: String,
    pub(crate) rpc_url: String,
    pub(crate) chain_id: u64,
    pub(crate) manifest: String,
    pub(crate) database_url: String,
    pub(crate) authority: Account,
    pub(crate) organizations: Vec<Organization>,
    pub(crate) newcomers: Vec<Account>,
    pub(crate) patients: usize,
    pub(crate) tally: Tally,
    pub(crate) simulated_until: u64,
}

impl DemoFile {
    /// The file for `cast`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        cast: &Cast,
        authority: &PrivateKeySigner,
        url: String,
        rpc_url: String,
        chain_id: u64,
        manifest: &Path,
        database_url: String,
        tally: Tally,
        simulated_until: u64,
    ) -> Self {
        DemoFile {
            url,
            rpc_url,
            chain_id,
            manifest: manifest.display().to_string(),
            database_url,
            authority: Account::of(authority, None),
            organizations: cast
                .orgs
                .iter()
                .map(|org| Organization {
                    org_id: org.id,
                    name: org.name.to_owned(),
                    kind: org.kind.name().to_owned(),
                    admin: Account::of(&org.admin, None),
                    practitioners: org
                        .staff
                        .iter()
                        .map(|(key, role)| Account::of(key, Some(role.name())))
                        .collect(),
                })
                .collect(),
            newcomers: cast
                .newcomers
                .iter()
                .map(|k| Account::of(k, None))
                .collect(),
            patients: cast.patients.len(),
            tally,
            simulated_until,
        }
    }

    /// Reads `path`.
    pub(crate) fn load(path: &Path) -> eyre::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        Ok(serde_json::from_str(&text)?)
    }

    /// Writes `path`.
    pub(crate) fn save(&self, path: &Path) -> eyre::Result<()> {
        std::fs::write(path, serde_json::to_string_pretty(self)?)?;
        Ok(())
    }

    /// Every practitioner's key (the dashboard's demo sign-in).
    pub(crate) fn practitioner_keys(&self) -> eyre::Result<Vec<PrivateKeySigner>> {
        self.organizations
            .iter()
            .flat_map(|org| &org.practitioners)
            .map(Account::signer)
            .collect()
    }
}
