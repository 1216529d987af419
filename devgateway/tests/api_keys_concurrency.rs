//! API keys under concurrent creates.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_creates_of_one_name_yield_one_created() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let req = g
                .as_(&admin, Method::POST, "/api/api-keys")
                .json(&json!({ "name": "race" }));
            tokio::spawn(async move { req.send().await.unwrap().status() })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CONFLICT)
            .count(),
        49
    );
    let count: i64 = g
        .sqlite()
        .query_row("SELECT COUNT(*) FROM api_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn five_hundred_distinct_creates_all_persist() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let sem = std::sync::Arc::new(tokio::sync::Semaphore::new(32));
    let tasks: Vec<_> = (0..500)
        .map(|i| {
            let req = g
                .as_(&admin, Method::POST, "/api/api-keys")
                .json(&json!({ "name": format!("distinct-{i}"), "groups": ["engineering"] }));
            let sem = sem.clone();
            tokio::spawn(async move {
                let _permit = sem.acquire().await.unwrap();
                req.send().await.unwrap().status()
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::CREATED);
    }
    let g = g.restart(|_| {}).await;
    let admin = g.admin().await;
    let (_, list) = send(g.as_(&admin, Method::GET, "/api/api-keys")).await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 500);
    let mut names: Vec<&str> = list.iter().map(|k| k["name"].as_str().unwrap()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 500);
}
