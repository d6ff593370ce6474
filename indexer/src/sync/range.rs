//! Sizing the `eth_getLogs` range: narrower when a range brings more events than a batch
//! holds, or when the node refuses it (to the size its message advises, else half); twice as
//! wide after a run of ranges that each brought at most half a batch, up to `max_range`.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use alloy::transports::TransportError;

use super::{Indexer, SyncConfig, SyncError};
use crate::rpc::{self, RangeAdvice};

/// Light ranges (at most half a batch each) in a row after which the range doubles.
const LIGHT_RANGES_BEFORE_GROWING: u64 = 4;

/// The size of the next `eth_getLogs` range.
#[derive(Debug)]
pub(super) struct RangeSize {
    /// The next range, in blocks.
    blocks: AtomicU64,
    /// Light ranges in a row.
    light: AtomicU64,
    /// The widest range.
    max: u64,
    /// The events a batch aims at.
    batch_events: usize,
}

impl RangeSize {
    pub(super) fn new(config: &SyncConfig) -> Self {
        RangeSize {
            blocks: config.initial_range.max(1).into(),
            light: 0.into(),
            max: config.max_range,
            batch_events: config.batch_events,
        }
    }

    /// The next range, in blocks.
    pub(super) fn blocks(&self) -> u64 {
        self.blocks.load(Relaxed)
    }

    /// The next range, after one of `blocks` blocks, asked for at size `range`, brought
    /// `events` events: as many blocks as fit a batch when it brought more than one, twice
    /// `range` after a run of light ranges, else `range`.
    fn after(&self, range: u64, blocks: u64, events: usize) -> u64 {
        let budget = self.batch_events.max(1);
        let next = if events > budget {
            self.light.store(0, Relaxed);
            let fitting = (blocks as u128 * budget as u128 / events as u128) as u64;
            fitting.clamp(1, range)
        } else if events <= budget / 2
            && self.light.fetch_add(1, Relaxed) + 1 >= LIGHT_RANGES_BEFORE_GROWING
            && range < self.max
        {
            self.light.store(0, Relaxed);
            (range * 2).min(self.max)
        } else {
            range
        };
        if next != range {
            self.blocks.store(next, Relaxed);
        }
        next
    }

    /// Narrows the range to `blocks` after the node refused a wider one; the run of light
    /// ranges starts again.
    fn narrow(&self, blocks: u64) {
        self.blocks.store(blocks, Relaxed);
        self.light.store(0, Relaxed);
    }
}

impl Indexer {
    /// The next range, after one of `blocks` blocks, asked for at size `range`, brought
    /// `events` events; a change shows in the progress.
    pub(super) fn resize_range(&self, range: u64, blocks: u64, events: usize) -> u64 {
        let next = self.range.after(range, blocks, events);
        if next != range {
            self.progress.send_modify(|p| p.range = next);
        }
        next
    }

    /// Narrows the range after the node answered `error` to blocks `next..=to`, as far as its
    /// refusal advises. An error that is no refusal, or the refusal of a single block, is the
    /// step's.
    pub(super) fn narrow_refused_range(
        &self,
        error: TransportError,
        next: u64,
        to: u64,
    ) -> Result<(), SyncError> {
        let message = error.to_string();
        let Some(advice) = rpc::range_advice(&message) else {
            return Err(error.into());
        };
        let asked = to - next + 1;
        if asked == 1 {
            return Err(SyncError::RangeRefused {
                block: next,
                message,
            });
        }
        let narrower = narrower(asked, advice);
        tracing::info!(from = asked, to = narrower, %message, "the node refused the range; narrowing");
        self.prefetch.forget();
        metrics::counter!("consentry_indexer_range_narrowed_total").increment(1);
        self.range.narrow(narrower);
        self.progress.send_modify(|p| p.range = narrower);
        Ok(())
    }
}

/// The range to ask for after the node refused one of `asked` blocks (more than one) with
/// `advice`: never as wide as the refused one.
fn narrower(asked: u64, advice: RangeAdvice) -> u64 {
    match advice {
        RangeAdvice::AtMost(blocks) => blocks.clamp(1, asked - 1),
        RangeAdvice::Fewer => (asked / 2).max(1),
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::Address;

    use super::*;

    fn range_size(initial: u64, max: u64, batch_events: usize) -> RangeSize {
        let mut config = SyncConfig::new(vec![Address::ZERO], 0);
        (config.initial_range, config.max_range, config.batch_events) =
            (initial, max, batch_events);
        RangeSize::new(&config)
    }

    #[test]
    fn a_heavy_range_narrows_to_what_fits_a_batch() {
        let size = range_size(1_000, 10_000, 100);
        // 400 events in 1,000 blocks: 250 blocks bring about a batch.
        assert_eq!(size.after(1_000, 1_000, 400), 250);
        assert_eq!(size.blocks(), 250);
        // Never narrower than one block.
        assert_eq!(size.after(250, 1, 1_000), 1);
    }

    #[test]
    fn a_run_of_light_ranges_doubles_the_range_up_to_the_max() {
        let size = range_size(1_000, 3_000, 100);
        for _ in 0..3 {
            assert_eq!(size.after(1_000, 1_000, 50), 1_000);
        }
        assert_eq!(size.after(1_000, 1_000, 50), 2_000);
        // A range of more than half a batch breaks no run and grows nothing.
        for _ in 0..3 {
            assert_eq!(size.after(2_000, 2_000, 60), 2_000);
            assert_eq!(size.after(2_000, 2_000, 0), 2_000);
        }
        assert_eq!(size.after(2_000, 2_000, 0), 3_000, "capped at the max");
        // A heavy range starts the run again.
        for _ in 0..3 {
            size.after(3_000, 3_000, 0);
        }
        size.after(3_000, 3_000, 101);
        assert_eq!(size.after(2_970, 2_970, 0), 2_970);
    }

    #[test]
    fn a_refused_range_narrows_as_advised_or_by_half() {
        assert_eq!(narrower(1_000, RangeAdvice::AtMost(30)), 30);
        assert_eq!(
            narrower(1_000, RangeAdvice::AtMost(5_000)),
            999,
            "narrower than asked, whatever the advice"
        );
        assert_eq!(narrower(1_000, RangeAdvice::AtMost(0)), 1);
        assert_eq!(narrower(1_000, RangeAdvice::Fewer), 500);
        assert_eq!(narrower(3, RangeAdvice::Fewer), 1);
    }
}
