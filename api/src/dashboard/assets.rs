//! The files under `/assets/`: the dashboard's scripts, style sheet and icon, the vendored
//! charting library, and the vocabulary as JSON, each with a strong ETag so a browser
//! revalidates instead of downloading again.

use std::sync::OnceLock;

use alloy::primitives::keccak256;
use axum::{
    extract::Path,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use consentry_sdk::vocabulary::{
    Action, Basis, Category, Cosigner, EmergencyReason, FhirResourceType, OrganizationKind,
    Purpose, RecordStatus, RequestStatus, Role,
};
use serde_json::{Value, json};

use crate::error::ApiError;

/// A file under `/assets/`.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    body: &'static [u8],
    /// Our own files change with the binary and are revalidated (by ETag) on every use; a
    /// vendored library changes only with its version.
    cache_control: &'static str,
}

pub(super) const REVALIDATE: &str = "no-cache";
pub(super) const ONE_DAY: &str = "public, max-age=86400";

/// One of our own scripts: an ES module that a page loads with `<script type="module">` or
/// another module imports by `./name.js`. No build step: the files are served as written.
const fn module(path: &'static str, body: &'static [u8]) -> Asset {
    Asset {
        path,
        content_type: "text/javascript; charset=utf-8",
        body,
        cache_control: REVALIDATE,
    }
}

const ASSETS: &[Asset] = &[
    // One module per page.
    module(
        "landing.js",
        include_bytes!("../../assets/dashboard/landing.js"),
    ),
    module(
        "sign-in.js",
        include_bytes!("../../assets/dashboard/sign-in.js"),
    ),
    module("org.js", include_bytes!("../../assets/dashboard/org.js")),
    module(
        "stats.js",
        include_bytes!("../../assets/dashboard/stats.js"),
    ),
    // The organisation page's tabs, and what they share.
    module(
        "org-overview.js",
        include_bytes!("../../assets/dashboard/org-overview.js"),
    ),
    module(
        "org-consents.js",
        include_bytes!("../../assets/dashboard/org-consents.js"),
    ),
    module(
        "org-requests.js",
        include_bytes!("../../assets/dashboard/org-requests.js"),
    ),
    module(
        "org-emergencies.js",
        include_bytes!("../../assets/dashboard/org-emergencies.js"),
    ),
    module(
        "org-records.js",
        include_bytes!("../../assets/dashboard/org-records.js"),
    ),
    module(
        "org-patient.js",
        include_bytes!("../../assets/dashboard/org-patient.js"),
    ),
    module(
        "org-shared.js",
        include_bytes!("../../assets/dashboard/org-shared.js"),
    ),
    module(
        "org-live.js",
        include_bytes!("../../assets/dashboard/org-live.js"),
    ),
    // What the pages share.
    module("api.js", include_bytes!("../../assets/dashboard/api.js")),
    module(
        "format.js",
        include_bytes!("../../assets/dashboard/format.js"),
    ),
    module("ui.js", include_bytes!("../../assets/dashboard/ui.js")),
    module(
        "address.js",
        include_bytes!("../../assets/dashboard/address.js"),
    ),
    module(
        "chart.js",
        include_bytes!("../../assets/dashboard/chart.js"),
    ),
    Asset {
        path: "dashboard.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../assets/dashboard/dashboard.css"),
        cache_control: REVALIDATE,
    },
    Asset {
        path: "favicon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../../assets/dashboard/favicon.svg"),
        cache_control: ONE_DAY,
    },
    Asset {
        path: "vendor/uPlot.iife.min.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../assets/dashboard/vendor/uPlot.iife.min.js"),
        cache_control: ONE_DAY,
    },
    Asset {
        path: "vendor/uPlot.min.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../assets/dashboard/vendor/uPlot.min.css"),
        cache_control: ONE_DAY,
    },
    Asset {
        path: "vendor/uPlot.LICENSE",
        content_type: "text/plain; charset=utf-8",
        body: include_bytes!("../../assets/dashboard/vendor/uPlot.LICENSE"),
        cache_control: ONE_DAY,
    },
];

/// Scripts and styles from this origin only (no inline script can run, whatever a page
/// shows), no framing, no referrer leaking a patient's address in a path.
pub(super) const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// A strong ETag for `body`.
fn etag(body: &[u8]) -> String {
    format!("\"{}\"", &hex::encode(keccak256(body))[..32])
}

/// Answers `body`, or 304 when the client holds it already.
fn cached(
    headers: &HeaderMap,
    content_type: &'static str,
    cache_control: &'static str,
    tag: &str,
    body: Vec<u8>,
) -> Response {
    let fresh = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|candidate| candidate.trim() == tag || candidate.trim() == "*");
    let tag = HeaderValue::from_str(tag).unwrap_or_else(|_| HeaderValue::from_static("\"\""));
    let headers = [
        (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        ),
        (header::ETAG, tag),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
    ];
    if fresh {
        (StatusCode::NOT_MODIFIED, headers).into_response()
    } else {
        (StatusCode::OK, headers, body).into_response()
    }
}
pub(super) async fn asset(Path(path): Path<String>, headers: HeaderMap) -> Response {
    static TAGS: OnceLock<Vec<String>> = OnceLock::new();
    let tags = TAGS.get_or_init(|| ASSETS.iter().map(|a| etag(a.body)).collect());
    match ASSETS.iter().position(|a| a.path == path) {
        Some(index) => {
            let asset = &ASSETS[index];
            cached(
                &headers,
                asset.content_type,
                asset.cache_control,
                &tags[index],
                asset.body.to_vec(),
            )
        }
        None => ApiError::not_found(format!("no asset {path:?}")).into_response(),
    }
}

