//! Plain Rust forms of the values the contracts take and return.

use serde::{Deserialize, Serialize};

use crate::vocabulary::{ActionSet, CategorySet, NO_EXPIRY, PurposeSet};
use consentry_bindings::consent_registry::ConsentRegistry;

/// What a patient allows one organisation: categories, purposes, actions and a window
/// `[valid_from, valid_until)` in Unix seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentTerms {
    /// The categories of records.
    pub categories: CategorySet,
    /// The purposes of use.
    pub purposes: PurposeSet,
    /// Read, write or both.
    pub actions: ActionSet,
    /// First second of validity.
    pub valid_from: u64,
    /// First second after validity; [`NO_EXPIRY`] for a consent that runs until revoked.
    pub valid_until: u64,
}

/// Terms the contract would refuse, named before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermsError {
    /// No categories, or bits outside the vocabulary.
    #[error("categories must name at least one known category")]
    Categories,
    /// No purposes, or bits outside the vocabulary.
    #[error("purposes must name at least one known purpose")]
    Purposes,
    /// No actions, or bits outside the vocabulary.
    #[error("actions must be read, write or both")]
    Actions,
    /// The window is empty, over, or beyond what the contract can store.
    #[error("the validity window {valid_from}..{valid_until} is empty, over, or too far out")]
    Window {
        /// Start of the window.
        valid_from: u64,
        /// End of the window.
        valid_until: u64,
    },
}

impl ConsentTerms {
    /// Checks the terms as `ConsentRegistry` will at time `now`.
    pub fn validate(&self, now: u64) -> Result<(), TermsError> {
        if self.categories.is_empty() || !self.categories.is_valid() {
            return Err(TermsError::Categories);
        }
        if self.purposes.is_empty() || !self.purposes.is_valid() {
            return Err(TermsError::Purposes);
        }
        if self.actions.is_empty() || !self.actions.is_valid() {
            return Err(TermsError::Actions);
        }
        if self.valid_from >= self.valid_until
            || self.valid_until <= now
            || self.valid_until > NO_EXPIRY
        {
            return Err(TermsError::Window {
                valid_from: self.valid_from,
                valid_until: self.valid_until,
            });
        }
        Ok(())
    }

    /// The ABI form the contract takes.
    pub fn to_sol(&self) -> ConsentRegistry::ConsentTerms {
        ConsentRegistry::ConsentTerms {
            categories: self.categories.0,
            purposes: self.purposes.0,
            actions: self.actions.0,
            validFrom: alloy::primitives::aliases::U40::saturating_from(self.valid_from),
            validUntil: alloy::primitives::aliases::U40::saturating_from(self.valid_until),
        }
    }

    /// Whether every scope of `self` lies within `other`'s and the window inside it: what
    /// `ConsentRegistry.narrow` accepts.
    pub fn is_within(&self, other: &ConsentTerms) -> bool {
        other.categories.is_superset_of(self.categories)
            && other.purposes.is_superset_of(self.purposes)
            && other.actions.is_superset_of(self.actions)
            && self.valid_from >= other.valid_from
            && self.valid_until <= other.valid_until
    }
}

impl From<&ConsentRegistry::ConsentTerms> for ConsentTerms {
    fn from(terms: &ConsentRegistry::ConsentTerms) -> Self {
        ConsentTerms {
            categories: CategorySet(terms.categories),
            purposes: PurposeSet(terms.purposes),
            actions: ActionSet(terms.actions),
            valid_from: terms.validFrom.to(),
            valid_until: terms.validUntil.to(),
        }
    }
}
