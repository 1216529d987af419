//! The security audit log: stored request bodies, secrets kept out, and failed requests.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn request_bodies_are_redacted_or_kept_raw() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let body = json!({
        "name": "r1",
        "password": "p", "hashed_password": "h", "client_secret": "c", "secret": "s",
        "secrets": { "a": 1 }, "api_key": "a", "token": "t", "key": "k", "env": "e",
        "envs": ["x"], "rollout_api_key": "r", "hosts_key": "hk",
        "Password": "kept", "secret_key": "kept", "env_vars": "kept", "credentials": "kept",
        "nested": { "token": "t", "deeper": { "key": "k", "ok": 1 } },
        "list": [{ "password": "in-array" }],
    });
    send(g.as_(&admin, Method::POST, "/api/api-keys").json(&body)).await;
    let raw_array = r#"[{"password":"array-top"}]"#;
    let invalid = r#"{"name": "half"#;
    for text in [raw_array, invalid] {
        let (status, _) = send(g.as_(&admin, Method::POST, "/api/api-keys").body(text)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let (status, _) = send(g.as_(&admin, Method::POST, "/api/api-keys")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "empty body");
    let entries = audit_entries(&g, &admin).await;
    let payloads: Vec<&Value> = entries
        .iter()
        .rev()
        .map(|e| &e["request_payload_redacted"])
        .collect();
    let r = "[REDACTED]";
    assert_eq!(
        payloads[0],
        &json!({
            "name": "r1",
            "password": r, "hashed_password": r, "client_secret": r, "secret": r, "secrets": r,
            "api_key": r, "token": r, "key": r, "env": r, "envs": r, "rollout_api_key": r,
            "hosts_key": r,
            "Password": "kept", "secret_key": "kept", "env_vars": "kept", "credentials": "kept",
            "nested": { "token": r, "deeper": { "key": r, "ok": 1 } },
            "list": [{ "password": "in-array" }],
        })
    );
    assert_eq!(
        payloads[1],
        &json!({ "_raw": raw_array }),
        "top-level array, not redacted"
    );
    assert_eq!(payloads[2], &json!({ "_raw": invalid }));
    assert_eq!(payloads[3], &Value::Null);
    assert_eq!(entries[0]["error_message"], "EOF");
}

/// The secret-bearing fields of a machine-identity credential.
fn strings(c: &Value, out: &mut Vec<String>) {
    let fields = [
        "secret_key",
        "password",
        "username",
        "proxy_token",
        "connection_string",
        "command",
    ];
    for f in fields {
        if let Some(s) = c[f].as_str().filter(|s| s.len() >= 8) {
            out.push(s.to_string());
        }
    }
}

#[tokio::test]
async fn no_key_or_credential_reaches_the_log() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (id, raw) = g.create_key(&admin, "secret-holder", &["admin"]).await;
    let mut secrets = vec![raw.clone()];
    send(g.as_(&admin, Method::DELETE, &format!("/api/api-keys/{id}"))).await;
    let (_, reactivated) = send(g.as_(
        &admin,
        Method::POST,
        &format!("/api/api-keys/{id}/reactivate"),
    ))
    .await;
    assert_eq!(reactivated["status"], "active");
    // The key itself makes audited calls too.
    g.create_key(&raw, "made-by-key", &[]).await;
    let mi = |name: &str, conns: &[&str]| json!({ "name": name, "connection_names": conns });
    let (status, created) = send(
        g.as_(&admin, Method::POST, "/api/machineidentities")
            .json(&mi("mi", &["pg-demo", "ssh-bastion"])),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, updated) = send(
        g.as_(&admin, Method::PUT, "/api/machineidentities/mi")
            .json(&mi("mi", &["pg-demo", "ssh-bastion", "grafana"])),
    )
    .await;
    let (_, rotated) = send(g.as_(
        &admin,
        Method::POST,
        "/api/machineidentities/mi/credentials/pg-demo/rotate",
    ))
    .await;
    for v in [
        &created["credentials"],
        &updated["new_credentials"],
        &rotated,
    ] {
        let before = secrets.len();
        for c in v.as_array().map_or_else(|| vec![v.clone()], Clone::clone) {
            secrets.push(c["secret_key"].as_str().unwrap().to_string());
            strings(&c, &mut secrets);
        }
        assert!(secrets.len() > before);
    }
    let entries = audit_entries(&g, &admin).await;
    assert_eq!(entries.len(), 7);
    let text = serde_json::to_string(&entries).unwrap();
    let conn = g.sqlite();
    let mut stmt = conn.prepare("SELECT * FROM security_audit_logs").unwrap();
    let n = stmt.column_count();
    let stored: Vec<String> = stmt
        .query_map([], |r| {
            (0..n)
                .map(|i| {
                    r.get::<_, Option<rusqlite::types::Value>>(i)
                        .map(|v| format!("{v:?}"))
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .unwrap()
        .map(|r| r.unwrap().join("|"))
        .collect();
    let stored = stored.join("\n");
    assert!(!text.contains("hpk_") && !stored.contains("hpk_"));
    for s in &secrets {
        assert!(
            !text.contains(s.as_str()) && !stored.contains(s.as_str()),
            "{s} leaked"
        );
    }
}

#[tokio::test]
async fn failed_requests_after_authentication_are_logged_with_their_error() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (a, _) = g.create_key(&admin, "a", &[]).await;
    g.create_key(&admin, "b", &[]).await;
    let long = "n".repeat(300);
    let calls: Vec<(Method, String, Value)> = vec![
        (
            Method::PUT,
            "/api/api-keys/b".into(),
            json!({ "name": "a" }),
        ),
        (Method::PUT, "/api/api-keys/missing".into(), json!({})),
        (
            Method::POST,
            format!("/api/api-keys/{a}/reactivate"),
            Value::Null,
        ),
        (
            Method::POST,
            "/api/api-keys".into(),
            json!({ "groups": [] }),
        ),
        (
            Method::POST,
            "/api/api-keys".into(),
            json!({ "name": long }),
        ),
        (
            Method::POST,
            "/api/machineidentities".into(),
            json!({ "name": "m", "connection_names": ["mysql-legacy"] }),
        ),
        (
            Method::DELETE,
            "/api/machineidentities/nope".into(),
            Value::Null,
        ),
        (
            Method::PUT,
            "/api/feature-flags/nope".into(),
            json!({ "enabled": true }),
        ),
    ];
    for (m, path, body) in calls {
        let mut req = g.as_(&admin, m, &path);
        if !body.is_null() {
            req = req.json(&body);
        }
        req.send().await.unwrap();
    }
    let entries = audit_entries(&g, &admin).await;
    let got: Vec<(i64, bool, &str)> = entries
        .iter()
        .rev()
        .skip(2)
        .map(|e| {
            (
                e["http_status"].as_i64().unwrap(),
                e["outcome"].as_bool().unwrap(),
                e["error_message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (409, false, "an api key with this name already exists"),
            (404, false, "resource not found"),
            (422, false, "cannot reactivate an active api key"),
            (400, false, "Key: 'APIKeyCreateRequest.Name' Error:Field validation for 'Name' failed on the 'required' tag"),
            // The gateway's abort helper (API-key 500s, machine-identity 400s and 500s).
            (500, false, "Error #01: ERROR: value too long for type character varying(255) (SQLSTATE 22001)\n"),
            (400, false, "Error #01: failed creating machine identity: connection mysql-legacy has unsupported type mysql for machine identities\n"),
            (404, false, "machine identity not found"),
            (400, false, "unknown feature flag: nope"),
        ]
    );
}

#[tokio::test]
async fn an_oversized_body_is_refused_and_logged_without_payload() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let big = format!(r#"{{"name":"{}"}}"#, "x".repeat(1_100_000));
    let req = g.as_(&admin, Method::POST, "/api/api-keys").body(big);
    expect_error(
        req,
        StatusCode::PAYLOAD_TOO_LARGE,
        "http: request body too large",
    )
    .await;
    let entries = audit_entries(&g, &admin).await;
    assert_eq!(entries[0]["http_status"], 413);
    assert_eq!(entries[0]["request_payload_redacted"], Value::Null);
    assert_eq!(entries[0]["error_message"], "http: request body too large");
    // Just under the limit the body is stored.
    let name = "y".repeat(1_000_000);
    let req = g
        .as_(&admin, Method::POST, "/api/api-keys")
        .json(&json!({ "name": name }));
    assert_eq!(
        send(req).await.0,
        StatusCode::INTERNAL_SERVER_ERROR,
        "too long for the column"
    );
    let entries = audit_entries(&g, &admin).await;
    assert_eq!(
        entries[0]["request_payload_redacted"],
        json!({ "name": name })
    );
}
