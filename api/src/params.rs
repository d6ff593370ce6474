//! Query parameters, parsed one by one so a bad one is named in the answer: addresses,
//! vocabulary names, times, cursors and page sizes. An unknown parameter is an error, not
//! silently ignored.
//!
//! `/v1` routes take theirs as one typed struct through [`Query`], built from the typed values
//! in [`values`]; the FHIR routes and the dashboard read [`Params`] one by one.

mod query;
pub mod values;

use std::{collections::HashMap, str::FromStr};

use alloy::primitives::{Address, B256};
use axum::{extract::FromRequestParts, http::request::Parts};

pub use self::query::{Query, from_query};
use super::error::ApiError;

/// The largest page.
pub const MAX_LIMIT: u32 = 500;
/// The page size when none is asked for.
pub const DEFAULT_LIMIT: u32 = 50;

/// A request's query parameters.
#[derive(Debug, Clone, Default)]
pub struct Params {
    values: HashMap<String, Vec<String>>,
    /// The raw query string, for the read log.
    pub raw: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or_default().to_owned();
        let mut values: HashMap<String, Vec<String>> = HashMap::new();
        for (key, value) in form_urlencoded::parse(raw.as_bytes()).into_owned() {
            values.entry(key).or_default().push(value);
        }
        Ok(Params { values, raw })
    }
}

impl Params {
    /// Fails naming the first parameter not in `allowed`, or given more than once.
    pub fn only(&self, allowed: &[&str]) -> Result<(), ApiError> {
        self.only_repeating(allowed, &[])
    }

    /// Fails naming the first parameter not in `allowed`, or given more than once unless it
    /// is in `repeatable`.
    pub fn only_repeating(&self, allowed: &[&str], repeatable: &[&str]) -> Result<(), ApiError> {
        only_named(
            self.values.iter().map(|(k, v)| (k.as_str(), v.len())),
            allowed,
            repeatable,
        )
    }

    /// The raw value of `name` (the first, if repeated).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> &[String] {
        self.values.get(name).map_or(&[], Vec::as_slice)
    }

    /// `name` parsed by `parse`, which says what is wrong.
    pub fn parse<T>(
        &self,
        name: &str,
        parse: impl FnOnce(&str) -> Result<T, ApiError>,
    ) -> Result<Option<T>, ApiError> {
        self.get(name).map(parse).transpose()
    }
}

/// Fails naming the first parameter (by name) of `given` (each with how many times) that is
/// given more than once and not `repeatable`; failing none, the first not in `allowed`.
fn only_named<'a>(
    given: impl Iterator<Item = (&'a str, usize)> + Clone,
    allowed: &[&str],
    repeatable: &[&str],
) -> Result<(), ApiError> {
    let repeated = given
        .clone()
        .filter(|(name, count)| *count > 1 && !repeatable.contains(name))
        .map(|(name, _)| name)
        .min();
    if let Some(name) = repeated {
        return Err(ApiError::bad(
            name,
            "repeated_parameter",
            format!("{name} is given more than once"),
        ));
    }
    match given
        .map(|(name, _)| name)
        .filter(|name| !allowed.contains(name))
        .min()
    {
        Some(name) => Err(unknown_parameter(name, allowed)),
        None => Ok(()),
    }
}

/// `name` is not one of `allowed`, the parameters the route takes.
fn unknown_parameter(name: &str, allowed: &[&str]) -> ApiError {
    ApiError::bad(
        name,
        "unknown_parameter",
        format!(
            "unknown parameter {name:?}; this endpoint takes: {}",
            allowed.join(", ")
        ),
    )
}

/// A page size (`limit`): 1 to [`MAX_LIMIT`].
pub fn limit(text: &str) -> Result<u32, ApiError> {
    let limit: u32 = text.parse().map_err(|_| {
        ApiError::bad(
            "limit",
            "invalid_limit",
            format!("limit {text:?} is not a number"),
        )
    })?;
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad(
            "limit",
            "invalid_limit",
            format!("limit must be between 1 and {MAX_LIMIT}, not {limit}"),
        ));
    }
    Ok(limit)
}

/// `since` and `until` (unix seconds), checked to be in order.
pub fn time_range(
    since: Option<u64>,
    until: Option<u64>,
) -> Result<(Option<u64>, Option<u64>), ApiError> {
    if let (Some(since), Some(until)) = (since, until)
        && since >= until
    {
        return Err(ApiError::bad(
            "until",
            "inverted_range",
            format!("until ({until}) must be after since ({since})"),
        ));
    }
    Ok((since, until))
}

/// A yes or no: `true` or `1`, `false` or `0`.
pub fn flag(field: &str, text: &str) -> Result<bool, ApiError> {
    match text {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(ApiError::bad(
            field,
            "invalid_flag",
            format!("{field} must be true or false, not {text:?}"),
        )),
    }
}

