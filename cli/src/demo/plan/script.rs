//! What the script is — the calls it makes, in time order, and what it holds — and how it is
//! put together from every patient's weeks.

use std::collections::HashMap;

use alloy::{
    dyn_abi::Eip712Domain,
    primitives::{Address, B256},
};
use consentry_sdk::{
    client::NewRecord,
    eip712::{GrantConsent, Signed},
    types::ConsentTerms,
    vocabulary::{ActionSet, CategorySet, EmergencyReason, Purpose, PurposeSet, Role},
};
use rand::{SeedableRng, rngs::StdRng};

use super::{Cast, DAY, HOUR, Size, patient::Builder};

/// A contract call of the script.
#[derive(Debug, Clone)]
pub(crate) enum Call {
    AddPractitioner {
        org: u32,
        account: Address,
        role: Role,
    },
    Grant {
        patient: Address,
        org: u32,
        terms: ConsentTerms,
    },
    GrantBySig(Box<Signed<GrantConsent>>),
    Narrow {
        patient: Address,
        org: u32,
        terms: ConsentTerms,
    },
    Extend {
        patient: Address,
        org: u32,
        until: u64,
    },
    Revoke {
        patient: Address,
        org: u32,
    },
    AppointDelegate {
        delegate: Address,
        categories: CategorySet,
        purposes: PurposeSet,
        actions: ActionSet,
        until: u64,
    },
    /// An access request; `tag` names it for the answer (the chain numbers it).
    RequestAccess {
        tag: usize,
        patient: Address,
        terms: ConsentTerms,
        duration: u64,
        reason: B256,
    },
    Approve {
        tag: usize,
    },
    Deny {
        tag: usize,
    },
    OpenEmergency {
        patient: Address,
        reason: EmergencyReason,
        justification: B256,
    },
    CloseEmergency {
        patient: Address,
        org: u32,
    },
    AddRecord(NewRecord),
    Retract {
        id: B256,
    },
    LogAccess {
        patient: Address,
        ids: Vec<B256>,
        purpose: Purpose,
    },
}

impl Call {
    /// A short name for progress and errors.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Call::AddPractitioner { .. } => "add practitioner",
            Call::Grant { .. } => "grant",
            Call::GrantBySig(_) => "submit signed grant",
            Call::Narrow { .. } => "narrow",
            Call::Extend { .. } => "extend",
            Call::Revoke { .. } => "revoke",
            Call::AppointDelegate { .. } => "appoint delegate",
            Call::RequestAccess { .. } => "request access",
            Call::Approve { .. } => "approve request",
            Call::Deny { .. } => "deny request",
            Call::OpenEmergency { .. } => "open emergency",
            Call::CloseEmergency { .. } => "close emergency",
            Call::AddRecord(_) => "add record",
            Call::Retract { .. } => "retract record",
            Call::LogAccess { .. } => "log read",
        }
    }
}

/// One transaction of the script.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    /// Its block's timestamp.
    pub(crate) at: u64,
    pub(crate) from: Address,
    pub(crate) call: Call,
}

/// What the script holds, for the summary.
#[derive(Debug, Default, Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Tally {
    pub(crate) consents: usize,
    pub(crate) signed_consents: usize,
    pub(crate) delegated_consents: usize,
    pub(crate) narrowed: usize,
    pub(crate) extended: usize,
    pub(crate) revoked: usize,
    pub(crate) requests: usize,
    pub(crate) emergencies: usize,
    pub(crate) records: usize,
    pub(crate) superseded: usize,
    pub(crate) retracted: usize,
    pub(crate) reads: usize,
}

/// The script, in time order.
#[derive(Debug, Clone)]
pub(crate) struct Script {
    pub(crate) steps: Vec<Step>,
    pub(crate) tally: Tally,
    /// When the simulated period ends.
    pub(crate) end: u64,
}

