//! The reorg window: the store remembers its last `window` blocks (number, hash, parent hash).
//! A checkpoint the chain no longer has, or a range whose first block is not the checkpoint's
//! child, is a reorg. The newest remembered block the chain still has is the common ancestor,
//! and everything after it is rolled back; a reorg deeper than the window cannot be undone.

use alloy::transports::TransportError;

use consentry_store::{BlockRef, Checkpoint};

use super::{Indexer, SyncError};
use crate::rpc;

/// Whether a range whose first block is `first` continues the chain the store ends at
/// `checkpoint` (an empty store takes any).
pub(super) fn follows(checkpoint: Option<Checkpoint>, first: &BlockRef) -> bool {
    checkpoint.is_none_or(|checkpoint| first.parent_hash == checkpoint.block_hash)
}

impl Indexer {
    /// Checks the stored checkpoint is still on the chain (a reorg may have happened while the
    /// indexer was stopped, or at the head while it waited) and undoes what is not. A node
    /// that does not have the block yet (a lagging replica) is not a reorg.
    pub async fn verify_checkpoint(&self) -> Result<(), SyncError> {
        let Some(checkpoint) = self.store.checkpoint().await? else {
            return Ok(());
        };
        match rpc::block(
            &self.provider,
            checkpoint.block_number,
            self.config.max_backoff,
        )
        .await?
        {
            Some(block) if block.hash != checkpoint.block_hash => self.undo_reorg(checkpoint).await,
            _ => Ok(()),
        }
    }

    /// Undoes the reorg a range showed by not following the checkpoint: the ranges asked for
    /// ahead are forgotten (they were read from the same chain), the batches in flight are
    /// committed, and the store is rolled back from its checkpoint.
    pub(super) async fn undo_reorg_behind_range(&self) -> Result<(), SyncError> {
        self.prefetch.forget();
        self.settle().await?;
        if let Some(stored) = self.store.checkpoint().await? {
            self.undo_reorg(stored).await?;
        }
        Ok(())
    }

    /// Finds the newest remembered block still on the chain and undoes everything after it.
    /// A node serving another chain (another genesis block: a load balancer failed over to
    /// another network with the same chain id) is no reorg: nothing is undone, and the node is
    /// asked again after a wait until it serves the chain the store holds.
    async fn undo_reorg(&self, checkpoint: Checkpoint) -> Result<(), SyncError> {
        if let Some(why) = self.another_chain().await? {
            self.distrust(&why).await;
            return Ok(());
        }
        let window = self.store.window().await?;
        let Some(ancestor) = self.common_ancestor(&window).await? else {
            return Err(SyncError::ReorgTooDeep {
                checkpoint: checkpoint.block_number,
                oldest: window.last().map_or(checkpoint.block_number, |b| b.number),
            });
        };
        let depth = checkpoint.block_number - ancestor.number;
        tracing::warn!(
            checkpoint = checkpoint.block_number,
            ancestor = ancestor.number,
            depth,
            "reorg: undoing the replaced blocks"
        );
        self.store.rollback(&ancestor).await?;
        metrics::counter!("consentry_indexer_reorgs_total").increment(1);
        self.progress.send_modify(|p| {
            p.reorgs += 1;
            p.checkpoint = Some(ancestor.number);
        });
        Ok(())
    }

    /// What tells the node serves another chain than the store's, if anything: its genesis
    /// block.
    async fn another_chain(&self) -> Result<Option<String>, TransportError> {
        let Some(genesis) = self.genesis else {
            return Ok(None);
        };
        let node = rpc::block(&self.provider, 0, self.config.max_backoff).await?;
        Ok(node.filter(|block| block.hash != genesis).map(|block| {
            format!(
                "the node now serves another chain: its genesis block is {}, the store's {genesis}",
                block.hash
            )
        }))
    }

    /// The newest of the remembered blocks (`window`, newest first) the chain still has.
    async fn common_ancestor(
        &self,
        window: &[BlockRef],
    ) -> Result<Option<BlockRef>, TransportError> {
        for remembered in window {
            let on_chain =
                rpc::block(&self.provider, remembered.number, self.config.max_backoff).await?;
            if on_chain.is_some_and(|b| b.hash == remembered.hash) {
                return Ok(Some(*remembered));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::B256;

    use super::*;

    fn block(number: u64, hash: u8, parent: u8) -> BlockRef {
        BlockRef {
            number,
            hash: B256::repeat_byte(hash),
            parent_hash: B256::repeat_byte(parent),
            timestamp: number,
        }
    }

    #[test]
    fn a_range_follows_the_checkpoint_it_is_the_child_of() {
        let checkpoint = Checkpoint {
            chain_id: 1,
            block_number: 9,
            block_hash: B256::repeat_byte(9),
        };
        assert!(follows(Some(checkpoint), &block(10, 10, 9)));
        assert!(!follows(Some(checkpoint), &block(10, 10, 8)), "a reorg");
        assert!(follows(None, &block(10, 10, 8)), "an empty store takes any");
    }
}
