//! How the `/v1` parameters are documented in the OpenAPI document: one definition per kind of
//! parameter (an organisation id, a patient address, a page, a vocabulary name), with the
//! exact constraints the handlers enforce, so generated clients and conformance tools see what
//! the server accepts.

use consentry_sdk::vocabulary::{Action, Category, Purpose};
use utoipa::{
    IntoParams,
    openapi::{
        Object, ObjectBuilder, Type,
        path::{Parameter, ParameterBuilder, ParameterIn},
        schema::SchemaFormat,
    },
};

use super::params::{DEFAULT_LIMIT, MAX_LIMIT};

/// A `0x` address, checksummed or not.
pub(super) const ADDRESS_PATTERN: &str = "^0x[0-9a-fA-F]{40}$";
/// An event cursor.
const EVENT_CURSOR_PATTERN: &str = "^[0-9]+-[0-9]+$";

fn parameter(
    name: &str,
    place: ParameterIn,
    required: bool,
    about: &str,
    schema: Object,
) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(place)
        .required(if required {
            utoipa::openapi::Required::True
        } else {
            utoipa::openapi::Required::False
        })
        .description(Some(about))
        .schema(Some(schema))
        .build()
}

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

fn org_id() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .format(Some(SchemaFormat::KnownFormat(
            utoipa::openapi::KnownFormat::Int64,
        )))
        .minimum(Some(0))
        .maximum(Some(u32::MAX))
        .build()
}

fn address() -> Object {
    string().pattern(Some(ADDRESS_PATTERN)).build()
}

fn names(values: impl IntoIterator<Item = &'static str>) -> Object {
    string().enum_values(Some(values)).build()
}

fn time() -> Object {
    string()
        .pattern(Some(
            r"^([0-9]+|[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)$",
        ))
        .description(Some(
            "unix seconds (at most 253402300799, the end of 9999), an RFC 3339 date-time, or a date",
        ))
        .build()
}

fn boolean() -> Object {
    ObjectBuilder::new().schema_type(Type::Boolean).build()
}

fn limit() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(1))
        .maximum(Some(MAX_LIMIT))
        .default(Some(DEFAULT_LIMIT.into()))
        .build()
}

macro_rules! params_doc {
    ($(#[$meta:meta])* $name:ident => |$_p:ident| $body:expr) => {
        $(#[$meta])*
        pub(super) struct $name;

        impl IntoParams for $name {
            fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
                $body
            }
        }
    };
}

params_doc!(
    /// `{org}` in the path.
    OrgPath => |_p| vec![parameter("org", ParameterIn::Path, true, "An organisation id.", org_id())]
);
params_doc!(
    /// `{patient}` in the path.
    PatientPath => |_p| vec![parameter(
        "patient",
        ParameterIn::Path,
        true,
        "A patient's account (0x address; a mixed-case one must carry a valid EIP-55 checksum).",
        address(),
    )]
);
params_doc!(
    /// A page of entities.
    Page => |_p| vec![
        parameter("cursor", ParameterIn::Query, false, "The `next` of the previous page.", string().build()),
        parameter("limit", ParameterIn::Query, false, "Page size.", limit()),
    ]
);
params_doc!(
    /// A page of events.
    EventPage => |_p| vec![
        parameter(
            "cursor",
            ParameterIn::Query,
            false,
            "The `next` of the previous page.",
            string().pattern(Some(EVENT_CURSOR_PATTERN)).build(),
        ),
        parameter("limit", ParameterIn::Query, false, "Page size.", limit()),
    ]
);
params_doc!(
    /// `history`.
    History => |_p| vec![parameter(
        "history",
        ParameterIn::Query,
        false,
        "Include every version of each consent, oldest first.",
        boolean(),
    )]
);
params_doc!(
    /// `since` and `until`.
    TimeRange => |_p| vec![
        parameter("since", ParameterIn::Query, false, "From (inclusive).", time()),
        parameter("until", ParameterIn::Query, false, "To (exclusive); after since.", time()),
    ]
);
params_doc!(
    /// `status` of access requests.
    RequestStatus => |_p| vec![parameter(
        "status",
        ParameterIn::Query,
        false,
        "Only requests in this state (`expired`: pending past their expiry).",
        names(["pending", "expired", "approved", "denied", "cancelled"]),
    )]
);
params_doc!(
    /// The access check's question.
    AccessParams => |_p| vec![
        parameter("patient", ParameterIn::Query, true, "The patient.", address()),
        parameter("org", ParameterIn::Query, true, "The organisation.", org_id()),
        parameter("category", ParameterIn::Query, true, "The category.", names(Category::ALL.iter().map(|c| c.name()))),
        parameter("purpose", ParameterIn::Query, true, "The purpose of use (HL7 v3).", names(Purpose::ALL.iter().map(|p| p.name()))),
        parameter("action", ParameterIn::Query, false, "read (default) or write.", names(Action::ALL.iter().map(|a| a.name()))),
        parameter("at", ParameterIn::Query, false, "Judge as of this time (not with block).", time()),
        parameter(
            "block",
            ParameterIn::Query,
            false,
            "Judge as of this block (not with at).",
            ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0)).maximum(Some(i64::MAX)).build(),
        ),
    ]
);
params_doc!(
    /// The statistics' filters.
    StatsParams => |_p| vec![
        parameter("since", ParameterIn::Query, false, "From (inclusive), taken back to its UTC midnight; default 30 days before until.", time()),
        parameter("until", ParameterIn::Query, false, "To (exclusive), taken forward to the next UTC midnight, then back to the last day the store has seen end; default now; at most 366 days after since.", time()),
        parameter("metric", ParameterIn::Query, false, "One metric.", names(["grants", "revocations", "records", "reads"])),
        parameter("org", ParameterIn::Query, false, "One organisation.", org_id()),
        parameter("category", ParameterIn::Query, false, "One category (records and reads; grants and revocations have none).", names(Category::ALL.iter().map(|c| c.name()))),
    ]
);
params_doc!(
    /// The range of an organisation's activity.
    StatsRange => |_p| vec![
        parameter("since", ParameterIn::Query, false, "From (inclusive); default 30 days before until.", time()),
        parameter("until", ParameterIn::Query, false, "To (exclusive); default now; at most 366 days after since.", time()),
    ]
);
params_doc!(
    /// Which of an organisation's events.
    AuditKind => |_p| vec![parameter(
        "kind",
        ParameterIn::Query,
        false,
        "Only events of one kind: consents (granted, narrowed, extended, revoked), requests \
         (made, approved, denied, cancelled), emergencies (opened, closed) or records (added, \
         retracted, read).",
        names(["consents", "requests", "emergencies", "records"]),
    )]
);
params_doc!(
    /// What a stream follows.
    StreamParams => |_p| vec![
        parameter("org", ParameterIn::Query, false, "An organisation (its practitioners); not with patient.", org_id()),
        parameter("patient", ParameterIn::Query, false, "A patient (they or their delegates); not with org.", address()),
        parameter("after", ParameterIn::Query, false, "Start after this cursor (or send Last-Event-ID).", string().pattern(Some(EVENT_CURSOR_PATTERN)).build()),
    ]
);
