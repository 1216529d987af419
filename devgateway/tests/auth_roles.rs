//! The auth middleware (order, credential kinds) and the route role rules.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn missing_and_malformed_credentials_are_401() {
    let g = Gw::start().await;
    expect_error(
        g.req(Method::GET, "/api/userinfo"),
        StatusCode::UNAUTHORIZED,
        "access denied",
    )
    .await;
    let token = g.admin().await;
    for header in [
        "Bearer".to_string(),
        format!("bearer {token}"),
        format!("Bearer  {token}"),
        format!("Token {token}"),
        format!("Bearer {token} extra"),
        "Bearer not-a-token".to_string(),
        "Bearer hpk_unknownkeyvalue".to_string(),
    ] {
        let req = g
            .req(Method::GET, "/api/userinfo")
            .header("authorization", header.clone());
        expect_error(req, StatusCode::UNAUTHORIZED, "access denied").await;
    }
}

#[tokio::test]
async fn legacy_api_key_header() {
    let g = Gw::start_with(|c| c.legacy_api_key = Some("xapi-legacy-secret".into())).await;
    let legacy = |m: Method, p: &str| g.req(m, p).header("api-key", "xapi-legacy-secret");
    let (status, info) = send(legacy(Method::GET, "/api/userinfo")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["id"], "API_KEY");
    assert_eq!(info["email"], "API_KEY");
    assert_eq!(info["role"], "admin");
    assert_eq!(info["groups"], json!(["admin"]));
    let (status, key) =
        send(legacy(Method::POST, "/api/api-keys").json(&json!({ "name": "from-legacy" }))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(key["created_by"], "API_KEY");

    // A present Api-Key header wins over Authorization, even when wrong.
    let token = g.admin().await;
    let wrong = g
        .as_(&token, Method::GET, "/api/userinfo")
        .header("api-key", "nope");
    expect_error(wrong, StatusCode::UNAUTHORIZED, "unauthorize").await;

    let g2 = Gw::start().await;
    let req = g2
        .req(Method::GET, "/api/userinfo")
        .header("api-key", "xapi-legacy-secret");
    expect_error(req, StatusCode::UNAUTHORIZED, "unauthorize").await;
}

#[tokio::test]
async fn hpk_keys_authenticate_with_their_groups() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (admin_key_id, admin_key) = g.create_key(&admin, "automation-admin", &["admin"]).await;
    let (eng_id, eng_key) = g
        .create_key(&admin, "ci-engineering", &["engineering"])
        .await;
    let (_, bare_key) = g.create_key(&admin, "no-groups", &[]).await;
    let (_, audit_key) = g.create_key(&admin, "audit-bot", &["auditor"]).await;

    let (_, info) = send(g.as_(&eng_key, Method::GET, "/api/userinfo")).await;
    assert_eq!(info["id"], eng_id);
    assert_eq!(info["name"], "ci-engineering");
    assert_eq!(info["email"], "ci-engineering");
    assert_eq!(info["role"], "standard");
    assert_eq!(info["groups"], json!(["engineering"]));
    let (_, info) = send(g.as_(&admin_key, Method::GET, "/api/userinfo")).await;
    assert_eq!(
        (info["id"].as_str(), info["role"].as_str()),
        (Some(admin_key_id.as_str()), Some("admin"))
    );
    let (_, info) = send(g.as_(&bare_key, Method::GET, "/api/userinfo")).await;
    assert_eq!(
        (info["role"].clone(), info["groups"].clone()),
        (json!("standard"), json!([]))
    );

    // An admin key can create further admin keys; created_by is the key's name.
    let (status, body) = send(
        g.as_(&admin_key, Method::POST, "/api/api-keys")
            .json(&json!({ "name": "made-by-key", "groups": ["admin"] })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["created_by"], "automation-admin");

    expect_error(
        g.as_(&eng_key, Method::GET, "/api/api-keys"),
        StatusCode::FORBIDDEN,
        "access denied",
    )
    .await;
    let (status, _) = send(g.as_(&eng_key, Method::GET, "/api/machineidentities")).await;
    assert_eq!(status, StatusCode::OK);
    let creds = g
        .as_(
            &audit_key,
            Method::POST,
            "/api/connections/pg-demo/credentials",
        )
        .json(&json!({}));
    expect_error(creds, StatusCode::FORBIDDEN, "access denied").await;
}

#[tokio::test]
async fn revoked_keys_stop_and_reactivated_keys_work_again() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (id, key) = g.create_key(&admin, "rotating", &["engineering"]).await;
    let (status, _) = send(g.as_(&key, Method::GET, "/api/userinfo")).await;
    assert_eq!(status, StatusCode::OK);
    let resp = g
        .as_(&admin, Method::DELETE, &format!("/api/api-keys/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    expect_error(
        g.as_(&key, Method::GET, "/api/userinfo"),
        StatusCode::UNAUTHORIZED,
        "access denied",
    )
    .await;
    let (status, _) = send(g.as_(
        &admin,
        Method::POST,
        &format!("/api/api-keys/{id}/reactivate"),
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = send(g.as_(&key, Method::GET, "/api/userinfo")).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn route_markers() {
    let g = Gw::start().await;
    let [admin, dev, auditor] = [g.admin().await, g.login(DEV).await, g.login(AUDITOR).await];
    let check = |token: &str, m: Method, path: &str| g.as_(token, m, path).send();
    // AdminOnly
    for t in [&dev, &auditor] {
        assert_eq!(
            check(t, Method::GET, "/api/api-keys")
                .await
                .unwrap()
                .status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            check(t, Method::GET, "/api/machineidentities/x/credentials")
                .await
                .unwrap()
                .status(),
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        check(&admin, Method::GET, "/api/api-keys")
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    // ReadOnly
    for t in [&admin, &dev, &auditor] {
        for path in [
            "/api/connections",
            "/api/machineidentities",
            "/api/users/groups",
            "/api/serverinfo",
        ] {
            assert_eq!(
                check(t, Method::GET, path).await.unwrap().status(),
                StatusCode::OK,
                "{path}"
            );
        }
    }
    // No marker: everyone but auditors.
    assert_eq!(
        check(&auditor, Method::GET, "/api/connection-credentials")
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );
    for t in [&admin, &dev] {
        assert_eq!(
            check(t, Method::GET, "/api/connection-credentials")
                .await
                .unwrap()
                .status(),
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn last_used_at_follows_use() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (id, key) = g.create_key(&admin, "used", &[]).await;
    let (_, before) = send(g.as_(&admin, Method::GET, &format!("/api/api-keys/{id}"))).await;
    assert!(
        before.get("last_used_at").is_none(),
        "absent until first use: {before}"
    );
    send(g.as_(&key, Method::GET, "/api/userinfo")).await;
    // Flushed to the database in the background; poll the stored value.
    let mut stored = None;
    for _ in 0..40 {
        stored = g
            .sqlite()
            .query_row(
                "SELECT last_used_at FROM api_keys WHERE id = ?1",
                [&id],
                |r| r.get::<_, Option<i64>>(0),
            )
            .unwrap();
        if stored.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(stored.is_some(), "last_used_at persisted");
    let (_, after) = send(g.as_(&admin, Method::GET, &format!("/api/api-keys/{id}"))).await;
    assert!(after["last_used_at"].as_str().unwrap().ends_with('Z'));
}
