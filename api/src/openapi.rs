//! The OpenAPI 3.1 document, from the handlers' annotations.

use axum::Json;
use utoipa::{
    Modify, OpenApi,
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
};

use super::v1;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Consentry query API",
        description = "Consents, record pointers, access checks and audit trails mirrored from the \
            chain by the Consentry indexer. Patient-level data needs a session from Sign-In with \
            Ethereum (GET /v1/auth/nonce, POST /v1/auth/login). FHIR R4 views are under /fhir \
            (see /fhir/metadata)."
    ),
    paths(
        super::healthz,
        v1::auth::nonce, v1::auth::login, v1::auth::logout, v1::auth::session,
        v1::organizations::organizations, v1::organizations::organization,
        v1::organizations::practitioners,
        v1::consents::org_consents, v1::consents::patient_consents,
        v1::records::org_records, v1::records::patient_records,
        v1::requests::org_requests,
        v1::emergencies::org_emergencies, v1::emergencies::patient_emergencies,
        v1::audit::patient_audit, v1::audit::org_audit,
        v1::access::access,
        v1::stats::stats, v1::stats::org_activity,
        v1::stream::stream,
    ),
    modifiers(&SessionAuth),
)]
struct Document;

struct SessionAuth;

impl Modify for SessionAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some(
                        "The token POST /v1/auth/login answers with, after Sign-In with Ethereum \
                         (browsers on the API's origin may send the consentry_session cookie it \
                         sets instead).",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document.
pub(super) fn openapi() -> utoipa::openapi::OpenApi {
    Document::openapi()
}

/// Serves the document.
pub(super) async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(openapi())
}
