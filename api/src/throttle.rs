//! How often one client may ask for a sign-in nonce: a token bucket per client address.
//!
//! Each nonce is a row the store keeps for ten minutes, so an unbounded stream of them grows
//! the table and slows every instance sharing it. A client gets [`BURST`] at once and one more
//! every [`REFILL`]; an IPv6 client is bucketed by its /64, the block one host usually holds.

use std::{
    net::IpAddr,
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

/// Nonces a client may take at once.
pub(super) const BURST: u32 = 30;
/// How long a client waits for one more.
pub(super) const REFILL: Duration = Duration::from_secs(1);

/// Token buckets by client.
pub(super) struct NonceThrottle {
    buckets: moka::future::Cache<IpAddr, Arc<Mutex<Bucket>>>,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl NonceThrottle {
    pub(super) fn new() -> Self {
        Self {
            buckets: moka::future::Cache::builder()
                .max_capacity(100_000)
                // A bucket left alone this long is full again: forgetting it changes nothing.
                .time_to_idle(REFILL * BURST)
                .build(),
        }
    }

    /// Takes a nonce for `client`, or says how many seconds until one is there.
    pub(super) async fn take(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        let bucket = self
            .buckets
            .get_with(bucket_key(client), async {
                Arc::new(Mutex::new(Bucket {
                    tokens: f64::from(BURST),
                    at: now,
                }))
            })
            .await;
        let mut bucket = bucket.lock().unwrap_or_else(PoisonError::into_inner);
        let refilled =
            now.saturating_duration_since(bucket.at).as_secs_f64() / REFILL.as_secs_f64();
        bucket.tokens = (bucket.tokens + refilled).min(f64::from(BURST));
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Ok(());
        }
        let wait = (1.0 - bucket.tokens) * REFILL.as_secs_f64();
        Err(wait.ceil().max(1.0) as u64)
    }
}

/// The bucket a client shares: its IPv4 address, or its IPv6 /64.
fn bucket_key(client: IpAddr) -> IpAddr {
    match client {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut octets = v6.octets();
                octets[8..].fill(0);
                IpAddr::V6(octets.into())
            }
        },
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_client_gets_its_burst_then_one_a_refill() {
        let throttle = NonceThrottle::new();
        let client: IpAddr = "192.0.2.1".parse().expect("an address");
        let start = Instant::now();
        for _ in 0..BURST {
            assert_eq!(throttle.take(client, start).await, Ok(()));
        }
        assert_eq!(throttle.take(client, start).await, Err(1));
        let other: IpAddr = "192.0.2.2".parse().expect("an address");
        assert_eq!(throttle.take(other, start).await, Ok(()), "its own bucket");
        assert_eq!(throttle.take(client, start + REFILL).await, Ok(()));
        assert_eq!(throttle.take(client, start + REFILL).await, Err(1));
    }

    #[test]
    fn an_ipv6_host_is_its_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("an address");
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().expect("an address");
        let c: IpAddr = "2001:db8:1:3::1".parse().expect("an address");
        assert_eq!(bucket_key(a), bucket_key(b));
        assert_ne!(bucket_key(a), bucket_key(c));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().expect("an address");
        assert_eq!(
            bucket_key(mapped),
            "192.0.2.1".parse::<IpAddr>().expect("an address")
        );
    }
}