/// The shared vocabulary with its labels for people, so the pages show "Laboratory" and
/// "treatment" where the API says `laboratory` and `TREAT`, in the one wording the SDK keeps.
fn vocabulary_json() -> Value {
    fn entries<T: Copy>(
        all: &[T],
        code: impl Fn(T) -> u8,
        name: impl Fn(T) -> &'static str,
        label: impl Fn(T) -> &'static str,
    ) -> Value {
        all.iter()
            .map(|&v| json!({ "code": code(v), "name": name(v), "label": label(v) }))
            .collect()
    }
    macro_rules! table {
        ($t:ty) => {
            entries(<$t>::ALL, <$t>::code, <$t>::name, <$t>::display)
        };
    }
    let mut categories = table!(Category);
    if let Some(list) = categories.as_array_mut() {
        for (entry, category) in list.iter_mut().zip(Category::ALL) {
            entry["restricted"] = json!(category.is_restricted());
        }
    }
    json!({
        "categories": categories,
        "purposes": table!(Purpose),
        "actions": table!(Action),
        "bases": table!(Basis),
        "organizationKinds": table!(OrganizationKind),
        "roles": table!(Role),
        "fhirResourceTypes": table!(FhirResourceType),
        "emergencyReasons": table!(EmergencyReason),
        "requestStatuses": table!(RequestStatus),
        "recordStatuses": table!(RecordStatus),
        "cosigners": table!(Cosigner),
    })
}
pub(super) async fn vocabulary(headers: HeaderMap) -> Response {
    static BODY: OnceLock<(Vec<u8>, String)> = OnceLock::new();
    let (body, tag) = BODY.get_or_init(|| {
        let body = serde_json::to_vec(&vocabulary_json()).unwrap_or_default();
        let tag = etag(&body);
        (body, tag)
    });
    cached(&headers, "application/json", REVALIDATE, tag, body.clone())
}

#[cfg(test)]
mod tests {
    use super::{
        super::{LANDING, NOT_FOUND, ORGANIZATION, SIGN_IN, STATS},
        *,
    };

    #[test]
    fn vendored_uplot_is_the_npm_package() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let package = root.join("node_modules/uplot/dist");
        if !package.exists() {
            eprintln!("node_modules/uplot is not installed (scripts/toolchain.sh runs npm ci)");
            return;
        }
        for (file, vendored) in [
            ("uPlot.iife.min.js", "vendor/uPlot.iife.min.js"),
            ("uPlot.min.css", "vendor/uPlot.min.css"),
        ] {
            let from_npm = std::fs::read(package.join(file)).expect("readable");
            let asset = ASSETS.iter().find(|a| a.path == vendored).expect("served");
            assert!(
                asset.body == from_npm.as_slice(),
                "api/assets/dashboard/{vendored} differs from node_modules/uplot/dist/{file}: \
                 copy it again after changing uplot's version in package.json"
            );
        }
        let license = std::fs::read(root.join("node_modules/uplot/LICENSE")).expect("readable");
        let asset = ASSETS
            .iter()
            .find(|a| a.path == "vendor/uPlot.LICENSE")
            .expect("served");
        assert!(asset.body == license.as_slice(), "uPlot's LICENSE differs");
    }

    #[test]
    fn shells_load_only_served_assets_and_no_inline_script() {
        for html in [LANDING, STATS, SIGN_IN, ORGANIZATION, NOT_FOUND] {
            for reference in html.split("\"/assets/").skip(1) {
                let path = reference.split('"').next().unwrap_or_default();
                assert!(
                    path == "vocabulary.json" || ASSETS.iter().any(|a| a.path == path),
                    "a shell refers to /assets/{path}, which is not served"
                );
            }
            assert!(
                !html.contains("<script>"),
                "inline scripts are refused by the CSP"
            );
            assert!(
                !html.contains(" style=\""),
                "inline styles are refused by the CSP"
            );
        }
    }

    #[test]
    fn modules_import_only_served_modules() {
        let modules = ASSETS.iter().filter(|a| {
            a.content_type.starts_with("text/javascript") && !a.path.starts_with("vendor/")
        });
        for asset in modules {
            let source = std::str::from_utf8(asset.body).expect("UTF-8");
            for line in source.lines().filter(|l| l.starts_with("import ")) {
                let path = line
                    .split("from './")
                    .nth(1)
                    .and_then(|rest| rest.split('\'').next())
                    .unwrap_or_else(|| panic!("{}: not a relative import: {line}", asset.path));
                assert!(
                    ASSETS.iter().any(|a| a.path == path),
                    "{} imports ./{path}, which is not served",
                    asset.path
                );
            }
        }
    }

    #[test]
    fn vocabulary_has_every_label() {
        let vocabulary = vocabulary_json();
        assert_eq!(
            vocabulary["categories"][6],
            json!({ "code": 6, "name": "laboratory", "label": "Laboratory", "restricted": false })
        );
        assert_eq!(vocabulary["purposes"][0]["label"], "treatment");
        assert_eq!(
            vocabulary["roles"].as_array().map(Vec::len),
            Some(Role::ALL.len())
        );
        assert_eq!(
            vocabulary["cosigners"][0],
            json!({ "code": 0, "name": "head_of_department", "label": "Head of department" })
        );
    }
}
