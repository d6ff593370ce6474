//! The deployment manifest, `deployments/<chain-id>.json`: what was deployed where, by which
//! transaction, in which block, with which code; the indexer reads its addresses and start
//! block from it.

use std::{
    collections::BTreeMap,
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use alloy::primitives::{Address, B256, Bytes};
use serde::{Deserialize, Serialize};

/// The three contracts, by the names the manifest uses.
pub const ORGANIZATION_REGISTRY: &str = "OrganizationRegistry";
/// Created by the organisation registry's constructor, in the same transaction.
pub const CONSENT_REGISTRY: &str = "ConsentRegistry";
/// The record registry.
pub const RECORD_REGISTRY: &str = "RecordRegistry";

/// One deployed contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeployedContract {
    /// Where it lives.
    pub address: Address,
    /// The transaction that created it.
    pub tx_hash: B256,
    /// The block of that transaction.
    pub block_number: u64,
    /// keccak256 of its runtime code, as the chain returns it.
    pub code_hash: B256,
    /// The ABI-encoded constructor arguments (empty when created by another contract).
    pub constructor_args: Bytes,
    /// The contract whose constructor created it, if not the proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}

/// An organisation accredited during deployment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccreditedOrganization {
    /// The id the registry gave it.
    pub id: u32,
    /// Its public name.
    pub name: String,
    /// The account that manages its roster.
    pub admin: Address,
    /// The accrediting transaction (unknown when found accredited by an earlier deployment
    /// whose manifest is gone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tx_hash: Option<B256>,
}

/// A deployment of the suite on one chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// The chain.
    pub chain_id: u64,
    /// The version of Consentry that deployed it.
    pub version: String,
    /// The CREATE2 proxy used.
    pub create2_proxy: Address,
    /// The CREATE2 salt.
    pub salt: B256,
    /// Holds DEFAULT_ADMIN_ROLE of the organisation registry.
    pub governance: Address,
    /// The health-authority accounts.
    pub authorities: Vec<Address>,
    /// The contracts by name.
    pub contracts: BTreeMap<String, DeployedContract>,
    /// Organisations accredited by the deployment.
    #[serde(default)]
    pub organizations: Vec<AccreditedOrganization>,
}

/// A manifest that cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// The file could not be read or written.
    #[error("manifest {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the filesystem said.
        source: std::io::Error,
    },
    /// The file is not a manifest.
    #[error("manifest {path} is not valid: {source}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What the parser said.
        source: serde_json::Error,
    },
    /// A contract the caller needs is missing from the manifest.
    #[error("manifest {path} has no {name}")]
    Missing {
        /// The file.
        path: PathBuf,
        /// The contract.
        name: String,
    },
}

impl Manifest {
    /// The conventional place of the manifest for `chain_id` under `dir`.
    pub fn path(dir: &Path, chain_id: u64) -> PathBuf {
        dir.join(format!("{chain_id}.json"))
    }

    /// Reads a manifest.
    pub fn load(path: &Path) -> Result<Self, ManifestError> {
        let text = fs::read_to_string(path).map_err(|source| ManifestError::Io {
            path: path.into(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| ManifestError::Parse {
            path: path.into(),
            source,
        })
    }

    /// Writes the manifest atomically: a crash leaves the old file or the new one, never half.
    pub fn save(&self, path: &Path) -> Result<(), ManifestError> {
        let io = |source| ManifestError::Io {
            path: path.into(),
            source,
        };
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = path.with_extension("json.tmp");
        let mut file = fs::File::create(&tmp).map_err(io)?;
        let text = serde_json::to_string_pretty(self).map_err(|e| io(std::io::Error::other(e)))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.write_all(b"\n"))
            .map_err(io)?;
        file.sync_all().map_err(io)?;
        fs::rename(&tmp, path).map_err(io)
    }

    /// The address of contract `name`.
    pub fn address(&self, name: &str) -> Option<Address> {
        self.contracts.get(name).map(|c| c.address)
    }

    /// The first block an indexer must read: the earliest deployment block.
    pub fn start_block(&self) -> Option<u64> {
        self.contracts.values().map(|c| c.block_number).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        let contract = |n: u8, block| DeployedContract {
            address: Address::repeat_byte(n),
            tx_hash: B256::repeat_byte(n),
            block_number: block,
            code_hash: B256::repeat_byte(n + 1),
            constructor_args: Bytes::new(),
            created_by: None,
        };
        Manifest {
            chain_id: 31337,
            version: "0.1.0".into(),
            create2_proxy: crate::create2::PROXY,
            salt: B256::ZERO,
            governance: Address::repeat_byte(0x60),
            authorities: vec![Address::repeat_byte(0xa0)],
            contracts: BTreeMap::from([
                (ORGANIZATION_REGISTRY.to_owned(), contract(1, 7)),
                (RECORD_REGISTRY.to_owned(), contract(3, 9)),
            ]),
            organizations: vec![],
        }
    }

    #[test]
    fn saves_and_loads_the_same_manifest() {
        let dir = std::env::temp_dir().join(format!("consentry-manifest-{}", std::process::id()));
        let path = Manifest::path(&dir, 31337);
        manifest().save(&path).unwrap();
        assert_eq!(Manifest::load(&path).unwrap(), manifest());
        assert!(
            !path.with_extension("json.tmp").exists(),
            "no temporary file left behind"
        );
        let json: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(json["contracts"]["OrganizationRegistry"]["blockNumber"], 7);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn start_block_is_the_earliest_deployment() {
        assert_eq!(manifest().start_block(), Some(7));
        assert_eq!(
            manifest().address(RECORD_REGISTRY),
            Some(Address::repeat_byte(3))
        );
        assert_eq!(manifest().address(CONSENT_REGISTRY), None);
    }

    #[test]
    fn a_broken_file_is_named_in_the_error() {
        let path =
            std::env::temp_dir().join(format!("consentry-broken-{}.json", std::process::id()));
        fs::write(&path, "{ not json").unwrap();
        let err = Manifest::load(&path).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("manifest {} is not valid", path.display())),
            "{err}"
        );
        fs::remove_file(path).unwrap();
    }
}
