//! The reviewed-credential flow: 202, pending resume, decisions, 201/403/410/400 on resume.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn approve_then_resume() {
    let g = Gw::start().await;
    let [dev, sre, auditor] = [
        g.login(DEV).await,
        g.login(SRE).await,
        g.login(AUDITOR).await,
    ];
    let path = "/api/connections/pg-reviewed/credentials";
    expect_error(
        g.as_(&dev, Method::POST, path).json(&json!({})),
        StatusCode::BAD_REQUEST,
        "access_duration_seconds is required for review-required connections",
    )
    .await;
    expect_error(
        g.as_(&dev, Method::POST, path)
            .json(&json!({ "access_duration_seconds": 14_401 })),
        StatusCode::BAD_REQUEST,
        "access duration cannot exceed 14400 seconds for this connection",
    )
    .await;

    let pending = request_reviewed(&g, &dev, 3600).await;
    assert_eq!(pending["id"], "");
    assert_eq!(pending["has_review"], true);
    assert_eq!(
        (
            pending["connection_name"].as_str(),
            pending["connection_type"].as_str()
        ),
        (Some("pg-reviewed"), Some("database"))
    );
    assert!(pending.get("connection_credentials").is_none());
    let (session, review) = (pending["session_id"].clone(), pending["review_id"].clone());

    let (status, body) = resume(&g, &dev, &session).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!(
        body,
        json!({ "message": "review is still pending approval", "session_id": session, "review_id": review, "status": "PENDING" })
    );
    expect_error(
        g.as_(
            &sre,
            Method::POST,
            &format!("{path}/{}", session.as_str().unwrap()),
        )
        .json(&json!({})),
        StatusCode::FORBIDDEN,
        "session does not belong to user",
    )
    .await;
    expect_error(
        g.as_(
            &dev,
            Method::POST,
            &format!("{path}/00000000-0000-4000-8000-000000000000"),
        )
        .json(&json!({})),
        StatusCode::NOT_FOUND,
        "session not found",
    )
    .await;
    expect_error(
        g.as_(
            &dev,
            Method::POST,
            &format!("{path}/{}", session.as_str().unwrap()),
        ),
        StatusCode::BAD_REQUEST,
        "EOF",
    )
    .await;

    // Reviews are visible to the owner, the reviewer group and auditors.
    for t in [&dev, &sre, &auditor] {
        let (status, list) = send(g.as_(t, Method::GET, "/api/reviews")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(list.as_array().unwrap().len(), 1);
    }
    let (_, r) = send(g.as_(
        &sre,
        Method::GET,
        &format!("/api/reviews/{}", review.as_str().unwrap()),
    ))
    .await;
    assert_eq!(r["status"], "PENDING");
    assert_eq!(r["session"], session);
    assert_eq!(r["access_duration"], 3_600_000_000_000i64, "nanoseconds");
    assert_eq!(r["review_owner"]["email"], DEV);
    assert_eq!(r["review_connection"]["name"], "pg-reviewed");
    assert_eq!(r["review_groups_data"][0]["group"], "sre");
    expect_error(
        g.as_(&sre, Method::GET, "/api/reviews/nope"),
        StatusCode::NOT_FOUND,
        "review not found",
    )
    .await;

    // Only admins and reviewer-group members decide; auditors are refused by role.
    let (status, _) = decide(&g, &auditor, &review, json!({ "status": "APPROVED" })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = decide(&g, &dev, &review, json!({ "status": "APPROVED" })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = decide(&g, &sre, &review, json!({ "status": "MAYBE" })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = decide(&g, &sre, &review, json!({})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, r) = decide(&g, &sre, &review, json!({ "status": "approved" })).await;
    assert_eq!(
        (status, r["status"].clone()),
        (StatusCode::OK, json!("APPROVED")),
        "upper-cased"
    );
    assert_eq!(r["review_groups_data"][0]["status"], "APPROVED");
    assert_eq!(r["review_groups_data"][0]["reviewed_by"]["email"], SRE);
    let (status, _) = decide(&g, &sre, &review, json!({ "status": "APPROVED" })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "already decided");

    let (status, cred) = resume(&g, &dev, &session).await;
    assert_eq!(status, StatusCode::CREATED, "{cred}");
    assert_eq!(cred["has_review"], false);
    assert_eq!(cred["session_id"], session);
    assert!(cred["connection_credentials"]["username"]
        .as_str()
        .unwrap()
        .starts_with("pg-"));
    let (status, again) = resume(&g, &dev, &session).await;
    assert_eq!(status, StatusCode::CREATED);
    for field in ["id", "expire_at", "created_at", "connection_credentials"] {
        assert_eq!(
            again[field], cred[field],
            "{field} is stable on later calls"
        );
    }
    let (_, current) = send(g.as_(
        &dev,
        Method::GET,
        "/api/connections/pg-reviewed/credentials",
    ))
    .await;
    assert_eq!(current["id"], cred["id"]);

    // Closing ends the session: resuming it is gone.
    let close = format!(
        "/api/connections/pg-reviewed/credentials/{}/close",
        cred["id"].as_str().unwrap()
    );
    assert_eq!(
        g.as_(&dev, Method::POST, &close)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    expect_error(
        g.as_(
            &dev,
            Method::POST,
            &format!("{path}/{}", session.as_str().unwrap()),
        )
        .json(&json!({})),
        StatusCode::GONE,
        "credentials have expired",
    )
    .await;
}
