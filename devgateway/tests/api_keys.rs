//! API keys: every route, every listed status code and quirk, and the concurrency cases.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn list_is_null_when_empty_then_lists_keys() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (status, body) = send(g.as_(&admin, Method::GET, "/api/api-keys")).await;
    assert_eq!((status, body), (StatusCode::OK, Value::Null));
    g.create_key(&admin, "one", &["sre"]).await;
    let (_, body) = send(g.as_(&admin, Method::GET, "/api/api-keys")).await;
    let list = body.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["groups"], json!(["sre"]));
    assert!(list[0].get("key").is_none() && list[0].get("key_hash").is_none());
}

#[tokio::test]
async fn create_response_shape_and_stored_hash_only() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (status, body) = send(
        g.as_(&admin, Method::POST, "/api/api-keys")
            .json(&json!({ "name": "ci" })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let key = body["key"].as_str().unwrap();
    assert!(key.starts_with("hpk_") && key.len() == 47);
    assert!(key[4..]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let masked = body["masked_key"].as_str().unwrap();
    assert_eq!(masked, format!("{}{}", &key[..8], "*".repeat(39)));
    assert_eq!(
        body["groups"],
        Value::Null,
        "create echoes omitted groups as null"
    );
    assert_eq!(body["status"], "active");
    assert_eq!(body["created_by"], ADMIN);
    assert!(body.get("deactivated_at").is_none() && body.get("last_used_at").is_none());
    let (_, info) = send(g.as_(&admin, Method::GET, "/api/userinfo")).await;
    assert_eq!(body["org_id"], info["org_id"]);

    let stored: Vec<String> = g
        .sqlite()
        .prepare("SELECT key_hash FROM api_keys")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], key, "raw keys are never stored");
    assert_eq!(stored[0].len(), 64);

    // Duplicates in groups are dropped when stored; the create response echoes the request.
    let (_, dup) = send(
        g.as_(&admin, Method::POST, "/api/api-keys")
            .json(&json!({ "name": "dups", "groups": ["a", "a", "b"] })),
    )
    .await;
    assert_eq!(dup["groups"], json!(["a", "a", "b"]));
    let (_, got) = send(g.as_(
        &admin,
        Method::GET,
        &format!("/api/api-keys/{}", dup["id"].as_str().unwrap()),
    ))
    .await;
    assert_eq!(got["groups"], json!(["a", "b"]));
}

#[tokio::test]
async fn create_validation_and_conflicts() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let create = |body: Value| g.as_(&admin, Method::POST, "/api/api-keys").json(&body);
    expect_error(
        create(json!({ "groups": ["x"] })),
        StatusCode::BAD_REQUEST,
        "Key: 'APIKeyCreateRequest.Name' Error:Field validation for 'Name' failed on the 'required' tag",
    )
    .await;
    expect_error(create(json!({ "name": "" })), StatusCode::BAD_REQUEST,
        "Key: 'APIKeyCreateRequest.Name' Error:Field validation for 'Name' failed on the 'required' tag").await;
    expect_error(
        create(json!({ "name": 42 })),
        StatusCode::BAD_REQUEST,
        "json: cannot unmarshal number into Go struct field APIKeyCreateRequest.name of type string",
    )
    .await;
    expect_error(
        create(json!({ "name": "x", "groups": "admin" })),
        StatusCode::BAD_REQUEST,
        "json: cannot unmarshal string into Go struct field APIKeyCreateRequest.groups of type []string",
    )
    .await;
    let (status, _) = send(create(json!({ "name": "   " }))).await;
    assert_eq!(status, StatusCode::CREATED, "whitespace-only names pass");

    let (id, _) = g.create_key(&admin, "taken", &[]).await;
    expect_error(
        create(json!({ "name": "taken" })),
        StatusCode::CONFLICT,
        "an api key with this name already exists",
    )
    .await;
    let (status, _) = send(create(json!({ "name": "TAKEN" }))).await;
    assert_eq!(status, StatusCode::CREATED, "uniqueness is case-sensitive");
    // Revoked keys keep their name.
    g.as_(&admin, Method::DELETE, &format!("/api/api-keys/{id}"))
        .send()
        .await
        .unwrap();
    expect_error(
        create(json!({ "name": "taken" })),
        StatusCode::CONFLICT,
        "an api key with this name already exists",
    )
    .await;

    // VARCHAR(255): 255 characters fit, 256 are a database error.
    let (status, _) = send(create(json!({ "name": "é".repeat(255) }))).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = send(create(json!({ "name": "n".repeat(256) }))).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("character varying(255)"));
    let (status, _) = send(create(json!({ "name": "x".repeat(10_000) }))).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn get_by_id_or_name() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (id, _) = g
        .create_key(&admin, "lookup", &["sre", "engineering"])
        .await;
    for path in [
        format!("/api/api-keys/{id}"),
        "/api/api-keys/lookup".to_string(),
    ] {
        let (status, body) = send(g.as_(&admin, Method::GET, &path)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body["id"], id);
        assert_eq!(body["groups"], json!(["sre", "engineering"]));
    }
    expect_error(
        g.as_(&admin, Method::GET, "/api/api-keys/missing"),
        StatusCode::NOT_FOUND,
        "resource not found",
    )
    .await;
    // A UUID is looked up only as an id: a key named like a UUID is reachable only by id.
    let uuid_name = "6f1c1d2e-0000-4000-8000-000000000000";
    let (uuid_id, _) = g.create_key(&admin, uuid_name, &[]).await;
    expect_error(
        g.as_(&admin, Method::GET, &format!("/api/api-keys/{uuid_name}")),
        StatusCode::NOT_FOUND,
        "resource not found",
    )
    .await;
    let (status, _) = send(g.as_(&admin, Method::GET, &format!("/api/api-keys/{uuid_id}"))).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn update_rename_and_groups_rules() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (id, key) = g.create_key(&admin, "orig", &["sre"]).await;
    let path = format!("/api/api-keys/{id}");
    let put = |body: Value| g.as_(&admin, Method::PUT, &path).json(&body);

    let (status, body) = send(put(json!({ "name": "renamed" }))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (body["name"].clone(), body["groups"].clone()),
        (json!("renamed"), json!(["sre"])),
        "omitted groups are kept"
    );
    let (_, body) = send(put(json!({ "groups": null }))).await;
    assert_eq!(body["groups"], json!(["sre"]), "null groups are kept");
    let (_, body) = send(put(json!({ "groups": ["admin", "sre"] }))).await;
    assert_eq!(body["groups"], json!(["admin", "sre"]));
    let (_, info) = send(g.as_(&key, Method::GET, "/api/userinfo")).await;
    assert_eq!(info["role"], "admin", "groups apply to the key at once");
    let (_, body) = send(put(json!({ "groups": [] }))).await;
    assert_eq!(body["groups"], json!([]), "[] clears");
    let (status, body) = send(put(json!({ "name": "" }))).await;
    assert_eq!(
        (status, body["name"].clone()),
        (StatusCode::OK, json!("")),
        "an empty name is accepted"
    );

    g.create_key(&admin, "other", &[]).await;
    expect_error(
        put(json!({ "name": "other" })),
        StatusCode::CONFLICT,
        "an api key with this name already exists",
    )
    .await;
    expect_error(
        g.as_(&admin, Method::PUT, "/api/api-keys/nope")
            .json(&json!({})),
        StatusCode::NOT_FOUND,
        "resource not found",
    )
    .await;
    expect_error(
        g.as_(&admin, Method::PUT, &path),
        StatusCode::BAD_REQUEST,
        "EOF",
    )
    .await;
    let (status, _) = send(put(json!({ "name": "y".repeat(300) }))).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);

    // Update also works on revoked keys.
    g.as_(&admin, Method::DELETE, &path).send().await.unwrap();
    let (status, body) = send(put(json!({ "name": "revoked-renamed", "groups": ["x"] }))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (body["status"].clone(), body["groups"].clone()),
        (json!("revoked"), json!(["x"]))
    );
}