/// The script for `cast` on the chain whose consent registry has `domain`, from `start` over
/// `size.weeks` weeks.
pub(crate) fn script(cast: &Cast, size: Size, domain: &Eip712Domain, start: u64) -> Script {
    let end = start + size.weeks.max(1) * 7 * DAY;
    let mut builder = Builder {
        rng: StdRng::seed_from_u64(size.seed),
        cast,
        domain,
        chain_id: domain.chain_id.map_or(0, |id| id.to::<u64>()),
        steps: Vec::new(),
        tally: Tally::default(),
        requests: 0,
        contents: 0,
    };
    // Rosters first, in the first hour.
    for org in &cast.orgs {
        for (i, (key, role)) in org.staff.iter().enumerate() {
            builder.push(
                start + 60 + i as u64,
                &org.admin,
                Call::AddPractitioner {
                    org: org.id,
                    account: key.address(),
                    role: *role,
                },
            );
        }
    }
    for index in 0..cast.patients.len() {
        builder.patient(index, start + HOUR, end);
    }
    // A few emergencies still open at the end of the period.
    let patients = cast.patients.len();
    for (n, index) in (0..patients)
        .step_by(patients.div_ceil(3).max(1))
        .enumerate()
    {
        let me = cast.patients[index].address();
        let at = end - (5 + 3 * n as u64) * HOUR;
        builder.emergency(index, me, start, end, Some(at));
    }
    let mut steps = builder.steps;
    // Stable: steps at the same second keep the order they were planned in.
    steps.sort_by_key(|s| s.at);
    let mut previous = start;
    for step in &mut steps {
        step.at = step.at.max(previous + 1);
        previous = step.at;
    }
    Script {
        steps,
        tally: builder.tally,
        end,
    }
}

/// Request tags in the order the chain will number them.
pub(crate) fn request_order(steps: &[Step]) -> HashMap<usize, usize> {
    steps
        .iter()
        .filter_map(|s| match s.call {
            Call::RequestAccess { tag, .. } => Some(tag),
            _ => None,
        })
        .enumerate()
        .map(|(position, tag)| (tag, position))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use consentry_sdk::{client::record_id, eip712};

    use super::*;

    fn demo() -> (Cast, Script) {
        let cast = Cast::new(300, 1);
        let domain = eip712::domain(31337, Address::repeat_byte(7), B256::repeat_byte(8));
        let script = script(&cast, Size { weeks: 6, seed: 42 }, &domain, 1_700_000_000);
        (cast, script)
    }

    #[test]
    fn the_script_is_deterministic_and_in_time_order() {
        let (_, a) = demo();
        let (_, b) = demo();
        assert_eq!(a.steps.len(), b.steps.len());
        assert!(a.steps.windows(2).all(|w| w[0].at < w[1].at));
        assert!(a.steps.iter().all(|s| s.at < a.end));
        for (x, y) in a.steps.iter().zip(&b.steps) {
            assert_eq!((x.at, x.from, x.call.name()), (y.at, y.from, y.call.name()));
        }
    }

    #[test]
    fn the_script_has_every_kind_of_consent_and_activity() {
        let (_, script) = demo();
        let t = script.tally;
        assert!(t.consents > 300, "{t:?}");
        for (what, count) in [
            ("signed", t.signed_consents),
            ("delegated", t.delegated_consents),
            ("narrowed", t.narrowed),
            ("extended", t.extended),
            ("revoked", t.revoked),
            ("requests", t.requests),
            ("emergencies", t.emergencies),
            ("superseded", t.superseded),
            ("retracted", t.retracted),
        ] {
            assert!(count > 0, "no {what}: {t:?}");
        }
        assert!(t.records > 600 && t.reads > 300, "{t:?}");
    }

    #[test]
    fn reads_and_supersessions_follow_their_records_and_answers_follow_their_requests() {
        let (cast, script) = demo();
        let author_org: HashMap<Address, u32> = cast
            .orgs
            .iter()
            .flat_map(|org| org.staff.iter().map(|(key, _)| (key.address(), org.id)))
            .collect();
        let roles: HashMap<Address, Role> = cast
            .orgs
            .iter()
            .flat_map(|org| org.staff.iter().map(|(key, role)| (key.address(), *role)))
            .collect();
        let mut added = HashSet::new();
        let mut asked = HashSet::new();
        let mut retracted = HashSet::new();
        for step in &script.steps {
            match &step.call {
                Call::AddRecord(record) => {
                    assert!(
                        roles[&step.from].may_use(record.purpose),
                        "a record written for a purpose outside its author's role"
                    );
                    if let Some(old) = record.supersedes {
                        assert!(added.contains(&old), "supersedes an unknown record");
                    }
                    added.insert(record_id(
                        record.patient,
                        author_org[&step.from],
                        record.category,
                        record.content_hash,
                    ));
                }
                Call::LogAccess { ids, purpose, .. } => {
                    assert!(
                        roles[&step.from].may_use(*purpose),
                        "a read logged for a purpose outside its reader's role"
                    );
                    for id in ids {
                        assert!(added.contains(id), "a read before its record");
                        assert!(!retracted.contains(id), "a read of a retracted record");
                    }
                }
                Call::Retract { id } => {
                    assert!(added.contains(id));
                    retracted.insert(*id);
                }
                Call::RequestAccess { tag, .. } => {
                    asked.insert(*tag);
                }
                Call::Approve { tag } | Call::Deny { tag } => assert!(asked.contains(tag)),
                _ => {}
            }
        }
    }
}
