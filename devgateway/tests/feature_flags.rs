//! Feature flags: the catalog, updates, their errors, persistence, audit and server info.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const CATALOG: &[(&str, bool, &[&str])] = &[
    ("beta.oracle_native", true, &["gateway", "agent", "client"]),
    (
        "experimental.claude_code_vertex",
        false,
        &["gateway", "agent"],
    ),
    ("experimental.db_exec_driver", false, &["agent"]),
    ("experimental.http_session_analyzer", true, &["gateway"]),
    (
        "experimental.httpproxy_client_authorization",
        false,
        &["agent"],
    ),
    ("experimental.log_exec_input", true, &["agent"]),
    ("experimental.mcp_gateway", false, &["gateway"]),
    ("experimental.rdp_pii_detection", true, &["gateway"]),
    ("experimental.rdp_pii_guard", true, &["gateway"]),
    ("experimental.rulepacks", true, &["gateway"]),
    ("experimental.ssh_guardrails", false, &["agent"]),
    ("experimental.ssh_input_guardrails", false, &["agent"]),
    ("experimental.tunnel_token_renewal", false, &["gateway"]),
];

async fn list(g: &Gw, token: &str) -> Vec<Value> {
    let (status, body) = send(g.as_(token, Method::GET, "/api/feature-flags")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body.as_array().unwrap().clone()
}

async fn put(g: &Gw, token: &str, name: &str, body: &str) -> (StatusCode, Value) {
    let path = format!("/api/feature-flags/{name}");
    send(g.as_(token, Method::PUT, &path).body(body.to_string())).await
}

fn enabled(items: &[Value], name: &str) -> bool {
    let item = items.iter().find(|i| i["name"] == name).unwrap();
    item["enabled"].as_bool().unwrap()
}

#[tokio::test]
async fn the_catalog_sorted_with_defaults_for_every_role() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (_, plain) = g.create_key(&admin, "plain", &[]).await;
    for token in [admin, g.login(DEV).await, g.login(AUDITOR).await, plain] {
        let items = list(&g, &token).await;
        assert_eq!(items.len(), CATALOG.len());
        for (item, (name, default, components)) in items.iter().zip(CATALOG) {
            let mut keys: Vec<&str> = item
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            keys.sort_unstable();
            assert_eq!(
                keys,
                [
                    "components",
                    "default",
                    "description",
                    "enabled",
                    "name",
                    "stability"
                ]
            );
            assert_eq!(item["name"], *name);
            assert_eq!(item["default"], *default);
            assert_eq!(item["enabled"], *default);
            assert_eq!(item["components"], json!(components));
            assert_eq!(item["stability"], name.split('.').next().unwrap());
            assert!(!item["description"].as_str().unwrap().is_empty());
        }
    }
    let req = g.req(Method::GET, "/api/feature-flags");
    expect_error(req, StatusCode::UNAUTHORIZED, "access denied").await;
}

