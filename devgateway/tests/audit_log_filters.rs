//! `GET /api/audit/logs`: every filter and its match rule, paging, validation and roles.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// Seven entries by the administrator and by an admin API key; returns `(admin, key id)`.
async fn fixture(g: &Gw) -> (String, String) {
    let admin = g.admin().await;
    let (robot_id, robot) = g.create_key(&admin, "robot", &["admin"]).await;
    g.create_key(&robot, "alpha", &[]).await;
    let calls = [
        (
            &admin,
            Method::PUT,
            "/api/api-keys/alpha",
            json!({ "name": "robot" }),
        ),
        (
            &admin,
            Method::PUT,
            "/api/feature-flags/experimental.rulepacks",
            json!({}),
        ),
        (
            &robot,
            Method::POST,
            "/api/machineidentities",
            json!({ "name": "mi", "connection_names": [] }),
        ),
        (
            &admin,
            Method::DELETE,
            "/api/machineidentities/none",
            Value::Null,
        ),
        (&admin, Method::PUT, "/api/api-keys/%C3%89COLE", json!({})),
    ];
    for (token, m, path, body) in calls {
        call(g, token, m, path, body).await;
    }
    (admin, robot_id)
}

/// `(total, number of items)` of a listing with `query`.
async fn count(g: &Gw, token: &str, query: &str) -> (i64, usize) {
    let (status, body) = audit_logs(g, token, query).await;
    assert_eq!(status, StatusCode::OK, "{query}: {body}");
    let n = body["data"].as_array().unwrap().len();
    (body["pages"]["total"].as_i64().unwrap(), n)
}

async fn total(g: &Gw, token: &str, query: &str) -> i64 {
    count(g, token, query).await.0
}

#[tokio::test]
async fn substring_exact_status_and_outcome_filters() {
    let g = Gw::start().await;
    let (admin, robot_id) = fixture(&g).await;
    let upper_id = robot_id[..8].to_uppercase();
    let cases: Vec<(String, i64)> = vec![
        (String::new(), 7),
        // Case-insensitive substrings where % and _ are wildcards.
        ("actor_subject=ADMIN@EXAMPLE".into(), 5),
        ("actor_subject=adm_n".into(), 5),
        ("actor_subject=adm%25com".into(), 5),
        (format!("actor_subject={upper_id}"), 2),
        ("actor_subject=zzz".into(), 0),
        ("actor_email=ROBOT".into(), 2),
        ("http_path=/API/MACHINE".into(), 2),
        ("http_path=%C3%A9CoLe".into(), 1),
        ("http_path=api%25flags".into(), 1),
        ("http_path=/api/api_keys".into(), 4),
        ("client_ip=127.0".into(), 7),
        ("client_ip=10.".into(), 0),
        // Exact and case-sensitive.
        ("resource_type=api_keys".into(), 4),
        ("resource_type=API_KEYS".into(), 0),
        ("resource_type=api".into(), 0),
        ("action=update".into(), 3),
        ("action=UPDATE".into(), 0),
        ("http_method=PUT".into(), 3),
        ("http_method=put".into(), 0),
        ("http_status=404".into(), 2),
        ("http_status=0".into(), 7),
        ("http_status=-3".into(), 7),
        ("resource_type=api_keys&outcome=false".into(), 2),
    ];
    for (q, want) in cases {
        assert_eq!(total(&g, &admin, &format!("?{q}")).await, want, "{q}");
    }
    for v in ["1", "t", "T", "TRUE", "true", "True"] {
        assert_eq!(total(&g, &admin, &format!("?outcome={v}")).await, 4, "{v}");
    }
    for v in ["0", "f", "F", "FALSE", "false", "False"] {
        assert_eq!(total(&g, &admin, &format!("?outcome={v}")).await, 3, "{v}");
    }
}

