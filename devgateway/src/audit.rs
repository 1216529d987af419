//! The security audit log: which writes are recorded and how, as the gateway's audit middleware
//! does it (request body only, redacted; the answer's status and error text; the caller).

mod redact;
mod scope;
pub mod store;

use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{Method, Request};
use axum::response::Response;
use futures_util::{stream, StreamExt};
use http_body_util::BodyExt;

use crate::auth::Caller;
use crate::body::BODY_LIMIT;
use crate::clock::now_us;
use crate::state::SharedState;
use scope::Family;
use store::Entry;

/// Filled by the `Auth` extractor once the caller passed authentication and the role check:
/// 401s and 403s from there never reach the log.
#[derive(Clone, Default)]
pub struct AuditSlot(Arc<Mutex<Option<Caller>>>);

impl AuditSlot {
    pub fn set(&self, caller: &Caller) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(caller.clone());
    }
    fn take(&self) -> Option<Caller> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// An audited request on its way through the router.
pub struct Pending {
    family: Family,
    method: Method,
    path: String,
    client_ip: String,
    payload: Option<serde_json::Value>,
    slot: AuditSlot,
}

/// Starts auditing `req` when it is an audited write; its body is buffered (and handed on
/// unchanged) so it can be stored.
pub async fn begin(req: &mut Request<Body>, peer: IpAddr) -> Option<Pending> {
    let family = scope::audited_route(req.method(), req.uri().path())?;
    let path = scope::decode_path(req.uri().path());
    if !scope::should_audit(req.method(), &path) {
        return None;
    }
    let (payload, body) = buffer(std::mem::take(req.body_mut())).await;
    *req.body_mut() = body;
    let slot = AuditSlot::default();
    req.extensions_mut().insert(slot.clone());
    Some(Pending {
        family,
        method: req.method().clone(),
        path,
        client_ip: peer.to_string(),
        payload,
        slot,
    })
}

/// Reads the body up to the handlers' limit. Past it (the handler answers 413) or after a read
/// error the payload is stored as null, and the handler still sees the same bytes and error.
async fn buffer(mut body: Body) -> (Option<serde_json::Value>, Body) {
    let mut buf: Vec<u8> = Vec::new();
    loop {
        let failure = match body.frame().await {
            None => return (redact::payload(&buf), Body::from(buf)),
            Some(Ok(frame)) => match frame.into_data() {
                Ok(data) => {
                    buf.extend_from_slice(&data);
                    if buf.len() <= BODY_LIMIT {
                        continue;
                    }
                    None
                }
                Err(_) => continue,
            },
            Some(Err(e)) => Some(e),
        };
        let head = stream::once(async move { Ok::<_, axum::Error>(Bytes::from(buf)) });
        let rest = match failure {
            None => StreamExt::boxed(body.into_data_stream()),
            Some(e) => StreamExt::boxed(stream::once(async move { Err(e) })),
        };
        return (None, Body::from_stream(head.chain(rest)));
    }
}

impl Pending {
    /// Records the entry once the handler answered (synchronously, before the answer leaves).
    pub async fn finish(self, state: &SharedState, resp: Response) -> Response {
        let Some(caller) = self.slot.take() else {
            return resp;
        };
        let status = resp.status().as_u16();
        let (resp, error_message) = if status >= 400 {
            let (parts, body) = resp.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let aborted = self.family.aborts_with_error(status);
            let msg = redact::error_message(status, &bytes, aborted);
            (Response::from_parts(parts, Body::from(bytes)), msg)
        } else {
            (resp, String::new())
        };
        let entry = Entry {
            id: uuid::Uuid::new_v4().to_string(),
            org_id: state.org_id.clone(),
            actor_subject: caller.subject,
            actor_email: caller.email,
            actor_name: caller.name,
            created_at: now_us(),
            resource_type: scope::resource_type(&self.path),
            action: scope::action(&self.method).unwrap_or("read").to_string(),
            http_method: self.method.as_str().to_string(),
            http_status: status,
            http_path: self.path,
            client_ip: self.client_ip,
            payload: self.payload,
            error_message,
        };
        // As on the gateway, a failed insert only reaches the server log.
        if let Err(e) = state.db.tx(move |tx| Ok(store::insert(tx, &entry)?)).await {
            eprintln!("devgateway: security audit log write failed: {e:?}");
        }
        resp
    }
}
