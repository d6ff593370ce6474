//! Deploys the Consentry contracts to any EVM chain: deterministic CREATE2 addresses through
//! the standard deployment proxy, idempotent re-runs, resumable after a crash, a dry run with
//! gas and cost, and a manifest the indexer reads.

pub mod create2;
pub mod deploy;
pub mod journal;
pub mod manifest;
pub mod plan;

pub use deploy::{DeployError, Deployer, Options, Report, Status};
pub use manifest::Manifest;
pub use plan::{Config, OrganizationSpec, OrganizationsFile, Plan};
