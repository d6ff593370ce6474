//! Talking to the node: every call retried with capped exponential backoff (RPC errors, 429,
//! 5xx, requests that never answer), and the refusals of `eth_getLogs` ranges recognised from
//! the texts real providers send.

use std::time::Duration;

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, Bloom, BloomInput},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::{
        client::ClientBuilder,
        types::{Filter, Log},
    },
    transports::{
        TransportError, TransportErrorKind,
        http::{Http, reqwest},
    },
};
use backon::{ExponentialBuilder, Retryable};

use consentry_store::BlockRef;

/// Why a provider could not be made for an RPC URL.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The URL does not parse.
    #[error("RPC URL {url:?}: {source}")]
    Url {
        /// The URL given.
        url: String,
        /// Why it does not parse.
        source: url::ParseError,
    },
    /// The HTTP client could not be built (its TLS backend failed to start).
    #[error("the HTTP client for the node could not be built: {0}")]
    Client(#[source] reqwest::Error),
    /// The WebSocket could not be opened.
    #[error("cannot reach the node at {url}: {source}")]
    Unreachable {
        /// The URL given.
        url: String,
        /// The node's or the connection's answer.
        source: alloy::transports::TransportError,
    },
}

/// A provider for `url`: a WebSocket for `ws://` and `wss://` (the indexer then follows the
/// node's new-head subscription), else HTTP with a `timeout` on every request.
pub async fn connect_any(url: &str, timeout: Duration) -> Result<DynProvider, ConnectError> {
    if url.starts_with("ws://") || url.starts_with("wss://") {
        let unreachable = |source| ConnectError::Unreachable {
            url: url.to_owned(),
            source,
        };
        let connecting = ProviderBuilder::new()
            .disable_recommended_fillers()
            .connect_ws(alloy::providers::WsConnect::new(url));
        // A node that takes the connection and never answers the handshake is not waited for.
        return match tokio::time::timeout(timeout, connecting).await {
            Ok(connected) => connected
                .map(|provider| provider.erased())
                .map_err(unreachable),
            Err(_) => Err(unreachable(TransportErrorKind::custom_str(&format!(
                "no WebSocket handshake within {timeout:?}"
            )))),
        };
    }
    connect(url, timeout)
}

/// Whether `url` is a WebSocket endpoint.
pub fn is_websocket(url: &str) -> bool {
    url.starts_with("ws://") || url.starts_with("wss://")
}

/// A provider over HTTP whose every request gives up after `timeout` (and is then retried).
pub fn connect(url: &str, timeout: Duration) -> Result<DynProvider, ConnectError> {
    let url: reqwest::Url = url.parse().map_err(|source| ConnectError::Url {
        url: url.to_owned(),
        source,
    })?;
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .build()
        .map_err(ConnectError::Client)?;
    let is_local = url
        .host_str()
        .is_some_and(|h| h == "localhost" || h == "127.0.0.1" || h == "::1");
    let transport = Http::with_client(client, url);
    let client = ClientBuilder::default()
        .layer(crate::rpc_ids::MatchIds)
        .transport(transport, is_local);
    Ok(ProviderBuilder::new()
        .disable_recommended_fillers()
        .connect_client(client)
        .erased())
}

/// What a provider's refusal of an `eth_getLogs` range says to do instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeAdvice {
    /// Ask for at most this many blocks.
    AtMost(u64),
    /// Ask for fewer blocks (no number given).
    Fewer,
}

/// Whether `message` is a provider refusing a block range or a result size, and what it
/// suggests. Recognises, among others:
/// - Alchemy: "Log response size exceeded. ... this block range should work: [0x1, 0x1e]"
/// - Infura, geth: "query returned more than 10000 results. Try with this block range
///   [0x10, 0x20]."
/// - QuickNode: "eth_getLogs is limited to a 10,000 range"
/// - Ankr, others: "block range is too wide", "exceed maximum block range: 5000",
///   "query exceeds max block range 100000", "range too large", "limit exceeded".
pub fn range_advice(message: &str) -> Option<RangeAdvice> {
    let lower = message.to_ascii_lowercase();
    if lower.contains("rate limit") || lower.contains("too many requests") {
        return None;
    }
    let refused = [
        "response size exceeded",
        "returned more than",
        "block range",
        "range is too",
        "range too large",
        "limited to a",
        "limit exceeded",
        "too many results",
        "exceeds max",
        "-32005",
        "max results",
    ]
    .iter()
    .any(|needle| lower.contains(needle));
    if !refused {
        return None;
    }
    // A suggested range "[0xa, 0xb]".
    if let Some(start) = lower.find("[0x") {
        let rest = &lower[start + 1..];
        if let Some(end) = rest.find(']') {
            let mut parts = rest[..end].split(',').map(|p| p.trim());
            if let (Some(a), Some(b)) = (parts.next(), parts.next()) {
                let parse = |s: &str| u64::from_str_radix(s.trim_start_matches("0x"), 16).ok();
                if let (Some(a), Some(b)) = (parse(a), parse(b))
                    && b >= a
                {
                    return Some(RangeAdvice::AtMost(b - a + 1));
                }
            }
        }
    }
    // A block limit: the number after "range" ("limited to a 10,000 range" says it before).
    let number_near = |text: &str| -> Option<u64> {
        let digits: String = text
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '_')
            .filter(|c| c.is_ascii_digit())
            .collect();
        digits.parse().ok().filter(|n| *n > 0)
    };
    if lower.contains("block range") || lower.contains("limited to a") {
        let tail = lower
            .find("block range")
            .map(|i| &lower[i..])
            .or_else(|| lower.find("limited to a").map(|i| &lower[i..]))
            .unwrap_or(&lower);
        if let Some(n) = number_near(tail) {
            return Some(RangeAdvice::AtMost(n));
        }
    }
    Some(RangeAdvice::Fewer)
}

