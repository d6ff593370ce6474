//! The router and the server loop: every route behind the request metrics, and connections
//! guarded by a header timeout and a cap on how many are served at once.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use axum::{
    Router,
    extract::{MatchedPath, Request},
    middleware::Next,
    response::Response,
    routing::get,
};

use crate::{Api, ServeLimits, dashboard, error::ApiError, fhir_routes, health, openapi, v1};

impl Api {
    /// Every route, with request metrics.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/healthz", get(health::healthz))
            .route("/metrics", get(health::metrics_text))
            .route("/openapi.json", get(openapi::document))
            .merge(v1::routes())
            .merge(fhir_routes::routes())
            .merge(dashboard::routes())
            .fallback(|| async { ApiError::not_found("no such route") })
            .layer(axum::middleware::from_fn(track))
            .with_state(self.clone())
    }

    /// Serves until `shutdown` completes, with the default [`ServeLimits`].
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        self.serve_with(listener, ServeLimits::default(), shutdown)
            .await
    }

    /// Serves until `shutdown` completes, then waits for the open connections to finish.
    ///
    /// hyper, not `axum::serve`, drives the connections: `axum::serve` gives hyper no timer, so
    /// a client that never finished its headers (or never sent a byte) held its connection and
    /// a task for ever. Here a connection must deliver each request's headers within
    /// [`ServeLimits::header_read_timeout`] of being ready for one (an idle keep-alive
    /// connection is closed after as long), and at most [`ServeLimits::max_connections`] are
    /// served at once (the next waits in the listen backlog until one closes).
    ///
    /// HTTP/1.1 only: hyper's HTTP/2 has no header timeout, and guessing the version of a
    /// connection waits for its first bytes with none. Browsers speak HTTP/2 only over TLS,
    /// which a proxy in front of this server ends.
    pub async fn serve_with(
        self,
        listener: tokio::net::TcpListener,
        limits: ServeLimits,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        use hyper_util::{
            rt::{TokioIo, TokioTimer},
            server::graceful::GracefulShutdown,
            service::TowerToHyperService,
        };
        use tower::ServiceExt;

        let router = self.router();
        let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout);
        let graceful = GracefulShutdown::new();
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let slot = tokio::select! {
                slot = slots.clone().acquire_owned() => match slot {
                    Ok(slot) => slot,
                    Err(_) => break,
                },
                () = &mut shutdown => break,
            };
            let (stream, remote) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        // Out of file descriptors, or a connection reset before it was
                        // accepted: wait a moment rather than spin.
                        tracing::warn!(%error, "accepting a connection failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let service =
                router
                    .clone()
                    .map_request(move |mut request: Request<hyper::body::Incoming>| {
                        request
                            .extensions_mut()
                            .insert(axum::extract::ConnectInfo(remote));
                        request.map(axum::body::Body::new)
                    });
            let connection = graceful.watch(
                http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)),
            );
            tokio::spawn(async move {
                if let Err(error) = connection.await {
                    tracing::debug!(%error, %remote, "connection ended with an error");
                }
                drop(slot);
            });
        }
        drop(listener);
        graceful.shutdown().await;
        Ok(())
    }
}

/// Counts and times every request by route and status.
async fn track(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = request.method().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("consentry_api_requests_total", "route" => route.clone(), "method" => method.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("consentry_api_request_duration_seconds", "route" => route, "method" => method)
        .record(started.elapsed().as_secs_f64());
    response
}
