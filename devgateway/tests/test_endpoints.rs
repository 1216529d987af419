//! The `/__test/*` endpoints, fault injection and local session renewal/expiry.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn with_test_endpoints() -> Gw {
    Gw::start_with(|c| c.test_endpoints = true).await
}

#[tokio::test]
async fn off_by_default() {
    let g = Gw::start().await;
    for (m, path) in [
        (Method::PUT, "/__test/faults"),
        (Method::PUT, "/__test/serverinfo"),
        (Method::POST, "/__test/sessions/expire"),
        (Method::POST, "/__test/sessions/end"),
        (Method::POST, "/__test/credential-sessions/end"),
        (Method::POST, "/__test/api-keys/bulk"),
        (Method::POST, "/__test/machine-identities/bulk"),
        (Method::PUT, "/__test/api-keys/any/times"),
    ] {
        let resp = g.req(m, path).json(&json!({})).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn faults_at_run_time() {
    let g = with_test_endpoints().await;
    let admin = g.admin().await;
    let set = |body: Value| g.req(Method::PUT, "/__test/faults").json(&body).send();
    assert_eq!(
        set(json!({ "error_rate": 1.0, "path_prefix": "/api/api-keys" }))
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    for _ in 0..5 {
        let resp = g
            .as_(&admin, Method::GET, "/api/api-keys")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            resp.headers()["access-control-allow-origin"],
            "*",
            "CORS still applies"
        );
        assert!(resp.text().await.unwrap().is_empty());
    }
    let (status, _) = send(g.as_(&admin, Method::GET, "/api/userinfo")).await;
    assert_eq!(status, StatusCode::OK, "outside the prefix");

    set(json!({ "error_rate": 1.0, "path_prefix": null }))
        .await
        .unwrap();
    assert_eq!(
        g.as_(&admin, Method::GET, "/api/userinfo")
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
    let resp = g
        .req(Method::OPTIONS, "/api/userinfo")
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status(),
        StatusCode::NO_CONTENT,
        "preflights are never faulted"
    );

    set(json!({ "latency_ms": 300 })).await.unwrap();
    let started = std::time::Instant::now();
    assert_eq!(
        g.as_(&admin, Method::GET, "/api/userinfo")
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));

    // Rates below 1 fail some requests, with a 500 or a dropped connection.
    set(json!({ "error_rate": 0.5 })).await.unwrap();
    let mut failed = 0;
    for _ in 0..40 {
        match g.as_(&admin, Method::GET, "/api/userinfo").send().await {
            Ok(r) if r.status() == StatusCode::OK => {}
            _ => failed += 1,
        }
    }
    assert!((5..=35).contains(&failed), "{failed} of 40 failed");
    let status = set(json!({ "error_rate": 2.0 })).await.unwrap().status();
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn faults_from_start_up_config() {
    let g = Gw::start_with(|c| c.faults.error_rate = 1.0).await;
    let resp = g
        .req(Method::GET, "/api/publicserverinfo")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn serverinfo_flags() {
    let g = with_test_endpoints().await;
    let token = g.login(DEV).await;
    let (_, info) = send(g.as_(&token, Method::GET, "/api/serverinfo")).await;
    assert_eq!(info["disable_clipboard_copy_cut"], false);
    let resp = g.req(Method::PUT, "/__test/serverinfo")
        .json(&json!({ "disable_clipboard_copy_cut": true, "feature_flags": { "experimental.x": true } }))
        .send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let (_, info) = send(g.as_(&token, Method::GET, "/api/serverinfo")).await;
    assert_eq!(info["disable_clipboard_copy_cut"], true);
    assert_eq!(info["feature_flags"], json!({ "experimental.x": true }));
}

#[tokio::test]
async fn expired_sessions_renew_once_and_ended_sessions_stop() {
    let g = with_test_endpoints().await;
    let old = g.login(DEV).await;
    let (status, body) = send(g.req(Method::POST, "/__test/sessions/expire")).await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "expired": 1 })));
    let resp = g
        .as_(&old, Method::GET, "/api/userinfo")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let renewed = resp.headers()["x-new-access-token"]
        .to_str()
        .unwrap()
        .to_string();
    assert_ne!(renewed, old);
    expect_error(
        g.as_(&old, Method::GET, "/api/userinfo"),
        StatusCode::UNAUTHORIZED,
        "access denied",
    )
    .await;
    let resp = g
        .as_(&renewed, Method::GET, "/api/userinfo")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(
        resp.headers().get("x-new-access-token").is_none(),
        "fresh tokens are not rotated"
    );

    // A renewal is delivered even when the route then refuses the caller.
    send(g.req(Method::POST, "/__test/sessions/expire")).await;
    let resp = g
        .as_(&renewed, Method::GET, "/api/api-keys")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let latest = resp.headers()["x-new-access-token"]
        .to_str()
        .unwrap()
        .to_string();

    let (status, body) = send(g.req(Method::POST, "/__test/sessions/end")).await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "ended": 1 })));
    expect_error(
        g.as_(&latest, Method::GET, "/api/userinfo"),
        StatusCode::UNAUTHORIZED,
        "access denied",
    )
    .await;
}

