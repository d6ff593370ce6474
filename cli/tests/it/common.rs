//! A real anvil per test, and the real `consentry` binary run against it from a scratch
//! directory, with nothing of the developer's environment leaking in.
#![allow(dead_code)]

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Output, Stdio},
};

use alloy::{
    node_bindings::{Anvil, AnvilInstance},
    primitives::{Address, B256},
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use serde_json::Value;

/// anvil from the pinned toolchain.
pub(crate) fn anvil_path() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    assert!(
        path.exists(),
        "{} is missing: run scripts/toolchain.sh (the test command does) first",
        path.display()
    );
    path
}

/// cast from the pinned toolchain.
pub(crate) fn cast_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/cast-linux-amd64/bin/cast")
}

/// A chain, a scratch directory and a provider.
pub(crate) struct Chain {
    pub(crate) anvil: AnvilInstance,
    pub(crate) dir: tempfile::TempDir,
    pub(crate) provider: DynProvider,
}

/// What one run of the binary printed.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    pub(crate) args: String,
}

impl Run {
    fn from(output: Output, args: String) -> Self {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            args,
        }
    }

    /// Asserts success.
    #[track_caller]
    pub(crate) fn ok(self) -> Self {
        assert_eq!(
            self.code,
            Some(0),
            "`consentry {}` failed:\n{}{}",
            self.args,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts failure with exit code `code` and one line on stderr containing `text`.
    #[track_caller]
    pub(crate) fn fails(self, code: i32, text: &str) -> Self {
        assert_eq!(
            self.code,
            Some(code),
            "`consentry {}` should exit {code}:\n{}{}",
            self.args,
            self.stdout,
            self.stderr
        );
        assert_eq!(
            self.stderr.trim_end().lines().count(),
            1,
            "one line of error from `consentry {}`, got:\n{}",
            self.args,
            self.stderr
        );
        assert!(
            self.stderr.contains(text),
            "`consentry {}`: expected {text:?} in {:?}",
            self.args,
            self.stderr
        );
        self
    }

    /// stdout as JSON.
    #[track_caller]
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "`consentry {}` printed no JSON ({e}):\n{}",
                self.args, self.stdout
            )
        })
    }
}

impl Chain {
    /// A fresh anvil (Prague) with `args`.
    pub(crate) fn start(args: &[&str]) -> Self {
        let mut anvil = Anvil::new()
            .path(anvil_path())
            .arg("--hardfork")
            .arg("prague");
        for arg in args {
            anvil = anvil.arg(*arg);
        }
        let anvil = anvil.spawn();
        let provider = ProviderBuilder::new()
            .connect_http(anvil.endpoint_url())
            .erased();
        Chain {
            anvil,
            dir: tempfile::tempdir().unwrap(),
            provider,
        }
    }

    pub(crate) fn url(&self) -> String {
        self.anvil.endpoint()
    }

    /// anvil's `index`th key, as hex.
    pub(crate) fn key(&self, index: usize) -> String {
        format!(
            "0x{}",
            alloy::primitives::hex::encode(self.anvil.keys()[index].to_bytes())
        )
    }

    /// anvil's `index`th account.
    pub(crate) fn address(&self, index: usize) -> Address {
        PrivateKeySigner::from(self.anvil.keys()[index].clone()).address()
    }

    /// The binary, in the scratch directory, pointed at this chain, with a clean environment.
    pub(crate) fn command(&self, key: Option<usize>, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_consentry"));
        command.current_dir(self.dir.path());
        for (name, _) in std::env::vars() {
            if name.starts_with("CONSENTRY_") || name.starts_with("ETH_") {
                command.env_remove(name);
            }
        }
        command.env("ETH_RPC_URL", self.url());
        if let Some(index) = key {
            command.env("CONSENTRY_PRIVATE_KEY", self.key(index));
        }
        command.args(args);
        command
    }

    /// Runs the binary as account `key` (or keyless) and waits.
    pub(crate) fn run(&self, key: Option<usize>, args: &[&str]) -> Run {
        let output = self.command(key, args).output().unwrap();
        Run::from(output, args.join(" "))
    }

    /// Starts the binary without waiting.
    pub(crate) fn spawn(&self, key: Option<usize>, args: &[&str]) -> Child {
        self.command(key, args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    }

    /// A file in the scratch directory.
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub(crate) fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, content).unwrap();
        path
    }

    pub(crate) async fn nonce(&self, account: Address) -> u64 {
        self.provider.get_transaction_count(account).await.unwrap()
    }

    pub(crate) async fn block(&self) -> u64 {
        self.provider.get_block_number().await.unwrap()
    }

    /// The chain's manifest, as the deployer wrote it.
    pub(crate) fn manifest(&self) -> Value {
        let path = self.path("deployments/31337.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    pub(crate) fn manifest_address(&self, name: &str) -> Address {
        self.manifest()["contracts"][name]["address"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    }
}

/// A record id from a `record add --json`.
pub(crate) fn record_id(run: &Run) -> B256 {
    run.json()["recordId"].as_str().unwrap().parse().unwrap()
}

pub(crate) fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}
