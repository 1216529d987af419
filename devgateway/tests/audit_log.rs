//! The security audit log: which requests are recorded, and their resource type and action.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn only_audited_writes_past_authentication_are_logged() {
    let g = Gw::start_with(|c| c.test_endpoints = true).await;
    let admin = g.admin().await;
    let (dev, sre) = (g.login(DEV).await, g.login(SRE).await);
    send(g.as_(&admin, Method::GET, "/api/api-keys")).await;
    g.create_key(&admin, "ci", &[]).await;

    // Connection credentials, reviews, users and groups are not audited.
    let (_, cred) = issue(&g, &admin, "pg-demo", json!({})).await;
    let id = cred["id"].as_str().unwrap();
    let close = format!("/api/connections/pg-demo/credentials/{id}/close");
    let status = call(&g, &admin, Method::POST, &close, Value::Null).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let pending = request_reviewed(&g, &dev, 60).await;
    let approve = json!({ "status": "APPROVED" });
    let (status, _) = decide(&g, &sre, &pending["review_id"], approve).await;
    assert_eq!(status, StatusCode::OK);
    let group = json!({ "name": "g1" });
    let status = call(&g, &admin, Method::POST, "/api/users/groups", group).await;
    assert_eq!(status, StatusCode::CREATED);

    // A path that contains /login is skipped: writes to the key login-bot by name (creating it
    // goes to /api/api-keys, which is logged; so is a write by its id).
    let (login_bot, _) = g.create_key(&admin, "login-bot", &[]).await;
    let by_name = "/api/api-keys/login-bot";
    let status = call(&g, &admin, Method::PUT, by_name, json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let status = call(&g, &admin, Method::DELETE, by_name, Value::Null).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let reactivate = format!("/api/api-keys/{login_bot}/reactivate");
    let status = call(&g, &admin, Method::POST, &reactivate, Value::Null).await;
    assert_eq!(status, StatusCode::OK);

    // Unknown routes and fault-injected answers never reached a handler.
    let status = call(&g, &admin, Method::PATCH, "/api/api-keys/ci", json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let faults = json!({ "error_rate": 1.0, "path_prefix": "/api/api-keys", "method": "POST" });
    g.req(Method::PUT, "/__test/faults")
        .json(&faults)
        .send()
        .await
        .unwrap();
    let status = call(
        &g,
        &admin,
        Method::POST,
        "/api/api-keys",
        json!({ "name": "x" }),
    )
    .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    g.req(Method::PUT, "/__test/faults")
        .json(&json!({}))
        .send()
        .await
        .unwrap();

    let entries = audit_entries(&g, &admin).await;
    let got: Vec<String> = entries.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            format!("api_keys create POST 200 {reactivate}"),
            "api_keys create POST 201 /api/api-keys".into(),
            "api_keys create POST 201 /api/api-keys".into(),
        ]
    );
    let payload = |i: usize| entries[i]["request_payload_redacted"].clone();
    assert_eq!(payload(1), json!({ "name": "login-bot", "groups": [] }));
    assert_eq!(payload(2), json!({ "name": "ci", "groups": [] }));
}

#[tokio::test]
async fn resource_type_and_action_of_every_audited_route() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let info = send(g.as_(&admin, Method::GET, "/api/userinfo")).await.1;
    let (id, _) = g.create_key(&admin, "k", &[]).await;
    let key = format!("/api/api-keys/{id}");
    let mi = json!({ "name": "mi", "connection_names": ["pg-demo"] });
    let rotate = "/api/machineidentities/mi/credentials/pg-demo/rotate";
    let flag = "/api/feature-flags/experimental.rulepacks";
    let calls = [
        (Method::PUT, key.clone(), json!({ "name": "k2" }), 200),
        (Method::DELETE, key.clone(), Value::Null, 204),
        (Method::POST, format!("{key}/reactivate"), Value::Null, 200),
        (
            Method::POST,
            "/api/machineidentities".into(),
            mi.clone(),
            201,
        ),
        (Method::PUT, "/api/machineidentities/mi".into(), mi, 200),
        (Method::POST, rotate.into(), Value::Null, 201),
        (
            Method::DELETE,
            "/api/machineidentities/mi".into(),
            Value::Null,
            200,
        ),
        (Method::PUT, flag.into(), json!({ "enabled": false }), 200),
    ];
    for (m, path, body, want) in calls {
        let status = call(&g, &admin, m.clone(), &path, body).await;
        assert_eq!(status.as_u16(), want, "{m} {path}");
    }
    let entries = audit_entries(&g, &admin).await;
    let got: Vec<String> = entries.iter().rev().map(summary).collect();
    assert_eq!(
        got,
        [
            "api_keys create POST 201 /api/api-keys".to_string(),
            format!("api_keys update PUT 200 {key}"),
            format!("api_keys delete DELETE 204 {key}"),
            format!("api_keys create POST 200 {key}/reactivate"),
            "machine_identities create POST 201 /api/machineidentities".into(),
            "machine_identities update PUT 200 /api/machineidentities/mi".into(),
            format!("machine_identities create POST 201 {rotate}"),
            "machine_identities delete DELETE 200 /api/machineidentities/mi".into(),
            format!("feature_flags update PUT 200 {flag}"),
        ]
    );
    let mut keys: Vec<&str> = entries[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let all = "action actor_email actor_name actor_subject client_ip created_at error_message \
               http_method http_path http_status id org_id outcome request_payload_redacted \
               resource_type";
    assert_eq!(keys, all.split_whitespace().collect::<Vec<_>>());
    let mut created: Vec<&str> = Vec::new();
    for e in &entries {
        assert_eq!(
            (&e["outcome"], &e["error_message"]),
            (&json!(true), &json!(""))
        );
        assert_eq!(e["org_id"], info["org_id"]);
        let id = uuid::Uuid::parse_str(e["id"].as_str().unwrap()).unwrap();
        assert_eq!(id.get_version_num(), 4);
        let at = e["created_at"].as_str().unwrap();
        assert!(
            at.len() > 20 && at.ends_with('Z') && at.contains('T'),
            "{at}"
        );
        created.push(at);
        // Bodiless requests store null; the others their body.
        let path = e["http_path"].as_str().unwrap();
        let bodiless = e["http_method"] == "DELETE"
            || path.ends_with("/reactivate")
            || path.ends_with("/rotate");
        assert_eq!(e["request_payload_redacted"].is_null(), bodiless, "{path}");
    }
    assert!(
        created.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {created:?}"
    );
}

#[tokio::test]
async fn the_stored_path_is_decoded() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let status = call(
        &g,
        &admin,
        Method::PUT,
        "/api/api-keys/%C3%89cole%20x",
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let entries = audit_entries(&g, &admin).await;
    assert_eq!(entries[0]["http_path"], "/api/api-keys/École x");
    assert_eq!(entries[0]["error_message"], "resource not found");
}
