//! The SDK's integration tests, one binary (one link): the client against a real anvil, the
//! differential suite against the contracts in revm, signatures, and other wallets' formats.
#![allow(clippy::unwrap_used)] // a test states its expectations by unwrapping

mod client;
mod common;
mod differential;
mod signatures;
mod wallets;