#[tokio::test]
async fn updates_are_stored_per_org_and_reported() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (status, item) = put(&g, &admin, "beta.oracle_native", r#"{"enabled":false}"#).await;
    assert_eq!(status, StatusCode::OK);
    let want = json!({
        "name": "beta.oracle_native",
        "description": item["description"],
        "default": true,
        "stability": "beta",
        "components": ["gateway", "agent", "client"],
        "enabled": false,
    });
    assert_eq!(item, want);
    let (status, item) = put(
        &g,
        &admin,
        "experimental.mcp_gateway",
        r#"{"enabled":true}"#,
    )
    .await;
    assert_eq!(
        (status, item["enabled"].clone()),
        (StatusCode::OK, json!(true))
    );
    // `{}` (and null) mean false.
    let (_, item) = put(&g, &admin, "experimental.rulepacks", "{}").await;
    assert_eq!(item["enabled"], false);
    let (_, item) = put(&g, &admin, "experimental.rdp_pii_guard", "null").await;
    assert_eq!(item["enabled"], false);

    let items = list(&g, &admin).await;
    assert!(!enabled(&items, "beta.oracle_native") && enabled(&items, "experimental.mcp_gateway"));
    assert!(!enabled(&items, "experimental.rulepacks"));
    assert!(
        enabled(&items, "experimental.rdp_pii_detection"),
        "others keep their default"
    );
    let (_, info) = send(g.as_(&admin, Method::GET, "/api/serverinfo")).await;
    assert_eq!(info["feature_flags"]["beta.oracle_native"], false);
    assert_eq!(info["feature_flags"]["experimental.mcp_gateway"], true);
    assert_eq!(
        info["feature_flags"].as_object().unwrap().len(),
        CATALOG.len()
    );

    let stored: (String, String, bool) = g
        .sqlite()
        .query_row(
            "SELECT org_id, updated_by, enabled FROM org_feature_flags WHERE name = 'beta.oracle_native'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(stored.0, info_org(&g, &admin).await);
    assert_eq!((stored.1.as_str(), stored.2), (ADMIN, false));

    let g = g.restart(|_| {}).await;
    let items = list(&g, &admin).await;
    assert!(!enabled(&items, "beta.oracle_native") && enabled(&items, "experimental.mcp_gateway"));
    let (_, info) = send(g.as_(&admin, Method::GET, "/api/serverinfo")).await;
    assert_eq!(
        info["feature_flags"]["beta.oracle_native"], false,
        "cache loaded at start"
    );
}

async fn info_org(g: &Gw, token: &str) -> String {
    let (_, info) = send(g.as_(token, Method::GET, "/api/userinfo")).await;
    info["org_id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn errors_in_order() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    for token in [g.login(DEV).await, g.login(AUDITOR).await] {
        let (status, body) = put(&g, &token, "nope", "").await;
        assert_eq!(
            (status, body),
            (StatusCode::FORBIDDEN, json!({ "message": "access denied" }))
        );
    }
    let flag = "experimental.rulepacks";
    let cases = [
        ("nope", "", "unknown feature flag: nope"),
        ("nope", "{", "unknown feature flag: nope"),
        (flag, "", "invalid request body: EOF"),
        (flag, "{", "invalid request body: unexpected EOF"),
        (
            flag,
            "nope",
            "invalid request body: invalid character 'o' looking for beginning of value",
        ),
        (
            flag,
            r#"{"enabled":"yes"}"#,
            "invalid request body: json: cannot unmarshal string into Go struct field \
             FeatureFlagUpdateRequest.enabled of type bool",
        ),
    ];
    for (name, body, msg) in cases {
        let (status, got) = put(&g, &admin, name, body).await;
        assert_eq!(
            (status, got),
            (StatusCode::BAD_REQUEST, json!({ "message": msg })),
            "{body}"
        );
    }
    assert!(enabled(&list(&g, &admin).await, flag), "nothing stored");
}

#[tokio::test]
async fn updates_are_audited() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let dev = g.login(DEV).await;
    put(
        &g,
        &admin,
        "experimental.ssh_guardrails",
        r#"{"enabled":true}"#,
    )
    .await;
    put(&g, &admin, "unknown.flag", r#"{"enabled":true}"#).await;
    put(
        &g,
        &dev,
        "experimental.ssh_guardrails",
        r#"{"enabled":false}"#,
    )
    .await;
    let entries = audit_entries(&g, &admin).await;
    let got: Vec<String> = entries.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            "feature_flags update PUT 400 /api/feature-flags/unknown.flag",
            "feature_flags update PUT 200 /api/feature-flags/experimental.ssh_guardrails",
        ]
    );
    assert_eq!(
        entries[0]["error_message"],
        "unknown feature flag: unknown.flag"
    );
    assert_eq!(
        entries[1]["request_payload_redacted"],
        json!({ "enabled": true })
    );
    assert_eq!(entries[1]["actor_email"], ADMIN);
}

#[tokio::test]
async fn a_test_override_of_server_info_wins() {
    let g = Gw::start_with(|c| c.test_endpoints = true).await;
    let admin = g.admin().await;
    let over = json!({ "feature_flags": { "experimental.x": true } });
    g.req(Method::PUT, "/__test/serverinfo")
        .json(&over)
        .send()
        .await
        .unwrap();
    put(
        &g,
        &admin,
        "experimental.mcp_gateway",
        r#"{"enabled":true}"#,
    )
    .await;
    let (_, info) = send(g.as_(&admin, Method::GET, "/api/serverinfo")).await;
    assert_eq!(info["feature_flags"], json!({ "experimental.x": true }));
    assert!(enabled(&list(&g, &admin).await, "experimental.mcp_gateway"));
}