/// Capped exponential backoff, forever: nothing is skipped, and a failing provider is asked
/// at most every `max_delay`.
pub fn backoff(max_delay: Duration) -> ExponentialBuilder {
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_millis(100))
        .with_max_delay(max_delay)
        .with_jitter()
        .without_max_times()
}

fn note_retry(what: &'static str) -> impl Fn(&TransportError, Duration) {
    move |error, delay| {
        metrics::counter!("consentry_indexer_rpc_errors_total", "call" => what).increment(1);
        tracing::warn!(call = what, %error, retry_in = ?delay, "RPC call failed; retrying");
    }
}

/// The chain's id, retried.
pub async fn chain_id(provider: &DynProvider, max_delay: Duration) -> Result<u64, TransportError> {
    (|| async { provider.get_chain_id().await })
        .retry(backoff(max_delay))
        .notify(note_retry("eth_chainId"))
        .await
}

/// The head's number, retried.
pub async fn head(provider: &DynProvider, max_delay: Duration) -> Result<u64, TransportError> {
    (|| async { provider.get_block_number().await })
        .retry(backoff(max_delay))
        .notify(note_retry("eth_blockNumber"))
        .await
}

/// A block's header as the indexer reads it: what the reorg window remembers of it, and the
/// bloom of its logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Number, hash, parent hash and time.
    pub block: BlockRef,
    /// The bloom filter of every log's address and topics in the block.
    pub logs_bloom: Bloom,
}

impl Header {
    /// Whether the block's bloom says one of `addresses` may have logged in it. A bloom can say
    /// so falsely (its bits are shared by every log of the block), never the other way round.
    pub fn may_hold_logs_of(&self, addresses: &[Address]) -> bool {
        addresses.iter().any(|address| {
            self.logs_bloom
                .contains_input(BloomInput::Raw(address.as_slice()))
        })
    }
}

/// Block `number`'s header, retried; `None` if the node does not have it (yet).
pub async fn header(
    provider: &DynProvider,
    number: u64,
    max_delay: Duration,
) -> Result<Option<Header>, TransportError> {
    let block = (|| async {
        provider
            .get_block_by_number(BlockNumberOrTag::Number(number))
            .await
    })
    .retry(backoff(max_delay))
    .notify(note_retry("eth_getBlockByNumber"))
    .await?;
    let Some(block) = block else {
        return Ok(None);
    };
    if block.header.number != number {
        // Another request's answer, or a node that does not know what it was asked.
        return Err(TransportErrorKind::custom_str(&format!(
            "eth_getBlockByNumber for block {number} answered block {}",
            block.header.number
        )));
    }
    Ok(Some(Header {
        block: BlockRef {
            number,
            hash: block.header.hash,
            parent_hash: block.header.parent_hash,
            timestamp: block.header.timestamp,
        },
        logs_bloom: block.header.logs_bloom,
    }))
}

/// Block `number`'s number, hash, parent hash and time, retried; `None` if the node does not
/// have it (yet).
pub async fn block(
    provider: &DynProvider,
    number: u64,
    max_delay: Duration,
) -> Result<Option<BlockRef>, TransportError> {
    Ok(header(provider, number, max_delay)
        .await?
        .map(|header| header.block))
}

/// The suite's logs in the block `header` names, asked by its hash: nodes answer such a
/// request from the block's own receipts, not from the log index a range is searched in.
/// Retried; every log must be of that block.
pub async fn block_logs(
    provider: &DynProvider,
    addresses: &[Address],
    header: &BlockRef,
    max_delay: Duration,
) -> Result<Vec<Log>, TransportError> {
    let filter = Filter::new()
        .address(addresses.to_vec())
        .at_block_hash(header.hash);
    (|| async {
        let logs = provider.get_logs(&filter).await?;
        let stray = logs.iter().find_map(|log| {
            not_asked_for(log, addresses, header.number, header.number).or_else(|| {
                (log.block_hash != Some(header.hash)).then(|| "a log of another block".into())
            })
        });
        match stray {
            None => Ok(logs),
            Some(why) => Err(TransportErrorKind::custom_str(&format!(
                "eth_getLogs for block {} by its hash answered {why}",
                header.number
            ))),
        }
    })
    .retry(backoff(max_delay))
    .notify(note_retry("eth_getLogs"))
    .await
}