#[tokio::test]
async fn revoke_and_reactivate_state_rules() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (id, _) = g.create_key(&admin, "cycle", &[]).await;
    let path = format!("/api/api-keys/{id}");
    let resp = g.as_(&admin, Method::DELETE, &path).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    assert!(resp.text().await.unwrap().is_empty());
    let (_, body) = send(g.as_(&admin, Method::GET, &path)).await;
    assert_eq!(body["status"], "revoked");
    assert_eq!(body["deactivated_by"], ADMIN);
    assert!(body["deactivated_at"].is_string());
    expect_error(
        g.as_(&admin, Method::DELETE, &path),
        StatusCode::NOT_FOUND,
        "resource not found",
    )
    .await;
    expect_error(
        g.as_(&admin, Method::DELETE, "/api/api-keys/nope"),
        StatusCode::NOT_FOUND,
        "resource not found",
    )
    .await;

    let (status, body) = send(g.as_(&admin, Method::POST, "/api/api-keys/cycle/reactivate")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "active");
    assert!(body.get("deactivated_by").is_none() && body.get("deactivated_at").is_none());
    expect_error(
        g.as_(&admin, Method::POST, &format!("{path}/reactivate")),
        StatusCode::UNPROCESSABLE_ENTITY,
        "cannot reactivate an active api key",
    )
    .await;
    expect_error(
        g.as_(&admin, Method::POST, "/api/api-keys/nope/reactivate"),
        StatusCode::NOT_FOUND,
        "resource not found",
    )
    .await;
}

#[tokio::test]
async fn hostile_and_unicode_names_are_stored_verbatim() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    for name in [
        "<script>alert('x')</script>",
        "'; DROP TABLE api_keys; --",
        "Robert\"); DELETE FROM users;--",
        "ключ-доступа 🔑 鍵",
        "a/b",
        "%2F..%2F",
    ] {
        let (id, _) = g.create_key(&admin, name, &["<b>group</b>"]).await;
        let (_, body) = send(g.as_(&admin, Method::GET, &format!("/api/api-keys/{id}"))).await;
        assert_eq!(body["name"], name);
        assert_eq!(body["groups"], json!(["<b>group</b>"]));
    }
    let (_, list) = send(g.as_(&admin, Method::GET, "/api/api-keys")).await;
    assert_eq!(list.as_array().unwrap().len(), 6);
    // Names with `/` are not addressable by name (gin splits decoded paths), only by id.
    let resp = g
        .as_(&admin, Method::GET, "/api/api-keys/a%2Fb")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    assert_eq!(resp.text().await.unwrap(), "404 page not found");
}
