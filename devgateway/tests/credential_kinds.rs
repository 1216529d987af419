//! Credential kinds follow the stored type plus the aliased subtype; the seeded pairs are the
//! ones the web app creates.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn insert(g: &Gw, id: &str, name: &str, ctype: &str, subtype: &str) {
    g.sqlite()
        .execute(
            "INSERT INTO connections (id, name, type, subtype, access_groups, created_at)
             VALUES (?1, ?2, ?3, ?4, '[\"engineering\"]', 0)",
            [id, name, ctype, subtype],
        )
        .unwrap();
}

#[tokio::test]
async fn seeded_pairs_and_their_credentials() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (_, conns) = send(g.as_(&admin, Method::GET, "/api/connections")).await;
    let pair = |n: &str| {
        let c = conns
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == n)
            .unwrap();
        (c["type"].clone(), c["subtype"].clone())
    };
    assert_eq!(pair("rdp-windows"), (json!("custom"), json!("rdp")));
    assert_eq!(pair("mcp-tools"), (json!("httpproxy"), json!("mcp")));

    let (status, rdp) = issue(&g, &admin, "rdp-windows", json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        (&rdp["connection_type"], &rdp["connection_subtype"]),
        (&json!("custom"), &json!("rdp"))
    );
    let s = rdp["connection_credentials"]["username"].as_str().unwrap();
    assert!(s.starts_with("rdp-"));
    let cmd = format!("xfreerdp /v:127.0.0.1:13389 /u:{s} /p:{s}");
    assert_eq!(rdp["connection_credentials"]["command"], cmd);

    let (status, mcp) = issue(&g, &admin, "mcp-tools", json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        (&mcp["connection_type"], &mcp["connection_subtype"]),
        (&json!("httpproxy"), &json!("mcp"))
    );
    let token = mcp["connection_credentials"]["proxy_token"]
        .as_str()
        .unwrap();
    let cmd: Value =
        serde_json::from_str(mcp["connection_credentials"]["command"].as_str().unwrap()).unwrap();
    assert_eq!(
        cmd["subdomain"],
        format!("http://mcp-tools.localhost:18888/{token}")
    );
}

#[tokio::test]
async fn an_eligible_subtype_under_another_type_has_no_kind() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    insert(
        &g,
        "11111111-2222-4333-8444-000000000001",
        "ssh-in-db",
        "database",
        "ssh",
    );
    // The gateway's builder returns nil: 201 with a null body, and GET refuses it.
    let (status, body) = issue(&g, &admin, "ssh-in-db", json!({})).await;
    assert_eq!((status, body), (StatusCode::CREATED, Value::Null));
    let req = g.as_(
        &admin,
        Method::GET,
        "/api/connections/ssh-in-db/credentials",
    );
    expect_error(
        req,
        StatusCode::BAD_REQUEST,
        "connection type not supported for credential retrieval",
    )
    .await;
}

#[tokio::test]
async fn older_seeded_pairs_keep_working() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    // What earlier devgateway versions seeded: application/rdp and custom/mcp.
    insert(
        &g,
        "11111111-2222-4333-8444-000000000002",
        "old-rdp",
        "application",
        "rdp",
    );
    insert(
        &g,
        "11111111-2222-4333-8444-000000000003",
        "old-mcp",
        "custom",
        "mcp",
    );
    let (status, rdp) = issue(&g, &admin, "old-rdp", json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(rdp["connection_credentials"]["command"]
        .as_str()
        .unwrap()
        .starts_with("xfreerdp "));
    let (status, mcp) = issue(&g, &admin, "old-mcp", json!({})).await;
    assert_eq!(
        (status, mcp["connection_type"].clone()),
        (StatusCode::CREATED, json!("httpproxy"))
    );
    assert!(mcp["connection_credentials"]["proxy_token"]
        .as_str()
        .unwrap()
        .starts_with("mcp-"));
}