/// An account address, `0x` and 40 hex digits; a mixed-case one must carry a valid EIP-55
/// checksum.
pub fn address(field: &str, text: &str) -> Result<Address, ApiError> {
    let bad = |why: &str| {
        ApiError::bad(
            field,
            "invalid_address",
            format!("{field} {text:?} is not an address: {why}"),
        )
    };
    let digits = text
        .strip_prefix("0x")
        .ok_or_else(|| bad("it must start with 0x"))?;
    if digits.len() != 40 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad("it must be 0x and 40 hex digits"));
    }
    let mixed = digits.chars().any(|c| c.is_ascii_lowercase())
        && digits.chars().any(|c| c.is_ascii_uppercase());
    if mixed {
        Address::parse_checksummed(text, None).map_err(|_| bad("wrong EIP-55 checksum"))
    } else {
        Address::from_str(text).map_err(|_| bad("not hex"))
    }
}

/// A 32-byte id, with or without `0x`.
pub fn id32(field: &str, text: &str) -> Result<B256, ApiError> {
    let digits = text.strip_prefix("0x").unwrap_or(text);
    if digits.len() != 64 {
        return Err(ApiError::bad(
            field,
            "invalid_id",
            format!("{field} {text:?} is not 32 bytes of hex"),
        ));
    }
    B256::from_str(digits)
        .map_err(|_| ApiError::bad(field, "invalid_id", format!("{field} {text:?} is not hex")))
}

/// An organisation id.
pub fn org(field: &str, text: &str) -> Result<u32, ApiError> {
    text.parse().map_err(|_| {
        ApiError::bad(
            field,
            "invalid_organization",
            format!("{field} {text:?} is not an organisation id (a number below 2^32)"),
        )
    })
}

/// A block number (at most `i64::MAX`, the largest the store holds).
pub fn block(field: &str, text: &str) -> Result<u64, ApiError> {
    text.parse::<u64>()
        .ok()
        .filter(|number| i64::try_from(*number).is_ok())
        .ok_or_else(|| {
            ApiError::bad(
                field,
                "invalid_block",
                format!("{field} {text:?} is not a block number"),
            )
        })
}

/// A time: unix seconds, or an RFC 3339 date-time, or a date (midnight UTC); at most
/// `i64::MAX` seconds, the largest time the store can compare with.
pub fn time(field: &str, text: &str) -> Result<u64, ApiError> {
    let too_late = || {
        ApiError::bad(
            field,
            "invalid_time",
            format!("{field} {text:?} is after 9999-12-31T23:59:59Z, the last time this API dates"),
        )
    };
    if let Ok(seconds) = text.parse::<u64>() {
        return if seconds > LAST_TIME {
            Err(too_late())
        } else {
            Ok(seconds)
        };
    }
    let parsed = humantime::parse_rfc3339_weak(text)
        .or_else(|_| humantime::parse_rfc3339_weak(&format!("{text}T00:00:00")))
        .map_err(|_| {
            ApiError::bad(
                field,
                "invalid_time",
                format!("{field} {text:?} is neither unix seconds nor an RFC 3339 date-time"),
            )
        })?;
    let seconds = parsed
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .map_err(|_| ApiError::bad(field, "invalid_time", format!("{field} is before 1970")))?;
    if seconds > LAST_TIME {
        return Err(too_late());
    }
    Ok(seconds)
}

/// 9999-12-31T23:59:59Z: the last time a day can be written as `YYYY-MM-DD` (statistics and
/// activity are by day).
pub const LAST_TIME: u64 = 253_402_300_799;

/// A vocabulary name (category, purpose, action, ...), by its `FromStr`, which lists the
/// names it accepts.
pub fn name<T: FromStr<Err = consentry_sdk::vocabulary::UnknownName>>(
    field: &str,
    text: &str,
) -> Result<T, ApiError> {
    text.parse()
        .map_err(|e: consentry_sdk::vocabulary::UnknownName| {
            ApiError::bad(field, "unknown_name", format!("{field}: {e}"))
        })
}

/// An event cursor, `<block>-<log index>`.
pub fn event_cursor(text: &str) -> Result<(u64, u64), ApiError> {
    // Positions are signed 64-bit in the store.
    let position = |text: &str| text.parse::<i64>().ok().and_then(|n| u64::try_from(n).ok());
    text.split_once('-')
        .and_then(|(block, log)| Some((position(block)?, position(log)?)))
        .ok_or_else(|| {
            ApiError::bad(
                "cursor",
                "invalid_cursor",
                format!("cursor {text:?} is not one this API gave"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_past_what_the_api_dates_or_the_store_compares_are_bad_input() {
        assert_eq!(time("since", "253402300799"), Ok(LAST_TIME));
        assert_eq!(time("since", "9999-12-31T23:59:59Z"), Ok(LAST_TIME));
        for text in ["253402300800", "9223372036854775807", "9223372036854775808"] {
            let error = time("until", text).expect_err("past the end of 9999");
            assert_eq!((error.status.as_u16(), error.code), (400, "invalid_time"));
        }
        assert_eq!(block("block", "9223372036854775807"), Ok(i64::MAX as u64));
        assert_eq!(
            block("block", "18446744073709551615").map_err(|e| e.code),
            Err("invalid_block")
        );
        assert_eq!(event_cursor("12-3"), Ok((12, 3)));
        for text in [
            "9223372036854775808-0",
            "0-9223372036854775808",
            "-1-0",
            "1-",
        ] {
            assert_eq!(
                event_cursor(text).map_err(|e| e.code),
                Err("invalid_cursor"),
                "{text}"
            );
        }
    }
}
