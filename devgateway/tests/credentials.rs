//! Connection credentials: issue, stable key, fetch, list, close, revoke, limits and eligibility.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn persistent_then_windowed_with_a_stable_key() {
    let g = Gw::start().await;
    let dev = g.login(DEV).await;
    let (status, first) = issue(&g, &dev, "pg-demo", json!({})).await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    assert_eq!(first["expire_at"], Value::Null, "no duration: persistent");
    assert_eq!(first["has_review"], false);
    assert!(first.get("review_id").is_none());
    assert_eq!(
        (
            first["connection_type"].as_str(),
            first["connection_subtype"].as_str()
        ),
        (Some("database"), Some("postgres"))
    );
    let cc = &first["connection_credentials"];
    let secret = cc["username"].as_str().unwrap();
    assert!(secret.starts_with("pg-") && secret.len() == 46);
    assert_eq!(cc["password"], "hoop");
    assert_eq!(
        cc["connection_string"],
        format!("postgres://{secret}:hoop@127.0.0.1:15432/demo?sslmode=disable")
    );
    assert!(cc.get("secret_key").is_none());

    let (status, second) = issue(
        &g,
        &dev,
        "pg-demo",
        json!({ "access_duration_seconds": 3600 }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(second["id"], first["id"], "same row");
    assert_eq!(
        second["connection_credentials"]["username"], secret,
        "same secret"
    );
    assert_ne!(second["session_id"], first["session_id"]);
    assert!(second["expire_at"].is_string());
    assert_eq!(second["created_at"], first["created_at"]);

    let (status, current) =
        send(g.as_(&dev, Method::GET, "/api/connections/pg-demo/credentials")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(current["connection_credentials"]["username"], secret);
    let (status, list) = send(g.as_(&dev, Method::GET, "/api/connection-credentials")).await;
    assert_eq!(status, StatusCode::OK);
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["connection_name"], "pg-demo");
    assert!(
        items[0].get("connection_credentials").is_none(),
        "no secrets in the list"
    );
    // Another user has nothing.
    let sre = g.login(SRE).await;
    let (_, list) = send(g.as_(&sre, Method::GET, "/api/connection-credentials")).await;
    assert_eq!(list, json!({ "items": [] }));
    expect_error(
        g.as_(&sre, Method::GET, "/api/connections/pg-demo/credentials"),
        StatusCode::NOT_FOUND,
        "no active credentials found for this connection; open a native connection first",
    )
    .await;
}

#[tokio::test]
async fn shapes_per_kind() {
    let g = Gw::start().await;
    let sre = g.login(SRE).await;
    let (_, http) = issue(&g, &sre, "grafana", json!({})).await;
    assert_eq!(
        (
            http["connection_type"].as_str(),
            http["connection_subtype"].as_str()
        ),
        (Some("httpproxy"), Some("httpproxy"))
    );
    let token = http["connection_credentials"]["proxy_token"]
        .as_str()
        .unwrap();
    assert!(token.starts_with("httpproxy-"));
    let cmd: Value =
        serde_json::from_str(http["connection_credentials"]["command"].as_str().unwrap()).unwrap();
    assert_eq!(
        cmd["subdomain"],
        format!("http://grafana.localhost:18888/{token}")
    );
    assert_eq!(cmd["browser"], format!("http://localhost:18888/{token}"));
    let (status, mcp) = issue(&g, &sre, "mcp-tools", json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(mcp["connection_credentials"]["proxy_token"]
        .as_str()
        .unwrap()
        .starts_with("mcp-"));
    let (_, ssh) = issue(
        &g,
        &sre,
        "ssh-bastion",
        json!({ "access_duration_seconds": 60 }),
    )
    .await;
    let s = ssh["connection_credentials"]["password"].as_str().unwrap();
    assert_eq!(
        ssh["connection_credentials"]["command"],
        format!("sshpass -p 'hoop' ssh {s}@127.0.0.1 -p 12222")
    );
    let (_, rdp) = issue(&g, &sre, "rdp-windows", json!({})).await;
    let r = rdp["connection_credentials"]["username"].as_str().unwrap();
    assert_eq!(rdp["connection_credentials"]["password"], r);
    let (_, ssm) = issue(
        &g,
        &sre,
        "aws-ssm-prod",
        json!({ "access_duration_seconds": 600 }),
    )
    .await;
    assert!(ssm["connection_credentials"].get("hostname").is_none());
    assert_eq!(
        ssm["connection_credentials"]["endpoint_url"],
        format!("{}/ssm/", g.base)
    );
    let (_, k8s) = issue(
        &g,
        &sre,
        "k8s-prod",
        json!({ "access_duration_seconds": 600 }),
    )
    .await;
    assert_eq!(k8s["connection_subtype"], "httpproxy");
    let (_, list) = send(g.as_(&sre, Method::GET, "/api/connection-credentials")).await;
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    let grafana = items
        .iter()
        .find(|i| i["connection_name"] == "grafana")
        .unwrap();
    assert_eq!(
        (
            grafana["connection_type"].as_str(),
            grafana["connection_subtype"].as_str()
        ),
        (Some("httpproxy"), Some("grafana")),
        "real values"
    );
    assert_eq!(items[0]["connection_name"], "k8s-prod", "newest first");
}

#[tokio::test]
async fn durations_and_eligibility() {
    let g = Gw::start().await;
    let dev = g.login(DEV).await;
    let path = "/api/connections/pg-demo/credentials";
    expect_error(
        g.as_(&dev, Method::POST, path),
        StatusCode::BAD_REQUEST,
        "EOF",
    )
    .await;
    expect_error(
        g.as_(&dev, Method::POST, path).json(&json!({ "access_duration_seconds": "60" })),
        StatusCode::BAD_REQUEST,
        "json: cannot unmarshal string into Go struct field ConnectionCredentialsRequest.access_duration_seconds of type int",
    )
    .await;
    expect_error(
        g.as_(&dev, Method::POST, path).json(&json!({ "access_duration_seconds": 1.5 })),
        StatusCode::BAD_REQUEST,
        "json: cannot unmarshal number 1.5 into Go struct field ConnectionCredentialsRequest.access_duration_seconds of type int",
    )
    .await;
    let (status, _) = issue(
        &g,
        &dev,
        "pg-demo",
        json!({ "access_duration_seconds": 172_800 }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "48 h is allowed");
    let cases = [
        (
            "pg-demo",
            json!({ "access_duration_seconds": 172_801 }),
            StatusCode::BAD_REQUEST,
            "access duration cannot exceed 48 hours",
        ),
        (
            "ssh-bastion",
            json!({ "access_duration_seconds": 28_801 }),
            StatusCode::BAD_REQUEST,
            "access duration cannot exceed 28800 seconds for this connection",
        ),
        (
            "mysql-legacy",
            json!({}),
            StatusCode::BAD_REQUEST,
            "connection subtype is not supported for this connection",
        ),
        (
            "pg-connect-off",
            json!({}),
            StatusCode::BAD_REQUEST,
            "access mode connect is not enabled for this connection",
        ),
        (
            "rdp-windows",
            json!({}),
            StatusCode::NOT_FOUND,
            "connection rdp-windows not found",
        ),
        (
            "nope",
            json!({}),
            StatusCode::NOT_FOUND,
            "connection nope not found",
        ),
    ];
    for (conn, body, status, msg) in cases {
        let (got, resp) = issue(&g, &dev, conn, body).await;
        assert_eq!((got, resp), (status, json!({ "message": msg })), "{conn}");
    }
    // Negative durations issue a persistent credential.
    let (status, body) = issue(
        &g,
        &dev,
        "grafana",
        json!({ "access_duration_seconds": -5 }),
    )
    .await;
    assert_eq!(
        (status, body["expire_at"].clone()),
        (StatusCode::CREATED, Value::Null)
    );
}
