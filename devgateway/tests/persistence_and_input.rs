//! Persistence across restarts, storage settings, and hostile or malformed input.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn data_survives_a_restart() {
    let g = Gw::start().await;
    assert!(g.gw.as_ref().unwrap().seeded());
    let admin = g.admin().await;
    let (key_id, raw) = g.create_key(&admin, "persisted", &["sre"]).await;
    send(
        g.as_(&admin, Method::POST, "/api/users/groups")
            .json(&json!({ "name": "kept" })),
    )
    .await;
    send(
        g.as_(&admin, Method::POST, "/api/machineidentities")
            .json(&json!({ "name": "mi", "connection_names": ["pg-demo"] })),
    )
    .await;
    let (_, cred) = send(
        g.as_(&admin, Method::POST, "/api/connections/pg-demo/credentials")
            .json(&json!({})),
    )
    .await;

    let g = g
        .restart(|c| c.demo_password = Some("ignored-after-first-seed".into()))
        .await;
    assert!(!g.gw.as_ref().unwrap().seeded(), "no second seed");
    let (status, info) = send(g.as_(&admin, Method::GET, "/api/userinfo")).await;
    assert_eq!(
        (status, info["email"].clone()),
        (StatusCode::OK, json!(ADMIN)),
        "sessions survive"
    );
    let (_, key) = send(g.as_(&raw, Method::GET, "/api/userinfo")).await;
    assert_eq!(key["id"], key_id, "keys survive");
    let (_, groups) = send(g.as_(&admin, Method::GET, "/api/users/groups")).await;
    assert!(groups.as_array().unwrap().contains(&json!("kept")));
    let (_, mi) = send(g.as_(&admin, Method::GET, "/api/machineidentities/mi/credentials")).await;
    assert_eq!(mi.as_array().unwrap().len(), 1);
    let (_, again) = send(g.as_(&admin, Method::GET, "/api/connections/pg-demo/credentials")).await;
    assert_eq!(
        again["connection_credentials"],
        cred["connection_credentials"]
    );
    let (_, conns) = send(g.as_(&admin, Method::GET, "/api/connections")).await;
    assert_eq!(conns.as_array().unwrap().len(), 10);
    g.login(DEV).await; // the password stored by the first seed still works
}

#[tokio::test]
async fn acknowledged_writes_are_on_disk_without_a_clean_shutdown() {
    let mut g = Gw::start().await;
    let admin = g.admin().await;
    g.create_key(&admin, "durable", &[]).await;
    drop(g.gw.take()); // no graceful shutdown
    let conn = g.sqlite();
    let names: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM api_keys WHERE name = 'durable'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(names, 1);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 2);
    let hashes: Vec<String> = conn
        .prepare("SELECT token_hash FROM sessions")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        hashes.iter().all(|h| h.len() == 64 && *h != admin),
        "only token hashes are stored"
    );
    let pw: String = conn
        .query_row("SELECT password_hash FROM users LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert!(pw.starts_with("$argon2id$"));
}

#[tokio::test]
async fn dropping_the_gateway_stops_the_server() {
    let mut g = Gw::start().await;
    let url = g.url("/api/publicserverinfo");
    assert!(reqwest::get(&url).await.is_ok());
    g.gw.take().unwrap().shutdown().await;
    assert!(reqwest::get(&url).await.is_err());
}

#[tokio::test]
async fn malformed_bodies_get_go_errors() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let raw = |body: &'static [u8]| {
        g.as_(&admin, Method::POST, "/api/api-keys")
            .header("content-type", "application/json")
            .body(body)
    };
    for (body, msg) in [
        (&b""[..], "EOF"),
        (b"   \n", "EOF"),
        (b"{\"name\":", "unexpected EOF"),
        (b"{\"name\" \"x\"}", "invalid character '\"' after object key"),
        (b"{\"name\":\"x\",}", "invalid character '}' looking for beginning of object key string"),
        (b"not json", "invalid character 'o' looking for beginning of value"),
        (b"[]", "json: cannot unmarshal array into Go value of type openapi.APIKeyCreateRequest"),
        (b"\"name\"", "json: cannot unmarshal string into Go value of type openapi.APIKeyCreateRequest"),
        (b"null", "Key: 'APIKeyCreateRequest.Name' Error:Field validation for 'Name' failed on the 'required' tag"),
        (b"{\"name\":true}", "json: cannot unmarshal bool into Go struct field APIKeyCreateRequest.name of type string"),
        (b"{\"name\":\"x\",\"groups\":[1]}", "json: cannot unmarshal number into Go struct field APIKeyCreateRequest.groups of type string"),
    ] {
        expect_error(raw(body), StatusCode::BAD_REQUEST, msg).await;
    }
    // Like Go's decoder: trailing data is ignored, keys match case-insensitively.
    let (status, key) = send(raw(b"{\"NAME\":\"trailing\"} garbage")).await;
    assert_eq!(
        (status, key["name"].clone()),
        (StatusCode::CREATED, json!("trailing"))
    );
    let invalid_utf8 = g
        .as_(&admin, Method::POST, "/api/users/groups")
        .body(b"{\"name\":\"bad \xff byte\"}".to_vec());
    let (status, body) = send(invalid_utf8).await;
    assert_eq!(
        (status, body),
        (StatusCode::CREATED, json!({ "name": "bad \u{fffd} byte" }))
    );
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let big = json!({ "name": "x".repeat(2 * 1024 * 1024) });
    expect_error(
        g.as_(&admin, Method::POST, "/api/api-keys").json(&big),
        StatusCode::PAYLOAD_TOO_LARGE,
        "http: request body too large",
    )
    .await;
    expect_error(
        g.as_(&admin, Method::POST, "/api/machineidentities")
            .json(&big),
        StatusCode::PAYLOAD_TOO_LARGE,
        "http: request body too large",
    )
    .await;
    // Authentication comes first.
    let (status, _) = send(g.req(Method::POST, "/api/api-keys").json(&big)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = send(g.as_(&admin, Method::GET, "/api/userinfo")).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn long_unicode_and_hostile_strings_are_stored_verbatim() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let long = "g".repeat(10_000);
    let hostile = [
        "<img src=x onerror=alert(1)>",
        "' OR 1=1; --",
        "名前 🚀 ñ",
        "\u{202e}rtl\u{0000}nul",
    ];
    for name in std::iter::once(long.as_str()).chain(hostile) {
        let (status, body) = send(
            g.as_(&admin, Method::POST, "/api/users/groups")
                .json(&json!({ "name": name })),
        )
        .await;
        assert_eq!(
            (status, body),
            (StatusCode::CREATED, json!({ "name": name }))
        );
        let mi = json!({ "name": name, "description": name, "connection_names": [], "attributes": [name] });
        let (status, created) = send(
            g.as_(&admin, Method::POST, "/api/machineidentities")
                .json(&mi),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(
            (created["name"].as_str(), created["description"].as_str()),
            (Some(name), Some(name))
        );
    }
    let (_, groups) = send(g.as_(&admin, Method::GET, "/api/users/groups")).await;
    for name in std::iter::once(long.as_str()).chain(hostile) {
        assert!(groups.as_array().unwrap().contains(&Value::from(name)));
    }
    let (_, list) = send(g.as_(&admin, Method::GET, "/api/machineidentities")).await;
    assert_eq!(list.as_array().unwrap().len(), 5);
    let (status, _) = send(g.as_(
        &admin,
        Method::GET,
        "/api/machineidentities/%27%20OR%201%3D1%3B%20--",
    ))
    .await;
    assert_eq!(status, StatusCode::OK, "reachable by its (encoded) name");
}
