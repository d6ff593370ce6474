//! The journal of signed transactions, `deployments/<chain-id>.pending.json`: each transaction
//! is written (and synced) here before it is broadcast, so a deployment killed at any moment
//! can be resumed without sending a duplicate or a conflicting transaction.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use alloy::primitives::{Address, B256, Bytes};
use serde::{Deserialize, Serialize};

/// A signed transaction that may be in flight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingTx {
    /// What it does, as the report names it.
    pub step: String,
    /// The manifest name of the contract it creates, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract: Option<String>,
    /// Its sender.
    pub from: Address,
    /// Its nonce.
    pub nonce: u64,
    /// Its hash.
    pub hash: B256,
    /// The signed transaction, EIP-2718 encoded, ready to re-broadcast.
    pub raw: Bytes,
}

/// The transactions of a deployment not yet known to be mined.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    entries: Vec<PendingTx>,
}

/// A journal that cannot be read or written.
#[derive(Debug, thiserror::Error)]
#[error("journal {path}: {message}")]
pub struct JournalError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub message: String,
}

impl Journal {
    /// The journal of the deployment whose manifest is `manifest`.
    pub fn path_for(manifest: &Path) -> PathBuf {
        manifest.with_extension("pending.json")
    }

    /// Opens the journal at `path` (empty when there is none).
    pub fn open(path: &Path) -> Result<Self, JournalError> {
        let entries = match fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| JournalError {
                path: path.into(),
                message: format!("not a journal ({e}); move it away only once no transaction it lists can still be mined"),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                return Err(JournalError {
                    path: path.into(),
                    message: e.to_string(),
                });
            }
        };
        Ok(Journal {
            path: path.into(),
            entries,
        })
    }

    /// The transactions, in the order they were signed.
    pub fn entries(&self) -> &[PendingTx] {
        &self.entries
    }

    /// Records `tx` durably; call before broadcasting it.
    pub fn push(&mut self, tx: PendingTx) -> Result<(), JournalError> {
        self.entries.push(tx);
        self.save()
    }

    /// Forgets every transaction (all mined, or known dropped).
    pub fn clear(&mut self) -> Result<(), JournalError> {
        self.entries.clear();
        match fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(self.error(e)),
        }
    }

    fn save(&self) -> Result<(), JournalError> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir).map_err(|e| self.error(e))?;
        }
        let tmp = self.path.with_extension("tmp");
        let text = serde_json::to_vec_pretty(&self.entries).map_err(|e| self.error(e))?;
        let mut file = fs::File::create(&tmp).map_err(|e| self.error(e))?;
        file.write_all(&text)
            .and_then(|()| file.sync_all())
            .map_err(|e| self.error(e))?;
        fs::rename(&tmp, &self.path).map_err(|e| self.error(e))?;
        if let Some(dir) = self.path.parent().and_then(|d| fs::File::open(d).ok()) {
            dir.sync_all().map_err(|e| self.error(e))?;
        }
        Ok(())
    }

    fn error(&self, e: impl std::fmt::Display) -> JournalError {
        JournalError {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_survive_a_reopen_and_clear_removes_the_file() {
        let dir = std::env::temp_dir().join(format!("consentry-journal-{}", std::process::id()));
        let path = Journal::path_for(&dir.join("31337.json"));
        assert!(path.ends_with("31337.pending.json"));
        let mut journal = Journal::open(&path).unwrap();
        assert!(journal.entries().is_empty());
        let tx = PendingTx {
            step: "deploy OrganizationRegistry".into(),
            contract: Some("OrganizationRegistry".into()),
            from: Address::repeat_byte(1),
            nonce: 4,
            hash: B256::repeat_byte(2),
            raw: Bytes::from_static(b"\x02\x01"),
        };
        journal.push(tx.clone()).unwrap();
        assert_eq!(Journal::open(&path).unwrap().entries(), &[tx]);
        journal.clear().unwrap();
        assert!(!path.exists());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_damaged_journal_is_refused_not_ignored() {
        let path =
            std::env::temp_dir().join(format!("consentry-journal-bad-{}.json", std::process::id()));
        fs::write(&path, "[{").unwrap();
        let err = Journal::open(&path).unwrap_err();
        assert!(err.to_string().contains("not a journal"), "{err}");
        fs::remove_file(path).unwrap();
    }
}
