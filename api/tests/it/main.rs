//! The API's integration tests, one binary (one link): every route over a store the real
//! indexer fills from a real anvil, and Sign-In with Ethereum against real wallets.
#![allow(clippy::unwrap_used)]

mod api;
mod siwe;
