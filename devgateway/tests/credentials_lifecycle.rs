//! Connection credentials: close, revoke, expiry, API-key owners and review-rule edge cases.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn close_and_revoke() {
    let g = Gw::start().await;
    let [dev, sre, admin] = [g.login(DEV).await, g.login(SRE).await, g.admin().await];
    let (_, cred) = issue(
        &g,
        &dev,
        "pg-demo",
        json!({ "access_duration_seconds": 600 }),
    )
    .await;
    let id = cred["id"].as_str().unwrap();
    let secret = cred["connection_credentials"]["username"].clone();
    let act = |t: &str, conn: &str, cred: &str, what: &str| {
        g.as_(
            t,
            Method::POST,
            &format!("/api/connections/{conn}/credentials/{cred}/{what}"),
        )
    };
    expect_error(
        act(&sre, "pg-demo", id, "close"),
        StatusCode::FORBIDDEN,
        "only the credential owner or admin can perform this action",
    )
    .await;
    expect_error(
        act(&dev, "grafana", id, "close"),
        StatusCode::NOT_FOUND,
        &format!("credential {id} does not belong to connection grafana"),
    )
    .await;
    expect_error(
        act(&dev, "pg-demo", "nope", "close"),
        StatusCode::NOT_FOUND,
        "credential nope not found",
    )
    .await;
    expect_error(
        act(&dev, "ghost", id, "revoke"),
        StatusCode::NOT_FOUND,
        "connection ghost not found",
    )
    .await;

    let resp = act(&dev, "pg-demo", id, "close").send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let (_, current) = send(g.as_(&dev, Method::GET, "/api/connections/pg-demo/credentials")).await;
    assert_eq!(
        current["session_id"], "",
        "closed: detached from its session"
    );
    assert_eq!(
        current["connection_credentials"]["username"], secret,
        "the token stays valid"
    );

    let resp = act(&admin, "pg-demo", id, "revoke").send().await.unwrap();
    assert_eq!(
        resp.status(),
        StatusCode::NO_CONTENT,
        "admins may revoke others' credentials"
    );
    expect_error(
        g.as_(&dev, Method::GET, "/api/connections/pg-demo/credentials"),
        StatusCode::NOT_FOUND,
        "no active credentials found for this connection; open a native connection first",
    )
    .await;
    let (_, list) = send(g.as_(&dev, Method::GET, "/api/connection-credentials")).await;
    assert_eq!(list["items"], json!([]));
    let (_, fresh) = issue(&g, &dev, "pg-demo", json!({})).await;
    assert_ne!(
        fresh["connection_credentials"]["username"], secret,
        "a new secret after a revoke"
    );
    assert_ne!(fresh["id"], cred["id"]);
}

#[tokio::test]
async fn expired_credentials_and_unconfigured_listener() {
    let g = Gw::start().await;
    let dev = g.login(DEV).await;
    issue(
        &g,
        &dev,
        "pg-demo",
        json!({ "access_duration_seconds": 60 }),
    )
    .await;
    g.sqlite()
        .execute("UPDATE credentials SET expire_at = 1", [])
        .unwrap();
    expect_error(
        g.as_(&dev, Method::GET, "/api/connections/pg-demo/credentials"),
        StatusCode::NOT_FOUND,
        "credentials have expired; open a new native connection",
    )
    .await;
    let (_, list) = send(g.as_(&dev, Method::GET, "/api/connection-credentials")).await;
    assert_eq!(list["items"], json!([]));

    // Create does not check the listener: hostname and port come back empty.
    g.sqlite()
        .execute("UPDATE settings SET value = '{}' WHERE key = 'misc'", [])
        .unwrap();
    let (status, body) = issue(&g, &dev, "grafana", json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        (
            body["connection_credentials"]["hostname"].as_str(),
            body["connection_credentials"]["port"].as_str()
        ),
        (Some(""), Some(""))
    );
}

#[tokio::test]
async fn api_key_callers_own_their_credentials() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (key_id, key) = g.create_key(&admin, "robot", &["engineering"]).await;
    let (status, _) = issue(&g, &key, "pg-demo", json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
    let owner: String = g
        .sqlite()
        .query_row("SELECT owner_subject FROM credentials", [], |r| r.get(0))
        .unwrap();
    assert_eq!(owner, key_id);
    // Reviews look the caller up as a user by email: keys cannot open them.
    let (status, body) = issue(
        &g,
        &key,
        "pg-reviewed",
        json!({ "access_duration_seconds": 60 }),
    )
    .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({ "message": "failed creating review" })
        )
    );
}

#[tokio::test]
async fn legacy_reviewers_without_a_rule_panic_into_an_empty_500() {
    let g = Gw::start().await;
    g.sqlite()
        .execute(
            "INSERT INTO connections (id, name, type, subtype, reviewers, access_groups, created_at)
             VALUES ('11111111-2222-4333-8444-555555555555', 'pg-legacy', 'database', 'postgres',
                     '[\"sre\"]', '[\"engineering\"]', 0)",
            [],
        )
        .unwrap();
    let dev = g.login(DEV).await;
    let resp = g
        .as_(&dev, Method::POST, "/api/connections/pg-legacy/credentials")
        .json(&json!({ "access_duration_seconds": 60 }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(resp.text().await.unwrap().is_empty());
    // The server keeps working (and the writer is usable) after the panic.
    let (status, _) = issue(&g, &dev, "pg-demo", json!({})).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn skip_review_groups_of_a_rule() {
    let g = Gw::start().await;
    g.sqlite()
        .execute(
            "INSERT INTO access_request_rules (id, name, connection_names, skip_review_groups,
                access_max_duration, created_at)
             VALUES ('r2', 'ssh-jit', '[\"ssh-bastion\"]', '[\"sre\"]', 600, 0)",
            [],
        )
        .unwrap();
    let [sre, dev, admin] = [g.login(SRE).await, g.login(DEV).await, g.admin().await];
    let (_, body) = issue(&g, &sre, "ssh-bastion", json!({})).await;
    assert_eq!(
        body["message"],
        "access_duration_seconds is required for connections with an access request rule"
    );
    let (_, body) = issue(
        &g,
        &sre,
        "ssh-bastion",
        json!({ "access_duration_seconds": 601 }),
    )
    .await;
    assert_eq!(
        body["message"],
        "access duration cannot exceed the rule's max duration of 600 seconds"
    );
    let (status, _) = issue(
        &g,
        &sre,
        "ssh-bastion",
        json!({ "access_duration_seconds": 600 }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    // Others need a review; with no reviewer groups, an administrator decides.
    let (status, pending) = issue(
        &g,
        &dev,
        "ssh-bastion",
        json!({ "access_duration_seconds": 300 }),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let review = pending["review_id"].as_str().unwrap();
    let (status, decided) = send(
        g.as_(&admin, Method::PUT, &format!("/api/reviews/{review}"))
            .json(&json!({ "status": "APPROVED" })),
    )
    .await;
    assert_eq!(
        (status, decided["status"].clone()),
        (StatusCode::OK, json!("APPROVED"))
    );
}
