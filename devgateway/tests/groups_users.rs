//! Groups (list/create/delete) and users (list/get/create/delete).

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn groups_list_create_delete() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let dev = g.login(DEV).await;
    let (status, groups) = send(g.as_(&dev, Method::GET, "/api/users/groups")).await;
    assert_eq!(status, StatusCode::OK);
    let mut names: Vec<&str> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["admin", "auditor", "engineering", "sre"]);

    let create = |t: &str, body: Value| g.as_(t, Method::POST, "/api/users/groups").json(&body);
    let (status, body) = send(create(&admin, json!({ "name": "payments <team>" }))).await;
    assert_eq!(
        (status, body),
        (StatusCode::CREATED, json!({ "name": "payments <team>" }))
    );
    expect_error(
        create(&admin, json!({ "name": "sre" })),
        StatusCode::CONFLICT,
        "group sre already exists",
    )
    .await;
    expect_error(
        create(&admin, json!({ "name": "payments <team>" })),
        StatusCode::CONFLICT,
        "group payments <team> already exists",
    )
    .await;
    expect_error(
        create(&admin, json!({})),
        StatusCode::BAD_REQUEST,
        "Key: 'UserGroup.Name' Error:Field validation for 'Name' failed on the 'required' tag",
    )
    .await;
    expect_error(
        create(&dev, json!({ "name": "x" })),
        StatusCode::FORBIDDEN,
        "access denied",
    )
    .await;

    // API key groups are free text and show up in the list; deleting a group strips it from keys.
    let (key_id, _) = g.create_key(&admin, "k", &["ephemeral", "sre"]).await;
    let (_, groups) = send(g.as_(&admin, Method::GET, "/api/users/groups")).await;
    assert!(groups.as_array().unwrap().contains(&json!("ephemeral")));
    let resp = g
        .as_(&admin, Method::DELETE, "/api/users/groups/ephemeral")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let (_, key) = send(g.as_(&admin, Method::GET, &format!("/api/api-keys/{key_id}"))).await;
    assert_eq!(key["groups"], json!(["sre"]));
    let resp = g
        .as_(
            &admin,
            Method::DELETE,
            "/api/users/groups/payments%20%3Cteam%3E",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);

    expect_error(
        g.as_(&admin, Method::DELETE, "/api/users/groups/admin"),
        StatusCode::UNPROCESSABLE_ENTITY,
        "cannot delete admin group admin",
    )
    .await;
    expect_error(
        g.as_(&admin, Method::DELETE, "/api/users/groups/ghost"),
        StatusCode::NOT_FOUND,
        "group ghost not found",
    )
    .await;
    expect_error(
        g.as_(&dev, Method::DELETE, "/api/users/groups/sre"),
        StatusCode::FORBIDDEN,
        "access denied",
    )
    .await;

    // Removing a user's only group changes their role at once.
    let resp = g
        .as_(&admin, Method::DELETE, "/api/users/groups/auditor")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let auditor = g.login(AUDITOR).await;
    let (_, info) = send(g.as_(&auditor, Method::GET, "/api/userinfo")).await;
    assert_eq!(
        (info["role"].clone(), info["groups"].clone()),
        (json!("standard"), json!([]))
    );
}

#[tokio::test]
async fn groups_list_is_null_when_there_are_none() {
    let g = Gw::start_with(|c| {
        c.seed = false;
        c.legacy_api_key = Some("legacy".into());
    })
    .await;
    let (status, body) = send(
        g.req(Method::GET, "/api/users/groups")
            .header("api-key", "legacy"),
    )
    .await;
    assert_eq!((status, body), (StatusCode::OK, Value::Null));
}

#[tokio::test]
async fn users_list_create_get_delete() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (status, users) = send(g.as_(&admin, Method::GET, "/api/users")).await;
    assert_eq!(status, StatusCode::OK);
    let emails: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, [ADMIN, DEV, SRE, AUDITOR]);
    assert!(users[0].get("password").is_none());

    let (status, user) = send(g.as_(&admin, Method::POST, "/api/users").json(&json!({
        "email": "new@example.com", "name": "New", "groups": ["sre", "auditor"], "password": "pw-new"
    })))
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        (user["role"].clone(), user["groups"].clone()),
        (json!("auditor"), json!(["sre", "auditor"]))
    );
    assert!(user.get("password").is_none());
    let new_token = g.login_with("new@example.com", "pw-new").await;

    expect_error(
        g.as_(&admin, Method::POST, "/api/users")
            .json(&json!({ "email": "new@example.com" })),
        StatusCode::CONFLICT,
        "user already exists",
    )
    .await;
    // A user without a password cannot log in locally.
    send(
        g.as_(&admin, Method::POST, "/api/users")
            .json(&json!({ "email": "nopw@example.com" })),
    )
    .await;
    let login = g
        .req(Method::POST, "/api/localauth/login")
        .json(&json!({ "email": "nopw@example.com", "password": "x" }));
    expect_error(login, StatusCode::UNAUTHORIZED, "invalid credentials").await;

    let (status, got) = send(g.as_(&admin, Method::GET, "/api/users/new@example.com")).await;
    assert_eq!(
        (status, got["id"].clone()),
        (StatusCode::OK, user["id"].clone())
    );
    let dev = g.login(DEV).await;
    expect_error(
        g.as_(&dev, Method::GET, "/api/users"),
        StatusCode::FORBIDDEN,
        "access denied",
    )
    .await;

    let id = user["id"].as_str().unwrap();
    let resp = g
        .as_(&admin, Method::DELETE, &format!("/api/users/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    expect_error(
        g.as_(&new_token, Method::GET, "/api/userinfo"),
        StatusCode::UNAUTHORIZED,
        "access denied",
    )
    .await;
    expect_error(
        g.as_(&admin, Method::DELETE, &format!("/api/users/{id}")),
        StatusCode::NOT_FOUND,
        "user not found",
    )
    .await;
}
