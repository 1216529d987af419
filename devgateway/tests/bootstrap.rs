//! Server info, local login/registration, userinfo and the general HTTP conventions.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn public_and_full_server_info() {
    let g = Gw::start().await;
    let (status, body) = send(g.req(Method::GET, "/api/publicserverinfo")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        json!({ "auth_method": "local", "setup_required": false })
    );

    expect_error(
        g.req(Method::GET, "/api/serverinfo"),
        StatusCode::UNAUTHORIZED,
        "access denied",
    )
    .await;
    let token = g.login(AUDITOR).await;
    let (status, info) = send(g.as_(&token, Method::GET, "/api/serverinfo")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["auth_method"], "local");
    assert_eq!(info["tenancy_type"], "selfhosted");
    assert_eq!(info["api_url"], g.base);
    assert_eq!(info["version"], devgateway::VERSION);
    assert_eq!(info["license_info"]["type"], "oss");
    assert_eq!(info["disable_clipboard_copy_cut"], false);
    assert_eq!(info["postgres_proxy_enabled"], true);
    // The catalog with each flag's value (defaults here).
    let flags = info["feature_flags"].as_object().unwrap();
    assert_eq!(flags.len(), 13);
    assert_eq!(flags["beta.oracle_native"], true);
    assert_eq!(flags["experimental.claude_code_vertex"], false);
}

#[tokio::test]
async fn api_url_can_be_configured() {
    let g = Gw::start_with(|c| c.api_url = Some("https://gw.example.com".into())).await;
    let token = g.admin().await;
    let (_, info) = send(g.as_(&token, Method::GET, "/api/serverinfo")).await;
    assert_eq!(info["api_url"], "https://gw.example.com");
}

#[tokio::test]
async fn login_answers_token_header_and_errors() {
    let g = Gw::start().await;
    let resp = g
        .req(Method::POST, "/api/localauth/login")
        .json(&json!({ "email": ADMIN, "password": PASSWORD, "name": "ignored" }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["access-control-expose-headers"], "Token");
    let token = resp.headers()["token"].to_str().unwrap().to_string();
    assert_eq!(token.split('.').count(), 3, "a JWT");
    assert_eq!(body_json(resp).await, json!({ "status": "ok" }));

    let login = |body: serde_json::Value| g.req(Method::POST, "/api/localauth/login").json(&body);
    expect_error(
        login(json!({ "email": "nobody@example.com", "password": "x" })),
        StatusCode::NOT_FOUND,
        "user not found",
    )
    .await;
    expect_error(
        login(json!({ "email": ADMIN, "password": "wrong" })),
        StatusCode::UNAUTHORIZED,
        "invalid credentials",
    )
    .await;
    let (status, body) = send(login(json!({ "email": ADMIN }))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("failed on the 'required' tag"),
        "{body}"
    );
    expect_error(
        g.req(Method::POST, "/api/localauth/login"),
        StatusCode::BAD_REQUEST,
        "EOF",
    )
    .await;
    // The contract's GET is not routed.
    let resp = g
        .req(Method::GET, "/api/localauth/login")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn userinfo_roles_from_groups() {
    let g = Gw::start().await;
    for (email, role, groups) in [
        (ADMIN, "admin", json!(["admin"])),
        (DEV, "standard", json!(["engineering"])),
        (SRE, "standard", json!(["sre"])),
        (AUDITOR, "auditor", json!(["auditor"])),
    ] {
        let token = g.login(email).await;
        let (status, info) = send(g.as_(&token, Method::GET, "/api/userinfo")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(info["id"], email, "local users' subject is the email");
        assert_eq!(info["email"], email);
        assert_eq!(info["role"], role);
        assert_eq!(info["is_admin"], role == "admin");
        assert_eq!(info["groups"], groups);
        assert_eq!(info["tenancy_type"], "selfhosted");
        assert!(info["default_protection_profile"].is_null());
    }
}

#[tokio::test]
async fn conventions_cors_server_header_head_and_404() {
    let g = Gw::start().await;
    let resp = g
        .req(Method::OPTIONS, "/api/api-keys")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let h = resp.headers();
    assert_eq!(h["access-control-allow-origin"], "*");
    assert_eq!(h["access-control-allow-credentials"], "true");
    assert_eq!(
        h["access-control-allow-methods"],
        "POST, OPTIONS, GET, PUT, DELETE, PATCH"
    );
    assert_eq!(
        h["access-control-allow-headers"],
        "Content-Type, Authorization, accept, origin, user-client"
    );
    assert_eq!(
        h["access-control-expose-headers"],
        "X-New-Access-Token, X-Set-Cookie"
    );
    assert_eq!(h["server"], format!("hoopgateway/{}", devgateway::VERSION));

    for (method, path) in [
        (Method::GET, "/api/does-not-exist"),
        (Method::PATCH, "/api/api-keys"),
        (Method::DELETE, "/api/userinfo"),
        (Method::GET, "/"),
    ] {
        let resp = g.req(method.clone(), path).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{method} {path}");
        assert_eq!(resp.headers()["content-type"], "text/plain");
        assert!(resp.headers().get("allow").is_none());
        assert_eq!(resp.text().await.unwrap(), "404 page not found");
    }

    let resp = g
        .req(Method::HEAD, "/api/publicserverinfo")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(
        resp.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    assert!(resp.text().await.unwrap().is_empty());
}

#[tokio::test]
async fn register_first_user_only_on_an_empty_gateway() {
    let g = Gw::start_with(|c| c.seed = false).await;
    let (_, body) = send(g.req(Method::GET, "/api/publicserverinfo")).await;
    assert_eq!(body["setup_required"], true);
    let register = |email: &str| {
        g.req(Method::POST, "/api/localauth/register")
            .json(&json!({ "email": email, "password": "first-pass", "name": "First" }))
    };
    let resp = register("first@example.com").send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let token = resp.headers()["token"].to_str().unwrap().to_string();
    assert_eq!(
        body_json(resp).await,
        json!({ "message": "User created successfully" })
    );
    let (_, info) = send(g.as_(&token, Method::GET, "/api/userinfo")).await;
    assert_eq!(info["role"], "admin");

    expect_error(
        register("first@example.com"),
        StatusCode::CONFLICT,
        "user already exists",
    )
    .await;
    expect_error(
        register("second@example.com"),
        StatusCode::FORBIDDEN,
        "unable to register new users, please contact your administrator",
    )
    .await;
    let (_, body) = send(g.req(Method::GET, "/api/publicserverinfo")).await;
    assert_eq!(body["setup_required"], false);
}
