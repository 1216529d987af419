//! The outermost request handling: CORS, common headers, fault injection, panic recovery, and
//! the audit log of audited writes.

use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderName, HeaderValue, Method, Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::FutureExt;
use tokio::sync::Notify;
use tower::ServiceExt;

use crate::audit;
use crate::auth::RenewSlot;
use crate::faults::{self, Fault};
use crate::state::SharedState;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub async fn handle(
    state: SharedState,
    router: Router,
    kill: Arc<Notify>,
    peer: SocketAddr,
    mut req: Request<Body>,
) -> Response {
    decode_slashes(&mut req);
    let gzip = crate::compress::accepts(req.headers(), "gzip");
    let mut resp = if req.method() == Method::OPTIONS {
        StatusCode::NO_CONTENT.into_response()
    } else {
        match inject_fault(&state, req.method().as_str(), req.uri().path()).await {
            Some(Fault::Fail) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
            Some(Fault::Drop) => {
                kill.notify_one();
                // The connection task drops this future together with the connection.
                std::future::pending::<()>().await;
                unreachable!()
            }
            None => crate::compress::json(gzip, route(&state, router, peer, req).await).await,
        }
    };
    add_common_headers(&mut resp);
    resp
}

async fn inject_fault(state: &SharedState, method: &str, path: &str) -> Option<Fault> {
    let cfg = state.faults();
    if !cfg.is_active() || !faults::applies(&cfg, method, path) {
        return None;
    }
    if cfg.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(cfg.latency_ms)).await;
    }
    faults::pick(&cfg)
}

async fn route(
    state: &SharedState,
    router: Router,
    peer: SocketAddr,
    mut req: Request<Body>,
) -> Response {
    let slot = RenewSlot::default();
    req.extensions_mut().insert(slot.clone());
    let pending = audit::begin(&mut req, peer.ip()).await;
    let mut resp = match AssertUnwindSafe(router.oneshot(req)).catch_unwind().await {
        Ok(Ok(resp)) => match pending {
            Some(p) => p.finish(state, resp).await,
            None => resp,
        },
        Ok(Err(never)) => match never {},
        // Like gin's recovery middleware: 500 with an empty body. A panic is not audited.
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    if let Some(token) = slot.take() {
        if let Ok(v) = HeaderValue::from_str(&token) {
            resp.headers_mut().insert("x-new-access-token", v);
        }
    }
    resp
}

/// gin routes on the decoded path, so an encoded `/` separates segments there too.
fn decode_slashes(req: &mut Request<Body>) {
    let uri = req.uri();
    let path = uri.path();
    if !path.contains("%2F") && !path.contains("%2f") {
        return;
    }
    let mut new = path.replace("%2F", "/").replace("%2f", "/");
    if let Some(q) = uri.query() {
        new.push('?');
        new.push_str(q);
    }
    if let Ok(parsed) = new.parse::<Uri>() {
        *req.uri_mut() = parsed;
    }
}

fn add_common_headers(resp: &mut Response) {
    let h = resp.headers_mut();
    // gin never sends Allow (its method-not-allowed handling is off).
    h.remove(header::ALLOW);
    let set = |h: &mut axum::http::HeaderMap, name: HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    if let Ok(v) = HeaderValue::from_str(&format!("hoopgateway/{VERSION}")) {
        h.insert(header::SERVER, v);
    }
    set(h, header::ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    set(h, header::ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
    set(
        h,
        header::ACCESS_CONTROL_ALLOW_METHODS,
        "POST, OPTIONS, GET, PUT, DELETE, PATCH",
    );
    set(
        h,
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        "Content-Type, Authorization, accept, origin, user-client",
    );
    if !h.contains_key(header::ACCESS_CONTROL_EXPOSE_HEADERS) {
        set(
            h,
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            "X-New-Access-Token, X-Set-Cookie",
        );
    }
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "no-referrer");
}
