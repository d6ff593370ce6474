//! The `consentry` binary's integration tests, one binary (one link): bad input, deploying,
//! indexing (killed and restarted), a clinical story, and `consentry up` driven in Chromium.
#![allow(clippy::unwrap_used)] // a test states its expectations by unwrapping

mod bad_input;
mod common;
mod cosign;
mod deploy;
mod index;
mod story;
mod up;
