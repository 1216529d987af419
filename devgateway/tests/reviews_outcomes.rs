//! Review outcomes: rejection, revocation, and the checks made when resuming.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn reject_and_revoke() {
    let g = Gw::start().await;
    let [dev, admin] = [g.login(DEV).await, g.admin().await];
    let rejected = request_reviewed(&g, &dev, 600).await;
    let (status, r) = decide(
        &g,
        &admin,
        &rejected["review_id"],
        json!({ "status": "REJECTED", "rejection_reason": "not now" }),
    )
    .await;
    assert_eq!(
        (status, r["status"].clone()),
        (StatusCode::OK, json!("REJECTED"))
    );
    assert_eq!(r["rejection_reason"], "not now");
    let (status, body) = resume(&g, &dev, &rejected["session_id"]).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::FORBIDDEN,
            json!({ "message": "review was rejected" })
        )
    );
    let (status, _) = decide(
        &g,
        &admin,
        &rejected["review_id"],
        json!({ "status": "REVOKED" }),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "only approved reviews can be revoked"
    );

    let granted = request_reviewed(&g, &dev, 600).await;
    decide(
        &g,
        &admin,
        &granted["review_id"],
        json!({ "status": "APPROVED" }),
    )
    .await;
    let (status, _) = resume(&g, &dev, &granted["session_id"]).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, r) = decide(
        &g,
        &admin,
        &granted["review_id"],
        json!({ "status": "REVOKED" }),
    )
    .await;
    assert_eq!(
        (status, r["status"].clone()),
        (StatusCode::OK, json!("REVOKED"))
    );
    let (status, body) = resume(&g, &dev, &granted["session_id"]).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::BAD_REQUEST,
            json!({ "message": "invalid review status: REVOKED" })
        )
    );
    expect_error(
        g.as_(
            &dev,
            Method::GET,
            "/api/connections/pg-reviewed/credentials",
        ),
        StatusCode::NOT_FOUND,
        "credentials have expired; open a new native connection",
    )
    .await;
}

#[tokio::test]
async fn resume_checks_expiry_connection_and_listener() {
    let g = Gw::start().await;
    let [dev, sre] = [g.login(DEV).await, g.login(SRE).await];
    let req = request_reviewed(&g, &dev, 600).await;
    decide(&g, &sre, &req["review_id"], json!({ "status": "APPROVED" })).await;
    let wrong = format!(
        "/api/connections/pg-demo/credentials/{}",
        req["session_id"].as_str().unwrap()
    );
    expect_error(
        g.as_(&dev, Method::POST, &wrong).json(&json!({})),
        StatusCode::BAD_REQUEST,
        "connection name does not match review",
    )
    .await;

    let misc = g
        .sqlite()
        .query_row("SELECT value FROM settings WHERE key = 'misc'", [], |r| {
            r.get::<_, String>(0)
        })
        .unwrap();
    g.sqlite()
        .execute("UPDATE settings SET value = '{}' WHERE key = 'misc'", [])
        .unwrap();
    let (status, body) = resume(&g, &dev, &req["session_id"]).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::BAD_REQUEST,
            json!({ "message": "Listening address is not configured for this connection type" })
        )
    );
    g.sqlite()
        .execute("UPDATE settings SET value = ?1 WHERE key = 'misc'", [misc])
        .unwrap();

    let (status, cred) = resume(&g, &dev, &req["session_id"]).await;
    assert_eq!(status, StatusCode::CREATED);
    g.sqlite()
        .execute(
            "UPDATE credentials SET expire_at = 1 WHERE id = ?1",
            [cred["id"].as_str().unwrap()],
        )
        .unwrap();
    let (status, body) = resume(&g, &dev, &req["session_id"]).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::GONE,
            json!({ "message": "credentials have expired" })
        )
    );
}
