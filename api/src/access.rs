//! Who may see what, decided per request: the time access is judged at, who practises
//! where (the roster, cached for a second), whether an account speaks for a patient, and the
//! log of every practitioner's read.

use std::time::{Duration, Instant, SystemTime};

use alloy::primitives::Address;
use consentry_store::projection::{Kind, Organization, Practitioner, delegation_key};

use crate::{Api, error::ApiError, from_state, unix};

impl Api {
    /// The time access is judged at: the wall clock, or the chain's latest block time when the
    /// chain runs ahead of it (a test chain whose clock was moved forward).
    pub(crate) async fn now(&self) -> Result<u64, ApiError> {
        let wall = unix(SystemTime::now());
        let cached = self
            .0
            .chain_time
            .lock()
            .ok()
            .and_then(|c| *c)
            .filter(|(at, _)| at.elapsed() < Duration::from_secs(1));
        let chain = match cached {
            Some((_, time)) => time,
            None => {
                let time = self.store().head().await?.map_or(0, |(_, time)| time);
                if let Ok(mut cache) = self.0.chain_time.lock() {
                    *cache = Some((Instant::now(), time));
                }
                time
            }
        };
        Ok(wall.max(chain))
    }

    /// The organisation `account` practises at, if it is on the roster of an organisation
    /// that is not suspended.
    pub(crate) async fn practitioner_org(&self, account: Address) -> Result<Option<u32>, ApiError> {
        self.0
            .rosters
            .try_get_with(account, self.practitioner_org_now(account))
            .await
            .map_err(|e| (*e).clone())
    }

    async fn practitioner_org_now(&self, account: Address) -> Result<Option<u32>, ApiError> {
        let Some(state) = self
            .store()
            .current(Kind::Practitioner, &format!("{account:#x}"))
            .await?
        else {
            return Ok(None);
        };
        let practitioner: Practitioner = from_state(state)?;
        if !practitioner.active {
            return Ok(None);
        }
        let Some(org) = self
            .store()
            .current(Kind::Organization, &practitioner.org_id.to_string())
            .await?
        else {
            return Ok(None);
        };
        let org: Organization = from_state(org)?;
        Ok((!org.suspended).then_some(practitioner.org_id))
    }

    /// Whether `account` is `patient` or an active delegate of theirs.
    pub(crate) async fn speaks_for(
        &self,
        account: Address,
        patient: Address,
    ) -> Result<bool, ApiError> {
        if account == patient {
            return Ok(true);
        }
        let Some(state) = self
            .store()
            .current(Kind::Delegation, &delegation_key(patient, account))
            .await?
        else {
            return Ok(false);
        };
        let delegation: consentry_store::projection::Delegation = from_state(state)?;
        Ok(delegation.active && delegation.expires_at > self.now().await?)
    }

    /// Who may see `patient`'s rows: all of them (the patient or a delegate), or those of one
    /// organisation (its practitioner, whose read is logged).
    pub(crate) async fn patient_view(
        &self,
        account: Address,
        patient: Address,
        route: &str,
        query: &str,
    ) -> Result<View, ApiError> {
        if self.speaks_for(account, patient).await? {
            return Ok(View::Everything);
        }
        match self.practitioner_org(account).await? {
            Some(org) => {
                self.log_read(account, org, Some(patient), route, query)
                    .await?;
                Ok(View::Organization(org))
            }
            None => Err(ApiError::forbidden(format!(
                "{account:#x} is neither this patient, nor a delegate of theirs, nor a practitioner \
                 of an active organisation"
            ))),
        }
    }

    /// Checks that the caller practises at `org` now, and logs the read.
    pub(crate) async fn org_view(
        &self,
        account: Address,
        org: u32,
        patient: Option<Address>,
        route: &str,
        query: &str,
    ) -> Result<Address, ApiError> {
        match self.practitioner_org(account).await? {
            Some(own) if own == org => {
                self.log_read(account, org, patient, route, query).await?;
                Ok(account)
            }
            _ => Err(ApiError::forbidden(format!(
                "{account:#x} is not a practitioner of active organisation {org}"
            ))),
        }
    }

    pub(crate) async fn log_read(
        &self,
        reader: Address,
        org_id: u32,
        patient: Option<Address>,
        route: &str,
        query: &str,
    ) -> Result<(), ApiError> {
        let read = consentry_store::ApiRead {
            at: unix(SystemTime::now()),
            reader,
            org_id,
            patient,
            route: route.to_owned(),
            query: query.to_owned(),
        };
        self.0.reads.log(read).await
    }
}

/// Which of a patient's rows a caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    /// All of them.
    Everything,
    /// Those concerning one organisation.
    Organization(u32),
}

impl View {
    pub(crate) fn org(self) -> Option<u32> {
        match self {
            View::Everything => None,
            View::Organization(org) => Some(org),
        }
    }
}
