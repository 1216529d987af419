//! Shared helpers: a real gateway on an ephemeral port with a temporary SQLite file.
#![allow(dead_code)]

use devgateway::{start, Config, Gateway};
use reqwest::{Client, Method, RequestBuilder, Response, StatusCode};
use serde_json::{json, Value};
use tempfile::TempDir;

pub const PASSWORD: &str = "demo-pass";
pub const ADMIN: &str = "admin@example.com";
pub const DEV: &str = "dev@example.com";
pub const SRE: &str = "sre@example.com";
pub const AUDITOR: &str = "auditor@example.com";

pub struct Gw {
    pub gw: Option<Gateway>,
    pub dir: TempDir,
    pub client: Client,
    pub base: String,
}

pub fn config(dir: &TempDir) -> Config {
    let mut cfg = Config::new(dir.path().join("gateway.db"));
    cfg.addr = "127.0.0.1:0".parse().unwrap();
    cfg.demo_password = Some(PASSWORD.into());
    cfg
}

impl Gw {
    pub async fn start() -> Gw {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(f: impl FnOnce(&mut Config)) -> Gw {
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = config(&dir);
        f(&mut cfg);
        Self::from_config(dir, cfg).await
    }

    pub async fn from_config(dir: TempDir, cfg: Config) -> Gw {
        let gw = start(cfg).await.expect("gateway starts");
        Gw {
            base: gw.base_url(),
            gw: Some(gw),
            dir,
            client: Client::new(),
        }
    }

    /// Stops the server and starts a new one on the same database file.
    pub async fn restart(mut self, f: impl FnOnce(&mut Config)) -> Gw {
        self.gw.take().unwrap().shutdown().await;
        let mut cfg = config(&self.dir);
        f(&mut cfg);
        Self::from_config(self.dir, cfg).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn req(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, self.url(path))
    }

    /// A request authenticated with `Bearer <token>`.
    pub fn as_(&self, token: &str, method: Method, path: &str) -> RequestBuilder {
        self.req(method, path).bearer_auth(token)
    }

    pub async fn login(&self, email: &str) -> String {
        self.login_with(email, PASSWORD).await
    }

    pub async fn login_with(&self, email: &str, password: &str) -> String {
        let resp = self
            .req(Method::POST, "/api/localauth/login")
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "login {email}");
        resp.headers()["token"].to_str().unwrap().to_string()
    }

    pub async fn admin(&self) -> String {
        self.login(ADMIN).await
    }

    /// Creates an API key as `token`; returns `(id, raw key)`.
    pub async fn create_key(&self, token: &str, name: &str, groups: &[&str]) -> (String, String) {
        let (status, body) = send(
            self.as_(token, Method::POST, "/api/api-keys")
                .json(&json!({ "name": name, "groups": groups })),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        (
            body["id"].as_str().unwrap().to_string(),
            body["key"].as_str().unwrap().to_string(),
        )
    }

    /// Opens a direct connection to the gateway's database file.
    pub fn sqlite(&self) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(self.dir.path().join("gateway.db")).unwrap();
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .unwrap();
        conn
    }
}

/// Sends and returns the status with the body parsed as JSON (`Value::Null` when empty).
pub async fn send(req: RequestBuilder) -> (StatusCode, Value) {
    let resp = req.send().await.expect("request sent");
    let status = resp.status();
    (status, body_json(resp).await)
}

pub async fn body_json(resp: Response) -> Value {
    let text = resp.text().await.unwrap();
    if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"))
    }
}

/// Asserts an error answer: status and `{"message": msg}`.
pub async fn expect_error(req: RequestBuilder, status: StatusCode, msg: &str) {
    let (got, body) = send(req).await;
    assert_eq!(got, status, "body: {body}");
    assert_eq!(body, json!({ "message": msg }));
}

/// Asks for connection credentials as `token`.
pub async fn issue(g: &Gw, token: &str, conn: &str, body: Value) -> (StatusCode, Value) {
    send(
        g.as_(
            token,
            Method::POST,
            &format!("/api/connections/{conn}/credentials"),
        )
        .json(&body),
    )
    .await
}

/// Asks for pg-reviewed (which needs a review); returns the 202 body.
pub async fn request_reviewed(g: &Gw, token: &str, secs: i64) -> Value {
    let (status, body) = issue(
        g,
        token,
        "pg-reviewed",
        json!({ "access_duration_seconds": secs }),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    body
}

/// Resumes a reviewed pg-reviewed request by its session id.
pub async fn resume(g: &Gw, token: &str, session: &Value) -> (StatusCode, Value) {
    let path = format!(
        "/api/connections/pg-reviewed/credentials/{}",
        session.as_str().unwrap()
    );
    send(
        g.as_(token, Method::POST, &path)
            .json(&json!({ "access_duration_seconds": 5 })),
    )
    .await
}

/// `PUT /api/reviews/:id` as `token`.
pub async fn decide(g: &Gw, token: &str, review: &Value, body: Value) -> (StatusCode, Value) {
    let path = format!("/api/reviews/{}", review.as_str().unwrap());
    send(g.as_(token, Method::PUT, &path).json(&body)).await
}

/// `GET /api/audit/logs<query>` as `token`.
pub async fn audit_logs(g: &Gw, token: &str, query: &str) -> (StatusCode, Value) {
    send(g.as_(token, Method::GET, &format!("/api/audit/logs{query}"))).await
}

/// Every audit entry (up to 100), newest first, read as the administrator `token`.
pub async fn audit_entries(g: &Gw, token: &str) -> Vec<Value> {
    let (status, body) = audit_logs(g, token, "?page_size=100").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["data"].as_array().unwrap().clone()
}

/// Sends `method path` as `token`, with `body` as JSON unless it is `null`; returns the status.
pub async fn call(g: &Gw, token: &str, method: Method, path: &str, body: Value) -> StatusCode {
    let mut req = g.as_(token, method, path);
    if !body.is_null() {
        req = req.json(&body);
    }
    req.send().await.expect("request sent").status()
}

/// `"<resource_type> <action> <method> <status> <path>"` of an audit entry.
pub fn summary(e: &Value) -> String {
    let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
    format!(
        "{} {} {} {} {}",
        s("resource_type"),
        s("action"),
        s("http_method"),
        e["http_status"],
        s("http_path")
    )
}
