//! Errors as HTTP answers: a status and a JSON body naming the problem (and the field at
//! fault), or an `OperationOutcome` on the FHIR endpoints. Nothing a client sends produces a
//! 500: those are kept for a store that answers with something it should not hold.

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::ToSchema;

use super::{auth::AuthError, fhir};
use consentry_store::StoreError;

/// An error answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The status.
    pub status: StatusCode,
    /// A stable snake_case reason, e.g. `invalid_address`.
    pub code: &'static str,
    /// The request field at fault, if one is.
    pub field: Option<String>,
    /// What went wrong, for people.
    pub message: String,
    /// Answer as a FHIR `OperationOutcome`.
    pub fhir: bool,
    /// Seconds to wait before asking again (a `Retry-After` header), for a 429.
    pub retry_after: Option<u64>,
}

/// The JSON body of an error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable snake_case reason.
    pub code: String,
    /// The request field at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For people.
    pub message: String,
}

impl ApiError {
    /// A 400 naming `field`.
    pub fn bad(field: &str, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code,
            field: Some(field.to_owned()),
            message: message.into(),
            fhir: false,
            retry_after: None,
        }
    }

    /// A 401: no or an invalid session.
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            code: "sign_in_required",
            field: Some("authorization".into()),
            message: message.into(),
            fhir: false,
            retry_after: None,
        }
    }

    /// A 403: signed in, but this is not theirs to see.
    pub fn forbidden(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
            field: None,
            message: message.into(),
            fhir: false,
            retry_after: None,
        }
    }

    /// A 404.
    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            field: None,
            message: message.into(),
            fhir: false,
            retry_after: None,
        }
    }

    /// A 403 for a request a browser sent from another site's page.
    pub fn cross_origin(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::FORBIDDEN,
            code: "cross_origin",
            field: Some("origin".into()),
            message: message.into(),
            fhir: false,
            retry_after: None,
        }
    }

    /// A 415: the body is not of the type the route takes.
    pub fn unsupported_media_type(expected: &str) -> Self {
        ApiError {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            code: "unsupported_media_type",
            field: Some("content-type".into()),
            message: format!("the body must be sent as Content-Type: {expected}"),
            fhir: false,
            retry_after: None,
        }
    }

    /// A 429: too many requests; ask again in `retry_after` seconds.
    pub fn too_many(code: &'static str, message: impl Into<String>, retry_after: u64) -> Self {
        ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            code,
            field: None,
            message: message.into(),
            fhir: false,
            retry_after: Some(retry_after),
        }
    }

    /// A 503: the store can't answer (or record) now; retry.
    pub fn unavailable(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "store_unavailable",
            field: None,
            message: message.into(),
            fhir: false,
            retry_after: None,
        }
    }

    /// The same error, answered as a FHIR `OperationOutcome`.
    pub fn as_fhir(mut self) -> Self {
        self.fhir = true;
        self
    }

    fn fhir_issue_type(&self) -> &'static str {
        match self.status {
            StatusCode::UNAUTHORIZED => "login",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::NOT_FOUND => "not-found",
            StatusCode::SERVICE_UNAVAILABLE => "transient",
            status if status.is_server_error() => "exception",
            _ if self.code == "unknown_parameter" => "not-supported",
            _ => "invalid",
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        tracing::warn!(%error, "store error while answering");
        let (status, code, message) = if error.is_transient() {
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "store_unavailable",
                "the store is unavailable; retry shortly".to_owned(),
            )
        } else {
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "store_error",
                error.to_string(),
            )
        };
        ApiError {
            status,
            code,
            field: None,
            message,
            fhir: false,
            retry_after: None,
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(error: AuthError) -> Self {
        let status = match &error {
            AuthError::Rpc(source) => {
                // The client hears only that the chain could not be reached; the log keeps why.
                tracing::warn!(error = %source, "a contract-wallet check could not reach the node");
                StatusCode::SERVICE_UNAVAILABLE
            }
            _ => StatusCode::UNAUTHORIZED,
        };
        ApiError {
            status,
            code: error.code(),
            field: error.field().map(str::to_owned),
            message: error.to_string(),
            fhir: false,
            retry_after: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.fhir {
            let outcome = fhir::operation_outcome(
                self.fhir_issue_type(),
                &self.message,
                self.field.as_deref(),
            );
            let mut response = (self.status, Json(outcome)).into_response();
            response.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/fhir+json"),
            );
            return response;
        }
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code.to_owned(),
                field: self.field,
                message: self.message,
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}
