//! [`Query`]: a route's query parameters deserialized into one typed struct, the same struct
//! that documents them (`#[derive(Deserialize, IntoParams)]`), with every refusal as exact as
//! the hand-written parsing it replaces.
//!
//! serde hands a value's error to the deserializer only as a message, so this module has its
//! own small deserializer whose error can carry an [`ApiError`] (code, field and message)
//! from the value that refused to the answer:
//!
//! - the struct's fields are visited in the order it declares them, each whether given or not
//!   (an absent one as `None`), so errors come in that order whatever order the client wrote
//!   the parameters in, and a missing required one is refused where it stands;
//! - a typed value (see [`super::values`]) deserializes from its parameter's name and text
//!   ([`Parameter`]) and parses them with the `params` function that says what is wrong;
//!   [`refuse`] hands that refusal on to [`QueryError`];
//! - a plain enum (`#[serde(rename_all = "lowercase")]`) refuses an unknown name with
//!   `unknown_name`, listing the names it takes.

use std::{cell::Cell, collections::BTreeMap, fmt};

use axum::{extract::FromRequestParts, http::request::Parts};
use serde::{
    Deserialize, Deserializer,
    de::{
        self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor,
        value::{BorrowedStrDeserializer, SeqDeserializer},
    },
    forward_to_deserialize_any,
};

use crate::error::ApiError;

/// A route's query parameters as `T`, and the raw query string (for the read log).
///
/// Every parameter may be given once: a repeated one is refused with `repeated_parameter`, one
/// `T` has no field for with `unknown_parameter` (listing the fields), a missing required one
/// with `missing_parameter`, and a bad value with its own code.
#[derive(Debug, Clone)]
pub struct Query<T> {
    /// The parameters.
    pub params: T,
    /// The raw query string, for the read log.
    pub raw: String,
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or_default().to_owned();
        Ok(Query {
            params: from_query(&raw)?,
            raw,
        })
    }
}

/// `raw` (a query string, without the `?`) deserialized into `T`.
pub fn from_query<T: DeserializeOwned>(raw: &str) -> Result<T, ApiError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes())
        .into_owned()
        .collect();
    let mut values: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, text) in &pairs {
        values.entry(name).or_default().push(text);
    }
    // An error no field took as its own is about the query as a whole.
    T::deserialize(QueryDeserializer { values: &values }).map_err(|error| error.naming("query"))
}

/// Why a query could not be deserialized.
#[derive(Debug)]
enum QueryError {
    /// A refusal with its parameter named: a value's own, or one about the query as a whole.
    Refused(ApiError),
    /// Not one of an enum's names (the parameter is named once known).
    UnknownName {
        given: String,
        expected: &'static [&'static str],
    },
    /// Anything else serde says: a field of a type this deserializer has no value for (a bug).
    Other(String),
}

impl QueryError {
    /// The refusal, naming parameter `name` if it does not name one already.
    fn naming(self, name: &str) -> ApiError {
        match self {
            QueryError::Refused(refusal) => refusal,
            QueryError::UnknownName { given, expected } => ApiError::bad(
                name,
                "unknown_name",
                format!("{name} {given:?} is none of {}", expected.join(", ")),
            ),
            QueryError::Other(message) => {
                ApiError::bad(name, "invalid_parameter", format!("{name}: {message}"))
            }
        }
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::Refused(refusal) => f.write_str(&refusal.message),
            QueryError::UnknownName { given, expected } => {
                write!(f, "{given:?} is none of {}", expected.join(", "))
            }
            QueryError::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for QueryError {}

thread_local! {
    /// A value's refusal on its way to [`QueryError::custom`]: serde lets a value's
    /// `Deserialize` hand its deserializer only a message. Set by [`refuse`] for the length of
    /// one `custom` call on this thread, so nothing is ever left behind.
    static REFUSAL: Cell<Option<ApiError>> = const { Cell::new(None) };
}

/// `refusal` as deserializer `E`'s error; for [`QueryError`], the refusal itself.
pub(super) fn refuse<E: de::Error>(refusal: ApiError) -> E {
    let message = refusal.message.clone();
    REFUSAL.set(Some(refusal));
    let error = E::custom(message);
    REFUSAL.take();
    error
}

impl de::Error for QueryError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        match REFUSAL.take() {
            Some(refusal) => QueryError::Refused(refusal),
            None => QueryError::Other(message.to_string()),
        }
    }

    fn unknown_variant(given: &str, expected: &'static [&'static str]) -> Self {
        QueryError::UnknownName {
            given: given.to_owned(),
            expected,
        }
    }

    // The two below are checked before serde could see them (see `deserialize_struct`); they
    // are worded the same for any other path.
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        QueryError::Refused(super::unknown_parameter(field, expected))
    }

    fn missing_field(field: &'static str) -> Self {
        QueryError::Refused(missing_parameter(field))
    }
}

