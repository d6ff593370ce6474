//! The Consentry SDK: everything the deployer, the indexer and the CLI share.
//!
//! - [`vocabulary`]: categories, purposes, actions and the other codes, with their FHIR and
//!   HL7 v3 meanings, checked against the contracts' table;
//! - [`eip712`]: consents a patient signs in a wallet and anyone submits;
//! - [`access`]: the access rule and an access model rebuilt from events, answering exactly
//!   as the contracts do;
//! - [`client`]: a typed client over the generated bindings whose reverts are sentences;
//! - [`errors`]: the contracts' custom errors, decoded and told;
//! - `harness` (feature `harness`): the suite in an in-process EVM, for tests and benchmarks.

pub mod access;
pub mod client;
pub mod eip712;
pub mod errors;
pub mod events;
#[cfg(feature = "harness")]
pub mod harness;
pub mod types;
pub mod vocabulary;

pub use consentry_bindings as bindings;
