//! The demo's cast and script: who exists, and every transaction they send, when.
//!
//! Pure and deterministic (one seed gives one script), so the script can be checked without a
//! chain: every step is legal at its time if the steps before it succeeded.

mod cast;
mod patient;
mod script;

pub(crate) use self::{
    cast::{Cast, DemoOrg},
    script::{Call, Script, Step, Tally, request_order, script},
};

const HOUR: u64 = 3_600;
const DAY: u64 = 24 * HOUR;
/// How long a pending request stays answerable (`Vocabulary.REQUEST_TTL`).
const REQUEST_TTL: u64 = 14 * DAY;
/// How long an emergency access lasts (`Vocabulary.EMERGENCY_DURATION`).
const EMERGENCY_DURATION: u64 = DAY;

/// How big a demo to make.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Size {
    /// Simulated weeks of activity.
    pub(crate) weeks: u64,
    /// The random seed.
    pub(crate) seed: u64,
}
