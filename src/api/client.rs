//! The transport every resource module goes through: base URL, bearer token, token renewal,
//! one place that maps statuses to `ApiError`, and aborting a page's requests when it goes away.

use super::{
    error::ApiError,
    json::{self, Decode},
};
use gloo_net::http::{Request, RequestBuilder, Response};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::sync::Arc;

/// A handle to the gateway. Cheap to clone; pages take a scoped copy with [`Api::scoped`].
#[derive(Clone)]
pub struct Api {
    base: Arc<str>,
    token: RwSignal<Option<String>>,
    on_unauthorized: Option<Callback<()>>,
    abort: Option<SendWrapper<web_sys::AbortSignal>>,
}

/// An HTTP answer that was not turned into an error: status, renewed token and body text.
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    /// Decodes the body as JSON, reporting a shape mismatch as [`ApiError::Decode`].
    pub fn json<T: Decode>(&self) -> Result<T, ApiError> {
        decode(&self.body)
    }
}

/// Decodes a JSON body, reporting a shape mismatch as [`ApiError::Decode`].
pub fn decode<T: Decode>(body: &str) -> Result<T, ApiError> {
    Ok(json::from_str(body)?)
}

/// The body of a POST that carries nothing.
pub fn no_fields() -> Option<String> {
    Some("{}".to_string())
}

/// HTTP methods the gateway's routes use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Api {
    /// `gateway` is the gateway's origin (`""` for the page's own origin); every path gets `/api`.
    pub fn new(
        gateway: &str,
        token: RwSignal<Option<String>>,
        on_unauthorized: Option<Callback<()>>,
    ) -> Self {
        let base = format!("{}/api", gateway.trim_end_matches('/'));
        Self {
            base: base.into(),
            token,
            on_unauthorized,
            abort: None,
        }
    }

    /// A copy whose requests are aborted when the current reactive owner (the page) is
    /// cleaned up, so leaving a page cancels what it was loading.
    pub fn scoped(&self) -> Self {
        let mut scoped = self.clone();
        if let Ok(controller) = web_sys::AbortController::new() {
            scoped.abort = Some(SendWrapper::new(controller.signal()));
            let controller = SendWrapper::new(controller);
            on_cleanup(move || controller.abort());
        }
        scoped
    }

    /// A copy that authenticates with `token` and does not end the session on 401: used to
    /// validate a token before it becomes the session's.
    pub fn with_token(&self, token: String) -> Self {
        Self {
            base: self.base.clone(),
            token: RwSignal::new(Some(token)),
            on_unauthorized: None,
            abort: self.abort.clone(),
        }
    }

    /// The full URL of an API path such as `/api-keys`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// The origin the console talks to, for usage snippets (`""` means the page's origin).
    pub fn gateway_origin(&self) -> &str {
        self.base.strip_suffix("/api").unwrap_or(&self.base)
    }

    pub async fn get<T: Decode>(&self, path: &str) -> Result<T, ApiError> {
        self.send(Method::Get, path, None).await?.json()
    }

    /// `body` is JSON text.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
    ) -> Result<Reply, ApiError> {
        let url = self.url(path);
        let mut builder = match method {
            Method::Get => Request::get(&url),
            Method::Post => Request::post(&url),
            Method::Put => Request::put(&url),
            Method::Delete => Request::delete(&url),
        };
        if let Some(token) = self.token.get_untracked() {
            builder = builder.header("Authorization", &format!("Bearer {token}"));
        }
        if let Some(signal) = &self.abort {
            builder = builder.abort_signal(Some(signal));
        }
        let response = match body {
            Some(b) => with_json(builder, b)?.send().await,
            None => builder.send().await,
        }
        .map_err(|e| ApiError::Network(e.to_string()))?;

        if let Some(renewed) = response.headers().get("X-New-Access-Token") {
            if !renewed.is_empty() && self.token.get_untracked().is_some() {
                self.token.set(Some(renewed));
            }
        }
        let status = response.status();
        let body = body_text(&response).await?;
        if (200..300).contains(&status) {
            return Ok(Reply { status, body });
        }
        let error = ApiError::from_response(status, &body);
        if error == ApiError::Unauthorized {
            if let Some(cb) = self.on_unauthorized {
                cb.run(());
            }
        }
        Err(error)
    }

    /// Sends without a token, returning the response header the gateway uses for login tokens.
    pub async fn post_reading_header(
        &self,
        path: &str,
        body: String,
        header: &str,
    ) -> Result<Option<String>, ApiError> {
        let response = with_json(Request::post(&self.url(path)), body)?
            .send()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        let status = response.status();
        let value = response.headers().get(header);
        let text = body_text(&response).await?;
        if (200..300).contains(&status) {
            Ok(value)
        } else {
            Err(ApiError::from_response(status, &text))
        }
    }
}

/// The body as text, read as bytes: as a JS string, a 3 MB list would be copied into wasm one
/// character at a time by the bindings' glue (about 23 ms for 10 000 keys); bytes are one copy.
/// A body that is not UTF-8 (never the gateway's JSON) reads as empty: the status still tells
/// the error, and an empty success fails to decode like any malformed answer.
async fn body_text(response: &Response) -> Result<String, ApiError> {
    let bytes = response
        .binary()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

fn with_json(builder: RequestBuilder, body: String) -> Result<Request, ApiError> {
    builder
        .header("Content-Type", "application/json")
        .body(body)
        .map_err(|e| ApiError::Network(e.to_string()))
}
