//! The typed values `/v1` query parameters take. Each parses its text with the `params`
//! function that has always parsed it (so a bad value is refused with the same code and
//! message) and documents exactly what that function accepts, so the OpenAPI document promises
//! no value the handler refuses.

use alloy::primitives::Address;
use consentry_sdk::vocabulary::{Action, Category, Purpose};
use serde::{Deserialize, Deserializer};
use utoipa::{
    PartialSchema, ToSchema,
    openapi::{
        KnownFormat, ObjectBuilder, RefOr, Schema, SchemaFormat, Type, schema::AnyOfBuilder,
    },
};

use super::{DEFAULT_LIMIT, LAST_TIME, MAX_LIMIT, query::Parameter};
use crate::error::ApiError;

/// An account address as documented: `0x` and 40 hex digits of one case. A mixed-case address
/// is taken too when its EIP-55 checksum holds, which a pattern can't say.
const ADDRESS_PATTERN: &str = "^0x([0-9a-f]{40}|[0-9A-F]{40})$";

/// Deserializes `T` from its parameter's name and text with `parse`, which says what is wrong.
fn parse_parameter<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    parse: impl FnOnce(&str, &str) -> Result<T, ApiError>,
) -> Result<T, D::Error> {
    let Parameter { name, text } = Parameter::deserialize(deserializer)?;
    parse(name, text).map_err(super::query::refuse)
}

/// A typed value: deserialized by `parse` and documented by `schema`.
macro_rules! value {
    ($type:ty, |$name:ident, $text:ident| $parse:expr, $schema:expr) => {
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                parse_parameter(deserializer, |$name, $text| $parse)
            }
        }

        impl PartialSchema for $type {
            fn schema() -> RefOr<Schema> {
                $schema.into()
            }
        }

        impl ToSchema for $type {}
    };
}

fn integer(minimum: u64, maximum: u64) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(minimum))
        .maximum(Some(maximum))
}

fn string(pattern: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(pattern))
}

/// A page size: 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit(pub u32);

impl Default for Limit {
    fn default() -> Self {
        Limit(DEFAULT_LIMIT)
    }
}

value!(
    Limit,
    |_name, text| super::limit(text).map(Limit),
    integer(1, MAX_LIMIT.into()).default(Some(DEFAULT_LIMIT.into()))
);

/// The cursor of a page of entities: the key of the last one of the previous page, taken as
/// given.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct PageCursor(pub String);

impl PartialSchema for PageCursor {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::String).into()
    }
}

impl ToSchema for PageCursor {}

/// The cursor of a page of events: `<block>-<log index>` of the last one of the previous page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventCursor(pub consentry_store::EventCursor);

value!(
    EventCursor,
    |_name, text| super::event_cursor(text).map(EventCursor),
    string(&format!(
        "^{position}-{position}$",
        position = decimal_at_most(i64::MAX.unsigned_abs())
    ))
);

/// A time (unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time(pub u64);

/// A UTC date (`YYYY-MM-DD`, 1970 to 9999, a real day), optionally followed by a time of day
/// (`T` or a space, `hh:mm:ss`, fractions, `Z` or `+00:00` or nothing): what
/// [`super::time`] takes besides unix seconds.
const DATE_TIME_PATTERN: &str = concat!(
    "^(",
    // Any year from 1970, and a day its month always has...
    "(19[7-9][0-9]|[2-9][0-9]{3})-",
    "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)",
    "|02-(0[1-9]|1[0-9]|2[0-8]))",
    // ...or the 29th of February of a leap year (every fourth, but not centuries not
    // divisible by 400).
    "|(19(7[26]|8[048]|9[26])|[2-9][0-9](0[48]|[2468][048]|[13579][26])",
    "|([2468][048]|[3579][26])00)-02-29",
    ")",
    r"([T ]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|\+00:00)?)?$",
);