fn missing_parameter(name: &str) -> ApiError {
    ApiError::bad(name, "missing_parameter", format!("{name} is required"))
}

/// A parameter's name and text: what a typed value deserializes from.
#[derive(Debug, Clone, Copy)]
pub(super) struct Parameter<'de> {
    /// The parameter's name, for the refusal.
    pub(super) name: &'de str,
    /// Its value.
    pub(super) text: &'de str,
}

impl<'de> Deserialize<'de> for Parameter<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairVisitor;

        impl<'de> Visitor<'de> for PairVisitor {
            type Value = Parameter<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a query parameter's name and text")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut next = || {
                    seq.next_element::<&'de str>()?
                        .ok_or_else(|| de::Error::invalid_length(0, &self))
                };
                Ok(Parameter {
                    name: next()?,
                    text: next()?,
                })
            }
        }

        deserializer.deserialize_tuple(2, PairVisitor)
    }
}

/// The whole query: a struct's fields.
struct QueryDeserializer<'q, 'de> {
    values: &'q BTreeMap<&'de str, Vec<&'de str>>,
}

impl<'q, 'de> Deserializer<'de> for QueryDeserializer<'q, 'de> {
    type Error = QueryError;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, QueryError> {
        super::only_named(
            self.values.iter().map(|(name, texts)| (*name, texts.len())),
            fields,
            &[],
        )
        .map_err(QueryError::Refused)?;
        visitor.visit_map(Fields {
            fields: fields.iter(),
            values: self.values,
            current: None,
        })
    }

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, QueryError> {
        Err(de::Error::custom(
            "query parameters deserialize into a struct of named fields",
        ))
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// Every field of the struct, in its order, with its text if given.
struct Fields<'q, 'de> {
    fields: std::slice::Iter<'static, &'static str>,
    values: &'q BTreeMap<&'de str, Vec<&'de str>>,
    current: Option<&'static str>,
}

impl<'q, 'de> MapAccess<'de> for Fields<'q, 'de> {
    type Error = QueryError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, QueryError> {
        let Some(&name) = self.fields.next() else {
            return Ok(None);
        };
        self.current = Some(name);
        seed.deserialize(BorrowedStrDeserializer::new(name))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, QueryError> {
        let name = self.current.take().unwrap_or_default();
        let text = self
            .values
            .get(name)
            .and_then(|texts| texts.first())
            .copied();
        seed.deserialize(Value { name, text })
            .map_err(|error| QueryError::Refused(error.naming(name)))
    }
}

/// One parameter's value, or its absence.
struct Value<'de> {
    name: &'static str,
    text: Option<&'de str>,
}

impl<'de> Value<'de> {
    fn text(&self) -> Result<&'de str, QueryError> {
        self.text
            .ok_or_else(|| QueryError::Refused(missing_parameter(self.name)))
    }
}