#[tokio::test]
async fn sessions_past_their_absolute_limit_are_refused() {
    let g = Gw::start().await;
    let token = g.login(DEV).await;
    g.sqlite()
        .execute(
            "UPDATE sessions SET expires_at = 0, absolute_expires_at = 1",
            [],
        )
        .unwrap();
    expect_error(
        g.as_(&token, Method::GET, "/api/userinfo"),
        StatusCode::UNAUTHORIZED,
        "access denied",
    )
    .await;
}

#[tokio::test]
async fn bulk_api_keys() {
    let g = with_test_endpoints().await;
    let admin = g.admin().await;
    let (status, body) = send(
        g.req(Method::POST, "/__test/api-keys/bulk")
            .json(&json!({ "count": 1500, "prefix": "bulk-" })),
    )
    .await;
    assert_eq!(
        (status, body),
        (StatusCode::CREATED, json!({ "created": 1500 }))
    );
    let (_, list) = send(g.as_(&admin, Method::GET, "/api/api-keys")).await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1500);
    assert!(list
        .iter()
        .all(|k| k["status"] == "active" && !k["groups"].as_array().unwrap().is_empty()));
    let (status, _) = send(
        g.req(Method::POST, "/__test/api-keys/bulk")
            .json(&json!({ "count": 1, "prefix": "bulk-" })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = send(
        g.req(Method::POST, "/__test/api-keys/bulk")
            .json(&json!({ "count": 0 })),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn bulk_machine_identities() {
    let g = with_test_endpoints().await;
    let admin = g.admin().await;
    let bulk = |count: usize| {
        g.req(Method::POST, "/__test/machine-identities/bulk")
            .json(&json!({ "count": count, "prefix": "svc-" }))
    };
    assert_eq!(
        send(bulk(400)).await,
        (StatusCode::CREATED, json!({ "created": 400 }))
    );
    let (_, list) = send(g.as_(&admin, Method::GET, "/api/machineidentities")).await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 400);
    assert!(list
        .iter()
        .all(|m| m["connection_names"] == json!(["pg-demo"])
            && m["attributes"].as_array().unwrap().len() == 1));
    let (status, one) = send(g.as_(&admin, Method::GET, "/api/machineidentities/svc-00007")).await;
    assert_eq!(
        (status, &one["attributes"]),
        (StatusCode::OK, &json!(["env:dev"]))
    );
    assert_eq!(send(bulk(1)).await.0, StatusCode::CONFLICT);
    assert_eq!(send(bulk(0)).await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn ended_credential_sessions_answer_410_on_resume() {
    let g = with_test_endpoints().await;
    let (dev, admin) = (g.login(DEV).await, g.login(ADMIN).await);
    let pending = request_reviewed(&g, &dev, 3600).await;
    let (status, body) = send(g.req(Method::POST, "/__test/credential-sessions/end")).await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "ended": 1 })));
    let (status, _) = decide(
        &g,
        &admin,
        &pending["review_id"],
        json!({ "status": "APPROVED" }),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = resume(&g, &dev, &pending["session_id"]).await;
    assert_eq!(status, StatusCode::GONE, "{body}");
    assert_eq!(body["message"], "credentials have expired");
}

#[tokio::test]
async fn api_key_times_backdate_use_and_creation() {
    let g = with_test_endpoints().await;
    let admin = g.admin().await;
    let (_, raw) = g.create_key(&admin, "old-ci", &["sre"]).await;
    // A use recorded just before must not win over the backdated value.
    send(g.as_(&raw, Method::GET, "/api/userinfo")).await;
    let set = |name: &str, body: Value| {
        g.req(Method::PUT, &format!("/__test/api-keys/{name}/times"))
            .json(&body)
            .send()
    };
    let resp = set(
        "old-ci",
        json!({ "last_used_at": "2026-01-02T03:04:05Z", "created_at": "2024-05-06T00:00:00Z" }),
    )
    .await
    .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let (_, k) = send(g.as_(&admin, Method::GET, "/api/api-keys/old-ci")).await;
    assert_eq!(k["last_used_at"], "2026-01-02T03:04:05Z");
    assert_eq!(k["created_at"], "2024-05-06T00:00:00Z");

    set("old-ci", json!({ "last_used_at": null }))
        .await
        .unwrap();
    let (_, k) = send(g.as_(&admin, Method::GET, "/api/api-keys/old-ci")).await;
    assert!(k.get("last_used_at").is_none(), "never used again: {k}");
    assert_eq!(
        k["created_at"], "2024-05-06T00:00:00Z",
        "absent = unchanged"
    );

    let missing = set("nope", json!({})).await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let bad = set("old-ci", json!({ "created_at": "yesterday" }))
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}
