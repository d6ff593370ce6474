//! Parsing what people type: times as RFC 3339 or durations, amounts of gas price, text
//! hashed into the `bytes32` reasons the contracts keep.

use std::time::Duration;

use alloy::primitives::{Address, B256, keccak256};
use consentry_sdk::vocabulary::NO_EXPIRY;

/// A point in time as typed: an RFC 3339 timestamp (`2027-01-31T00:00:00Z`, or a date
/// `2027-01-31`), a duration from now (`90d`, `12h`, `1y 6months`), `now`, or `never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// Unix seconds.
    At(u64),
    /// This long after the chain's current time.
    In(Duration),
    /// The chain's current time.
    Now,
    /// No end.
    Never,
}

impl std::str::FromStr for When {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.to_ascii_lowercase().as_str() {
            "now" => return Ok(When::Now),
            "never" | "forever" | "until-revoked" => return Ok(When::Never),
            _ => {}
        }
        if let Ok(duration) = humantime::parse_duration(s) {
            return Ok(When::In(duration));
        }
        let stamp = if s.len() == 10 {
            format!("{s}T00:00:00Z")
        } else {
            s.to_owned()
        };
        match humantime::parse_rfc3339_weak(&stamp) {
            Ok(time) => time
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| When::At(d.as_secs()))
                .map_err(|_| format!("{s:?} is before 1970")),
            Err(_) => Err(format!(
                "{s:?} is neither an RFC 3339 time (2027-01-31T09:00:00Z) nor a duration (90d, 12h)"
            )),
        }
    }
}

impl When {
    /// Unix seconds, taking durations from `now` (the chain's time).
    pub(crate) fn resolve(self, now: u64) -> u64 {
        match self {
            When::At(at) => at,
            When::In(duration) => now.saturating_add(duration.as_secs()),
            When::Now => now,
            When::Never => NO_EXPIRY,
        }
    }
}

/// An account or contract address: `0x` and 40 hex digits (a mixed-case one must carry a
/// valid EIP-55 checksum).
pub(crate) fn address(s: &str) -> Result<Address, String> {
    let trimmed = s.trim();
    let hex = trimmed.strip_prefix("0x").unwrap_or(trimmed);
    if hex.len() != 40 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err("not an address (0x followed by 40 hex digits)".into());
    }
    let is_mixed =
        hex.chars().any(|c| c.is_ascii_uppercase()) && hex.chars().any(|c| c.is_ascii_lowercase());
    if is_mixed {
        Address::parse_checksummed(trimmed, None)
            .map_err(|_| "the address's EIP-55 checksum is wrong (mistyped?)".to_owned())
    } else {
        trimmed.parse().map_err(|e| format!("not an address ({e})"))
    }
}

/// A duration as typed (`90d`, `36h`).
pub(crate) fn duration(s: &str) -> Result<Duration, String> {
    humantime::parse_duration(s.trim())
        .map_err(|e| format!("{s:?} is not a duration like 90d or 12h ({e})"))
}

/// A gas price: wei as a number, or with a unit (`2gwei`, `0.5gwei`).
pub(crate) fn gas_price(s: &str) -> Result<u128, String> {
    let s = s.trim().to_ascii_lowercase();
    let (number, scale) = if let Some(n) = s.strip_suffix("gwei") {
        (n.trim(), 1_000_000_000f64)
    } else if let Some(n) = s.strip_suffix("wei") {
        (n.trim(), 1.0)
    } else {
        (s.as_str(), 1.0)
    };
    if scale == 1.0 {
        return number
            .parse::<u128>()
            .map_err(|_| format!("{s:?} is not a gas price (wei, or e.g. 2gwei)"));
    }
    let value: f64 = number
        .parse()
        .map_err(|_| format!("{s:?} is not a gas price (wei, or e.g. 2gwei)"))?;
    if !(value.is_finite() && value >= 0.0) {
        return Err(format!("{s:?} is not a gas price"));
    }
    // Whole wei: gwei amounts have at most nine decimals that matter.
    Ok((value * scale).round() as u128)
}

/// A `bytes32` given as 0x-hex, or the keccak256 of free text (reasons and justifications are
/// kept off chain; the chain holds their hash).
pub(crate) fn reason_hash(text: Option<&str>) -> B256 {
    match text {
        None => B256::ZERO,
        Some(t) => t
            .parse::<B256>()
            .unwrap_or_else(|_| keccak256(t.as_bytes())),
    }
}

/// Unix seconds as people read a date, with its time zone: `21 Dec 2026 14:00 UTC`.
pub(crate) fn plain_time(unix: u64) -> String {
    let format = time::format_description::parse_borrowed::<2>(
        "[day padding:none] [month repr:short] [year] [hour]:[minute] UTC",
    )
    .expect("a valid format description");
    i64::try_from(unix)
        .ok()
        .and_then(|seconds| time::OffsetDateTime::from_unix_timestamp(seconds).ok())
        .and_then(|at| at.format(&format).ok())
        .unwrap_or_else(|| show_time(unix))
}

/// Unix seconds as RFC 3339 (or "never").
pub(crate) fn show_time(unix: u64) -> String {
    if unix >= NO_EXPIRY {
        return "never".into();
    }
    humantime::format_rfc3339_seconds(std::time::UNIX_EPOCH + Duration::from_secs(unix)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(plain_time(1_798_207_200), "25 Dec 2026 14:00 UTC");
    }

    #[test]
    fn times_parse_as_people_type_them() {
        assert_eq!(
            "90d".parse::<When>().unwrap().resolve(1_000),
            1_000 + 90 * 86_400
        );
        assert_eq!(
            "2027-01-31T00:00:00Z".parse::<When>().unwrap(),
            When::At(1_801_353_600)
        );
        assert_eq!(
            "2027-01-31".parse::<When>().unwrap(),
            When::At(1_801_353_600)
        );
        assert_eq!("never".parse::<When>().unwrap().resolve(5), NO_EXPIRY);
        assert_eq!("now".parse::<When>().unwrap().resolve(5), 5);
        let err = "next tuesday".parse::<When>().unwrap_err();
        assert!(err.contains("neither an RFC 3339 time"), "{err}");
        assert_eq!(show_time(1_801_353_600), "2027-01-31T00:00:00Z");
    }

    #[test]
    fn addresses_are_checked_including_their_checksum() {
        let good = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
        assert_eq!(address(good).unwrap().to_string(), good);
        assert!(
            address(&good.to_lowercase()).is_ok(),
            "all lower case has no checksum"
        );
        assert!(address("0x1234").unwrap_err().contains("40 hex digits"));
        let typo = "0x90F79bf6EB2c4f870365E785982E1f101E93B906";
        assert!(address(typo).unwrap_err().contains("checksum"));
    }

    #[test]
    fn gas_prices_take_units() {
        assert_eq!(gas_price("2gwei").unwrap(), 2_000_000_000);
        assert_eq!(gas_price("0.5 gwei").unwrap(), 500_000_000);
        assert_eq!(gas_price("7").unwrap(), 7);
        assert!(gas_price("cheap").is_err());
    }

    #[test]
    fn reasons_are_hashed_unless_already_a_hash() {
        assert_eq!(reason_hash(None), B256::ZERO);
        assert_eq!(reason_hash(Some("chest pain")), keccak256("chest pain"));
        let hash = B256::repeat_byte(7);
        assert_eq!(reason_hash(Some(&hash.to_string())), hash);
    }
}