/// The suite's logs in `from..=to`; a range refusal is returned (not retried) for the caller
/// to narrow.
pub async fn logs(
    provider: &DynProvider,
    addresses: &[Address],
    from: u64,
    to: u64,
    max_delay: Duration,
) -> Result<Vec<Log>, TransportError> {
    let filter = Filter::new()
        .address(addresses.to_vec())
        .from_block(from)
        .to_block(to);
    (|| async {
        let logs = provider.get_logs(&filter).await?;
        match logs
            .iter()
            .find_map(|log| not_asked_for(log, addresses, from, to))
        {
            None => Ok(logs),
            // Another request's answer (a load balancer mixing up its backends), a log of a
            // pending or removed block, or of a contract not asked about: nothing of it is
            // taken, and the request is made again.
            Some(why) => Err(TransportErrorKind::custom_str(&format!(
                "eth_getLogs for blocks {from}..={to} answered {why}"
            ))),
        }
    })
    .retry(backoff(max_delay))
    .when(|error| range_advice(&error.to_string()).is_none())
    .notify(note_retry("eth_getLogs"))
    .await
}

/// What makes `log` no answer to `eth_getLogs` for `addresses` in blocks `from..=to`, if
/// anything: a block outside the range, no block, hash or index (a pending log), a log the
/// node says was removed, or another contract's.
fn not_asked_for(log: &Log, addresses: &[Address], from: u64, to: u64) -> Option<String> {
    let Some(block) = log.block_number else {
        return Some("a log without a block (pending)".into());
    };
    if !(from..=to).contains(&block) {
        return Some(format!(
            "a log of block {block}, outside the range asked for"
        ));
    }
    if log.block_hash.is_none() || log.log_index.is_none() || log.transaction_hash.is_none() {
        return Some(format!(
            "a log of block {block} without its block hash, index or transaction"
        ));
    }
    if log.removed {
        return Some(format!("a log of block {block} marked removed"));
    }
    if !addresses.contains(&log.address()) {
        return Some(format!(
            "a log of {}, a contract not asked about",
            log.address()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{B256, LogData};

    use super::*;

    /// A log of `address` in block 7, as a node answers it.
    fn log_of(address: Address) -> Log {
        Log {
            inner: alloy::primitives::Log {
                address,
                data: LogData::new_unchecked(vec![B256::repeat_byte(1)], Default::default()),
            },
            block_hash: Some(B256::repeat_byte(7)),
            block_number: Some(7),
            block_timestamp: None,
            transaction_hash: Some(B256::repeat_byte(9)),
            transaction_index: Some(0),
            log_index: Some(3),
            removed: false,
        }
    }

    /// A log is taken only as an answer to the request: in its range, mined, not removed, of a
    /// contract asked about.
    #[test]
    fn logs_not_asked_for_are_named() {
        let ours = Address::repeat_byte(0xc0);
        let asked = [ours];
        assert_eq!(not_asked_for(&log_of(ours), &asked, 5, 9), None);
        assert_eq!(not_asked_for(&log_of(ours), &asked, 7, 7), None);
        let why = |log: &Log, from, to| not_asked_for(log, &asked, from, to).unwrap_or_default();
        assert!(why(&log_of(ours), 8, 20).contains("outside the range"));
        assert!(why(&log_of(ours), 1, 6).contains("outside the range"));
        let pending = Log {
            block_number: None,
            ..log_of(ours)
        };
        assert!(why(&pending, 5, 9).contains("pending"));
        let unhashed = Log {
            block_hash: None,
            ..log_of(ours)
        };
        assert!(why(&unhashed, 5, 9).contains("without its block hash"));
        let removed = Log {
            removed: true,
            ..log_of(ours)
        };
        assert!(why(&removed, 5, 9).contains("removed"));
        assert!(why(&log_of(Address::repeat_byte(0xbb)), 5, 9).contains("not asked about"));
    }

    #[test]
    fn providers_refusals_are_understood() {
        let alchemy = "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x1, 0x1e]";
        assert_eq!(range_advice(alchemy), Some(RangeAdvice::AtMost(30)));
        let infura =
            "query returned more than 10000 results. Try with this block range [0x10, 0x20].";
        assert_eq!(range_advice(infura), Some(RangeAdvice::AtMost(17)));
        assert_eq!(
            range_advice("eth_getLogs is limited to a 10,000 range"),
            Some(RangeAdvice::AtMost(10_000))
        );
        assert_eq!(
            range_advice("exceed maximum block range: 5000"),
            Some(RangeAdvice::AtMost(5000))
        );
        assert_eq!(
            range_advice("block range is too wide"),
            Some(RangeAdvice::Fewer)
        );
        assert_eq!(
            range_advice("server returned an error response: error code -32005: limit exceeded"),
            Some(RangeAdvice::Fewer)
        );
        assert_eq!(range_advice("connection refused"), None);
        assert_eq!(
            range_advice("rate limit exceeded"),
            None,
            "a rate limit is retried"
        );
        assert_eq!(
            range_advice("HTTP error 429 with body: Too Many Requests"),
            None
        );
    }
}