#[tokio::test]
async fn time_bounds_are_inclusive_and_read_like_postgres() {
    let g = Gw::start().await;
    let (admin, _) = fixture(&g).await;
    let entries = audit_entries(&g, &admin).await;
    let stored: Vec<i64> = g
        .sqlite()
        .prepare("SELECT created_at FROM security_audit_logs ORDER BY created_at DESC, rowid DESC")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let at = entries[3]["created_at"].as_str().unwrap();
    let at_us = stored[3];
    let q = |k: &str, v: &str| format!("?{k}={}", v.replace('+', "%2B"));
    let after = stored.iter().filter(|t| **t >= at_us).count() as i64;
    let before = stored.iter().filter(|t| **t <= at_us).count() as i64;
    assert_eq!(total(&g, &admin, &q("created_after", at)).await, after);
    assert_eq!(total(&g, &admin, &q("created_before", at)).await, before);
    let both = format!("?created_after={at}&created_before={at}");
    assert!(total(&g, &admin, &both).await >= 1, "both bounds inclusive");
    // A bare date is midnight UTC: `created_before=<that day>` leaves the day out.
    let day = &entries[6]["created_at"].as_str().unwrap()[..10];
    assert_eq!(total(&g, &admin, &q("created_after", day)).await, 7);
    assert_eq!(total(&g, &admin, &q("created_before", day)).await, 0);
    let cases = [
        ("created_before", "9999-12-31", 7),
        ("created_after", "2999-01-01T00:00:00+02:00", 0),
        ("created_before", "2000-01-01T00:00:00Z", 0),
        ("created_after", "2000-01-01 10:00:00.5-05:00", 7),
    ];
    for (k, v, want) in cases {
        assert_eq!(total(&g, &admin, &q(k, v)).await, want, "{k}={v}");
    }
    for bad in ["yesterday", "2025-13-45", "2025-08-25T12"] {
        expect_error(
            g.as_(
                &admin,
                Method::GET,
                &format!("/api/audit/logs?created_after={bad}"),
            ),
            StatusCode::INTERNAL_SERVER_ERROR,
            "failed listing security audit logs",
        )
        .await;
    }
}

#[tokio::test]
async fn pages_newest_first() {
    let g = Gw::start().await;
    let (admin, _) = fixture(&g).await;
    let all = audit_entries(&g, &admin).await;
    let (status, body) = audit_logs(&g, &admin, "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["pages"], json!({ "total": 7, "page": 1, "size": 50 }));
    assert_eq!(body["data"], json!(all));
    let page = |n: i64| format!("?page={n}&page_size=3");
    let (_, p2) = audit_logs(&g, &admin, &page(2)).await;
    assert_eq!(p2["pages"], json!({ "total": 7, "page": 2, "size": 3 }));
    assert_eq!(p2["data"], json!(all[3..6]));
    assert_eq!(
        audit_logs(&g, &admin, &page(3)).await.1["data"],
        json!(all[6..])
    );
    let (_, past) = audit_logs(&g, &admin, &page(4)).await;
    assert_eq!(past["data"], json!([]), "always an array");
    let (_, none) = audit_logs(&g, &admin, "?resource_type=nothing").await;
    assert_eq!(
        none,
        json!({ "pages": { "total": 0, "page": 1, "size": 50 }, "data": [] })
    );
    // gin reads the first value; an empty one is absent.
    assert_eq!(count(&g, &admin, "?page=1&page=x&page_size=").await, (7, 7));
    assert_eq!(
        count(&g, &admin, "?outcome=&http_status=&created_after=").await,
        (7, 7)
    );
}

#[tokio::test]
async fn validation_texts_in_order() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let page = "page must be >= 1";
    let size = "page_size must be between 1 and 100";
    let status = "http_status must be a valid integer";
    let outcome = "outcome must be true or false";
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let cases = [
        ("page=0", unprocessable, page),
        ("page=-1", unprocessable, page),
        ("page=x", unprocessable, page),
        ("page=1.5", unprocessable, page),
        ("page_size=0", unprocessable, size),
        ("page_size=101", unprocessable, size),
        ("page_size=ten", unprocessable, size),
        ("page=0&page_size=0", unprocessable, page),
        ("page_size=0&http_status=x", unprocessable, size),
        ("http_status=x", StatusCode::BAD_REQUEST, status),
        ("http_status=4.5", StatusCode::BAD_REQUEST, status),
        ("http_status=x&outcome=x", StatusCode::BAD_REQUEST, status),
        ("outcome=yes", StatusCode::BAD_REQUEST, outcome),
        (
            "outcome=x&created_after=nope",
            StatusCode::BAD_REQUEST,
            outcome,
        ),
    ];
    for (q, code, msg) in cases {
        let req = g.as_(&admin, Method::GET, &format!("/api/audit/logs?{q}"));
        expect_error(req, code, msg).await;
    }
}

#[tokio::test]
async fn admins_and_auditors_read_the_whole_log() {
    let g = Gw::start().await;
    let (admin, _) = fixture(&g).await;
    let auditor = g.login(AUDITOR).await;
    assert_eq!(count(&g, &auditor, "").await, (7, 7));
    let (_, plain) = g.create_key(&admin, "plain", &[]).await;
    for token in [g.login(DEV).await, plain] {
        let req = g.as_(&token, Method::GET, "/api/audit/logs");
        expect_error(req, StatusCode::FORBIDDEN, "access denied").await;
    }
    let req = g.req(Method::GET, "/api/audit/logs");
    expect_error(req, StatusCode::UNAUTHORIZED, "access denied").await;
    // Reads are not logged; only the key creation above was added.
    assert_eq!(total(&g, &admin, "").await, 8);
}
