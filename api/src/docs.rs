//! How the `/v1` path parameters are documented in the OpenAPI document. (Query parameters are
//! documented by the structs the handlers take them as; see [`crate::params::Query`].) Their
//! schemas are those of the typed values the same texts are parsed as elsewhere, so an
//! organisation id or an address is described the same way wherever it appears.

use utoipa::{
    IntoParams, PartialSchema,
    openapi::{
        Required,
        path::{Parameter, ParameterBuilder, ParameterIn},
    },
};

use super::params::values::{Account, OrgId};

fn path_parameter<T: PartialSchema>(name: &str, about: &str) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Path)
        .required(Required::True)
        .description(Some(about))
        .schema(Some(T::schema()))
        .build()
}

/// `{org}` in the path.
pub(super) struct OrgPath;

impl IntoParams for OrgPath {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![path_parameter::<OrgId>("org", "An organisation id.")]
    }
}

/// `{patient}` in the path.
pub(super) struct PatientPath;

impl IntoParams for PatientPath {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![path_parameter::<Account>(
            "patient",
            "A patient's account (0x address; a mixed-case one must carry a valid EIP-55 \
             checksum).",
        )]
    }
}
