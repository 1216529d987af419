//! Connections: list (filters, pagination, validation, access control) and get one.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect()
}

const ALL: [&str; 10] = [
    "aws-ssm-prod",
    "grafana",
    "k8s-prod",
    "mcp-tools",
    "mysql-legacy",
    "pg-connect-off",
    "pg-demo",
    "pg-reviewed",
    "rdp-windows",
    "ssh-bastion",
];

#[tokio::test]
async fn seeded_connections_sorted_with_their_shape() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (status, list) = send(g.as_(&admin, Method::GET, "/api/connections")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(names(&list), ALL);
    let by_name = |n: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == n)
            .unwrap()
            .clone()
    };
    let pg = by_name("pg-reviewed");
    assert_eq!(
        (pg["type"].clone(), pg["subtype"].clone()),
        (json!("database"), json!("postgres"))
    );
    assert_eq!(pg["reviewers"], json!(["sre"]));
    assert_eq!(pg["access_max_duration"], 14_400);
    assert_eq!(pg["secret"], json!({}));
    assert!(pg["effective_features"].is_null());
    assert!(
        pg.get("jit_access_duration_sec").is_none(),
        "only on the single GET"
    );
    assert_eq!(by_name("pg-connect-off")["access_mode_connect"], "disabled");
    assert_eq!(by_name("grafana")["type"], "httpproxy");
    assert_eq!(by_name("k8s-prod")["subtype"], "kubernetes-token");
    assert_eq!(by_name("mcp-tools")["subtype"], "mcp");
    assert_eq!(by_name("mysql-legacy")["subtype"], "mysql");
    assert!(by_name("pg-demo")["access_max_duration"].is_null());
    assert_eq!(
        by_name("ssh-bastion")["attributes"],
        json!(["env:prod", "team:platform"])
    );
}

#[tokio::test]
async fn filters_search_and_pagination() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let get = |q: &str| send(g.as_(&admin, Method::GET, &format!("/api/connections{q}")));
    assert_eq!(
        names(&get("?subtype=postgres").await.1),
        ["pg-connect-off", "pg-demo", "pg-reviewed"]
    );
    assert_eq!(names(&get("?type=application").await.1), ["ssh-bastion"]);
    assert_eq!(
        names(&get("?type=custom").await.1),
        ["aws-ssm-prod", "k8s-prod", "rdp-windows"]
    );
    assert_eq!(
        names(&get("?type=httpproxy").await.1),
        ["grafana", "mcp-tools"]
    );
    assert_eq!(names(&get("?search=SSM").await.1), ["aws-ssm-prod"]);
    assert_eq!(
        names(&get("?search=nothing-matches").await.1),
        Vec::<&str>::new()
    );
    assert_eq!(
        names(&get("?attribute=team:platform").await.1),
        ["grafana", "mcp-tools", "ssh-bastion"]
    );
    assert_eq!(
        names(
            &get("?tag_selector=environment=prod,environment!=dev")
                .await
                .1
        ),
        ["aws-ssm-prod", "k8s-prod", "pg-reviewed", "ssh-bastion"]
    );
    assert_eq!(names(&get("?name=grafana").await.1), ["grafana"]);

    let (status, page) = get("?page=2&page_size=3").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["pages"], json!({ "total": 10, "page": 2, "size": 3 }));
    assert_eq!(
        names(&page["data"]),
        ["mcp-tools", "mysql-legacy", "pg-connect-off"]
    );
    let (_, page) = get("?page=1").await;
    assert_eq!(page["pages"], json!({ "total": 10, "page": 1, "size": 50 }));
    let (_, page) = get("?page_size=100&page=9").await;
    assert_eq!(page["data"], json!([]));

    for bad in [
        "?page=0",
        "?page=x",
        "?page_size=0",
        "?page_size=101",
        "?page_size=-1",
    ] {
        assert_eq!(get(bad).await.0, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    for bad in [
        "?type=a",
        "?subtype=pg;drop",
        "?agent_id=-x",
        "?managed_by=a..b",
    ] {
        let (status, body) = get(bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(body["message"]
            .as_str()
            .unwrap()
            .starts_with("option values must contain between 1 and 127"));
    }
    let (status, body) = get("?connection_ids=not-a-uuid").await;
    assert_eq!(
        (status, body),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "message": "invalid connection ID format: not-a-uuid" })
        )
    );
    let (_, all) = get("").await;
    let id = all[0]["id"].as_str().unwrap();
    assert_eq!(
        names(&get(&format!("?connection_ids={id}")).await.1),
        ["aws-ssm-prod"]
    );
}

#[tokio::test]
async fn access_control_by_groups() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let dev = g.login(DEV).await;
    let auditor = g.login(AUDITOR).await;
    let (_, list) = send(g.as_(&auditor, Method::GET, "/api/connections")).await;
    assert_eq!(names(&list).len(), 10, "auditors see everything");
    let (_, list) = send(g.as_(&dev, Method::GET, "/api/connections")).await;
    assert!(!names(&list).contains(&"rdp-windows") && names(&list).contains(&"pg-demo"));
    let (_, eng_key) = g.create_key(&admin, "eng", &["engineering"]).await;
    let (_, eng_list) = send(g.as_(&eng_key, Method::GET, "/api/connections")).await;
    assert_eq!(
        names(&eng_list),
        names(&list),
        "keys see what their groups reach"
    );
    let (_, bare) = g.create_key(&admin, "bare", &[]).await;
    let (_, none) = send(g.as_(&bare, Method::GET, "/api/connections")).await;
    assert_eq!(none, json!([]));
    expect_error(
        g.as_(&dev, Method::GET, "/api/connections/rdp-windows"),
        StatusCode::NOT_FOUND,
        "not found",
    )
    .await;
}

#[tokio::test]
async fn get_one_by_name_or_id_with_jit_window() {
    let g = Gw::start().await;
    let dev = g.login(DEV).await;
    let (status, c) = send(g.as_(&dev, Method::GET, "/api/connections/pg-reviewed")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(c["jit_access_duration_sec"], 14_400);
    let id = c["id"].as_str().unwrap();
    let (status, by_id) = send(g.as_(&dev, Method::GET, &format!("/api/connections/{id}"))).await;
    assert_eq!(
        (status, by_id["name"].clone()),
        (StatusCode::OK, json!("pg-reviewed"))
    );
    let (_, plain) = send(g.as_(&dev, Method::GET, "/api/connections/pg-demo")).await;
    assert!(plain.get("jit_access_duration_sec").is_none());
    expect_error(
        g.as_(&dev, Method::GET, "/api/connections/nope"),
        StatusCode::NOT_FOUND,
        "not found",
    )
    .await;
    expect_error(
        g.as_(
            &dev,
            Method::GET,
            "/api/connections/00000000-0000-4000-8000-000000000000",
        ),
        StatusCode::NOT_FOUND,
        "not found",
    )
    .await;
}