value!(
    Time,
    |name, text| super::time(name, text).map(Time),
    AnyOfBuilder::new()
        .item(integer(0, LAST_TIME).format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64))))
        .item(string(DATE_TIME_PATTERN))
        .description(Some(
            "unix seconds (at most 253402300799, the end of 9999), or a UTC date-time (RFC \
             3339, `Z`, `+00:00` or no offset) or date (its midnight), from 1970"
        ))
);

/// An account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Account(pub Address);

value!(
    Account,
    |name, text| super::address(name, text).map(Account),
    string(ADDRESS_PATTERN)
);

/// An organisation id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgId(pub u32);

value!(
    OrgId,
    |name, text| super::org(name, text).map(OrgId),
    integer(0, u32::MAX.into()).format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
);

/// A block number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block(pub u64);

value!(
    Block,
    |name, text| super::block(name, text).map(Block),
    integer(0, i64::MAX.unsigned_abs())
);

/// A yes or no: `true` or `1`, `false` or `0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag(pub bool);

value!(
    Flag,
    |name, text| super::flag(name, text).map(Flag),
    ObjectBuilder::new().schema_type(Type::Boolean)
);

/// A word of a vocabulary (`$word`, parsed by its `FromStr`), documented with every name.
macro_rules! word {
    ($(#[$meta:meta])* $type:ident($word:ty)) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $type(pub $word);

        value!(
            $type,
            |name, text| super::name(name, text).map($type),
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(<$word>::ALL.iter().map(|word| word.name())))
        );
    };
}

word!(
    /// A category of records.
    CategoryName(Category)
);
word!(
    /// A purpose of use.
    PurposeName(Purpose)
);
word!(
    /// An action.
    ActionName(Action)
);

/// A regular expression for the decimal numbers at most `max` (leading zeros allowed, as Rust
/// parses them): what a number the store keeps as a signed 64-bit integer may be written as.
fn decimal_at_most(max: u64) -> String {
    let digits = max.to_string();
    let mut shapes = Vec::new();
    // Fewer digits than `max`: any.
    if digits.len() > 1 {
        shapes.push(format!("[0-9]{{1,{}}}", digits.len() - 1));
    }
    // As many: `max`'s first digits, then a smaller one (not a leading zero), then any.
    for (at, digit) in digits.bytes().map(|d| d - b'0').enumerate() {
        let low = u8::from(at == 0 && digits.len() > 1);
        if digit <= low {
            continue;
        }
        let smaller = match digit - 1 {
            top if top == low => top.to_string(),
            top => format!("[{low}-{top}]"),
        };
        let rest = match digits.len() - at - 1 {
            0 => String::new(),
            count => format!("[0-9]{{{count}}}"),
        };
        shapes.push(format!("{}{smaller}{rest}", &digits[..at]));
    }
    shapes.push(digits);
    format!("0*({})", shapes.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_decimals_digit_by_digit() {
        assert_eq!(decimal_at_most(7), "0*([0-6]|7)");
        assert_eq!(decimal_at_most(205), "0*([0-9]{1,2}|1[0-9]{2}|20[0-4]|205)");
        assert_eq!(decimal_at_most(10), "0*([0-9]{1,1}|10)");
    }

    /// One of each shape [`DATE_TIME_PATTERN`] takes; the pattern itself is checked against
    /// every day from 1960 to 2110 and the leap centuries by hand (in Python).
    #[test]
    fn every_shape_of_documented_time_is_taken() {
        for text in [
            "1970-01-01",
            "1972-02-29",
            "2000-02-29",
            "2400-02-29",
            "9996-02-29",
            "2026-04-30T23:59:59",
            "2026-01-31 12:00:00Z",
            "2026-01-31T12:00:00+00:00",
            "2026-01-31T12:00:00.123456789Z",
            "2026-01-31T12:00:00.5+00:00",
            "9999-12-31T23:59:60",
        ] {
            assert!(super::super::time("at", text).is_ok(), "{text}");
        }
        // Outside the pattern, and refused.
        for text in ["1969-12-31", "2100-02-29", "2026-01-31T12:00:00+01:00"] {
            assert!(super::super::time("at", text).is_err(), "{text}");
        }
    }
}
