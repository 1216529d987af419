//! The security audit log: who is recorded (and who is not), client address, persistence.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn refused_authentication_and_roles_are_not_logged() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let dev = g.login(DEV).await;
    let auditor = g.login(AUDITOR).await;
    let (_, plain_key) = g.create_key(&admin, "plain", &[]).await;
    let body = json!({ "name": "nope" });
    let post = |req: reqwest::RequestBuilder| req.json(&body).send();
    let url = g.url("/api/api-keys");
    assert_eq!(
        post(g.client.post(&url)).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post(g.client.post(&url).bearer_auth("hpk_wrong"))
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post(g.client.post(&url).header("Api-Key", "x"))
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    for token in [&dev, &auditor, &plain_key] {
        assert_eq!(
            post(g.client.post(&url).bearer_auth(token))
                .await
                .unwrap()
                .status(),
            StatusCode::FORBIDDEN
        );
        let resp = g
            .as_(token, Method::PUT, "/api/feature-flags/beta.oracle_native")
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::FORBIDDEN);
        let resp = g
            .as_(token, Method::DELETE, "/api/machineidentities/x")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    }
    let entries = audit_entries(&g, &admin).await;
    assert_eq!(entries.len(), 1, "only the key creation: {entries:?}");
}

#[tokio::test]
async fn actors_and_client_ip() {
    let g = Gw::start_with(|c| c.legacy_api_key = Some("xapi-audit".into())).await;
    let admin = g.admin().await;
    let (robot_id, robot) = g.create_key(&admin, "robot", &["admin"]).await;
    g.create_key(&robot, "by-robot", &[]).await;
    let resp = g
        .req(Method::POST, "/api/api-keys")
        .header("Api-Key", "xapi-audit")
        .header("X-Forwarded-For", "10.9.8.7")
        .json(&json!({ "name": "by-legacy" }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let entries = audit_entries(&g, &admin).await;
    let actors: Vec<(&str, &str, &str, &str)> = entries
        .iter()
        .rev()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap();
            (
                s("actor_subject"),
                s("actor_email"),
                s("actor_name"),
                s("client_ip"),
            )
        })
        .collect();
    assert_eq!(
        actors,
        [
            (ADMIN, ADMIN, "Admin", "127.0.0.1"),
            (robot_id.as_str(), "robot", "robot", "127.0.0.1"),
            ("API_KEY", "API_KEY", "API_KEY", "127.0.0.1"),
        ]
    );
}

#[tokio::test]
async fn entries_survive_a_restart() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    g.create_key(&admin, "one", &[]).await;
    send(
        g.as_(&admin, Method::PUT, "/api/api-keys/one")
            .json(&json!({ "name": "two" })),
    )
    .await;
    let before = audit_entries(&g, &admin).await;
    let g = g.restart(|_| {}).await;
    assert_eq!(audit_entries(&g, &admin).await, before);
    g.create_key(&admin, "three", &[]).await;
    let after = audit_entries(&g, &admin).await;
    assert_eq!(after.len(), 3);
    assert_eq!(after[1..], before[..]);
}