impl<'de> Deserializer<'de> for Value<'de> {
    type Error = QueryError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, QueryError> {
        visitor.visit_borrowed_str(self.text()?)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, QueryError> {
        match self.text {
            Some(_) => visitor.visit_some(self),
            None => visitor.visit_none(),
        }
    }

    /// A [`Parameter`]: the name and the text.
    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, QueryError> {
        let text = self.text()?;
        visitor.visit_seq(SeqDeserializer::new(
            [self.name, text]
                .into_iter()
                .map(BorrowedStrDeserializer::new),
        ))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, QueryError> {
        visitor.visit_enum(BorrowedStrDeserializer::new(self.text()?))
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple_struct map struct identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::values::{
        Account, ActionName, Block, EventCursor, Flag, Limit, OrgId, Time,
    };

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Question {
        patient: Account,
        org: OrgId,
        action: Option<ActionName>,
        at: Option<Time>,
        block: Option<Block>,
        history: Option<Flag>,
        kind: Option<Kind>,
        cursor: Option<EventCursor>,
        limit: Option<Limit>,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Consents,
        Records,
    }

    const PATIENT: &str = "patient=0x00000000000000000000000000000000000000aa";

    fn refusal(query: &str) -> (String, &'static str, String) {
        let refusal = from_query::<Question>(query).expect_err(query);
        assert_eq!(refusal.status.as_u16(), 400, "{query}");
        (
            refusal.field.unwrap_or_default(),
            refusal.code,
            refusal.message,
        )
    }

    #[test]
    fn takes_typed_values_absent_ones_as_none() {
        let question: Question = from_query(&format!(
            "{PATIENT}&org=7&action=write&at=2026-01-31&block=12&history=1&kind=records\
             &cursor=5-3&limit=20"
        ))
        .unwrap();
        assert_eq!(question.patient.0.to_string().to_lowercase(), PATIENT[8..]);
        assert_eq!(question.org, OrgId(7));
        assert_eq!(question.action.map(|a| a.0.name()), Some("write"));
        assert_eq!(question.at, Some(Time(1_769_817_600)));
        assert_eq!(question.block, Some(Block(12)));
        assert_eq!(question.history, Some(Flag(true)));
        assert_eq!(question.kind, Some(Kind::Records));
        assert_eq!(question.cursor, Some(EventCursor((5, 3))));
        assert_eq!(question.limit, Some(Limit(20)));
        let question: Question = from_query(&format!("{PATIENT}&org=7")).unwrap();
        assert_eq!(
            (question.at, question.limit, question.kind),
            (None, None, None)
        );
    }

    #[test]
    fn refuses_a_stranger_naming_it_and_what_the_route_takes() {
        assert_eq!(
            refusal(&format!("{PATIENT}&org=1&colour=blue&banana=1")),
            (
                "banana".into(),
                "unknown_parameter",
                "unknown parameter \"banana\"; this endpoint takes: patient, org, action, at, \
                 block, history, kind, cursor, limit"
                    .into()
            )
        );
    }

    #[test]
    fn refuses_a_repeat_before_a_stranger() {
        assert_eq!(
            refusal(&format!("{PATIENT}&org=1&org=2&colour=1&colour=2&zebra=1")),
            (
                "colour".into(),
                "repeated_parameter",
                "colour is given more than once".into()
            )
        );
    }

    #[test]
    fn refuses_a_bad_value_with_its_own_code_and_words() {
        for (query, expected) in [
            (
                "limit=0",
                super::super::limit("0").expect_err("zero").message,
            ),
            ("limit=ten", "limit \"ten\" is not a number".to_owned()),
            (
                "at=2026-02-30",
                "at \"2026-02-30\" is neither unix seconds nor an RFC 3339 date-time".to_owned(),
            ),
            ("block=-1", "block \"-1\" is not a block number".to_owned()),
            (
                "history=maybe",
                "history must be true or false, not \"maybe\"".to_owned(),
            ),
            (
                "cursor=zz",
                "cursor \"zz\" is not one this API gave".to_owned(),
            ),
            (
                "kind=gossip",
                "kind \"gossip\" is none of consents, records".to_owned(),
            ),
        ] {
            let name = query.split('=').next().unwrap_or_default();
            let (field, code, message) = refusal(&format!("{PATIENT}&org=1&{query}"));
            assert_eq!((field.as_str(), message), (name, expected), "{query}");
            let want = match name {
                "limit" => "invalid_limit",
                "at" => "invalid_time",
                "block" => "invalid_block",
                "history" => "invalid_flag",
                "cursor" => "invalid_cursor",
                _ => "unknown_name",
            };
            assert_eq!(code, want, "{query}");
        }
        let (field, code, message) = refusal("patient=0x12&org=1");
        assert_eq!((field.as_str(), code), ("patient", "invalid_address"));
        assert!(
            message.starts_with("patient \"0x12\" is not an address"),
            "{message}"
        );
        let (field, code, _) = refusal(&format!("{PATIENT}&org=x1"));
        assert_eq!((field.as_str(), code), ("org", "invalid_organization"));
        let (field, code, message) = refusal(&format!("{PATIENT}&org=1&action=erase"));
        assert_eq!((field.as_str(), code), ("action", "unknown_name"));
        assert!(
            message.starts_with("action: unknown action `erase`"),
            "{message}"
        );
    }

    #[test]
    fn refuses_in_the_order_fields_are_declared_a_missing_one_where_it_stands() {
        // `org` is declared before `limit`, whatever order the client wrote them in.
        let (field, code, _) = refusal(&format!("limit=0&{PATIENT}&org=x"));
        assert_eq!((field.as_str(), code), ("org", "invalid_organization"));
        // A missing `patient` comes before a bad `org`.
        assert_eq!(
            refusal("org=x"),
            (
                "patient".into(),
                "missing_parameter",
                "patient is required".into()
            )
        );
    }

    #[test]
    fn leaves_no_refusal_behind_for_another_deserializer() {
        let error = serde_json::from_str::<Limit>(r#"["limit", "0"]"#).expect_err("zero");
        assert!(
            error.to_string().starts_with("limit must be between 1 and"),
            "{error}"
        );
        assert!(REFUSAL.take().is_none());
    }
}
